// A ledger entry in the making: the raw facts told of one grant and what the merge checks read of them.
import type { RawFact } from "./facts.js";
import type { LedgerEntry } from "./types.js";

/** Raw facts that are one grant; the first is the one told first. */
export interface Group {
  facts: RawFact[];
  entry: LedgerEntry;
  /** The amounts it is listed under for merging (its own, and the exact one a rounded headline gave way to). */
  listed: number[];
  /** The group of the whole this one is a share of. */
  parent: Group | null;
  /** The grant an undated co-funding is told beside. */
  cofunds?: Group | null;
  /** The grant an amending decision changes ("höjs från 92 till 97 miljoner"): this one replaces it. */
  revises?: Group | null;
  /** Why a maintainer may want to look again: merges and years that rest on little. */
  weak: string[];
  /** Its tellings' lists of stems (`TellingTerms.of`), each once: what "about the same thing" compares. */
  termLists: (readonly string[])[];
  /** Every stem of `termLists`, made when a merge check first asks (`termsOf`), then kept up to date. */
  terms: Set<string> | null;
  /** The known areas its tellings name, in either language: tellings of different areas never merge. */
  topics: ReadonlySet<string>;
  /** Whether `topics` is the group's own set, else shared with a fact: copied before it grows. */
  ownsTopics: boolean;
  /**
   * What `sameGrant` asks of `facts`, kept as they are added: a large group is never scanned per fact. Most
   * groups hold one fact: until a second comes, null, and the one fact answers (`docIdsOf`, `repsOf`, …).
   */
  seen: Seen | null;
}

interface Seen {
  docIds: Set<string>;
  segments: Set<RawFact["segment"]>;
  lists: Set<number | null>;
  /** One fact per distinct document, years, clue, funder, payer and share count: all the checks read. */
  reps: RawFact[];
  repKeys: Set<string>;
}

const NOTHING: ReadonlySet<string> = new Set();

/** Whether a fact of document `docId` is in the group. */
export function hasDocument(group: Group, docId: string): boolean {
  return group.seen ? group.seen.docIds.has(docId) : group.facts[0]?.doc.id === docId;
}

/** How many documents tell the group's grant. */
export function documentCount(group: Group): number {
  return group.seen ? group.seen.docIds.size : 1;
}

export function hasSegment(group: Group, segment: RawFact["segment"]): boolean {
  return group.seen ? group.seen.segments.has(segment) : group.facts[0]?.segment === segment;
}

export function hasList(group: Group, list: number | null): boolean {
  return group.seen ? group.seen.lists.has(list) : group.facts[0]?.list === list;
}

/** Whether its facts stand in a list (or in more than one list, or in none and some list). */
export function toldInList(group: Group): boolean {
  return group.seen
    ? group.seen.lists.size > 1 || !group.seen.lists.has(null)
    : group.facts[0]?.list !== null;
}

/** One fact per distinct reading that `sameGrant` checks (the one fact of a group of one). */
export function repsOf(group: Group): readonly RawFact[] {
  return group.seen ? group.seen.reps : group.facts;
}

/** Records a fact pushed onto `group.facts` (a group of one gets its sets when a second fact comes). */
export function remember(group: Group, fact: RawFact): void {
  let seen = group.seen;
  if (!seen) {
    const first = group.facts[0] as RawFact;
    seen = {
      docIds: new Set(),
      segments: new Set(),
      lists: new Set(),
      reps: [],
      repKeys: new Set(),
    };
    group.seen = seen;
    if (first !== fact) remember(group, first);
  }
  seen.docIds.add(fact.doc.id);
  seen.segments.add(fact.segment);
  seen.lists.add(fact.list);
  const key = [
    fact.doc.id,
    fact.years.years.join(),
    fact.years.clue,
    fact.funder,
    fact.payer,
    fact.twins <= 1,
  ].join("\u0000");
  if (seen.repKeys.has(key)) return;
  seen.repKeys.add(key);
  seen.reps.push(fact);
}

/** Adds a telling's stems and areas; a set of areas shared with the fact is copied only when it must grow. */
export function addWords(
  group: Group,
  terms: readonly string[],
  topics: ReadonlySet<string>,
): void {
  if (terms.length > 0 && !group.termLists.includes(terms)) {
    group.termLists.push(terms);
    if (group.terms) for (const t of terms) group.terms.add(t);
  }
  if (topics !== group.topics && topics.size > 0) {
    group.topics = grown(group.topics, topics, group.ownsTopics);
    group.ownsTopics = group.topics !== topics;
  }
}

/** Every stem of the group's tellings (most groups are never compared: the set is made only when asked). */
export function termsOf(group: Group): ReadonlySet<string> {
  if (group.terms === null) {
    // Added list by list: no flattened copy of the lists is made on the way.
    const all = new Set<string>();
    for (const list of group.termLists) for (const t of list) all.add(t);
    group.terms = all;
  }
  return group.terms;
}

/** `have` with `more` added: `more` itself when `have` is an empty shared set, a copy when shared. */
function grown(
  have: ReadonlySet<string>,
  more: ReadonlySet<string>,
  owned: boolean,
): ReadonlySet<string> {
  if (have.size === 0 && !owned) return more;
  const own = owned ? (have as Set<string>) : new Set(have);
  for (const t of more) own.add(t);
  return own;
}

export function newGroup(groups: Group[], fact: RawFact): Group {
  const group: Group = {
    facts: [fact],
    entry: emptyEntry(fact),
    termLists: [],
    terms: null,
    topics: NOTHING,
    ownsTopics: false,
    weak: [],
    listed: [],
    parent: null,
    cofunds: null,
    seen: null,
  };
  groups.push(group);
  return group;
}

// The lists `finishEntry` replaces: one frozen empty list meanwhile (a push before then would throw).
const FILLED_AT_FINISH = Object.freeze([]) as unknown as never[];

function emptyEntry(fact: RawFact): LedgerEntry {
  return {
    id: `${fact.doc.id}@${fact.amount.start}`,
    amountSek: fact.amount.valueSek,
    qualifier: fact.amount.qualifier,
    year: null,
    years: FILLED_AT_FINISH,
    yearClue: "none",
    purpose: fact.purpose,
    area: "",
    terms: FILLED_AT_FINISH,
    recipient: null,
    payer: null,
    funder: null,
    decided: null,
    weak: FILLED_AT_FINISH,
    role: fact.role.role,
    partOf: null,
    parts: [],
    gms: false,
    sources: FILLED_AT_FINISH,
    notes: FILLED_AT_FINISH,
    datesDisagree: false,
  };
}
