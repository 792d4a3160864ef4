import { compileCues, hasCue } from "./cues.js";
import { MONTH_NAMES_EN, MONTH_NAMES_SV } from "./date-words.js";
// A sentence that tells a decision: the date in it is when the money was decided.
const DECISION = compileCues([
    "beslut*",
    "beslöt",
    "decided",
    "decision",
    "announced",
    "tillkännagav",
]);
const TODAY = compileCues(["i dag", "idag", "today"]);
// A document date's year and month, made once (a regex literal is a new object each time it is evaluated).
const YEAR_MONTH = /^(\d{4})-(\d{2})/;
const MONTH_NUMBER = new Map([...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m, i) => [m.toLowerCase(), (i % 12) + 1]));
/** The decision date a sentence gives, `YYYY-MM-DD` or `YYYY-MM`, as the text gives it; null when none. */
export function decidedIn(tokens, dates, published) {
    // Whether any is said, not where: the first hit answers (most sentences have none, and are read to the end).
    if (!hasCue(tokens, DECISION))
        return null;
    const full = dates.find((d) => d.cue !== "deadline" && (d.kind === "date" || d.kind === "month"));
    if (full)
        return iso(full.year, full.month, full.day);
    if (published && hasCue(tokens, TODAY))
        return published;
    const docYear = YEAR_MONTH.exec(published ?? "");
    if (!docYear)
        return null;
    // "beslutade i mars": a month without a year is the latest such month up to the document's date.
    for (const [i, t] of tokens.entries()) {
        const month = MONTH_NUMBER.get(t.word);
        if (month === undefined || !["i", "in", "den", "on"].includes(tokens[i - 1]?.word ?? ""))
            continue;
        const year = Number(docYear[1]) - (month > Number(docYear[2]) ? 1 : 0);
        return iso(year, month, null);
    }
    return null;
}
function iso(year, month, day) {
    const mm = month === null ? "" : `-${String(month).padStart(2, "0")}`;
    return `${year}${mm}${day === null || month === null ? "" : `-${String(day).padStart(2, "0")}`}`;
}
//# sourceMappingURL=decided.js.map