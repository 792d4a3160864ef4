// Which cue tables a word can start or end a phrase of, as bits. A word list ORs its words' bits once;
// then each table asks one bit test whether it can match at all, and tries only the words that start it.
import type { SentenceReading } from "../sentence-readings.js";
import type { Phrase, Token } from "./tokens.js";
import { hashedWordSpans, lowerCaseOf, wordHash, wordSpans } from "./word-spans.js";

/** A table indexed by its phrases' first word. */
export interface CompiledTable {
  /** The table's number, in the order tables are first used. */
  id: number;
  /** Its bit in `lo` or `hi`; tables past the 64th have none and are tried on every word. */
  lo: number;
  hi: number;
  exact: Map<string, Phrase[]>;
  wild: Phrase[];
}

/**
 * The tables a word may start a phrase of (`lo`, `hi`) and is the key word of one of (`keyLo`, `keyHi`), as
 * known when `known` tables existed. For a word list, `lo` and `hi` are the tables one of its words starts a
 * phrase of and another (or the same) word is that phrase's key.
 */
export interface Starts {
  known: number;
  lo: number;
  hi: number;
  keyLo: number;
  keyHi: number;
}

/** A word's own starts, with the word (lower case): one record per word, shared by every text it is in. */
export interface WordStarts extends Starts {
  readonly word: string;
  /** Whether the word ends in a count word (`count-words.ts`), read when first asked. */
  countWord: boolean | undefined;
}

const BITS = 32;
const tables: CompiledTable[] = [];
// Each exact first (key) word, to the tables it starts (is the key of) a phrase of.
const startingWith = new Map<string, CompiledTable[]>();
const keyedBy = new Map<string, CompiledTable[]>();
/** A wild word of some tables' phrases, with the bits of those it starts (is the key of) a phrase of. */
interface WildWord {
  pattern: string;
  lo: number;
  hi: number;
  keyLo: number;
  keyHi: number;
}
// Each wild word once, for all tables: a new word is matched against each, not against each table's own lists.
const wildWords = new Map<string, WildWord>();
const wildList: WildWord[] = [];
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
  };
  for (const phrase of table) {
    const first = phrase[0] ?? "";
    const key = keyWord(phrase);
    if (isWild(first)) {
      c.wild.push(phrase);
      const w = wildWord(first);
      w.lo |= c.lo;
      w.hi |= c.hi;
    } else {
      c.exact.set(first, [...(c.exact.get(first) ?? []), phrase]);
      index(startingWith, first, c);
    }
    if (isWild(key)) {
      const w = wildWord(key);
      w.keyLo |= c.lo;
      w.keyHi |= c.hi;
    } else index(keyedBy, key, c);
  }
  tables.push(c);
  if (Object.isExtensible(table)) (table as { [COMPILED]?: CompiledTable })[COMPILED] = c;
  return c;
}

/**
 * Compiles every table among `values` (tables, or records of tables) at once: a table compiled later
 * makes every sentence's and word's bits, read before it, be read again.
 */
export function compileAll(values: readonly unknown[]): void {
  for (const v of values) {
    if (isTable(v)) compile(v);
    else if (v !== null && typeof v === "object" && !Array.isArray(v))
      for (const t of Object.values(v)) if (isTable(t)) compile(t);
  }
}

function isTable(v: unknown): v is readonly Phrase[] {
  return (
    Array.isArray(v) && v.every((p) => Array.isArray(p) && p.every((w) => typeof w === "string"))
  );
}

/**
 * The word a phrase cannot do without that is rarest in text, as a rule its longest: "förutsättning" of
 * "under förutsättning att", "förutsätter" of "förutsätter att".
 */
function keyWord(phrase: Phrase): string {
  let key = phrase[0] ?? "";
  let best = -1;
  for (const w of phrase) {
    const letters = w.replaceAll("*", "").length;
    if (w !== "?" && letters >= best) {
      key = w;
      best = letters;
    }
  }
  return key;
}

