import type { Knowledge, SourceDocument } from "../../knowledge/index.js";
import { documentsById } from "../citations.js";

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

/** Each document by its id, made once per load. */
export function documentsByIdOf(knowledge: Knowledge): ReadonlyMap<string, SourceDocument> {
  return memo(knowledge, "documents-by-id", () => documentsById(knowledge));
}
