// Worker-thread entry: reads one run of documents for a parallel load (`parallel-load.ts`).
import { parentPort } from "node:worker_threads";
import { forTransfer, readBatch, type SourceDocument } from "../knowledge/index.js";

parentPort?.on("message", (documents: SourceDocument[]) => {
  parentPort?.postMessage(forTransfer(readBatch(documents), documents));
});
