// Words with their offsets, and cue phrases matched on them: "i uppdrag" is two tokens, not a regex.

export interface Token {
  /** Lower case. */
  word: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\-–/.:']*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The words of `text`; offsets are relative to `offset` (the text's start in its document). */
export function tokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = offset + (m.index ?? 0);
    out.push({ word: raw.toLowerCase(), raw, start, end: start + raw.length });
  }
  return out;
}

/**
 * A cue phrase: space-separated words; "x*" matches words starting with x, "*x" words ending so,
 * "*x*" words containing x, "?" any one word.
 */
export type Phrase = readonly string[];

export function phrases(lines: string): Phrase[] {
  return lines
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => l.split(/\s+/));
}

function wordMatches(pattern: string, word: string): boolean {
  if (pattern === "?") return true;
  const infix = pattern.startsWith("*") && pattern.endsWith("*") && pattern.length > 2;
  if (infix) return word.includes(pattern.slice(1, -1));
  if (pattern.endsWith("*")) return word.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith("*")) return word.endsWith(pattern.slice(1));
  return word === pattern;
}

function matchesAt(toks: readonly Token[], i: number, phrase: Phrase): boolean {
  if (i + phrase.length > toks.length) return false;
  return phrase.every((p, k) => wordMatches(p, toks[i + k]?.word ?? ""));
}

export interface PhraseHit {
  /** Index of the first token. */
  at: number;
  /** Index after the last token. */
  end: number;
  phrase: Phrase;
}

/** A table split by its first word: exact first words are looked up, only wildcard ones are tried everywhere. */
interface IndexedTable {
  exact: Map<string, Phrase[]>;
  wild: Phrase[];
}

// Tables are constants: each is indexed once (a WeakMap, so nothing outlives its table).
const indexed = new WeakMap<readonly Phrase[], IndexedTable>();

function indexOf(table: readonly Phrase[]): IndexedTable {
  let found = indexed.get(table);
  if (found) return found;
  found = { exact: new Map(), wild: [] };
  for (const phrase of table) {
    const first = phrase[0] ?? "?";
    if (first === "?" || first.startsWith("*") || first.endsWith("*")) found.wild.push(phrase);
    else found.exact.set(first, [...(found.exact.get(first) ?? []), phrase]);
  }
  indexed.set(table, found);
  return found;
}

/** Every place one of `table` starts, in token order (the longest phrase at each place). */
export function findPhrases(
  toks: readonly Token[],
  table: readonly Phrase[],
  first = false,
): PhraseHit[] {
  const { exact, wild } = indexOf(table);
  const hits: PhraseHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    let best: Phrase | null = null;
    for (const list of [exact.get(toks[i]?.word ?? ""), wild]) {
      for (const phrase of list ?? []) {
        if (matchesAt(toks, i, phrase) && (!best || phrase.length > best.length)) best = phrase;
      }
    }
    if (best) {
      hits.push({ at: i, end: i + best.length, phrase: best });
      if (first) return hits;
    }
  }
  return hits;
}

export function hasPhrase(toks: readonly Token[], table: readonly Phrase[]): boolean {
  return findPhrases(toks, table, true).length > 0;
}

export const isCapitalised = (raw: string): boolean => /^\p{Lu}/u.test(raw);
