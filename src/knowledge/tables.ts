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
  /** "share": a row of a table proved by its sum row, a share of its year's money; "own": a column of the
   * organisation's own money ("Egen finansiering"), co-funding. */
  kind: "frame" | "retold" | "share" | "own";
  /** The row's label where the years stand in the header ("Solida tumörer"): what the amount funds. */
  label?: string;
  /** Which pipe table of the text it stands in (its header line's offset). */
  table?: number;
  /** The table lists money by giver ("| Finansiär | 2026 | 2027 |"): the row's label names who gave it. */
  byGiver?: boolean;
  /** The agency a payer column names for the row ("År  Belopp  Utbetalande myndighet"). */
  payer?: string;
}

// A first header cell that names givers: "| Finansiär | 2026 | 2027 |" lists money by who gave it, not by area.
const GIVER_HEADER =
  /^(?:finansiär(?:er(?:na)?)?|bidragsgivare(?:n)?|anslagsgivare|funders?|funding source|source of funding|grant ?givers?)$/iu;

// A Markdown pipe table's rows: "| Solida tumörer | 30 | 30 |"; its rule "|---|---:|" holds no cells.
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^[\s|:-]+$/;
const PIPE_LINE_START = /(?:^|\n)[ \t]*\|/;
// A header cell that names a year, with or without its unit: "2028", "2028 (mnkr)", "2027, tkr".
const YEAR_CELL = /^((?:19|20)\d{2})(?![\d])/;
// A row label that names the sum of the rows above it.
const SUM_LABELS = new Set([
  "summa",
  "totalt",
  "total",
  "sum",
  "summa totalt",
  "totalsumma",
  "totals",
]);
/** A label naming a sum: one of `SUM_LABELS`, alone or first before a comma or a space ("Summa, stat och regioner"). */
function isSumLabel(label: string): boolean {
  const lower = label.toLowerCase();
  return SUM_LABELS.has(lower) || SUM_LABELS.has(lower.split(/[\s,:]/)[0] ?? "");
}
// Emphasis around a cell's text ("**84**").
const EMPHASIS = /^[*_]+|[*_]+$/g;

export interface Line {
  start: number;
  text: string;
}

/** Rows of tab- or space-aligned tables whose caption names a unit: "2024  Socialstyrelsen  49,5". */
export function findTableRows(text: string): TableRow[] {
  // One look over the text: a line opening with a bar ("| Område | 2026 |"), indented or not.
  const pipes = text.includes("|") && PIPE_LINE_START.test(text);
  const aligned = text.includes("\t") || text.includes("  ");
  // A row's cells stand apart by a tab, two spaces or a bar opening the line: a text with none holds no table.
  if (!pipes && !aligned) return [];
  const lines = splitLines(text);
  const rows: TableRow[] = [];
  // Markdown pipe tables: a header row, a rule, then rows. Years stand either in the header ("| Område | 2026 |
  // 2027 |": each cell is that column's year) or in a row's own cell ("| 2024 | Socialstyrelsen | 49,5 |").
  if (pipes) rows.push(...readRuns(lines, isPipeRow, readPipeTable));
  if (aligned) rows.push(...readRuns(lines, isRow, readTable));
  return rows;
}

/** Each run of consecutive lines that pass `isLine`, read as one table by `read` (lines `from` to `to`). */
function readRuns(
  lines: Line[],
  isLine: (line: Line | undefined) => boolean,
  read: (lines: Line[], from: number, to: number) => TableRow[],
): TableRow[] {
  const rows: TableRow[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isLine(lines[i])) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && isLine(lines[j])) j += 1;
    rows.push(...read(lines, i, j));
    i = j;
  }
  return rows;
}

export function isPipeRow(line: Line | undefined): boolean {
  // Most lines open with a letter: the pattern is tried only on a line whose first character is a bar.
  return !!line && line.text.trimStart().startsWith("|") && PIPE_ROW.test(line.text);
}

