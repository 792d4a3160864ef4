// What a sentence says of its amounts depends on its wording and a few circumstances named in a key: within a
// document, a sentence told again (a list repeats its items' wording) is not read again. Kept on the wording's
// record while the document is read, then dropped (`forgetTold`): nothing is kept past the document. One reading
// per amount: a wording is nearly always read under the same circumstances.
import type { SentenceReading } from "./sentence-readings.js";

type Told = { key: string; value: unknown }[];

// A wording met once so far: nothing kept (most sentences are told once; only one told again is worth keeping).
const MET: Told = Object.freeze([]) as unknown as Told;

/** Whether the wording was met before in this document; it is met from now on. */
export function metBefore(reading: SentenceReading): boolean {
  if (reading.told !== undefined) return true;
  reading.told = MET;
  return false;
}

/** What was read of the `i`-th amount of the wording under `key` (all else it depends on), if it was. */
export function toldBefore<T>(reading: SentenceReading, i: number, key: string): T | undefined {
  const last = reading.told?.[i];
  return last !== undefined && last.key === key ? (last.value as T) : undefined;
}

/** Keeps what was read of the `i`-th amount of the wording under `key`. */
export function keepTold<T>(reading: SentenceReading, i: number, key: string, value: T): T {
  if (reading.told === undefined || reading.told === MET) reading.told = [];
  reading.told[i] = { key, value };
  return value;
}

/** Drops what the document's sentences told (every wording record it kept some on). */
export function forgetTold(readings: readonly SentenceReading[]): void {
  for (const r of readings) if (r.told !== undefined) r.told = undefined;
}
