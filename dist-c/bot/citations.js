/** The documents by id, built once per knowledge and shared by every answer's citation list. */
export function documentsById(knowledge) {
    return new Map(knowledge.documents.map((d) => [d.id, d]));
}
export function createCitationList(docs) {
    const cited = [];
    const byKey = new Map();
    // The same span object is cited again and again (a grant's text and its table row): found without a key.
    const bySpan = new Map();
    const cite = (span) => {
        const seen = bySpan.get(span);
        if (seen)
            return seen.id;
        const key = `${span.docId}:${span.start}:${span.end}`;
        const existing = byKey.get(key);
        if (existing) {
            bySpan.set(span, existing);
            return existing.id;
        }
        const doc = docs.get(span.docId);
        const citation = {
            id: cited.length + 1,
            docId: span.docId,
            title: doc?.title ?? span.docId,
            url: doc?.url ?? null,
            quote: doc ? doc.text.slice(span.start, span.end) : span.text,
            start: span.start,
            end: span.end,
        };
        cited.push(citation);
        byKey.set(key, citation);
        bySpan.set(span, citation);
        return citation.id;
    };
    return {
        cite,
        markers(spans) {
            // Most entries have one source: no set, no join.
            if (spans.length === 1 && spans[0]) {
                const id = cite(spans[0]);
                return { ids: [id], text: `[${id}]` };
            }
            const ids = [...new Set(spans.map(cite))];
            return { ids, text: ids.map((i) => `[${i}]`).join("") };
        },
        all: () => [...cited],
    };
}
//# sourceMappingURL=citations.js.map