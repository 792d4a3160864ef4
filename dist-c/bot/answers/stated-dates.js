import { MONTH_NAMES_EN, MONTH_NAMES_SV, } from "../../knowledge/index.js";
/** "14 april 2026", "April 2026", "14 april" (no year given), in the asker's language. */
export function dateText(d, language) {
    const month = d.month ? (language === "sv" ? MONTH_NAMES_SV : MONTH_NAMES_EN)[d.month - 1] : null;
    const parts = [
        d.day && month ? String(d.day) : null,
        month,
        d.year === null ? null : String(d.year),
    ];
    return parts.filter((p) => p !== null).join(" ");
}
/** How much a decision's date can be trusted: its own decision document, a full date, a month, no year. */
export function rankDate(d) {
    if (!d.date)
        return 0;
    if (d.fromDecisionDocument && d.date.day !== null && d.date.year !== null)
        return 4;
    if (d.date.day !== null && d.date.year !== null)
        return 3;
    if (d.date.year !== null)
        return 2;
    return 1;
}
//# sourceMappingURL=stated-dates.js.map