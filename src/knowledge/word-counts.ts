import type { SourceDocument } from "./types.js";
import { hasHyphen, words } from "./words.js";

/**
 * How often each word (lower case, 3+ letters) occurs in the documents, hyphenated parts counted as
 * words of their own ("huvud- och halscancer" teaches "huvud"). Built once per load and shared.
 */
export function countWords(documents: readonly SourceDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of documents) countText(doc.text, counts);
  return counts;
}

// A counted word is a whole run of letters and digits that holds only letters: a hyphen splits a word
// into such runs, a digit spoils its run ("covid19"). Read straight off the lower-cased text, no tokens.
const LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}{3,}(?![\p{L}\p{N}])/gu;

function countText(text: string, counts: Map<string, number>): void {
  const lower = text.toLowerCase();
  // As in `words`: a letter that changes length, or Greek capital sigma, is lower-cased word by word.
  if (lower.length !== text.length || text.includes("Σ")) {
    countTokens(text, counts);
    return;
  }
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(lower); m !== null; m = LETTER_RUN.exec(lower)) {
    const w = m[0];
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}

function countTokens(text: string, counts: Map<string, number>): void {
  for (const w of words(text)) {
    if (!hasHyphen(w.word)) count(counts, w.word);
    else for (const part of w.word.split(/[-–]/)) count(counts, part);
  }
}

const LETTERS = /^\p{L}+$/u;

function count(counts: Map<string, number>, part: string): void {
  if (part.length >= 3 && LETTERS.test(part)) counts.set(part, (counts.get(part) ?? 0) + 1);
}
