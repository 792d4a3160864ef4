// Words with their offsets, and cue phrases matched on them: "i uppdrag" is two tokens, not a regex.
import {
  type CompiledTable,
  compile,
  type ListStarts,
  listStarts,
  mayStart,
  type Starts,
  type WordStarts,
  wordMatches,
} from "./phrase-starts.js";
import { mapWords } from "./word-spans.js";

export interface Token {
  /** Lower case. */
  readonly word: string;
  /** As written. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/** A word of a sentence: few readers ask how it is written, so that is cut from the sentence when asked. */
class SentenceWord implements Token {
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
    private readonly text: string,
    private readonly offset: number,
  ) {}

  get raw(): string {
    return this.text.slice(this.start - this.offset, this.end - this.offset);
  }
}

/** The words of `text`; offsets are relative to `offset` (the text's start in its document). */
export function tokens(text: string, offset = 0): Token[] {
  return mapWords(text, (at, end, lower) => {
    const word = lower === null ? text.slice(at, end).toLowerCase() : lower.slice(at, end);
    return new SentenceWord(word, offset + at, offset + end, text, offset);
  });
}

/**
 * As `tokens`, from the sentence's starts (`textStarts` of the same text): each word's lower case and
 * offsets are taken from them, so the text is not read again.
 */
export function tokensWith(text: string, offset: number, starts: ListStarts): Token[] {
  const { each, spans } = starts;
  const out = new Array<Token>(each.length);
  for (let k = 0; k < each.length; k++) {
    const at = offset + (spans[2 * k] as number);
    const end = offset + (spans[2 * k + 1] as number);
    out[k] = new SentenceWord((each[k] as WordStarts).word, at, end, text, offset);
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

/** Whether the phrase stands at word `i`, within the words before `to`. */
function matchesAt(toks: readonly Token[], i: number, to: number, phrase: Phrase): boolean {
  if (i + phrase.length > to) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!wordMatches(phrase[k] ?? "", toks[i + k]?.word ?? "")) return false;
  }
  return true;
}

export interface PhraseHit {
  /** Index of the first token. */
  at: number;
  /** Index after the last token. */
  end: number;
  phrase: Phrase;
}

const NO_HITS: readonly PhraseHit[] = Object.freeze([]);

/** Every place one of `table` starts, in token order (the longest phrase at each place). */
export function findPhrases(
  toks: readonly Token[],
  table: readonly Phrase[],
): readonly PhraseHit[] {
  return findPhrasesIn(toks, 0, toks.length, table);
}

/**
 * As `findPhrases(toks.slice(from, to), table)`, its places counted in `toks`: a run of a sentence's
 * words is read in place, with the sentence's starts.
 */
export function findPhrasesIn(
  toks: readonly Token[],
  from: number,
  to: number,
  table: readonly Phrase[],
): readonly PhraseHit[] {
  const c = compile(table);
  const starts = listStarts(toks);
  if (!mayStart(starts, c)) return NO_HITS;
  let hits: PhraseHit[] | null = null;
  for (let i = from; i < to; i++) {
    const best = longestAt(toks, i, to, c, starts);
    if (best === null) continue;
    hits ??= [];
    hits.push({ at: i, end: i + best.length, phrase: best });
  }
  return hits ?? NO_HITS;
}

/** The first place one of `table` starts, as `findPhrases(…)[0]` without reading on. */
export function firstPhrase(
  toks: readonly Token[],
  table: readonly Phrase[],
): PhraseHit | undefined {
  return firstPhraseIn(toks, 0, toks.length, table);
}

/** As `findPhrasesIn(…)[0]`, without reading on. */
export function firstPhraseIn(
  toks: readonly Token[],
  from: number,
  to: number,
  table: readonly Phrase[],
): PhraseHit | undefined {
  const c = compile(table);
  const starts = listStarts(toks);
  if (!mayStart(starts, c)) return undefined;
  for (let i = from; i < to; i++) {
    const best = longestAt(toks, i, to, c, starts);
    if (best !== null) return { at: i, end: i + best.length, phrase: best };
  }
  return undefined;
}

/** Whether a text with these starts may hold a phrase of the table: when not, its words need not be read. */
export function mayHold(starts: Starts, table: readonly Phrase[]): boolean {
  return mayStart(starts, compile(table));
}

export function hasPhrase(toks: readonly Token[], table: readonly Phrase[]): boolean {
  return firstPhrase(toks, table) !== undefined;
}

/** The longest phrase of the table at word `i`, ending by `to`: exact first words before wild ones, as listed. */
function longestAt(
  toks: readonly Token[],
  i: number,
  to: number,
  c: CompiledTable,
  starts: ListStarts,
): Phrase | null {
  const each = starts.each[i];
  if (each === undefined || !mayStart(each, c)) return null;
  let found: Phrase | null = null;
  for (const phrase of c.exact.get(toks[i]?.word ?? "") ?? NO_PHRASES)
    if ((found === null || phrase.length > found.length) && matchesAt(toks, i, to, phrase))
      found = phrase;
  for (const phrase of c.wild)
    if ((found === null || phrase.length > found.length) && matchesAt(toks, i, to, phrase))
      found = phrase;
  return found;
}

const NO_PHRASES: readonly Phrase[] = [];

export const isCapitalised = (raw: string): boolean => /^\p{Lu}/u.test(raw);
