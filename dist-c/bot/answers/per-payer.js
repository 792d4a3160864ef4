// "Vilka myndigheter har betalat ut GMS-medel, och hur mycket vardera?": GMS's grants under the agency that
// paid each out; each agency's own grants added up (same kind), never one sum across agencies.
import { countsAsGrant } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import { listText, say, yearsText } from "../say.js";
import { amountText, derivedFigure, entryFigure, } from "./context.js";
import { payerOf } from "./scope.js";
const EACH = ["which", "perYear", "who", "breakdown"];
/** "which agencies paid out GMS money, and how much each": a payer asked for with amounts, naming none. */
export function asksPerPayer(q) {
    return ((q.cues.has("pays") || q.cues.has("payer")) &&
        q.cues.has("howMuch") &&
        EACH.some((c) => q.cues.has(c)) &&
        q.orgs.length === 0 &&
        q.stems.length === 0 &&
        q.topics.length === 0);
}
export function answerPerPayer(ctx) {
    const byPayer = new Map();
    const unpaid = [];
    for (const { entry } of ctx.index.entries) {
        if (!countsAsGrant(entry) || !inYears(entry, ctx.query.years))
            continue;
        const payer = payerOf(ctx, entry);
        if (payer === null) {
            unpaid.push(entry);
            continue;
        }
        byPayer.set(payer, [...(byPayer.get(payer) ?? []), entry]);
    }
    if (byPayer.size === 0)
        return null;
    const lines = [];
    const figures = [];
    for (const [payer, entries] of [...byPayer].sort((a, b) => a[0].localeCompare(b[0], "sv"))) {
        const own = entries.map((e) => entryFigure(ctx, e));
        const told = own.map((f, i) => `${amountText(ctx, entries[i]?.amountSek ?? 0)} (${yearsText(entries[i])}) ${f.markers}`);
        const sum = entries.reduce((s, e) => s + e.amountSek, 0);
        if (entries.length > 1) {
            const label = say(ctx.language, `summa ${payer}`, `sum ${payer}`);
            figures.push(derivedFigure(sum, null, label, own.map((f) => f.figure)));
        }
        figures.push(...own.map((f) => f.figure));
        const total = entries.length > 1
            ? say(ctx.language, `, sammanlagt ${amountText(ctx, sum)} (uträknat av boten)`, `, in all ${amountText(ctx, sum)} (computed by the bot)`)
            : "";
        lines.push(`• ${payer}: ${listText(told, ctx.language)}${total}`);
    }
    const lead = say(ctx.language, "GMS-medel efter myndigheten som betalar ut dem:", "GMS money by the agency that pays it out:");
    // Grants whose own sentences name no payer are said, so no agency's list reads as all of GMS's money.
    const rest = listText(unpaid.map((e) => `${amountText(ctx, e.amountSek)} (${yearsText(e)})`), ctx.language);
    const note = unpaid.length === 0
        ? []
        : [
            say(ctx.language, `(För ${rest} anger dokumenten ingen utbetalande myndighet vid beloppet.)`, `(For ${rest} the documents name no paying agency with the amount.)`),
        ];
    return { intent: "payer", answered: true, text: [lead, ...lines, ...note].join("\n"), figures };
}
//# sourceMappingURL=per-payer.js.map