// Worker-thread entry: reads what a split load leaves to a second thread (`parallel-load.ts`). First it splits
// each run of documents into sentences ahead of the main thread's facts (`packSentences`), then it reads the
// statements and passages of each run it claims from the front; the main thread claims the rest from the back.
import { parentPort } from "node:worker_threads";
import { forTransfer, packedBuffers, packSentences, readOthers } from "../knowledge/index.js";
import {
  BY_WORKER,
  claim,
  type PreRead,
  type ReaderReply,
  type ReaderTask,
  runBounds,
} from "./run-claims.js";
import { yieldCoreToOthers } from "./thread-priority.js";

yieldCoreToOthers();

parentPort?.on("message", ({ documents, claims, runSize, ahead, progress }: ReaderTask) => {
  const runs: ReaderReply["runs"] = [];
  const bounds = runBounds(documents.length, runSize);
  // First every run's sentences, ahead of the main thread's facts (a run it has reached it splits itself).
  for (
    let i = Atomics.load(progress, 0);
    i < bounds.length;
    i = Math.max(i + 1, Atomics.load(progress, 0))
  ) {
    const [start, end] = bounds[i] as [number, number];
    const packed = packSentences(documents.slice(start, end));
    ahead.postMessage({ run: i, packed } satisfies PreRead, packedBuffers(packed));
  }
  ahead.close();
  for (let i = 0; i < bounds.length && claim(claims, i, BY_WORKER); i++) {
    const [start, end] = bounds[i] as [number, number];
    const run = documents.slice(start, end);
    runs.push({ run: i, reading: forTransfer(readOthers(run), run) });
  }
  // The packed passages' buffers move to the main thread instead of being copied.
  const moved = runs.flatMap(({ reading: r }) =>
    r.packedPassages ? [r.packedPassages.numbers.buffer] : [],
  );
  parentPort?.postMessage({ runs } satisfies ReaderReply, moved);
});
