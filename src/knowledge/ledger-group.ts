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
  /** Why a maintainer may want to look again: merges and years that rest on little. */
  weak: string[];
  /** Every content stem of the group's sentences (and recipients): what "about the same thing" compares. */
  terms: ReadonlySet<string>;
  /** The known areas its tellings name, in either language: tellings of different areas never merge. */
  topics: ReadonlySet<string>;
  /** Whether `terms` (`topics`) is the group's own set, else shared with a fact: copied before it grows. */
  ownsTerms: boolean;
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

/** Adds a fact's stems and areas; a set shared with the fact is copied only when it must grow. */
export function addWords(
  group: Group,
  terms: ReadonlySet<string>,
  topics: ReadonlySet<string>,
): void {
  if (terms !== group.terms && terms.size > 0) {
    group.terms = grown(group.terms, terms, group.ownsTerms);
    group.ownsTerms = group.terms !== terms;
  }
  if (topics !== group.topics && topics.size > 0) {
    group.topics = grown(group.topics, topics, group.ownsTopics);
    group.ownsTopics = group.topics !== topics;
  }
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
    terms: NOTHING,
    topics: NOTHING,
    ownsTerms: false,
    ownsTopics: false,
    weak: [],
    listed: [],
    parent: null,
    seen: null,
  };
  groups.push(group);
  return group;
}

function emptyEntry(fact: RawFact): LedgerEntry {
  return {
    id: `${fact.doc.id}@${fact.amount.start}`,
    amountSek: fact.amount.valueSek,
    qualifier: fact.amount.qualifier,
    year: null,
    years: [],
    yearClue: "none",
    purpose: fact.purpose,
    area: "",
    terms: [],
    recipient: null,
    payer: null,
    funder: null,
    decided: null,
    weak: [],
    role: fact.role.role,
    partOf: null,
    parts: [],
    gms: false,
    sources: [],
    notes: [],
    datesDisagree: false,
  };
}
