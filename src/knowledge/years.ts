import type { DateMatch, YearClue } from "./types.js";

export interface YearReading {
  years: number[];
  clue: YearClue;
  /** "Sedan 2018 …": the years run from a start up to the document's own, no period of a grant. */
  sinceYear?: true;
}

const NONE: YearReading = { years: [], clue: "none" };

/** Year clues that say nothing of the money itself: only the page's date, or nothing. */
export const UNDATED_CLUES: ReadonlySet<YearClue> = new Set(["publication-date", "none"]);
// Cues that say which year money is for ("under 2022", "för 2024", "budgetåret 2022").
const FUNDING_CUES = new Set<DateMatch["cue"]>(["during", "for", "budget-year"]);

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 50; y++) out.push(y);
  return out;
}

/** Years an amount's own sentence says it funds: a funding cue, or a span of years. */
export function statedYears(dates: readonly DateMatch[]): YearReading {
  // Loops, not filters: every sentence near an amount is asked, most with no date at all.
  let year: number | null = null;
  let several = false;
  for (const d of dates) {
    if (d.kind === "span" && d.cue !== "deadline" && d.cue !== "since")
      return { years: range(d.year, d.endYear), clue: "stated-in-sentence" };
    if (!FUNDING_CUES.has(d.cue)) continue;
    if (year !== null && d.year !== year) several = true;
    year ??= d.year;
  }
  if (year !== null && !several) return { years: [year], clue: "stated-in-sentence" };
  return NONE;
}

/**
 * The year a decision or a publication funds. Swedish government money is decided per budget year;
 * a decision or release in December is, in practice, for the coming year.
 */
function yearOfDecision(year: number, month: number | null): number {
  return month === 12 ? year + 1 : year;
}

/** "beslutade i december 2021": a decision date in the amount's sentence (`decides`: it tells a decision). */
export function decisionYears(decides: boolean, dates: readonly DateMatch[]): YearReading {
  if (!decides) return NONE;
  const d = dates.find((x) => (x.kind === "month" || x.kind === "date") && x.cue !== "deadline");
  return d ? { years: [yearOfDecision(d.year, d.month)], clue: "decision-date" } : NONE;
}

/** "Genomik i vården – från pilot till rutin 2027": the one year a document's title names, for all its money. */
export function titleYears(dates: readonly DateMatch[]): YearReading {
  const told = dates.filter(
    (d) => (d.kind === "year" || d.kind === "span") && d.cue !== "deadline" && d.cue !== "since",
  );
  const first = told[0];
  if (!first || told.some((d) => d.year !== first.year || d.endYear !== first.endYear)) return NONE;
  return { years: range(first.year, first.endYear), clue: "stated-in-title" };
}

// Made once: a regex literal is a new object each time it is evaluated.
const YEAR_MONTH = /^(\d{4})-(\d{2})/;

/** `YYYY-MM-DD` or `YYYY-MM` → the year it funds. */
export function publicationYears(published: string | null): YearReading {
  const m = YEAR_MONTH.exec(published ?? "");
  if (!m) return NONE;
  return { years: [yearOfDecision(Number(m[1]), Number(m[2]))], clue: "publication-date" };
}

/** How much a clue is trusted when two sources of one grant disagree. */
export const CLUE_STRENGTH: Record<YearClue, number> = {
  "stated-in-sentence": 5,
  parent: 4,
  "stated-in-paragraph": 3,
  "stated-in-title": 2,
  "project-period": 2,
  "other-document": 3,
  "decision-date": 2,
  "publication-date": 1,
  none: 0,
};
