/** A Map that forgets its least recently used entries beyond `max`, so memory stays flat. Shared by the adapters. */
export interface BoundedMap<K, V> {
  get(key: K): V | undefined;
  /** Whether the key is remembered; does not count as a use. */
  has(key: K): boolean;
  set(key: K, value: V): void;
  delete(key: K): void;
  readonly size: number;
}

export function createBoundedMap<K, V>(max: number): BoundedMap<K, V> {
  const entries = new Map<K, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      // Re-insert so that Map order tracks recency.
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    has: (key) => entries.has(key),
    delete(key) {
      entries.delete(key);
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > max) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
