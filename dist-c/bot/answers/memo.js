import { documentsById } from "../citations.js";
// Knowledge never changes once loaded: what a composer reads from all passages is read once per load.
const caches = new WeakMap();
export function memo(knowledge, key, compute) {
    let cache = caches.get(knowledge);
    if (!cache) {
        cache = new Map();
        caches.set(knowledge, cache);
    }
    if (!cache.has(key))
        cache.set(key, compute());
    return cache.get(key);
}
/** Each document by its id, made once per load. */
export function documentsByIdOf(knowledge) {
    return memo(knowledge, "documents-by-id", () => documentsById(knowledge));
}
//# sourceMappingURL=memo.js.map