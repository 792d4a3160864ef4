// While documents load, the same sentences and words are read by the budget, the ledger and the statements:
// caches then keep everything (bounded by the documents) and shrink back to `max` at their next use after.
let loading = 0;
const everyCache: Array<Map<string, unknown>> = [];

/** Forgets every cached key: a benchmark times reading with compiled code but no sentence read before. */
export function clearKeyCaches(): void {
  for (const values of everyCache) values.clear();
}

/** Runs a load: key caches keep every key until it ends, so no sentence is read twice in one load. */
export function whileLoading<T>(load: () => T): T {
  loading += 1;
  try {
    return load();
  } finally {
    loading -= 1;
  }
}

// Kept for a computed `undefined`: a miss is then one look-up, not a `get` and a `has` (a quarter of 1.35 million).
const UNDEFINED: unique symbol = Symbol("undefined");

/**
 * Remembers a pure function of a string: the same words recur in every document and question. Forgets
 * everything once `max` keys are held (outside a load), so memory stays bounded without bookkeeping per key.
 */
export function cacheByKey<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const values = new Map<string, T | typeof UNDEFINED>();
  everyCache.push(values);
  return (key) => {
    const hit = values.get(key);
    if (hit !== undefined) return hit === UNDEFINED ? (undefined as T) : (hit as T);
    const value = compute(key);
    if (values.size >= max && loading === 0) values.clear();
    values.set(key, value === undefined ? UNDEFINED : value);
    return value;
  };
}
