// Worker-thread entry: reads what a split load leaves to a second thread (`parallel-load.ts`): every
// document's statements, word counts and passages, while the main thread reads their facts.
import { parentPort } from "node:worker_threads";
import { forTransfer, readOthers, type SourceDocument } from "../knowledge/index.js";
import { yieldCoreToOthers } from "./thread-priority.js";

yieldCoreToOthers();

parentPort?.on("message", (documents: SourceDocument[]) => {
  const reading = forTransfer(readOthers(documents), documents);
  // The packed passages' buffer moves to the main thread instead of being copied.
  const moved = reading.packedPassages ? [reading.packedPassages.numbers.buffer] : [];
  parentPort?.postMessage(reading, moved);
});
