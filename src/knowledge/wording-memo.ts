// What a sentence says of its amounts depends on its wording and a few circumstances named in a key: within a
// document, a sentence told again (a list repeats its items' wording) is not read again. One memo per document,
// dropped with it: nothing is kept past the load. One reading per amount: a wording is nearly always read under
// the same circumstances.
import type { SentenceReading } from "./sentence-readings.js";

/** Per wording (its record), per amount: what was read of it and under which circumstances. */
export type WordingMemo = Map<SentenceReading, { key: string; value: unknown }[]>;

/** What was read of the `i`-th amount of the wording under `key` (all else it depends on), if it was. */
export function toldBefore<T>(
  memo: WordingMemo,
  reading: SentenceReading,
  i: number,
  key: string,
): T | undefined {
  const last = memo.get(reading)?.[i];
  return last !== undefined && last.key === key ? (last.value as T) : undefined;
}

/** Keeps what was read of the `i`-th amount of the wording under `key`. */
export function keepTold<T>(
  memo: WordingMemo,
  reading: SentenceReading,
  i: number,
  key: string,
  value: T,
): T {
  let told = memo.get(reading);
  if (told === undefined) {
    told = [];
    memo.set(reading, told);
  }
  told[i] = { key, value };
  return value;
}
