/** Swedish and English number words, as data; `parseNumberWord` also reads compounds ("tjugofem", "twenty-five"). */
import { cacheByKey } from "./key-cache.js";

/** `words[i]` is worth `first + i * step`. */
function table(words: string, first: number, step: number): Readonly<Record<string, number>> {
  return Object.fromEntries(words.split(" ").map((word, i) => [word, first + i * step]));
}

/** Swedish words for 1–20 (and the other spelling of one and of 18). */
export const SWEDISH_SMALL: Readonly<Record<string, number>> = {
  ...table(
    "en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton " +
      "arton nitton tjugo",
    1,
    1,
  ),
  ett: 1,
  aderton: 18,
};

/** Swedish tens from 20 to 90. */
export const SWEDISH_TENS = table(
  "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
  20,
  10,
);

/** English words for 1–20. */
export const ENGLISH_SMALL = table(
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
    "sixteen seventeen eighteen nineteen twenty",
  1,
  1,
);

/** English tens from 20 to 90. */
export const ENGLISH_TENS = table("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10);

/** 1–99 from one language's tables: "tjugofem", "twenty-five", "tolv". */
function parseBelowHundred(
  word: string,
  small: Readonly<Record<string, number>>,
  tens: Readonly<Record<string, number>>,
): number | null {
  const direct = small[word] ?? tens[word];
  if (direct !== undefined) return direct;
  for (const [tensWord, tensValue] of Object.entries(tens)) {
    if (!word.startsWith(tensWord)) continue;
    const rest = word.slice(tensWord.length).replace(/^-/, "");
    const unit = small[rest];
    if (unit !== undefined && unit < 10) return tensValue + unit;
  }
  return null;
}

/** 1–999 written as one word: "hundra", "tvåhundrafemtio", "tjugoen". */
function parseSwedishWord(word: string): number | null {
  const at = word.indexOf("hundra");
  if (at < 0) return parseBelowHundred(word, SWEDISH_SMALL, SWEDISH_TENS);
  const head = word.slice(0, at);
  const tail = word.slice(at + "hundra".length);
  const multiplier = head === "" ? 1 : parseBelowHundred(head, SWEDISH_SMALL, {});
  const rest = tail === "" ? 0 : parseBelowHundred(tail, SWEDISH_SMALL, SWEDISH_TENS);
  if (multiplier === null || multiplier >= 10 || rest === null) return null;
  return multiplier * 100 + rest;
}

// Every word of every document passes through here; the same words recur, so remember them.
const WORD_CACHE_MAX = 20_000;

/** The value of one Swedish or English number word (lower-case), or null; "hundred" alone is 100. */
export const parseNumberWord: (word: string) => number | null = cacheByKey(
  (word) => readNumberWord(word),
  WORD_CACHE_MAX,
);

function readNumberWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === "hundred") return 100;
  if (lower === "tusen" || lower === "thousand") return 1000;
  return parseSwedishWord(lower) ?? parseBelowHundred(lower, ENGLISH_SMALL, ENGLISH_TENS);
}

/** A number written in words, read from the text: "sex", "en halv", "två och en halv", "one hundred and fifty". */
export interface NumberPhrase {
  value: number;
  end: number;
}

const PHRASE_WORD = /\p{L}+(?:-\p{L}+)?/uy;
const PHRASE_GAP = /[ \t\u00A0\u202F\u2009]+/y;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The word after `pos` (skipping spaces when `gap`), lower-cased. */
function wordAfter(text: string, pos: number, gap: boolean): Word | null {
  let at = pos;
  if (gap) {
    PHRASE_GAP.lastIndex = pos;
    const spaces = PHRASE_GAP.exec(text);
    if (spaces === null) return null;
    at = pos + spaces[0].length;
  }
  PHRASE_WORD.lastIndex = at;
  const word = PHRASE_WORD.exec(text);
  if (word === null) return null;
  return { text: word[0].toLowerCase(), start: at, end: at + word[0].length };
}

const HALF = new Set(["halv", "half"]);
const ONE_ARTICLE = new Set(["en", "ett", "a", "an"]);
const AND = new Set(["och", "and"]);

/** "half-million", "halv-miljon": a half joined to its scale word by a hyphen; the scale is read after it. */
function hyphenedHalf(word: Word): NumberPhrase | null {
  const hyphen = word.text.indexOf("-");
  return hyphen > 0 && HALF.has(word.text.slice(0, hyphen))
    ? { value: 0.5, end: word.start + hyphen + 1 }
    : null;
}

