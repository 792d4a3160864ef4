// A load in two steps: each run of documents is read on its own (budget, facts, statements, passages:
// nothing there looks at another document), then the runs are joined in order: their facts first (the
// ledger merges them, over the words of all the documents), then the rest. Runs can be read on several
// threads; joined, the result is the same.
import { overBudget, overBudgetProblem } from "./budget.js";
import { extractFacts, type RawFact } from "./facts.js";
import { whileLoading } from "./key-cache.js";
import { buildLedger } from "./ledger.js";
import { rememberStems, sentenceStems } from "./ledger-terms.js";
import { type PackedPassages, packPassages, unpackPassages } from "./packed-passages.js";
import { createPassageIndex, listPassages, type Passage } from "./passages.js";
import type { Segment } from "./segments.js";
import { packSpans, unpackSpans } from "./span-texts.js";
import { emptyStatements, readStatements, type Statements } from "./statements/index.js";
import type { Ledger, LoadProblem, SourceDocument } from "./types.js";
import { countWords } from "./word-counts.js";

/** What a run of consecutive documents says on its own, as plain data. */
export interface BatchReading {
  /** Per document of the run, in order: why it is over the reading budget, or null when it was read. */
  skipped: (string | null)[];
  /** Per document read, in order: its raw facts. */
  facts: RawFact[][];
  statements: Statements;
  /** Their sentences; ids are given when the runs are joined. */
  passages: Passage[];
  /** Made by `forTransfer`: documents and quoted texts are to be filled in. */
  detached?: boolean;
  /** Made by `forTransfer`: the passages as numbers, to be made again (`packed-passages.ts`). */
  packedPassages?: PackedPassages;
  /** Made by `forTransfer`: the statements as JSON, their spans' texts to be cut again (`span-texts.ts`). */
  packedStatements?: string;
  /** Made by `forTransfer`: per document and fact, its sentence's stems (null where left to the join). */
  stems?: (readonly string[] | null)[][];
}

/** Reads a run of documents; a document over the reading budget is only named as skipped. */
export function readBatch(documents: readonly SourceDocument[]): BatchReading {
  return whileLoading(() => {
    const skipped = documents.map(overBudget);
    const read = documents.filter((_, i) => skipped[i] === null);
    return {
      skipped,
      facts: read.map(extractFacts),
      statements: readStatements(read),
      passages: listPassages(read),
    };
  });
}

/** The facts half of a run's reading (`readBatch` without the others): this thread's part of a split load. */
export type FactsReading = Pick<BatchReading, "skipped" | "facts" | "detached" | "stems">;

/** Reads only the run's facts; `readOthers` reads the rest, maybe on another thread. */
export function readFacts(documents: readonly SourceDocument[]): FactsReading {
  return whileLoading(() => {
    const skipped = documents.map(overBudget);
    return { skipped, facts: documents.filter((_, i) => skipped[i] === null).map(extractFacts) };
  });
}

/**
 * The run's reading but its facts (none listed): statements and passages, which no fact needs. The
 * budget is checked here too, so each half knows alone which documents it reads.
 */
export function readOthers(documents: readonly SourceDocument[]): BatchReading {
  return whileLoading(() => {
    const skipped = documents.map(overBudget);
    const read = documents.filter((_, i) => skipped[i] === null);
    return {
      skipped,
      facts: read.map(() => []),
      statements: readStatements(read),
      passages: listPassages(read),
    };
  });
}

/**
 * A reading to send to another thread, made smaller: its facts leave their document behind, and each
 * quoted text the receiver can cut from its own copy of the document is left empty (a third of the
 * bytes to copy). `joinBatches` fills them in again. `run` is the documents `readBatch` read; the
 * reading is used up (its sentences are copies: the thread's memo of them is left as it was).
 */
export function forTransfer(reading: BatchReading, run: readonly SourceDocument[]): BatchReading {
  const read = run.filter((_, i) => reading.skipped[i] === null);
  // The sentences' stems are read here, on the thread that has time, for the join.
  const stems = whileLoading(() =>
    reading.facts.map((facts) => facts.map((f) => sentenceStems(f.segment))),
  );
  reading.facts.forEach((facts, i) => {
    const doc = read[i] as SourceDocument;
    const copies = new Map<Segment, Segment>();
    for (const f of facts) {
      (f as { doc: unknown }).doc = null;
      let copy = copies.get(f.segment);
      if (!copy) {
        copy = { ...f.segment };
        if (copy.text === doc.text.slice(copy.start, copy.end)) copy.text = "";
        copies.set(f.segment, copy);
      }
      f.segment = copy;
    }
  });
  return {
    ...reading,
    statements: emptyStatements(),
    packedStatements: packSpans(reading.statements, read),
    stems,
    passages: [],
    packedPassages: packPassages(reading.passages, read),
    detached: true,
  };
}

