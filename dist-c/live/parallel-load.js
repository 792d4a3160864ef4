// The first load on two threads: a worker reads the second half of the documents while this thread reads
// the first; the halves are joined here. The knowledge is the same as `loadKnowledge`'s, to the byte.
import { existsSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { beginLoad, prepareJoin, readBatch, } from "../knowledge/index.js";
// Beside this module in the tsc output; under live/ when this code runs bundled into dist/cli.js.
const READER_FILE = ["./reader-worker.js", "./live/reader-worker.js"]
    .map((path) => fileURLToPath(new URL(path, import.meta.url)))
    .find((file) => existsSync(file));
// A second thread starts cold (its own modules and compiled code, about 1–2 s of CPU) while V8's
// collector and compiler already use the second core: below a few thousand documents one thread is faster.
const PARALLEL_MIN_FILES = 2_500;
// On two cores V8's own threads already fill the second: two readers there took 7.3–9.7 s for 10,000
// documents against 6.4–7.3 s for one (docs/performance.md, session 6), so a second reader needs a third core.
const PARALLEL_MIN_CORES = 3;
/** `loadKnowledge` with the documents read on two threads (one where no built worker file exists). */
export async function loadKnowledgeInParallel(seedsDir, options = {}) {
    // Started first, the worker loads its modules while this thread reads the files.
    const large = availableParallelism() >= (options.minCores ?? PARALLEL_MIN_CORES) &&
        fileCount(seedsDir) >= (options.minFiles ?? PARALLEL_MIN_FILES);
    const worker = READER_FILE === undefined || !large ? null : new Worker(READER_FILE);
    // A worker that cannot start is only a thread less: its failure is answered where its reply is awaited.
    worker?.on("error", () => { });
    try {
        const begun = beginLoad(seedsDir, options);
        if ("ledger" in begun)
            return begun;
        const [mine, theirs] = halves(begun.documents);
        if (worker === null || theirs.length === 0)
            return begun.finish([readBatch(begun.documents)]);
        const reply = readOn(worker, theirs);
        const own = readBatch(mine);
        // Done here, what the join asks of this half's facts fills the wait for the worker's half.
        prepareJoin(own);
        // A worker that fails to read leaves its half to this thread: the result is the same.
        const other = (await reply) ?? readBatch(theirs);
        return begun.finish([own, other]);
    }
    finally {
        void worker?.terminate();
    }
}
function readOn(worker, documents) {
    return new Promise((resolve) => {
        worker.once("message", (reading) => resolve(reading));
        worker.once("error", () => resolve(null));
        worker.once("exit", () => resolve(null));
        worker.postMessage(documents);
    });
}
/** How many entries the folder has (documents and others alike); 0 when it cannot be read. */
function fileCount(dir) {
    try {
        return readdirSync(dir).length;
    }
    catch {
        return 0;
    }
}
/** Two consecutive runs of about equal text (the second is empty when one document is most of it). */
function halves(documents) {
    let total = 0;
    for (const d of documents)
        total += d.text.length;
    let at = 0;
    for (let sum = 0; at < documents.length && sum < total / 2; at++) {
        sum += documents[at].text.length;
    }
    return [documents.slice(0, at), documents.slice(at)];
}
//# sourceMappingURL=parallel-load.js.map