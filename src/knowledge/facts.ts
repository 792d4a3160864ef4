import { findAmounts } from "./amounts.js";
import { clutterRanges, inClutter } from "./clutter.js";
import { findCues, hasCue } from "./cues.js";
import { findDates } from "./dates.js";
import { decidedIn } from "./decided.js";
import { linkFacts } from "./fact-links.js";
import { type ClauseTime, clauseTime, yearOf } from "./fact-time.js";
import { clauseWindows, parenthesisGroups, type Window } from "./fact-windows.js";
import {
  findChannel,
  findFunder,
  findPayer,
  findProjectOwner,
  findRecipient,
  mentionsGms,
} from "./organisations.js";
import {
  readBudgetLine,
  readListPurpose,
  readPurpose,
  skipRecipient,
  withoutDates,
} from "./purpose.js";
import { BACK_REFERENCE, NOT_GMS } from "./role-cues.js";

// How many paragraphs (the headline counts as one) may name GMS for a document to be about it.
const LEAD_PARAGRAPHS = 3;

import { announcesDistribution, classifyRole, type RoleResult } from "./roles.js";
import { type Segment, segment } from "./segments.js";
import { findTableRows } from "./tables.js";
import type { AmountMatch, DateMatch, SourceDocument } from "./types.js";
import { stem, words } from "./words.js";
import { decisionYears, publicationYears, statedYears, type YearReading } from "./years.js";

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
  /** Sentence, paragraph or heading speaks of GMS. */
  gmsContext: boolean;
  /** The sentence says this money is not GMS's ("ingår inte i GMS"). */
  notGms: boolean;
  /** Index (in this document's facts) of the larger amount this one is part of. */
  parent: number | null;
  /** Facts of one list (bullets in a run, or one parenthesis) share a number. */
  list: number | null;
  /** How many shares of the same whole have this amount (two areas of 6 miljoner each: 2). */
  twins: number;
}

/** Every amount of one document as a raw fact, with the clues read from its sentence and surroundings. */
export function extractFacts(doc: SourceDocument): RawFact[] {
  const segments = segment(doc.text);
  const clutter = clutterRanges(doc.text);
  const context: Surroundings = {
    segments,
    statedIn: statedYearsBySegment(),
    docYear: yearOf(doc.published),
  };
  const facts: RawFact[] = [];
  let lists = 0;
  for (const seg of segments) {
    if (inClutter(clutter, seg.start)) continue;
    const amounts = findAmounts(seg.text).map((a) => shift(a, seg.start));
    if (amounts.length === 0) continue;
    const dates = findDates(seg.text).map((d) => shift(d, seg.start));
    const windows = clauseWindows(seg, amounts, dates);
    const first = facts.length;
    for (let i = 0; i < amounts.length; i++) {
      facts.push(readFact(doc, context, seg, amounts, i, dates, windows[i] as Window));
    }
    for (const group of parenthesisGroups(seg.text, seg.start, amounts)) {
      lists += 1;
      for (const i of group) (facts[first + i] as RawFact).list = lists;
    }
  }
  facts.push(...tableFacts(doc, segments));
  markNotGms(facts, segments, clutter);
  if (aboutGms(segments, clutter)) for (const f of facts) f.gmsContext = true;
  markBulletLists(facts, () => ++lists);
  linkFacts(facts, context.docYear);
  return facts;
}

function shift<T extends { start: number; end: number }>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}

/** A document's sentences, and the funding years each states (read once, asked for by every amount near it). */
interface Surroundings {
  segments: Segment[];
  statedIn: (s: Segment) => YearReading;
  docYear: number | null;
}

function statedYearsBySegment(): (s: Segment) => YearReading {
  const cache = new Map<Segment, YearReading>();
  return (s) => {
    let reading = cache.get(s);
    if (!reading) {
      reading = statedYears(findDates(s.text));
      cache.set(s, reading);
    }
    return reading;
  };
}

