// Orama's generated Snowball stemmers: one small module per language, so only Swedish is loaded.
import { stemmer as swedishStem } from "@orama/stemmers/swedish";
import { cacheByKey } from "./key-cache.js";
import { FUNDING_WORDS, STOPWORDS } from "./stopwords.js";
import { asString, brokenWordEnd, joinBroken, wordEnd, wordStart } from "./word-chars.js";

const STEM_CACHE_MAX = 50_000;

/** A word of a text with its offsets. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** Letters (any script) and digits; a hyphen inside or at the end of a word stays with it ("bröst-"). */
const WORD = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*-?/gu;

const FEW_WORDS = 16;

/** The words of `text` (at most the first `limit`), lower case, with their offsets. */
export function words(text: string, limit = Number.POSITIVE_INFINITY): WordToken[] {
  return scanWords(text, limit, 0);
}

/** The words of a sentence with offsets in its document (the sentence starts at `offset`). */
export function wordsAt(text: string, offset: number): WordToken[] {
  return scanWords(text, Number.POSITIVE_INFINITY, offset);
}

function scanWords(input: string, limit: number, offset: number): WordToken[] {
  // Its length and units read directly, whatever kinds of string came before (`asString`).
  const text = asString(input);
  const out: WordToken[] = [];
  // Lower-casing the text once is lower-casing each word, unless a letter changes length or is Greek
  // capital sigma (whose lower case depends on what follows it); a few words are lower-cased one by one.
  const lower = limit < FEW_WORDS ? "" : text.toLowerCase();
  const length = text.length;
  const whole = lower.length === length && !text.includes("Σ");
  for (let at = wordStart(text, 0); at < length && out.length < limit; ) {
    let end = at < 0 ? -1 : wordEnd(text, at);
    if (end < 0) return scanByRegex(text, limit, offset, whole ? lower : null);
    // A word broken at a line end ("Regerings-\nkansliet") is one word, its offsets spanning the break.
    const broken = text.charCodeAt(end - 1) === 45 ? brokenWordEnd(text, end - 1) : -1;
    let word: string;
    if (broken < 0) word = whole ? lower.slice(at, end) : text.slice(at, end).toLowerCase();
    else {
      word = joinBroken(text, at, end - 1, broken).toLowerCase();
      end = broken;
    }
    out.push({ word, start: offset + at, end: offset + end });
    at = wordStart(text, end);
  }
  return out;
}

/** As `scanWords`, by the regex itself: for a text with astral characters (`lower`: its lower case, when usable). */
function scanByRegex(
  text: string,
  limit: number,
  offset: number,
  lower: string | null,
): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && out.length < limit; m = WORD.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const word = lower !== null ? lower.slice(at, end) : m[0].toLowerCase();
    out.push({ word, start: offset + at, end: offset + end });
  }
  return out;
}

// A hyphen ending a line may join two lines' letters into one word (`brokenWordEnd`): no word is then in place.
const LINE_END_HYPHEN = /-[ \t]*\r?\n/;

/**
 * Whether each word `words(text)` reads is `lower` (the text's lower case) at the word's own offsets, with only
 * units that start no word (none of a-z, 0-9) between two: a regex over `lower` may then rule words out.
 */
export function wordsInPlace(input: string, lower: string): boolean {
  // Its properties read directly, whatever kinds of string came before (`asString`).
  const text = asString(input);
  // Most texts are one line: no line end, no regex run.
  const broken = text.includes("\n") && LINE_END_HYPHEN.test(text);
  return asString(lower).length === text.length && !text.includes("Σ") && !broken;
}

/** Snowball Swedish stem of a lower-case word. */
export const stem: (word: string) => string = cacheByKey(swedishStem, STEM_CACHE_MAX);

/** Whether a word can name a topic: not a function word, not money talk, not a number. */
export function isContentWord(input: string): boolean {
  const word = asString(input);
  const first = word.charCodeAt(0);
  const digit = first >= 48 && first <= 57; // "0"–"9", as /^\d/ reads them
  return word.length > 1 && !digit && !STOPWORDS.has(word) && !FUNDING_WORDS.has(word);
}

/**
 * Expands Swedish hyphen coordination: "bröst- och äggstockscancer" → bröstcancer, äggstockscancer.
 * The shared head is the longest ending of the last word that `isWord` knows.
 */
export function expandCoordination(
  tokens: readonly string[],
  isWord: (w: string) => boolean,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (!t.endsWith("-")) {
      out.push(t);
      continue;
    }
    const prefix = t.slice(0, -1);
    const last = tokens.slice(i + 1, i + 4).find((w) => !w.endsWith("-") && !STOPWORDS.has(w));
    const head = last ? compoundHead(last, isWord) : null;
    out.push(head ? prefix + head : prefix);
  }
  return out;
}

/** The longest proper ending (≥ 4 letters) of a compound that is itself a known word. */
export function compoundHead(word: string, isWord: (w: string) => boolean): string | null {
  for (let i = 3; i <= word.length - 4; i++) {
    const tail = word.slice(i);
    if (isWord(tail)) return tail;
  }
  return null;
}

/** Content stems of a text, in order, hyphen coordination expanded. */
export function contentStems(text: string, isWord: (w: string) => boolean = () => false): string[] {
  const tokens = expandCoordination(
    words(text).map((t) => t.word),
    isWord,
  );
  const out: string[] = [];
  for (const t of tokens) {
    if (!hasHyphen(t)) {
      if (isContentWord(t)) out.push(stem(t));
      continue;
    }
    for (const part of t.split(/[-–]/)) if (isContentWord(part)) out.push(stem(part));
  }
  return out;
}

/** Whether a word holds a hyphen or an en dash (most do not, and need no splitting). */
export function hasHyphen(word: string): boolean {
  return word.includes("-") || word.includes("–");
}
