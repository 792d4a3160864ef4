// While documents load, the same sentences and words are read by the budget, the ledger and the statements:
// caches then keep everything (bounded by the documents) and shrink back to `max` at their next use after.
let loading = 0;
const everyCache = [];
/** Forgets every cached key: a benchmark times reading with compiled code but no sentence read before. */
export function clearKeyCaches() {
    for (const values of everyCache)
        values.clear();
}
/** Runs a load: key caches keep every key until it ends, so no sentence is read twice in one load. */
export function whileLoading(load) {
    loading += 1;
    try {
        return load();
    }
    finally {
        loading -= 1;
    }
}
/**
 * Remembers a pure function of a string: the same words recur in every document and question. Forgets
 * everything once `max` keys are held (outside a load), so memory stays bounded without bookkeeping per key.
 */
export const STATS = []; globalThis.__KC = STATS;
export function cacheByKey(compute, max) { const st = { name: compute.name || new Error().stack.split("\n")[2].trim(), calls: 0, miss: 0, chars: 0 }; STATS.push(st);
    const values = new Map();
    everyCache.push(values);
    return (key) => { st.calls++; st.chars += key.length;
        const hit = values.get(key);
        if (hit !== undefined || values.has(key))
            return hit;
        st.miss++; const value = compute(key);
        if (values.size >= max && loading === 0)
            values.clear();
        values.set(key, value);
        return value;
    };
}
//# sourceMappingURL=key-cache.js.map