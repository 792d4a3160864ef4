import { amountsOf } from "./amounts.js";
import { clutterRanges, inClutter } from "./clutter.js";
import { markCoFunded } from "./co-funding.js";
import { compileCues, hasCue } from "./cues.js";
import { datesOf, findDates } from "./dates.js";
import { decidedIn } from "./decided.js";
import { linkFacts } from "./fact-links.js";
import { aboutGms, markBackReferredRecipients, markNotGms, markSamePurpose } from "./fact-marks.js";
import { type ClauseTime, isYear, projectPeriod, yearOf } from "./fact-time.js";
import { clauseWindows, parenthesisGroups, type Window } from "./fact-windows.js";
import { otherPurpose, readWording, type WordingReading } from "./fact-wording.js";
import { foreignColumnRanges } from "./foreign-columns.js";
import { markMixedWholes, markRegionsMoney, markRegionsPronoun } from "./mixed-wholes.js";
import { REFERENCE_NOUNS, resolveOrgReference } from "./org-references.js";
import { mentionsGms, organisationLabel } from "./organisations.js";
import { markPassedOn } from "./passed-on.js";
import { spreadPerYear } from "./per-year.js";
import { purposeOpening } from "./purpose.js";
import { findRelativeYears, LONGEST_RELATIVE, reportYearOf } from "./relative-time.js";
import { pairRespectively } from "./respectively.js";
import { markRevisions } from "./revisions.js";
import { STARTED_WITH, THE_PERIOD, THOSE_YEARS } from "./role-cues.js";
import { announcesDistribution, type RoleResult } from "./roles.js";
import { type Segment, segment } from "./segments.js";
import { readingsOf, type SentenceReading } from "./sentence-readings.js";
import { linkSiblingParts } from "./sibling-parts.js";
import { studyHost } from "./study-hosts.js";
import { partsProvedBySum } from "./sum-proved-parts.js";
import { findTableRows } from "./tables.js";
import type { AmountMatch, DateMatch, SourceDocument } from "./types.js";
import { grantsOfTheirParts } from "./whole-of-parts.js";
import { markWiderWholes } from "./wider-whole.js";
import { forgetTold, keepTold, metBefore, toldBefore } from "./wording-memo.js";
import { words, wordsAt } from "./words.js";
import { documentWriter, FIRST_PERSON } from "./writer.js";
import { retellYearRows } from "./year-rows.js";
import {
  decisionYears,
  publicationYears,
  statedYears,
  titleYears,
  UNDATED_CLUES,
  type YearReading,
} from "./years.js";

/** One amount as one document tells it, before facts from several documents are merged. */
export interface RawFact {
  doc: SourceDocument;
  segment: Segment;
  amount: AmountMatch;
  role: RoleResult;
  years: YearReading;
  /** How the clause told its time (relative to the document's date, pointing back, …). */
  time: ClauseTime;
  purpose: string;
  /** True when `purpose` is the whole sentence because no phrase said what the money is for. */
  purposeIsSentence: boolean;
  recipient: string | null;
  payer: string | null;
  /** Who gives the money, when its sentence says ("Genom Vinnova satsar regeringen" → regeringen). */
  funder: string | null;
  /** The decision date the sentence gives (`YYYY-MM-DD` or `YYYY-MM`). */
  decided: string | null;
  /** The heading right above the amount's paragraph ("Pengar till hjärtmottagning"), or the sentence its subject
   * points back to: it names what the money is for. */
  toldAbove?: string;
  /** Sentence, paragraph or heading speaks of GMS. */
  gmsContext: boolean;
  /** The sentence says this money is not GMS's ("ingår inte i GMS"). */
  notGms: boolean;
  /** Index (in this document's facts) of the larger amount this one is part of. */
  parent: number | null;
  /** Facts of one list (bullets in a run, or one parenthesis) share a number. */
  list: number | null;
  /** Where a bullet item's line starts: its sentences ("• GMS får 84 miljoner. Regeringen beslutade om 84
   * miljoner …") tell one item, so an amount told again there is no sibling of itself. */
  item?: number;
  /** How many shares of the same whole have this amount (two areas of 6 miljoner each: 2). */
  twins: number;
  /** Index of the grant an undated co-funding is told beside: it funds that grant's years. */
  cofunds?: number | null;
  /** A table cell labelled by its row ("| Samordning | 6 |"): it retells only money its label names. */
  tableLabel?: boolean;
  /** A row of a table its sum row proves ("Region Skåne   10 500" … "Summa   80 000" under "Nod   2027"): a
   * share of its column's year's money, whether or not its words say "Av 2027 års medel". */
  yearsShare?: boolean;
  /** Index of the share this remainder is the rest beside ("Resterande 69 500 tkr" after "Av 2027 års medel
   * behöll regionen 10 500 tkr"): it is a share of whatever whole that share turns out to belong to. */
  restOf?: number | null;
  /** Index of the amount this one replaces ("höjs från 92 miljoner kronor till 97 miljoner kronor"). */
  revises?: number | null;
  /** An earlier year's figure told right after a share, in its paragraph ("laboratoriet fick 1,8 miljoner i
   * fjol"): that share's earlier slice, never a year's grant told alone. */
  retoldShare?: boolean;
  /** Told in the writer's "About X" box: a standing description, no year's money of the page. */
  aboutWriter?: boolean;
}