function readPipeTable(lines: Line[], from: number, to: number): TableRow[] {
  const header = lines[from];
  if (!header || to - from < 3 || !PIPE_RULE.test(lines[from + 1]?.text ?? "x")) return [];
  // The unit in the header wins ("2028 (mnkr)"); else the caption's, nearest line first.
  const above = lines.slice(Math.max(0, from - CAPTION_LINES), from).reverse();
  const unit = [header, ...above]
    .map((l) => findCues(l.text, UNIT_CUES)[0])
    .find((u) => u !== undefined);
  const factor = unit ? FACTORS.get(unit.phrase) : undefined;
  if (factor === undefined) return [];
  const caption = [...above, header].map((l) => l.text).join(" ");
  const kind = findCues(caption, FRAME_CUES).length > 0 ? "frame" : "retold";
  const headerCells = pipeCells(header);
  const columnYears = yearsByColumn(headerCells);
  const byGiver = GIVER_HEADER.test(headerCells[0]?.text ?? "");
  const rows: TableRow[] = [];
  for (const line of lines.slice(from + 2, to)) {
    const cells = pipeCells(line);
    if (columnYears)
      rows.push(
        ...columnRows(cells, columnYears, factor, kind, header.start).map((r) =>
          byGiver ? { ...r, byGiver } : r,
        ),
      );
    else {
      const year = cells.find((c) => YEAR.test(c.text));
      const last = cells.at(-1);
      const row =
        year && last && last !== year ? cellRow(last, Number(year.text), factor, kind) : null;
      if (row) rows.push(row);
    }
  }
  return rows;
}

type Cell = { text: string; start: number };

/** Each header cell's year ("| Område | 2026 | 2027 |", "Nod   2031"), or null when no cell is a year. */
function yearsByColumn(header: readonly Cell[]): (number | null)[] | null {
  const years = header.map((c) => {
    const m = YEAR_CELL.exec(c.text);
    return m ? Number(m[1]) : null;
  });
  return years.some((y) => y !== null) ? years : null;
}

/** A row of a table whose header gives each column's year: one amount per year cell, labelled by the first. */
function columnRows(
  cells: readonly Cell[],
  columnYears: readonly (number | null)[],
  factor: number,
  kind: TableRow["kind"],
  table: number,
): TableRow[] {
  // "| **Summa** | **36** |", "| Summa, stat och regioner | 24 |": the rows' sum retells no grant of its own (and
  // would count them twice).
  if (isSumLabel(cells[0]?.text ?? "")) return [];
  // "| De sju regionerna | medfinansiering (matchning) | 12 |": a text cell naming co-funding makes the row's money own.
  const own = cells.some(
    (c, k) => columnYears[k] == null && findCues(c.text, OWN_COLUMN).length > 0,
  );
  const rows: TableRow[] = [];
  for (const [k, cell] of cells.entries()) {
    const year = columnYears[k];
    if (k === 0 || year === null || year === undefined) continue;
    const row = cellRow(cell, year, factor, own && kind === "retold" ? "own" : kind);
    const label = cells[0]?.text;
    if (row) rows.push({ ...row, table, ...(label ? { label } : {}) });
  }
  return rows;
}

/** A pipe row's cells, each trimmed of spaces and emphasis, with where its text starts. */
export function pipeCells(line: Line): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const t = line.text;
  let at = t.indexOf("|");
  while (at >= 0) {
    const next = t.indexOf("|", at + 1);
    if (next < 0) break;
    const raw = t.slice(at + 1, next);
    const trimmed = raw.trim().replace(EMPHASIS, "");
    const offset = raw.indexOf(trimmed);
    out.push({ text: trimmed, start: line.start + at + 1 + Math.max(0, offset) });
    at = next;
  }
  return out;
}

