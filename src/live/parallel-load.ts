// The first load on two threads: a worker splits the documents' sentences ahead of this thread and reads their
// statements and passages, while this thread reads their facts and then builds the ledger; the two are joined
// here. The knowledge is the same as `loadKnowledge`'s, to the byte. Split by kind of reading, not by documents:
// most of a reader's work is its first meeting with each wording (its caches), which halves would both do.
import { existsSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from "node:worker_threads";
import {
  type BatchReading,
  beginLoad,
  type Knowledge,
  keepSentences,
  type LoadOptions,
  type PendingLoad,
  readBatch,
  readFacts,
  readOthers,
  type SourceDocument,
} from "../knowledge/index.js";
import { tuneEngineForLoad } from "./engine-flags.js";
import {
  BY_MAIN,
  claim,
  newClaims,
  newProgress,
  type PreRead,
  type ReaderReply,
  type ReaderTask,
  RUN_SIZE,
  runBounds,
} from "./run-claims.js";
import { threadsHaveOwnPriority } from "./thread-priority.js";

// Beside this module in the tsc output; under live/ when this code runs bundled into dist/cli.js.
const READER_FILE = ["./reader-worker.js", "./live/reader-worker.js"]
  .map((path) => fileURLToPath(new URL(path, import.meta.url)))
  .find((file) => existsSync(file));

// A second thread starts cold (its own modules and compiled code, about 1–2 s of CPU) while V8's
// collector and compiler already use the second core: below a few thousand documents one thread is faster.
const PARALLEL_MIN_FILES = 2_500;
// On one core the worker (at the lowest priority, `thread-priority.ts`) would only wait. On two it uses what
// V8's compiler and collector leave of the second: 4.1–4.2 s against 4.4–4.6 s at 10,000 documents. Where a
// thread cannot lower its own priority, a worker beside them delays the main thread as much as it helps.
const PARALLEL_MIN_CORES = threadsHaveOwnPriority() ? 2 : 3;

export interface ParallelLoadOptions extends LoadOptions {
  /** A folder of fewer files is read on this thread alone. */
  minFiles?: number;
  /** On a machine with fewer cores the documents are read on this thread alone. */
  minCores?: number;
  /** Documents per run the two threads share (`RUN_SIZE`). */
  runSize?: number;
  /** The worker's module (the built `reader-worker.js` unless a test gives another). */
  readerFile?: string;
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
  const file = options.readerFile ?? READER_FILE;
  const worker = file === undefined || !large ? null : new Worker(file);
  // A worker that cannot start is only a thread less: its failure is answered where its reply is awaited.
  worker?.on("error", () => {});
  try {
    const begun = beginLoad(seedsDir, options);
    if ("ledger" in begun) return begun;
    const { documents } = begun;
    if (worker === null || documents.length === 0) return begun.finish([readBatch(documents)]);
    return await readSplit(worker, begun, options.runSize ?? RUN_SIZE);
  } finally {
    void worker?.terminate();
  }
}

/** Facts here, the rest on the worker; the ledger is built while the worker still reads. */
async function readSplit(worker: Worker, begun: PendingLoad, runSize: number): Promise<Knowledge> {
  const { documents } = begun;
  const runs = runBounds(documents.length, runSize).map(([start, end]) =>
    documents.slice(start, end),
  );
  const claims = newClaims(runs.length);
  const progress = newProgress();
  const { port1: ahead, port2 } = new MessageChannel();
  const reply = readOn(worker, { documents, claims, runSize, ahead: port2, progress }, [port2]);
  const facts = runs.map((run, i) => {
    Atomics.store(progress, 0, i + 1);
    keepSentAhead(runs, ahead);
    return readFacts(run);
  });
  ahead.close();
  const finish = begun.joinFactsFirst(facts);
  // The runs the worker has not reached, from the back: the two threads meet where the work ends.
  const mine = new Map<number, BatchReading>();
  for (let i = runs.length - 1; i >= 0 && claim(claims, i, BY_MAIN); i--) {
    mine.set(i, readOthers(runs[i] as SourceDocument[]));
  }
  const theirs = new Map((await reply)?.runs.map(({ run, reading }) => [run, reading]));
  // A run the worker claimed but never sent (it failed) is read here: the result is the same.
  return finish(runs.map((run, i) => mine.get(i) ?? theirs.get(i) ?? readOthers(run)));
}

/** Keeps the sentences of the runs the worker has split by now, so they are not split again here. */
function keepSentAhead(runs: readonly SourceDocument[][], ahead: MessagePort): void {
  for (let m = receiveMessageOnPort(ahead); m; m = receiveMessageOnPort(ahead)) {
    const { run, packed } = m.message as PreRead;
    keepSentences(runs[run] as SourceDocument[], packed);
  }
}

function readOn(
  worker: Worker,
  task: ReaderTask,
  moved: MessagePort[],
): Promise<ReaderReply | null> {
  return new Promise((resolve) => {
    worker.once("message", (reply: ReaderReply) => resolve(reply));
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
    worker.postMessage(task, moved);
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
