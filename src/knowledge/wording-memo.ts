// What a sentence says of its amounts depends on its wording and a few circumstances named in a key: each is
// read once per wording and load, however often the sentence is told (a list repeats its items' wording,
// decisions their boilerplate). Records live as long as the wording's record (`sentence-readings.ts`).
import type { SentenceReading } from "./sentence-readings.js";

const byWording = new WeakMap<SentenceReading, Map<string, unknown>>();

/** `read()` for the wording of `reading` under `key` (all else the answer depends on), read once. */
export function perWording<T>(reading: SentenceReading, key: string, read: () => T): T {
  let memo = byWording.get(reading);
  if (memo === undefined) {
    memo = new Map();
    byWording.set(reading, memo);
  }
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as T;
  const value = read();
  memo.set(key, value);
  return value;
}
