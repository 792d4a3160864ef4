// "betala ut totalt 66 000 000 kronor …" followed by its six parts: "totalt" there sums the parts the text
// then lists, not several grants. A stated total whose own shares add up to it exactly is their grant.
import type { RawFact } from "./facts.js";

// A split into areas lists three or more; two shares ("hittills 63 miljoner", "återstående 21 miljoner") may be
// instalments of a total paid out, which stays a total.
const MIN_PARTS = 3;

/** A total whose linked children are all parts (three or more) adding up to it exactly becomes a grant. */
export function grantsOfTheirParts(facts: RawFact[]): void {
  const sums = new Map<number, { sum: number; count: number; allParts: boolean }>();
  for (const f of facts) {
    if (f.parent === null) continue;
    const whole = facts[f.parent];
    if (whole?.role.role !== "total") continue;
    const s = sums.get(f.parent) ?? { sum: 0, count: 0, allParts: true };
    s.sum += f.amount.valueSek;
    s.count += 1;
    s.allParts &&= f.role.role === "part";
    sums.set(f.parent, s);
  }
  for (const [i, s] of sums) {
    const whole = facts[i] as RawFact;
    if (s.allParts && s.count >= MIN_PARTS && s.sum === whole.amount.valueSek)
      whole.role = { ...whole.role, role: "grant" };
  }
}
