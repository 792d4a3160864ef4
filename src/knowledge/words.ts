// Orama's generated Snowball stemmers: one small module per language, so only Swedish is loaded.
import { stemmer as swedishStem } from "@orama/stemmers/swedish";
import { cacheByKey } from "./key-cache.js";
import { FUNDING_WORDS, STOPWORDS } from "./stopwords.js";

const STEM_CACHE_MAX = 50_000;

/** A word of a text with its offsets. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** Letters (any script) and digits; a hyphen inside or at the end of a word stays with it ("bröst-"). */
const WORD = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*-?/gu;

export function words(text: string): WordToken[] {
  const out: WordToken[] = [];
  // Lower-casing the text once is lower-casing each word, unless a letter changes length or is Greek
  // capital sigma (whose lower case depends on what follows it).
  const lower = text.toLowerCase();
  const whole = lower.length === text.length && !text.includes("Σ");
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ word: whole ? lower.slice(start, end) : m[0].toLowerCase(), start, end });
  }
  return out;
}

/** Snowball Swedish stem of a lower-case word. */
export const stem: (word: string) => string = cacheByKey(swedishStem, STEM_CACHE_MAX);

/** Whether a word can name a topic: not a function word, not money talk, not a number. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !FUNDING_WORDS.has(word) && !/^\d/.test(word);
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
    for (const part of t.split(/[-–]/)) if (isContentWord(part)) out.push(stem(part));
  }
  return out;
}