/** Every amount of one document as a raw fact, with the clues read from its sentence and surroundings. */
export function extractFacts(doc: SourceDocument): RawFact[] {
  const segments = segment(doc.text);
  const clutter = clutterRanges(doc.text);
  const reported = reportYearOf(segments, (s) => inClutter(clutter, s.start));
  const context: Surroundings = {
    segments,
    readings: readingsOf(segments),
    ...statedYearsBySegment(segments),
    docYear: reported ?? yearOf(doc.published),
    titleYears: titleYears(findDates(doc.title)),
    // "Årsrapport 2027", published in March 2028: money its words leave undated is the reported year's.
    publicationYears:
      reported !== null
        ? { years: [reported], clue: "publication-date" }
        : publicationYears(doc.published),
    projectYears: projectPeriod(proseSentences(segments, clutter)),
    ...readOnce(segments),
  };
  const facts: RawFact[] = [];
  const readings = readingsOf(segments);
  const foreign = foreignColumnRanges(doc.text);
  let lists = 0;
  for (const seg of segments) {
    const found = amountsOf(readings[seg.index] as SentenceReading);
    if (found.length === 0 || inClutter(clutter, seg.start)) continue;
    const amounts = shiftAmounts(found, seg.start);
    const told = wordingReadings(doc, context, seg, amounts);
    const first = facts.length;
    for (let i = 0; i < amounts.length; i++) {
      const fact = readFact(doc, context, seg, amounts, i, told[i] as WordingReading);
      if (context.aboutBox[seg.index]) fact.aboutWriter = true;
      facts.push(fact);
    }
    for (const group of parenthesisGroups(seg.text, seg.start, amounts)) {
      lists += 1;
      for (const i of group) (facts[first + i] as RawFact).list = lists;
    }
  }
  forgetTold(context.readings);
  // Read with their sentence (its wording memo counts every amount), then left out.
  if (foreign.length > 0) keepOnly(facts, (f) => !inClutter(foreign, f.amount.start));
  facts.push(...tableFacts(doc, context, () => ++lists));
  const namesGms = (s: Segment) => context.gms[s.index] === true;
  const pageAboutGms = aboutGms(segments, clutter, namesGms);
  markNotGms(facts, segments, clutter, namesGms);
  markWiderWholes(facts, namesGms);
  markBackReferredRecipients(facts, segments, clutter);
  markPassedOn(facts, segments, pageAboutGms);
  markSamePurpose(facts);
  // A page about GMS lends GMS its money, but only money its own words date: "Satsningen på väntetider
  // omfattar 600 miljoner kronor", far from any GMS mention and dated by the page alone, is other money.
  if (pageAboutGms)
    for (const f of facts)
      if (f.role.role !== "grant" || !UNDATED_CLUES.has(f.years.clue)) f.gmsContext = true;
  markBulletLists(facts, () => ++lists);
  retellYearRows(facts);
  markCoFunded(facts);
  markRevisions(facts, doc);
  datesSumsByAddends(facts);
  pairRespectively(facts);
  spreadPerYear(facts);
  linkFacts(facts, context.docYear);
  linkSiblingParts(facts);
  partsProvedBySum(facts);
  grantsOfTheirParts(facts);
  markMixedWholes(facts);
  markRegionsMoney(facts);
  markRegionsPronoun(facts, context.segments);
  dateDecisionsToldAfter(facts, context.segments, clutter, doc.published);
  return facts;
}

// "The Government took the decision on 20 December 2028": a decision named as the one just told.
const DEFINITE_DECISION = compileCues([
  "the decision",
  "this decision",
  "that decision",
  "beslutet",
]);
// A sentence without one of these letters in a row names none of DEFINITE_DECISION's words (checked before tokenising).
const DECISION_WORD = /decision|beslutet/i;
// How many sentences after a grant its decision may be told.
const DECISION_AFTER_REACH = 2;

/**
 * "GMS will receive SEK 92 million … for 2029. … The Government took the decision on 20 December 2028.": a sentence
 * with no amount that dates "the decision" right after a grant whose own sentence dates none dates that grant.
 */
function dateDecisionsToldAfter(
  facts: RawFact[],
  segments: readonly Segment[],
  clutter: ReadonlyArray<[number, number]>,
  published: string | null,
): void {
  // Only the sentences right after an undated grant can date it: most documents have none to read.
  const undated = facts.filter(
    (f) => f.role.role === "grant" && f.parent === null && f.decided === null,
  );
  if (undated.length === 0) return;
  const near = new Set(
    undated.flatMap((f) =>
      Array.from({ length: DECISION_AFTER_REACH }, (_, k) => f.segment.index + k + 1),
    ),
  );
  const withAmounts = new Set(facts.map((f) => f.segment.index));
  for (const seg of segments) {
    if (!near.has(seg.index) || withAmounts.has(seg.index)) continue;
    if (inClutter(clutter, seg.start) || seg.heading || !DECISION_WORD.test(seg.text)) continue;
    const tokens = words(seg.text);
    if (!hasCue(tokens, DEFINITE_DECISION)) continue;
    const decided = decidedIn(tokens, findDates(seg.text), published);
    if (decided === null || decided.length < 10) continue;
    const grant = facts
      .filter(
        (f) =>
          f.segment.index < seg.index &&
          seg.index - f.segment.index <= DECISION_AFTER_REACH &&
          f.role.role === "grant" &&
          f.parent === null,
      )
      .at(-1);
    if (grant && grant.decided === null) grant.decided = decided;
  }
}

