import { compileCues, hasCue } from "./cues.js";
import { MONTH_NAMES_EN, MONTH_NAMES_SV } from "./date-words.js";
import type { DateMatch } from "./types.js";
import type { WordToken } from "./words.js";

// A sentence that tells a decision: the date in it is when the money was decided.
const DECISION = compileCues([
  "beslut*",
  "beslöt",
  "decided",
  "decision",
  "announced",
  "tillkännagav",
  // "December 2021: Regeringen gav Socialstyrelsen i uppdrag att …": a commission is a decision.
  "i uppdrag",
  "uppdrog",
  "uppdrar",
]);
const TODAY = compileCues(["i dag", "idag", "today"]);

/** The text tells a decision ("beslutade", "decided", "gav … i uppdrag"). */
export function tellsDecision(text: string | readonly WordToken[]): boolean {
  return hasCue(text, DECISION);
}
// A document date's year and month, made once (a regex literal is a new object each time it is evaluated).
const YEAR_MONTH = /^(\d{4})-(\d{2})/;
const MONTH_NUMBER = new Map(
  [...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m, i) => [m.toLowerCase(), (i % 12) + 1]),
);

/** The decision date a sentence gives, `YYYY-MM-DD` or `YYYY-MM`, as the text gives it; null when none. */
export function decidedIn(
  tokens: readonly WordToken[],
  dates: readonly DateMatch[],
  published: string | null,
): string | null {
  // Whether any is said, not where: the first hit answers (most sentences have none, and are read to the end).
  if (!tellsDecision(tokens)) return null;
  const full = dates.find((d) => d.cue !== "deadline" && (d.kind === "date" || d.kind === "month"));
  if (full) return iso(full.year, full.month, full.day);
  if (published && hasCue(tokens, TODAY)) return published;
  const docYear = YEAR_MONTH.exec(published ?? "");
  if (!docYear) return null;
  // "beslutade i mars": a month without a year is the latest such month up to the document's date.
  for (const [i, t] of tokens.entries()) {
    const month = MONTH_NUMBER.get(t.word);
    if (month === undefined || !["i", "in", "den", "on"].includes(tokens[i - 1]?.word ?? ""))
      continue;
    const year = Number(docYear[1]) - (month > Number(docYear[2]) ? 1 : 0);
    return iso(year, month, null);
  }
  return null;
}

function iso(year: number, month: number | null, day: number | null): string {
  const mm = month === null ? "" : `-${String(month).padStart(2, "0")}`;
  return `${year}${mm}${day === null || month === null ? "" : `-${String(day).padStart(2, "0")}`}`;
}
