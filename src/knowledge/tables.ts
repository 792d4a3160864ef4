import { compileCues, findCues } from "./cues.js";
import { lineEnd, nextLine } from "./lines.js";
import type { AmountMatch } from "./types.js";

// A table's unit stands in its caption or header: "(miljoner kronor)", "Tusental kronor", "MSEK".
const UNITS: ReadonlyArray<[string, number]> = [
  ["miljoner kronor", 1_000_000],
  ["miljoner", 1_000_000],
  ["mnkr", 1_000_000],
  ["mkr", 1_000_000],
  ["msek", 1_000_000],
  ["sek million", 1_000_000],
  ["million sek", 1_000_000],
  ["tusental kronor", 1_000],
  ["tusen kronor", 1_000],
  ["tkr", 1_000],
  ["ksek", 1_000],
  ["kronor", 1],
  ["sek", 1],
];
const UNIT_CUES = compileCues(UNITS.map(([u]) => u));
const FACTORS = new Map(UNITS);
// A caption that speaks of appropriations: its rows are budget frames, not grants.
const FRAME_CUES = compileCues([
  "anslag*",
  "anslagsutveckling",
  "ramanslag",
  "appropriation*",
  "budget",
]);
const CELL_SPLIT = /\t+| {2,}/;
const NUMBER = /^\d{1,3}(?:[ \u00A0]\d{3})*(?:,\d+)?$|^\d+(?:[.,]\d+)?$/;
const YEAR = /^(?:19|20)\d{2}$/;
// How far above its first row a table's caption may stand, in lines.
const CAPTION_LINES = 3;

/** One row of a table: a budget year and an amount in the caption's unit. */
export interface TableRow {
  amount: AmountMatch;
  year: number;
  kind: "frame" | "retold";
}

interface Line {
  start: number;
  text: string;
}

/** Rows of tab- or space-aligned tables whose caption names a unit: "2024  Socialstyrelsen  49,5". */
export function findTableRows(text: string): TableRow[] {
  // A row's cells stand apart by a tab or two spaces: a text with neither holds no table.
  if (!text.includes("\t") && !text.includes("  ")) return [];
  const lines = splitLines(text);
  const rows: TableRow[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i])) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && isRow(lines[j])) j += 1;
    rows.push(...readTable(lines, i, j));
    i = j;
  }
  return rows;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    out.push({ start, text: text.slice(start, end) });
    start = nextLine(text, end);
  }
  return out;
}

// Two cells or more: a separator inside the trimmed line (splitting on it is not needed to tell).
function isRow(line: Line | undefined): boolean {
  return !!line && CELL_SPLIT.test(line.text.trim());
}

function readTable(lines: Line[], from: number, to: number): TableRow[] {
  const caption = lines
    .slice(Math.max(0, from - CAPTION_LINES), from + 1)
    .map((l) => l.text)
    .join(" ");
  const unit = findCues(caption, UNIT_CUES)[0];
  const factor = unit ? FACTORS.get(unit.phrase) : undefined;
  if (factor === undefined) return [];
  const kind = findCues(caption, FRAME_CUES).length > 0 ? "frame" : "retold";
  const rows: TableRow[] = [];
  for (const line of lines.slice(from, to)) {
    const row = readRow(line, factor, kind);
    if (row) rows.push(row);
  }
  return rows;
}

function readRow(line: Line, factor: number, kind: TableRow["kind"]): TableRow | null {
  const cells = cellsOf(line);
  const year = cells.find((c) => YEAR.test(c.text));
  const last = cells.at(-1);
  if (!year || !last || last === year || !NUMBER.test(last.text)) return null;
  // "Statsbidrag   2029   2028": a header of year columns, no year with its amount.
  if (YEAR.test(last.text)) return null;
  const value = Number(last.text.replace(/[ \u00A0]/g, "").replace(",", "."));
  const valueSek = Math.round(value * factor);
  if (!Number.isSafeInteger(valueSek) || valueSek <= 0) return null;
  const amount: AmountMatch = {
    start: last.start,
    end: last.start + last.text.length,
    text: last.text,
    valueSek,
    qualifier: null,
  };
  return { amount, year: Number(year.text), kind };
}

function cellsOf(line: Line): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^\t]+?(?= {2,}|\t|$)/g;
  for (const m of line.text.matchAll(re)) {
    const text = m[0].trim();
    if (text === "") continue;
    out.push({ text, start: line.start + (m.index ?? 0) + m[0].indexOf(text) });
  }
  return out;
}
