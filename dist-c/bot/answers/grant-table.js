import { organisationName, ROLE_NAMES, SWEDISH_ROLE_NAMES, swedishPurpose, } from "../english-names.js";
import { givenPerYear } from "../match.js";
import { entryLabel, namesTopic, say, yearsText } from "../say.js";
import { amountText, entryFigure, qualifiedText, } from "./context.js";
// A list of like amounts reads best as a table: year, amount, what for, source.
export const TABLE_MIN_ROWS = 2;
function shortLabel(ctx, entry) {
    // Co-funding is told by who puts it in; the sentence around it ("som tillsammans går in med") says less.
    if (entry.role === "co-funding" && !namesTopic(entry))
        return coFundingLabel(entry, ctx.language);
    const label = entryLabel(entry, ctx.language);
    return label.length <= 50 ? label : swedishPurpose(entry, 50);
}
function coFundingLabel(entry, language) {
    const role = language === "sv" ? SWEDISH_ROLE_NAMES["co-funding"] : ROLE_NAMES["co-funding"];
    if (!entry.funder)
        return role;
    return `${role} ${language === "sv" ? "från" : "from"} ${organisationName(entry.funder, language)}`;
}
function row(ctx, entry) {
    const { figure, markers } = entryFigure(ctx, entry);
    const label = entry.role === "multi-year-total" || entry.role === "total"
        ? say(ctx.language, "totalt (angivet)", "stated total")
        : shortLabel(ctx, entry) + notGms(ctx, entry);
    const perYear = givenPerYear(entry) ? say(ctx.language, " per år", " a year") : "";
    const amount = qualifiedText(ctx, entry.amountSek, entry.qualifier) + perYear;
    const cells = [yearsText(entry) || "–", amount, label, markers];
    return { cells, citations: figure.citations, sources: [] };
}
/** "Testbäddarna ingår inte i GMS": a grant listed beside GMS's money says it is not GMS's. */
function notGms(ctx, entry) {
    const granted = entry.role === "grant" || entry.role === "part";
    return granted && !entry.gms ? say(ctx.language, " (inte GMS)", " (not GMS)") : "";
}
/** The grants as a table; the total row only when the caller knows the documents support it. */
export function grantTable(ctx, entries, total) {
    const l = ctx.language;
    const columns = [
        { label: say(l, "År", "Year"), align: "left" },
        { label: say(l, "Belopp", "Amount"), align: "right" },
        { label: say(l, "Till", "For"), align: "left" },
        { label: say(l, "Källa", "Source"), align: "left" },
    ];
    const totalRow = total
        ? {
            cells: [
                say(l, "Summa", "Total"),
                qualifiedText(ctx, total.amountSek, total.qualifier ?? null),
                say(l, "uträknat av boten", "computed by the bot"),
                total.citations.map((n) => `[${n}]`).join(""),
            ],
            citations: total.citations,
            sources: [],
        }
        : null;
    const rows = [...entries].sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
    return { kind: "table", columns, rows: rows.map((e) => row(ctx, e)), total: totalRow };
}
/**
 * The draft with its list shown as a table: the first line leads, the table replaces the "• " lines,
 * and other lines stay as notes ("…:" ends as a sentence once its list is a table).
 */
export function withTable(draft, table, lead, extra = []) {
    const after = extra.map((text) => ({ kind: "note", text }));
    if (lead !== undefined)
        return { ...draft, blocks: [{ kind: "lead", text: lead }, table, ...after] };
    const lines = draft.text.split("\n").filter((line) => line.trim() !== "");
    const sentence = (line) => line.replace(/:\s*$/, ".");
    const [first = "", ...rest] = lines;
    const notes = rest
        .filter((line) => !line.startsWith("• "))
        .map((line) => ({ kind: "note", text: sentence(line) }));
    return { ...draft, blocks: [{ kind: "lead", text: sentence(first) }, table, ...notes] };
}
/** One row per year: its amount (a sum when several grants, marked computed) and its sources. */
export function yearTable(ctx, years) {
    const l = ctx.language;
    const columns = [
        { label: say(l, "År", "Year"), align: "left" },
        { label: say(l, "Belopp", "Amount"), align: "right" },
        { label: say(l, "Beslut", "Grants"), align: "right" },
        { label: say(l, "Källa", "Source"), align: "left" },
    ];
    const rows = years.map((y) => ({
        cells: [
            String(y.year),
            amountText(ctx, y.sum),
            y.count > 1 ? say(l, `${y.count} (summerat)`, `${y.count} (summed)`) : "1",
            y.citations.map((n) => `[${n}]`).join(""),
        ],
        citations: y.citations,
        sources: [],
    }));
    return { kind: "table", columns, rows, total: null };
}
//# sourceMappingURL=grant-table.js.map