import { findAmounts } from "./amounts.js";
import { findDates } from "./dates.js";
import { findPayer, findProjectOwner, findRecipient, mentionsGms } from "./organisations.js";
import { readBudgetLine, readPurpose, skipRecipient, withoutDates } from "./purpose.js";
import {
  announcesDistribution,
  classifyRole,
  type RoleResult,
  readSentenceCues,
  type SentenceCues,
} from "./roles.js";
import { type Segment, segment } from "./segments.js";
import type { AmountMatch, DateMatch, SourceDocument } from "./types.js";
import { decisionYears, publicationYears, statedYears, type YearReading } from "./years.js";

/** One amount as one document tells it, before facts from several documents are merged. */
export interface RawFact {
  doc: SourceDocument;
  segment: Segment;
  amount: AmountMatch;
  role: RoleResult;
  years: YearReading;
  purpose: string;
  /** True when `purpose` is the whole sentence because no phrase said what the money is for. */
  purposeIsSentence: boolean;
  recipient: string | null;
  payer: string | null;
  /** Sentence, paragraph or heading speaks of GMS. */
  gmsContext: boolean;
  /** Index (in this document's facts) of the larger amount this one is part of. */
  parent: number | null;
}

/** Every amount of one document as a raw fact, with the clues read from its sentence and surroundings. */
export function extractFacts(doc: SourceDocument): RawFact[] {
  const segments = segment(doc.text);
  const context = surroundings(segments);
  const facts: RawFact[] = [];
  for (const seg of segments) {
    const amounts = findAmounts(seg.text).map((a) => ({
      ...a,
      start: a.start + seg.start,
      end: a.end + seg.start,
    }));
    if (amounts.length === 0) continue;
    const dates = findDates(seg.text).map((d) => ({
      ...d,
      start: d.start + seg.start,
      end: d.end + seg.start,
    }));
    const sentence = readSentence(doc, context, seg, dates);
    amounts.forEach((amount, i) => {
      facts.push(readFact(doc, sentence, amount, amounts[i + 1]?.start ?? seg.end));
    });
  }
  linkParents(facts);
  return facts;
}

/**
 * A document's sentences, read once per paragraph and asked for by every amount near it: no amount
 * rescans the document, so reading stays linear however many amounts a paragraph holds.
 */
interface Surroundings {
  segments: Segment[];
  /** Segments of each paragraph. */
  byParagraph: Map<number, Segment[]>;
  /** Per paragraph: how many of its segments state each funding year. */
  yearCounts: Map<number, Map<number, number>>;
  statedIn: (s: Segment) => YearReading;
  /** Index of the nearest segment before each one that is not a list item (-1: none). */
  leadIndex: number[];
  /** Paragraphs whose text (or whose heading just before) speaks of GMS. */
  gmsParagraphs: Set<number>;
}

function surroundings(segments: Segment[]): Surroundings {
  const byParagraph = new Map<number, Segment[]>();
  const leadIndex: number[] = [];
  const gmsText = new Set<number>();
  const gmsHeading = new Set<number>();
  let lead = -1;
  for (const s of segments) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
    leadIndex.push(lead);
    if (!s.bullet) lead = s.index;
    if (mentionsGms(s.text)) (s.heading ? gmsHeading : gmsText).add(s.paragraph);
  }
  const gmsParagraphs = new Set<number>([...gmsText]);
  for (const p of gmsHeading) gmsParagraphs.add(p).add(p + 1);
  const cache = new Map<Segment, YearReading>();
  const statedIn = (s: Segment): YearReading => {
    let reading = cache.get(s);
    if (!reading) {
      reading = statedYears(findDates(s.text));
      cache.set(s, reading);
    }
    return reading;
  };
  return { segments, byParagraph, yearCounts: new Map(), statedIn, leadIndex, gmsParagraphs };
}

