import { inClutter } from "./clutter.js";
import { type CueMatcher, findCues, mayHold } from "./cues.js";
import type { RawFact } from "./facts.js";
import { findRecipient, mentionsGms } from "./organisations.js";
import {
  BACK_REFERENCE,
  NOT_GMS,
  SAME_WORK,
  SEPARATE_FROM,
  STATE_MONEY,
  SUBJECT_REFERENCE,
} from "./role-cues.js";
import type { Segment } from "./segments.js";
import { readingsOf, type SentenceReading } from "./sentence-readings.js";
import { stem, words } from "./words.js";

// What a document's other sentences say about its amounts: "ingår inte i GMS", "Pengarna går till X", a
// document about GMS.

// How many paragraphs (the headline counts as one) may name GMS for a document to be about it.
const LEAD_PARAGRAPHS = 3;

// Sentences that name GMS recur across documents (its self-description): each wording is asked once a load,
// its answers kept on its record (found by index, no look-up by its text).
// Where the phrase that says money is not GMS's ends in a wording (0 when it holds none).
function deniedEnd(reading: SentenceReading): number {
  reading.deniedEnd ??= findCues(reading.text, NOT_GMS)[0]?.end ?? 0;
  return reading.deniedEnd;
}

// Where "separate from" stands in a wording (past its end when it does not).
function separateAt(reading: SentenceReading): number {
  reading.apartAt ??= findCues(reading.text, SEPARATE_FROM)[0]?.start ?? Number.POSITIVE_INFINITY;
  return reading.apartAt;
}

// Whether a wording names the state's money ("det statliga bidraget", "the Government funding").
function namesStateMoney(reading: SentenceReading): boolean {
  reading.namesState ??= findCues(reading.text, STATE_MONEY).length > 0;
  return reading.namesState;
}

// Words before a subject noun that are not it.
const ARTICLES: ReadonlySet<string> = new Set(["the", "these", "those", "this", "that"]);

// "… ingår inte i statens stöd till GMS, som för 2028 uppgår till 84 miljoner kronor": a relative clause after the
// denial describes what the money is set apart from; its amount is that (GMS) money. How far the clause may reach.
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["som", "which", "that"]);
const RELATIVE_REACH = 160;

/** Whether a relative clause (", som …", ", which …") opens between the denial's end and the amount. */
function inRelativeClauseAfter(text: string, from: number, amountAt: number): boolean {
  if (amountAt <= from || amountAt - from > RELATIVE_REACH) return false;
  const between = text.slice(from, amountAt);
  for (const t of words(between)) {
    if (!RELATIVE_OPENERS.has(t.word.toLowerCase())) continue;
    const before = between.slice(0, t.start).trimEnd();
    if (before.endsWith(",")) return true;
  }
  return false;
}

/**
 * "Testbäddarna ingår inte i GMS", "Pengarna ingår inte i GMS-uppdraget": a sentence that says money is not
 * GMS's speaks of the amounts whose sentences name its subject, or (when its subject points back) of the
 * last amount told before it in its paragraph; an amount's own sentence may say it too.
 */
