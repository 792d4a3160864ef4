// The first load on two threads: a worker reads every document's statements, word counts and passages
// while this thread reads their facts and then builds the ledger; the two are joined here. The knowledge is
// the same as `loadKnowledge`'s, to the byte. Split by kind of reading, not by documents: most of a reader's
// work is its first meeting with each wording (its caches), which two threads reading halves would both do.
import { existsSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type BatchReading,
  beginLoad,
  type Knowledge,
  type LoadOptions,
  prepareJoin,
  readBatch,
  readFacts,
  readOthers,
  type SourceDocument,
  withFacts,
} from "../knowledge/index.js";
import { tuneEngineForLoad } from "./engine-flags.js";

// Beside this module in the tsc output; under live/ when this code runs bundled into dist/cli.js.
const READER_FILE = ["./reader-worker.js", "./live/reader-worker.js"]
  .map((path) => fileURLToPath(new URL(path, import.meta.url)))
  .find((file) => existsSync(file));

// A second thread starts cold (its own modules and compiled code, about 1–2 s of CPU) while V8's
// collector and compiler already use the second core: below a few thousand documents one thread is faster.
const PARALLEL_MIN_FILES = 2_500;
// On one core the worker (at the lowest priority, `thread-priority.ts`) would only wait. On two it uses what
// V8's compiler and collector leave of the second: 4.1–4.2 s against 4.4–4.6 s at 10,000 documents.
const PARALLEL_MIN_CORES = 2;

export interface ParallelLoadOptions extends LoadOptions {
  /** A folder of fewer files is read on this thread alone. */
  minFiles?: number;
  /** On a machine with fewer cores the documents are read on this thread alone. */
  minCores?: number;
}

/** `loadKnowledge` with the documents read on two threads (one where no built worker file exists). */
export async function loadKnowledgeInParallel(
  seedsDir: string,
  options: ParallelLoadOptions = {},
): Promise<Knowledge> {
  tuneEngineForLoad();
  // Started first, the worker loads its modules while this thread reads the files.
  const large =
    availableParallelism() >= (options.minCores ?? PARALLEL_MIN_CORES) &&
    fileCount(seedsDir) >= (options.minFiles ?? PARALLEL_MIN_FILES);
  const worker = READER_FILE === undefined || !large ? null : new Worker(READER_FILE);
  // A worker that cannot start is only a thread less: its failure is answered where its reply is awaited.
  worker?.on("error", () => {});
  try {
    const begun = beginLoad(seedsDir, options);
    if ("ledger" in begun) return begun;
    const { documents } = begun;
    if (worker === null || documents.length === 0) return begun.finish([readBatch(documents)]);
    const reply = readOn(worker, documents);
    const own = readFacts(documents);
    // Done here, what the join asks of the facts fills any wait for the worker.
    prepareJoin(own);
    // A worker that fails to read leaves its part to this thread: the result is the same.
    const others = (await reply) ?? readOthers(documents);
    return begun.finish([withFacts(others, own)]);
  } finally {
    void worker?.terminate();
  }
}

function readOn(worker: Worker, documents: SourceDocument[]): Promise<BatchReading | null> {
  return new Promise((resolve) => {
    worker.once("message", (reading: BatchReading) => resolve(reading));
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
    worker.postMessage(documents);
  });
}

/** How many entries the folder has (documents and others alike); 0 when it cannot be read. */
function fileCount(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}
