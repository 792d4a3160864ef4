// "Styrgruppen har fördelat årets 66 miljoner … Sällsynta diagnoser blir den största posten med 16 mnkr.
// Barncancer … tilldelas 14 mnkr …": three or more grants, none linked, told one after another in a paragraph, that
// add up exactly to an amount told before them are that amount's split, told in prose. Parts that add up exactly are
// strong evidence.
import type { RawFact } from "./facts.js";

const MIN_SHARES = 3;
// How far back (in paragraphs) the whole may stand: the lede or the paragraph above the split.
const WHOLE_REACH = 3;

/** Links each such paragraph's grants to the amount they add up to, as its parts. */
export function partsProvedBySum(facts: RawFact[]): void {
  for (const shares of paragraphsOfGrants(facts)) {
    if (shares.length < MIN_SHARES) continue;
    const first = facts[shares[0] as number] as RawFact;
    const sum = shares.reduce((s, i) => s + (facts[i] as RawFact).amount.valueSek, 0);
    const whole = wholeBefore(facts, shares[0] as number, sum, first.segment.paragraph);
    if (whole === null) continue;
    for (const i of shares) {
      const f = facts[i] as RawFact;
      f.role = { ...f.role, role: "part", isPart: true };
      f.parent = whole;
    }
  }
}

/**
 * Runs of unlinked exact grants told one after another in one paragraph ("Sällsynta diagnoser får 15 miljoner.
 * Barncancer får 10 miljoner. …"): any other amount between them ends a run.
 */
function paragraphsOfGrants(facts: readonly RawFact[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  let paragraph = -1;
  const close = () => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  facts.forEach((f, i) => {
    if (f.segment.paragraph !== paragraph) {
      close();
      paragraph = f.segment.paragraph;
    }
    if (f.role.role === "grant" && f.parent === null && f.amount.qualifier === null) run.push(i);
    else close();
  });
  close();
  return out;
}

// What may be split: a grant, a stated total, or a share ("GMS Väst får 13 mnkr av det statliga stödet",
// then split by area).
const WHOLES: ReadonlySet<string> = new Set(["grant", "total", "part"]);

/** The nearest earlier amount equal to the sum, a grant, a total or a share, within reach of the paragraph. */
function wholeBefore(
  facts: readonly RawFact[],
  at: number,
  sum: number,
  paragraph: number,
): number | null {
  for (let j = at - 1; j >= 0; j--) {
    const f = facts[j] as RawFact;
    if (f.segment.paragraph < paragraph - WHOLE_REACH) return null;
    if (f.amount.valueSek === sum && WHOLES.has(f.role.role)) return j;
  }
  return null;
}
