// `npm run bench`: runs every measurement (each in a fresh `node --expose-gc` child), prints, saves JSON.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAsk } from "../bot/index.js";
import { loadKnowledge } from "../knowledge/index.js";
import { measureColdStart } from "./cold-start.js";
import {
  formatHostileLoad,
  type HostileLoadRow,
  type LoadTime,
  measureHostileLoad,
  medianLoad,
  timeHostileLoad,
} from "./hostile-load.js";
import { type LatencyOptions, type LatencyResult, measureLatency } from "./latency.js";
import { type MemoryResult, measureMemory } from "./memory.js";
import { QUESTIONS } from "./questions.js";
import {
  type BenchResults,
  formatReport,
  judgeTargets,
  type Machine,
  writeResults,
} from "./report.js";
import {
  measureRestart,
  measureScale,
  prepareCorpus,
  type RestartTime,
  type ScaleResult,
} from "./scale.js";
import { topFrames } from "./top-frames.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEEDS = join(ROOT, "seeds");
const CLI = join(ROOT, "dist", "cli.js");
const RESULTS = join(ROOT, "bench", "results", "latest.json");
const SELF = fileURLToPath(import.meta.url);

const COLD_START_QUESTION = "hur mycket fick GMS 2024?";
const COLD_START_RUNS = 10;
const SCALE_SIZES = [5, 100, 1000, 10_000];
// At 10,000 documents only load and a few questions are measured, so the bench stays a few minutes.
const LARGE_SCALE = 10_000;
const LARGE_SCALE_QUESTIONS = new Set([
  "amount sv",
  "amount en",
  "total sv",
  "breakdown sv",
  "purpose en",
  "payer sv",
  "about sv",
  "unknown area",
]);
const GENERATOR_SEED = 2024;
// A first read in a fresh process varies by a third with the compiler's timing: each cell is a median.
const HOSTILE_RUNS = 3;
const LATENCY: LatencyOptions = {
  warmup: 300,
  minSamples: 30,
  maxSamples: 5000,
  budgetMsPerQuestion: 200,
  mixMs: 3000,
};
// Fewer samples at scale: a question that reads every document gets slow with 1,000 of them.
const SCALE: LatencyOptions = {
  warmup: 30,
  minSamples: 3,
  maxSamples: 1000,
  budgetMsPerQuestion: 100,
  mixMs: 0,
};
const MEMORY = { total: 100_000, ids: 5_000, conversationMax: 1_000 };
// Questions that scan every passage per call (see docs/performance.md) would make 100,000 turns
// take minutes; memory is about the conversation store, which they do not touch.
const MEMORY_QUESTIONS = QUESTIONS.filter((q) => !q.label.startsWith("deadline"));

type Child = "latency" | "scale" | "restart" | "memory" | "hostile";

function runChild(task: Child, args: string[] = [], nodeFlags: string[] = []): unknown {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", ...nodeFlags, SELF, "--child", task, ...args],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (run.status !== 0) throw new Error(`bench: ${task} child exited ${run.status}`);
  return JSON.parse(run.stdout);
}

async function child(task: string, args: string[]): Promise<unknown> {
  if (task === "latency")
    return measureLatency(createAsk({ knowledge: loadKnowledge(SEEDS) }), QUESTIONS, LATENCY);
  if (task === "scale") {
    const few = args[1] === "few";
    const questions = few ? QUESTIONS.filter((q) => LARGE_SCALE_QUESTIONS.has(q.label)) : QUESTIONS;
    return measureScale(args[0] ?? SEEDS, questions, SCALE, args[2] ?? null);
  }
  if (task === "restart") return measureRestart(args[0] ?? SEEDS, args[1] ?? "");
  if (task === "memory") {
    const ask = createAsk({
      knowledge: loadKnowledge(SEEDS),
      conversationMax: MEMORY.conversationMax,
    });
    return measureMemory(ask, MEMORY_QUESTIONS, MEMORY);
  }
  if (task === "hostile") return timeHostileLoad(args[0] ?? "normal", Number(args[1]));
  throw new Error(`bench: unknown child task ${task}`);
}

function machine(): Machine {
  const info = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? cpus()[0]?.model ?? "unknown";
  return {
    cpus: cpus().length,
    cpuModel: model.trim(),
    node: process.version,
    platform: process.platform,
    loadAverage: loadavg(),
  };
}

function measureAllScales(): ScaleResult[] {
  return SCALE_SIZES.map((n) => {
    const dir = prepareCorpus(SEEDS, n, GENERATOR_SEED);
    const cacheDir = mkdtempSync(join(tmpdir(), "gms-bench-snapshot-"));
    try {
      process.stderr.write(`bench: scale, ${n} documents…\n`);
      const few = n >= LARGE_SCALE ? "few" : "all";
      const result = runChild("scale", [dir, few, cacheDir]) as ScaleResult;
      const restart = runChild("restart", [dir, cacheDir]) as RestartTime;
      return { ...result, restartMs: restart.loadMs, restartCpuMs: restart.loadCpuMs };
    } finally {
      if (dir !== SEEDS) rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
}

/** Each crafted document in a fresh child: the reader's caches would carry one load's sentences to the next. */
function measureHostileInChildren(): HostileLoadRow[] {
  return measureHostileLoad((kind, bytes) =>
    medianLoad(
      Array.from(
        { length: HOSTILE_RUNS },
        () => runChild("hostile", [kind, String(bytes)]) as LoadTime,
      ),
    ),
  );
}

/** `--profile`: the latency child runs under --cpu-prof and its hottest functions are printed. */
function profileFlags(profile: boolean): { flags: string[]; dir: string | null } {
  if (!profile) return { flags: [], dir: null };
  const dir = mkdtempSync(join(tmpdir(), "gms-bench-profile-"));
  return { flags: ["--cpu-prof", `--cpu-prof-dir=${dir}`], dir };
}

function main(argv: string[]): void {
  if (!existsSync(CLI)) throw new Error(`bench: ${CLI} is missing; run \`npm run build\` first`);
  if (argv.includes("--hostile")) {
    process.stdout.write(`${formatHostileLoad(measureHostileInChildren())}\n`);
    return;
  }
  const profile = profileFlags(argv.includes("--profile"));
  const startedAt = new Date().toISOString();
  const host = machine();
  process.stderr.write("bench: cold start…\n");
  const coldStart = measureColdStart(CLI, COLD_START_QUESTION, COLD_START_RUNS, ROOT);
  process.stderr.write("bench: answer latency…\n");
  const latency = runChild("latency", [], profile.flags) as LatencyResult;
  const scale = measureAllScales();
  process.stderr.write("bench: memory, 100,000 questions…\n");
  const memory = runChild("memory") as MemoryResult;
  process.stderr.write("bench: crafted documents, load time per MB…\n");
  const hostile = measureHostileInChildren();
  const partial = { startedAt, machine: host, latency, coldStart, scale, memory };
  const results: BenchResults = { ...partial, targets: judgeTargets(partial) };
  process.stdout.write(`${formatReport(results)}\n\n${formatHostileLoad(hostile)}\n`);
  writeResults(RESULTS, results);
  process.stdout.write(`\nSaved ${RESULTS}\n`);
  if (profile.dir) process.stdout.write(`\n${topFrames(profile.dir, 20)}\n`);
}

const at = process.argv.indexOf("--child");
if (at >= 0) {
  const [task = "", ...args] = process.argv.slice(at + 1);
  process.stdout.write(JSON.stringify(await child(task, args)));
} else {
  main(process.argv.slice(2));
}
