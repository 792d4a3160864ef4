// A table as aligned plain text: the terminal, Discord's code blocks and Slack's fallback text share it.
/** Rows as columns padded to their widest cell; `right` lists the right-aligned columns. */
export function alignTable(rows, right = new Set()) {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 0, cell.length);
        });
    }
    return rows
        .map((row) => row
        .map((cell, i) => right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd())
        .join("\n");
}
export const MORE_ROWS = {
    sv: (n) => `… och ${n} till`,
    en: (n) => `… and ${n} more`,
};
/** The header, the rows and the total as cell arrays, every cell one line. */
export function tableCells(table, clean) {
    const rows = [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells)];
    if (table.total)
        rows.push(table.total.cells);
    return rows.map((r) => r.map((c) => clean(c).replace(/\s+/g, " ").trim()));
}
/**
 * The table as aligned text of at most `maxChars`: whole rows from the top, then "and N more".
 * Cells wider than `cellMax` are cut, so one long purpose cannot push the amounts off screen.
 */
export function plainTable(table, language, maxChars, clean = (t) => t, cellMax = 48) {
    const cells = tableCells(table, clean).map((r) => r.map((c) => cut(c, cellMax)));
    const right = new Set(table.columns.flatMap((c, i) => (c.align === "right" ? [i] : [])));
    const total = table.total ? cells.pop() : undefined;
    const [header = [], ...body] = cells;
    for (let shown = body.length; shown >= 0; shown--) {
        const rows = [header, ...body.slice(0, shown)];
        if (total && shown === body.length)
            rows.push(total);
        const text = alignTable(rows, right);
        const rest = body.length - shown;
        const full = rest > 0 ? `${text}\n${MORE_ROWS[language](rest)}` : text;
        if (full.length <= maxChars)
            return full;
    }
    return cut(MORE_ROWS[language](body.length), maxChars);
}
function cut(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
//# sourceMappingURL=plain-table.js.map