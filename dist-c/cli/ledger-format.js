import { oneLine } from "../adapters/terminal/sanitize.js";
import { alignTable, formatSek, truncate } from "./format.js";
/** The one place that decides which fields of an entry are published. */
export function projectLedgerEntry(entry) {
    return {
        id: entry.id,
        amountSek: entry.amountSek,
        year: entry.year,
        years: [...entry.years],
        purpose: entry.purpose,
        area: entry.area,
        role: entry.role,
        recipient: entry.recipient,
        payer: entry.payer,
        partOf: entry.partOf,
        qualifier: entry.qualifier,
        gms: entry.gms,
        notes: [...entry.notes],
        sources: entry.sources.map((s) => ({
            docId: s.docId,
            quote: s.text,
            start: s.start,
            end: s.end,
        })),
        funder: entry.funder ?? null,
        decided: entry.decided ?? null,
        weak: [...(entry.weak ?? [])],
    };
}
export const CSV_COLUMNS = [
    "id",
    "amountSek",
    "year",
    "years",
    "purpose",
    "area",
    "role",
    "recipient",
    "payer",
    "partOf",
    "qualifier",
    "gms",
    "notes",
    "sources",
    "funder",
    "decided",
    "weak",
];
/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF. Document text is made inert
 * first: control characters (terminal escapes) become spaces, and a cell a spreadsheet would read as a
 * formula (= + - @ first) gets a leading apostrophe, as OWASP advises.
 */
export function csvField(raw) {
    const plain = raw.replace(/[^\P{Cc}\t\r\n]/gu, " ");
    const value = /^[=+\-@\t\r]/.test(plain) && !/^-?\d+(?:\.\d+)?$/.test(plain) ? `'${plain}` : plain;
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function csvCell(row, column) {
    if (column === "sources")
        return [...new Set(row.sources.map((s) => s.docId))].join(";");
    if (column === "notes")
        return row.notes.join("; ");
    if (column === "weak")
        return row.weak.join("; ");
    if (column === "years")
        return row.years.join(";");
    const value = row[column];
    return value === null ? "" : String(value);
}
/** The ledger as CSV: a header row, one row per entry, CRLF line ends. */
export function ledgerCsv(rows) {
    const lines = [CSV_COLUMNS.join(",")];
    for (const row of rows)
        lines.push(CSV_COLUMNS.map((c) => csvField(csvCell(row, c))).join(","));
    return `${lines.join("\r\n")}\r\n`;
}
const QUALIFIER_MARK = { approx: "≈", "at-most": "≤", "at-least": "≥" };
function yearsCell(row) {
    const ys = row.years;
    const first = ys[0];
    const last = ys[ys.length - 1];
    if (first === undefined || last === undefined)
        return row.year === null ? "–" : String(row.year);
    if (ys.length > 1 && last - first === ys.length - 1)
        return `${first}–${last}`;
    return ys.join(",");
}
function tableCells(row) {
    const mark = row.qualifier === null ? "" : QUALIFIER_MARK[row.qualifier];
    return [
        oneLine(row.id),
        `${mark}${formatSek(row.amountSek)}`,
        yearsCell(row),
        row.role,
        truncate(oneLine(row.area), 28),
        row.partOf === null ? "–" : oneLine(row.partOf),
        truncate(oneLine(row.recipient ?? "–"), 32),
        row.gms ? "yes" : "no",
        [...new Set(row.sources.map((s) => oneLine(s.docId)))].join(" "),
    ];
}
const HEADER = [
    "id",
    "amount (SEK)",
    "year(s)",
    "role",
    "area",
    "part of",
    "recipient",
    "GMS",
    "sources",
];
/** The ledger as an aligned table for people, with each entry's notes listed below it. */
export function ledgerTable(rows) {
    if (rows.length === 0)
        return "The ledger is empty: no figures were found in the documents.";
    const table = alignTable([HEADER, ...rows.map(tableCells)], new Set([1]));
    const notes = rows.flatMap((r) => r.notes.map((n) => `  ${oneLine(r.id)}: ${oneLine(n)}`));
    const summary = `${rows.length} ${rows.length === 1 ? "entry" : "entries"}`;
    return [table, "", summary, ...(notes.length > 0 ? ["", "Notes:", ...notes] : [])].join("\n");
}
//# sourceMappingURL=ledger-format.js.map