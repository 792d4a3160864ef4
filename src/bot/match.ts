import { contentStems, type Knowledge, type LedgerEntry } from "../knowledge/index.js";
import type { Query } from "./query.js";

/** A ledger entry with the stems used to match questions to it. */
export interface IndexedEntry {
  entry: LedgerEntry;
  purpose: Set<string>;
  terms: Set<string>;
}

export interface EntryIndex {
  entries: IndexedEntry[];
  byId: Map<string, LedgerEntry>;
  /** Every stem any entry knows: a question word outside it names something the documents don't fund. */
  knownStems: Set<string>;
}

export function createEntryIndex(knowledge: Knowledge, isWord: (w: string) => boolean): EntryIndex {
  const entries = knowledge.ledger.entries.map((entry) => ({
    entry,
    purpose: new Set(contentStems(entry.purpose, isWord)),
    terms: new Set(entry.terms),
  }));
  const knownStems = new Set(entries.flatMap((e) => [...e.terms, ...e.purpose]));
  return { entries, byId: new Map(entries.map((e) => [e.entry.id, e.entry])), knownStems };
}

/** "barncanc" found as "barn" + "canc" in an entry that says "barn … cancer". */
function compoundParts(stem: string, terms: Set<string>): boolean {
  for (let i = 3; i <= stem.length - 3; i++) {
    const head = stem.slice(i);
    const mod = stem.slice(0, i);
    if (terms.has(head) && (terms.has(mod) || (mod.endsWith("s") && terms.has(mod.slice(0, -1)))))
      return true;
  }
  return false;
}

/** How well an entry matches the question's topic: purpose words count most, then its sentences. */
export function topicScore(e: IndexedEntry, query: Query): number {
  let score = 0;
  for (const s of query.stems) {
    if (e.purpose.has(s)) score += 3;
    else if (e.terms.has(s)) score += 1;
    else if (compoundParts(s, e.purpose) || compoundParts(s, e.terms)) score += 2;
  }
  for (const t of query.topics) if (e.entry.area === t) score += 4;
  return score;
}

/** Question stems that no entry knows, long enough to be a topic ("prostata"), not noise ("use"). */
export function unknownTopicStems(index: EntryIndex, query: Query): string[] {
  return query.stems.filter(
    (s) =>
      s.length >= 6 &&
      !index.knownStems.has(s) &&
      !index.entries.some((e) => compoundParts(s, e.terms)),
  );
}

export function hasTopic(query: Query): boolean {
  return query.stems.length > 0 || query.topics.length > 0;
}

/** Entries about the question's topic, best first; the weakest matches are dropped. */
export function matchTopic(candidates: IndexedEntry[], query: Query): IndexedEntry[] {
  const scored = candidates.map((e) => ({ e, s: topicScore(e, query) })).filter((x) => x.s > 0);
  const best = Math.max(0, ...scored.map((x) => x.s));
  return scored
    .filter((x) => x.s >= best * 0.6)
    .sort((a, b) => b.s - a.s || byEntryOrder(a.e.entry, b.e.entry))
    .map((x) => x.e);
}

/** Stable order: year, then grants before parts, then larger amounts, then id. */
export function byEntryOrder(a: LedgerEntry, b: LedgerEntry): number {
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    Number(a.partOf !== null) - Number(b.partOf !== null) ||
    b.amountSek - a.amountSek ||
    a.id.localeCompare(b.id)
  );
}

export function inYears(entry: LedgerEntry, years: readonly number[]): boolean {
  return years.length === 0 || entry.years.some((y) => years.includes(y));
}

/** The question names something the documents talk about (a known topic, or a word some entry uses). */
export function knowsTopic(index: EntryIndex, query: Query): boolean {
  if (query.topics.length > 0) return true;
  return query.stems.some(
    (s) => index.knownStems.has(s) || index.entries.some((e) => compoundParts(s, e.terms)),
  );
}
