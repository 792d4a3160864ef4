import { type AmountMatch, type DateMatch, findDates } from "../knowledge/index.js";
import type { QuestionToken } from "./lexicon.js";
import type { LexHit } from "./lexicon-match.js";

/** The budget years and periods a question names, relative ones resolved against the date of asking. */
export interface YearReading {
  years: number[];
  /** The question named a span of years ("2021–2023", "26-27"). */
  span: boolean;
  /** "sedan 2022": from this year on. */
  since: number | null;
  /** "före 2023": the years before this one. */
  before: number | null;
  /** "senaste beslutet", "most recently": the latest year the documents fund. */
  latest: boolean;
  /** Dates and months ("i februari 2022", "14 april 2026"): when something was decided or is due. */
  dates: DateMatch[];
  /** Characters the years were read from (for coverage). */
  spans: Array<{ start: number; end: number }>;
  /** A relative year ("i fjol") asked without a date of asking: it cannot be placed. */
  unresolved: string[];
  /** The steps of relative years read from the date of asking ("last year": -1), for a follow-up to re-read. */
  relativeSteps: number[];
}

const TWO_DIGIT_MIN = 10;
const TWO_DIGIT_MAX = 39;
const UNIT_AFTER =
  /^\s*(?:%|procent|percent|kr\b|kronor|sek\b|mnkr|mkr|msek|tkr|miljon|million|mil\b|m\b|k\b)/iu;
const NUMBERED =
  /(?:anslagspost\p{L}*|post\p{L}*|punkt\p{L}*|nr|nummer|number|line|no|ap)\.?\s*$/iu;
const TWO_DIGITS = /\d\d/;
const APOSTROPHES = new Set(["'", "’", "´", "`"]);
const PLUS_BETWEEN_DIGITS = /(?<=\d)\+(?=\d)/g;
// "2o26", "2O27": a letter o typed for a zero in a year (replaced in place: the offsets stay).
const O_IN_YEAR = /(?<![\p{L}\p{N}])(?=[0-9oO]*[oO])(?:19|20|2[oO])[0-9oO]{2}(?![\p{L}\p{N}])/gu;
const zeroes = (year: string) => year.replace(/[oO]/g, "0");
const BEFORE_WORDS = new Set(["före", "before", "innan", "prior"]);
const FROM_WORDS = new Set(["från", "from", "fr.o.m", "fom"]);
const SINCE_WORDS = new Set([...FROM_WORDS, "sedan", "since", "sen"]);
// Things that carry a date: "X från februari 2022" is X of that month.
const DATED_NOUNS = new Set([
  "beslutet",
  "beslut",
  "regeringsbeslutet",
  "pressmeddelandet",
  "pressmeddelande",
  "svaret",
  "artikeln",
  "rapporten",
  "decision",
  "release",
  "answer",
  "article",
  "report",
]);

function century(two: string): number | null {
  const n = Number(two);
  return n >= TWO_DIGIT_MIN && n <= TWO_DIGIT_MAX ? 2000 + n : null;
}

function overlaps(spans: ReadonlyArray<{ start: number; end: number }>, s: number, e: number) {
  return spans.some((x) => s < x.end && e > x.start);
}

/** "'22", "-27", "22-24", "26-27", and a bare "26" when nothing else names a year. */
function shortYears(text: string, taken: Array<{ start: number; end: number }>) {
  const found: Array<{ start: number; end: number; from: number; to: number }> = [];
  // Each short year is two digits in a row: a question with none is not scanned.
  if (!TWO_DIGITS.test(text)) return found;
  const add = (start: number, end: number, from: number | null, to: number | null) => {
    if (from === null || to === null || to < from || overlaps(taken, start, end)) return;
    // "'27 mnkr": an apostrophe writes a year whatever unit follows; "-27 mnkr" may be an amount.
    if (!APOSTROPHES.has(text[start] ?? "") && UNIT_AFTER.test(text.slice(end))) return;
    found.push({ start, end, from, to });
    taken.push({ start, end });
  };
  for (const m of text.matchAll(/(?<![\p{L}\p{N},.])(\d\d)\s*[-–]\s*(\d\d)(?![\p{N},.])/gu))
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, century(m[1] ?? ""), century(m[2] ?? ""));
  // "-26, hur mycket": a comma or full stop after the year ends it; "-26,5" is a number.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])['’´`-](\d\d)(?![\p{N}]|[,.]\d)/gu)) {
    const y = century(m[1] ?? "");
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, y, y);
  }
  return found;
}

