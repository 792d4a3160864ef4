// Load time per MB for normal and crafted documents, and the ratio for doubled input (linear: about 2×).
import { fromDocuments, type SourceDocument } from "../knowledge/index.js";
import { generateDecisions } from "./generate-decisions.js";
import { HOSTILE_KINDS, hostileDocument, normalDocument } from "./hostile-corpus.js";

/** Loaded at these sizes; the second is twice the first, for the ratio. 5 MB shows the budget's skip. */
export const HOSTILE_SIZES = [64 * 1024, 128 * 1024, 5 * 1024 * 1024] as const;

/** The normal document, then every crafted kind. */
export const HOSTILE_LOAD_KINDS: readonly string[] = [
  "normal",
  ...HOSTILE_KINDS.map((k) => k.name),
];

export interface LoadTime {
  ms: number;
  cpuMs: number;
  /** False: skipped over the reading budget. */
  loaded: boolean;
}

export interface HostileLoadRow {
  kind: string;
  /** Per size: seconds per MB and whether the document loaded (false: skipped over the budget). */
  sizes: {
    bytes: number;
    ms: number;
    cpuMs: number;
    sPerMb: number;
    cpuSPerMb: number;
    loaded: boolean;
  }[];
  /** Time at the doubled size over time at the first (wall, and CPU). */
  doubledRatio: number;
  cpuDoubledRatio: number;
}

function asDocument(name: string, text: string): SourceDocument {
  return {
    id: name,
    fileName: `${name}.txt`,
    text,
    title: name,
    publisher: null,
    kind: null,
    published: "2024-01-15",
    url: null,
  };
}

function documentOf(kind: string, bytes: number): string {
  if (kind === "normal") return normalDocument(bytes);
  const crafted = HOSTILE_KINDS.find((k) => k.name === kind);
  if (!crafted) throw new Error(`bench: unknown document kind ${kind}`);
  return hostileDocument(crafted, bytes);
}

function timeLoad(name: string, text: string): LoadTime {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const knowledge = fromDocuments([asDocument(name, text)]);
  const cpu = process.cpuUsage(cpu0);
  return {
    ms: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loaded: knowledge.documents.length === 1,
  };
}

// Generated decisions for the warm-up: about 230 kB, enough for the hot readers to be compiled optimised
// (20 of them left loads 15–25 % slower, still compiling).
const WARM_UP_DECISIONS = 200;

/**
 * One load of `kind` at `bytes`, meant for a fresh process: the untimed warm-up reads generated decisions,
 * which compiles every reader but shares no sentence with the measured text (a cached sentence reads free).
 */
export function timeHostileLoad(kind: string, bytes: number): LoadTime {
  const warmUp = generateDecisions(WARM_UP_DECISIONS, 13).map((d) => d.text);
  timeLoad("warm-up", warmUp.join("\n\n"));
  return timeLoad(kind, documentOf(kind, bytes));
}

/** Every kind at every size; `measure` should run each load in a fresh process (the reader's caches persist). */
export function measureHostileLoad(
  measure: (kind: string, bytes: number) => LoadTime = timeHostileLoad,
): HostileLoadRow[] {
  return HOSTILE_LOAD_KINDS.map((kind) => {
    const sizes = HOSTILE_SIZES.map((bytes) => {
      const { ms, cpuMs, loaded } = measure(kind, bytes);
      const mb = bytes / 2 ** 20;
      return { bytes, ms, cpuMs, sPerMb: ms / 1000 / mb, cpuSPerMb: cpuMs / 1000 / mb, loaded };
    });
    const [a, b] = sizes;
    const ratio = (x: number | undefined, y: number | undefined) =>
      x !== undefined && y !== undefined ? y / Math.max(x, 0.001) : Number.NaN;
    return {
      kind,
      sizes,
      doubledRatio: ratio(a?.ms, b?.ms),
      cpuDoubledRatio: ratio(a?.cpuMs, b?.cpuMs),
    };
  });
}

export function formatHostileLoad(rows: readonly HostileLoadRow[]): string {
  const head = HOSTILE_SIZES.map((b) => `${b >= 2 ** 20 ? `${b / 2 ** 20} MB` : `${b / 1024} kB`}`);
  const lines = [
    "Load time per MB, wall (CPU) (fromDocuments, one document, fresh process; skipped = over the reading budget):",
    `| kind | ${head.join(" | ")} | doubled ratio |`,
    `| --- | ${head.map(() => "---").join(" | ")} | --- |`,
  ];
  for (const r of rows) {
    const cells = r.sizes.map(
      (s) =>
        `${s.sPerMb.toFixed(2)} (${s.cpuSPerMb.toFixed(2)}) s/MB${s.loaded ? "" : " (skipped)"}`,
    );
    const ratios = `${r.doubledRatio.toFixed(2)}× (${r.cpuDoubledRatio.toFixed(2)}×)`;
    lines.push(`| ${r.kind} | ${cells.join(" | ")} | ${ratios} |`);
  }
  return lines.join("\n");
}
