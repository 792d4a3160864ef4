// The number words that count things ("två bioinformatiker", "three laboratories"), and a test on a
// sentence's words whether one may stand there, so most sentences are not matched by the count regex.
import { cacheByKey } from "../key-cache.js";
import { ENGLISH_SMALL, SWEDISH_SMALL } from "../number-words.js";

/** Two to twenty, Swedish and English ("en", "ett" and "one" are articles as often as counts), longest first. */
export const COUNT_WORDS: readonly string[] = Object.entries({ ...SWEDISH_SMALL, ...ENGLISH_SMALL })
  .filter(([, n]) => n >= 2)
  .map(([w]) => w)
  .sort((a, b) => b.length - a.length);

const COUNT_SET = new Set(COUNT_WORDS);
// Characters that join the parts of one word ("x-två", as `wordSpans` reads it): a count word may follow one.
const JOINERS = "-–/.:'";
const WORDS_KEPT = 20_000;

/**
 * Whether a word (lower case, as `wordSpans` reads it) ends in a count word after a joiner or is one: a count
 * word standing alone in a text (no letter or digit before it) is always so at the end of its word.
 */
export const endsInCountWord: (word: string) => boolean = cacheByKey(lastPartCounts, WORDS_KEPT);

function lastPartCounts(word: string): boolean {
  let from = 0;
  for (let i = word.length - 1; i >= 0; i--) {
    if (JOINERS.includes(word.charAt(i))) {
      from = i + 1;
      break;
    }
  }
  return COUNT_SET.has(from === 0 ? word : word.slice(from));
}
