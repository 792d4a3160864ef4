import { countsAsGrant } from "../../knowledge/index.js";
import { entriesOfYears } from "../match.js";
/** The documents that state these entries: who/when answers look only there. */
export function documentsOf(entries) {
    const docs = new Set();
    for (const e of entries) {
        const entry = "entry" in e ? e.entry : e;
        for (const s of entry.sources)
            docs.add(s.docId);
    }
    return docs;
}
/**
 * The document each entry was first read from (its id is `docId@offset`): the one telling it as its own
 * money, where a retelling document ("året innan var det 58 miljoner") only quotes it.
 */
export function owningDocuments(entries) {
    return new Set(entries.map((e) => owningDocument("entry" in e ? e.entry : e)));
}
/** One of the entry's quotes lies in the statement's sentence: the statement speaks of that money. */
export function toldIn(entry, span) {
    return entry.sources.some((s) => s.docId === span.docId && s.start < span.end && span.start < s.end);
}
/** The payer an entry's sentences name, or its whole's. */
export function payerOf(ctx, entry) {
    return entry.payer ?? (entry.partOf ? (ctx.index.byId.get(entry.partOf)?.payer ?? null) : null);
}
export function owningDocument(entry) {
    return entry.id.slice(0, entry.id.lastIndexOf("@"));
}
/**
 * The GMS grants of the asked years, each once (an entry over two asked years is listed under both);
 * `wholes` leaves out shares, so a year's share of a longer grant and parts of a split are not listed.
 */
export function yearGrants(ctx, years, wholes = false) {
    const grants = entriesOfYears(ctx.index, years).filter((e) => countsAsGrant(e) && (!wholes || e.partOf === null));
    return [...new Set(grants)];
}
/** The documents that tell a GMS grant of the asked years (or the grants given) as their own money. */
export function yearOwners(ctx, years, only) {
    const grants = only ? only.map((e) => ("entry" in e ? e.entry : e)) : yearGrants(ctx, years);
    // A decision document among a grant's sources grants it, whichever document was read first; one dated
    // after the asked years only retells them (money for a year is never decided after it).
    const last = Math.max(...years);
    const decisions = new Set(ctx.knowledge.statements.decisions
        .filter((d) => d.fromDecisionDocument && (d.date?.year ?? 0) <= last)
        .map((d) => d.span.docId));
    const decided = [...documentsOf(grants)].filter((id) => decisions.has(id));
    return new Set([...owningDocuments(grants), ...decided]);
}
//# sourceMappingURL=scope.js.map