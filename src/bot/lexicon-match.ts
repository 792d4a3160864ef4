import { LEXICON, type LexEntry, type LexRole, type QuestionToken } from "./lexicon.js";
import { undrawn } from "./word-forms.js";

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
    const drawn = first ? undefined : drawnOut(word, i);
    if (drawn) hits.push({ entry: drawn, from: i, to: i + 1 });
    // A prefix phrase needs at least its key's letters: shorter words are no key of one.
    const prefixed =
      word.length >= PREFIX_KEY ? BY_PREFIX.get(word.slice(0, PREFIX_KEY)) : undefined;
    if (prefixed)
      for (const e of prefixed)
        if (matchesAt(e, tokens, i)) hits.push({ entry: e, from: i, to: i + e.tokens.length });
  }
  hits.push(...compoundHits(tokens, hits));
  // Nothing to drop when no two hits share a token.
  if (hits.length < 2) return hits;
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          (sameFamily(o.entry.role, h.entry.role) || asideOver(o, h)) &&
          o.from <= h.from &&
          o.to >= h.to &&
          (o.to - o.from > h.to - h.from || exactOverPrefix(o, h)),
      ),
  );
}

// Chat words typed drawn out ("heyy", "hejjj", "thxxx", "lool"): only these roles, so no name or area is guessed.
const DRAWN_OUT_ROLES = new Set<LexRole>(["noise"]);
const DRAWN_OUT_CUES = new Set(["greeting", "thanks", "farewell"]);

/** A one-word greeting, thanks or filler with its last letter typed more than once, else undefined. */
function drawnOut(word: string, at: number): LexEntry | undefined {
  const short = word.length < 3 ? null : undrawn(word);
  if (short === null) return undefined;
  return BY_FIRST.get(short)?.find(
    (e) =>
      e.tokens.length === 1 &&
      e.at !== "whole" &&
      e.at !== "end" &&
      (e.at !== "start" || at === 0) &&
      (DRAWN_OUT_ROLES.has(e.role) || (e.role === "cue" && DRAWN_OUT_CUES.has(e.value))),
  );
}

/** One word written out ("rapporteur") says more than a prefix it happens to start with ("rapport*"). */
function exactOverPrefix(exact: LexHit, prefix: LexHit): boolean {
  return (
    exact.from === prefix.from &&
    exact.to === prefix.to &&
    exact.to - exact.from === 1 &&
    !(exact.entry.tokens[0] ?? "").endsWith("*") &&
    (prefix.entry.tokens[0] ?? "").endsWith("*")
  );
}

// Names (areas, organisations, times, off-topic subjects) compete with each other: the longest wins.
const NAMES = new Set<LexRole>(["topic", "org", "time", "offtopic"]);

// A document's name ("annual report", "press release") is a name: the cue words inside it ("report") are not.
const CUE_OR_DOC = new Set<LexRole>(["cue", "doc"]);

/** "innan beslutet kom": a phrase said only in passing (noise "aside") swallows the cue words inside it. */
function asideOver(aside: LexHit, h: LexHit): boolean {
  return (
    aside.entry.role === "noise" && aside.entry.value === "aside" && CUE_OR_DOC.has(h.entry.role)
  );
}

function sameFamily(a: LexRole, b: LexRole): boolean {
  return a === b || (NAMES.has(a) && NAMES.has(b)) || (CUE_OR_DOC.has(a) && CUE_OR_DOC.has(b));
}

export function valuesOf(hits: readonly LexHit[], role: LexRole): string[] {
  return [...new Set(hits.filter((h) => h.entry.role === role).map((h) => h.entry.value))];
}

// Organisations by their one-word aliases, and kinds of document by their words: for compounds of the two.
const ORG_WORDS = new Map(
  LEXICON.filter((e) => e.role === "org" && e.tokens.length === 1).map((e) => [
    e.tokens[0] ?? "",
    e,
  ]),
);
// Each with the letters a compound must hold ("rapport*" → "rapport"), cut once here rather than per word.
const DOC_WORDS = LEXICON.filter((e) => e.role === "doc" && e.tokens.length === 1).map((doc) => {
  const head = doc.tokens[0] ?? "";
  const prefix = head.endsWith("*");
  return { doc, prefix, stemmed: prefix ? head.slice(0, -1) : head };
});
// The shortest organisation alias a compound may start with ("ki" would find one in too many words).
const MIN_ORG = 4;

/**
 * "vinnovautlysningen", "gms-verksamhetsberättelsen": a word no phrase matched that joins an organisation
 * and a kind of document (with or without a linking "s") names both.
 */
function compoundHits(tokens: readonly QuestionToken[], hits: readonly LexHit[]): LexHit[] {
  const out: LexHit[] = [];
  tokens.forEach((t, i) => {
    if (hits.some((h) => h.from <= i && h.to > i)) return;
    for (const { doc, prefix, stemmed } of DOC_WORDS) {
      const at = t.word.indexOf(stemmed, MIN_ORG);
      if (at < 0 || (!prefix && at + stemmed.length !== t.word.length)) continue;
      const mod = t.word.slice(0, at);
      const org =
        ORG_WORDS.get(mod) ?? (mod.endsWith("s") ? ORG_WORDS.get(mod.slice(0, -1)) : undefined);
      if (!org) continue;
      out.push({ entry: org, from: i, to: i + 1 }, { entry: doc, from: i, to: i + 1 });
      return;
    }
  });
  return out;
}
