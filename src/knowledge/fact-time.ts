import { hasCue } from "./cues.js";
import { findDates } from "./dates.js";
import { findRelativeYears } from "./relative-time.js";
import { PROJECT_RUNS } from "./role-cues.js";
import type { SentenceReading } from "./sentence-readings.js";
import type { DateMatch } from "./types.js";
import type { WordToken } from "./words.js";
import type { YearReading } from "./years.js";

// Cues that say which year money is for ("under 2022", "för 2024", "budgetåret 2022").
const FUNDING_CUES = new Set<DateMatch["cue"]>(["during", "for", "budget-year", "in", "none"]);

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 50; y++) out.push(y);
  return out;
}

/** The time an amount's own clause gives: a year, a span, or a relative phrase resolved to the document's year. */
export interface ClauseTime {
  reading: YearReading;
  /** Told relative to the document's date and pointing back ("i fjol", "förra året", "last year"). */
  pastRelative: boolean;
  /** Told relative to an unknown date: how many years the phrase spans ("de kommande tre åren" → 3). */
  unresolvedSpan: number;
}

const NO_TIME: ClauseTime = {
  reading: { years: [], clue: "none" },
  pastRelative: false,
  unresolvedSpan: 0,
};

/**
 * The year or years an amount's clause states, the nearest time phrase to the amount winning.
 * A date or a month is a decision or a deadline, not a budget year, so only years and spans count.
 */
export function clauseTime(
  tokens: readonly WordToken[],
  dates: readonly DateMatch[],
  window: { start: number; end: number; amountStart: number; amountEnd: number },
  docYear: number | null,
  /** The one year the sentence before stated: "Året innan var stödet …" counts back from it. */
  anchor: number | null = null,
): ClauseTime {
  type Candidate = { at: number; end: number; time: ClauseTime };
  const candidates: Candidate[] = [];
  // "84 miljoner är fyra miljoner mindre än vad GMS fick förra året": the time after "än" dates the other side.
  const end = Math.min(window.end, comparedFrom(tokens, window));
  for (const d of dates) {
    if (d.start < window.start || d.end > end || d.kind === "date" || d.kind === "month") continue;
    if (!FUNDING_CUES.has(d.cue) && d.kind !== "span" && d.cue !== "since") continue;
    if (d.cue === "deadline") continue;
    // "Sedan 2021 har staten satsat …": from that year to the document's.
    if (d.cue === "since" && (docYear === null || docYear <= d.year)) continue;
    const last = d.cue === "since" ? (docYear as number) : d.endYear;
    const years = d.kind === "span" || d.cue === "since" ? range(d.year, last) : [d.year];
    candidates.push({
      at: d.start,
      end: d.end,
      time: {
        reading:
          d.cue === "since"
            ? { years, clue: "stated-in-sentence", sinceYear: true }
            : { years, clue: "stated-in-sentence" },
        pastRelative: false,
        unresolvedSpan: 0,
      },
    });
  }
  // "För 2049 beräknades i förra årets budgetproposition 90 miljoner": the stated year is the money's; the
  // genitive names the bill's. Right before the amount ("fjolårets 66 miljoner") the genitive is the money's.
  const statedForMoney = candidates.length > 0;
  // Read over the whole sentence, so "… 58 miljoner i fjol och 49,5 miljoner året dessförinnan" counts back from "i fjol".
  for (const r of findRelativeYears(tokens)) {
    if (r.start < window.start || r.end > end) continue;
    if (r.genitive && statedForMoney && window.amountStart - r.end > GENITIVE_REACH) continue;
    const base = r.beforeStated ? (statedBefore(dates, r.start) ?? anchor) : null;
    if (base !== null) {
      const years = [base + r.from];
      candidates.push({
        at: r.start,
        end: r.end,
        time: {
          reading: { years, clue: "stated-in-sentence" },
          pastRelative: r.from < 0,
          unresolvedSpan: 0,
        },
      });
      continue;
    }
    const time: ClauseTime =
      docYear === null
        ? {
            reading: { years: [], clue: "none" },
            pastRelative: r.to < 0,
            unresolvedSpan: r.to - r.from + 1,
          }
        : {
            reading: { years: range(docYear + r.from, docYear + r.to), clue: "stated-in-sentence" },
            pastRelative: r.to < 0,
            unresolvedSpan: 0,
          };
    candidates.push({ at: r.start, end: r.end, time });
  }
  // Gap between the phrase and the amount's own characters: "the Bill for 2027 had estimated SEK 85 million for 2028".
  const gap = (c: Candidate) =>
    c.at >= window.amountEnd ? c.at - window.amountEnd : Math.max(0, window.amountStart - c.end);
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || gap(c) < gap(best)) best = c;
  return best?.time ?? NO_TIME;
}