/**
 * "I fjol fick vi 80 miljoner plus 9 miljoner för antibiotikaresistens. Så 89 miljoner totalt.": a stated total
 * no words of its own date, told right after the sentence (in its paragraph) whose amounts add up to it exactly,
 * is of those amounts' years, not of the page's date.
 */
function datesSumsByAddends(facts: RawFact[]): void {
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k] as RawFact;
    if (f.role.role !== "total" || !UNDATED_CLUES.has(f.years.clue)) continue;
    const previous: RawFact[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const p = facts[j] as RawFact;
      if (p.segment === f.segment) continue;
      if (p.segment.index !== f.segment.index - 1) break;
      previous.push(p);
    }
    if (previous.length < 2 || previous[0]?.segment.paragraph !== f.segment.paragraph) continue;
    const sum = previous.reduce((n, p) => n + p.amount.valueSek, 0);
    const years = previous[0]?.years;
    if (sum !== f.amount.valueSek || !years || UNDATED_CLUES.has(years.clue)) continue;
    if (!previous.every((p) => sameYears(p.years.years, years.years))) continue;
    f.years = years;
  }
}

function sameYears(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((y, i) => y === b[i]);
}

/** The records of the sentences that are no heading and no clutter, in one pass. */
function proseSentences(
  segments: Segment[],
  clutter: ReadonlyArray<[number, number]>,
): SentenceReading[] {
  const readings = readingsOf(segments);
  const out: SentenceReading[] = [];
  for (const s of segments)
    if ((!s.heading || labelLine(s.text)) && !inClutter(clutter, s.start))
      out.push(readings[s.index] as SentenceReading);
  return out;
}

// "Projektperiod: 1 mars 2031 – 28 februari 2033": a labelled line of a facts box tells like a sentence.
const LABEL_LINE = /^[\p{L} ]{2,30}:\s/u;

// Most headings hold no colon: the regex, up to 30 letters tried by their Unicode class, is not run on them.
function labelLine(text: string): boolean {
  return text.includes(":") && LABEL_LINE.test(text);
}

/** A sentence's amounts in document offsets, read by index (the list is frozen: `map` walks it slowly). */
function shiftAmounts(found: readonly AmountMatch[], by: number): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (let k = 0; k < found.length; k++) out.push(shiftAmount(found[k] as AmountMatch, by));
  return out;
}

/** Removes in place the facts `keep` refuses. */
function keepOnly(facts: RawFact[], keep: (f: RawFact) => boolean): void {
  let n = 0;
  for (const f of facts) if (keep(f)) facts[n++] = f;
  facts.length = n;
}

/** A sentence's dates in document offsets, as `shiftAmounts`. */
function shiftDates(found: readonly DateMatch[], by: number): DateMatch[] {
  const out: DateMatch[] = [];
  for (let k = 0; k < found.length; k++) out.push(shiftDate(found[k] as DateMatch, by));
  return out;
}

// Spelled out, in the found object's own key order: a spread copy is several times slower, per amount and date.
function shiftAmount(a: AmountMatch, by: number): AmountMatch {
  return {
    start: a.start + by,
    end: a.end + by,
    valueSek: a.valueSek,
    qualifier: a.qualifier,
    text: a.text,
  };
}

function shiftDate(d: DateMatch, by: number): DateMatch {
  return {
    start: d.start + by,
    end: d.end + by,
    kind: d.kind,
    year: d.year,
    month: d.month,
    day: d.day,
    endYear: d.endYear,
    text: d.text,
    cue: d.cue,
  };
}

/** A document's sentences, and the funding years each states (read once, asked for by every amount near it). */
interface Surroundings extends ReadOnce, DatesBySegment {
  segments: Segment[];
  /** Each sentence's wording record, by index. */
  readings: readonly SentenceReading[];
  docYear: number | null;
  /** The year the document's date funds, for money nothing else dates (one reading shared by its facts). */
  publicationYears: YearReading;
  /** The one year the title names ("… till rutin 2027"), for money no sentence dates. */
  titleYears: YearReading;
  /** The one span the document says its project runs ("pågår 2026–2028"), for money no sentence dates. */
  projectYears: YearReading;
}

/** What every amount asks of its paragraph, read in one pass: no amount rescans the document. */
interface ReadOnce {
  /** Index of the nearest segment before each one that is not a list item (-1: none). */
  leadIndex: number[];
  /** By lead index, once asked: whether that line announces a list of shares. */
  announces: boolean[];
  /** By paragraph: a segment of it speaks of GMS, and such a segment is a heading. */
  gmsText: boolean[];
  gmsHeading: boolean[];
  /** Per segment index: the segment itself speaks of GMS. */
  gms: boolean[];
  /** Per segment index: it stands under an "About SciLifeLab" / "Om Region Skåne" heading, the writer's own
   * standing description, where the page's dates say nothing of its money. */
  aboutBox: boolean[];
  /** By paragraph: the index of its first segment and one past its last (a paragraph's segments follow
   * each other), and how many of them state each funding year. */
  paragraphStart: number[];
  paragraphEnd: number[];
  yearCounts: Map<number, Map<number, number>>;
}

