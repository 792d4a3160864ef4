import { amountsOf } from "../amounts.js";
import { clutterRanges, inClutter } from "../clutter.js";
import { type CueMatcher, hasCue } from "../cues.js";
import { dateStartingAt, datesOf } from "../dates.js";
import { cacheByKey } from "../key-cache.js";
import { mentionsGms } from "../organisations.js";
import { type Segment, segment } from "../segments.js";
import { readingsOf, type SentenceReading } from "../sentence-readings.js";
import type { AmountMatch, DateMatch, SourceDocument, Span } from "../types.js";
import { isPersonName } from "./names.js";
import { compile, type ListStarts, tagStarts, textStarts, unionOf } from "./phrase-starts.js";
import { hasPhrase, mayHold, type Phrase, type Token, tokensWith } from "./tokens.js";
import { notesOf, type WordingNotes } from "./wording-notes.js";

// How much of a document's opening names its title and writer ("Region Skåne – Årsredovisning 2027").
const OPENING_CHARS = 200;

/** One document read once: its segments, their words, and its own date. */
export interface DocumentView {
  doc: SourceDocument;
  segments: Segment[];
  words(s: Segment): Token[];
  /** The amounts in a segment, as `findAmounts` reads its text (kept on its wording's record). */
  amounts(s: Segment): AmountMatch[];
  /** The dates in a segment, as `findDates` reads its text (kept on its wording's record). */
  dates(s: Segment): DateMatch[];
  /** The date of `dates(s)` starting at `at` in the segment, where no earlier date can reach over `at`. */
  dateAt(s: Segment, at: number): DateMatch | undefined;
  /** The record of a segment's wording, where readers keep what they read of its text alone. */
  reading(s: Segment): SentenceReading;
  /** The statement readers' notes on a segment's wording (`wording-notes.ts`). */
  notes(s: Segment): WordingNotes;
  /** Whether a segment is a person's name and nothing else (`isPersonName`), read once per wording. */
  isName(s: Segment): boolean;
  /** Whether a segment names GMS (`mentionsGms`), as the fact reader kept on its wording's record. */
  gms(s: Segment): boolean;
  /** Whether a segment may hold a phrase of the table: its words are read only when it may. */
  may(s: Segment, table: readonly Phrase[]): boolean;
  /** Whether some segment may hold a phrase of the table: a reader walks the segments only when one may. */
  mayAny(table: readonly Phrase[]): boolean;
  /**
   * Whether a segment holds a phrase of the table (`hasPhrase` of its words): kept on its wording's
   * record for the first tables, so a recurring line's words are not read again to tell.
   */
  has(s: Segment, table: readonly Phrase[]): boolean;
  /** Whether a segment's text has a cue of the matcher (`hasCue`), kept on its wording's record under `bit` (`CUE_BITS`). */
  hasCue(s: Segment, cues: CueMatcher, bit: number): boolean;
  /** Whether a phrase of the table may start at the segment's first word. */
  mayOpen(s: Segment, table: readonly Phrase[]): boolean;
  span(start: number, end: number): Span;
  /** The document's first `OPENING_CHARS` characters, where its title and writer stand. */
  opening(): Span;
  /** The document's date (`published`), as numbers; nulls where it tells less. */
  date: { year: number | null; month: number | null; day: number | null };
  /** The nearest headline before a segment, in the same document. */
  headingOf(s: Segment): Segment | null;
  /** Whether a segment stands on a line of web-page clutter (a link list, a reference list, a page footer). */
  clutter(s: Segment): boolean;
}

