import { countsAsGrant, type LedgerEntry } from "../../knowledge/index.js";
import { entriesOfYears, type IndexedEntry } from "../match.js";
import type { AnswerContext } from "./context.js";

/** The documents that state these entries: who/when answers look only there. */
export function documentsOf(entries: ReadonlyArray<LedgerEntry | IndexedEntry>): Set<string> {
  const docs = new Set<string>();
  for (const e of entries) {
    const entry = "entry" in e ? e.entry : e;
    for (const s of entry.sources) docs.add(s.docId);
  }
  return docs;
}

/**
 * The document each entry was first read from (its id is `docId@offset`): the one telling it as its own
 * money, where a retelling document ("året innan var det 58 miljoner") only quotes it.
 */
export function owningDocuments(entries: ReadonlyArray<LedgerEntry | IndexedEntry>): Set<string> {
  return new Set(
    entries.map((e) => {
      const id = ("entry" in e ? e.entry : e).id;
      return id.slice(0, id.lastIndexOf("@"));
    }),
  );
}

/** The documents that tell a GMS grant of the asked years (or the grants given) as their own money. */
export function yearOwners(
  ctx: AnswerContext,
  years: readonly number[],
  only?: ReadonlyArray<LedgerEntry | IndexedEntry>,
): Set<string> {
  const grants = only
    ? only.map((e) => ("entry" in e ? e.entry : e))
    : entriesOfYears(ctx.index, years).filter((e) => e.gms && countsAsGrant(e));
  // A decision document among a grant's sources grants it, whichever document was read first; one dated
  // after the asked years only retells them (money for a year is never decided after it).
  const last = Math.max(...years);
  const decisions = new Set(
    ctx.knowledge.statements.decisions
      .filter((d) => d.fromDecisionDocument && (d.date?.year ?? 0) <= last)
      .map((d) => d.span.docId),
  );
  const decided = [...documentsOf(grants)].filter((id) => decisions.has(id));
  return new Set([...owningDocuments(grants), ...decided]);
}
