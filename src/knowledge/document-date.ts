import { compileCues, findCues } from "./cues.js";
import { findDates } from "./dates.js";
import type { DateMatch } from "./types.js";
import { words } from "./words.js";

// Lines that carry the document's own date: "Publicerad 14 april 2026", "Published: 20 May 2026".
const DATE_LINES = compileCues([
  "publicerad",
  "published",
  "publicerat",
  "datum",
  "date",
  "beslutsdatum",
]);
// How far into a document its date line may stand: below that, dates are about the subject.
const HEAD_LINES = 25;
const HEAD_CHARS = 4000;

/** The document's date from its own text, as YYYY-MM-DD; null when it states none. */
export function publishedFromText(text: string): string | null {
  const lines = text.slice(0, HEAD_CHARS).split(/\r?\n/).slice(0, HEAD_LINES);
  const dated = lines
    .map((line) => ({ line, date: findDates(line).find((d) => d.kind === "date") ?? dotted(line) }))
    .filter((l): l is { line: string; date: DateMatch } => l.date !== undefined);
  const labelled = dated.find((l) => findCues(words(l.line).slice(0, 2), DATE_LINES).length > 0);
  // A dateline, a decision's date or a byline: a short line that is mostly its date.
  // "Utskrift av intervju, sänd torsdag 21 januari 2027 kl. 07.40": the date's and the time's numbers are the date.
  const standalone = dated.find((l) => wordsOnly(l.line) <= 10 && !/[.!?]\s*$/.test(l.line.trim()));
  const chosen =
    labelled ??
    standalone ??
    dated.find((l) => opensAsDateline(l.line, l.date) || isBroadcastLine(l.line, l.date));
  if (chosen) return isoDate(chosen.date);
  const footer = footerDate(text);
  if (footer) return isoDate(footer);
  const place = lines.map(placeMonthLine).find((d) => d !== null);
  return place ? isoMonth(place) : null;
}

// "Utskrift av intervju, sänd torsdag 21 januari 2027 kl. 07.40", "Broadcast on 3 May 2027": a programme's
// transcript dated by when it was sent, the date right after the word (a weekday between).
const BROADCAST = compileCues(["sänd", "sänt", "sändes", "broadcast", "aired", "sändning"]);
const BROADCAST_GAP = 3;

function isBroadcastLine(line: string, date: DateMatch): boolean {
  // A sentence telling when something was sent ("… som sändes den 8 mars 2032 blev …") dates no page.
  if (/[.!?]\s*$/.test(line.trim())) return false;
  const tokens = words(line);
  const dateWord = tokens.findIndex((t) => t.start >= date.start);
  return findCues(tokens, BROADCAST).some((c) => {
    const after = tokens.findIndex((t) => t.start >= c.end);
    return after >= 0 && dateWord >= after && dateWord - after <= BROADCAST_GAP;
  });
}

// "Stockholm i november 2026", "Stockholm in March 2027": an inquiry's or report's dateline, a place and the month
// it was signed, alone on its line. Read only when the page dates itself no other way.
const IN_MONTH = new Set(["i", "in"]);
const PLACE_MONTH_WORDS = 6;

function placeMonthLine(line: string): DateMatch | null {
  const tokens = words(line);
  if (tokens.length < 4 || tokens.length > PLACE_MONTH_WORDS || /[.!?:]\s*$/.test(line.trim()))
    return null;
  const month = findDates(line).find((d) => d.kind === "month");
  if (!month || line.slice(month.end).trim() !== "") return null;
  const before = tokens.filter((t) => t.end <= month.start);
  const last = before.at(-1);
  const place = before.slice(0, -1);
  if (!last || !IN_MONTH.has(last.word) || place.length === 0 || place.length > 2) return null;
  // The place is a name: each of its words written with a capital.
  return place.every((t) => /^\p{Lu}/u.test(line.slice(t.start, t.end))) ? month : null;
}

function isoMonth(d: DateMatch): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}`;
}

// A wire's dateline opening its first paragraph: "STOCKHOLM, Dec 15, 2027 (Nordic Health Wire) – The …". The place
// in capitals, a comma, then the full date.
const DATELINE_PLACE = /^\s{0,3}\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2},\s{0,2}$/u;

function opensAsDateline(line: string, date: DateMatch): boolean {
  return DATELINE_PLACE.test(line.slice(0, date.start));
}

const LETTER = /\p{L}/u;

/** How many of a line's words hold a letter (numbers left out). */
function wordsOnly(line: string): number {
  return words(line).filter((t) => LETTER.test(t.word)).length;
}

// A page's last lines that date the page itself: "Sidan redigerades senast den 3 februari 2029 kl. 10.14.",
// "Last update: 14 March 2027". Read only when the head names no date.
const FOOTER_DATE_LINES = compileCues([
  "redigerades senast",
  "ändrades senast",
  "senast ändrad",
  "senast uppdaterad",
  "senast redigerad",
  "last edited",
  "last updated",
  "last update",
  "last modified",
]);
const FOOTER_LINES = 8;
const FOOTER_CHARS = 2000;
// The cue stands among a footer line's first words ("Sidan redigerades senast …", "This page was last edited …").
const FOOTER_CUE_WORDS = 6;

function footerDate(text: string): DateMatch | null {
  const lines = text.slice(-FOOTER_CHARS).split(/\r?\n/).slice(-FOOTER_LINES);
  for (const line of lines) {
    if (findCues(words(line).slice(0, FOOTER_CUE_WORDS), FOOTER_DATE_LINES).length === 0) continue;
    const date = findDates(line).find((d) => d.kind === "date");
    if (date) return date;
  }
  return null;
}

// "Debatt | 20.10.2026": a dateline's short form, read only here (in running text "23.05" may be a time).
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])/;

function dotted(line: string): DateMatch | undefined {
  const m = DOTTED_DATE.exec(line);
  const [day, month, year] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const start = m.index;
  return {
    start,
    end: start + m[0].length,
    kind: "date",
    year,
    month,
    day,
    endYear: year,
    text: m[0],
    cue: "none",
  };
}

function isoDate(d: DateMatch): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
