// Entry ids are positional and shift when a document is added: the quoted figure is the identity.
const identity = (e) => `${e.sources[0]?.docId ?? "-"}|${e.sources[0]?.text ?? ""}|${e.amountSek}`;
const meaning = (e) => JSON.stringify([
    e.years,
    e.role,
    e.area,
    e.recipient,
    e.payer,
    e.gms,
    e.qualifier,
    e.sources.length,
]);
/** One line a person can read: amount, years, area and the document that states it. */
export function describeEntry(e) {
    const years = e.years.length > 0 ? ` ${e.years.join("–")}` : "";
    return `SEK ${e.amountSek}${years} ${e.area || e.purpose.slice(0, 40)} (${e.sources[0]?.docId ?? "?"})`;
}
export function diffKnowledge(before, after) {
    const docsBefore = new Map(before.documents.map((d) => [d.id, d.text]));
    const docsAfter = new Map(after.documents.map((d) => [d.id, d.text]));
    const entriesBefore = new Map(before.ledger.entries.map((e) => [identity(e), e]));
    const entriesAfter = new Map(after.ledger.entries.map((e) => [identity(e), e]));
    const changedDoc = (id) => docsBefore.has(id) && docsBefore.get(id) !== docsAfter.get(id);
    const changedEntry = (key, e) => {
        const old = entriesBefore.get(key);
        return old !== undefined && meaning(old) !== meaning(e);
    };
    return {
        documentsAdded: [...docsAfter.keys()].filter((id) => !docsBefore.has(id)),
        documentsRemoved: [...docsBefore.keys()].filter((id) => !docsAfter.has(id)),
        documentsChanged: [...docsAfter.keys()].filter(changedDoc),
        entriesAdded: [...entriesAfter]
            .filter(([k]) => !entriesBefore.has(k))
            .map(([, e]) => describeEntry(e)),
        entriesRemoved: [...entriesBefore]
            .filter(([k]) => !entriesAfter.has(k))
            .map(([, e]) => describeEntry(e)),
        entriesChanged: [...entriesAfter]
            .filter(([k, e]) => changedEntry(k, e))
            .map(([, e]) => describeEntry(e)),
    };
}
/** True when nothing a question could see has changed. */
export function isEmptyDiff(diff) {
    return Object.values(diff).every((list) => list.length === 0);
}
//# sourceMappingURL=ledger-diff.js.map