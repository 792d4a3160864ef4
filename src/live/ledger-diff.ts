import type { Knowledge, LedgerEntry } from "../knowledge/index.js";

/** What a reload changed, in the terms a maintainer checks: documents and ledger entries. */
export interface KnowledgeDiff {
  documentsAdded: string[];
  documentsRemoved: string[];
  documentsChanged: string[];
  entriesAdded: string[];
  entriesRemoved: string[];
  entriesChanged: string[];
}

// Entry ids are positional and shift when a document is added: the quoted figure is the identity.
const identity = (e: LedgerEntry) =>
  `${e.sources[0]?.docId ?? "-"}|${e.sources[0]?.text ?? ""}|${e.amountSek}`;
const meaning = (e: LedgerEntry) =>
  JSON.stringify([
    e.years,
    e.role,
    e.area,
    e.recipient,
    e.payer,
    e.gms,
    e.qualifier,
    e.sources.length,
  ]);

/** One line a person can read: amount, years, area and the document that states it. */
export function describeEntry(e: LedgerEntry): string {
  const years = e.years.length > 0 ? ` ${e.years.join("–")}` : "";
  return `SEK ${e.amountSek}${years} ${e.area || e.purpose.slice(0, 40)} (${e.sources[0]?.docId ?? "?"})`;
}

export function diffKnowledge(before: Knowledge, after: Knowledge): KnowledgeDiff {
  const docsBefore = new Map(before.documents.map((d) => [d.id, d.text]));
  const docsAfter = new Map(after.documents.map((d) => [d.id, d.text]));
  const entriesBefore = new Map(before.ledger.entries.map((e) => [identity(e), e]));
  const entriesAfter = new Map(after.ledger.entries.map((e) => [identity(e), e]));
  const changedDoc = (id: string) => docsBefore.has(id) && docsBefore.get(id) !== docsAfter.get(id);
  const changedEntry = (key: string, e: LedgerEntry) => {
    const old = entriesBefore.get(key);
    return old !== undefined && meaning(old) !== meaning(e);
  };
  return {
    documentsAdded: [...docsAfter.keys()].filter((id) => !docsBefore.has(id)),
    documentsRemoved: [...docsBefore.keys()].filter((id) => !docsAfter.has(id)),
    documentsChanged: [...docsAfter.keys()].filter(changedDoc),
    entriesAdded: [...entriesAfter]
      .filter(([k]) => !entriesBefore.has(k))
      .map(([, e]) => describeEntry(e)),
    entriesRemoved: [...entriesBefore]
      .filter(([k]) => !entriesAfter.has(k))
      .map(([, e]) => describeEntry(e)),
    entriesChanged: [...entriesAfter]
      .filter(([k, e]) => changedEntry(k, e))
      .map(([, e]) => describeEntry(e)),
  };
}

/** True when nothing a question could see has changed. */
export function isEmptyDiff(diff: KnowledgeDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}
