// What a sentence says of its amounts depends on its wording and a few circumstances named in a key: a sentence
// told again (a list repeats its items' wording, decisions their boilerplate) is not read again. Kept on the
// wording's record, one reading per amount: a wording is nearly always read under the same circumstances.
import type { SentenceReading } from "./sentence-readings.js";

/** What was read of the `i`-th amount of the wording under `key` (all else it depends on), if it was. */
export function toldBefore<T>(reading: SentenceReading, i: number, key: string): T | undefined {
  const last = reading.told?.[i];
  return last !== undefined && last.key === key ? (last.value as T) : undefined;
}

/** Keeps what was read of the `i`-th amount of the wording under `key`. */
export function keepTold<T>(reading: SentenceReading, i: number, key: string, value: T): T {
  reading.told ??= [];
  reading.told[i] = { key, value };
  return value;
}