function readOnce(segments: Segment[]): ReadOnce {
  const readings = readingsOf(segments);
  const once: ReadOnce = {
    leadIndex: [],
    announces: [],
    gmsText: [],
    gmsHeading: [],
    gms: [],
    aboutBox: [],
    paragraphStart: [],
    paragraphEnd: [],
    yearCounts: new Map(),
  };
  let lead = -1;
  let about = false;
  for (const s of segments) {
    if (s.heading) about = isAboutHeading(s.text);
    once.aboutBox.push(about && !s.heading);
    once.leadIndex.push(lead);
    if (!s.bullet) lead = s.index;
    once.paragraphStart[s.paragraph] ??= s.index;
    once.paragraphEnd[s.paragraph] = s.index + 1;
    const gms = gmsIn(readings[s.index] as SentenceReading);
    once.gms.push(gms);
    if (gms) {
      once.gmsText[s.paragraph] = true;
      if (s.heading) once.gmsHeading[s.paragraph] = true;
    }
  }
  return once;
}

// "About SciLifeLab", "Om Region Skåne", "Om oss": a short box about the writer, a name (or "us") after its
// first word; "Om satsningen" is about the money, not the writer.
const ABOUT_WORDS = new Set(["about", "om"]);
const ABOUT_US = new Set(["us", "oss"]);
const ABOUT_MAX_WORDS = 5;
const CAPITAL = /^\p{Lu}/u;

const ABOUT_OPENING = /^(?:about|om)\s/i;

function isAboutHeading(text: string): boolean {
  // Most headings open otherwise: their words are not read.
  if (!ABOUT_OPENING.test(text)) return false;
  const heading = words(text, ABOUT_MAX_WORDS + 1);
  const [first, second] = heading;
  if (!first || !second || heading.length > ABOUT_MAX_WORDS) return false;
  if (!ABOUT_WORDS.has(first.word)) return false;
  return ABOUT_US.has(second.word) || CAPITAL.test(text.slice(second.start, second.end));
}

/** The index of a paragraph's first segment (0 for none). */
function paragraphFirst(context: ReadOnce, paragraph: number): number {
  return context.paragraphStart[paragraph] ?? 0;
}

/** One past the index of a paragraph's last segment (0 for none). */
function paragraphEnd(context: ReadOnce, paragraph: number): number {
  return context.paragraphEnd[paragraph] ?? 0;
}

