import { countsAsGrant } from "../../knowledge/index.js";
import { inYears } from "../match.js";
/**
 * "how much goes to Region Skåne in 2027": the grants a paying sentence says are paid to the organisation
 * ("Kammarkollegiet ska betala ut medlen till Region Skåne"): the amounts the sentence names, or else the
 * one grant its document announces for the asked years. Nothing when a document leaves it open.
 */
export function paidTo(ctx, name) {
    const lower = name.toLowerCase();
    const out = { entries: [], passages: [] };
    const grants = ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => countsAsGrant(e) && e.partOf === null && inYears(e, ctx.query.years));
    for (const c of ctx.knowledge.statements.channels) {
        if (c.kind !== "paid-to" || c.organisation.toLowerCase() !== lower)
            continue;
        const inDoc = grants.filter((e) => e.sources.some((s) => s.docId === c.span.docId));
        const named = c.amounts.map((a) => a.valueSek);
        const meant = named.length > 0 ? inDoc.filter((e) => named.includes(e.amountSek)) : inDoc.slice(0, 1);
        if (named.length === 0 && inDoc.length !== 1)
            continue;
        for (const e of meant)
            if (!out.entries.includes(e))
                out.entries.push(e);
        if (meant.length > 0)
            out.passages.push(c.span);
    }
    return out;
}
//# sourceMappingURL=paid-to.js.map