// "2020-talet", "2010-tal", "the 2020s": a decade, every year of it.
const DECADE = /(?<![\p{L}\p{N}])((?:19|20)\d0)(?:-?talet|-?tal|s|'s|’s)(?![\p{L}\p{N}])/gu;

function readDecades(
  text: string,
  taken: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number; from: number }> {
  const found: Array<{ start: number; end: number; from: number }> = [];
  for (const m of text.matchAll(DECADE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!overlaps(taken, start, end)) found.push({ start, end, from: Number(m[1]) });
  }
  return found;
}

// The cues of a comparison between two years ("compared to", "more than", "change").
const COMPARING_CUES = new Set(["change", "versus", "more", "less", "than"]);

function comparing(hits: readonly LexHit[]): boolean {
  return hits.some(
    (h) =>
      (h.entry.role === "cue" || h.entry.role === "question") && COMPARING_CUES.has(h.entry.value),
  );
}

export function readYears(
  text: string,
  tokens: readonly QuestionToken[],
  hits: readonly LexHit[],
  amounts: readonly AmountMatch[],
  today: string | undefined,
): YearReading {
  // "2029+2030+2031": a plus between years separates them (a space of the same length keeps the offsets).
  const dates = findDates(text.replace(PLUS_BETWEEN_DIGITS, " ").replace(O_IN_YEAR, zeroes));
  const years = new Set<number>();
  const spans: Array<{ start: number; end: number }> = [];
  let since: number | null = null;
  let before: number | null = null;
  for (const d of dates) {
    spans.push({ start: d.start, end: d.end });
    const prevToken = tokens.filter((t) => t.end <= d.start).at(-1);
    const prev = prevToken?.word ?? "";
    // "since 2020", "före 2023": the word that bounds the years is read with them.
    const bound = () => prevToken && spans.push({ start: prevToken.start, end: prevToken.end });
    if (d.kind === "year" && BEFORE_WORDS.has(prev)) {
      before = d.year;
      bound();
      continue;
    }
    // "beslutet från februari 2022", "the decision from 16 December": the document's date, not a start.
    const before2 = tokens.filter((t) => t.end <= (prevToken?.start ?? 0)).at(-1)?.word ?? "";
    const dated = d.kind !== "year" && FROM_WORDS.has(prev) && DATED_NOUNS.has(before2);
    // "sen 2021" (spoken "sedan") too: the date reader's own cue words are the written ones.
    if (!dated && (d.cue === "since" || (d.kind === "year" && SINCE_WORDS.has(prev)))) {
      since = d.year;
      if (SINCE_WORDS.has(prev)) bound();
    }
    for (let y = d.year; y <= d.endYear && years.size < 50; y++) years.add(y);
  }
  const decades = readDecades(text, spans);
  for (const d of decades) for (let y = d.from; y <= d.from + 9; y++) years.add(y);
  spans.push(...decades);
  const taken = [...spans, ...amounts.map((a) => ({ start: a.start, end: a.end }))];
  const short = shortYears(text, taken);
  for (const s of short) for (let y = s.from; y <= s.to; y++) years.add(y);
  spans.push(...short);
  if (years.size === 0 && before === null && TWO_DIGITS.test(text)) {
    // "datadelning 26": a bare two-digit number is a year when nothing else in the question is one; so is
    // one glued to a word by a hyphen ("26-uppdraget", "26-pengarna").
    // "26 vs 27, diff?": a comma or full stop after it ends the year; "26,5" is a number.
    for (const m of text.matchAll(
      /(?<![\p{L}\p{N},.'’-])(\d\d)(?![\p{N}%'’]|[,.]\d|-(?!\p{L}))/gu,
    )) {
      const y = century(m[1] ?? "");
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (y === null || overlaps(taken, start, end) || UNIT_AFTER.test(text.slice(end))) continue;
      // "anslagsposten 33", "punkt 24": a numbered line, not a year.
      if (NUMBERED.test(text.slice(0, start))) continue;
      years.add(y);
      spans.push({ start, end });
    }
  }
  const unresolved: string[] = [];
  const relativeSteps: number[] = [];
  const thisYear = today ? Number(today.slice(0, 4)) : null;
  // "2027 compared to last year": next to the one year it names, a comparison's "last year" or "next year" is
  // read from that year, not from the date of asking.
  const [named] = years;
  const anchor = years.size === 1 && comparing(hits) ? (named ?? null) : null;
  for (const h of hits) {
    if (h.entry.role !== "time") continue;
    const phrase = tokens
      .slice(h.from, h.to)
      .map((t) => t.word)
      .join(" ");
    // Relative to the conversation's year, not the clock: read when the follow-up is merged.
    if (["latest", "prev", "after", "same"].includes(h.entry.value)) continue;
    const step = Number(h.entry.value);
    if (anchor !== null && step !== 0) years.add(anchor + step);
    else if (thisYear === null || !Number.isFinite(thisYear)) unresolved.push(phrase);
    else {
      years.add(thisYear + step);
      relativeSteps.push(step);
    }
  }
  const latest = hits.some(
    (h) => (h.entry.role === "time" && h.entry.value === "latest") || h.entry.value === "latest",
  );
  return {
    years: [...years].sort((a, b) => a - b),
    span:
      dates.some((d) => d.kind === "span") ||
      short.some((s) => s.to > s.from) ||
      decades.length > 0,
    since,
    before,
    latest,
    dates: dates.filter((d) => d.kind === "date" || d.kind === "month"),
    spans,
    unresolved,
    relativeSteps,
  };
}
