import { LEXICON, type LexEntry, type LexRole, type QuestionToken } from "./lexicon.js";

/** A lexicon phrase found in the question: tokens `from` (inclusive) to `to` (exclusive). */
export interface LexHit {
  entry: LexEntry;
  from: number;
  to: number;
}

// Phrases indexed by their first token; those whose first token is a prefix ("utbetal*") by its first
// three letters, so a question word meets only the few phrases that can start with it.
const BY_FIRST = new Map<string, LexEntry[]>();
const BY_PREFIX = new Map<string, LexEntry[]>();
const PREFIX_KEY = 3;
for (const e of LEXICON) {
  if (e.role === "tail") continue;
  const first = e.tokens[0] ?? "";
  const [map, key] = first.endsWith("*")
    ? [BY_PREFIX, first.slice(0, PREFIX_KEY)]
    : [BY_FIRST, first];
  map.set(key, [...(map.get(key) ?? []), e]);
}

const STAR = 42;

/** "utbetal*" matches a word that starts with "utbetal": compared in place, with no string cut per try. */
function tokenMatches(pattern: string, word: string): boolean {
  const last = pattern.length - 1;
  if (pattern.charCodeAt(last) !== STAR) return pattern === word;
  if (word.length < last) return false;
  for (let i = 0; i < last; i++) if (pattern.charCodeAt(i) !== word.charCodeAt(i)) return false;
  return true;
}

function matchesAt(e: LexEntry, tokens: readonly QuestionToken[], i: number): boolean {
  const n = e.tokens.length;
  if (i + n > tokens.length) return false;
  if (e.at === "start" && i !== 0) return false;
  if (e.at === "end" && i + n !== tokens.length) return false;
  if (e.at === "whole" && (i !== 0 || n !== tokens.length)) return false;
  for (let k = 0; k < n; k++)
    if (!tokenMatches(e.tokens[k] ?? "", tokens[i + k]?.word ?? "")) return false;
  return true;
}

/**
 * Every lexicon phrase in the tokens. Within one role a phrase inside a longer one is dropped
 * ("senast beslutade" is not also "senast"); different roles may share tokens ("får": receives, yes/no).
 */
export function findLexicon(tokens: readonly QuestionToken[]): LexHit[] {
  const hits: LexHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? "";
    const first = BY_FIRST.get(word);
    if (first)
      for (const e of first)
        if (matchesAt(e, tokens, i)) hits.push({ entry: e, from: i, to: i + e.tokens.length });
    // A prefix phrase needs at least its key's letters: shorter words are no key of one.
    const prefixed =
      word.length >= PREFIX_KEY ? BY_PREFIX.get(word.slice(0, PREFIX_KEY)) : undefined;
    if (prefixed)
      for (const e of prefixed)
        if (matchesAt(e, tokens, i)) hits.push({ entry: e, from: i, to: i + e.tokens.length });
  }
  // Nothing to drop when no two hits share a token.
  if (hits.length < 2) return hits;
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          sameFamily(o.entry.role, h.entry.role) &&
          o.from <= h.from &&
          o.to >= h.to &&
          o.to - o.from > h.to - h.from,
      ),
  );
}

// Names (areas, organisations, times, off-topic subjects) compete with each other: the longest wins.
const NAMES = new Set<LexRole>(["topic", "org", "time", "offtopic"]);

// A document's name ("annual report", "press release") is a name: the cue words inside it ("report") are not.
const CUE_OR_DOC = new Set<LexRole>(["cue", "doc"]);

function sameFamily(a: LexRole, b: LexRole): boolean {
  return a === b || (NAMES.has(a) && NAMES.has(b)) || (CUE_OR_DOC.has(a) && CUE_OR_DOC.has(b));
}

export function valuesOf(hits: readonly LexHit[], role: LexRole): string[] {
  return [...new Set(hits.filter((h) => h.entry.role === role).map((h) => h.entry.value))];
}
