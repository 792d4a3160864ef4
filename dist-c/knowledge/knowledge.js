import { joinBatches, readBatch } from "./batch-reading.js";
import { applyCorrections, readCorrections } from "./corrections.js";
import { loadDocuments } from "./documents.js";
import { whileLoading } from "./key-cache.js";
import { createPassageIndex } from "./passages.js";
import { readSnapshot, snapshotKey, writeSnapshot } from "./snapshot.js";
import { countWords } from "./word-counts.js";
/** Reads a seeds folder and builds the ledger and passage index; problems are reported, not thrown. */
export function loadKnowledge(seedsDir, options = {}) {
    const begun = beginLoad(seedsDir, options);
    return "ledger" in begun ? begun : begun.finish([readBatch(begun.documents)]);
}
/**
 * Reads the folder's documents: the knowledge itself when a snapshot of them is kept, else a
 * pending load. With `cacheDir`, finishing writes the snapshot; corrections apply after it either way.
 */
export function beginLoad(seedsDir, options = {}) {
    const loaded = whileLoading(() => loadDocuments(seedsDir));
    const problems = loaded.problems;
    const cacheDir = options.cacheDir;
    const key = cacheDir && loaded.documents.length > 0 ? snapshotKey(loaded.documents) : null;
    if (cacheDir && key !== null) {
        const snapshot = readSnapshot(cacheDir, key, loaded.documents);
        if (snapshot)
            return corrected(seedsDir, fromSnapshot(loaded.documents, problems, snapshot));
    }
    return {
        documents: loaded.documents,
        finish(batches) {
            const skipped = [];
            const knowledge = join(runsOf(loaded.documents, batches), batches, skipped);
            problems.push(...skipped);
            knowledge.problems = problems;
            // The snapshot remembers which documents were over the reading budget, so a start with the same
            // documents reads none of them (the budget check finds every amount).
            if (cacheDir && key !== null) {
                writeSnapshot(cacheDir, key, {
                    ledger: knowledge.ledger,
                    passages: [...knowledge.passages.all()],
                    statements: knowledge.statements,
                    skipped,
                });
            }
            return corrected(seedsDir, knowledge);
        },
    };
}
/** Corrections apply after the snapshot, so editing them never needs a rebuild. */
function corrected(seedsDir, knowledge) {
    const corrections = readCorrections(seedsDir, knowledge.problems);
    if (corrections.length === 0)
        return knowledge;
    const ledger = structuredClone(knowledge.ledger);
    applyCorrections(ledger.entries, corrections, knowledge.problems);
    return { ...knowledge, ledger };
}
function fromSnapshot(loaded, problems, snapshot) {
    const skipped = new Set(snapshot.skipped.map((p) => p.file));
    const documents = loaded.filter((d) => !skipped.has(d.fileName));
    problems.push(...snapshot.skipped);
    return {
        documents,
        wordCounts: countWords(documents),
        ledger: snapshot.ledger,
        passages: createPassageIndex(snapshot.passages),
        statements: snapshot.statements,
        problems,
    };
}
/** The runs the batches read: consecutive, as long as each batch's list of documents. */
function runsOf(documents, batches) {
    const runs = [];
    let at = 0;
    for (const b of batches) {
        runs.push(documents.slice(at, at + b.skipped.length));
        at += b.skipped.length;
    }
    return runs;
}
/** Builds from documents already read; a document over the reading budget is skipped as a problem. */
export function fromDocuments(documents, problems = []) {
    const all = [...problems];
    return join([documents], [readBatch(documents)], all);
}
function join(runs, batches, problems) {
    return { ...whileLoading(() => joinBatches(runs, batches, problems)), problems };
}
//# sourceMappingURL=knowledge.js.map