// Index build time, memory and answer latency as the number of documents grows.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAsk } from "../bot/index.js";
import { loadKnowledgeInParallel } from "../live/parallel-load.js";
import { writeDecisions } from "./generate-decisions.js";
import { type LatencyOptions, type QuestionTiming, timeQuestion } from "./latency.js";
import { memoryNow, settle } from "./memory.js";
import type { BenchQuestion } from "./questions.js";
import { summarize } from "./stats.js";

export interface ScaleResult {
  documents: number;
  ledgerEntries: number;
  problems: number;
  /** First load in a fresh process (`loadKnowledgeInParallel`): read, segment, extract, build the ledger and passages. */
  loadMs: number;
  /** CPU time (user + system, both threads) of that load: steadier than wall time on a shared machine. */
  loadCpuMs: number;
  /** A restart: the same folder loaded in another fresh process from the snapshot the first load left. */
  restartMs?: number;
  restartCpuMs?: number;
  /** createAsk on top: vocabulary and entry index. */
  createAskMs: number;
  indexMs: number;
  heapDeltaMb: number;
  rssDeltaMb: number;
  perQuestion: QuestionTiming[];
  /** Over the per-question medians, in µs: the typical question and the average of the mix. */
  medianUs: number;
  meanUs: number;
}

/**
 * A folder of `total` documents: the seeds themselves, plus generated ones beyond them, so that
 * every question of the mix keeps its answer at every size.
 */
export function prepareCorpus(seedsDir: string, total: number, seed: number): string {
  const seedFiles = readdirSync(seedsDir).filter((f) => /\.(?:txt|md)$/.test(f));
  if (total <= seedFiles.length) return seedsDir;
  const dir = mkdtempSync(join(tmpdir(), `gms-bench-${total}-`));
  writeDecisions(dir, total - seedFiles.length, seed);
  for (const f of seedFiles) copyFileSync(join(seedsDir, f), join(dir, f));
  const sources = {
    ...JSON.parse(readFileSync(join(dir, "sources.json"), "utf8")),
    ...JSON.parse(readFileSync(join(seedsDir, "sources.json"), "utf8")),
  };
  writeFileSync(join(dir, "sources.json"), JSON.stringify(sources, null, 2));
  return dir;
}

/**
 * Run in a fresh process (`--expose-gc`) so the first load is a real cold build (on two threads, as the bot
 * starts, keeping a snapshot in `cacheDir` when given: written after the timing, as the bot writes it once ready).
 */
export async function measureScale(
  dir: string,
  questions: readonly BenchQuestion[],
  options: LatencyOptions,
  cacheDir: string | null = null,
): Promise<ScaleResult> {
  settle();
  const before = memoryNow();
  let writeSnapshot = () => {};
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const knowledge = await loadKnowledgeInParallel(dir, {
    cacheDir,
    onSnapshot: (write) => {
      writeSnapshot = write;
    },
  });
  const cpu = process.cpuUsage(cpu0);
  const t1 = performance.now();
  writeSnapshot();
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

export interface RestartTime {
  loadMs: number;
  loadCpuMs: number;
  ledgerEntries: number;
}

/** In a fresh process: the load a restart does, from the snapshot `measureScale` left in `cacheDir`. */
export async function measureRestart(dir: string, cacheDir: string): Promise<RestartTime> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const knowledge = await loadKnowledgeInParallel(dir, { cacheDir });
  const cpu = process.cpuUsage(cpu0);
  return {
    loadMs: performance.now() - t0,
    loadCpuMs: (cpu.user + cpu.system) / 1000,
    ledgerEntries: knowledge.ledger.entries.length,
  };
}
