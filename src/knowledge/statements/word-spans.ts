// Where the words of a text are, without a regex match object per word: a word runs from a letter or
// digit (Unicode \p{L}, \p{N}) over letters, digits and inner joiners ("covid-19", "2026/27", "t.ex")
// to its last letter or digit. Reads exactly as /[\p{L}\p{N}][\p{L}\p{N}\-–/.:']*[\p{L}\p{N}]|[\p{L}\p{N}]/gu.

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// Code points below this are classified once into a table; the rarer ones above it as they are met.
const TABLE_SIZE = 0x800;
const table = new Uint8Array(TABLE_SIZE);
for (let cp = 0; cp < TABLE_SIZE; cp++)
  table[cp] = WORD_CHAR.test(String.fromCodePoint(cp)) ? 1 : 0;
const wide = new Map<number, boolean>();

function isWordChar(cp: number): boolean {
  if (cp < TABLE_SIZE) return table[cp] === 1;
  let known = wide.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wide.set(cp, known);
  }
  return known;
}

// "-", "–", "/", ".", ":", "'": inside a word they join its parts.
const JOINERS = new Set([0x2d, 0x2013, 0x2f, 0x2e, 0x3a, 0x27]);

/**
 * The words of `text` as start and end offsets, pairwise in `out` (which is emptied first); returns
 * the number of words.
 */
export function wordSpans(text: string, out: number[]): number {
  out.length = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    if (!isWordChar(cp)) {
      i += size;
      continue;
    }
    const at = i;
    let end = i + size;
    // Over letters, digits and joiners; the word ends at its last letter or digit.
    for (let j = end; j < n; ) {
      const c = text.codePointAt(j) as number;
      const step = c > 0xffff ? 2 : 1;
      if (isWordChar(c)) end = j + step;
      else if (!JOINERS.has(c)) break;
      j += step;
    }
    out.push(at, end);
    i = end;
  }
  return out.length / 2;
}

/**
 * As in `words`: the text lower-cased once is each word lower-cased, unless lengths change or Σ occurs
 * (then null: each word is lower-cased on its own).
 */
export function lowerCaseOf(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !text.includes("Σ") ? lower : null;
}

// Offsets of the words read last (reused: one text is read at a time).
const spans: number[] = [];

/** One value per word of `text`, made from its offsets and the text's lower case (`lowerCaseOf`). */
export function mapWords<T>(
  text: string,
  make: (at: number, end: number, lower: string | null) => T,
): T[] {
  const count = wordSpans(text, spans);
  const lower = lowerCaseOf(text);
  const out = new Array<T>(count);
  for (let k = 0; k < count; k++)
    out[k] = make(spans[2 * k] as number, spans[2 * k + 1] as number, lower);
  return out;
}
