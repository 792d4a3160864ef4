// "For 2030 and 2031, the Government estimates SEK 94 million and SEK 96 million respectively", "… 94 respektive
// 96 miljoner kronor för 2030 och 2031": a sentence that pairs as many amounts with as many years, in order, gives
// each amount its own year, never the span of both.
import { compileCues, hasCue } from "./cues.js";
import type { RawFact } from "./facts.js";

const RESPECTIVELY = compileCues(["respectively", "respektive"]);

// A sentence pairs a few amounts with a few years: a longer run is a list, read as it is.
const MAX_PAIRS = 6;

export function pairRespectively(facts: RawFact[]): void {
  for (let i = 0; i < facts.length; ) {
    const segment = (facts[i] as RawFact).segment;
    let j = i + 1;
    while (j < facts.length && (facts[j] as RawFact).segment === segment) j++;
    const run = facts.slice(i, j);
    i = j;
    if (run.length < 2 || run.length > MAX_PAIRS || !hasCue(segment.text, RESPECTIVELY)) continue;
    const years = run[0]?.years.years ?? [];
    const same = run.every(
      (f) => f.years.years.length === years.length && f.years.years.every((y, k) => y === years[k]),
    );
    if (!same || years.length !== run.length) continue;
    run.forEach((f, k) => {
      const year = years[k] as number;
      f.years = { ...f.years, years: [year] };
      f.time = { ...f.time, reading: { ...f.time.reading, years: [year] } };
      // Read as over both years only because the sentence named both: one year's money.
      if (f.role.role === "multi-year-total") f.role = { ...f.role, role: "grant" };
    });
  }
}
