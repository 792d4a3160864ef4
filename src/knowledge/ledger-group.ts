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
  terms: Set<string>;
  /** The known areas its tellings name, in either language: tellings of different areas never merge. */
  topics: Set<string>;
  /** What `sameGrant` asks of `facts`, kept as they are added: a large group is never scanned per fact. */
  seen: {
    docIds: Set<string>;
    segments: Set<RawFact["segment"]>;
    lists: Set<number | null>;
    /** One fact per distinct document, years, clue, funder, payer and share count: all the checks read. */
    reps: RawFact[];
    repKeys: Set<string>;
  };
}

export function remember(group: Group, fact: RawFact): void {
  const seen = group.seen;
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

export function newGroup(groups: Group[], fact: RawFact): Group {
  const group: Group = {
    facts: [fact],
    entry: emptyEntry(fact),
    terms: new Set(),
    topics: new Set(),
    weak: [],
    listed: [],
    parent: null,
    seen: {
      docIds: new Set(),
      segments: new Set(),
      lists: new Set(),
      reps: [],
      repKeys: new Set(),
    },
  };
  remember(group, fact);
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
