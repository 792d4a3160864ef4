// "I år får GMS 95 miljoner kronor … När jag tillträdde fick GMS 66 miljoner kronor om året": a page that dates
// its year's grant in its own words and tells another GMS grant dated by nothing but the page tells earlier
// money of unknown time, not a second grant of its year.
import { compileCues, hasCue } from "./cues.js";
import type { LedgerEntry } from "./types.js";

// Words that add money of the same time ("Därutöver får GMS 5 miljoner"): such a grant stays the page's year's.
const ADDED = compileCues([
  "därutöver",
  "dessutom",
  "ytterligare",
  "utöver",
  "extra",
  "också",
  "även",
  "in addition",
  "additional",
  "additionally",
  "also",
  "further",
  "on top of",
]);

const UNDATED = new Set<LedgerEntry["yearClue"]>(["publication-date", "none"]);

/** Makes such a grant earlier money of no known year (a retelling): never summed into the page's year. */
export function markUndatedBesideDated(
  entries: readonly LedgerEntry[],
  note: (e: LedgerEntry, why: string) => void,
): void {
  const dated = entries.filter((e) => e.role === "grant" && e.gms && !UNDATED.has(e.yearClue));
  for (const e of entries) {
    if (e.role !== "grant" || !e.gms || e.yearClue !== "publication-date") continue;
    if (e.sources.some((s) => hasCue(s.text, ADDED))) continue;
    const docs = new Set(e.sources.map((s) => s.docId));
    const beside = dated.find(
      (g) => g.years.some((y) => e.years.includes(y)) && g.sources.some((s) => docs.has(s.docId)),
    );
    if (!beside) continue;
    e.role = "comparison";
    e.years = [];
    e.year = null;
    e.yearClue = "none";
    note(
      e,
      `Dated by the page only, beside ${beside.id}, which the page dates itself: told as earlier money.`,
    );
  }
}
