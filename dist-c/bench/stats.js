export function percentile(sorted, p) {
    if (sorted.length === 0)
        return Number.NaN;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}
export function summarize(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const sum = sorted.reduce((a, b) => a + b, 0);
    return {
        n: sorted.length,
        median: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
        min: sorted[0] ?? Number.NaN,
        max: sorted.at(-1) ?? Number.NaN,
    };
}
/** Microseconds since `start` (from `process.hrtime.bigint()`). */
export function elapsedUs(start) {
    return Number(process.hrtime.bigint() - start) / 1000;
}
//# sourceMappingURL=stats.js.map