function readFact(
  doc: SourceDocument,
  context: Surroundings,
  seg: Segment,
  amounts: AmountMatch[],
  i: number,
  dates: DateMatch[],
  window: Window,
): RawFact {
  const amount = amounts[i] as AmountMatch;
  const { segments } = context;
  const clauseEnd = amounts[i + 1]?.start ?? seg.end;
  const before = doc.text.slice(seg.start, amount.start);
  const afterRaw = doc.text.slice(amount.end, clauseEnd);
  const after = withoutDates(afterRaw, amount.end, dates);
  const single = amounts.length === 1;
  const clause = single ? seg.text : doc.text.slice(window.start, window.end);
  const tokens = words(seg.text).map((t) => shift(t, seg.start));
  const whole = { start: seg.start, end: seg.end, amountStart: amount.start };
  const own = clauseTime(tokens, dates, single ? whole : window, context.docYear);
  // A clause without a time of its own takes the sentence's ("I fjolårets fördelning fick … och … 9 miljoner").
  const time =
    own.reading.years.length > 0 || own.unresolvedSpan > 0 || single
      ? own
      : clauseTime(tokens, dates, whole, context.docYear);
  const stated = time.reading.years.length > 0 ? time.reading : sentenceYears(dates, single);
  const role = classifyRole({
    sentence: seg.text,
    before,
    after,
    amount,
    multiYear: stated.years.length > 1 || time.unresolvedSpan > 1,
    listedPart: seg.bullet && leadAnnouncesList(segments, seg),
    clause,
    clauseAfter: doc.text.slice(amount.end, window.end),
    afterReferencedWhole:
      i > 0 &&
      /^\s*(?:av\s+de|of\s+the)\s*$/i.test(doc.text.slice(seg.start, amounts[0]?.start ?? 0)),
  });
  const recipient = findRecipient(before, after) ?? findProjectOwner(seg.text);
  const purpose =
    role.role === "budget-frame"
      ? readBudgetLine(seg.text)
      : (readPurpose(skipRecipient(after, recipient)) ??
        readListPurpose(before, after, seg.bullet));
  return {
    doc,
    segment: seg,
    amount,
    role,
    years: readYears(doc, context, seg, dates, stated),
    time,
    purpose: purpose ?? seg.text,
    purposeIsSentence: purpose === null,
    recipient,
    payer: findPayer(seg.text) ?? findChannel(seg.text),
    funder: findFunder(seg.text),
    decided: decidedIn(seg.text, dates, doc.published),
    gmsContext: mentionsGms(seg.text) || neighbourhoodMentionsGms(segments, seg),
    notGms: false,
    parent: null,
    list: null,
    twins: 1,
  };
}

/** Funding years the whole sentence states, when the amount's own clause states none. */
function sentenceYears(dates: DateMatch[], single: boolean): YearReading {
  const reading = statedYears(dates);
  return single || reading.years.length > 0 ? reading : { years: [], clue: "none" };
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
  const years = new Set<number>();
  for (let i = seg.index - 1; i >= 0; i--) {
    const other = context.segments[i];
    if (!other || other.paragraph !== seg.paragraph) break;
    for (const y of context.statedIn(other).years) years.add(y);
  }
  for (let i = seg.index + 1; i < context.segments.length; i++) {
    const other = context.segments[i];
    if (!other || other.paragraph !== seg.paragraph) break;
    for (const y of context.statedIn(other).years) years.add(y);
  }
  return years.size === 1
    ? { years: [...years], clue: "stated-in-paragraph" }
    : { years: [], clue: "none" };
}

function leadAnnouncesList(segments: Segment[], seg: Segment): boolean {
  for (let i = seg.index - 1; i >= 0; i--) {
    const s = segments[i];
    if (!s) return false;
    if (!s.bullet) return announcesDistribution(s.text);
  }
  return false;
}

