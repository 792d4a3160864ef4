// The bench's figures as plain-text tables with PASS/MISS against the targets, and as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ColdStartResult } from "./cold-start.js";
import type { LatencyResult } from "./latency.js";
import type { MemoryResult } from "./memory.js";
import type { ScaleResult } from "./scale.js";

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the bench started: other work skews every figure. */
  loadAverage: number[];
}

export interface BenchResults {
  startedAt: string;
  machine: Machine;
  latency: LatencyResult;
  coldStart: ColdStartResult;
  scale: ScaleResult[];
  memory: MemoryResult;
  targets: Target[];
}

export interface Target {
  name: string;
  goal: string;
  actual: string;
  pass: boolean;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

/** The four targets, judged from the figures. */
export function judgeTargets(r: Omit<BenchResults, "targets">): Target[] {
  const small = r.scale[0];
  // The latency ratio and the 1-second index target are for 1,000 documents (10,000 asks a few questions).
  const large = r.scale.find((s) => s.documents === 1000) ?? r.scale.at(-1);
  const largest = r.scale.at(-1);
  const medianRatio = small && large ? large.medianUs / small.medianUs : Number.NaN;
  const meanRatio = small && large ? large.meanUs / small.meanUs : Number.NaN;
  const worstP99 = Math.max(...(large?.perQuestion.map((q) => q.us.p99) ?? [Number.NaN]));
  return [
    {
      name: "median answer",
      goal: "≤ 50 µs",
      actual: `${fixed(r.latency.mix.median)} µs`,
      pass: r.latency.mix.median <= 50,
    },
    {
      name: "p99 answer",
      goal: "≤ 500 µs",
      actual: `${fixed(r.latency.mix.p99)} µs`,
      pass: r.latency.mix.p99 <= 500,
    },
    {
      name: `index ${large?.documents ?? "?"} documents`,
      goal: "≤ 1000 ms",
      actual: `${fixed(large?.indexMs ?? Number.NaN, 0)} ms`,
      pass: (large?.indexMs ?? Number.POSITIVE_INFINITY) <= 1000,
    },
    {
      name: `load ${largest?.documents ?? "?"} documents`,
      goal: "≤ 4000 ms",
      actual: `${fixed(largest?.loadMs ?? Number.NaN, 0)} ms wall, ${fixed(largest?.loadCpuMs ?? Number.NaN, 0)} ms CPU`,
      pass: (largest?.loadMs ?? Number.POSITIVE_INFINITY) <= 4000,
    },
    {
      name: `restart with ${largest?.documents ?? "?"} documents (from the snapshot)`,
      goal: "≤ 4000 ms",
      actual: `${fixed(largest?.restartMs ?? Number.NaN, 0)} ms wall, ${fixed(largest?.restartCpuMs ?? Number.NaN, 0)} ms CPU`,
      pass: (largest?.restartMs ?? Number.POSITIVE_INFINITY) <= 4000,
    },
    {
      name: `latency at ${large?.documents ?? "?"} vs ${small?.documents ?? "?"} docs`,
      goal: "≤ 2× (median and mean)",
      actual: `${fixed(medianRatio, 2)}× median, ${fixed(meanRatio, 2)}× mean`,
      pass: medianRatio <= 2 && meanRatio <= 2,
    },
    {
      name: `answers at ${large?.documents ?? "?"} docs`,
      goal: "mean ≤ 2 ms, every p99 ≤ 50 ms",
      actual: `mean ${fixed((large?.meanUs ?? Number.NaN) / 1000, 2)} ms, worst p99 ${fixed(worstP99 / 1000, 1)} ms`,
      pass: (large?.meanUs ?? Number.POSITIVE_INFINITY) <= 2000 && worstP99 <= 50_000,
    },
    {
      name: "cold start vs node -e 0",
      goal: "≤ 3×",
      actual: `${fixed(r.coldStart.ratio, 2)}× (${fixed(r.coldStart.ask.median, 0)} / ${fixed(r.coldStart.node.median, 0)} ms)`,
      pass: r.coldStart.ratio <= 3,
    },
    {
      name: "ask loads no platform SDK",
      goal: "no discord.js, no @slack/*",
      actual: r.coldStart.packages.join(", ") || "(no packages)",
      pass: !r.coldStart.loadsDiscord && !r.coldStart.loadsBolt,
    },
  ];
}

/** Left-aligned text columns, right-aligned numbers. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[-\d.,×]+$|^–$/.test(r[i] ?? "")));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function formatReport(r: BenchResults): string {
  const m = r.machine;
  const load = m.loadAverage.map((l) => l.toFixed(2)).join(" ");
  return [
    `Machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node} (${m.platform}), load average ${load}`,
    ...latencySection(r.latency),
    ...coldStartSection(r.coldStart),
    ...scaleSection(r.scale),
    ...memorySection(r.memory),
    "Targets",
    table(
      ["target", "goal", "actual", ""],
      r.targets.map((t) => [t.name, t.goal, t.actual, t.pass ? "PASS" : "MISS"]),
    ),
  ].join("\n\n");
}

function latencySection(latency: LatencyResult): string[] {
  const { mix } = latency;
  return [
    `Answer latency per question (µs, in-process, ${latency.perQuestion[0]?.us.n ?? 0}+ samples each)`,
    table(
      ["question", "intent", "answered", "median", "p99", "cpu/call"],
      latency.perQuestion.map((q) => [
        q.label,
        q.intent,
        q.answered ? "yes" : "no",
        fixed(q.us.median),
        fixed(q.us.p99),
        fixed(q.cpuUs),
      ]),
    ),
    `Mix: ${mix.n} answers, median ${fixed(mix.median)} µs, p99 ${fixed(mix.p99)} µs, mean ${fixed(mix.mean)} µs (CPU ${fixed(latency.mixCpuUs)} µs per answer), ${fixed(latency.answersPerSecond, 0)} answers/s on one core`,
    `Mix, every question read for the first time (a new date of asking each round, so no kept reading): median ${fixed(latency.fresh.median)} µs, p99 ${fixed(latency.fresh.p99)} µs (CPU ${fixed(latency.freshCpuUs)} µs per answer)`,
  ];
}

function coldStartSection(c: ColdStartResult): string[] {
  return [
    `Cold start (ms, median of ${c.runs}): gms-bot ask ${fixed(c.ask.median, 0)}, node -e 0 ${fixed(c.node.median, 0)}, ratio ${fixed(c.ratio, 2)}×`,
    `Cold start CPU (ms, user + system, median): gms-bot ask ${fixed(c.askCpu.median, 0)}, node -e 0 ${fixed(c.nodeCpu.median, 0)}, ratio ${fixed(c.cpuRatio, 2)}×`,
    `Packages loaded by ask: ${c.packages.join(", ") || "(none)"}`,
  ];
}

function scaleSection(scale: ScaleResult[]): string[] {
  const header = [
    "docs",
    "entries",
    "load ms",
    "load CPU ms",
    "restart ms",
    "createAsk ms",
    "heap Δ MB",
    "RSS Δ MB",
  ];
  return [
    "Scale",
    table(
      [...header, "median µs", "mean µs"],
      scale.map((s) => [
        String(s.documents),
        String(s.ledgerEntries),
        fixed(s.loadMs, 0),
        fixed(s.loadCpuMs, 0),
        fixed(s.restartMs ?? Number.NaN, 0),
        fixed(s.createAskMs, 0),
        fixed(s.heapDeltaMb),
        fixed(s.rssDeltaMb),
        fixed(s.medianUs),
        fixed(s.meanUs),
      ]),
    ),
    "Scale: median µs per question",
    scaleByQuestion(scale),
  ];
}

function memorySection(memory: MemoryResult): string[] {
  const gc = memory.gc ? "" : " (no --expose-gc: figures include garbage)";
  return [
    `Memory: ${memory.questions} questions over ${memory.conversationIds} conversation ids (LRU max ${memory.conversationMax}) in ${fixed(memory.seconds)} s${gc}`,
    table(
      ["after questions", "heap MB", "RSS MB"],
      [
        ["0", fixed(memory.before.heapMb), fixed(memory.before.rssMb)],
        ...memory.checkpoints.map((c) => [String(c.questions), fixed(c.heapMb), fixed(c.rssMb)]),
      ],
    ),
  ];
}

/** One row per question, one column per corpus size: shows which answers grow with the corpus. */
function scaleByQuestion(scale: ScaleResult[]): string {
  const labels = scale[0]?.perQuestion.map((q) => q.label) ?? [];
  return table(
    ["question", ...scale.map((s) => `${s.documents} docs`)],
    labels.map((label) => [
      label,
      ...scale.map((s) =>
        fixed(s.perQuestion.find((q) => q.label === label)?.us.median ?? Number.NaN),
      ),
    ]),
  );
}

export function writeResults(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
