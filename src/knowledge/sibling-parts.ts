import type { RawFact } from "./facts.js";

/**
 * "The amount is to be paid out in two instalments: SEK 9,000,000 in 2026 and SEK 9,000,000 in 2027": when one amount
 * of a sentence is a share of a whole and the sentence's other amounts, unlinked grants, add up with it exactly to
 * that whole, they are its shares too (the cue that made the first a share stood in its clause only).
 */
export function linkSiblingParts(facts: RawFact[]): void {
  for (let i = 0; i < facts.length; i++) {
    const part = facts[i] as RawFact;
    if (part.role.role !== "part" || part.parent === null) continue;
    const whole = facts[part.parent];
    if (!whole) continue;
    const siblings = facts.filter((f) => f.segment === part.segment && f !== part);
    if (siblings.length === 0) continue;
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
