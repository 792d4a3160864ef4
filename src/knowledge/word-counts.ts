import type { SourceDocument } from "./types.js";
import { words } from "./words.js";

/**
 * How often each word (lower case, 3+ letters) occurs in the documents, hyphenated parts counted as
 * words of their own ("huvud- och halscancer" teaches "huvud"). Built once per load and shared.
 */
export function countWords(documents: readonly SourceDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    for (const w of words(doc.text)) {
      for (const part of w.word.split(/[-–]/)) {
        if (part.length >= 3 && /^\p{L}+$/u.test(part))
          counts.set(part, (counts.get(part) ?? 0) + 1);
      }
    }
  }
  return counts;
}