/** The facts' texts `forTransfer` left out, cut again from the documents, and their stems kept (in place). */
function restoreFacts(reading: FactsReading, read: readonly SourceDocument[]): void {
  reading.facts.forEach((facts, i) => {
    const text = read[i]?.text ?? "";
    facts.forEach(({ segment: s }, k) => {
      if (s.text === "") s.text = text.slice(s.start, s.end);
      const stems = reading.stems?.[i]?.[k];
      if (stems) rememberStems(s, stems);
    });
  });
}

/** The statements and passages `forTransfer` packed, made again (in place). */
function restoreOthers(reading: BatchReading, read: readonly SourceDocument[]): void {
  if (reading.packedStatements) reading.statements = unpackSpans(reading.packedStatements, read);
  if (reading.packedPassages) reading.passages = unpackPassages(reading.packedPassages, read);
}

/** The facts half of a joined load: the documents read, their words, and the ledger of their facts. */
export interface JoinedFacts {
  documents: SourceDocument[];
  wordCounts: Map<string, number>;
  ledger: Ledger;
}

/** The other half: the passages and statements of the documents read. */
export interface JoinedOthers {
  passages: ReturnType<typeof createPassageIndex>;
  statements: Statements;
}

export type JoinedReading = JoinedFacts & JoinedOthers;

/**
 * The runs' readings joined as if all the documents had been read in one run: `batches[i]` read the
 * documents of `runs[i]`; problems get one entry per skipped document, in document order.
 */
export function joinBatches(
  runs: readonly (readonly SourceDocument[])[],
  batches: readonly BatchReading[],
  problems: LoadProblem[],
): JoinedReading {
  return { ...joinFacts(runs, batches, problems), ...joinOthers(runs, batches) };
}

/**
 * The runs' facts joined, the ledger built (`readings[i]` read `runs[i]`): needs nothing of the others, so
 * it can be built while another thread still reads them. Problems get one entry per skipped document.
 */
export function joinFacts(
  runs: readonly (readonly SourceDocument[])[],
  readings: readonly FactsReading[],
  problems: LoadProblem[],
): JoinedFacts {
  const documents: SourceDocument[] = [];
  const factsOf = new Map<SourceDocument, RawFact[]>();
  runs.forEach((run, r) => {
    const reading = readings[r] as FactsReading;
    if (reading.detached) restoreFacts(reading, readOf(run, reading));
    let read = 0;
    run.forEach((doc, i) => {
      const reason = reading.skipped[i];
      if (reason != null) {
        problems.push(overBudgetProblem(doc.fileName, reason));
        return;
      }
      const facts = reading.facts[read++] ?? [];
      for (const f of facts) f.doc = doc;
      factsOf.set(doc, facts);
      documents.push(doc);
    });
  });
  const wordCounts = countWords(documents);
  return {
    documents,
    wordCounts,
    ledger: buildLedger(documents, wordCounts, (doc) => factsOf.get(doc) ?? extractFacts(doc)),
  };
}

/** The runs' statements and passages joined, in document order (`readings[i]` read `runs[i]`). */
export function joinOthers(
  runs: readonly (readonly SourceDocument[])[],
  readings: readonly BatchReading[],
): JoinedOthers {
  runs.forEach((run, r) => {
    const reading = readings[r] as BatchReading;
    if (reading.detached) restoreOthers(reading, readOf(run, reading));
  });
  return {
    passages: createPassageIndex(joinPassages(readings)),
    statements: joinStatements(readings.map((b) => b.statements)),
  };
}

/** The documents of `run` a reading read (those within the budget). */
function readOf(run: readonly SourceDocument[], reading: FactsReading): SourceDocument[] {
  return run.filter((_, i) => reading.skipped[i] == null);
}

function joinPassages(batches: readonly BatchReading[]): Passage[] {
  // A lone run's passages are numbered from 0 already (`listPassages`): they are all of them.
  if (batches.length === 1 && !batches[0]?.detached) return batches[0]?.passages ?? [];
  const all: Passage[] = [];
  // The runs' passages are their own (made by `listPassages` for this load): numbered in place.
  for (const b of batches) {
    for (const p of b.passages) {
      p.id = all.length;
      all.push(p);
    }
  }
  return all;
}

function joinStatements(parts: readonly Statements[]): Statements {
  // A lone run's statements are all of them, in their kinds' order (`emptyStatements`).
  if (parts.length === 1 && parts[0]) return parts[0];
  const all = emptyStatements();
  for (const part of parts) {
    for (const kind of Object.keys(all) as (keyof Statements)[]) {
      const into = all[kind] as unknown[];
      for (const s of part[kind]) into.push(s);
    }
  }
  return all;
}