// A comparison told after the amount ("… mindre än vad GMS fick förra året", "… more than in 2027"): a comparative
// word, then "än"/"than" within a few words. Data, one word a line of the sets.
const COMPARATIVES = new Set([
  "mer",
  "mera",
  "mindre",
  "fler",
  "färre",
  "högre",
  "lägre",
  "större",
  "more",
  "less",
  "fewer",
  "higher",
  "lower",
  "larger",
  "greater",
]);
const THAN = new Set(["än", "than"]);
// Words between the comparative and "än" ("mindre pengar än", "more money than").
const THAN_REACH = 3;

/** Where the compared side of a comparison after the amount begins (its "än"), else the window's end. */
function comparedFrom(
  tokens: readonly WordToken[],
  window: { end: number; amountEnd: number },
): number {
  let comparative = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as WordToken;
    if (t.start < window.amountEnd) continue;
    if (t.end > window.end) break;
    // The sentence's words are in lower case already (`wordsAt`).
    const w = t.word;
    if (COMPARATIVES.has(w)) comparative = k;
    else if (THAN.has(w) && comparative >= 0 && k - comparative <= THAN_REACH) return t.start;
  }
  return window.end;
}

// Characters between a genitive and the amount it dates: "fjolårets 66 miljoner", "årets totalt 80 miljoner".
const GENITIVE_REACH = 12;

/** "Under 2024 fick GMS … och året innan …": the last year stated in the sentence before `at`. */
function statedBefore(dates: readonly DateMatch[], at: number): number | null {
  let year: number | null = null;
  for (const d of dates) if (d.end <= at && isYear(d)) year = d.year;
  return year;
}

/** A year or span told as such: not a decision date, a month or a deadline. */
export function isYear(d: DateMatch): boolean {
  return (d.kind === "year" || d.kind === "span") && d.cue !== "deadline";
}

const LEADING_YEAR = /^(\d{4})/;

/** The year of a `YYYY-MM(-DD)` date, or null. */
export function yearOf(published: string | null): number | null {
  const m = LEADING_YEAR.exec(published ?? "");
  return m ? Number(m[1]) : null;
}

// Two years close together: the cheap test before a sentence is read for a project's running time.
// "1 mars 2031 – 28 februari 2033": two dates written out.
const TWO_YEARS =
  /\d{4}\D{1,20}\d{4}|\d{4}-\d\d-\d\d\s*[–—-]\s*\d{4}|\d{4}\s*[–—-]\s*\d{1,2}\.?\s\p{L}{3,12}\s\d{4}/u;
// Between two full dates that bound a period: "2030-03-01 – 2031-12-31".
const DATE_DASH = /^\s*[–—-]\s*$/;
// `TWO_YEARS` needs four digits in a row: half the wordings have none, and are then not read further.
const FOUR_DIGITS = /\d{4}/;

// Every prose sentence of a document is asked, and documents repeat theirs: each wording is asked once a load,
// its answer kept on its record (no cache keyed by its text, which most wordings would only fill).
// A wording without four digits is kept as telling none too: the next document that tells it tests nothing.
function mayTellPeriod(reading: SentenceReading): boolean {
  if (reading.period === undefined) {
    const text = reading.text;
    reading.period = FOUR_DIGITS.test(text) && TWO_YEARS.test(text) && hasCue(text, PROJECT_RUNS);
  }
  return reading.period;
}

/**
 * "The project runs over the next three years, from 2026 to 2028": the one span a document says its project
 * runs, the years of its money that no sentence or paragraph dates. Two different spans say nothing.
 */
export function projectPeriod(sentences: Iterable<SentenceReading>): YearReading {
  let found: YearReading | null = null;
  for (const reading of sentences) {
    if (!mayTellPeriod(reading)) continue;
    const text = reading.text;
    const dates = findDates(text);
    for (const [i, d] of dates.entries()) {
      const next = dates[i + 1];
      const bounded =
        d.kind === "date" &&
        next?.kind === "date" &&
        DATE_DASH.test(text.slice(d.end, next.start)) &&
        next.year > d.year;
      const endYear = bounded ? (next?.year ?? d.year) : d.endYear;
      if ((d.kind !== "span" && !bounded) || endYear <= d.year || d.cue === "deadline") continue;
      const years = range(d.year, endYear);
      if (found && found.years.join() !== years.join()) return { years: [], clue: "none" };
      found = { years, clue: "project-period" };
    }
  }
  return found ?? { years: [], clue: "none" };
}
