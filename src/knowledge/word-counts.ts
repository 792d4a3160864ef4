import type { SourceDocument } from "./types.js";
import { hasHyphen, words } from "./words.js";

/** A word's count while the documents are read: one lookup per word, not a get and a set. */
interface Tally {
  n: number;
}

/**
 * How often each word (lower case, 3+ letters) occurs in the documents, hyphenated parts counted as
 * words of their own ("huvud- och halscancer" teaches "huvud"). Built once per load and shared.
 */
export function countWords(documents: readonly SourceDocument[]): Map<string, number> {
  const tallies = new Map<string, Tally>();
  for (const doc of documents) countText(doc.text, tallies);
  const counts = new Map<string, number>();
  for (const [word, tally] of tallies) counts.set(word, tally.n);
  return counts;
}

// A counted word is a whole run of letters and digits that holds only letters: a hyphen splits a word
// into such runs, a digit spoils its run ("covid19"). Read straight off the lower-cased text, no tokens.
const LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}{3,}(?![\p{L}\p{N}])/gu;
// Half of an astral character (a letter or a digit outside the BMP): such a text is left to the regex.
const SURROGATE_UNIT = /[\uD800-\uDFFF]/;

function countText(text: string, tallies: Map<string, Tally>): void {
  const lower = text.toLowerCase();
  // As in `words`: a letter that changes length, or Greek capital sigma, is lower-cased word by word.
  if (lower.length !== text.length || text.includes("Σ")) {
    countTokens(text, tallies);
    return;
  }
  if (SURROGATE_UNIT.test(lower)) {
    LETTER_RUN.lastIndex = 0;
    for (let m = LETTER_RUN.exec(lower); m !== null; m = LETTER_RUN.exec(lower))
      tally(tallies, m[0]);
    return;
  }
  countRuns(lower, tallies);
}

const OTHER = 0;
const LETTER = 1;
const NUMBER = 2;
const UNKNOWN = 3;
// Each UTF-16 unit's class as `LETTER_RUN` reads it (\p{L}, \p{N} or neither), found once per unit.
const KINDS = new Uint8Array(0x10000).fill(UNKNOWN);

function kindOf(code: number): number {
  let kind = KINDS[code] as number;
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(code);
    kind = /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMBER : OTHER;
    KINDS[code] = kind;
  }
  return kind;
}

/** `LETTER_RUN`'s matches in a text of BMP characters, by a loop over its units instead of the regex. */
function countRuns(lower: string, tallies: Map<string, Tally>): void {
  let previous = OTHER;
  for (let i = 0; i < lower.length; ) {
    const kind = kindOf(lower.charCodeAt(i));
    if (kind !== LETTER) {
      previous = kind;
      i += 1;
      continue;
    }
    const start = i;
    while (i < lower.length && kindOf(lower.charCodeAt(i)) === LETTER) i += 1;
    // A run next to a digit is no word; the unit after the run is read again as the next `previous`.
    const next = i < lower.length ? kindOf(lower.charCodeAt(i)) : OTHER;
    if (i - start >= 3 && previous !== NUMBER && next !== NUMBER)
      tally(tallies, lower.slice(start, i));
    previous = LETTER;
  }
}

function countTokens(text: string, tallies: Map<string, Tally>): void {
  for (const w of words(text)) {
    if (!hasHyphen(w.word)) count(tallies, w.word);
    else for (const part of w.word.split(/[-–]/)) count(tallies, part);
  }
}

const LETTERS = /^\p{L}+$/u;

function count(tallies: Map<string, Tally>, part: string): void {
  if (part.length >= 3 && LETTERS.test(part)) tally(tallies, part);
}

function tally(tallies: Map<string, Tally>, word: string): void {
  const t = tallies.get(word);
  if (t === undefined) tallies.set(word, { n: 1 });
  else t.n += 1;
}

const TWO_LETTER_ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2}(?![\p{L}\p{N}])/gu;

/** Each two-letter acronym the documents write in capitals ("AI", "EU"), lower case, once per occurrence. */
export function twoLetterAcronyms(documents: readonly SourceDocument[]): string[] {
  const out: string[] = [];
  for (const d of documents)
    for (const m of d.text.matchAll(TWO_LETTER_ACRONYM)) out.push((m[0] as string).toLowerCase());
  return out;
}
