import {
  cacheByKey,
  compareText,
  contentStems,
  fundingRole,
  type Knowledge,
  type LedgerEntry,
  MONTH_NAMES_EN,
  MONTH_NAMES_SV,
  phraseStems,
  stem,
  swedishAreaStems,
} from "../knowledge/index.js";
import { opensCompound, opensSomeTerm } from "./compound-modifiers.js";
import { conditionCompounds } from "./condition-compounds.js";
import type { Query } from "./query.js";
import { topicsOf } from "./say.js";
import { baseForms, withBaseForms } from "./word-forms.js";

// "beslutade i maj": a month says when money was decided, never what it went to ("hur mycket fick maja").
const MONTH_STEMS = new Set(
  [...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m) => stem(m.toLowerCase())),
);

/** The stem is a month's ("maj", "juni"): it says when, never what. */
export function isMonthStem(s: string): boolean {
  return MONTH_STEMS.has(s);
}

function withoutMonths(stems: Set<string>): Set<string> {
  for (const m of MONTH_STEMS) stems.delete(m);
  return stems;
}

/** A ledger entry with the stems used to match questions to it. */
export interface IndexedEntry {
  entry: LedgerEntry;
  purpose: Set<string>;
  terms: Set<string>;
  /** Every known topic the purpose names. */
  topics: Set<string>;
}

export interface EntryIndex {
  entries: IndexedEntry[];
  byId: Map<string, LedgerEntry>;
  /** Every stem any entry knows: a question word outside it names something the documents don't fund. */
  knownStems: Set<string>;
  /** Ways to read a stem as modifier + head, both known: "barncanc" → [["barn"], "canc"]. */
  splits(stem: string): Split[];
  /** Condition compounds an organ or body word is the modifier of: "prostat" → ["prostatacanc"]. */
  conditionsOf(stem: string): string[];
  /** Entries that use a stem, or name an area: only these can score for a question. */
  postings: Map<string, IndexedEntry[]>;
  /** Entries by their year (`entry.year`), in `byEntryOrder`: a year's question reads only its year, sorted. */
  byYear: Map<number, LedgerEntry[]>;
  /** Entries by their amount, in ledger order: "what was the 14,5 million for?" reads only that amount. */
  byAmount: Map<number, LedgerEntry[]>;
}

/** A compound read as its parts; the modifier may carry a linking "s" ("äggstocks"). */
/** `opening`: first parts the entries only write inside other compounds ("hjärt" of "hjärtsjukdom"). */
export type Split = { mods: string[]; head: string; opening?: string[] };

const SPLIT_CACHE_MAX = 10_000;

