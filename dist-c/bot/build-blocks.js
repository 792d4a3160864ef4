const MARKER_RUN = /(?:\[\d+\])+/g;
const BULLET = "• ";
/**
 * The answer's blocks: the writer's own, else read from its lines (first line the lead, "• " lines items,
 * the rest notes); markers renumbered to documents, and one sources entry per document.
 */
export function buildBlocks(text, citations, docs, explicit) {
    const drafted = explicit && explicit.length > 0 ? [...explicit] : blocksFromText(text);
    const sources = sourceEntries(markerOrder(text, drafted), citations, docs);
    const docOf = new Map();
    for (const s of sources)
        for (const id of s.citations)
            docOf.set(id, s.n);
    const renumber = (t) => renumberMarkers(t, docOf);
    const blocks = drafted.map((b) => withDocMarkers(b, renumber, docOf));
    if (sources.length > 0)
        blocks.push({ kind: "sources", documents: sources });
    return blocks;
}
export function blocksFromText(text) {
    const lines = text
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "");
    const blocks = [];
    for (const [i, line] of lines.entries()) {
        const last = blocks.at(-1);
        if (line.startsWith(BULLET)) {
            const item = line.slice(BULLET.length);
            if (last?.kind === "items")
                last.items.push(item);
            else
                blocks.push({ kind: "items", items: [item] });
        }
        else
            blocks.push({ kind: i === 0 ? "lead" : "note", text: line });
    }
    return blocks;
}
function withDocMarkers(block, renumber, docOf) {
    const row = (r) => ({
        ...r,
        cells: r.cells.map(renumber),
        sources: [...new Set(r.citations.map((id) => docOf.get(id) ?? 0))].filter((n) => n > 0),
    });
    switch (block.kind) {
        case "lead":
        case "note":
        case "yesno":
            return { ...block, text: renumber(block.text) };
        case "items":
            return { ...block, items: block.items.map(renumber) };
        case "table":
            return { ...block, rows: block.rows.map(row), total: block.total ? row(block.total) : null };
        default: {
            const _exhaustive = block;
            return _exhaustive;
        }
    }
}
/** Citation ids in the order the reader meets them: the blocks' markers and rows, then the text's. */
function markerOrder(text, blocks) {
    const ids = [];
    for (const b of blocks) {
        if (b.kind === "table")
            for (const r of b.rows)
                for (const id of r.citations)
                    ids.push(id);
        else if (b.kind === "items")
            for (const item of b.items)
                markersOf(item, ids);
        else
            markersOf(b.text, ids);
    }
    markersOf(text, ids);
    return ids;
}
/** Appends the numbers of a text's "[n]" markers to `out`, read in one pass with no regex. */
function markersOf(text, out) {
    for (let at = text.indexOf("["); at >= 0; at = text.indexOf("[", at + 1)) {
        let n = 0;
        let i = at + 1;
        for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i))
            n = n * 10 + c - 48;
        if (i > at + 1 && text.charCodeAt(i) === 93)
            out.push(n);
    }
}
/** "[4][5]" → "[2]" when both quotes are from the second document listed. */
export function renumberMarkers(text, docOf) {
    if (!text.includes("["))
        return text;
    return text.replace(MARKER_RUN, (run) => {
        const ids = [];
        markersOf(run, ids);
        const docs = [...new Set(ids.map((id) => docOf.get(id) ?? 0))].filter((n) => n > 0);
        docs.sort((a, b) => a - b);
        return docs.length > 0 ? docs.map((n) => `[${n}]`).join("") : run;
    });
}
/** One entry per document, in reading order; its first-read quote is the headline. */
function sourceEntries(order, citations, docs) {
    const byId = new Map(citations.map((c) => [c.id, c]));
    const ordered = [...new Set([...order.filter((id) => byId.has(id)), ...byId.keys()])];
    const entries = new Map();
    for (const id of ordered) {
        const c = byId.get(id);
        if (!c)
            continue;
        const entry = entries.get(c.docId);
        if (entry) {
            entry.citations.push(id);
            continue;
        }
        const doc = docs.get(c.docId);
        entries.set(c.docId, {
            n: entries.size + 1,
            docId: c.docId,
            title: c.title,
            url: c.url,
            publisher: doc?.publisher ?? null,
            date: doc?.published ?? null,
            quote: c.quote,
            citations: [id],
        });
    }
    return [...entries.values()];
}
const NO_DOCUMENTS = new Map();
/** An answer's blocks; an answer made without them (a test's, an older program's) gets them from its text. */
export function blocksOf(answer) {
    return answer.blocks ?? buildBlocks(answer.text, answer.citations, NO_DOCUMENTS);
}
//# sourceMappingURL=build-blocks.js.map