import { loadDocuments } from "./documents.js";
import { buildLedger } from "./ledger.js";
import { createPassageIndex, type PassageIndex } from "./passages.js";
import type { Ledger, LoadProblem, SourceDocument } from "./types.js";

/** Everything the bot knows: the documents, the ledger built from them, and what failed to load. */
export interface Knowledge {
  documents: SourceDocument[];
  ledger: Ledger;
  passages: PassageIndex;
  problems: LoadProblem[];
}

/** Reads a seeds folder and builds the ledger and passage index; problems are reported, not thrown. */
export function loadKnowledge(seedsDir: string): Knowledge {
  const { documents, problems } = loadDocuments(seedsDir);
  return fromDocuments(documents, problems);
}

export function fromDocuments(
  documents: SourceDocument[],
  problems: LoadProblem[] = [],
): Knowledge {
  return {
    documents,
    ledger: buildLedger(documents),
    passages: createPassageIndex(documents),
    problems,
  };
}
