import { formatAmount } from "../format-amount.js";
import { entryLabel } from "../say.js";
export function amountText(ctx, sek) {
    return formatAmount(sek, ctx.language);
}
const QUALIFIER_WORDS = {
    approx: ["cirka", "about"],
    "at-least": ["minst", "at least"],
    "at-most": ["högst", "at most"],
};
/** "minst 100 miljoner kronor": an amount with the word its qualifier reads as. */
export function qualifiedText(ctx, sek, qualifier) {
    const amount = amountText(ctx, sek);
    if (qualifier === null)
        return amount;
    const [sv, en] = QUALIFIER_WORDS[qualifier];
    return `${ctx.language === "sv" ? sv : en} ${amount}`;
}
/**
 * What a sum of qualified amounts is: at least when some addend is "över 100 miljoner" and none is
 * approximate or a ceiling, about when any is approximate (or bounds pull both ways), else exact.
 */
export function sumQualifier(parts) {
    const kinds = new Set(parts.map((p) => p.qualifier).filter((q) => q !== null));
    if (kinds.size === 0)
        return null;
    if (kinds.size === 1)
        return [...kinds][0] ?? null;
    return "approx";
}
/** A stated figure: every source of the entry cited, its amount in each quote. */
export function entryFigure(ctx, entry) {
    const { ids, text } = ctx.citations.markers(entry.sources);
    // "Region Stockholm   16 000" under "tusental kronor": every telling is a bare table cell in its caption's
    // unit, so the figure in kronor is converted from it (computed), not written as such in any quote.
    const converted = entry.sources.length > 0 && entry.sources.every((s) => scaledCell(s.amountText, entry));
    return {
        figure: {
            amountSek: entry.amountSek,
            year: entry.year,
            label: converted
                ? `${figureLabel(ctx, entry)} (${ctx.language === "sv" ? "omräknat från tabellens enhet" : "converted from the table's unit"})`
                : figureLabel(ctx, entry),
            derived: converted,
            citations: ids,
        },
        markers: text,
    };
}
// A table cell: a number alone, grouped by spaces, with or without decimals ("16 000", "10,0", "30").
const BARE_CELL = /^\d{1,3}(?:[ \u00A0]\d{3})*(?:,\d+)?$/;
/** The cell is a bare number whose own value is not the entry's amount: the table's unit scaled it. */
function scaledCell(text, entry) {
    if (!BARE_CELL.test(text))
        return false;
    const value = Number(text.replace(/[ \u00A0]/g, "").replace(",", "."));
    return Number.isFinite(value) && value !== entry.amountSek;
}
/** The label says what kind of amount it is when the number alone would mislead (a ceiling, an estimate). */
function figureLabel(ctx, entry) {
    const label = entryLabel(entry, ctx.language);
    const sv = ctx.language === "sv";
    if (entry.qualifier === "at-most")
        return `${sv ? "högst" : "at most"}: ${label}`;
    if (entry.qualifier === "approx")
        return `${sv ? "cirka" : "about"}: ${label}`;
    if (entry.qualifier === "at-least")
        return `${sv ? "minst" : "at least"}: ${label}`;
    if (entry.role === "multi-year-total")
        return `${sv ? "totalt" : "total"} ${entry.years[0]}–${entry.years.at(-1)}: ${label}`;
    return label;
}
/** A computed figure (a sum): cites every part. */
export function derivedFigure(amountSek, year, label, parts, qualifier = null) {
    const citations = [...new Set(parts.flatMap((p) => p.citations))].sort((a, b) => a - b);
    // A sum of "över 100 miljoner" and 92 miljoner is "minst: …", as its parts' labels are.
    const word = qualifier?.of == null
        ? null
        : QUALIFIER_WORDS[qualifier.of][qualifier.ctx.language === "sv" ? 0 : 1];
    return { amountSek, year, label: word ? `${word}: ${label}` : label, derived: true, citations };
}
export function decline(intent, text) {
    return { intent, answered: false, text, figures: [] };
}
/** The draft with a sentence first ("Dokumenten anger inga medel …"), in its text and its blocks alike. */
export function withLead(draft, lead) {
    const blocks = draft.blocks
        ? [{ kind: "lead", text: lead }, ...draft.blocks]
        : undefined;
    return { ...draft, text: `${lead}\n${draft.text}`, ...(blocks ? { blocks } : {}) };
}
//# sourceMappingURL=context.js.map