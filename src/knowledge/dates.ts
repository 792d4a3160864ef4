/**
 * Finds dates, months, years and spans of years in Swedish and English text, with the cue word before them.
 * The match is the date itself ("31 mars 2023", "2021–2023", "2024"); the cue ("senast", "under", "för")
 * and filler words between cue and date ("den", "år", "åren", "the", "year") stay outside it.
 * "år 2024" alone has cue "none": "år" only says that a year follows, not how it is meant.
 */
import { amountsOf } from "./amounts.js";
import { cueBefore, MONTHS } from "./date-words.js";
import { startsCleanly, sticky } from "./numerals.js";
import { readingOf, type SentenceReading } from "./sentence-readings.js";
import type { DateMatch } from "./types.js";
import { isDigitAt, nextToken, type Span } from "./word-chars.js";

type Parsed = Omit<DateMatch, "text" | "cue">;

const S = "[ \\t\\u00A0\\u202F\\u2009]";
// Before a date's year: spaces, or one line break where text from a PDF wrapped it ("31 mars\n2031").
const BEFORE_YEAR = `(?:${S}+|${S}{0,4}\\r?\\n${S}{0,4})`;
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|")})(?!\\p{L})\\.?`;
const ORDINAL = "(?:st|nd|rd|th|:a|:e)?";
const DAY_MONTH_YEAR = new RegExp(
  `(\\d{1,2})${ORDINAL}\\.?${S}+(?:of${S}+)?${MONTH},?${BEFORE_YEAR}(\\d{4})`,
  "iuy",
);
const MONTH_DAY_YEAR = new RegExp(`${MONTH}${S}+(\\d{1,2})${ORDINAL},?${S}+(\\d{4})`, "iuy");
const MONTH_YEAR = new RegExp(`${MONTH},?${BEFORE_YEAR}(\\d{4})`, "iuy");
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/y;
const ISO_MONTH = /(\d{4})-(\d{2})/y;
const SPAN = new RegExp(
  `(?:(from|från|mellan|between)${S}+)?(\\d{4})(?:${S}*([-–—])${S}*|${S}+(till och med|t\\.o\\.m\\.|till|to|until|through|thru|och|and)${S}+)(\\d{4}|\\d{2})`,
  "iuy",
);
const YEAR = /(\d{4})/y;

const isYear = (year: number): boolean => year >= 1900 && year <= 2100;

function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A full date: year, month (1–12) and day, all valid. */
function fullDate(start: number, end: number, y: string, m: number, d: string): Parsed | null {
  const year = Number(y);
  const day = Number(d);
  if (!isYear(year) || !isValidDay(year, m, day)) return null;
  return { start, end, kind: "date", year, month: m, day, endYear: year };
}

function dayMonthYear(text: string, pos: number): Parsed | null {
  const m = sticky(DAY_MONTH_YEAR, text, pos);
  const month = MONTHS.get(m?.[2]?.toLowerCase() ?? "");
  if (m === null || month === undefined) return null;
  return fullDate(pos, pos + m[0].length, m[3] ?? "", month, m[1] ?? "");
}

function monthDayYear(text: string, pos: number): Parsed | null {
  const m = sticky(MONTH_DAY_YEAR, text, pos);
  const month = MONTHS.get(m?.[1]?.toLowerCase() ?? "");
  if (m === null || month === undefined) return null;
  return fullDate(pos, pos + m[0].length, m[3] ?? "", month, m[2] ?? "");
}

function isoDate(text: string, pos: number): Parsed | null {
  const m = sticky(ISO_DATE, text, pos);
  if (m === null) return null;
  return fullDate(pos, pos + m[0].length, m[1] ?? "", Number(m[2]), m[3] ?? "");
}

/** "december 2021", "2022-02": a month of a year. */
function monthOfYear(text: string, pos: number): Parsed | null {
  const named = sticky(MONTH_YEAR, text, pos);
  const iso = named === null ? sticky(ISO_MONTH, text, pos) : null;
  const m = named ?? iso;
  const month = named !== null ? MONTHS.get(named[1]?.toLowerCase() ?? "") : Number(iso?.[2]);
  const year = Number(named !== null ? named[2] : iso?.[1]);
  if (m === null || month === undefined || month < 1 || month > 12 || !isYear(year)) return null;
  return {
    start: pos,
    end: pos + m[0].length,
    kind: "month",
    year,
    month,
    day: null,
    endYear: year,
  };
}

