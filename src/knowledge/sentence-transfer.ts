// A split load's worker splits documents into sentences and reads their amounts, dates and web-page clutter
// ahead of the main thread, which then reads facts without doing that again. Sent as numbers (offsets, values),
// no objects: the main thread makes the same segments, amount and date lists and clutter ranges `segment`,
// `amountsOf`, `datesOf` and `clutterRanges` would, and keeps them there.
import { amountsOf, keepAmounts } from "./amounts.js";
import { overBudget } from "./budget.js";
import { clutterRanges } from "./clutter.js";
import { datesOf, keepDates } from "./dates.js";
import { holdsKey, keepValue, whileLoading } from "./key-cache.js";
import { type Segment, segment } from "./segments.js";
import { keepReadings, readingOf, readingsOf, type SentenceReading } from "./sentence-readings.js";
import type { AmountMatch, DateMatch, SourceDocument } from "./types.js";

/** A run of documents' sentences and amounts, as numbers only. */
export interface PackedSentences {
  /** Per document: how many sentences it has (-1: not sent, over the reading budget). */
  counts: Int32Array;
  /** Per sentence: start, end, paragraph, and 1 for a headline plus 2 for a list item. */
  sentences: Int32Array;
  /** Per amount: its sentence's number in the run, start and end in the sentence, qualifier (`QUALIFIERS`). */
  amounts: Int32Array;
  /** Per amount: its value in kronor. */
  values: Float64Array;
  /** Per document sent: how many clutter lines it has, then each line's start and end (`clutterRanges`). */
  clutter: Int32Array;
  /**
   * Per sentence with amounts (whose dates the facts read), its number in the run and how many dates it has,
   * then each date's start, end, kind, year, month, day, last year and cue (`DATE_KINDS`, `DATE_CUES`; -1: null).
   */
  dates: Int32Array;
}

// Each value a field may take, by its number on the wire. Listed as a record keyed by the field's type, so a
// value added to that type and not here fails to compile, and is never sent as another one.
const DATE_KINDS = valuesOf<DateMatch["kind"]>({ date: true, month: true, year: true, span: true });
const DATE_CUES = valuesOf<DateMatch["cue"]>({
  deadline: true,
  during: true,
  for: true,
  in: true,
  since: true,
  "budget-year": true,
  none: true,
});
const DATE_FIELDS = 8;

// A qualifier's number: 0 for none.
const QUALIFIERS: readonly AmountMatch["qualifier"][] = [
  null,
  ...valuesOf<NonNullable<AmountMatch["qualifier"]>>({
    approx: true,
    "at-most": true,
    "at-least": true,
  }),
];

function valuesOf<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.keys(all) as T[];
}
const HEADING = 1;
const BULLET = 2;

/**
 * Splits `run` into sentences and reads their amounts, the dates of those with amounts, and each document's
 * clutter lines (all kept here too, for this thread's own readers), as numbers.
 */
export function packSentences(run: readonly SourceDocument[]): PackedSentences {
  return whileLoading(() => {
    const counts = new Int32Array(run.length);
    const sentences: number[] = [];
    const amounts: number[] = [];
    const values: number[] = [];
    const clutter: number[] = [];
    const dates: number[] = [];
    let number = 0;
    run.forEach((doc, d) => {
      if (overBudget(doc) !== null) {
        counts[d] = -1;
        return;
      }
      const segments = segment(doc.text);
      const readings = readingsOf(segments);
      counts[d] = segments.length;
      const lines = clutterRanges(doc.text);
      clutter.push(lines.length);
      for (const [start, end] of lines) clutter.push(start, end);
      for (const s of segments) {
        sentences.push(
          s.start,
          s.end,
          s.paragraph,
          (s.heading ? HEADING : 0) | (s.bullet ? BULLET : 0),
        );
        const reading = readings[s.index] as SentenceReading;
        for (const a of amountsOf(reading)) {
          amounts.push(number, a.start, a.end, QUALIFIERS.indexOf(a.qualifier));
          values.push(a.valueSek);
        }
        if (amountsOf(reading).length > 0) packDates(datesOf(reading), number, dates);
        number += 1;
      }
    });
    return {
      counts,
      sentences: Int32Array.from(sentences),
      amounts: Int32Array.from(amounts),
      values: Float64Array.from(values),
      clutter: Int32Array.from(clutter),
      dates: Int32Array.from(dates),
    };
  });
}

function packDates(found: readonly DateMatch[], sentence: number, into: number[]): void {
  into.push(sentence, found.length);
  for (const d of found) {
    into.push(d.start, d.end, DATE_KINDS.indexOf(d.kind), d.year, d.month ?? -1, d.day ?? -1);
    into.push(d.endYear, DATE_CUES.indexOf(d.cue));
  }
}

