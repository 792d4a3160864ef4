import { createBoundedMap } from "../bounded-map.js";
/** Remembers the last `max` offers of up to `keysPerOffer` keys each. */
export function createRecentKeys(max, keysPerOffer = 1) {
    const seen = createBoundedMap(max * keysPerOffer);
    return {
        forget(keys) {
            for (const k of keys)
                seen.delete(k);
        },
        firstTime(keys) {
            const fresh = keys.every((k) => !seen.has(k));
            for (const k of keys)
                seen.set(k, true);
            return fresh;
        },
    };
}
export function createRecentMap(max) {
    return createBoundedMap(max);
}
//# sourceMappingURL=recent.js.map