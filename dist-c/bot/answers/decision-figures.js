import { askedMonth } from "./asked.js";
import { amountText, entryFigure } from "./context.js";
import { toldIn } from "./scope.js";
/** "What did the government decide in December 2021?": the decisions dated in the asked month, if any is. */
export function inAskedMonth(ctx, decisions) {
    const month = askedMonth(ctx);
    if (month === null)
        return decisions;
    const years = ctx.query.years;
    const dated = decisions.filter((d) => d.date?.month === month &&
        (years.length === 0 || d.date.year === null || years.includes(d.date.year)));
    return dated.length > 0 ? dated : decisions;
}
/** The ledger entries a decision sentence states: same document, inside the sentence, same amount. */
function entriesOf(ctx, d) {
    const amounts = new Set(d.amounts.map((a) => a.valueSek));
    if (amounts.size === 0)
        return [];
    return ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => amounts.has(e.amountSek) && toldIn(e, d.span));
}
/** Each decision's stated amounts as figures, once each, with the markers to put after its line. */
export function decisionFigures(ctx, decisions) {
    const seen = new Set();
    const figures = [];
    const notes = decisions.map((d) => {
        const parts = [];
        for (const e of entriesOf(ctx, d)) {
            if (seen.has(e.id))
                continue;
            seen.add(e.id);
            const { figure, markers } = entryFigure(ctx, e);
            figures.push(figure);
            parts.push(`${amountText(ctx, e.amountSek)} ${markers}`);
        }
        return parts.length > 0 ? ` (${parts.join(", ")})` : "";
    });
    return { figures, notes };
}
//# sourceMappingURL=decision-figures.js.map