import { type BoundedMap, createBoundedMap } from "../bounded-map.js";

/** A bounded memory of recent keys: enough to spot Slack's retries without growing forever. */
export interface RecentKeys {
  /** True the first time any of `keys` is offered; every key is remembered either way. */
  firstTime(keys: readonly string[]): boolean;
  /** Forgets `keys`, so a retry of something whose answer was lost is answered after all. */
  forget(keys: readonly string[]): void;
}

/** Remembers the last `max` offers of up to `keysPerOffer` keys each. */
export function createRecentKeys(max: number, keysPerOffer = 1): RecentKeys {
  const seen = createBoundedMap<string, true>(max * keysPerOffer);
  return {
    forget(keys) {
      for (const k of keys) seen.delete(k);
    },
    firstTime(keys) {
      const fresh = keys.every((k) => !seen.has(k));
      for (const k of keys) seen.set(k, true);
      return fresh;
    },
  };
}

/** Answers kept for the share button, by key; the oldest are forgotten beyond `max`. */
export type RecentMap<V> = BoundedMap<string, V>;

export function createRecentMap<V>(max: number): RecentMap<V> {
  return createBoundedMap<string, V>(max);
}