function neighbourhoodMentionsGms(segments: Segment[], seg: Segment): boolean {
  for (let i = seg.index - 1; i >= 0; i--) {
    const s = segments[i];
    if (!s || s.paragraph < seg.paragraph - 1) break;
    if (mentionsGms(s.text) && (s.paragraph === seg.paragraph || s.heading)) return true;
  }
  for (let i = seg.index; i < segments.length; i++) {
    const s = segments[i];
    if (!s || s.paragraph !== seg.paragraph) break;
    if (mentionsGms(s.text)) return true;
  }
  return false;
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
    if (f.segment.bullet && f.list === null) {
      if (!continues || current === null) current = next();
      f.list = current;
    } else if (!f.segment.bullet) current = null;
    previous = f;
  }
}

/**
 * "Testbäddarna ingår inte i GMS", "Pengarna ingår inte i GMS-uppdraget": a sentence that says money is not
 * GMS's speaks of the amounts whose sentences name its subject, or (when its subject points back) of the
 * last amount told before it in its paragraph; an amount's own sentence may say it too.
 */
function markNotGms(
  facts: RawFact[],
  segments: Segment[],
  clutter: ReadonlyArray<[number, number]>,
): void {
  for (const seg of segments) {
    if (inClutter(clutter, seg.start) || !hasCue(seg.text, NOT_GMS) || !mentionsGms(seg.text))
      continue;
    const tokens = words(seg.text);
    const subject = tokens[0];
    if (!subject) continue;
    const own = facts.filter((f) => f.segment === seg);
    if (own.length > 0) {
      for (const f of own) f.notGms = true;
      continue;
    }
    if (findCues(tokens.slice(0, 2), BACK_REFERENCE).some((h) => h.start === subject.start)) {
      const last = facts
        .filter((f) => f.segment.index < seg.index && f.segment.paragraph === seg.paragraph)
        .at(-1);
      if (last) last.notGms = true;
      continue;
    }
    const head = stem(subject.word);
    for (const f of facts)
      if (words(f.segment.text).some((t) => stem(t.word) === head)) f.notGms = true;
  }
}

/** A document about GMS names it in its headline or first paragraphs: its money is GMS's unless it says not. */
function aboutGms(segments: Segment[], clutter: ReadonlyArray<[number, number]>): boolean {
  const paragraphs = new Set<number>();
  for (const seg of segments) {
    if (inClutter(clutter, seg.start)) continue;
    paragraphs.add(seg.paragraph);
    if (paragraphs.size > LEAD_PARAGRAPHS) return false;
    if (mentionsGms(seg.text)) return true;
  }
  return false;
}
/**
 * A table's rows ("2024  Socialstyrelsen  49,5" under "(miljoner kronor)"): an appropriation's rows are budget
 * frames; other tables retell figures decided elsewhere, so each row is a further source of its grant.
 */
function tableFacts(doc: SourceDocument, segments: Segment[]): RawFact[] {
  const out: RawFact[] = [];
  for (const row of findTableRows(doc.text)) {
    const seg = segments.find((s) => s.start <= row.amount.start && row.amount.end <= s.end);
    if (!seg) continue;
    const role: RoleResult["role"] = row.kind === "frame" ? "budget-frame" : "comparison";
    out.push({
      doc,
      segment: seg,
      amount: row.amount,
      role: { role, isPart: false, nearestParent: false },
      years: { years: [row.year], clue: "stated-in-sentence" },
      time: {
        reading: { years: [row.year], clue: "stated-in-sentence" },
        pastRelative: false,
        unresolvedSpan: 0,
      },
      purpose: seg.text,
      purposeIsSentence: true,
      recipient: null,
      payer: null,
      funder: null,
      decided: null,
      gmsContext:
        mentionsGms(doc.text.slice(Math.max(0, seg.start - 600), seg.start)) ||
        neighbourhoodMentionsGms(segments, seg),
      notGms: false,
      parent: null,
      list: null,
      twins: 1,
    });
  }
  return out;
}
