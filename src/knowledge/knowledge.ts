import {
  type BatchReading,
  type FactsReading,
  joinBatches,
  joinFacts,
  joinOthers,
  readBatch,
} from "./batch-reading.js";
import { applyCorrections, readCorrections } from "./corrections.js";
import { loadDocuments } from "./documents.js";
import { whileLoading } from "./key-cache.js";
import { createPassageIndex, listPassages, type PassageIndex } from "./passages.js";
import { keepsSnapshots, readSnapshot, snapshotKey, writeSnapshot } from "./snapshot.js";
import type { Statements } from "./statements/index.js";
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
  /**
   * Takes the snapshot's write to run when the caller likes: a bot answers first and writes after (about
   * as long as the build again at 10,000 documents). Without it the snapshot is written at once.
   */
  onSnapshot?: (write: () => void) => void;
}

/** Reads a seeds folder and builds the ledger and passage index; problems are reported, not thrown. */
export function loadKnowledge(seedsDir: string, options: LoadOptions = {}): Knowledge {
  const begun = beginLoad(seedsDir, options);
  return "ledger" in begun ? begun : begun.finish([readBatch(begun.documents)]);
}

/** A load whose documents are read: read them in runs (`readBatch`, on any thread), then finish. */
export interface PendingLoad {
  documents: SourceDocument[];
  /** Joins the readings of consecutive runs of `documents` (together all of them, in order). */
  finish(batches: readonly BatchReading[]): Knowledge;
  /**
   * `finish` in two steps: the runs' facts joined now (the ledger built, while another thread may still
   * read the rest), then the same runs' other readings by the function returned.
   */
  joinFactsFirst(facts: readonly FactsReading[]): (others: readonly BatchReading[]) => Knowledge;
}

/**
 * Reads the folder's documents: the knowledge itself when a snapshot of them is kept, else a
 * pending load. With `cacheDir`, finishing writes the snapshot; corrections apply after it either way.
 */
export function beginLoad(seedsDir: string, options: LoadOptions = {}): Knowledge | PendingLoad {
  const loaded = whileLoading(() => loadDocuments(seedsDir));
  const problems = loaded.problems;
  const cacheDir = options.cacheDir;
  const snapshots = cacheDir && loaded.documents.length > 0 ? cacheDir : null;
  // The key (a hash of every document) is made first only where a snapshot may match; else when one is written.
  const key = snapshots && keepsSnapshots(snapshots) ? snapshotKey(loaded.documents) : null;
  if (cacheDir && key !== null) {
    const snapshot = readSnapshot(cacheDir, key, loaded.documents);
    if (snapshot) return corrected(seedsDir, fromSnapshot(loaded.documents, problems, snapshot));
  }
  const joinFactsFirst = (facts: readonly FactsReading[]) => {
    const skipped: LoadProblem[] = [];
    const runs = runsOf(loaded.documents, facts);
    const half = whileLoading(() => joinFacts(runs, facts, skipped));
    return (others: readonly BatchReading[]): Knowledge => {
      problems.push(...skipped);
      const knowledge = { ...half, ...whileLoading(() => joinOthers(runs, others)), problems };
      // The snapshot remembers which documents were over the reading budget, so a start with the same
      // documents reads none of them (the budget check finds every amount).
      if (snapshots) {
        const snapshot = { ledger: knowledge.ledger, statements: knowledge.statements, skipped };
        const write = () =>
          writeSnapshot(
            snapshots,
            key ?? snapshotKey(loaded.documents),
            snapshot,
            knowledge.documents,
          );
        options.onSnapshot ? options.onSnapshot(write) : write();
      }
      return corrected(seedsDir, knowledge);
    };
  };
  return {
    documents: loaded.documents,
    finish: (batches) => joinFactsFirst(batches)(batches),
    joinFactsFirst,
  };
}

/** Corrections apply after the snapshot, so editing them never needs a rebuild. */
function corrected(seedsDir: string, knowledge: Knowledge): Knowledge {
  const corrections = readCorrections(seedsDir, knowledge.problems);
  if (corrections.length === 0) return knowledge;
  const ledger = structuredClone(knowledge.ledger);
  applyCorrections(ledger.entries, corrections, knowledge.problems);
  return { ...knowledge, ledger };
}

function fromSnapshot(
  loaded: SourceDocument[],
  problems: LoadProblem[],
  snapshot: NonNullable<ReturnType<typeof readSnapshot>>,
): Knowledge {
  const skipped = new Set(snapshot.skipped.map((p) => p.file));
  const documents = loaded.filter((d) => !skipped.has(d.fileName));
  problems.push(...snapshot.skipped);
  return {
    documents,
    wordCounts: countWords(documents),
    ledger: snapshot.ledger,
    passages: createPassageIndex(listPassages(documents)),
    statements: snapshot.statements,
    problems,
  };
}

/** The runs the batches read: consecutive, as long as each batch's list of documents. */
function runsOf(documents: SourceDocument[], batches: readonly FactsReading[]): SourceDocument[][] {
  const runs: SourceDocument[][] = [];
  let at = 0;
  for (const b of batches) {
    runs.push(documents.slice(at, at + b.skipped.length));
    at += b.skipped.length;
  }
  return runs;
}

/** Builds from documents already read; a document over the reading budget is skipped as a problem. */
export function fromDocuments(
  documents: SourceDocument[],
  problems: LoadProblem[] = [],
): Knowledge {
  const all = [...problems];
  return join([documents], [readBatch(documents)], all);
}

function join(
  runs: readonly (readonly SourceDocument[])[],
  batches: readonly BatchReading[],
  problems: LoadProblem[],
): Knowledge {
  return { ...whileLoading(() => joinBatches(runs, batches, problems)), problems };
}
