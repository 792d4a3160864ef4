// Which cue tables a word can start or end a phrase of, as bits. A word list ORs its words' bits once;
// then each table asks one bit test whether it can match at all, and tries only the words that start it.
import { cacheByKey } from "../key-cache.js";
import type { Phrase, Token } from "./tokens.js";

/** A table indexed by its phrases' first word. */
export interface CompiledTable {
  /** The table's number, in the order tables are first used. */
  id: number;
  /** Its bit in `lo` or `hi`; tables past the 64th have none and are tried on every word. */
  lo: number;
  hi: number;
  exact: Map<string, Phrase[]>;
  wild: Phrase[];
  /** Wild first and last words ("*minister", "villkorad*"). */
  wildFirsts: string[];
  wildLasts: string[];
}

/**
 * The tables a word may start a phrase of (`lo`, `hi`) and end one of (`lastLo`, `lastHi`), as known when
 * `known` tables existed. For a word list, `lo` and `hi` are the tables one of its words starts and one ends.
 */
export interface Starts {
  known: number;
  lo: number;
  hi: number;
  lastLo: number;
  lastHi: number;
}

const BITS = 32;
const tables: CompiledTable[] = [];
// Each exact first (last) word, to the tables it starts (ends) a phrase of.
const startingWith = new Map<string, CompiledTable[]>();
const endingWith = new Map<string, CompiledTable[]>();
// Kept on the table itself (a symbol key): every sentence asks a dozen tables.
const COMPILED = Symbol("compiled table");
type TaggedTable = readonly Phrase[] & { [COMPILED]?: CompiledTable };

const isWild = (word: string): boolean => word.includes("*") || word === "?";

export function compile(table: readonly Phrase[]): CompiledTable {
  let c = (table as TaggedTable)[COMPILED];
  if (c) return c;
  const id = tables.length;
  c = {
    id,
    lo: id < BITS ? 1 << id : 0,
    hi: id >= BITS && id < 2 * BITS ? 1 << (id - BITS) : 0,
    exact: new Map(),
    wild: [],
    wildFirsts: [],
    wildLasts: [],
  };
  for (const phrase of table) {
    const first = phrase[0] ?? "";
    const last = phrase.at(-1) ?? "";
    if (isWild(first)) {
      c.wild.push(phrase);
      c.wildFirsts.push(first);
    } else {
      c.exact.set(first, [...(c.exact.get(first) ?? []), phrase]);
      index(startingWith, first, c);
    }
    if (isWild(last)) c.wildLasts.push(last);
    else index(endingWith, last, c);
  }
  tables.push(c);
  if (Object.isExtensible(table)) (table as { [COMPILED]?: CompiledTable })[COMPILED] = c;
  return c;
}

function index(map: Map<string, CompiledTable[]>, word: string, c: CompiledTable): void {
  const list = map.get(word) ?? [];
  if (!list.includes(c)) map.set(word, [...list, c]);
}

/** Whether a word (or list) with these starts may hold a phrase of the table. */
export function mayStart(starts: Starts, c: CompiledTable): boolean {
  // Starts read before the table was compiled know nothing of it.
  return (
    ((starts.lo & c.lo) | (starts.hi & c.hi)) !== 0 || (c.lo | c.hi) === 0 || c.id >= starts.known
  );
}

// Words recur across documents: each word's starts are worked out once (until a new table is compiled).
const WORD_CACHE_MAX = 100_000;
const startsOfWord = new Map<string, Starts>();

export function wordStarts(word: string): Starts {
  const known = startsOfWord.get(word);
  if (known !== undefined && known.known === tables.length) return known;
  const starts: Starts = { known: tables.length, lo: 0, hi: 0, lastLo: 0, lastHi: 0 };
  for (const c of startingWith.get(word) ?? []) {
    starts.lo |= c.lo;
    starts.hi |= c.hi;
  }
  for (const c of endingWith.get(word) ?? []) {
    starts.lastLo |= c.lo;
    starts.lastHi |= c.hi;
  }
  for (const c of tables) {
    if (c.wildFirsts.some((p) => wordMatches(p, word))) {
      starts.lo |= c.lo;
      starts.hi |= c.hi;
    }
    if (c.wildLasts.some((p) => wordMatches(p, word))) {
      starts.lastLo |= c.lo;
      starts.lastHi |= c.hi;
    }
  }
  if (startsOfWord.size >= WORD_CACHE_MAX) startsOfWord.clear();
  startsOfWord.set(word, starts);
  return starts;
}

/** A word list's starts: each word's, and all of them together. */
export interface ListStarts extends Starts {
  each: Starts[];
}

// Kept on the list itself (a symbol key): a sentence's words are asked by a dozen tables.
const STARTS = Symbol("phrase starts");
type Tagged = readonly Token[] & { [STARTS]?: ListStarts };

export function listStarts(toks: readonly Token[]): ListStarts {
  const found = (toks as Tagged)[STARTS];
  if (found !== undefined && found.known === tables.length) return found;
  return tagStarts(toks, startsOf(toks.map((t) => t.word)));
}

/** Gives a word list its starts, read before from the same words. */
export function tagStarts(toks: readonly Token[], starts: ListStarts): ListStarts {
  if (Object.isExtensible(toks)) (toks as { [STARTS]?: ListStarts })[STARTS] = starts;
  return starts;
}

function startsOf(words: readonly string[]): ListStarts {
  const each = new Array<Starts>(words.length);
  let lo = 0;
  let hi = 0;
  let lastLo = 0;
  let lastHi = 0;
  for (let i = 0; i < words.length; i++) {
    const s = wordStarts(words[i] ?? "");
    each[i] = s;
    lo |= s.lo;
    hi |= s.hi;
    lastLo |= s.lastLo;
    lastHi |= s.lastHi;
  }
  // A phrase is in the list only if one word starts it and one ends it.
  return { known: tables.length, lo: lo & lastLo, hi: hi & lastHi, lastLo, lastHi, each };
}

// The same sentence recurs across documents (boilerplate, lists): its words' starts are read once.
const TEXT_CACHE_MAX = 50_000;
const holderOf = cacheByKey((_text: string): { starts?: ListStarts } => ({}), TEXT_CACHE_MAX);

/** The starts of a text's words (`wordsOf` reads them, only when the text is new). */
export function textStarts(text: string, wordsOf: (text: string) => readonly string[]): ListStarts {
  const holder = holderOf(text);
  const found = holder.starts;
  if (found !== undefined && found.known === tables.length) return found;
  holder.starts = startsOf(wordsOf(text));
  return holder.starts;
}

const STAR = 42; // "*"

/** "x*" matches words starting with x, "*x" words ending so, "*x*" words containing x, "?" any word. */
export function wordMatches(pattern: string, word: string): boolean {
  if (pattern === "?") return true;
  const last = pattern.length - 1;
  const head = pattern.charCodeAt(0) === STAR;
  const tail = pattern.charCodeAt(last) === STAR;
  if (head && tail && last > 1) return word.includes(pattern.slice(1, -1));
  if (tail) return word.startsWith(pattern.slice(0, -1));
  if (head) return word.endsWith(pattern.slice(1));
  return word === pattern;
}
