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
  // As in `words`: the text lower-cased once is each word lower-cased, unless lengths change or Σ occurs.
  const lower = text.toLowerCase();
  const whole = lower.length === text.length && !text.includes("Σ");
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const at = m.index;
    const start = offset + at;
    const word = whole ? lower.slice(at, at + raw.length) : raw.toLowerCase();
    out.push({ word, raw, start, end: start + raw.length });
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
  const last = pattern.length - 1;
  const head = pattern.charCodeAt(0) === STAR;
  const tail = pattern.charCodeAt(last) === STAR;
  if (head && tail && last > 1) return word.includes(pattern.slice(1, -1));
  if (tail) return word.startsWith(pattern.slice(0, -1));
  if (head) return word.endsWith(pattern.slice(1));
  return word === pattern;
}

const STAR = 42; // "*"

function matchesAt(toks: readonly Token[], i: number, phrase: Phrase): boolean {
  if (i + phrase.length > toks.length) return false;
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

/** A table indexed by its phrases' first word: most words start no phrase, and are skipped at once. */
interface CompiledTable {
  /** The table's number, in the order tables are first used. */
  id: number;
  exact: Map<string, Phrase[]>;
  wild: Phrase[];
  /** The fixed letters of each wild first word ("minister" of "*minister"). */
  cores: string[];
}

// Each exact first word, to the tables it starts a phrase of: a word list looks its words up once, and
// then knows for every table at once whether one of its exact phrases may start in it.
const tablesOfWord = new Map<string, number[]>();
let tableCount = 0;

/** The tables (numbered below `known`) with an exact first word in a word list. */
interface ListTables {
  known: number;
  ids: Set<number>;
  /** The words joined by a separator no phrase holds: a core is in one of the words when it is in this. */
  joined: string;
}
const listTables = new WeakMap<readonly Token[], ListTables>();

function tablesIn(toks: readonly Token[]): ListTables {
  let found = listTables.get(toks);
  if (found && found.known === tableCount) return found;
  const joined = found?.joined ?? toks.map((t) => t.word).join("\u0000");
  found = { known: tableCount, ids: new Set(), joined };
  for (const t of toks) for (const id of tablesOfWord.get(t.word) ?? []) found.ids.add(id);
  listTables.set(toks, found);
  return found;
}

/** Whether any word could start a phrase of the table: most word lists are ruled out at once. */
function mayContain(toks: readonly Token[], table: CompiledTable): boolean {
  const list = tablesIn(toks);
  if (list.ids.has(table.id)) return true;
  // A core is part of one word (phrases split on spaces), so it is found within one.
  for (const core of table.cores) {
    if (core === "?" && toks.length > 0) return true;
    if (list.joined.includes(core) && toks.some((t) => t.word.includes(core))) return true;
  }
  return false;
}

const compiled = new WeakMap<readonly Phrase[], CompiledTable>();

function compile(table: readonly Phrase[]): CompiledTable {
  let c = compiled.get(table);
  if (c) return c;
  c = { id: tableCount, exact: new Map(), wild: [], cores: [] };
  tableCount += 1;
  for (const phrase of table) {
    const first = phrase[0] ?? "";
    if (first.includes("*") || first === "?") {
      c.wild.push(phrase);
      c.cores.push(first.replaceAll("*", ""));
    } else c.exact.set(first, [...(c.exact.get(first) ?? []), phrase]);
  }
  for (const first of c.exact.keys()) {
    const ids = tablesOfWord.get(first) ?? [];
    ids.push(c.id);
    tablesOfWord.set(first, ids);
  }
  compiled.set(table, c);
  return c;
}

/** Every place one of `table` starts, in token order (the longest phrase at each place). */
export function findPhrases(toks: readonly Token[], table: readonly Phrase[]): PhraseHit[] {
  const c = compile(table);
  const { exact, wild } = c;
  if (!mayContain(toks, c)) return [];
  const hits: PhraseHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    let best: Phrase | null = null;
    const candidates = exact.get(toks[i]?.word ?? "");
    if (candidates !== undefined) best = longestAt(toks, i, candidates, best);
    if (wild.length > 0) best = longestAt(toks, i, wild, best);
    if (best !== null) hits.push({ at: i, end: i + best.length, phrase: best });
  }
  return hits;
}

function longestAt(
  toks: readonly Token[],
  i: number,
  phrases: readonly Phrase[],
  best: Phrase | null,
): Phrase | null {
  let found = best;
  for (const phrase of phrases)
    if ((found === null || phrase.length > found.length) && matchesAt(toks, i, phrase))
      found = phrase;
  return found;
}

export function hasPhrase(toks: readonly Token[], table: readonly Phrase[]): boolean {
  return findPhrases(toks, table).length > 0;
}

export const isCapitalised = (raw: string): boolean => /^\p{Lu}/u.test(raw);