export function markNotGms(
  facts: RawFact[],
  segments: Segment[],
  clutter: ReadonlyArray<[number, number]>,
  /** Whether a segment speaks of GMS (the caller may know it already). */
  namesGms: (seg: Segment) => boolean = (seg) => mentionsGms(seg.text),
): void {
  // Each fact's sentence words, stemmed once: a document with many such sentences stays linear.
  let byStem: Map<string, RawFact[]> | null = null;
  const readings = readingsOf(segments);
  for (const seg of segments) {
    if (inClutter(clutter, seg.start)) continue;
    const reading = readings[seg.index] as SentenceReading;
    const denialEnd = deniedEnd(reading);
    const denies = denialEnd > 0;
    const apart = separateAt(reading);
    if (!denies && apart === Number.POSITIVE_INFINITY) continue;
    // "… which is not part of the Government funding": the state's money named as such is GMS's grant too.
    if (!namesGms(seg) && !namesStateMoney(reading)) continue;
    const tokens = words(seg.text);
    const subject = tokens[0];
    if (!subject) continue;
    const own = facts.filter((f) => f.segment === seg);
    if (own.length > 0) {
      // "The funding is separate from the government's annual grant to GMS, which amounts to SEK 80m":
      // only what stands before the phrase is set apart.
      for (const f of own) {
        const at = f.amount.start - seg.start;
        const described = denies && inRelativeClauseAfter(seg.text, denialEnd, at);
        if (denies ? !described : at < apart) f.notGms = true;
      }
      continue;
    }
    // "Pengarna …", and "Projektet … ingår inte i det statliga uppdraget": the money just told is the subject's.
    const opening = tokens.slice(0, 2);
    const pointsBack = (cues: CueMatcher) =>
      findCues(opening, cues).some((h) => h.start === subject.start);
    // "Helt separat från statens GMS-pengar förstås.": a sentence opening with the phrase has no subject of its
    // own; it sets apart the money just told.
    const opensApart = apart <= (tokens[1]?.start ?? 0);
    if (pointsBack(BACK_REFERENCE) || pointsBack(SUBJECT_REFERENCE) || opensApart) {
      const last = facts
        .filter((f) => f.segment.index < seg.index && f.segment.paragraph === seg.paragraph)
        .at(-1);
      if (last) last.notGms = true;
      continue;
    }
    // "The test beds are not part of GMS": the subject is the noun after an article.
    const noun = ARTICLES.has(subject.word.toLowerCase()) ? tokens[1] : subject;
    if (!noun) continue;
    byStem ??= factsByStem(facts);
    for (const f of byStem.get(stem(noun.word)) ?? []) f.notGms = true;
  }
}

/** A document about GMS names it in its headline or first paragraphs: its money is GMS's unless it says not. */
export function aboutGms(
  segments: Segment[],
  clutter: ReadonlyArray<[number, number]>,
  namesGms: (seg: Segment) => boolean = (seg) => mentionsGms(seg.text),
): boolean {
  const paragraphs = new Set<number>();
  for (const seg of segments) {
    if (inClutter(clutter, seg.start)) continue;
    paragraphs.add(seg.paragraph);
    if (paragraphs.size > LEAD_PARAGRAPHS) return false;
    if (namesGms(seg)) return true;
  }
  return false;
}

// "Pengarna går till Region Uppsala": a sentence that points back names who gets the money just told.
const GOES_TO = /\b(?:går|gick|ges|betalas ut|goes|go|went|is paid)\s+(?=till\s|to\s)/u;

// "The EU grant goes to …", "EU-bidraget går till …": the money just told, named by its giver or kind.
const DEMONSTRATIVES = new Set(["the", "this", "that"]);
const GRANT_NOUNS = new Set(["grant", "money", "funds", "funding", "award", "contribution"]);
const DEFINITE_GRANT_ENDINGS = ["-pengarna", "-medlen", "-bidraget", "-anslaget", "-stödet"];

function namedGrant(tokens: readonly { word: string }[]): boolean {
  const [first, second, third] = tokens.map((t) => t.word.toLowerCase());
  if (first && DEFINITE_GRANT_ENDINGS.some((e) => first.endsWith(e))) return true;
  return (
    first !== undefined &&
    DEMONSTRATIVES.has(first) &&
    second !== undefined &&
    !GRANT_NOUNS.has(second) &&
    third !== undefined &&
    GRANT_NOUNS.has(third)
  );
}

// "Mottagare är Region Uppsala, som leder arbetsgruppen för farmakogenomik inom GMS": who gets the money just
// told, and what the sentence says of that recipient's work is what the money is about.
const RECIPIENT_IS = /^\s{0,3}(?:[Mm]ottagare(?:n)?\s+(?:är|blir)|[Tt]he\s+recipient\s+is)\s+/u;

