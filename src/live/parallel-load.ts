// The first load on two threads: a worker reads the second half of the documents while this thread reads
// the first; the halves are joined here. The knowledge is the same as `loadKnowledge`'s, to the byte.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type BatchReading,
  beginLoad,
  type Knowledge,
  type LoadOptions,
  readBatch,
  type SourceDocument,
} from "../knowledge/index.js";

// Beside this module in the tsc output; under live/ when this code runs bundled into dist/cli.js.
const READER_FILE = ["./reader-worker.js", "./live/reader-worker.js"]
  .map((path) => fileURLToPath(new URL(path, import.meta.url)))
  .find((file) => existsSync(file));

// Below this many characters a second thread costs more to start than it saves (about 150 documents).
const PARALLEL_MIN_CHARS = 500_000;

export interface ParallelLoadOptions extends LoadOptions {
  /** Documents of fewer characters in all are read on this thread alone. */
  minChars?: number;
}

/** `loadKnowledge` with the documents read on two threads (one where no built worker file exists). */
export async function loadKnowledgeInParallel(
  seedsDir: string,
  options: ParallelLoadOptions = {},
): Promise<Knowledge> {
  const begun = beginLoad(seedsDir, options);
  if ("ledger" in begun) return begun;
  const [mine, theirs] = halves(begun.documents, options.minChars ?? PARALLEL_MIN_CHARS);
  if (READER_FILE === undefined || theirs.length === 0)
    return begun.finish([readBatch(begun.documents)]);
  const worker = new Worker(READER_FILE);
  try {
    const reply = readOn(worker, theirs);
    const own = readBatch(mine);
    // A worker that fails to read leaves its half to this thread: the result is the same.
    const other = (await reply) ?? readBatch(theirs);
    return begun.finish([own, other]);
  } finally {
    void worker.terminate();
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

/** Two consecutive runs of about equal text; the second is empty for a small corpus. */
function halves(
  documents: SourceDocument[],
  minChars: number,
): [SourceDocument[], SourceDocument[]] {
  let total = 0;
  for (const d of documents) total += d.text.length;
  if (total < minChars || documents.length < 2) return [documents, []];
  let at = 0;
  for (let sum = 0; at < documents.length && sum < total / 2; at++) {
    sum += (documents[at] as SourceDocument).text.length;
  }
  return [documents.slice(0, at), documents.slice(at)];
}
