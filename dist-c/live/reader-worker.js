// Worker-thread entry: reads one run of documents for a parallel load (`parallel-load.ts`).
import { parentPort } from "node:worker_threads";
import { forTransfer, readBatch } from "../knowledge/index.js";
parentPort?.on("message", (documents) => {
    const reading = forTransfer(readBatch(documents), documents);
    // The packed passages' buffer moves to the main thread instead of being copied.
    const moved = reading.packedPassages ? [reading.packedPassages.numbers.buffer] : [];
    parentPort?.postMessage(reading, moved);
});
//# sourceMappingURL=reader-worker.js.map