export function createEntryIndex(knowledge: Knowledge, isWord: (w: string) => boolean): EntryIndex {
  // A title speaks for a document's money only when the document announces one grant ("Barn som
  // insjuknar i cancer …"); in a document with several, it would leak into all of them.
  const grantsPerDoc = new Map<string, number>();
  for (const e of knowledge.ledger.entries) {
    if (fundingRole(e) !== "grant") continue;
    const doc = e.sources[0]?.docId ?? "";
    grantsPerDoc.set(doc, (grantsPerDoc.get(doc) ?? 0) + 1);
  }
  const titles = new Map(
    knowledge.documents
      .filter((d) => (grantsPerDoc.get(d.id) ?? 0) <= 1)
      // An English title's known area is found by its Swedish name too ("antibiotic resistance").
      // A decision's title the page quotes ("Beslutet har rubriken ”…”") says what it is about, as its own does.
      .map((d) => [d.id, titleStems(`${d.title} ${d.quotedTitle ?? ""}`, isWord)]),
  );
  // Many grants share their purpose's words ("helgenomsekvensering"): each text is stemmed once.
  const purposeStems = cacheByKey((purpose) => contentStems(purpose, isWord), 50_000);
  const entries = knowledge.ledger.entries.map((entry) => ({
    entry,
    // An English purpose ("acute leukaemia") is found by its area's Swedish words too ("akuta leukemier").
    purpose: withoutMonths(
      withBaseForms(
        entry.area !== "" && entry.area !== entry.purpose
          ? [...new Set([...purposeStems(entry.purpose), ...purposeStems(entry.area)])]
          : purposeStems(entry.purpose),
      ),
    ),
    // A document's title says what all of it is about ("Barn som insjuknar i cancer …").
    terms: withoutMonths(
      withBaseForms([...entry.terms, ...entry.sources.flatMap((s) => titles.get(s.docId) ?? [])]),
    ),
    topics: new Set(topicsOf(entry).map((t) => t.key)),
  }));
  const knownStems = new Set(entries.flatMap((e) => [...e.terms, ...e.purpose]));
  // "hjärt" opens "hjärtsjukdom": a part the entries' words open compounds with (looked up once per part).
  const isModifier = cacheByKey((m) => opensCompound(m, knownStems), SPLIT_CACHE_MAX);
  const splits = cacheByKey((stem) => splitCompound(stem, knownStems, isModifier), SPLIT_CACHE_MAX);
  const postings = new Map<string, IndexedEntry[]>();
  for (const e of entries) {
    const areas = [e.entry.area, ...e.topics].map((a) => `area:${a}`);
    for (const key of new Set([...e.terms, ...e.purpose, ...areas])) {
      const list = postings.get(key) ?? [];
      list.push(e);
      postings.set(key, list);
    }
  }
  const byId = new Map(entries.map((e) => [e.entry.id, e.entry]));
  const byAmount = new Map<number, LedgerEntry[]>();
  for (const { entry } of entries) {
    const list = byAmount.get(entry.amountSek);
    if (list) list.push(entry);
    else byAmount.set(entry.amountSek, [entry]);
  }
  const conditionsOf = cacheByKey(
    (s) => conditionCompounds(s, (c) => knownStems.has(c)),
    SPLIT_CACHE_MAX,
  );
  return {
    entries,
    byId,
    knownStems,
    splits,
    conditionsOf,
    postings,
    byYear: entriesByYear(knowledge),
    byAmount,
  };
}

function titleStems(title: string, isWord: (w: string) => boolean): string[] {
  return [...contentStems(title, isWord), ...swedishAreaStems(title)];
}

function entriesByYear(knowledge: Knowledge): Map<number, LedgerEntry[]> {
  const byYear = new Map<number, LedgerEntry[]>();
  for (const e of knowledge.ledger.entries) {
    if (e.year === null) continue;
    // "10 miljoner kronor per år 2030–2032" is money of each of its years.
    for (const year of e.perYear ? e.years : [e.year]) {
      const list = byYear.get(year);
      if (list) list.push(e);
      else byYear.set(year, [e]);
    }
  }
  // Sorted once here, so a total over thousands of grants sorts an already sorted list (linear).
  for (const list of byYear.values()) list.sort(byEntryOrder);
  return byYear;
}

/** The entries that share at least one stem, compound part or area with the question. */
function reachable(query: Query, index: EntryIndex): Set<IndexedEntry> {
  const out = new Set<IndexedEntry>();
  const add = (key: string) => {
    for (const e of index.postings.get(key) ?? []) out.add(e);
  };
  for (const s of query.stems) {
    add(s);
    for (const base of baseForms(s)) add(base);
    for (const split of index.splits(s)) add(split.head);
    for (const compound of index.conditionsOf(s)) add(compound);
  }
  for (const t of query.topics) add(`area:${t}`);
  return out;
}

function splitCompound(
  stem: string,
  known: Set<string>,
  isModifier: (m: string) => boolean,
): Split[] {
  const out: Split[] = [];
  for (let i = 3; i <= stem.length - 3; i++) {
    const head = stem.slice(i);
    if (!known.has(head)) continue;
    const mod = stem.slice(0, i);
    const forms = [mod, ...(mod.endsWith("s") ? [mod.slice(0, -1)] : [])];
    const mods = forms.filter((m) => known.has(m));
    // Only a word the entries never write whole is read by a first part they write inside compounds.
    const opening = known.has(stem) ? [] : forms.filter((m) => !known.has(m) && isModifier(m));
    if (mods.length > 0 || opening.length > 0) out.push({ mods, head, opening });
  }
  return out;
}

/** "barncanc" found as "barn" + "canc" in an entry that says "barn … cancer". */
function hasParts(splits: Split[], terms: Set<string>): boolean {
  return splits.some(
    (s) =>
      terms.has(s.head) &&
      (s.mods.some((m) => terms.has(m)) || (s.opening ?? []).some((m) => opensSomeTerm(m, terms))),
  );
}

