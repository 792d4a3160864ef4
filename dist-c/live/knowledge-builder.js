import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { createPassageIndex } from "../knowledge/index.js";
import { createRebuilder } from "./rebuild.js";
// Beside this module in the tsc output; under live/ when this code runs bundled into dist/cli.js.
const WORKER_FILE = ["./knowledge-worker.js", "./live/knowledge-worker.js"]
    .map((path) => fileURLToPath(new URL(path, import.meta.url)))
    .find((file) => existsSync(file)) ??
    fileURLToPath(new URL("./knowledge-worker.js", import.meta.url));
/** A long-lived worker thread that rebuilds on request; it never keeps the process alive. */
export function createKnowledgeBuilder(seedsDir, initial) {
    if (!existsSync(WORKER_FILE))
        return inlineBuilder(seedsDir, initial);
    let worker = null;
    let nextId = 0;
    const pending = new Map();
    const failAll = (error) => {
        for (const p of pending.values())
            p.reject(error);
        pending.clear();
        worker = null;
    };
    const start = () => {
        const w = new Worker(WORKER_FILE, { workerData: { seedsDir, documents: initial } });
        w.unref();
        w.on("message", (reply) => {
            const waiting = pending.get(reply.id);
            pending.delete(reply.id);
            if (!waiting)
                return;
            if (reply.ok)
                waiting.resolve(toKnowledge(reply.built));
            else
                waiting.reject(new Error(reply.message));
        });
        w.on("error", (error) => failAll(error));
        w.on("exit", (code) => failAll(new Error(`the knowledge worker exited (code ${code})`)));
        return w;
    };
    return {
        where: "worker",
        build() {
            worker ??= start();
            const id = nextId++;
            const running = worker;
            return new Promise((resolve, reject) => {
                pending.set(id, { resolve, reject });
                running.postMessage({ id });
            });
        },
        async close() {
            const w = worker;
            worker = null;
            if (w)
                await w.terminate();
        },
    };
}
/** Plain data back into a Knowledge: only the search index is made here, lazily on first use. */
export function toKnowledge(built) {
    return { ...built, passages: createPassageIndex(built.passages) };
}
function inlineBuilder(seedsDir, initial) {
    const rebuild = createRebuilder(seedsDir, initial);
    return {
        where: "inline",
        build: async () => toKnowledge(rebuild()),
        close: async () => { },
    };
}
//# sourceMappingURL=knowledge-builder.js.map