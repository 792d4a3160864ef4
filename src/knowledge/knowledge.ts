import type { Ledger, LoadProblem, SourceDocument } from "./types.js";

/** Everything the bot knows: the documents, the ledger built from them, and what failed to load. */
export interface Knowledge {
  documents: SourceDocument[];
  ledger: Ledger;
  problems: LoadProblem[];
}

/** Placeholder until the loader lands: loads nothing. */
export function loadKnowledge(_seedsDir: string): Knowledge {
  return { documents: [], ledger: { entries: [] }, problems: [] };
}