/** How well an entry matches the question's topic: purpose words count most, then its sentences. */
function topicScore(e: IndexedEntry, query: Query, index: EntryIndex): { s: number; mask: number } {
  let score = 0;
  // Which of the question's words the entry has (bit i: stem i), to drop entries that have fewer of them.
  let mask = 0;
  query.stems.forEach((s, i) => {
    const points = stemScore(e, s, index);
    score += points;
    if (points > 0) mask |= 1 << (i % 31);
  });
  query.topics.forEach((t, i) => {
    if (e.entry.area !== t && !e.topics.has(t)) return;
    score += 4;
    mask |= 1 << ((query.stems.length + i) % 31);
  });
  return { s: score, mask };
}

/**
 * "the nordic rare disease hub thing": of the matched entries, those holding every asked word beside the
 * named areas' own words ("nordic", "hub"), when any does; else all of them.
 */
export function narrowedByOtherWords(
  query: Query,
  index: EntryIndex,
  matched: IndexedEntry[],
): IndexedEntry[] {
  const areaStems = new Set(query.topics.flatMap((t) => phraseStems(t)));
  const other = query.stems.filter((s) => !areaStems.has(s));
  if (other.length === 0 || query.topics.length === 0) return matched;
  const holding = matched.filter((e) => other.every((s) => stemScore(e, s, index) > 0));
  return holding.length > 0 ? holding : matched;
}

function stemScore(e: IndexedEntry, s: string, index: EntryIndex): number {
  const forms = [s, ...baseForms(s)];
  if (forms.some((f) => e.purpose.has(f))) return 3;
  if (forms.some((f) => e.terms.has(f))) return 1;
  const splits = index.splits(s);
  if (splits.length > 0 && (hasParts(splits, e.purpose) || hasParts(splits, e.terms))) return 2;
  // "prostata": the condition compound it names ("prostatacancer"), as its purpose or in its sentences.
  const compounds = index.conditionsOf(s);
  if (compounds.some((c) => e.purpose.has(c))) return 2;
  return compounds.some((c) => e.terms.has(c)) ? 1 : 0;
}

type Scored = { e: IndexedEntry; s: number; mask: number };

/**
 * An entry that has some of the question's words another entry has, and none besides, answers less of it
 * ("kliniska studier" has "study" only; "ärftlig tarmcancer" only the "ärftlig" of "ärftlig hjärtsjukdom").
 * Per year when several are asked; never between two named areas ("barncancer och lungcancer").
 */
function dropCovered(scored: Scored[], query: Query): Scored[] {
  if (query.topics.length > 1 || query.stems.length < 2) return scored;
  const groupOf = (x: Scored) => (query.years.length > 1 ? x.e.entry.year : null);
  const masks = new Map<number | null, Set<number>>();
  for (const x of scored) {
    const set = masks.get(groupOf(x)) ?? new Set<number>();
    set.add(x.mask);
    masks.set(groupOf(x), set);
  }
  // A named area's own words are its aliases ("sällsynta diagnoser"): only an entry without the area is weaker.
  const topicBits = query.topics.length === 0 ? 0 : 1 << (query.stems.length % 31);
  const covered = (x: Scored) => {
    if ((x.mask & topicBits) !== 0) return false;
    for (const m of masks.get(groupOf(x)) ?? [])
      if (m !== x.mask && (m & x.mask) === x.mask) return true;
    return false;
  };
  return scored.filter((x) => !covered(x));
}

export function hasTopic(query: Query): boolean {
  return query.stems.length > 0 || query.topics.length > 0 || query.unknown.length > 0;
}

