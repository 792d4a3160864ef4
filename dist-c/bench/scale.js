// Index build time, memory and answer latency as the number of documents grows.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAsk } from "../bot/index.js";
import { loadKnowledgeInParallel } from "../live/parallel-load.js";
import { writeDecisions } from "./generate-decisions.js";
import { timeQuestion } from "./latency.js";
import { memoryNow, settle } from "./memory.js";
import { summarize } from "./stats.js";
/**
 * A folder of `total` documents: the seeds themselves, plus generated ones beyond them, so that
 * every question of the mix keeps its answer at every size.
 */
export function prepareCorpus(seedsDir, total, seed) {
    const seedFiles = readdirSync(seedsDir).filter((f) => /\.(?:txt|md)$/.test(f));
    if (total <= seedFiles.length)
        return seedsDir;
    const dir = mkdtempSync(join(tmpdir(), `gms-bench-${total}-`));
    writeDecisions(dir, total - seedFiles.length, seed);
    for (const f of seedFiles)
        copyFileSync(join(seedsDir, f), join(dir, f));
    const sources = {
        ...JSON.parse(readFileSync(join(dir, "sources.json"), "utf8")),
        ...JSON.parse(readFileSync(join(seedsDir, "sources.json"), "utf8")),
    };
    writeFileSync(join(dir, "sources.json"), JSON.stringify(sources, null, 2));
    return dir;
}
/** Run in a fresh process (`--expose-gc`) so the first load is a real cold build (on two threads, as the bot starts). */
export async function measureScale(dir, questions, options) {
    settle();
    const before = memoryNow();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const knowledge = await loadKnowledgeInParallel(dir);
    const cpu = process.cpuUsage(cpu0);
    const t1 = performance.now();
    const ask = createAsk({ knowledge });
    const t2 = performance.now();
    settle();
    const after = memoryNow();
    const perQuestion = questions.map((q) => timeQuestion(ask, q, options));
    const medians = summarize(perQuestion.map((t) => t.us.median));
    return {
        documents: knowledge.documents.length,
        ledgerEntries: knowledge.ledger.entries.length,
        problems: knowledge.problems.length,
        loadMs: t1 - t0,
        loadCpuMs: (cpu.user + cpu.system) / 1000,
        createAskMs: t2 - t1,
        indexMs: t2 - t0,
        heapDeltaMb: after.heapMb - before.heapMb,
        rssDeltaMb: after.rssMb - before.rssMb,
        perQuestion,
        medianUs: medians.median,
        meanUs: medians.mean,
    };
}
//# sourceMappingURL=scale.js.map