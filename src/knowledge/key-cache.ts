// While documents load, the same sentences and words are read by the budget, the ledger and the statements:
// caches then keep everything (bounded by the documents) and shrink back to `max` at their next use after.
let loading = 0;
const everyCache: Array<Map<string, unknown>> = [];
// Each cached function's values, so a value computed elsewhere (another thread) can be kept in it.
const valuesOf = new WeakMap<(key: string) => unknown, Map<string, unknown>>();

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
  const cached = (key: string): T => {
    const hit = values.get(key);
    if (hit !== undefined) return hit === UNDEFINED ? (undefined as T) : (hit as T);
    const value = compute(key);
    if (values.size >= max && loading === 0) values.clear();
    values.set(key, value === undefined ? UNDEFINED : value);
    return value;
  };
  valuesOf.set(cached, values);
  return cached;
}

/**
 * `cacheByKey` for a pure function of two strings, looked up by the first, then the second: no key joining them is
 * made (a joined key is copied flat and hashed whole at every look-up, hit or miss).
 */
export function cacheByPair<T>(
  compute: (first: string, second: string) => T,
  max: number,
): (first: string, second: string) => T {
  const values = new Map<string, Map<string, T | typeof UNDEFINED>>();
  everyCache.push(values);
  // Pairs held, counted as they are kept (a cleared cache may still count some: it then clears once more).
  let held = 0;
  return (first: string, second: string): T => {
    let seconds = values.get(first);
    const hit = seconds?.get(second);
    if (hit !== undefined) return hit === UNDEFINED ? (undefined as T) : (hit as T);
    const value = compute(first, second);
    if (held >= max && loading === 0) {
      values.clear();
      held = 0;
      seconds = undefined;
    }
    if (seconds === undefined) {
      seconds = new Map();
      values.set(first, seconds);
    }
    seconds.set(second, value === undefined ? UNDEFINED : value);
    held += 1;
    return value;
  };
}

/**
 * Keeps `value` as what `cached` (made by `cacheByKey`) gives for `key`, unless it holds one already:
 * another thread computed it, and it equals what `cached` would compute. Only while loading, when no cache
 * forgets; false when not kept.
 */
export function keepValue<T>(cached: (key: string) => T, key: string, value: T): boolean {
  const values = valuesOf.get(cached);
  if (values === undefined || loading === 0 || values.has(key)) return false;
  values.set(key, value === undefined ? UNDEFINED : value);
  return true;
}

/** Whether `cached` (made by `cacheByKey`) holds a value for `key`. */
export function holdsKey(cached: (key: string) => unknown, key: string): boolean {
  return valuesOf.get(cached)?.has(key) ?? false;
}