/** A sentence opening "Mottagare är X" after an amount: X receives it, and its words tell of the money. */
function namesRecipient(last: RawFact, seg: Segment): boolean {
  const opening = RECIPIENT_IS.exec(seg.text);
  if (!opening) return false;
  last.recipient ??= findRecipient("", `till ${seg.text.slice(opening[0].length)}`);
  last.toldAbove = [last.toldAbove, seg.text].filter(Boolean).join(" ");
  return true;
}

/** The recipient a following sentence names for the last amount ("… sex miljoner kronor …. Pengarna går till X"). */
export function markBackReferredRecipients(
  facts: RawFact[],
  segments: Segment[],
  clutter: ReadonlyArray<[number, number]>,
): void {
  let last: RawFact | null = null;
  let next = 0;
  const readings = readingsOf(segments);
  // The paragraph before this one, not counting captions and bylines between them.
  let previousParagraph = -1;
  let currentParagraph = -1;
  for (const seg of segments) {
    while (next < facts.length && (facts[next] as RawFact).segment.index <= seg.index) {
      last = facts[next] as RawFact;
      next += 1;
    }
    if (inClutter(clutter, seg.start)) continue;
    if (seg.paragraph !== currentParagraph) {
      previousParagraph = currentParagraph;
      currentParagraph = seg.paragraph;
    }
    if (!last || last.segment === seg || last.segment.paragraph < previousParagraph) continue;
    if (namesRecipient(last, seg)) continue;
    if (last.recipient) continue;
    const goes = goesBack(readings[seg.index] as SentenceReading) ? GOES_TO.exec(seg.text) : null;
    if (!goes) continue;
    last.recipient = findRecipient("", seg.text.slice(goes.index + goes[0].length));
  }
}

/** The wording opens with the money just told and says where it goes ("Pengarna går till …"), kept on its record. */
function goesBack(reading: SentenceReading): boolean {
  reading.goesBack ??= opensWithMoneyTold(reading.text) && GOES_TO.test(reading.text);
  return reading.goesBack;
}

function opensWithMoneyTold(text: string): boolean {
  const tokens = words(text, 3);
  const first = tokens[0];
  return (
    first !== undefined &&
    (findCues(tokens.slice(0, 2), BACK_REFERENCE).some((h) => h.start === first.start) ||
      namedGrant(tokens))
  );
}

/**
 * "I fjol fick regionen 3,1 miljoner kronor för samma arbete": the purpose of the last amount told before,
 * for the same recipient where one is named.
 */
export function markSamePurpose(facts: RawFact[]): void {
  facts.forEach((f, i) => {
    if (f.purposeIsSentence || !opensWith(f.purpose, SAME_WORK)) return;
    const earlier = facts
      .slice(0, i)
      .filter((e) => !e.purposeIsSentence && e.purpose !== f.purpose);
    const same = earlier.filter((e) => f.recipient !== null && e.recipient === f.recipient);
    const source = (same.length > 0 ? same : earlier).at(-1);
    if (source) f.purpose = source.purpose;
  });
}

function opensWith(text: string, cues: Parameters<typeof findCues>[1]): boolean {
  // A phrase's words are all in a text that opens with it: most purposes lack them, and are not tokenised.
  if (!mayHold(text, cues)) return false;
  const tokens = words(text, 3);
  const first = tokens[0];
  return first !== undefined && findCues(tokens, cues).some((h) => h.start === first.start);
}

function factsByStem(facts: RawFact[]): Map<string, RawFact[]> {
  const out = new Map<string, RawFact[]>();
  const seen = new Map<Segment, Set<string>>();
  for (const f of facts) {
    let stems = seen.get(f.segment);
    if (!stems) {
      stems = new Set(words(f.segment.text).map((t) => stem(t.word)));
      seen.set(f.segment, stems);
    }
    for (const st of stems) {
      const list = out.get(st);
      if (list) list.push(f);
      else out.set(st, [f]);
    }
  }
  return out;
}
