import { mentionsGms } from "./organisations.js";
import { countsAsGrant, type LedgerEntry } from "./types.js";

// How far an approximate total ("drygt", "nästan") may stand from the grants it rounds.
const ROUNDING = 0.06;

/** Thousands grouped with spaces: notes are read by people, not parsed. */
export function kr(sek: number): string {
  return `${String(Math.round(sek)).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} kr`;
}

/**
 * Makes gaps visible: parts that don't add up to their whole, totals that itemised grants don't reach.
 * A share told alone in prose ("Skånes andel", "7,2 miljoner av den delen") claims no complete split:
 * a shortfall is only noted when every share was told as an item of a list (`listed`).
 */
export function checkTotals(
  entries: LedgerEntry[],
  listed: ReadonlySet<string> = new Set(),
  byId: ReadonlyMap<string, LedgerEntry> = new Map(entries.map((e) => [e.id, e])),
): void {
  for (const e of entries) {
    // Most entries have no parts: only a multi-year total of GMS grants is checked then.
    if (e.parts.length === 0) {
      if (e.role === "multi-year-total" && e.gms) checkMultiYear(e, entries);
      continue;
    }
    const shares = e.parts
      .map((id) => byId.get(id))
      .filter((p): p is LedgerEntry => !!p && p.role !== "agency-cap");
    // Each document splits the whole its own way (by area, or a region's share): each split is checked alone.
    for (const split of byDocument(shares)) {
      const sum = split.reduce((s, p) => s + p.amountSek, 0);
      // One share is no itemisation, even set off as a line of its own ("– Ungefär hälften, 41,5 miljoner …").
      const itemised = split.length > 1 && split.every((p) => listed.has(p.id));
      // A share another document told first ("Region Skåne 10 500" in a node table, told before by the news)
      // still belongs to this document's split: every share it tells adding up to the whole closes it.
      if (sum !== e.amountSek && toldBySplitDocument(shares, split) === e.amountSek) continue;
      // A document may split the whole twice, by area and by who keeps it ("SEK 12 million for …, SEK 18 million
      // for …" then "GMS South will keep SEK 11.5 million … The remaining SEK 58.5 million is passed on"): runs of
      // its shares in a row that each add up to the whole close it.
      if (splitsInRuns(split, e.amountSek)) continue;
      if (sum > e.amountSek || (sum < e.amountSek && itemised)) {
        e.notes.push(
          `The parts stated (${kr(sum)}) do not add up to the whole (${kr(e.amountSek)}).`,
        );
        break;
      }
    }
    // A multi-year total with its own yearly shares is checked against them above, not against every grant.
    if (e.role === "multi-year-total" && e.gms && shares.length === 0) checkMultiYear(e, entries);
  }
}

/** The shares, in the order told, make two or more runs in a row that each add up to the whole exactly. */
function splitsInRuns(split: readonly LedgerEntry[], whole: number): boolean {
  let runs = 0;
  let sum = 0;
  for (const p of split) {
    sum += p.amountSek;
    if (sum > whole) return false;
    if (sum === whole) {
      runs += 1;
      sum = 0;
    }
  }
  return runs >= 2 && sum === 0;
}

/** The sum of every share the document that first told this split tells, whichever document told it first. */
function toldBySplitDocument(
  shares: readonly LedgerEntry[],
  split: readonly LedgerEntry[],
): number {
  const doc = split[0]?.sources[0]?.docId;
  return shares
    .filter((p) => p.sources.some((s) => s.docId === doc))
    .reduce((sum, p) => sum + p.amountSek, 0);
}

/** The shares grouped by the document that first tells each, in order. */
function byDocument(shares: LedgerEntry[]): LedgerEntry[][] {
  const groups = new Map<string, LedgerEntry[]>();
  for (const p of shares) {
    const doc = p.sources[0]?.docId ?? "";
    const group = groups.get(doc);
    if (group) group.push(p);
    else groups.set(doc, [p]);
  }
  return [...groups.values()];
}

/** How many times a grant counts within the span: once, or once a year for an amount given per year. */
function yearsCounted(g: LedgerEntry, span: ReadonlySet<number>): number {
  if (!g.perYear) return span.has(g.year ?? 0) ? 1 : 0;
  return g.years.filter((y) => span.has(y)).length;
}

function checkMultiYear(total: LedgerEntry, entries: LedgerEntry[]): void {
  // "sedan starten": no years given, so nothing to add up against it.
  if (total.years.length === 0) return;
  // "Region Västerbotten har sedan 2019 fått sammanlagt 40 miljoner": one recipient's sum, not all of GMS's grants.
  if (total.recipient !== null && !mentionsGms(total.recipient)) return;
  const span = new Set(total.years);
  // A year's share of a multi-year grant ("9 000 000 kronor under 2026") is that year's money as a grant is.
  const grants = entries.filter(
    (g) => countsAsGrant(g) && g.year !== null && g.years.some((y) => span.has(y)),
  );
  // "10 miljoner kronor per år 2030–2032" is 10 miljoner in each year of the span it shares.
  const sum = grants.reduce((s, g) => s + g.amountSek * yearsCounted(g, span), 0);
  if (sum === total.amountSek) return;
  // "drygt 220 miljoner" is a rounding: grants a little above it agree with it; "knappt 238 miljoner" the same
  // below it (237,75).
  const rounded = total.qualifier === "approx";
  if (rounded && Math.abs(sum - total.amountSek) <= total.amountSek * ROUNDING) return;
  // "mer än 360 miljoner": a floor that the grants above it agree with.
  if (total.qualifier === "at-least" && sum > total.amountSek) return;
  const first = total.years[0];
  const last = total.years.at(-1);
  const gap = total.amountSek - sum;
  total.notes.push(
    gap > 0
      ? `The itemised GMS grants for ${first}–${last} in these documents add up to ${kr(sum)}; ${kr(gap)} of the stated total is not itemised in any document.`
      : `The itemised GMS grants for ${first}–${last} in these documents add up to ${kr(sum)}, more than the stated total.`,
  );
}
