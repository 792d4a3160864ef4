// A cold build runs a wide body of code over tens of thousands of sentences, once: with less inlining each hot
// function's optimised code is ready sooner and costs the second core less to make. At 10,000 documents about
// 8 % less CPU; answers after it are as fast (docs/performance.md, session 23). Process-wide, so a worker
// thread's rebuilds read with it too. (`--no-regexp-tier-up` paid as much again, but set while running it
// crashed one load in twenty: only a flag read when code is compiled is changed here.)
import { setFlagsFromString } from "node:v8";

const LOAD_FLAGS = ["--max-inlined-bytecode-size-cumulative=150"];

let tuned = false;

/** Sets the load's V8 flag, once per process (before the first build compiles its code). */
export function tuneEngineForLoad(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of LOAD_FLAGS) setFlagsFromString(flag);
}
