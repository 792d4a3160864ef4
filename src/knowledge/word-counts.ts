import type { SourceDocument } from "./types.js";
import { hasHyphen, words } from "./words.js";

/**
 * How often each word (lower case, 3+ letters) occurs in the documents, hyphenated parts counted as
 * words of their own ("huvud- och halscancer" teaches "huvud"). Built once per load and shared.
 */
export function countWords(documents: readonly SourceDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    for (const w of words(doc.text)) {
      if (!hasHyphen(w.word)) count(counts, w.word);
      else for (const part of w.word.split(/[-–]/)) count(counts, part);
    }
  }
  return counts;
}

const LETTERS = /^\p{L}+$/u;

function count(counts: Map<string, number>, part: string): void {
  if (part.length >= 3 && LETTERS.test(part)) counts.set(part, (counts.get(part) ?? 0) + 1);
}
