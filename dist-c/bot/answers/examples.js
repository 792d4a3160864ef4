import { fundingRole } from "../../knowledge/index.js";
import { byEntryOrder } from "../match.js";
import { entryLabel, listText, say, topicsOf } from "../say.js";
import { amountText } from "./context.js";
import { memo } from "./memo.js";
function landmarks(ctx) {
    return memo(ctx.knowledge, "landmarks", () => {
        const entries = ctx.index.entries.map((e) => e.entry).sort(byEntryOrder);
        const timesStated = new Map();
        for (const e of entries)
            timesStated.set(e.amountSek, (timesStated.get(e.amountSek) ?? 0) + 1);
        const funded = entries.filter((e) => e.gms && (fundingRole(e) === "grant" || fundingRole(e) === "part"));
        const seen = new Set();
        const areas = funded.filter((e) => {
            const label = entryLabel(e, "sv");
            if (label.length > 40 || seen.has(label) || e.year === null)
                return false;
            seen.add(label);
            return true;
        });
        const years = funded.map((e) => e.year).filter((y) => y !== null);
        return {
            areas,
            latestYear: years.length > 0 ? Math.max(...years) : null,
            // "sedan starten" gives no years to ask about.
            span: entries.find((e) => e.role === "multi-year-total" && e.gms && e.years.length > 1) ?? null,
            whole: entries.filter((e) => e.parts.length > 1).at(-1) ?? null,
            // A share whose amount is unique, so the example question has one answer.
            part: funded.filter((e) => e.partOf !== null && timesStated.get(e.amountSek) === 1).at(-1) ??
                null,
        };
    });
}
/** "barncancer, lungcancer och datadelning": a few of the areas the documents fund. */
export function fundedAreas(ctx, max = 5) {
    // Named areas first; in English only those, since a Swedish phrase would read as a mistake.
    const all = landmarks(ctx).areas;
    const named = all.filter((e) => topicsOf(e).length > 0);
    const areas = ctx.language === "sv" ? [...named, ...all.filter((e) => !named.includes(e))] : named;
    return listText(areas.slice(0, max).map((e) => entryLabel(e, ctx.language)), ctx.language);
}
/** Example questions built from what the documents actually state. */
export function exampleQuestions(ctx) {
    const l = landmarks(ctx);
    const sv = ctx.language === "sv";
    const out = [];
    // A named area reads as a question anyone would ask; English never names a Swedish phrase or a role.
    const named = l.areas.filter((e) => topicsOf(e).length > 0);
    const area = named.at(-1) ?? (sv ? l.areas.at(-1) : undefined);
    if (area) {
        const label = entryLabel(area, ctx.language);
        out.push(sv
            ? `Hur mycket gick till ${label} ${area.year}?`
            : `How much went to ${label} in ${area.year}?`);
    }
    if (l.latestYear)
        out.push(sv ? `Hur mycket fick GMS ${l.latestYear}?` : `How much did GMS get in ${l.latestYear}?`);
    const span = l.span ? `${l.span.years[0]}–${l.span.years.at(-1)}` : "";
    out.push(sv
        ? `Vad fick GMS totalt${span ? ` ${span}` : ""}?`
        : `What did GMS receive in total${span ? ` ${span}` : ""}?`);
    if (l.whole)
        out.push(sv
            ? `Hur fördelades ${amountText(ctx, l.whole.amountSek)}?`
            : `How was the ${amountText(ctx, l.whole.amountSek)} split?`);
    if (l.part)
        out.push(sv
            ? `Vad var ${amountText(ctx, l.part.amountSek)} till?`
            : `What was the ${amountText(ctx, l.part.amountSek)} for?`);
    return out;
}
/** Follow-up examples: another year and another area from the documents. */
export function followUpExamples(ctx) {
    const l = landmarks(ctx);
    const other = l.areas[0] ? entryLabel(l.areas[0], ctx.language) : null;
    const year = l.latestYear;
    const parts = [
        year ? say(ctx.language, `”och ${year}?”`, `“and ${year}?”`) : null,
        other ? say(ctx.language, `”och ${other}?”`, `“what about ${other}?”`) : null,
    ];
    return parts.filter((p) => p !== null).join(", ");
}
//# sourceMappingURL=examples.js.map