// Load time per MB for normal and crafted documents, and the ratio for doubled input (linear: about 2×).
import { clearKeyCaches, fromDocuments } from "../knowledge/index.js";
import { generateDecisions } from "./generate-decisions.js";
import { HOSTILE_KINDS, hostileDocument, normalDocument } from "./hostile-corpus.js";
import { settle } from "./memory.js";
/** Loaded at these sizes; the second is twice the first, for the ratio. 5 MB shows the budget's skip. */
export const HOSTILE_SIZES = [64 * 1024, 128 * 1024, 5 * 1024 * 1024];
/** The normal document, then every crafted kind. */
export const HOSTILE_LOAD_KINDS = [
    "normal",
    ...HOSTILE_KINDS.map((k) => k.name),
];
function asDocument(name, text) {
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
function documentOf(kind, bytes) {
    if (kind === "normal")
        return normalDocument(bytes);
    const crafted = HOSTILE_KINDS.find((k) => k.name === kind);
    if (!crafted)
        throw new Error(`bench: unknown document kind ${kind}`);
    return hostileDocument(crafted, bytes);
}
function timeLoad(name, text) {
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
export function timeHostileLoad(kind, bytes) {
    const warmUp = generateDecisions(WARM_UP_DECISIONS, 13)
        .map((d) => d.text)
        .join("\n\n");
    timeLoad("warm-up", warmUp);
    // V8 compiles a regex apart for one-byte text: the decisions' dashes ("–") make them two-byte, while
    // most crafted kinds are one-byte (Latin-1). Read once more as one-byte, every reader is compiled for both.
    timeLoad("warm-up", warmUp.replace(/[\u0100-\uffff]/g, "-"));
    const text = documentOf(kind, bytes);
    // Each timed load starts with no garbage of an earlier one to collect.
    settle();
    const first = timeLoad(kind, text);
    // The first read also compiles the code this kind takes (a fixed cost, not one per MB).
    clearKeyCaches();
    settle();
    const { ms, cpuMs } = timeLoad(kind, text);
    return { ...first, again: { ms, cpuMs } };
}
/** Each field's median over several fresh processes: a first read varies with the compiler's timing. */
export function medianLoad(runs) {
    const median = (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    };
    const agains = runs.flatMap((r) => (r.again ? [r.again] : []));
    return {
        ms: median(runs.map((r) => r.ms)),
        cpuMs: median(runs.map((r) => r.cpuMs)),
        loaded: runs.every((r) => r.loaded),
        ...(agains.length > 0
            ? {
                again: { ms: median(agains.map((a) => a.ms)), cpuMs: median(agains.map((a) => a.cpuMs)) },
            }
            : {}),
    };
}
/** Every kind at every size; `measure` should run each load in a fresh process (the reader's caches persist). */
export function measureHostileLoad(measure = timeHostileLoad) {
    return HOSTILE_LOAD_KINDS.map((kind) => {
        const sizes = HOSTILE_SIZES.map((bytes) => {
            const { ms, cpuMs, loaded, again } = measure(kind, bytes);
            const mb = bytes / 2 ** 20;
            const perMb = (x) => (x === undefined ? Number.NaN : x / 1000 / mb);
            return {
                bytes,
                ms,
                cpuMs,
                sPerMb: perMb(ms),
                cpuSPerMb: perMb(cpuMs),
                loaded,
                againSPerMb: perMb(again?.ms),
                againCpuSPerMb: perMb(again?.cpuMs),
            };
        });
        const [a, b] = sizes;
        const ratio = (x, y) => x !== undefined && y !== undefined ? y / Math.max(x, 0.001) : Number.NaN;
        return {
            kind,
            sizes,
            doubledRatio: ratio(a?.ms, b?.ms),
            cpuDoubledRatio: ratio(a?.cpuMs, b?.cpuMs),
            // Per MB at twice the size, times two: the ratio of the two times.
            againDoubledRatio: ratio(a?.againSPerMb, b === undefined ? undefined : b.againSPerMb * 2),
        };
    });
}
export function formatHostileLoad(rows) {
    const head = HOSTILE_SIZES.map((b) => `${b >= 2 ** 20 ? `${b / 2 ** 20} MB` : `${b / 1024} kB`}`);
    const lines = [
        "Load time per MB, wall (CPU) (fromDocuments, one document, the median of three fresh processes; skipped = over the reading budget);",
        "first: the first read of the kind in the process; again: read again, caches emptied, code compiled:",
        `| kind | ${head.map((h) => `${h} first | ${h} again`).join(" | ")} | doubled ratio, first / again |`,
        `| --- | ${head.map(() => "--- | ---").join(" | ")} | --- |`,
    ];
    for (const r of rows) {
        const cells = r.sizes.map((s) => `${s.sPerMb.toFixed(2)} (${s.cpuSPerMb.toFixed(2)})${s.loaded ? "" : " skipped"} | ${s.againSPerMb.toFixed(2)} (${s.againCpuSPerMb.toFixed(2)})`);
        const ratios = `${r.doubledRatio.toFixed(2)}× (${r.cpuDoubledRatio.toFixed(2)}×) / ${r.againDoubledRatio.toFixed(2)}×`;
        lines.push(`| ${r.kind} | ${cells.join(" | ")} | ${ratios} |`);
    }
    return lines.join("\n");
}
//# sourceMappingURL=hostile-load.js.map