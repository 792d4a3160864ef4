/** A bounded memory of recent keys: enough to spot Slack's retries without growing forever. */
export interface RecentKeys {
  /** True the first time any of `keys` is offered; every key is remembered either way. */
  firstTime(keys: readonly string[]): boolean;
}

export function createRecentKeys(max: number): RecentKeys {
  const seen = createRecentMap<true>(max);
  return {
    firstTime(keys) {
      const fresh = keys.every((k) => !seen.has(k));
      for (const k of keys) seen.set(k, true);
      return fresh;
    },
  };
}

/** A map that forgets its oldest entries beyond `max` (insertion order, refreshed on write). */
export interface RecentMap<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  set(key: string, value: V): void;
}

export function createRecentMap<V>(max: number): RecentMap<V> {
  const entries = new Map<string, V>();
  return {
    get: (key) => entries.get(key),
    has: (key) => entries.has(key),
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > max) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
  };
}
