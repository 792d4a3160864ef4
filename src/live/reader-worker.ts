// Worker-thread entry: reads one run of documents for a parallel load (`parallel-load.ts`).
import { parentPort } from "node:worker_threads";
import { readBatch, type SourceDocument, withoutDocuments } from "../knowledge/index.js";

parentPort?.on("message", (documents: SourceDocument[]) => {
  parentPort?.postMessage(withoutDocuments(readBatch(documents)));
});
