// A year's grants checked by arithmetic before they are added: a grant that equals the sum of others of its year
// ("GMS får 70 miljoner – fördelat på två beslut" beside the 62 and the 8) is their stated whole, never a third.
import type { LedgerEntry } from "../../knowledge/index.js";

// Subsets are tried only for a year with at most this many grants (2^n sums).
const MAX_GRANTS_CHECKED = 12;

/**
 * The grants to add up: without a set a grant of their year sums up (the whole kept), and without a lone
 * sentence's amount that names neither its giver nor GMS ("SEK 20 million is earmarked for rare diseases") beside
 * a grant of its year whose giver or recipient is told: that one is likelier a part or a retelling than a second.
 */
export function withoutSummedParts(grants: readonly LedgerEntry[]): LedgerEntry[] {
  return withoutLooseBesides(withoutSums(withoutRoughTellings(grants)));
}

// "Staten ger GMS ungefär 75 miljoner" beside the exact 76 of the same year: a rounding of it, never more money.
const ROUNDING = 0.05;

/** Without an approximate grant within rounding of an exact grant of its year (the same money told roughly). */
function withoutRoughTellings(grants: readonly LedgerEntry[]): LedgerEntry[] {
  if (!grants.some((g) => g.qualifier === "approx")) return [...grants];
  // The exact amounts of each year, to look each approximate one up against its own year's only.
  const exact = new Map<number | null, number[]>();
  for (const e of grants)
    if (e.qualifier === null) exact.set(e.year, [...(exact.get(e.year) ?? []), e.amountSek]);
  const rough = (g: LedgerEntry) =>
    g.qualifier === "approx" &&
    (exact.get(g.year) ?? []).some((a) => Math.abs(a - g.amountSek) <= ROUNDING * a);
  return grants.filter((g) => !rough(g));
}

/** The grants `withoutSummedParts` keeps, and what it leaves out by reason: rough tellings, parts of a whole, loose. */
export function checkGrants(grants: readonly LedgerEntry[]): {
  kept: LedgerEntry[];
  rough: LedgerEntry[];
  summed: LedgerEntry[];
  loose: LedgerEntry[];
} {
  const precise = withoutRoughTellings(grants);
  const afterSums = withoutSums(precise);
  const kept = withoutLooseBesides(afterSums);
  return {
    kept,
    rough: grants.filter((g) => !precise.includes(g)),
    summed: precise.filter((g) => !afterSums.includes(g)),
    loose: afterSums.filter((g) => !kept.includes(g)),
  };
}

function withoutLooseBesides(grants: readonly LedgerEntry[]): LedgerEntry[] {
  const placed = new Set(
    grants.filter((g) => g.funder !== null || g.recipient !== null).map((g) => g.year),
  );
  const loose = (g: LedgerEntry) =>
    g.funder === null && g.recipient === null && g.sources.length === 1 && placed.has(g.year);
  return grants.some(loose) ? grants.filter((g) => !loose(g)) : [...grants];
}

function withoutSums(grants: readonly LedgerEntry[]): LedgerEntry[] {
  const byYear = new Map<number, LedgerEntry[]>();
  for (const g of grants)
    if (g.year !== null && g.years.length === 1)
      byYear.set(g.year, [...(byYear.get(g.year) ?? []), g]);
  const dropped = new Set<LedgerEntry>();
  for (const list of byYear.values())
    if (list.length >= 3 && list.length <= MAX_GRANTS_CHECKED)
      for (const part of summedParts(list)) dropped.add(part);
  return dropped.size === 0 ? [...grants] : grants.filter((g) => !dropped.has(g));
}

/** The grants that some other grant of the list is the exact sum of (two or more of them), largest whole first. */
function summedParts(list: readonly LedgerEntry[]): LedgerEntry[] {
  const wholes = [...list].sort((a, b) => b.amountSek - a.amountSek);
  for (const whole of wholes) {
    const others = list.filter((g) => g !== whole && g.amountSek < whole.amountSek);
    const parts = subsetSumming(others, whole.amountSek);
    if (parts) return parts;
  }
  return [];
}

/** Two or more of `items` whose amounts add up exactly to `target`; null when none do. */
function subsetSumming(items: readonly LedgerEntry[], target: number): LedgerEntry[] | null {
  for (let mask = 1; mask < 1 << items.length; mask++) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < items.length; i++)
      if (mask & (1 << i)) {
        sum += items[i]?.amountSek ?? 0;
        n++;
      }
    if (n >= 2 && sum === target) return items.filter((_, i) => mask & (1 << i));
  }
  return null;
}
