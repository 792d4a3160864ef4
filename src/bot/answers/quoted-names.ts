import type { LedgerEntry } from "../../knowledge/index.js";

// Each quote lowered once, not on every question that looks for a name in it.
const lowered = new WeakMap<object, string>();

/** Whether one of the entry's quoted sentences names any of `names` (given in lower case). */
export function quotesName(entry: LedgerEntry, ...names: readonly string[]): boolean {
  return entry.sources.some((s) => {
    let text = lowered.get(s);
    if (text === undefined) {
      text = s.text.toLowerCase();
      lowered.set(s, text);
    }
    return names.some((n) => text.includes(n));
  });
}