/** The buffers to move, not copy, with a packed run. */
export function packedBuffers(packed: PackedSentences): ArrayBuffer[] {
  return [
    packed.counts,
    packed.sentences,
    packed.amounts,
    packed.values,
    packed.clutter,
    packed.dates,
  ].map((a) => a.buffer as ArrayBuffer);
}

/**
 * Keeps what `packSentences` read of `run` (the same documents, in order) as this thread's own sentences,
 * amounts, dates and clutter lines. A document split here already keeps its own.
 */
export function keepSentences(run: readonly SourceDocument[], packed: PackedSentences): void {
  whileLoading(() => {
    const cursor = { row: 0, amount: 0, clutter: 0, date: 0 };
    run.forEach((doc, d) => {
      const count = packed.counts[d] ?? -1;
      if (count < 0) return;
      keepClutter(doc, packed.clutter, cursor);
      const segments = holdsKey(segment, doc.text) ? null : ([] as Segment[]);
      const readings: SentenceReading[] = [];
      for (let k = 0; k < count; k++, cursor.row++) {
        const s = segments && sentenceAt(doc, packed, cursor.row, k);
        const reading = s && readingOf(s.text);
        if (s && reading) {
          // The record's text, as `addSentence` keeps it: one string per wording.
          s.text = reading.text;
          segments?.push(s);
          readings.push(reading);
        }
        const found = amountsAt(packed, cursor, reading?.text ?? "");
        if (reading) keepAmounts(reading, found);
        const dates = datesAt(packed, cursor, reading?.text ?? "");
        if (reading && dates) keepDates(reading, dates);
      }
      if (segments && keepValue(segment, doc.text, segments)) keepReadings(segments, readings);
    });
  });
}

/** The document's clutter lines from `cursor.clutter` on, kept as `clutterRanges` of its text. */
function keepClutter(doc: SourceDocument, clutter: Int32Array, cursor: { clutter: number }): void {
  const count = clutter[cursor.clutter] ?? 0;
  const lines: Array<[number, number]> = [];
  for (let k = 0; k < count; k++) {
    const at = cursor.clutter + 1 + 2 * k;
    lines.push([clutter[at] as number, clutter[at + 1] as number]);
  }
  cursor.clutter += 1 + 2 * count;
  keepValue(clutterRanges, doc.text, lines);
}

/** The dates of sentence `cursor.row` when sent (in `withCue`'s key order), moving `cursor.date` past them. */
function datesAt(
  packed: PackedSentences,
  cursor: { row: number; date: number },
  text: string,
): DateMatch[] | null {
  const d = packed.dates;
  if (d[cursor.date] !== cursor.row) return null;
  const count = d[cursor.date + 1] as number;
  const found: DateMatch[] = [];
  for (let k = 0; k < count; k++) {
    const at = cursor.date + 2 + k * DATE_FIELDS;
    const start = d[at] as number;
    const end = d[at + 1] as number;
    const month = d[at + 4] as number;
    const day = d[at + 5] as number;
    found.push({
      start,
      end,
      kind: DATE_KINDS[d[at + 2] as number] ?? "year",
      year: d[at + 3] as number,
      month: month < 0 ? null : month,
      day: day < 0 ? null : day,
      endYear: d[at + 6] as number,
      text: text.slice(start, end),
      cue: DATE_CUES[d[at + 7] as number] ?? "none",
    });
  }
  cursor.date += 2 + count * DATE_FIELDS;
  return found;
}

/** Sentence `row` of the run, the `k`th of `doc`, in `addSentence`'s key order (the same object, to the byte). */
function sentenceAt(doc: SourceDocument, packed: PackedSentences, row: number, k: number): Segment {
  const at = row * 4;
  const start = packed.sentences[at] as number;
  const end = packed.sentences[at + 1] as number;
  const flags = packed.sentences[at + 3] as number;
  return {
    index: k,
    start,
    end,
    text: doc.text.slice(start, end),
    paragraph: packed.sentences[at + 2] as number,
    heading: (flags & HEADING) !== 0,
    bullet: (flags & BULLET) !== 0,
  };
}

/** The amounts of sentence `cursor.row` (in `scanAmounts`'s key order), moving `cursor.amount` past them. */
function amountsAt(
  packed: PackedSentences,
  cursor: { row: number; amount: number },
  text: string,
): AmountMatch[] {
  const found: AmountMatch[] = [];
  for (; packed.amounts[cursor.amount * 4] === cursor.row; cursor.amount++) {
    const a = cursor.amount * 4;
    const start = packed.amounts[a + 1] as number;
    const end = packed.amounts[a + 2] as number;
    found.push({
      start,
      end,
      valueSek: packed.values[cursor.amount] as number,
      qualifier: QUALIFIERS[packed.amounts[a + 3] as number] ?? null,
      text: text.slice(start, end),
    });
  }
  return found;
}
