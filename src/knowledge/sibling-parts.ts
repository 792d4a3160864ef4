import type { RawFact } from "./facts.js";
import type { Segment } from "./segments.js";

/**
 * "The amount is to be paid out in two instalments: SEK 9,000,000 in 2026 and SEK 9,000,000 in 2027": when one amount
 * of a sentence is a share of a whole and the sentence's other amounts, unlinked grants, add up with it exactly to
 * that whole, they are its shares too (the cue that made the first a share stood in its clause only).
 */
export function linkSiblingParts(facts: RawFact[]): void {
  // Each sentence's facts, gathered once: a long document stays linear.
  const bySentence = new Map<Segment, RawFact[]>();
  for (const f of facts) {
    const list = bySentence.get(f.segment);
    if (list) list.push(f);
    else bySentence.set(f.segment, [f]);
  }
  for (const part of facts) {
    if (part.role.role !== "part" || part.parent === null) continue;
    const whole = facts[part.parent];
    const siblings = (bySentence.get(part.segment) ?? []).filter((f) => f !== part);
    if (!whole || siblings.length === 0) continue;
    if (!siblings.every((f) => f.role.role === "grant" && f.parent === null)) continue;
    const sum = siblings.reduce((s, f) => s + f.amount.valueSek, part.amount.valueSek);
    if (sum !== whole.amount.valueSek) continue;
    for (const f of siblings) {
      f.role = { ...f.role, role: "part", isPart: true };
      f.parent = part.parent;
      f.notGms = part.notGms;
    }
  }
}
