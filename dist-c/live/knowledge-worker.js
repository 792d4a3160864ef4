// Worker-thread entry: rebuilds the knowledge away from the thread that answers questions.
import { parentPort, workerData } from "node:worker_threads";
import { createRebuilder } from "./rebuild.js";
const { seedsDir, documents } = workerData;
const rebuild = createRebuilder(seedsDir, documents);
parentPort?.on("message", (request) => {
    try {
        parentPort?.postMessage({ id: request.id, ok: true, built: rebuild() });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        parentPort?.postMessage({ id: request.id, ok: false, message });
    }
});
//# sourceMappingURL=knowledge-worker.js.map