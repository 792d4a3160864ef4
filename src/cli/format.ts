import { groupDigits } from "../bot/format-amount.js";

/** Thousands separated by spaces, the Swedish way: 7875000 → "7 875 000" (the bot's one formatter). */
export function formatSek(amount: number): string {
  return groupDigits(amount, "sv", 20);
}
/** Cuts a cell to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Rows as columns padded to their widest cell; `right` lists the right-aligned columns. */
export function alignTable(
  rows: readonly string[][],
  right: ReadonlySet<number> = new Set(),
): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
