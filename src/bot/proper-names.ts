import { cacheByKey, type Knowledge, nameAsWritten, stem } from "../knowledge/index.js";

// A single word the documents write only as a name ("Nordigen"): its stem ("nord") would also reach other
// words ("Nordic", "nordisk"), so a question naming it is matched on the whole word, never on the stem.

const NAME_CACHE_MAX = 5_000;
// Shorter words are too often an abbreviation or a word of their own to be read as a name.
const NAME_MIN_CHARS = 5;

/**
 * How the documents write `word` when they write it only capitalised and stemming it would reach other
 * words of theirs; null otherwise (a common word, a word that keeps its stem, a word never written).
 */
export function createProperNames(
  knowledge: Knowledge,
  counts: ReadonlyMap<string, number>,
): (word: string) => string | null {
  let byStem: Map<string, string[]> | null = null;
  const sharesStem = (word: string): boolean => {
    byStem ??= groupByStem(counts);
    const s = stem(word);
    if (s === word) return false;
    // Another word of the stem that is no form of this one ("nordic" beside "nordigen").
    return (byStem.get(s) ?? []).some((o) => !o.startsWith(word) && !word.startsWith(o));
  };
  return cacheByKey((word) => {
    if (word.length < NAME_MIN_CHARS || !counts.has(word) || !sharesStem(word)) return null;
    return nameAsWritten(knowledge.passages, word);
  }, NAME_CACHE_MAX);
}

function groupByStem(counts: ReadonlyMap<string, number>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of counts.keys()) {
    const s = stem(w);
    const list = out.get(s);
    if (list) list.push(w);
    else out.set(s, [w]);
  }
  return out;
}
