// A stated total is checked against at most this many amounts told before it in its document.
const MAX_COMPONENTS = 4;
const MAX_CANDIDATES = 8;
/** The amounts told before the total in its document, same years, that add up to it exactly. */
export function summingTo(ctx, total) {
    const source = total.sources[0];
    if (!source)
        return [];
    const candidates = ctx.index.entries
        .map((e) => e.entry)
        .filter((e) => e !== total &&
        ["grant", "part", "co-funding"].includes(e.role) &&
        e.years.join() === total.years.join() &&
        e.sources.some((s) => s.docId === source.docId && s.start < source.start))
        .slice(0, MAX_CANDIDATES);
    return subsetSumming(candidates, total.amountSek) ?? [];
}
/** The smallest set of entries (at most a few) whose amounts add up to the target. */
function subsetSumming(entries, target) {
    for (let size = 2; size <= Math.min(MAX_COMPONENTS, entries.length); size++) {
        const found = choose(entries, size, 0, target);
        if (found)
            return found;
    }
    return null;
}
function choose(entries, size, from, left) {
    if (size === 0)
        return left === 0 ? [] : null;
    for (let i = from; i < entries.length; i++) {
        const e = entries[i];
        if (e.amountSek > left)
            continue;
        const rest = choose(entries, size - 1, i + 1, left - e.amountSek);
        if (rest)
            return [e, ...rest];
    }
    return null;
}
//# sourceMappingURL=summing-to.js.map