function paragraphYearCounts(
  context: Surroundings,
  paragraph: number,
  before: number,
): Map<number, number> {
  let counts = context.yearCounts.get(paragraph);
  if (!counts) {
    counts = new Map();
    const end = paragraphEnd(context, paragraph);
    for (let k = paragraphFirst(context, paragraph); k < end; k++) {
      // A sentence's stated years are a span or one year: never the same year twice.
      const s = context.segments[k] as Segment;
      const years = context.statedIn(s).years;
      for (const y of years.length > 0 ? years : openingYear(context, s))
        counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    context.yearCounts.set(paragraph, counts);
  }
  // "… is passed on to the six other regions. Last year, GMS South's share was SEK 10 million.": a relative year
  // opening a sentence dates what is told after it in the paragraph, never what came before.
  let withRelative: Map<number, number> | null = null;
  for (const { index, years } of relativeOpenings(context, paragraph)) {
    if (index >= before) break;
    for (const y of years) {
      withRelative ??= new Map(counts);
      withRelative.set(y, (withRelative.get(y) ?? 0) + 1);
    }
  }
  return withRelative ?? counts;
}

// Each paragraph's sentences that open with a relative year, read once (a list of 1,000 bullets is read once, not
// once per amount in it).
const relativeOpeningsOf = new WeakMap<
  Surroundings,
  Map<number, { index: number; years: number[] }[]>
>();

function relativeOpenings(
  context: Surroundings,
  paragraph: number,
): { index: number; years: number[] }[] {
  let byParagraph = relativeOpeningsOf.get(context);
  if (!byParagraph) {
    byParagraph = new Map();
    relativeOpeningsOf.set(context, byParagraph);
  }
  let found = byParagraph.get(paragraph);
  if (!found) {
    found = [];
    const end = paragraphEnd(context, paragraph);
    for (let k = paragraphFirst(context, paragraph); k < end; k++) {
      const s = context.segments[k] as Segment;
      if (context.statedIn(s).years.length > 0 || openingYear(context, s).length > 0) continue;
      const years = openingRelativeYear(context, s);
      if (years.length > 0) found.push({ index: k, years });
    }
    byParagraph.set(paragraph, found);
  }
  return found;
}

// "In 2028, GMS had …": a year opening the sentence sets the time of what follows it in the paragraph.
const OPENING_YEAR_AT = 3;
// A word and the space after it take two units at least: a phrase starting at or before `OPENING_YEAR_AT` starts at
// one of the first two words, and ends within the longest phrase's count of words after that.
const OPENING_WORDS = Math.ceil((OPENING_YEAR_AT + 1) / 2) + LONGEST_RELATIVE;

/** Positions in a sentence's reading are the sentence's own. */
function openingYear(context: Surroundings, s: Segment): number[] {
  const first = context.datesIn(s)[0];
  if (first?.kind !== "year") return [];
  if (first.cue === "in" && first.start <= OPENING_YEAR_AT) return [first.year];
  // "När GMS startade 2018 handlade det om en förstudie.": a when-clause's year is the time told after it.
  return WHEN_OPENING.test(s.text) && first.start <= WHEN_YEAR_AT && first.cue === "none"
    ? [first.year]
    : [];
}

const WHEN_OPENING = /^(?:När|When)\s/u;
const WHEN_YEAR_AT = 40;

/**
 * "Förra året fick GMS 80 miljoner …": a sentence opening with a relative year names that year of the paragraph
 * too, so a later sentence's undated money ("… var stödet 10 miljoner kronor om året") is not dated by another
 * sentence's year alone. Read only for a sentence without a stated year, in a paragraph asked about.
 */
function openingRelativeYear(context: Surroundings, s: Segment): number[] {
  if (context.docYear === null || context.datesIn(s).length > 0) return [];
  // The sentence's first words find a phrase opening it (`OPENING_WORDS`), and most sentences open without one:
  // their words are then not all read.
  // A question puts its time last ("Hur mycket får GMS i år?"): the answer below it is of that year.
  const question = s.text.trimEnd().endsWith("?");
  if (!question) {
    const opening = findRelativeYears(words(s.text, OPENING_WORDS))[0];
    if (!opening || opening.start > OPENING_YEAR_AT) return [];
  }
  const r = findRelativeYears(words(s.text))[0];
  const late = r && r.start > OPENING_YEAR_AT && !question;
  if (!r || late || r.genitive || r.beforeStated || r.from !== r.to) return [];
  return [context.docYear + r.from];
}

/** Each sentence's dates and the funding years they state, read when first asked (by sentence index). */
interface DatesBySegment {
  datesIn: (s: Segment) => DateMatch[];
  statedIn: (s: Segment) => YearReading;
}

function statedYearsBySegment(segments: readonly Segment[]): DatesBySegment {
  const readings = readingsOf(segments);
  const stated: (YearReading | undefined)[] = new Array(segments.length);
  const datesIn = (s: Segment): DateMatch[] => datesOf(readings[s.index] as SentenceReading);
  const statedIn = (s: Segment): YearReading => {
    let reading = stated[s.index];
    if (reading === undefined) {
      reading = statedYears(datesIn(s));
      stated[s.index] = reading;
    }
    return reading;
  };
  return { datesIn, statedIn };
}

/** Whether a sentence speaks of GMS, read once per wording and kept on its record. */
function gmsIn(reading: SentenceReading): boolean {
  reading.gms ??= mentionsGms(reading.text);
  return reading.gms;
}

/**
 * What the sentence's wording tells of each of its amounts, under the circumstances it is told in; a wording
 * read before under the same ones is not read again (nor split into words).
 */
function wordingReadings(
  doc: SourceDocument,
  context: Surroundings,
  seg: Segment,
  amounts: AmountMatch[],
): WordingReading[] {
  const anchor = previousSentenceYear(context, seg);
  const listedPart = seg.bullet && leadAnnouncesList(context, seg);
  const reading = context.readings[seg.index] as SentenceReading;
  const repeated = metBefore(reading);
  // Besides the wording, what is read of an amount hangs on these circumstances only.
  const key = repeated
    ? `${context.docYear} ${anchor} ${listedPart} ${seg.bullet} ${doc.published}`
    : "";
  const out: WordingReading[] = [];
  for (let i = 0; repeated && i < amounts.length; i++) {
    const told = toldBefore<WordingReading>(reading, i, key);
    if (told === undefined) break;
    out.push(told);
  }
  if (out.length === amounts.length) return out;
  const dates = shiftDates(context.datesIn(seg), seg.start);
  const windows = clauseWindows(seg, amounts, dates);
  const sentence = { seg, reading, tokens: wordsAt(seg.text, seg.start), amounts, dates };
  for (let i = out.length; i < amounts.length; i++) {
    const read = readWording(
      doc,
      sentence,
      i,
      windows[i] as Window,
      context.docYear,
      anchor,
      listedPart,
    );
    out.push(repeated ? keepTold(reading, i, key, read) : read);
  }
  return out;
}

function readFact(
  doc: SourceDocument,
  context: Surroundings,
  seg: Segment,
  amounts: AmountMatch[],
  i: number,
  read: WordingReading,
): RawFact {
  const named = readRecipient(doc.text, seg, read.named);
  const own =
    named === read.named
      ? read.purpose
      : otherPurpose(
          doc.text,
          seg,
          amounts,
          i,
          shiftDates(context.datesIn(seg), seg.start),
          read.role,
          named,
        );
  const purpose = own ?? toldNext(context, seg, amounts.length);
  // "… till studien": the study's host, where the document introduced it ("studie vid Karolinska Institutet").
  const recipient =
    named ??
    studyHost(doc.text, seg.start, purpose ?? seg.text) ??
    listHeadingRecipient(context, seg);
  const previous = context.segments[seg.index - 1];
  // The sentence's dates in its own offsets: the years read what they say, not where they stand.
  // "… uppgick medlen för dessa år till 48,25 miljoner": the span the sentence before told, the money over it.
  const those = read.role.sinceStart ? null : thoseYears(context, seg);
  const years = read.role.sinceStart
    ? NO_YEARS
    : (those ?? readYears(context, seg, context.datesIn(seg), read));
  const startTold = years.clue === "stated-in-paragraph" && hasCue(seg.text, STARTED_WITH);
  // "Sammanlagt har GMS fått drygt 325 miljoner … under perioden": a stated total dated only by the period the
  // document says it covers ("Granskningen avser … åren 2021–2027") is a total over those years.
  const overPeriod =
    read.role.role === "total" &&
    years.clue === "project-period" &&
    years.years.length > 1 &&
    hasCue(seg.text, THE_PERIOD);
  return {
    doc,
    segment: seg,
    amount: amounts[i] as AmountMatch,
    role:
      overPeriod || (those !== null && OVER_THOSE_YEARS.has(read.role.role))
        ? { ...read.role, role: "multi-year-total" }
        : read.role,
    years,
    time: read.time,
    // "Det började med 3,5 miljoner …" names the money's start, not what it is for.
    purpose: startTold ? seg.text : (purpose ?? seg.text),
    purposeIsSentence: startTold || purpose === null,
    recipient,
    payer: read.payer,
    funder: readFunder(doc.text, seg, read.funder),
    decided: read.decided,
    // "… betala ut 94 000 000 kronor under 2030. Medlen avser arbete inom Genomic Medicine Sweden": GMS's money.
    gmsContext:
      context.gms[seg.index] === true ||
      neighbourhoodMentionsGms(context, seg) ||
      (own === null && purpose !== null && mentionsGms(purpose)),
    toldAbove: toldAbove(context, seg, previous?.paragraph === seg.paragraph && read.pointsBack),
    notGms: false,
    parent: null,
    list: null,
    twins: 1,
  };
}

// Kinds of money that, told over the years the sentence before spans, are a total over them.
const OVER_THOSE_YEARS: ReadonlySet<string> = new Set(["grant", "total", "comparison"]);

/**
 * "… fått 54,75 miljoner kronor under 2021–2023. … uppgick medlen för dessa år till 48,25 miljoner": a sentence
 * with no date of its own that speaks of "dessa år" / "those years" is over the one span of years the sentence
 * before it (in its paragraph) told; null when it does not.
 */
function thoseYears(context: Surroundings, seg: Segment): YearReading | null {
  if (context.datesIn(seg).length > 0 || !hasCue(seg.text, THOSE_YEARS)) return null;
  const previous = context.segments[seg.index - 1];
  if (!previous || previous.paragraph !== seg.paragraph) return null;
  const spans = context
    .datesIn(previous)
    .filter((d) => d.kind === "span" && d.cue !== "deadline" && d.cue !== "since");
  const span = spans[0];
  if (!span || spans.length > 1 || span.endYear <= span.year) return null;
  const years: number[] = [];
  for (let y = span.year; y <= span.endYear; y++) years.push(y);
  return { years, clue: "stated-in-paragraph" };
}

/** A lone amount's purpose told by the next sentence of its paragraph: "Medlen avser arbete med …". */
function toldNext(context: Surroundings, seg: Segment, count: number): string | null {
  const next = context.segments[seg.index + 1];
  return count === 1 && next && next.paragraph === seg.paragraph ? purposeOpening(next.text) : null;
}

/** "till X", "X får"; "fick regionen" is the region the document named before, or no one. */
// "Fakta: GMS-pengarna till Norrbotten": a list's heading ending in whom its money goes to.
const HEADING_TO = /(?:^|\s)(?:till|to)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s*$/u;

/** "- 2026: 1,9 miljoner kronor" under "Fakta: GMS-pengarna till Norrbotten": the heading names the recipient. */
function listHeadingRecipient(context: Surroundings, seg: Segment): string | null {
  if (!seg.bullet) return null;
  let k = seg.index - 1;
  while (k >= 0 && context.segments[k]?.bullet) k--;
  const head = context.segments[k];
  return head?.heading ? (HEADING_TO.exec(head.text)?.[1] ?? null) : null;
}

/** The giver, a reference noun resolved; a writer's "vi" the page does not name is no one. */
function readFunder(text: string, seg: Segment, named: string | null): string | null {
  const resolved = resolveOrgReference(text, seg.start, named);
  return resolved !== null && FIRST_PERSON.has(resolved.toLowerCase()) ? null : resolved;
}

function readRecipient(text: string, seg: Segment, named: string | null): string | null {
  const resolved = resolveOrgReference(text, seg.start, named);
  if (resolved !== null && FIRST_PERSON.has(resolved.toLowerCase())) return null;
  return resolved !== null && REFERENCE_NOUNS.includes(resolved) ? null : resolved;
}

function toldAbove(context: Surroundings, seg: Segment, pointsBack: boolean): string | undefined {
  // Asked of every amount: the paragraph above is read without a pair made for its range.
  const first = paragraphFirst(context, seg.paragraph - 1);
  const above =
    paragraphEnd(context, seg.paragraph - 1) - first === 1 ? context.segments[first] : undefined;
  const heading = above?.heading && !seg.heading ? above.text : "";
  // Most amounts have neither: no text is made and trimmed for them.
  if (heading === "" && !pointsBack) return undefined;
  // "Institutionen bidrar med 500 tkr": the sentence before names what the subject stands for.
  const told = `${heading} ${pointsBack ? context.segments[seg.index - 1]?.text : ""}`.trim();
  return told === "" ? undefined : told;
}

/** The one year the sentence before (in the paragraph) names: "Året innan var stödet …" counts back from it. */
function previousSentenceYear(context: Surroundings, seg: Segment): number | null {
  const previous = context.segments[seg.index - 1];
  if (!previous || previous.paragraph !== seg.paragraph) return null;
  let year: number | null = null;
  for (const d of context.datesIn(previous)) {
    if (!isYear(d)) continue;
    if (year !== null && d.year !== year) return null;
    year = d.year;
  }
  return year;
}

function readYears(
  context: Surroundings,
  seg: Segment,
  dates: DateMatch[],
  read: WordingReading,
): YearReading {
  const stated = read.stated;
  if (stated.years.length > 0) return stated;
  const decided = decisionYears(read.decides, dates);
  if (decided.years.length > 0) return decided;
  // "I år får GMS 84 miljoner" on a page with no date: its own time is unknown, no other sentence's year.
  if (context.docYear === null && findRelativeYears(words(seg.text)).length > 0)
    return context.publicationYears;
  if (dates.length === 0) {
    // "Vi har fått drygt 420 miljoner sedan 2018. Det började med 3,5 miljoner": the year the start was told.
    const started = hasCue(seg.text, STARTED_WITH) ? previousSentenceYear(context, seg) : null;
    if (started !== null) return { years: [started], clue: "stated-in-paragraph" };
    const para = paragraphYears(context, seg);
    if (para.years.length > 0) return para;
    const section = sectionYears(context, seg);
    if (section.years.length > 0) return section;
  }
  // The writer's standing description ("funded … with around SEK 600 million a year") has no year of the page.
  if (context.aboutBox[seg.index]) return NO_YEARS;
  if (context.titleYears.years.length > 0) return context.titleYears;
  if (context.projectYears.years.length > 0) return context.projectYears;
  return context.publicationYears;
}

const NO_YEARS: YearReading = { years: [], clue: "none" };

/** A funding year stated elsewhere in the paragraph, when the paragraph names exactly one. */
function paragraphYears(context: Surroundings, seg: Segment): YearReading {
  const counts = paragraphYearCounts(context, seg.paragraph, seg.index + 1);
  // Most paragraphs without a date in the sentence state no year at all: nothing to count off.
  if (counts.size === 0) return NO_YEARS;
  const own = context.statedIn(seg).years;
  let year: number | null = null;
  for (const [y, n] of counts) {
    if (n - (own.includes(y) ? 1 : 0) <= 0) continue;
    if (year !== null) return NO_YEARS;
    year = y;
  }
  return year === null ? NO_YEARS : { years: [year], clue: "stated-in-paragraph" };
}

/** A line that is a paragraph of its own (a section's heading, never a table's header row or a caption's line). */
function alone(context: Surroundings, seg: Segment): boolean {
  const before = context.segments[seg.index - 1];
  const after = context.segments[seg.index + 1];
  return before?.paragraph !== seg.paragraph && after?.paragraph !== seg.paragraph;
}

const CAPTION = /^\s*(?:tabell|table|figur|figure|diagram)\s*\d/iu;
// How many lines above an amount its section's heading may stand.
const SECTION_REACH = 12;

/**
 * "Utbetalningar under 2026" over a section: money in its prose whose sentence and paragraph date none is for the
 * one year its heading says money is for ("under", "för"; never "från 2027", a deadline or a decision's date).
 */
function sectionYears(context: Surroundings, seg: Segment): YearReading {
  // A list's items and a table's rows are dated by their lead or header, not by the section.
  if (seg.bullet || seg.heading) return NO_YEARS;
  for (let k = seg.index - 1; k >= 0 && seg.index - k <= SECTION_REACH; k--) {
    const above = context.segments[k] as Segment;
    if (!above.heading || above.paragraph === seg.paragraph) continue;
    // A table's rows and its caption ("Tabell 1. Utbetalda medel …") stand inside the section, under its heading.
    const reading = context.readings[k] as SentenceReading;
    if (CAPTION.test(above.text) || amountsOf(reading).length > 0 || !alone(context, above))
      continue;
    const stated = context.statedIn(above);
    return stated.years.length === 1
      ? { years: stated.years, clue: "stated-in-paragraph" }
      : NO_YEARS;
  }
  return NO_YEARS;
}

/** Whether the lead line of a list item announces the list (read once per lead, however many items follow). */
function leadAnnouncesList(context: Surroundings, seg: Segment): boolean {
  const at = context.leadIndex[seg.index] ?? -1;
  const lead = context.segments[at];
  if (!lead) return false;
  let announces = context.announces[at];
  if (announces === undefined) {
    announces = announcesDistribution(lead.text);
    context.announces[at] = announces;
  }
  return announces;
}

/** The paragraph speaks of GMS, or a heading in the paragraph just before it does. */
function neighbourhoodMentionsGms(context: Surroundings, seg: Segment): boolean {
  return context.gmsText[seg.paragraph] === true || context.gmsHeading[seg.paragraph - 1] === true;
}

function listOf(lists: Map<number, number>, table: number, next: () => number): number {
  let id = lists.get(table);
  if (id === undefined) {
    id = next();
    lists.set(table, id);
  }
  return id;
}

/** Bullet items in a run, one amount each, are one list. */
function markBulletLists(facts: RawFact[], next: () => number): void {
  let current: number | null = null;
  let previous: RawFact | null = null;
  for (const f of facts) {
    const continues =
      previous !== null &&
      f.segment.bullet &&
      previous.segment.bullet &&
      f.segment.index - previous.segment.index <= 2 &&
      f.segment !== previous.segment;
    if (f.segment.bullet) f.item = f.doc.text.lastIndexOf("\n", f.segment.start) + 1;
    if (f.segment.bullet && f.list === null) {
      if (!continues || current === null) current = next();
      f.list = current;
    } else if (!f.segment.bullet) current = null;
    previous = f;
  }
}

/** The segment holding [start, end), by binary search: segments are in order and apart. */
function segmentAround(segments: Segment[], start: number, end: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid]?.start ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const seg = segments[lo - 1];
  return seg && seg.start <= start && end <= seg.end ? seg : undefined;
}

