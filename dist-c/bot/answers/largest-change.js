import { countsAsGrant } from "../../knowledge/index.js";
import { say } from "../say.js";
import { percent, yearTotal } from "./change.js";
import { amountText, decline } from "./context.js";
/**
 * "vilket år ökade stödet mest?", "biggest drop in funding": every step from one year with GMS grants to
 * the next, computed, and the largest increase (or decrease) first. A year with no money told is skipped
 * and said so, never read as zero.
 */
export function answerLargestChange(ctx) {
    const steps = yearSteps(ctx);
    const down = ctx.query.cues.has("down");
    const ranked = [...steps].sort((a, b) => (down ? a.diff - b.diff : b.diff - a.diff));
    const best = ranked[0];
    if (!best || (down ? best.diff >= 0 : best.diff <= 0))
        return decline("change", say(ctx.language, `Dokumenten visar ingen ${down ? "minskning" : "ökning"} från ett år till nästa.`, `The documents show no ${down ? "decrease" : "increase"} from one year to the next.`));
    const lead = say(ctx.language, `Störst ${down ? "minskning" : "ökning"}: ${stepText(ctx, best)} (uträknat av boten). Alla år:`, `The largest ${down ? "decrease" : "increase"}: ${stepText(ctx, best)} (computed by the bot). Every year:`);
    const lines = steps.map((s) => `• ${s.from}–${s.to}: ${signed(ctx, s.diff)} ${cited(s)}${gapNote(ctx, s)}`);
    return {
        intent: "change",
        answered: true,
        text: [lead, ...lines].join("\n"),
        figures: [best.figure, ...steps.filter((s) => s !== best).map((s) => s.figure)],
    };
}
/** Consecutive years with GMS grants (within the asked span, if any), each step's change computed. */
function yearSteps(ctx) {
    const asked = ctx.query.years;
    const years = [
        ...new Set(ctx.index.entries
            .map((e) => e.entry)
            .filter((e) => countsAsGrant(e) && e.year !== null)
            .map((e) => e.year)),
    ]
        .filter((y) => asked.length < 2 || (y >= Math.min(...asked) && y <= Math.max(...asked)))
        .sort((a, b) => a - b);
    const steps = [];
    for (let i = 1; i < years.length; i++) {
        const from = years[i - 1];
        const to = years[i];
        const a = yearTotal(ctx, from);
        const b = yearTotal(ctx, to);
        if (!a.figure || !b.figure)
            continue;
        const diff = b.sum - a.sum;
        const citations = [...new Set([...a.figure.citations, ...b.figure.citations])].sort((x, y) => x - y);
        const label = say(ctx.language, `förändring ${from}–${to}`, `change ${from}–${to}`);
        steps.push({
            from,
            to,
            diff,
            figure: { amountSek: diff, year: null, label, derived: true, citations },
        });
    }
    return steps;
}
function stepText(ctx, s) {
    const a = yearTotal(ctx, s.from).sum;
    const b = yearTotal(ctx, s.to).sum;
    const cites = cited(s);
    return say(ctx.language, `från ${amountText(ctx, a)} ${s.from} till ${amountText(ctx, b)} ${s.to} ${cites}, ${signed(ctx, s.diff)}${percent(ctx, a, s.diff)}`, `from ${amountText(ctx, a)} in ${s.from} to ${amountText(ctx, b)} in ${s.to} ${cites}, ${signed(ctx, s.diff)}${percent(ctx, a, s.diff)}`);
}
function signed(ctx, diff) {
    return `${diff >= 0 ? "+" : "−"}${amountText(ctx, Math.abs(diff))}`;
}
function gapNote(ctx, s) {
    if (s.to - s.from <= 1)
        return "";
    const missing = s.to - s.from === 2 ? `${s.from + 1}` : `${s.from + 1}–${s.to - 1}`;
    return say(ctx.language, ` (inga medel angivna för ${missing})`, ` (no funding stated for ${missing})`);
}
const cited = (s) => s.figure.citations.map((n) => `[${n}]`).join("");
//# sourceMappingURL=largest-change.js.map