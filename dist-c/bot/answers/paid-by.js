import { fundingRole } from "../../knowledge/index.js";
import { inYears } from "../match.js";
/**
 * "vad betalar KamK ut 2027": the grants of the documents whose sentences say the organisation pays them
 * out ("Kammarkollegiet får i uppdrag att betala ut medlen"), the amounts those sentences name when they
 * name any; for when no entry records it as the payer.
 */
export function paidOutBy(ctx, name) {
    const lower = name.toLowerCase();
    const said = ctx.knowledge.statements.channels.filter((c) => c.kind === "pays-out" && c.organisation.toLowerCase() === lower);
    const found = new Set();
    const byDocument = entriesByDocument(ctx);
    for (const c of said) {
        const amounts = new Set(c.amounts.map((a) => a.valueSek));
        for (const e of byDocument.get(c.span.docId) ?? []) {
            if (!inYears(e, ctx.query.years))
                continue;
            // Without amounts, the sentence speaks of the document's grant to GMS, not of money to others.
            const named = amounts.size > 0 ? amounts.has(e.amountSek) : fundingRole(e) === "grant" && toGms(e);
            if (named && e.role !== "co-funding")
                found.add(e);
        }
    }
    return [...found];
}
// Per entry index: a payer's sentences are matched with their own document's entries, not with every entry.
const byDocumentOf = new WeakMap();
function entriesByDocument(ctx) {
    let found = byDocumentOf.get(ctx.index);
    if (!found) {
        const map = new Map();
        for (const { entry } of ctx.index.entries)
            for (const docId of new Set(entry.sources.map((s) => s.docId))) {
                const list = map.get(docId);
                if (list)
                    list.push(entry);
                else
                    map.set(docId, [entry]);
            }
        found = map;
        byDocumentOf.set(ctx.index, found);
    }
    return found;
}
function toGms(e) {
    const to = e.recipient?.toLowerCase() ?? "";
    return e.gms && (to === "" || to.includes("gms") || to.includes("genomic medicine"));
}
//# sourceMappingURL=paid-by.js.map