import { withinBudget } from "./budget.js";
import { applyCorrections, readCorrections } from "./corrections.js";
import { loadDocuments } from "./documents.js";
import { whileLoading } from "./key-cache.js";
import { buildLedger } from "./ledger.js";
import { createPassageIndex, listPassages, type PassageIndex } from "./passages.js";
import { readSnapshot, snapshotKey, writeSnapshot } from "./snapshot.js";
import { readStatements, type Statements } from "./statements/index.js";
import type { Ledger, LoadProblem, SourceDocument } from "./types.js";
import { countWords } from "./word-counts.js";

/** Everything the bot knows: the documents, the ledger built from them, and what failed to load. */
export interface Knowledge {
  documents: SourceDocument[];
  /** Word counts of the documents: the vocabulary for spelling correction and compounds. */
  wordCounts: ReadonlyMap<string, number>;
  ledger: Ledger;
  passages: PassageIndex;
  /** Deadlines, decisions, people, copy lists, members, definitions and channels, read at load. */
  statements: Statements;
  problems: LoadProblem[];
}

export interface LoadOptions {
  /** A folder for snapshots of the built ledger, so the next start with the same documents skips the work. */
  cacheDir?: string | null;
}

/** Reads a seeds folder and builds the ledger and passage index; problems are reported, not thrown. */
export function loadKnowledge(seedsDir: string, options: LoadOptions = {}): Knowledge {
  const knowledge = whileLoading(() => loadUncorrected(seedsDir, options));
  // Corrections apply after the snapshot, so editing them never needs a rebuild.
  const corrections = readCorrections(seedsDir, knowledge.problems);
  if (corrections.length > 0) {
    const ledger = structuredClone(knowledge.ledger);
    applyCorrections(ledger.entries, corrections, knowledge.problems);
    return { ...knowledge, ledger };
  }
  return knowledge;
}

function loadUncorrected(seedsDir: string, options: LoadOptions): Knowledge {
  const loaded = loadDocuments(seedsDir);
  const problems = loaded.problems;
  const cacheDir = options.cacheDir;
  if (!cacheDir || loaded.documents.length === 0)
    return build(withinBudget(loaded.documents, problems), problems);
  // The snapshot remembers which documents were over the reading budget, so a start with the same
  // documents reads none of them (the budget check finds every amount).
  const key = snapshotKey(loaded.documents);
  const snapshot = readSnapshot(cacheDir, key, loaded.documents);
  if (snapshot) {
    const skipped = new Set(snapshot.skipped.map((p) => p.file));
    const documents = loaded.documents.filter((d) => !skipped.has(d.fileName));
    problems.push(...snapshot.skipped);
    return {
      documents,
      wordCounts: countWords(documents),
      ledger: snapshot.ledger,
      passages: createPassageIndex(snapshot.passages),
      statements: snapshot.statements,
      problems,
    };
  }
  const skipped: LoadProblem[] = [];
  const documents = withinBudget(loaded.documents, skipped);
  problems.push(...skipped);
  const knowledge = build(documents, problems);
  writeSnapshot(cacheDir, key, {
    ledger: knowledge.ledger,
    passages: [...knowledge.passages.all()],
    statements: knowledge.statements,
    skipped,
  });
  return knowledge;
}

/** Builds from documents already read; a document over the reading budget is skipped as a problem. */
export function fromDocuments(
  documents: SourceDocument[],
  problems: LoadProblem[] = [],
): Knowledge {
  const all = [...problems];
  return whileLoading(() => build(withinBudget(documents, all), all));
}

function build(documents: SourceDocument[], problems: LoadProblem[]): Knowledge {
  const wordCounts = countWords(documents);
  return {
    documents,
    wordCounts,
    ledger: buildLedger(documents, wordCounts),
    passages: createPassageIndex(listPassages(documents)),
    statements: readStatements(documents),
    problems,
  };
}