/** "en halv" / "a half" / "half a" / "a half-million" at `pos`: one half, only before a scale word. */
function readHalf(text: string, first: Word): NumberPhrase | null {
  const joined = hyphenedHalf(first);
  if (joined !== null) return joined;
  const second = wordAfter(text, first.end, true);
  if (second === null) return null;
  if (ONE_ARTICLE.has(first.text) && HALF.has(second.text)) {
    return { value: 0.5, end: second.end };
  }
  if (ONE_ARTICLE.has(first.text)) {
    const half = hyphenedHalf(second);
    if (half !== null) return half;
  }
  if (first.text === "half" && (second.text === "a" || second.text === "an")) {
    return { value: 0.5, end: second.end };
  }
  return null;
}

/** "och en halv" / "and a half" after a number: adds one half. */
function readAndAHalf(text: string, pos: number): number | null {
  const and = wordAfter(text, pos, true);
  if (and === null || !AND.has(and.text)) return null;
  const article = wordAfter(text, and.end, true);
  if (article === null || !ONE_ARTICLE.has(article.text)) return null;
  const half = wordAfter(text, article.end, true);
  return half !== null && HALF.has(half.text) ? half.end : null;
}

/** How the next word extends `value` ("två" + "hundra", "hundred" + "fifty", "twenty" + "five"), or null. */
function extend(value: number, next: number): number | null {
  if (next === 100 && value < 10) return value * 100;
  if (value >= 100 && value % 100 === 0 && value < 1000 && next < 100) return value + next;
  if (value >= 20 && value < 100 && value % 10 === 0 && next < 10) return value + next;
  return null;
}

/** Follows a first number word with "hundra"/"hundred", tens, units and "and a half". */
function readRest(text: string, phrase: NumberPhrase): NumberPhrase {
  let { value, end } = phrase;
  for (;;) {
    const halfEnd = Number.isInteger(value) ? readAndAHalf(text, end) : null;
    if (halfEnd !== null) return { ...phrase, value: value + 0.5, end: halfEnd };
    let next = wordAfter(text, end, true);
    if (next?.text === "and" && value >= 100) next = wordAfter(text, next.end, true);
    const nextValue = next === null ? null : parseNumberWord(next.text);
    const extended = nextValue === null ? null : extend(value, nextValue);
    if (next === null || extended === null) return { ...phrase, value, end };
    value = extended;
    end = next.end;
  }
}

// First words of a phrase that are no number themselves: "en halv", "a hundred", "half a".
const ARTICLE_OR_HALF = new Set([...ONE_ARTICLE, "half"]);

/**
 * Whether `readNumberPhrase` can read anything at a word (lower case, letters only) that `next` follows:
 * most words are no number, and this answers without reading on.
 */
export function mayStartNumberPhrase(word: string, next: string | undefined): boolean {
  return (
    next === "-" ||
    ARTICLE_OR_HALF.has(word) ||
    (OPENING_PAIRS.has(pairOf(word)) && parseNumberWord(word) !== null)
  );
}

/** A word's first two characters as one number (no string made): -1 for a word shorter than two. */
function pairOf(word: string): number {
  return word.length < 2 ? -1 : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

// Every word `parseNumberWord` reads opens with a word of its tables (each of two letters or more): the first
// two letters rule out most words before the whole word is looked up.
const OPENING_PAIRS: ReadonlySet<number> = new Set(
  [SWEDISH_SMALL, SWEDISH_TENS, ENGLISH_SMALL, ENGLISH_TENS]
    .flatMap((t) => Object.keys(t))
    .concat(["hundra", "hundred", "tusen", "thousand"])
    .map(pairOf),
);

/** Reads a number written in words starting at `pos` (the start of a word), or null. */
export function readNumberPhrase(text: string, pos: number): NumberPhrase | null {
  const first = wordAfter(text, pos, false);
  if (first === null) return null;
  const half = readHalf(text, first);
  if (half !== null) return half;
  const article = first.text === "a" || first.text === "an";
  const value = article ? 1 : parseNumberWord(first.text);
  return value === null ? null : readRest(text, { value, end: first.end });
}

/**
 * The first two letters (as `pairOf` numbers them) of every word `mayStartNumberPhrase` can accept after
 * anything but a hyphen: a word of two letters or more opening otherwise starts no number phrase.
 */
export const NUMBER_PHRASE_PAIRS: ReadonlySet<number> = new Set([
  ...OPENING_PAIRS,
  ...[...ARTICLE_OR_HALF].map(pairOf),
]);

/** `pairOf` of the lower case of `text` at `pos` (two letters), or -1 where a letter's lower case is not plain. */
export function lowerPairAt(text: string, pos: number): number {
  const a = lowerLatin(text.charCodeAt(pos));
  const b = lowerLatin(text.charCodeAt(pos + 1));
  return a < 0 || b < 0 ? -1 : a * 0x10000 + b;
}

/** The lower case of a Latin-1 letter (A–Z, À–Þ but ×), itself for other Latin-1 units, -1 beyond. */
function lowerLatin(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 0x20;
  return code < 0x100 ? code : -1;
}