// Made once: a regex literal is a new object each time it is evaluated.
const AND = /^(och|and)$/i;
const BETWEEN = /^(mellan|between)$/i;

/** "2021-2023", "2021–23", "från 2021 till 2023", "mellan 2021 och 2023". */
function span(text: string, pos: number): Parsed | null {
  const m = sticky(SPAN, text, pos);
  if (m === null) return null;
  const [, opener, first, dash, word, last] = m;
  const betweenWord = word !== undefined && AND.test(word);
  const year = Number(first);
  let endYear = Number(last);
  // "mellan 2021 och 2023" is a span; "under 2026 och 2027" is one too when the years follow each other.
  const consecutive = last?.length === 4 && endYear === year + 1;
  if (betweenWord && !consecutive && (opener === undefined || !BETWEEN.test(opener))) return null;
  if (last?.length === 2) {
    if (dash === "-" && endYear <= 12) return null; // "2022-02" is a month
    endYear += year - (year % 100);
  }
  if (!isYear(year) || !isYear(endYear) || endYear <= year) return null;
  return {
    start: pos,
    end: pos + m[0].length,
    kind: "span",
    year,
    month: null,
    day: null,
    endYear,
  };
}

function bareYear(text: string, pos: number): Parsed | null {
  const m = sticky(YEAR, text, pos);
  const year = Number(m?.[1]);
  if (m === null || !isYear(year)) return null;
  return { start: pos, end: pos + 4, kind: "year", year, month: null, day: null, endYear: year };
}

// At a digit, the readers by the length of its run: a day is one or two digits, a year four; no reading
// starts at a run of three or of five and more (the next unit is a digit where each needs another).
const AT_DAY = [dayMonthYear];
const AT_YEAR = [isoDate, span, monthOfYear, bareYear];
const AT_NONE: typeof AT_DAY = [];
const AT_WORD = [monthDayYear, span, monthOfYear];

function readersAt(digits: number): typeof AT_DAY {
  if (digits <= 2) return AT_DAY;
  return digits === 4 ? AT_YEAR : AT_NONE;
}

/** Nothing glued after: "20245", "2022/23", "2022:5", "2024-05-99", "1900-talet". */
function endsCleanly(text: string, end: number): boolean {
  const next = text.slice(end, end + 4);
  return !/^(?:[\p{L}\p{N}]|[.,:/\-–]\d|-tal)/iu.test(next);
}

/** Amounts are in order and apart: a binary search finds the one that could overlap, no scan per date. */
function overlapsAny(parsed: Parsed, amounts: readonly { start: number; end: number }[]): boolean {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((amounts[mid]?.end ?? 0) <= parsed.start) lo = mid + 1;
    else hi = mid;
  }
  const a = amounts[lo];
  return a !== undefined && a.start < parsed.end;
}

/** The first reading at a word or digit token that is clean and not part of an amount. */
function dateAt(
  text: string,
  token: Span,
  amounts: readonly { start: number; end: number }[],
): Parsed | null {
  const pos = token.start;
  const digit = isDigitAt(text, pos);
  if (!digit && startsNoDate(text, pos, token.end)) return null;
  if (digit && !startsCleanly(text, pos)) return null;
  for (const parse of digit ? readersAt(token.end - token.start) : AT_WORD) {
    const parsed = parse(text, pos);
    if (parsed === null || !endsCleanly(text, parsed.end)) continue;
    // "för 2028 till 85 miljoner" is no span into the amount: the year alone may still be one.
    if (!overlapsAny(parsed, amounts)) return parsed;
  }
  return null;
}

/** Every date, month, year and span of years in `text`, in order and non-overlapping. */
export function findDates(text: string): DateMatch[] {
  return datesOf(readingOf(text));
}

const NO_DATES: DateMatch[] = Object.freeze([]) as unknown as DateMatch[];

/**
 * A sentence's dates, read once per wording and kept on its record: the ledger, the statements and the
 * document's date line read the same sentences. Shared: never change the list.
 */
