// Sentences recur across documents ("Regeringens beslut"): each wording has one record, found by its text
// once when the document is split. Its amounts and dates are kept on it, so the budget, the facts and the
// statements read them with no further look-up by text (and the record's text is one string per wording).
import { cacheByKey } from "./key-cache.js";
import type { Segment } from "./segments.js";
import type { AmountMatch, DateMatch } from "./types.js";

/** One wording of a sentence and what has been read of it (filled by `amounts.ts`, `dates.ts`, the facts). */
export interface SentenceReading {
  readonly text: string;
  amounts?: AmountMatch[];
  dates?: DateMatch[];
  /** It names GMS (`mentionsGms`). */
  gms?: boolean;
  /** It may tell the span a project runs (`fact-time.ts`). */
  period?: boolean;
  /** Which cue tables its words may hold (`statements/phrase-starts.ts`). */
  starts?: unknown;
  /** Its amounts in another currency, as offsets (`statements/other-money.ts`). */
  foreign?: readonly number[];
  /** Its reference numbers, as kinds and offsets (`statements/references.ts`). */
  references?: readonly number[];
  /** Each number that counts things, as its start and end in the text (`measures.ts`). */
  counted?: readonly number[];
  /** Whether it says what something costs (`measures.ts`). */
  costs?: boolean;
  /** Whether it holds a correction word (`measures.ts`). */
  corrects?: boolean;
  /** The ministers it names (`statements/people.ts`). */
  ministers?: readonly unknown[];
  /** Who it says pays out, distributes or requisitions (`statements/channels.ts`). */
  channels?: readonly unknown[];
  /** The deadlines it sets after a cue (`statements/deadlines.ts`). */
  deadlines?: readonly unknown[];
  /** The name and title it gives as a signature line, or null (`statements/authors.ts`). */
  titled?: unknown;
  /** The people it quotes (`statements/speakers.ts`). */
  quoted?: readonly unknown[];
  /** It is a person's name and nothing else (`statements/names.ts`). */
  person?: boolean;
  /** Bits of the cue tables and matchers asked whether it holds one of theirs, and of those it does (`statements/document-view.ts`). */
  tablesRead?: number;
  tablesHeld?: number;
  /** Who its wording names as the money's giver, payer and project owner (`fact-wording.ts`), once asked. */
  funder?: string | null;
  payer?: string | null;
  owner?: string | null;
  /** Where its phrase saying money is not GMS's ends (0: none), and where "separate from" stands in it (past its
   * end: nowhere) (`fact-marks.ts`). */
  deniedEnd?: number;
  apartAt?: number;
  /** It names the state's money as such ("det statliga bidraget") (`fact-marks.ts`). */
  namesState?: boolean;
  /** It opens with the money just told and says where that goes ("Pengarna går till …") (`fact-marks.ts`). */
  goesBack?: boolean;
  /** While one document's facts are read: per amount, what they told under which circumstances (`wording-memo.ts`). */
  told?: { key: string; value: unknown }[];
}

const READING_CACHE_MAX = 20_000;

/** The record of a wording (its `text` is the first string seen with it). */
export const readingOf: (text: string) => SentenceReading = cacheByKey(
  // Every field made at once: one shape for all records, its fields in the object itself.
  (text) => ({
    text,
    amounts: undefined,
    dates: undefined,
    gms: undefined,
    period: undefined,
    starts: undefined,
    foreign: undefined,
    references: undefined,
    counted: undefined,
    costs: undefined,
    corrects: undefined,
    ministers: undefined,
    channels: undefined,
    deadlines: undefined,
    titled: undefined,
    quoted: undefined,
    person: undefined,
    tablesRead: 0,
    tablesHeld: 0,
    funder: undefined,
    payer: undefined,
    owner: undefined,
    deniedEnd: undefined,
    apartAt: undefined,
    namesState: undefined,
    goesBack: undefined,
    told: undefined,
  }),
  READING_CACHE_MAX,
);

const bySegments = new WeakMap<readonly Segment[], readonly SentenceReading[]>();

/** Keeps the records of a document's sentences, in their order (made as the document is split). */
export function keepReadings(
  segments: readonly Segment[],
  readings: readonly SentenceReading[],
): void {
  bySegments.set(segments, readings);
}

/** The record of each of a document's sentences, by index. */
export function readingsOf(segments: readonly Segment[]): readonly SentenceReading[] {
  let readings = bySegments.get(segments);
  if (readings === undefined) {
    readings = segments.map((s) => readingOf(s.text));
    bySegments.set(segments, readings);
  }
  return readings;
}
