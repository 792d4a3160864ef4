// Worker-thread entry: reads what a split load leaves to a second thread (`parallel-load.ts`): the statements,
// word counts and passages of each run of documents it claims from the front, while the main thread reads
// every document's facts (and then claims runs from the back).
import { parentPort } from "node:worker_threads";
import { forTransfer, readOthers } from "../knowledge/index.js";
import { BY_WORKER, claim, type ReaderReply, type ReaderTask, runBounds } from "./run-claims.js";
import { yieldCoreToOthers } from "./thread-priority.js";

yieldCoreToOthers();

parentPort?.on("message", ({ documents, claims, runSize }: ReaderTask) => {
  const runs: ReaderReply["runs"] = [];
  const bounds = runBounds(documents.length, runSize);
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