export function datesOf(reading: SentenceReading): DateMatch[] {
  if (reading.dates !== undefined) return reading.dates;
  const dates = scanDates(reading);
  // Most sentences name no date: they share one empty list instead of keeping one each.
  reading.dates = dates.length === 0 ? NO_DATES : (Object.freeze(dates) as DateMatch[]);
  return reading.dates;
}

/** Keeps dates another thread read of the wording (as `scanDates` reads them), unless it has its own. */
export function keepDates(reading: SentenceReading, dates: DateMatch[]): void {
  reading.dates ??= dates.length === 0 ? NO_DATES : (Object.freeze(dates) as DateMatch[]);
}

// Every reading holds a four-digit year: text without one holds no date.
const HAS_YEAR = /\d{4}/;
// A date that starts at a word starts with a month name or a span's opener ("mellan 2021 och 2023").
const WORD_STARTS = new Set([...MONTHS.keys(), "from", "från", "mellan", "between"]);

// The lower-case first letters of WORD_STARTS: a plain word starting otherwise needs no slice to rule out.
const START_LETTERS = new Set([...WORD_STARTS].map((word) => word.charCodeAt(0)));

// Letters whose lower case is what the readers' case-insensitive match compares (A-Z, a-z, ÅÄÖ, åäö);
// a word with others takes the slow path.
function isPlainLetter(code: number): boolean {
  const lower = code | 0x20;
  return (
    (lower >= 0x61 && lower <= 0x7a) ||
    code === 0xc5 ||
    code === 0xc4 ||
    code === 0xd6 ||
    code === 0xe5 ||
    code === 0xe4 ||
    code === 0xf6
  );
}

/** A word of plain letters that starts no date, read from `text` without a slice for most words. */
function startsNoDate(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  // A plain first letter no start opens with: no reading can match from here, whatever follows it.
  const starts = START_LETTERS.has(first < 0x80 ? first | 0x20 : first + (first < 0xe0 ? 0x20 : 0));
  if (isPlainLetter(first) && !starts) return true;
  for (let i = start; i < end; i++) if (!isPlainLetter(text.charCodeAt(i))) return false;
  if (!starts) return true;
  return !WORD_STARTS.has(text.slice(start, end).toLowerCase());
}

/**
 * The date `datesOf` finds starting at `at`, read at that place alone when the sentence's dates are not
 * read yet. Only for a place no earlier date can reach over: right after a deadline cue, which no date holds.
 */
export function dateStartingAt(reading: SentenceReading, at: number): DateMatch | undefined {
  if (reading.dates !== undefined) return reading.dates.find((d) => d.start === at);
  const text = reading.text;
  if (!HAS_YEAR.test(text)) return undefined;
  const token: Span = { start: 0, end: 0 };
  if (!nextToken(text, at, true, token) || token.start !== at) return undefined;
  const parsed = dateAt(text, token, amountsOf(reading));
  return parsed === null ? undefined : withCue(text, parsed);
}

/** A reading as the scan keeps it: its text and the cue before it. */
function withCue(text: string, parsed: Parsed): DateMatch {
  const cue = cueBefore(text, parsed.start, parsed.kind === "span");
  // Field by field, in the readings' order: a spread of readings of five shapes is slow.
  const { start, end, kind, year, month, day, endYear } = parsed;
  return { start, end, kind, year, month, day, endYear, text: text.slice(start, end), cue };
}

function scanDates(reading: SentenceReading): DateMatch[] {
  const text = reading.text;
  if (!HAS_YEAR.test(text)) return [];
  const amounts = amountsOf(reading);
  const found: DateMatch[] = [];
  const token: Span = { start: 0, end: 0 };
  let from = 0;
  let next = 0;
  while (nextToken(text, from, true, token)) {
    from = token.end;
    // A date starting inside an amount overlaps it: its digits and words are not read.
    while ((amounts[next]?.end ?? Number.POSITIVE_INFINITY) <= token.start) next += 1;
    if ((amounts[next]?.start ?? Number.POSITIVE_INFINITY) <= token.start) continue;
    const parsed = dateAt(text, token, amounts);
    if (parsed === null) continue;
    found.push(withCue(text, parsed));
    from = parsed.end;
  }
  return found;
}
