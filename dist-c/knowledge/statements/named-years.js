import { findDates } from "../dates.js";
/** Every year a text names, spans counted whole ("2026–2028"), in order. */
export function namedYears(text) {
    const years = new Set();
    for (const d of findDates(text))
        for (let y = d.year; y <= d.endYear; y++)
            years.add(y);
    return [...years].sort((a, b) => a - b);
}
//# sourceMappingURL=named-years.js.map