import { MONTHS } from "../date-words.js";
import { findDates } from "../dates.js";
import type { Segment } from "../segments.js";
import type { DateMatch } from "../types.js";
import type { DocumentView } from "./document-view.js";
import type { StatedDate } from "./types.js";

/** A date the date reader found, with its span in the document. */
export function fromMatch(view: DocumentView, offset: number, d: DateMatch): StatedDate {
  return {
    span: view.span(offset + d.start, offset + d.end),
    year: d.year,
    month: d.month,
    day: d.day,
    yearFrom: "text",
  };
}

const DAY_MONTH = /(\d{1,2})(?:[ \u00A0]+|\.)(\p{L}+)/uy;

/**
 * "den 15 januari", "den 14 april": a day and month with no year, which the date reader leaves alone.
 * The year is the document's, when it has one and the month is not after the document's own.
 */
export function dayMonthAt(
  view: DocumentView,
  text: string,
  offset: number,
  pos: number,
): StatedDate | null {
  DAY_MONTH.lastIndex = pos;
  const m = DAY_MONTH.exec(text);
  const month = MONTHS.get(m?.[2]?.toLowerCase() ?? "");
  const day = Number(m?.[1]);
  if (!m || month === undefined || day < 1 || day > 31) return null;
  // A year right after is a full date: findDates reads those.
  if (/^[ \u00A0]*\d{4}/.test(text.slice(pos + m[0].length))) return null;
  return {
    span: view.span(offset + pos, offset + pos + m[0].length),
    year: null,
    month,
    day,
    yearFrom: null,
  };
}

/** A month named with no year ("i mars"): the year is the document's, or the one before when the month is later. */
export function monthOnly(
  view: DocumentView,
  start: number,
  end: number,
  month: number,
): StatedDate {
  const { year, month: docMonth } = view.date;
  const resolved = year === null ? null : docMonth !== null && month > docMonth ? year - 1 : year;
  return {
    span: view.span(start, end),
    year: resolved,
    month,
    day: null,
    yearFrom: resolved === null ? null : "document",
  };
}

/** "i dag", "today": the document's own date. */
export function today(view: DocumentView, start: number, end: number): StatedDate {
  const { year, month, day } = view.date;
  return {
    span: view.span(start, end),
    year,
    month,
    day,
    yearFrom: year === null ? null : "document",
  };
}

/** "2026-04-14": a full date and nothing else on the line. */
export function isDateLine(view: DocumentView, s: Segment): DateMatch | null {
  const trimmed = s.text.trim();
  // "Datum: 14 april 2026", "Beslutsdatum 2026-04-14": a label may lead the date.
  const label = DATE_LABEL.exec(trimmed)?.[0].length ?? 0;
  // A sentence is mostly trimmed already: then its dates are those kept on its wording.
  const found = trimmed.length === s.text.length ? view.dates(s) : findDates(trimmed);
  const only = found.length === 1 ? found[0] : undefined;
  return only && only.kind === "date" && only.start === label && only.end === trimmed.length
    ? only
    : null;
}

const DATE_LABEL = /^(?:datum|beslutsdatum|date|dated)\s{0,3}:?\s{1,3}/iu;
