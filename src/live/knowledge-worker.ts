// Worker-thread entry: rebuilds the knowledge away from the thread that answers questions.
import { parentPort, workerData } from "node:worker_threads";
import type { SourceDocument } from "../knowledge/index.js";
import { createRebuilder } from "./rebuild.js";

const { seedsDir, documents } = workerData as { seedsDir: string; documents: SourceDocument[] };
const rebuild = createRebuilder(seedsDir, documents);

parentPort?.on("message", (request: { id: number }) => {
  try {
    parentPort?.postMessage({ id: request.id, ok: true, built: rebuild() });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: request.id, ok: false, message });
  }
});
