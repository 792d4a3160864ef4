import { hasCue } from "./cues.js";
import type { RawFact } from "./facts.js";
import { MULTI_YEAR } from "./role-cues.js";

// Kinds of money co-funding is put in beside.
const FUNDED = new Set(["grant", "part", "multi-year-total", "total"]);
// Years no sentence, paragraph or title of the co-funding gave: a guess it must not keep.
const GUESSED = new Set(["publication-date", "decision-date", "none"]);

/**
 * "Institutionen bidrar med 500 tkr i medfinansiering": co-funding its own words leave undated funds the years
 * of the grant told just before it (in its paragraph or the one before). Far from it, in a text about money
 * for several years, no one year is its own: the publication year is no better a guess than the others.
 */
export function markCoFunded(facts: RawFact[]): void {
  let funded: number | null = null;
  let multiYear = false;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as RawFact;
    const previous = funded === null ? null : (facts[funded] as RawFact);
    // "Last year, GMS South's share was SEK 10 million." closing the paragraph before: a past relative year is its
    // own sentence's, never carried into the next paragraph.
    const carried =
      previous !== null &&
      (previous.segment.paragraph === f.segment.paragraph || !previous.time.pastRelative);
    const near =
      previous !== null && carried && f.segment.paragraph - previous.segment.paragraph <= 1;
    if (f.role.role === "co-funding" && GUESSED.has(f.years.clue)) {
      if (near && previous) {
        f.cofunds = funded;
        f.years = previous.years;
      } else if (multiYear) f.years = { years: [], clue: "none" };
    }
    // "Last year, GMS South's share was SEK 10 million": money retold of an earlier year is no grant put in beside.
    if (
      FUNDED.has(f.role.role) &&
      !f.time.pastRelative &&
      f.segment.index >= (previous?.segment.index ?? -1)
    )
      funded = i;
    // Once several years are told, no later sentence need be looked through for them.
    if (
      !multiYear &&
      (f.role.role === "multi-year-total" ||
        (FUNDED.has(f.role.role) && hasCue(f.segment.text, MULTI_YEAR)))
    )
      multiYear = true;
  }
}

/**
 * After the links: co-funding dated by the grant told beside it keeps that grant's years as the links settled them
 * ("The remaining SEK 58.5 million …" takes its share's year over the paragraph's "Last year").
 */
export function followCoFunded(facts: RawFact[]): void {
  for (const f of facts) {
    const funded = f.role.role === "co-funding" && f.cofunds != null ? facts[f.cofunds] : undefined;
    if (funded) f.years = funded.years;
  }
}