/** A cell holding a number in the table's unit, read as that year's amount; null for "–" or text. */
function cellRow(
  cell: { text: string; start: number },
  year: number,
  factor: number,
  kind: TableRow["kind"],
): TableRow | null {
  if (!NUMBER.test(cell.text) || YEAR.test(cell.text)) return null;
  const value = Number(cell.text.replace(/[ \u00A0]/g, "").replace(",", "."));
  const valueSek = Math.round(value * factor);
  if (!Number.isSafeInteger(valueSek) || valueSek <= 0) return null;
  const amount: AmountMatch = {
    start: cell.start,
    end: cell.start + cell.text.length,
    text: cell.text,
    valueSek,
    qualifier: null,
  };
  return { amount, year, kind };
}

export function splitLines(text: string): Line[] {
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
  return !!line && !isPipeRow(line) && CELL_SPLIT.test(line.text.trim());
}

function readTable(lines: Line[], from: number, to: number): TableRow[] {
  // The caption: the table's first row and up to CAPTION_LINES written lines above it (blank lines between a
  // caption and its rows are layout: "Anslag 1:6 …   Tusental kronor", a blank line, then the rows).
  const captionLines = [...linesAbove(lines, from, CAPTION_LINES), lines[from] as Line];
  const caption = captionLines.map((l) => l.text).join(" ");
  // The nearest line's unit wins: a sentence above the caption may name money in another unit.
  const unit = [...captionLines]
    .reverse()
    .map((l) => findCues(l.text, UNIT_CUES)[0])
    .find((u) => u !== undefined);
  const factor = unit ? FACTORS.get(unit.phrase) : undefined;
  if (factor === undefined) return [];
  const kind = findCues(caption, FRAME_CUES).length > 0 ? "frame" : "retold";
  const header = cellsOf(lines[from] as Line);
  const columnYears = header[0] && !NUMBER.test(header[0].text) ? yearsByColumn(header) : null;
  // "Nod   2031" over "GMS Uppsala   12 000" rows: read only when the rows add up to the sum row.
  if (columnYears)
    return sharesByColumn(lines.slice(from + 1, to), columnYears, factor, lines[from]);
  // "År | Statliga medel via GMS | Egen finansiering" over "2024 | 5 200 | 3 000": each money column by its header.
  // Read so only when every row is a year and one number per column; other tables keep their last cell.
  const labelled = labelledColumns(header);
  const body = lines.slice(from + 1, to);
  if (labelled && kind !== "frame" && body.length > 0 && body.every((l) => moneyRow(l, labelled)))
    return body.flatMap((line) => labelledRow(line, labelled, factor, kind));
  const rows: TableRow[] = [];
  // An appropriation's rows with no year of their own ("ap.14 Genomic Medicine Sweden (ram)   94 000") are
  // the year its caption or the heading above it names ("för budgetåret 2030"); other tables' rows need a year.
  let budgetYear: number | null | undefined;
  const payerAt = header.findIndex((c) => PAYER_HEADER.test(c.text));
  for (const line of lines.slice(from, to)) {
    const row =
      readRow(line, factor, kind) ??
      (payerAt > 1 ? paidRow(line, header.length, payerAt, factor, kind) : null);
    if (row) {
      rows.push(row);
      continue;
    }
    if (kind !== "frame") continue;
    if (budgetYear === undefined) budgetYear = budgetYearAbove(lines, from, captionLines);
    const framed = budgetYear === null ? null : yearlessRow(line, budgetYear, factor);
    if (framed) rows.push({ ...framed, table: (lines[from] as Line).start });
  }
  return rows;
}

/** Up to `count` non-blank lines right above line `from`, nearest last. */
function linesAbove(lines: readonly Line[], from: number, count: number): Line[] {
  const out: Line[] = [];
  // Bounded: at most twice as many lines are looked at as are taken.
  for (let i = from - 1; i >= 0 && i >= from - 2 * count && out.length < count; i--) {
    const line = lines[i] as Line;
    if (line.text.trim() !== "") out.unshift(line);
  }
  return out;
}

