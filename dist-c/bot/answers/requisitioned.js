import { countsAsGrant } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import { say } from "../say.js";
import { withoutNested } from "./amount-entries.js";
import { entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { quotedLine } from "./quoted-line.js";
import { yearOwners } from "./scope.js";
/**
 * "hur mycket ska SoS rekvirera 2026": the money whose requisition the documents give to the asked
 * organisation ("Socialstyrelsen ska rekvirera medlen …"): the amounts that sentence names, else its
 * document's GMS grants of the asked years; null when no requisitioner is asked or none is told.
 */
export function answerRequisitioned(ctx) {
    const org = ctx.query.orgs.find((o) => o.role === "requisitioner");
    if (!org || !ctx.query.cues.has("requisition"))
        return null;
    const told = ctx.knowledge.statements.channels.filter((c) => c.kind === "requisitions" && c.organisation === org.name);
    const years = ctx.query.years;
    const found = new Map();
    for (const c of told) {
        const named = new Set(c.amounts.map((a) => a.valueSek));
        for (const { entry } of ctx.index.entries) {
            if (!countsAsGrant(entry) || found.has(entry))
                continue;
            // A sentence naming amounts requisitions those; one naming none, its own document's money.
            const told = named.size > 0
                ? named.has(entry.amountSek) && entry.sources.some((s) => s.docId === c.span.docId)
                : inYears(entry, years) && yearOwners(ctx, entry.years, [entry]).has(c.span.docId);
            if (!told)
                continue;
            found.set(entry, c);
        }
    }
    // A share listed beside its whole is the whole's money twice.
    const entries = withoutNested([...found.keys()]);
    if (entries.length === 0)
        return null;
    const lines = entries.map((e) => describeEntry(ctx, e));
    const quotes = [...new Set(found.values())].map((c) => quotedLine(ctx, c.span));
    return {
        intent: "amount",
        answered: true,
        text: [
            ...lines,
            say(ctx.language, `${org.name} rekvirerar medlen:`, `${org.name} requisitions the money:`),
            ...quotes.map((q) => `• ${q}`),
        ].join("\n"),
        figures: entries.map((e) => entryFigure(ctx, e).figure),
    };
}
//# sourceMappingURL=requisitioned.js.map