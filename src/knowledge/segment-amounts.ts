// The budget check finds every amount of every sentence of a document; the facts read them again. Kept per
// document (by its sentences, shared by `segment`), the second reading is one look-up, not one per sentence.
import { findAmounts } from "./amounts.js";
import type { Segment } from "./segments.js";
import type { AmountMatch } from "./types.js";

const kept = new WeakMap<readonly Segment[], readonly (readonly AmountMatch[])[]>();

/** Keeps the amounts of each of a document's sentences (in the sentences' order), as read by the budget. */
export function keepAmounts(
  segments: readonly Segment[],
  amounts: readonly (readonly AmountMatch[])[],
): void {
  kept.set(segments, amounts);
}

/** The amounts of each sentence (`findAmounts` of its text), read once per document's sentences. */
export function amountsBySegment(
  segments: readonly Segment[],
): readonly (readonly AmountMatch[])[] {
  let amounts = kept.get(segments);
  if (amounts === undefined) {
    amounts = segments.map((s) => findAmounts(s.text));
    kept.set(segments, amounts);
  }
  return amounts;
}
