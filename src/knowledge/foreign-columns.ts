import { cellsOf, isPipeRow, pipeCells, splitLines } from "./tables.js";

// "Country   Funding 2030   Approx. EUR" over "Denmark   DKK 135 million   18.1 million": a table column whose header
// names another currency holds that currency's amounts, though its cells write none. Their ranges are no kronor.

// A currency other than the krona, as a header word: "EUR", "i euro", "(DKK)", "USD m".
const FOREIGN_WORDS = new Set([
  "eur",
  "euro",
  "euros",
  "usd",
  "dollar",
  "dollars",
  "gbp",
  "nok",
  "dkk",
  "chf",
]);
const FOREIGN_SIGNS = /[€$£]/u;
// Most documents name no foreign currency at all: they are not split into lines.
const ANY_FOREIGN = /(?<!\p{L})(?:eur|euro|usd|dollar|gbp|nok|dkk|chf)(?!\p{L})|[€$£]/iu;
// The same words in any case, with no Unicode folding or look-behind, and no lower case made of the document
// (slow for text with å, ä, ö): several times cheaper. (The long s folds to "s" and the Kelvin sign to "k" in
// `ANY_FOREIGN`, whose case folding this regex, without /u, does not know: both are listed as themselves.) A word
// opens after no ASCII letter, as after no letter at all: a document whose only "eur" is inside a word ("neurologi")
// is not looked through again by `ANY_FOREIGN`.
const FOREIGN_HINT = /(?:^|[^a-z])(?:eur|usd|dollar|gbp|nok|dkk|chf)|[€$£\u017f\u212a]/i;
const MIN_CELLS = 3;

type Cell = { text: string; start: number };

/** The [start, end) ranges of cells under a foreign-currency header, in document offsets. */
export function foreignColumnRanges(text: string): Array<[number, number]> {
  if (!FOREIGN_HINT.test(text) || !ANY_FOREIGN.test(text)) return [];
  const out: Array<[number, number]> = [];
  let columns: number[] = [];
  let width = 0;
  for (const line of splitLines(text)) {
    // The table reader's own cells: between bars, or two spaces or a tab apart.
    const cells = isPipeRow(line) ? pipeCells(line) : cellsOf(line);
    if (cells.length < MIN_CELLS) {
      columns = [];
      continue;
    }
    if (columns.length > 0 && cells.length === width) {
      for (const k of columns) {
        const c = cells[k] as Cell;
        out.push([c.start, c.start + c.text.length]);
      }
      continue;
    }
    columns = foreignHeaderColumns(cells);
    width = cells.length;
  }
  return out;
}

/** The columns of a header row (no digits in it but years) whose label names a foreign currency. */
function foreignHeaderColumns(cells: readonly Cell[]): number[] {
  const out: number[] = [];
  cells.forEach((c, k) => {
    if (k > 0 && namesForeignCurrency(c.text)) out.push(k);
  });
  return out;
}

function namesForeignCurrency(label: string): boolean {
  if (/\d/.test(label.replace(/\b(?:19|20)\d{2}\b/gu, ""))) return false;
  if (FOREIGN_SIGNS.test(label)) return true;
  return label
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => FOREIGN_WORDS.has(w));
}