// A budget year named in words: "för budgetåret 2030", "budget year 2030", "räkenskapsåret 2030".
const BUDGET_YEAR_CUES = compileCues([
  "budgetåret",
  "budgetår",
  "räkenskapsåret",
  "budget year",
  "fiscal year",
  "financial year",
]);
// How far above a table the heading that names its budget year may stand, in lines.
const BUDGET_YEAR_LINES = 40;

/** The one year the caption names, else the budget year the nearest line above names ("för budgetåret 2030"). */
function budgetYearAbove(
  lines: readonly Line[],
  from: number,
  caption: readonly Line[],
): number | null {
  const captionYears = new Set<number>();
  for (const line of caption) {
    for (const c of cellsOf(line)) {
      for (const m of c.text.matchAll(YEAR_IN_TEXT)) captionYears.add(Number(m[1]));
    }
  }
  if (captionYears.size === 1) return [...captionYears][0] ?? null;
  if (captionYears.size > 1) return null;
  for (let i = from - 1; i >= 0 && i >= from - BUDGET_YEAR_LINES; i--) {
    const text = (lines[i] as Line).text;
    for (const hit of findCues(text, BUDGET_YEAR_CUES)) {
      const m = YEAR_AFTER.exec(text.slice(hit.end, hit.end + 8));
      if (m) return Number(m[1]);
    }
  }
  return null;
}
// A year standing alone in a caption's words ("Tabell 4 Anslag 2030"); the year right after a budget-year cue.
const YEAR_IN_TEXT = /(?<![\d\p{L}])((?:19|20)\d{2})(?![\d\p{L}])/gu;
const YEAR_AFTER = /^\s{1,3}((?:19|20)\d{2})(?!\d)/;

/** A frame row with no year cell: its label, then its amount in the table's unit as the budget year's frame. */
function yearlessRow(line: Line, year: number, factor: number): TableRow | null {
  const cells = cellsOf(line);
  const last = cells.at(-1);
  const label = cells[0];
  if (cells.length !== 2 || !last || !label || NUMBER.test(label.text)) return null;
  const row = cellRow(last, year, factor, "frame");
  return row ? { ...row, label: label.text } : null;
}

/**
 * A table whose header gives each column's year ("Nod   2031") is read only when arithmetic proves what it is:
 * in every year column its rows add up exactly to its sum row ("Summa   95 000"). Its rows are then shares of
 * that year's money, labelled by their first cell. Rows of other money ("Kömiljard   61 200   58 000") with no
 * sum row to prove them are never read.
 */
function sharesByColumn(
  body: readonly Line[],
  columnYears: readonly (number | null)[],
  factor: number,
  header: Line | undefined,
): TableRow[] {
  const shares: TableRow[] = [];
  const sums = new Map<number, number>();
  let summed = false;
  for (const line of body) {
    const cells = cellsOf(line);
    if (cells.length !== columnYears.length) return [];
    const label = cells[0]?.text ?? "";
    const isSum = SUM_LABELS.has(label.toLowerCase());
    // "Region Skåne, cancerplanens screening": rows of recipients by purpose split several moneys, not one.
    if (!isSum && label.includes(",")) return [];
    for (const [k, cell] of cells.entries()) {
      const year = columnYears[k];
      if (k === 0 || year === null || year === undefined) continue;
      const row = cellRow(cell, year, factor, "share");
      if (isSum) {
        if (!row || summed) return [];
        sums.set(k, (sums.get(k) ?? 0) - row.amount.valueSek);
      } else if (row) {
        sums.set(k, (sums.get(k) ?? 0) + row.amount.valueSek);
        shares.push({ ...row, label, table: header?.start ?? line.start });
      }
    }
    if (isSum) summed = true;
  }
  // Every year column adds up to its sum exactly: nothing is left over either way.
  if (!summed || shares.length < 2 || [...sums.values()].some((v) => v !== 0)) return [];
  return shares;
}

