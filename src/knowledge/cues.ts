import { testSource } from "./regex-trie.js";
import { asString } from "./word-chars.js";
import { type WordToken, words, wordsInPlace } from "./words.js";

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
  /** The second unit of the first word (-1: it has one letter): most words that share the initial differ there. */
  second: number;
}

/** Phrases compiled once and indexed by their first word's first letter, so matching stays linear. */
export interface CueMatcher {
  byInitial: Map<string, Compiled[]>;
  /**
   * The words (or prefixes) of each phrase: a text whose lower case lacks a word of every phrase holds
   * none, and is not tokenised. Null when a word has a Greek sigma, whose lower case depends on context.
   */
  literals: string[][] | null;
  /**
   * One word of each phrase, found in any case by a regex without the lower case made (null: none fits): a
   * text it misses holds none of the phrases' words, so `literals` need not be looked through.
   */
  hint?: RegExp | null;
  /** `byInitial` by the initial's UTF-16 unit, for the units below `INDEXED_UNITS`. */
  byUnit?: ByUnit<Compiled>;
  /** Each phrase's words in a row in a lower-case text (`mayHoldInRow`), made at first use; null: no phrase. */
  sequence?: RegExp | null | undefined;
}

// Words open with a Latin letter or digit: their phrases are found by the unit's number, no string hashed.
const INDEXED_UNITS = 0x250;
// Words this long or longer share one list of phrases (those whose first word may be as long).
const LONG_WORD = 24;

/**
 * One initial's phrases by the second unit of the word they may start at, then by that word's length (capped at
 * `LONG_WORD`), in their order: a phrase whose first word is not a prefix starts only at a word of its length.
 */
interface UnitIndex<T> {
  /** Per second unit: the phrases whose first word has it there, or has one letter only. */
  bySecond: Map<number, ByLength<T>>;
  /** The phrases whose first word has one letter (all a word without an indexed second unit can start). */
  rest: ByLength<T> | undefined;
}

/** Phrases by the length of the word they may start at, each length's list made at its first use. */
interface ByLength<T> {
  all: readonly T[];
  /** Per length up to `LONG_WORD`: the phrases of `all` that fit it (null: not made yet; undefined: none). */
  lists: (T[] | null | undefined)[];
  openingOf: (t: T) => Opening;
}

type ByUnit<T> = readonly (UnitIndex<T> | undefined)[];

/** How a phrase's first word starts a word: its second unit (-1: none), its length, whether it is a prefix. */
interface Opening {
  second: number;
  length: number;
  prefix: boolean;
}

function byLength<T>(all: readonly T[], openingOf: (t: T) => Opening): ByLength<T> {
  return { all, lists: new Array(LONG_WORD + 1).fill(null), openingOf };
}

/** The phrases of `index` whose first word can be a word of `length` units (at most `LONG_WORD`). */
function fitting<T>(index: ByLength<T>, length: number): T[] | undefined {
  const made = index.lists[length];
  if (made !== null) return made;
  const fits = index.all.filter((t) => {
    const o = index.openingOf(t);
    // The last list serves every longer word: a whole word as long or longer may start there.
    if (o.prefix) return o.length <= length;
    return length < LONG_WORD ? o.length === length : o.length >= LONG_WORD;
  });
  const list = fits.length > 0 ? fits : undefined;
  index.lists[length] = list;
  return list;
}

/** `byInitial` by the initial's UTF-16 unit (below `INDEXED_UNITS`), then by the second and the word's length. */
function indexByUnit<T>(
  byInitial: ReadonlyMap<string, T[]>,
  openingOf: (t: T) => Opening,
): ByUnit<T> {
  const out: (UnitIndex<T> | undefined)[] = new Array(INDEXED_UNITS).fill(undefined);
  for (const [initial, list] of byInitial) {
    const code = initial.charCodeAt(0);
    if (code >= INDEXED_UNITS) continue;
    const bySecond = new Map<number, ByLength<T>>();
    const short = list.filter((t) => openingOf(t).second < 0);
    for (const t of list) {
      const second = openingOf(t).second;
      if (second >= 0 && !bySecond.has(second))
        bySecond.set(
          second,
          byLength(
            list.filter((u) => openingOf(u).second === second || openingOf(u).second < 0),
            openingOf,
          ),
        );
    }
    out[code] = { bySecond, rest: short.length > 0 ? byLength(short, openingOf) : undefined };
  }
  return out;
}

