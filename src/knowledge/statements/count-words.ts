// The number words that count things ("två bioinformatiker", "three laboratories"), and a test on a
// sentence's words whether one may stand there, so most sentences are not matched by the count regex.
import { ENGLISH_SMALL, SWEDISH_SMALL } from "../number-words.js";
import type { WordStarts } from "./phrase-starts.js";

/** Two to twenty, Swedish and English ("en", "ett" and "one" are articles as often as counts), longest first. */
export const COUNT_WORDS: readonly string[] = Object.entries({ ...SWEDISH_SMALL, ...ENGLISH_SMALL })
  .filter(([, n]) => n >= 2)
  .map(([w]) => w)
  .sort((a, b) => b.length - a.length);

const COUNT_SET = new Set(COUNT_WORDS);
// Characters that join the parts of one word ("x-två", as `wordSpans` reads it): a count word may follow one.
const JOINERS = "-–/.:'";

/**
 * Whether a word (lower case, as `wordSpans` reads it) ends in a count word after a joiner or is one: a count
 * word standing alone in a text (no letter or digit before it) is always so at the end of its word.
 */
export function endsInCountWord(word: string): boolean {
  let from = 0;
  for (let i = word.length - 1; i >= 0; i--) {
    if (JOINERS.includes(word.charAt(i))) {
      from = i + 1;
      break;
    }
  }
  return COUNT_SET.has(from === 0 ? word : word.slice(from));
}

/** Whether a sentence's words (`textStarts(…).each`) may hold a count word; each word is read once per load. */
export function holdsCountWord(each: readonly WordStarts[]): boolean {
  for (const w of each) {
    w.countWord ??= endsInCountWord(w.word);
    if (w.countWord) return true;
  }
  return false;
}
