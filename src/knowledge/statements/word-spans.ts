// Where the words of a text are, without a regex match object per word: a word runs from a letter or
// digit (Unicode \p{L}, \p{N}) over letters, digits and inner joiners ("covid-19", "2026/27", "t.ex")
// to its last letter or digit. Reads exactly as /[\p{L}\p{N}][\p{L}\p{N}\-–/.:']*[\p{L}\p{N}]|[\p{L}\p{N}]/gu.

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// "-", "–", "/", ".", ":", "'": inside a word they join its parts.
const JOINER_CHARS = "-–/.:'";
const OTHER = 0;
const WORD = 1;
const JOINER = 2;
// Units below this are classed once into a table (a word's letters, mostly, and the joiners); the rarer
// ones above it, and astral characters, as they are met.
const TABLE_SIZE = 0x2100;
const table = new Uint8Array(TABLE_SIZE);
for (let cp = 0; cp < TABLE_SIZE; cp++)
  table[cp] = WORD_CHAR.test(String.fromCodePoint(cp))
    ? WORD
    : JOINER_CHARS.includes(String.fromCodePoint(cp))
      ? JOINER
      : OTHER;
const wide = new Map<number, number>();
// Declared before the word loop that reads them: no check per read that they are set.
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are kept in a small integer's range: a map keyed by them holds no boxed numbers. */
const HASH_MASK = 0x3fffffff;

function wideKind(cp: number): number {
  let known = wide.get(cp);
  if (known === undefined) {
    const ch = String.fromCodePoint(cp);
    known = WORD_CHAR.test(ch) ? WORD : JOINER_CHARS.includes(ch) ? JOINER : OTHER;
    wide.set(cp, known);
  }
  return known;
}

/**
 * The words of `text` as start and end offsets, pairwise from the start of `out`; returns the number of
 * words (entries past them are left from before: `out` is a buffer, reused without emptying it, which
 * would give up its room each time).
 */
export function wordSpans(text: string, out: number[]): number {
  return hashedWordSpans(text, out, unusedHashes);
}

// The hashes `wordSpans` does not give (reused).
const unusedHashes: number[] = [];

/**
 * As `wordSpans`, with each word's FNV-1a hash of its units (kept in a small integer's range) in `hashes`,
 * read in the same pass: the cue tables look each word up by it.
 */
export function hashedWordSpans(text: string, out: number[], hashes: number[]): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < TABLE_SIZE ? table[first] !== WORD : kindAt(text, i) !== WORD) {
      i += first < TABLE_SIZE ? 1 : unitsAt(text, i);
      continue;
    }
    // The word's first character, a word character, is hashed before the loop reads on.
    const firstUnits = first < TABLE_SIZE ? 1 : unitsAt(text, i);
    let h =
      firstUnits === 1
        ? Math.imul(FNV_BASIS ^ first, FNV_PRIME)
        : hashUnits(FNV_BASIS, text, i, i + firstUnits);
    let end = i + firstUnits;
    let hashToEnd = h;
    // Unit by unit (read per unit of every sentence): a word character ends the word so far, a joiner only
    // when a word character follows it.
    for (let j = end; j < n; ) {
      const c = text.charCodeAt(j);
      if (c < TABLE_SIZE) {
        // The table's units, nearly all: no call.
        const kind = table[c] as number;
        if (kind === OTHER) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
        if (kind === WORD) {
          end = j;
          hashToEnd = h;
        }
        continue;
      }
      const kind = kindAt(text, j);
      if (kind === OTHER) break;
      // An astral character's two units are hashed together.
      const units = unitsAt(text, j);
      h = hashUnits(h, text, j, j + units);
      j += units;
      if (kind === WORD) {
        end = j;
        hashToEnd = h;
      }
    }
    out[2 * count] = i;
    out[2 * count + 1] = end;
    hashes[count] = hashToEnd & HASH_MASK;
    count += 1;
    i = end;
  }
  return count;
}

/** How many units the character at `i` takes: 2 for an astral one. */
function unitsAt(text: string, i: number): number {
  return (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/** The kind of the character starting at `i` (`WORD`, `JOINER`, `OTHER`). */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < TABLE_SIZE ? (table[c] as number) : wideKind(text.codePointAt(i) as number);
}

/** FNV-1a of `h` on over the units `from` to `to` of `text`. */
function hashUnits(h: number, text: string, from: number, to: number): number {
  let out = h;
  for (let i = from; i < to; i++) out = Math.imul(out ^ text.charCodeAt(i), FNV_PRIME);
  return out;
}

/** A word's hash as `hashedWordSpans` gives it. */
export function wordHash(text: string, from: number, to: number): number {
  return hashUnits(FNV_BASIS, text, from, to) & HASH_MASK;
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
  const lower = lowerCaseOf(text);
  // Lower case keeps each character's kind and place, and is one flat string: read faster than a slice.
  const count = wordSpans(lower ?? text, spans);
  const out = new Array<T>(count);
  for (let k = 0; k < count; k++)
    out[k] = make(spans[2 * k] as number, spans[2 * k + 1] as number, lower);
  return out;
}