// A money column's header that names the organisation's own money: its cells are co-funding.
const OWN_COLUMN = compileCues([
  "egen finansiering",
  "egna medel",
  "egen insats",
  "medfinansiering",
  "own funding",
  "own funds",
  "co-funding",
]);

/** A header "År  Statliga medel via GMS  Egen finansiering": a year column's label, then two or more money labels. */
function labelledColumns(header: ReadonlyArray<{ text: string }>): string[] | null {
  if (header.length < 3) return null;
  if (header.some((c) => NUMBER.test(c.text) || YEAR.test(c.text))) return null;
  return header.slice(1).map((c) => c.text);
}

/** "2024  5 200  3 000": a year, then one number for each of the labelled columns. */
function moneyRow(line: Line, labels: readonly string[]): boolean {
  const [year, ...money] = cellsOf(line);
  return (
    year !== undefined &&
    YEAR.test(year.text) &&
    money.length === labels.length &&
    money.every((c) => NUMBER.test(c.text) && !YEAR.test(c.text))
  );
}

/** "2024  5 200  3 000" under labelled money columns: one row per column, labelled by its header. */
function labelledRow(
  line: Line,
  labels: readonly string[],
  factor: number,
  kind: TableRow["kind"],
): TableRow[] {
  const cells = cellsOf(line);
  const [year, ...money] = cells;
  if (!year || !YEAR.test(year.text) || money.length !== labels.length) return [];
  return money.flatMap((cell, i) => {
    const label = labels[i] ?? "";
    const own = findCues(label, OWN_COLUMN).length > 0;
    const row = cellRow(cell, Number(year.text), factor, own ? "own" : kind);
    return row ? [{ ...row, label, table: line.start }] : [];
  });
}

// A header cell naming who pays the row's money out: "Utbetalande myndighet", "Paid out by".
const PAYER_HEADER =
  /^(?:utbetalande\s+myndighet|utbetalare|utbetalas\s+av|paying\s+agency|paid\s+(?:out\s+)?by|payer)$/iu;
// A note after the payer's name in its cell: "Socialstyrelsen (två beslut)".
const CELL_NOTE = /\s*\([^)]*\)\s*$/u;

/**
 * "2024   49,5     Socialstyrelsen" under "År   Belopp   Utbetalande myndighet": the year's amount in the cell
 * before the payer column, paid out by the agency that column names.
 */
function paidRow(
  line: Line,
  columns: number,
  payerAt: number,
  factor: number,
  kind: TableRow["kind"],
): TableRow | null {
  const cells = cellsOf(line);
  const year = cells[0];
  const money = cells[payerAt - 1];
  const payer = cells[payerAt]?.text.replace(CELL_NOTE, "").trim();
  if (cells.length !== columns || !year || !YEAR.test(year.text) || !money || !payer) return null;
  if (NUMBER.test(payer)) return null;
  const row = cellRow(money, Number(year.text), factor, kind);
  return row ? { ...row, payer } : null;
}

function readRow(line: Line, factor: number, kind: TableRow["kind"]): TableRow | null {
  const cells = cellsOf(line);
  const year = cells.find((c) => YEAR.test(c.text));
  const last = cells.at(-1);
  if (!year || !last || last === year) return null;
  // "Statsbidrag   2029   2028": a header of year columns (its last cell a year) is no amount: cellRow says so.
  return cellRow(last, Number(year.text), factor, kind);
}

export function cellsOf(line: Line): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^\t]+?(?= {2,}|\t|$)/g;
  for (const m of line.text.matchAll(re)) {
    const text = m[0].trim();
    if (text === "") continue;
    out.push({ text, start: line.start + (m.index ?? 0) + m[0].indexOf(text) });
  }
  return out;
}
