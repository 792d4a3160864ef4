import { type WordToken, words } from "./words.js";

/**
 * Cue phrases as data: each phrase is a few words matched on the tokenizer's words, so å, ä and ö are
 * letters like any other. A word ending in `*` matches any word that starts with it ("medfinansier*").
 */
export type CuePhrases = readonly string[];

/** A phrase found in a text, with its offsets in that text. */
export interface CueHit {
  phrase: string;
  start: number;
  end: number;
}

interface Compiled {
  phrase: string;
  parts: Array<{ word: string; prefix: boolean }>;
}

/** Phrases compiled once and indexed by their first word's first letter, so matching stays linear. */
export interface CueMatcher {
  byInitial: Map<string, Compiled[]>;
  /**
   * The first words (or prefixes) of the phrases: a text whose lower case holds none of them holds no
   * phrase, and is not tokenised. Null when a word has a Greek sigma, whose lower case depends on context.
   */
  firsts: string[] | null;
}

export function compileCues(phrases: CuePhrases): CueMatcher {
  const byInitial = new Map<string, Compiled[]>();
  for (const phrase of phrases) {
    const parts = phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== "")
      .map((w) =>
        w.endsWith("*") ? { word: w.slice(0, -1), prefix: true } : { word: w, prefix: false },
      );
    const initial = parts[0]?.word[0];
    if (initial === undefined) continue;
    const list = byInitial.get(initial) ?? [];
    list.push({ phrase, parts });
    byInitial.set(initial, list);
  }
  const firsts = [...byInitial.values()].flatMap((list) => list.map((c) => c.parts[0]?.word ?? ""));
  return { byInitial, firsts: firsts.some((w) => /[σς]/.test(w)) ? null : firsts };
}

/** Whether a text may hold a phrase of `matcher`: one of its first words is in the text's lower case. */
function mayHold(text: string, matcher: CueMatcher): boolean {
  if (matcher.firsts === null) return true;
  const lower = text.toLowerCase();
  return matcher.firsts.some((w) => lower.includes(w));
}

function matchesAt(tokens: readonly WordToken[], i: number, c: Compiled): boolean {
  return c.parts.every((p, k) => {
    const w = tokens[i + k]?.word;
    return w !== undefined && (p.prefix ? w.startsWith(p.word) : w === p.word);
  });
}

/** Every phrase of `matcher` in `text` (or in already tokenized words), in order. */
export function findCues(text: string | readonly WordToken[], matcher: CueMatcher): CueHit[] {
  if (typeof text === "string" && !mayHold(text, matcher)) return [];
  const tokens = typeof text === "string" ? words(text) : text;
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = matcher.byInitial.get(tokens[i]?.word[0] ?? "");
    for (const c of candidates ?? []) {
      if (!matchesAt(tokens, i, c)) continue;
      const last = tokens[i + c.parts.length - 1];
      hits.push({ phrase: c.phrase, start: tokens[i]?.start ?? 0, end: last?.end ?? 0 });
    }
  }
  return hits;
}

export function hasCue(text: string | readonly WordToken[], matcher: CueMatcher): boolean {
  return findCues(text, matcher).length > 0;
}
