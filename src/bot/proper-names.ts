import { cacheByKey, type Knowledge, stem } from "../knowledge/index.js";

// A single word the documents write only as a name ("Nordigen"): its stem ("nord") would also reach other
// words ("Nordic", "nordisk"), so a question naming it is matched on the whole word, never on the stem.

const NAME_CACHE_MAX = 5_000;
// Shorter words are too often an abbreviation or a word of their own to be read as a name.
const NAME_MIN_CHARS = 5;
// Passages read to see how a word is written: enough to find a lower-case use if there is one.
const PASSAGES_READ = 60;

const LETTER = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
// The word right before, in the same sentence.
const PREVIOUS_WORD = /(\p{L}+)[^\p{L}\p{N}.!?:;]*$/u;

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
    return writtenAsName(knowledge, word);
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

/** The word as the passages write it, when every use is capitalised and one is no longer name's tail. */
function writtenAsName(knowledge: Knowledge, word: string): string | null {
  let written: string | null = null;
  let alone = false;
  const passages = knowledge.passages.search(word, {
    limit: PASSAGES_READ,
    filter: (p) => p.text.toLowerCase().includes(word),
  });
  for (const p of passages) {
    const lower = p.text.toLowerCase();
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (LETTER.test(lower[at - 1] ?? "") || LETTER.test(lower[end] ?? "")) continue;
      const form = p.text.slice(at, end);
      if (!UPPER.test(form[0] ?? "")) return null;
      written ??= form;
      // Not only ever the tail of a longer name ("Government Offices"): once first in its sentence or after a
      // lower-case word.
      const before = PREVIOUS_WORD.exec(p.text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
      if (!UPPER.test(before[0] ?? "")) alone = true;
    }
  }
  return alone ? written : null;
}
