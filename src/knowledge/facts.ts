import { findAmounts } from "./amounts.js";
import { findDates } from "./dates.js";
import { findPayer, findProjectOwner, findRecipient, mentionsGms } from "./organisations.js";
import { readBudgetLine, readPurpose, skipRecipient, withoutDates } from "./purpose.js";
import { announcesDistribution, classifyRole, type RoleResult } from "./roles.js";
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
  const context: Surroundings = { segments, statedIn: statedYearsBySegment() };
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
    amounts.forEach((amount, i) => {
      facts.push(readFact(doc, context, seg, amount, amounts[i + 1]?.start ?? seg.end, dates));
    });
  }
  linkParents(facts);
  return facts;
}

/** A document's sentences, and the funding years each states (read once, asked for by every amount near it). */
interface Surroundings {
  segments: Segment[];
  statedIn: (s: Segment) => YearReading;
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
  amount: AmountMatch,
  clauseEnd: number,
  dates: DateMatch[],
): RawFact {
  const { segments } = context;
  const before = doc.text.slice(seg.start, amount.start);
  const afterRaw = doc.text.slice(amount.end, clauseEnd);
  const after = withoutDates(afterRaw, amount.end, dates);
  const stated = statedYears(dates);
  const role = classifyRole({
    sentence: seg.text,
    before,
    after,
    amount,
    multiYear: stated.years.length > 1,
    listedPart: seg.bullet && leadAnnouncesList(segments, seg),
  });
  const recipient = findRecipient(before, after) ?? findProjectOwner(seg.text);
  const purpose =
    role.role === "budget-frame"
      ? readBudgetLine(seg.text)
      : readPurpose(skipRecipient(after, recipient));
  return {
    doc,
    segment: seg,
    amount,
    role,
    years: readYears(doc, context, seg, dates, stated),
    purpose: purpose ?? seg.text,
    purposeIsSentence: purpose === null,
    recipient,
    payer: findPayer(seg.text),
    gmsContext: mentionsGms(seg.text) || neighbourhoodMentionsGms(segments, seg),
    parent: null,
  };
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
  for (const other of context.segments) {
    if (other.paragraph !== seg.paragraph || other === seg) continue;
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
  return segments.some(
    (s) =>
      mentionsGms(s.text) &&
      (s.paragraph === seg.paragraph || (s.heading && s.paragraph === seg.paragraph - 1)),
  );
}

/** Links each part to the larger amount told just before it. */
function linkParents(facts: RawFact[]): void {
  facts.forEach((fact, i) => {
    const wantsParent = fact.role.isPart || fact.role.role === "budget-frame";
    if (!wantsParent) return;
    for (let j = i - 1; j >= 0; j--) {
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