function paragraphYearCounts(context: Surroundings, paragraph: number): Map<number, number> {
  let counts = context.yearCounts.get(paragraph);
  if (counts) return counts;
  counts = new Map();
  for (const s of context.byParagraph.get(paragraph) ?? []) {
    for (const y of new Set(context.statedIn(s).years)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  context.yearCounts.set(paragraph, counts);
  return counts;
}

// What an amount's clues are read from: this much of its sentence on each side (a bounded window).
const WINDOW = 400;

/** What a sentence says for every amount in it, read once however many amounts it holds. */
interface Sentence {
  seg: Segment;
  dates: DateMatch[];
  years: YearReading;
  multiYear: boolean;
  listedPart: boolean;
  projectOwner: string | null;
  payer: string | null;
  gmsContext: boolean;
  budgetLine: string | null;
  cues: SentenceCues;
}

function readSentence(
  doc: SourceDocument,
  context: Surroundings,
  seg: Segment,
  dates: DateMatch[],
): Sentence {
  const stated = statedYears(dates);
  return {
    seg,
    dates,
    years: readYears(doc, context, seg, dates, stated),
    multiYear: stated.years.length > 1,
    listedPart: seg.bullet && leadAnnouncesList(context, seg),
    projectOwner: findProjectOwner(seg.text),
    payer: findPayer(seg.text),
    gmsContext: mentionsGms(seg.text) || context.gmsParagraphs.has(seg.paragraph),
    budgetLine: readBudgetLine(seg.text),
    cues: readSentenceCues(seg.text),
  };
}

function readFact(
  doc: SourceDocument,
  sentence: Sentence,
  amount: AmountMatch,
  clauseEnd: number,
): RawFact {
  const { seg } = sentence;
  const before = doc.text.slice(Math.max(seg.start, amount.start - WINDOW), amount.start);
  const afterEnd = Math.min(clauseEnd, amount.end + WINDOW);
  const afterRaw = doc.text.slice(amount.end, afterEnd);
  const after = withoutDates(
    afterRaw,
    amount.end,
    datesWithin(sentence.dates, amount.end, afterEnd),
  );
  const role = classifyRole({
    sentence: seg.text,
    cues: sentence.cues,
    before,
    after,
    amount,
    multiYear: sentence.multiYear,
    listedPart: sentence.listedPart,
  });
  const recipient = findRecipient(before, after) ?? sentence.projectOwner;
  const purpose =
    role.role === "budget-frame"
      ? sentence.budgetLine
      : readPurpose(skipRecipient(after, recipient));
  return {
    doc,
    segment: seg,
    amount,
    role,
    years: sentence.years,
    purpose: purpose ?? seg.text,
    purposeIsSentence: purpose === null,
    recipient,
    payer: sentence.payer,
    gmsContext: sentence.gmsContext,
    parent: null,
  };
}

/** The dates (sorted by start) that lie wholly inside [from, to): found by binary search, not a scan. */
function datesWithin(dates: DateMatch[], from: number, to: number): DateMatch[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMatch[] = [];
  for (let i = lo; i < dates.length; i++) {
    const d = dates[i];
    if (!d || d.start >= to) break;
    if (d.end <= to) out.push(d);
  }
  return out;
}

function readYears(
  doc: SourceDocument,
  context: Surroundings,
  seg: Segment,
  dates: DateMatch[],
  stated: YearReading,
): YearReading {
  if (stated.years.length > 0) return stated;
  const decided = decisionYears(seg.text, dates);
  if (decided.years.length > 0) return decided;
  if (dates.length === 0) {
    const para = paragraphYears(context, seg);
    if (para.years.length > 0) return para;
  }
  return publicationYears(doc.published);
}

/** A funding year stated elsewhere in the paragraph, when the paragraph names exactly one. */
function paragraphYears(context: Surroundings, seg: Segment): YearReading {
  const own = new Set(context.statedIn(seg).years);
  const years = new Set<number>();
  for (const [y, n] of paragraphYearCounts(context, seg.paragraph)) {
    if (n - (own.has(y) ? 1 : 0) > 0) years.add(y);
  }
  return years.size === 1
    ? { years: [...years], clue: "stated-in-paragraph" }
    : { years: [], clue: "none" };
}

function leadAnnouncesList(context: Surroundings, seg: Segment): boolean {
  const lead = context.segments[context.leadIndex[seg.index] ?? -1];
  return lead ? announcesDistribution(lead.text) : false;
}

// A whole is told near its parts: looking further back would make a long list of parts quadratic.
const PARENT_LOOKBACK = 500;

/** Links each part to the larger amount told just before it. */
function linkParents(facts: RawFact[]): void {
  facts.forEach((fact, i) => {
    const wantsParent = fact.role.isPart || fact.role.role === "budget-frame";
    if (!wantsParent) return;
    for (let j = i - 1; j >= Math.max(0, i - PARENT_LOOKBACK); j--) {
      const cand = facts[j];
      if (!cand || cand.amount.valueSek <= fact.amount.valueSek) continue;
      if (cand.role.role === "agency-cap") continue;
      // "… 8,5 miljoner och resterande 8 miljoner": a share next to a share has the same whole.
      if (cand.role.isPart && cand.segment === fact.segment && fact.role.isPart) {
        fact.parent = cand.parent;
        return;
      }
      if (fact.role.role === "budget-frame") {
        if (cand.role.role !== "budget-frame" || cand.segment.paragraph !== fact.segment.paragraph)
          return;
        if (cand.parent !== null) continue;
      } else if (!fact.role.nearestParent && cand.role.isPart) continue;
      fact.parent = j;
      return;
    }
  });
}