/** Entries about the question's topic that `accept` allows, best first; the weakest matches are dropped. */
export function matchTopic(
  query: Query,
  index: EntryIndex,
  accept: (e: IndexedEntry) => boolean = () => true,
): IndexedEntry[] {
  const all: Scored[] = [];
  for (const e of reachable(query, index)) {
    if (!accept(e)) continue;
    const score = topicScore(e, query, index);
    if (score.s > 0) all.push({ e, ...score });
  }
  const scored = dropCovered(all, query);
  const best = Math.max(0, ...scored.map((x) => x.s));
  // "the pilots in 2021 and 2022 combined": each asked year keeps its own best match, however it scores
  // against another year's.
  const bestOf = new Map<number | null, number>();
  if (query.years.length > 1)
    for (const x of scored)
      bestOf.set(x.e.entry.year, Math.max(bestOf.get(x.e.entry.year) ?? 0, x.s));
  // A named area keeps its weaker mentions too ("alla barn … med cancer"); free words keep only the best.
  const floor = query.topics.length > 0 ? 0.25 : 0.6;
  // The items of one split are different areas by construction: of siblings, only the best-matching stay
  // ("kliniska studier" is not the item that merely says "klinisk praxis").
  // A split is one year's: a whole's shares for different years (9 M in 2026, 9 M in 2027) are no rivals.
  const siblingKey = (x: Scored) => `${x.e.entry.partOf}|${x.e.entry.year}`;
  const bestSibling = new Map<string, number>();
  for (const x of scored) {
    if (x.e.entry.partOf)
      bestSibling.set(siblingKey(x), Math.max(bestSibling.get(siblingKey(x)) ?? 0, x.s));
  }
  // Only for one asked area: "datadelning och sällsynta" asks for two siblings.
  const weakSibling = (x: Scored) =>
    query.topics.length === 1 &&
    x.e.entry.partOf !== null &&
    x.s < (bestSibling.get(siblingKey(x)) ?? 0);
  return (
    scored
      .filter((x) => x.s >= (bestOf.get(x.e.entry.year) ?? best) * floor && !weakSibling(x))
      // Equally good matches: GMS's own money before other money the documents mention beside it.
      .sort(
        (a, b) =>
          b.s - a.s ||
          Number(b.e.entry.gms) - Number(a.e.entry.gms) ||
          byEntryOrder(a.e.entry, b.e.entry),
      )
      .map((x) => x.e)
  );
}

/** Stable order: year, then grants before parts, then larger amounts, then id. */
export function byEntryOrder(a: LedgerEntry, b: LedgerEntry): number {
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    Number(a.partOf !== null) - Number(b.partOf !== null) ||
    b.amountSek - a.amountSek ||
    compareText(a.id, b.id)
  );
}

/** The entries of the years, each once (an amount given per year is listed under each of its years). */
export function entriesOfYears(index: EntryIndex, years: readonly number[]): LedgerEntry[] {
  if (years.length === 1) return index.byYear.get(years[0] ?? 0) ?? [];
  return [...new Set(years.flatMap((y) => index.byYear.get(y) ?? []))];
}

/** "10 miljoner kronor per år 2030–2032": the amount is given for each of several years. */
export function givenPerYear(entry: LedgerEntry): boolean {
  return entry.perYear === true && entry.years.length > 1;
}

/** What an entry adds to a sum over the years: its amount, or once a year for an amount given per year. */
export function amountInYears(entry: LedgerEntry, years: readonly number[]): number {
  if (!entry.perYear || years.length === 0) return entry.amountSek;
  const inside = entry.years.filter((y) => years.includes(y)).length;
  return entry.amountSek * Math.max(1, inside);
}

export function inYears(entry: LedgerEntry, years: readonly number[]): boolean {
  return years.length === 0 || entry.years.some((y) => years.includes(y));
}

/** The question names something the documents talk about (a known topic, or a word some entry uses). */
export function knowsTopic(index: EntryIndex, query: Query): boolean {
  if (query.topics.length > 0 || query.unknown.length > 0) return true;
  return query.stems.some((s) => knowsStem(index, s));
}

/** Some entry names the stem, or a compound or condition made of stems some entries name. */
export function knowsStem(index: EntryIndex, s: string): boolean {
  return index.knownStems.has(s) || index.splits(s).length > 0 || index.conditionsOf(s).length > 0;
}

/** Whether an amount the question names is an entry of the years it names ("fick gms 12 mkr 2019?"). */
export function namesEntryOfYears(
  index: EntryIndex,
  query: Pick<Query, "amounts" | "years">,
): boolean {
  if (query.years.length === 0) return false;
  return query.amounts.some((a) =>
    (index.byAmount.get(a.valueSek) ?? []).some((e) => inYears(e, query.years)),
  );
}
