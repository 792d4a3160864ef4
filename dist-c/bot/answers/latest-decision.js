import { countsAsGrant, fundingRole, } from "../../knowledge/index.js";
import { say, shorten } from "../say.js";
import { entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { swedishQuoteNote } from "./quoted-language.js";
import { dateText } from "./stated-dates.js";
// Money a decision's sentence names without deciding it: the estimate it replaces, a comparison.
const NOT_DECIDED = new Set(["estimate", "comparison", "not-funding"]);
/** A dated decision's date as one sortable number. */
function dateKey(d) {
    const date = d.date;
    if (!date || date.year === null)
        return 0;
    // A month or year with no day may be its last day: "i december" is not before the 2nd of December.
    return date.year * 10_000 + (date.month ?? 12) * 100 + (date.day ?? 31);
}
/**
 * "vad är senaste beslutet?", "the latest decision": the decision the documents date last, with the
 * money decided that day; null when no decision is dated with a year.
 */
export function answerLatestDecision(ctx) {
    // "Latest" is as of the date of asking: a document dated later tells no decision taken yet.
    const today = ctx.today ? Number(ctx.today.replaceAll("-", "")) : Number.POSITIVE_INFINITY;
    const decisions = ctx.knowledge.statements.decisions.filter((d) => d.kind === "decided" && dateKey(d) <= today);
    const latest = Math.max(0, ...decisions.map(dateKey));
    if (latest === 0)
        return null;
    const chosen = decisions.filter((d) => dateKey(d) === latest);
    const first = chosen[0];
    // Money of a later year was decided later, on a day no document gives: then the last dated is not the latest.
    const funded = ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => countsAsGrant(e) && e.year !== null && e.year * 10_000 + 101 <= today)
        .map((e) => e.year);
    if (Math.max(0, ...funded) > (first.date?.year ?? 0))
        return null;
    const date = first.date ? dateText(first.date, ctx.language) : "";
    const decided = ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => e.decided === isoDate(first) && e.partOf === null && !NOT_DECIDED.has(fundingRole(e)));
    const lead = say(ctx.language, `Senaste beslutet i dokumenten är från ${date}:`, `The latest decision in the documents is of ${date}${swedishQuoteNote(ctx, decided.length > 0 ? [] : chosen.map((d) => d.span))}:`);
    const items = decided.length > 0
        ? decided.map((e) => `• ${describeEntry(ctx, e)}`)
        : chosen.map((d) => `• ${ctx.citations.markers([d.span]).text} ${shorten(d.span.text, 160)}`);
    return {
        intent: "decision",
        answered: true,
        text: [lead, ...items].join("\n"),
        figures: decided.map((e) => entryFigure(ctx, e).figure),
    };
}
/** The decision's date as the ledger writes it (`YYYY-MM-DD` or `YYYY-MM`). */
function isoDate(d) {
    const pad = (n) => String(n).padStart(2, "0");
    const { year, month, day } = d.date ?? { year: null, month: null, day: null };
    if (year === null)
        return "";
    return [String(year), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join("-");
}
//# sourceMappingURL=latest-decision.js.map