import type { LedgerEntry } from "../../knowledge/index.js";
import type { IndexedEntry } from "../match.js";

/** The documents that state these entries: who/when answers look only there. */
export function documentsOf(entries: ReadonlyArray<LedgerEntry | IndexedEntry>): Set<string> {
  const docs = new Set<string>();
  for (const e of entries) {
    const entry = "entry" in e ? e.entry : e;
    for (const s of entry.sources) docs.add(s.docId);
  }
  return docs;
}
