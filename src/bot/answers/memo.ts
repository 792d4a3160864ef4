import type { Knowledge } from "../../knowledge/index.js";

// Knowledge never changes once loaded: what a composer reads from all passages is read once per load.
const caches = new WeakMap<Knowledge, Map<string, unknown>>();

export function memo<T>(knowledge: Knowledge, key: string, compute: () => T): T {
  let cache = caches.get(knowledge);
  if (!cache) {
    cache = new Map();
    caches.set(knowledge, cache);
  }
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}