// A giver's label that names the state: its money may be GMS's grant.
const STATE_GIVER =
  /(?<![\p{L}])(?:staten|statens|regeringen|statliga|government|state)(?![\p{L}])/iu;

/**
 * A table's rows ("2024  Socialstyrelsen  49,5" under "(miljoner kronor)"): an appropriation's rows are budget
 * frames; other tables retell figures decided elsewhere, so each row is a further source of its grant.
 */
function tableFacts(doc: SourceDocument, context: Surroundings, nextList: () => number): RawFact[] {
  const out: RawFact[] = [];
  // The rows of one table are one list: two of its cells are never one grant told twice.
  const lists = new Map<number, number>();
  const rows = findTableRows(doc.text);
  // "År | Statliga medel via GMS | Egen finansiering": beside a column of the organisation's own money, another
  // money column is what that organisation received (its own money's giver is the one it is paid to).
  const ownTables = new Set(rows.filter((r) => r.kind === "own").map((r) => r.table));
  for (const row of rows) {
    const seg = segmentAround(context.segments, row.amount.start, row.amount.end);
    if (!seg) continue;
    // A row proved by its sum row is a share of its year's money; its label names who or what gets it.
    const share = row.kind === "share";
    const role: RoleResult["role"] =
      row.kind === "frame"
        ? "budget-frame"
        : share
          ? "part"
          : row.kind === "own"
            ? "co-funding"
            : "comparison";
    const received = row.kind === "retold" && row.table !== undefined && ownTables.has(row.table);
    // "| Vetenskapsrådet | 214 300 |" among givers: another giver's money; "| Staten genom Vinnova | 12 |" is the state's.
    const givenByLabel =
      row.byGiver === true &&
      row.label !== undefined &&
      !mentionsGms(row.label) &&
      !STATE_GIVER.test(row.label);
    // "| Finansiär | 2026 |" in a university's annual report: what its givers gave, the report's writer received.
    const recipient =
      share && row.label !== undefined
        ? organisationLabel(row.label)
        : received
          ? readRecipient(doc.text, seg, "regionen")
          : row.byGiver === true
            ? documentWriter(doc.text)
            : null;
    out.push({
      doc,
      segment: seg,
      amount: row.amount,
      role: { role, isPart: share, nearestParent: false },
      years: { years: [row.year], clue: "stated-in-sentence" },
      time: {
        reading: { years: [row.year], clue: "stated-in-sentence" },
        pastRelative: false,
        unresolvedSpan: 0,
      },
      // A row labelled by its area ("| Solida tumörer | 30 | 30 |") funds that area; else the row is the purpose.
      purpose: row.label ?? seg.text,
      purposeIsSentence: row.label === undefined,
      recipient,
      payer: row.payer ?? null,
      // A region's annual report's "Egen finansiering" column is the region's own money; a row of a table of
      // givers ("| Finansiär | 2026 |", "| Vetenskapsrådet | 214 300 |") is its label's money.
      funder:
        row.kind === "own"
          ? readRecipient(doc.text, seg, "regionen")
          : givenByLabel
            ? (row.label ?? null)
            : null,
      decided: null,
      gmsContext:
        mentionsGms(doc.text.slice(Math.max(0, seg.start - 600), seg.start)) ||
        neighbourhoodMentionsGms(context, seg),
      // Money a giver other than GMS's funders gave, listed among a recipient's grants, is not GMS's.
      notGms: givenByLabel,
      parent: null,
      list: row.table === undefined ? null : listOf(lists, row.table, nextList),
      twins: 1,
      ...(row.label !== undefined ? { tableLabel: true } : {}),
      ...(share ? { yearsShare: true } : {}),
    });
  }
  return out;
}