/**
 * The phrases that may start at `word`, in their order: those of its initial (`byInitial.get(word[0])`) whose
 * first word has the word's second unit there and can be as long as the word; the others cannot match
 * (`matchesAt` checks the whole word).
 */
function startingAs<T>(
  input: string,
  byInitial: ReadonlyMap<string, T[]>,
  byUnit: ByUnit<T> | undefined,
): T[] | undefined {
  // Its length and units read directly, whatever kinds of string came before (`asString`).
  const word = asString(input);
  const code = word.charCodeAt(0);
  if (byUnit === undefined || !(code < INDEXED_UNITS)) return byInitial.get(word[0] ?? "");
  const unit = byUnit[code];
  if (unit === undefined) return undefined;
  const index = (word.length > 1 ? unit.bySecond.get(word.charCodeAt(1)) : undefined) ?? unit.rest;
  return index === undefined ? undefined : fitting(index, Math.min(word.length, LONG_WORD));
}

/** How a compiled phrase's first word starts a word. */
function openingOf(c: Compiled): Opening {
  const first = c.parts[0] as Compiled["parts"][number];
  return { second: c.second, length: first.word.length, prefix: first.prefix };
}

export function compileCues(phrases: CuePhrases): CueMatcher {
  const byInitial = new Map<string, Compiled[]>();
  for (const phrase of phrases) {
    // "the region's own budget": a text's words split at an apostrophe ("region", "s"), so a phrase's words do too.
    const parts = phrase
      .toLowerCase()
      .replace(/['’]/g, " ")
      .split(/\s+/)
      .filter((w) => w !== "")
      .map((w) =>
        w.endsWith("*") ? { word: w.slice(0, -1), prefix: true } : { word: w, prefix: false },
      );
    const initial = parts[0]?.word[0];
    if (initial === undefined) continue;
    const list = byInitial.get(initial) ?? [];
    const opening = parts[0]?.word ?? "";
    list.push({ phrase, parts, second: opening.length > 1 ? opening.charCodeAt(1) : -1 });
    byInitial.set(initial, list);
  }
  const literals = [...byInitial.values()].flatMap((list) =>
    list.map((c) => c.parts.map((p) => p.word)),
  );
  const greek = literals.some((words) => words.some((w) => /[σς]/.test(w)));
  return {
    byInitial,
    literals: greek ? null : literals,
    hint: greek ? null : hintOf(literals),
    byUnit: indexByUnit(byInitial, openingOf),
    sequence: undefined,
  };
}

// Between two words: units that start no word (none of a-z, 0-9). A run of them ends where the next ASCII letter
// stands, so each run is read once however the words fall: linear on any text.
const AFTER_WORD = "[^a-z0-9]+";
// A word before such a run must hold one of these, so no run after one of its places holds another ("åå" does not).
const ASCII_UNIT = /[a-z0-9]/;

/**
 * A regex any lower-case text whose words hold a phrase matches: its words in order, only non-word units between
 * (classes wider than the words' own, so no Unicode property is compiled). A phrase is cut after a prefix word
 * ("medfinansier*", whose rest a backtracking `\S*` would read) or a word without an ASCII unit. Null: no phrase.
 */
function sequenceOf(matcher: CueMatcher): RegExp | null {
  const phrases = [...matcher.byInitial.values()].flat();
  if (phrases.length === 0) return null;
  const each = phrases.map((c) => {
    const open = c.parts.findIndex((p) => p.prefix || !ASCII_UNIT.test(p.word));
    const parts = open < 0 ? c.parts : c.parts.slice(0, open + 1);
    return parts.map((p) => p.word);
  });
  return new RegExp(testSource(each, AFTER_WORD, escapeUnit));
}

const escapeUnit = (unit: string) => unit.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// Letters whose every upper case a case-insensitive regex (without /u, much the faster) also finds, except
// the signs below: the hint is used only where each phrase word is made of these.
const PLAIN_WORD = /^[a-zåäöéü0-9-]+$/;
// What lower-cases into those letters unseen by such a regex (Kelvin and Ångström signs), or changes the text's
// length (İ) or depends on context (Σ): a text with one is looked through as before.
const ODD_CASE = "[\\u0130\\u03A3\\u212A\\u212B]";

function hintOf(literals: readonly string[][]): RegExp | null {
  const longest = literals.map((words) =>
    words.reduce((a, b) => (b.length > a.length ? b : a), ""),
  );
  if (longest.length === 0 || !longest.every((w) => PLAIN_WORD.test(w))) return null;
  const words = [...new Set(longest)].map((w) => [w]);
  return new RegExp(`${testSource(words, "", (unit) => unit)}|${ODD_CASE}`, "i");
}

/** False when the matcher's hint rules out every phrase in `text`; true when it may hold one. */
export function hinted(text: string, matcher: CueMatcher): boolean {
  return matcher.hint == null || matcher.hint.test(text);
}

/** Whether a text may hold a phrase of `matcher`: every word of one phrase is in the text's lower case. */
export function mayHold(input: string, matcher: CueMatcher): boolean {
  if (matcher.literals === null) return true;
  // Its properties read directly, whatever kinds of string came before (`asString`).
  const text = asString(input);
  // The text asked last has its lower case made: no hint is needed before looking there.
  if (!lowerCase.holds(text) && !hinted(text, matcher)) return false;
  return holdsAll(lowerCase.of(text), matcher.literals);
}

/**
 * `mayHold`, told sharper for `findCues` and `hasCue`: when each word of `words(text)` is its lower case in place,
 * with only units that start no word between two, a phrase's words must stand in a row (which also holds every
 * word of it). A long text holding a phrase's words apart is then not tokenised.
 */
function mayHoldInRow(input: string, matcher: CueMatcher): boolean {
  if (matcher.literals === null) return true;
  const text = asString(input);
  // A document asked about several tables in a row: its hint is read once, its lower case at hand after it.
  if (!lowerCase.holds(text) && !hinted(text, matcher)) return false;
  const lower = lowerCase.of(text);
  if (!lowerCase.inPlace(text)) return holdsAll(lower, matcher.literals);
  if (matcher.sequence === undefined) matcher.sequence = sequenceOf(matcher);
  return matcher.sequence === null
    ? holdsAll(lower, matcher.literals)
    : matcher.sequence.test(lower);
}

/** Whether `lower` includes every word of some phrase (loops: no closure made per phrase and call). */
function holdsAll(input: string, literals: readonly string[][]): boolean {
  const lower = asString(input);
  for (const words of literals) {
    let all = true;
    for (const w of words) {
      if (!lower.includes(w)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * Whether any part of `text` (a line, a sentence of it) may hold a phrase of `matcher`: false when the whole
 * text lacks a word of every phrase. Lower-casing a part is lower-casing the whole, unless a letter changes
 * length or is Greek capital sigma: then any part may.
 */
export function mayHoldAnywhere(input: string, matcher: CueMatcher): boolean {
  if (matcher.literals === null) return true;
  const text = asString(input);
  if (!hinted(text, matcher)) return false;
  const lower = lowerWhole(text);
  if (lower.length !== text.length || text.includes("Σ")) return true;
  return holdsAll(lower, matcher.literals);
}

/** The lower case of the text asked last, made once while the same text is asked again. */
function lowerCaseOfLast(): (text: string) => string {
  let last = "";
  let lower = "";
  return (input) => {
    const text = asString(input);
    if (text !== last) {
      last = text;
      lower = text.toLowerCase();
    }
    return lower;
  };
}

/** The lower case of the text asked last, and whether its words are in place there (`wordsInPlace`). */
class LastLower {
  private text = "";
  private lower = "";
  private place: boolean | undefined = undefined;

  /** Whether `text` is the text asked last (its lower case is made). */
  holds(text: string): boolean {
    return text === this.text;
  }

  of(input: string): string {
    const text = asString(input);
    if (text !== this.text) {
      this.text = text;
      this.lower = text.toLowerCase();
      this.place = undefined;
    }
    return this.lower;
  }

  /** `wordsInPlace(text, lower)` for the text last given to `of`, read once. */
  inPlace(text: string): boolean {
    this.place ??= wordsInPlace(text, this.lower);
    return this.place;
  }
}

// A document is asked about a few tables in a row, one clause about many: each keeps its own last text.
const lowerWhole = lowerCaseOfLast();
const lowerCase = new LastLower();

/** `count`: `tokens.length`, read once per scan (word lists of many kinds pass here: each read is a generic look-up). */
function matchesAt(tokens: readonly WordToken[], count: number, i: number, c: Compiled): boolean {
  if (i + c.parts.length > count) return false;
  // A one-letter word has no second unit: not read past its end (that would throw away this optimised code).
  const first = asString((tokens[i] as WordToken).word);
  if (c.second >= 0 && (first.length < 2 || first.charCodeAt(1) !== c.second)) return false;
  for (let k = 0; k < c.parts.length; k++) {
    const p = c.parts[k] as Compiled["parts"][number];
    const w = asString((tokens[i + k] as WordToken).word);
    if (p.prefix ? !w.startsWith(p.word) : w !== p.word) return false;
  }
  return true;
}

/** Several tables asked of the same words, merged so that one pass over the words answers them all. */
export interface CueTables {
  byInitial: Map<string, Array<{ compiled: Compiled; bit: number }>>;
  byUnit?: ByUnit<{ compiled: Compiled; bit: number }>;
}

/** The tables merged: table `t` answers in bit `1 << t` of `tablesHit` (at most 31 tables). */
export function combineCues(matchers: readonly CueMatcher[]): CueTables {
  const byInitial: CueTables["byInitial"] = new Map();
  matchers.forEach((matcher, t) => {
    for (const [initial, list] of matcher.byInitial) {
      const into = byInitial.get(initial) ?? [];
      for (const compiled of list) into.push({ compiled, bit: 1 << t });
      byInitial.set(initial, into);
    }
  });
  return { byInitial, byUnit: indexByUnit(byInitial, (t) => openingOf(t.compiled)) };
}

/** Which of the tables hold a phrase in `tokens`: bit t is `hasCue(tokens, matchers[t])`. */
export function tablesHit(tokens: readonly WordToken[], tables: CueTables): number {
  let hits = 0;
  const count = tokens.length;
  for (let i = 0; i < count; i++) {
    const candidates = startingAs((tokens[i] as WordToken).word, tables.byInitial, tables.byUnit);
    if (candidates === undefined) continue;
    for (const { compiled, bit } of candidates) {
      if ((hits & bit) === 0 && matchesAt(tokens, count, i, compiled)) hits |= bit;
    }
  }
  return hits;
}

/** Every phrase of `matcher` in `text` (or in already tokenized words), in order. */
export function findCues(text: string | readonly WordToken[], matcher: CueMatcher): CueHit[] {
  if (typeof text === "string" && !mayHoldInRow(text, matcher)) return [];
  const tokens = typeof text === "string" ? words(text) : text;
  const hits: CueHit[] = [];
  const count = tokens.length;
  for (let i = 0; i < count; i++) {
    const token = tokens[i] as WordToken;
    const candidates = startingAs(token.word, matcher.byInitial, matcher.byUnit);
    if (candidates === undefined) continue;
    for (const c of candidates) {
      if (!matchesAt(tokens, count, i, c)) continue;
      const last = tokens[i + c.parts.length - 1] as WordToken;
      hits.push({ phrase: c.phrase, start: token.start, end: last.end });
    }
  }
  return hits;
}

/**
 * Whether a phrase of `matcher` in `tokens` starts at offset `start` and ends at `end` (-1: anywhere): `findCues`
 * asked of one phrase's place, with no hit made.
 */
export function cueSpanning(
  tokens: readonly WordToken[],
  matcher: CueMatcher,
  start: number,
  end: number,
): boolean {
  const count = tokens.length;
  for (let i = 0; i < count; i++) {
    const token = tokens[i] as WordToken;
    if (start >= 0 && token.start !== start) continue;
    const candidates = startingAs(token.word, matcher.byInitial, matcher.byUnit);
    if (candidates === undefined) continue;
    for (const c of candidates) {
      if (!matchesAt(tokens, count, i, c)) continue;
      if (end < 0 || (tokens[i + c.parts.length - 1] as WordToken).end === end) return true;
    }
  }
  return false;
}

/** Whether `text` holds a phrase of `matcher`: the same pass as `findCues`, stopped at the first, no hit made. */
export function hasCue(text: string | readonly WordToken[], matcher: CueMatcher): boolean {
  if (typeof text === "string" && !mayHoldInRow(text, matcher)) return false;
  const tokens = typeof text === "string" ? words(text) : text;
  const count = tokens.length;
  for (let i = 0; i < count; i++) {
    const candidates = startingAs((tokens[i] as WordToken).word, matcher.byInitial, matcher.byUnit);
    if (candidates === undefined) continue;
    for (const c of candidates) if (matchesAt(tokens, count, i, c)) return true;
  }
  return false;
}
