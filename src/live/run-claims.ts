// Two threads share the documents' "other" readings run by run: the worker takes runs from the front, the main
// thread (once its facts are read) from the back, each run claimed once in shared memory. Whichever thread
// has time does the rest, so neither waits long for the other however the machine shares its cores.
import type { MessagePort } from "node:worker_threads";
import type { BatchReading, PackedSentences, SourceDocument } from "../knowledge/index.js";

/** Who read a run: nobody yet, the worker, or the main thread. */
export const UNCLAIMED = 0;
export const BY_WORKER = 1;
export const BY_MAIN = 2;

/** Documents per run: small enough to share the end fairly, large enough that a run's reading costs more than its bookkeeping. */
export const RUN_SIZE = 250;

/** How many runs the main thread has begun to read the facts of, in memory both threads see. */
export function newProgress(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** One claim per run, in memory both threads see. */
export function newClaims(runs: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, runs) * Int32Array.BYTES_PER_ELEMENT));
}

/** Claims run `i` for `who`; false when the other thread has it. */
export function claim(claims: Int32Array, i: number, who: number): boolean {
  return Atomics.compareExchange(claims, i, UNCLAIMED, who) === UNCLAIMED;
}

/** The runs of `count` documents: [start, end) each, in order. */
export function runBounds(count: number, size: number = RUN_SIZE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = 0; start < count; start += size)
    out.push([start, Math.min(count, start + size)]);
  return out;
}

/** What the main thread sends: the documents, the runs' claims, and where to send sentences ahead. */
export interface ReaderTask {
  documents: SourceDocument[];
  claims: Int32Array;
  /** Documents per run (`RUN_SIZE` unless a test asks for smaller). */
  runSize: number;
  /** Where each run's sentences go ahead of the main thread (`PreRead`). */
  ahead: MessagePort;
  /** How far the main thread has come (`newProgress`): the runs it has begun are no longer split ahead. */
  progress: Int32Array;
}

/** A run split ahead of the main thread. */
export interface PreRead {
  run: number;
  packed: PackedSentences;
}

/** The worker's answer: the reading of each run it claimed, by run number. */
export interface ReaderReply {
  runs: Array<{ run: number; reading: BatchReading }>;
}