function wildWord(pattern: string): WildWord {
  let w = wildWords.get(pattern);
  if (w === undefined) {
    w = { pattern, lo: 0, hi: 0, keyLo: 0, keyHi: 0 };
    wildWords.set(pattern, w);
    wildList.push(w);
  }
  return w;
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

// Words recur across documents: each word's starts are worked out once (until a new table is compiled),
// found by a hash of its letters read in place, so that reading a sentence makes no string per word.
const WORD_CACHE_MAX = 100_000;
interface WordEntry {
  word: string;
  starts: WordStarts;
}
const byHash = new Map<number, WordEntry[]>();
const RECENT_SIZE = 4096;
const recent = new Array<WordEntry | undefined>(RECENT_SIZE).fill(undefined);

/** Whether `lower` from `at` to `end` is the word (compared in place: short words, no call). */
function isWordAt(lower: string, at: number, end: number, word: string): boolean {
  if (word.length !== end - at) return false;
  for (let k = 0; k < word.length; k++)
    if (lower.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The entry's starts, read again when a table was compiled since. */
function fresh(e: WordEntry): WordStarts {
  if (e.starts.known !== tables.length) e.starts = readWordStarts(e.word);
  return e.starts;
}

export function wordStarts(word: string): WordStarts {
  return startsAt(word, 0, word.length);
}

/** The starts of the word `lower.slice(at, end)` (lower case already). */
function startsAt(lower: string, at: number, end: number): WordStarts {
  return startsHashed(lower, at, end, wordHash(lower, at, end));
}

/** As `startsAt`, the word's hash (`wordHash`) read already. */
function startsHashed(lower: string, at: number, end: number, h: number): WordStarts {
  // The word last seen with the hash's low bits, tried before the map.
  const slot = h & (RECENT_SIZE - 1);
  const last = recent[slot];
  if (last !== undefined && isWordAt(lower, at, end, last.word)) return fresh(last);
  const bucket = byHash.get(h);
  // Indexed, no list made for a missing bucket: this runs per word of every sentence, the rest per new word.
  for (let k = 0; bucket !== undefined && k < bucket.length; k++) {
    const e = bucket[k] as WordEntry;
    if (!isWordAt(lower, at, end, e.word)) continue;
    recent[slot] = e;
    return fresh(e);
  }
  if (byHash.size >= WORD_CACHE_MAX) {
    byHash.clear();
    recent.fill(undefined);
  }
  const word = lower.slice(at, end);
  const entry = { word, starts: readWordStarts(word) };
  if (bucket !== undefined && byHash.has(h)) bucket.push(entry);
  else byHash.set(h, [entry]);
  recent[slot] = entry;
  return entry.starts;
}

const NO_TABLES: readonly CompiledTable[] = [];

function readWordStarts(word: string): WordStarts {
  const starts = {
    known: tables.length,
    lo: 0,
    hi: 0,
    keyLo: 0,
    keyHi: 0,
    word,
    countWord: undefined as boolean | undefined,
  };
  for (const c of startingWith.get(word) ?? NO_TABLES) {
    starts.lo |= c.lo;
    starts.hi |= c.hi;
  }
  for (const c of keyedBy.get(word) ?? NO_TABLES) {
    starts.keyLo |= c.lo;
    starts.keyHi |= c.hi;
  }
  for (const w of wildList) {
    if (!wordMatches(w.pattern, word)) continue;
    starts.lo |= w.lo;
    starts.hi |= w.hi;
    starts.keyLo |= w.keyLo;
    starts.keyHi |= w.keyHi;
  }
  return starts;
}

/** The tables any of the lists may hold a phrase of (a phrase stands within one list). */
export function unionOf(lists: readonly ListStarts[]): Starts {
  const union: Starts = { known: tables.length, lo: 0, hi: 0, keyLo: 0, keyHi: 0 };
  for (const s of lists) {
    union.lo |= s.lo;
    union.hi |= s.hi;
    union.known = Math.min(union.known, s.known);
  }
  return union;
}

/** A word list's starts: each word's, and all of them together. */
export interface ListStarts extends Starts {
  each: WordStarts[];
  /**
   * For a sentence's starts (`textStarts`), kept on its wording's record: what the statement readers noted of
   * the wording (`wording-notes.ts`), made when first asked.
   */
  notes: unknown;
  /** For a sentence's starts (`textStarts`): its words' start and end offsets, pairwise (else empty). */
  spans: readonly number[];
}

// Kept on the list itself (a symbol key): a sentence's words are asked by a dozen tables.
const STARTS = Symbol("phrase starts");
type Tagged = readonly Token[] & { [STARTS]?: ListStarts };

export function listStarts(toks: readonly Token[]): ListStarts {
  const found = (toks as Tagged)[STARTS];
  if (found !== undefined && found.known === tables.length) return found;
  return tagStarts(toks, startsOf(toks.map((t) => t.word)));
}

/** The words `from` to `to` of a list, with their starts taken from the list's own. */
export function sliceStarts(toks: readonly Token[], from: number, to: number): Token[] {
  const part = toks.slice(from, to);
  tagStarts(part, combine(listStarts(toks).each.slice(from, to)));
  return part;
}

/** Gives a word list its starts, read before from the same words. */
export function tagStarts(toks: readonly Token[], starts: ListStarts): ListStarts {
  if (Object.isExtensible(toks)) (toks as { [STARTS]?: ListStarts })[STARTS] = starts;
  return starts;
}

function startsOf(words: readonly string[]): ListStarts {
  return combine(words.map(wordStarts));
}

const NO_SPANS: readonly number[] = Object.freeze([]);

function combine(each: WordStarts[], spans: readonly number[] = NO_SPANS): ListStarts {
  let lo = 0;
  let hi = 0;
  let keyLo = 0;
  let keyHi = 0;
  for (const s of each) {
    lo |= s.lo;
    hi |= s.hi;
    keyLo |= s.keyLo;
    keyHi |= s.keyHi;
  }
  // A phrase is in the list only if one word starts it and one is its key.
  return {
    known: tables.length,
    lo: lo & keyLo,
    hi: hi & keyHi,
    keyLo,
    keyHi,
    each,
    notes: undefined,
    spans,
  };
}

/**
 * The starts of a sentence's words, kept on its wording's record: the same sentence recurs across
 * documents (boilerplate, lists), and is read once.
 */
export function textStarts(reading: SentenceReading): ListStarts {
  const found = reading.starts as ListStarts | undefined;
  if (found !== undefined && found.known === tables.length) return found;
  const starts = readTextStarts(reading.text);
  reading.starts = starts;
  return starts;
}

// Offsets and hashes of the words of the text read last (reused: one text is read at a time).
const spans: number[] = [];
const hashes: number[] = [];

function readTextStarts(text: string): ListStarts {
  const lower = lowerCaseOf(text);
  if (lower === null) {
    const count = wordSpans(text, spans);
    const each = new Array<WordStarts>(count);
    for (let k = 0; k < count; k++)
      each[k] = wordStarts(text.slice(spans[2 * k], spans[2 * k + 1]).toLowerCase());
    return combine(each, spans.slice(0, 2 * count));
  }
  // Lower case keeps each character's kind and place, and is one flat string: read faster than a slice.
  const count = hashedWordSpans(lower, spans, hashes);
  const each = new Array<WordStarts>(count);
  for (let k = 0; k < count; k++)
    each[k] = startsHashed(
      lower,
      spans[2 * k] as number,
      spans[2 * k + 1] as number,
      hashes[k] as number,
    );
  // Kept: the view's words of the sentence (`tokensWith`) are made from them, not read again.
  return combine(each, spans.slice(0, 2 * count));
}

const STAR = 42; // "*"

/** "x*" matches words starting with x, "*x" words ending so, "*x*" words containing x, "?" any word. */
export function wordMatches(pattern: string, word: string): boolean {
  if (pattern === "?") return true;
  const last = pattern.length - 1;
  const head = pattern.charCodeAt(0) === STAR;
  const tail = pattern.charCodeAt(last) === STAR;
  // Compared in place: a matcher asked for every word makes no strings.
  if (head && tail && last > 1) {
    for (let at = 0; at + last - 1 <= word.length; at++)
      if (sameAt(word, at, pattern, 1, last)) return true;
    return false;
  }
  if (tail) return last <= word.length && sameAt(word, 0, pattern, 0, last);
  if (head) return last <= word.length && sameAt(word, word.length - last, pattern, 1, last + 1);
  return word === pattern;
}

/** Whether `pattern` from `from` to `to` stands in `word` at `at`. */
function sameAt(word: string, at: number, pattern: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (word.charCodeAt(at + i - from) !== pattern.charCodeAt(i)) return false;
  return true;
}