export function viewDocument(doc: SourceDocument): DocumentView {
  const segments = segment(doc.text);
  // Every reader asks every segment first which tables it may hold: read that for all at once.
  const readings = readingsOf(segments);
  const starts = readings.map(textStarts);
  const any = unionOf(starts);
  const cache = new Array<Token[] | undefined>(segments.length).fill(undefined);
  // Few documents are asked for headings: listed when first asked.
  let headings: Array<Segment | null> | null = null;
  // Few segments are asked (those that tell a decision or a deadline): found when first asked.
  let clutter: ReadonlyArray<[number, number]> | null = null;
  return {
    clutter(s) {
      clutter ??= clutterRanges(doc.text);
      return inClutter(clutter, s.start);
    },
    doc,
    segments,
    words(s) {
      let t = cache[s.index];
      if (!t) {
        const own = starts[s.index] as ListStarts;
        t = tokensWith(s.text, s.start, own);
        tagStarts(t, own);
        cache[s.index] = t;
      }
      return t;
    },
    amounts: (s) => amountsOf(readings[s.index] as SentenceReading),
    dates: (s) => datesOf(readings[s.index] as SentenceReading),
    dateAt: (s, at) => dateStartingAt(readings[s.index] as SentenceReading, at),
    reading: (s) => readings[s.index] as SentenceReading,
    notes: (s) => notesOf(starts[s.index] as ListStarts),
    isName: (s) => {
      const reading = readings[s.index] as SentenceReading;
      reading.person ??= isPersonName(reading.text);
      return reading.person;
    },
    gms: (s) => {
      const reading = readings[s.index] as SentenceReading;
      reading.gms ??= mentionsGms(reading.text);
      return reading.gms;
    },
    may: (s, table) => mayHold(starts[s.index] as ListStarts, table),
    mayAny: (table) => mayHold(any, table),
    has(s, table) {
      const reading = readings[s.index] as SentenceReading;
      const bit = tableBit(table);
      const read = reading.tablesRead ?? 0;
      if ((read & bit) !== 0) return ((reading.tablesHeld ?? 0) & bit) !== 0;
      const held = mayHold(starts[s.index] as ListStarts, table) && hasPhrase(this.words(s), table);
      reading.tablesRead = read | bit;
      if (held) reading.tablesHeld = (reading.tablesHeld ?? 0) | bit;
      return held;
    },
    hasCue: (s, cues, bit) => {
      const reading = readings[s.index] as SentenceReading;
      const read = reading.tablesRead ?? 0;
      if ((read & bit) !== 0) return ((reading.tablesHeld ?? 0) & bit) !== 0;
      const held = hasCue(reading.text, cues);
      reading.tablesRead = read | bit;
      if (held) reading.tablesHeld = (reading.tablesHeld ?? 0) | bit;
      return held;
    },
    mayOpen: (s, table) => {
      const first = starts[s.index]?.each[0];
      return first !== undefined && mayHold(first, table);
    },
    span: (start, end) => ({ docId: doc.id, start, end, text: doc.text.slice(start, end) }),
    opening: () => {
      const end = Math.min(OPENING_CHARS, doc.text.length);
      return { docId: doc.id, start: 0, end, text: doc.text.slice(0, end) };
    },
    date: dateOf(doc.published ?? ""),
    headingOf: (s) => {
      headings ??= headingsOf(segments);
      return headings[s.index] ?? null;
    },
  };
}

// A wording's record keeps what was read of it in one small integer's bits: the first tables' (`has`), then
// the cue matchers' (`hasCue`).
const TABLE_BITS = 28;
export const CUE_BITS = {
  notGms: 1 << TABLE_BITS,
  proposal: 1 << (TABLE_BITS + 1),
  repaid: 1 << (TABLE_BITS + 2),
  // The sign bit: a small integer's bits are read and set the same with it.
  request: 1 << (TABLE_BITS + 3),
} as const;

/** A table's bit in a wording's record of tables read (`has`); 0 past the first tables: read each time. */
function tableBit(table: readonly Phrase[]): number {
  const id = compile(table).id;
  return id < TABLE_BITS ? 1 << id : 0;
}

/** Per segment, the nearest headline before it. */
function headingsOf(segments: readonly Segment[]): Array<Segment | null> {
  const headings: Array<Segment | null> = [];
  let last: Segment | null = null;
  for (const s of segments) {
    headings.push(last);
    if (s.heading) last = s;
  }
  return headings;
}

// Documents share their dates: each is read once (its record is shared, and never changed).
const dateOf = cacheByKey((published: string): DocumentView["date"] => {
  const [y, m, d] = published.split("-").map(Number);
  return Object.freeze({ year: y || null, month: m || null, day: d || null });
}, 10_000);

/** The span of a segment. */
export function segmentSpan(view: DocumentView, s: Segment): Span {
  return view.span(s.start, s.end);
}
