// What a sentence tells of one of its amounts by its words alone (given the document's year, the year the
// sentence before names, and whether it is a listed item): its time, kind, recipient, purpose, payer and funder.
import { findAmounts } from "./amounts.js";
import { findCues } from "./cues.js";
import { decidedIn, tellsDecision } from "./decided.js";
import { type ClauseTime, clauseTime } from "./fact-time.js";
import { clauseWindows, type Window } from "./fact-windows.js";
import { paidByGms } from "./given-by-gms.js";
import {
  findChannel,
  findFunder,
  findPayer,
  findProjectOwner,
  findRecipient,
  funderAfter,
} from "./organisations.js";
import {
  frontedPurpose,
  givenPurpose,
  readBudgetLine,
  readLineLabel,
  readListPurpose,
  readPurpose,
  skipRecipient,
  withoutDates,
} from "./purpose.js";
import { SUBJECT_REFERENCE } from "./role-cues.js";
import { classifyRole, type RoleResult } from "./roles.js";
import type { Segment } from "./segments.js";
import type { SentenceReading } from "./sentence-readings.js";
import type { AmountMatch, DateMatch, SourceDocument } from "./types.js";
import type { WordToken } from "./words.js";
import { statedYears, type YearReading } from "./years.js";

/** One sentence, read once: its words, amounts and dates in document offsets, and its wording's record. */
export interface Sentence {
  seg: Segment;
  reading: SentenceReading;
  tokens: WordToken[];
  amounts: AmountMatch[];
  dates: DateMatch[];
}

/** What an amount's sentence tells of it by its wording (`named`: the recipient before it is resolved). */
export interface WordingReading {
  time: ClauseTime;
  stated: YearReading;
  role: RoleResult;
  named: string | null;
  /** The purpose when the recipient is `named` itself. */
  purpose: string | null;
  payer: string | null;
  funder: string | null;
  decided: string | null;
  /** The sentence tells a decision (`tellsDecision`): read once here, asked again for its years. */
  decides: boolean;
  /** The sentence's subject stands for something told before it ("Institutionen bidrar …"). */
  pointsBack: boolean;
}

// "Av de 80 miljoner …", "Av årets 89 miljoner …", "Of this year's SEK 89 million …": the sentence opens with
// a whole its later amounts are shares of.
// "Av statens 82 miljoner …", "Of the Government's SEK 82 million …": a whole named by its owner, too; "Of next
// year's money, SEK 30 million …": the whole is the year's money told before.
const REFERENCED_WHOLE =
  /^\s*(?:av\s+(?:de|årets|fjolårets|förra\s+årets|nästa\s+års|dessa|\p{L}+s)(?:\s+(?:totalt|sammanlagt))?|of\s+(?:the|this\s+year's|last\s+year's|next\s+year's|(?:the\s+)?\p{L}+'s)(?:\s+total)?)\s*$/iu;

// "Tillsammans med de 90 miljoner kronor som GMS tidigare fått … uppgår stödet till 95 miljoner", "Together with
// the SEK 90 million …": the first amount is added to, and a later one is the sum (a stated total).
const ADDED_TO =
  /^\s*(?:tillsammans\s+med|inklusive|together\s+with|including|added\s+to)(?:\s+(?:de|det|den|the|this|these|those))?\s*$/iu;

// "18 miljoner kronor (18 000 000 kronor) till Region X": the same sum written again in brackets right after it.
const BRACKET_AFTER = /^\s{0,2}\(([^()\n]{1,40})\)/u;

/**
 * The words after an amount with its restatement in brackets blanked out (same length, so offsets hold): the
 * recipient, purpose and channel read on past it as they would without it.
 */
function withoutRestatement(after: string, amount: AmountMatch): string {
  const bracket = BRACKET_AFTER.exec(after);
  if (!bracket) return after;
  const inner = findAmounts(bracket[1] ?? "");
  if (inner.length !== 1 || inner[0]?.valueSek !== amount.valueSek) return after;
  return " ".repeat(bracket[0].length) + after.slice(bracket[0].length);
}

export function readWording(
  doc: SourceDocument,
  sentence: Sentence,
  i: number,
  window: Window,
  docYear: number | null,
  anchor: number | null,
  listedPart: boolean,
): WordingReading {
  const { seg, tokens, amounts, dates } = sentence;
  const amount = amounts[i] as AmountMatch;
  const clauseEnd = amounts[i + 1]?.start ?? seg.end;
  const before = doc.text.slice(seg.start, amount.start);
  const afterRaw = withoutRestatement(doc.text.slice(amount.end, clauseEnd), amount);
  const after = withoutDates(afterRaw, amount.end, dates);
  const single = amounts.length === 1;
  const clause = single ? seg.text : doc.text.slice(window.start, window.end);
  const whole = {
    start: seg.start,
    end: seg.end,
    amountStart: amount.start,
    amountEnd: amount.end,
  };
  const own = clauseTime(tokens, dates, single ? whole : window, docYear, anchor);
  // A clause without a time of its own takes the sentence's ("I fjolårets fördelning fick … och … 9 miljoner").
  const time =
    own.reading.years.length > 0 || own.unresolvedSpan > 0 || single
      ? own
      : sentenceTime(tokens, dates, whole, amounts[i + 1]?.start, docYear, anchor);
  // "SEK 84 million next year, against SEK 89 million for 2027" with no date known: "next year" is the
  // amount's own time, unknown; it never takes the other clause's year.
  const stated =
    time.reading.years.length > 0 || time.unresolvedSpan > 0
      ? time.reading
      : sentenceYears(dates, single);
  const opening = doc.text.slice(seg.start, amounts[0]?.start ?? 0);
  const referencesWhole = REFERENCED_WHOLE.test(opening);
  const referencedWhole = i === 0 && referencesWhole && amounts.length > 1;
  const sumOfAdded = i > 0 && !referencesWhole && ADDED_TO.test(opening);
  const role = classifyRole({
    sentence: seg.text,
    before,
    after,
    amount,
    multiYear: stated.years.length > 1 || time.unresolvedSpan > 1,
    listedPart,
    clause,
    clauseWords: single
      ? tokens
      : tokens.filter((t) => t.start >= window.start && t.end <= window.end),
    sentenceWords: tokens,
    clauseAfter: doc.text.slice(amount.end, window.end),
    afterReferencedWhole: i > 0 && referencesWhole,
    firstOfSeveral: i === 0 && !single,
    sumOfAdded,
    pastRelative: time.pastRelative,
  });
  const paidTo = paidByGms(afterRaw);
  const named =
    (paidTo !== null ? findRecipient("", ` to ${paidTo}`) : null) ??
    findRecipient(before, after) ??
    projectOwner(sentence.reading);
  const decides = tellsDecision(tokens);
  return {
    time,
    stated,
    role,
    named,
    // "Av statens 82 miljoner …": the words before a referenced whole only point to it, naming no purpose.
    purpose: referencedWhole ? null : purposeOf(doc.text, seg, window, amount, after, role, named),
    // "80 miljoner via Kammarkollegiet och 9 miljoner via Folkhälsomyndigheten": each amount's own channel.
    payer: (single ? null : findChannel(afterRaw)) ?? sentencePayer(sentence.reading),
    // A giver named right after the amount ("EUR 2.4 million from the EU … and SEK 6 million from the Swedish
    // Childhood Cancer Fund") is its own, over the sentence's first.
    funder: paidTo !== null ? "GMS" : (funderAfter(afterRaw) ?? sentenceFunder(sentence.reading)),
    decided: decides ? decidedIn(tokens, dates, doc.published) : null,
    decides,
    pointsBack: subjectPointsBack(tokens),
  };
}

// What the whole sentence names (a function of its wording alone) is kept on the wording's record: a sentence told
// in several documents, or with several amounts, is not searched again.
function sentenceFunder(reading: SentenceReading): string | null {
  if (reading.funder === undefined) reading.funder = findFunder(reading.text);
  return reading.funder;
}

function sentencePayer(reading: SentenceReading): string | null {
  if (reading.payer === undefined)
    reading.payer = findPayer(reading.text) ?? findChannel(reading.text);
  return reading.payer;
}

function projectOwner(reading: SentenceReading): string | null {
  if (reading.owner === undefined) reading.owner = findProjectOwner(reading.text);
  return reading.owner;
}

/**
 * The sentence's time for an amount whose clause has none. "SEK 18 million, up from SEK 16 million last year"
 * after "… for 2028": a time pointing back that trails a later amount dates that amount only, so the time told
 * before the next amount (or none) wins over it.
 */
function sentenceTime(
  tokens: readonly WordToken[],
  dates: readonly DateMatch[],
  whole: { start: number; end: number; amountStart: number; amountEnd: number },
  nextStart: number | undefined,
  docYear: number | null,
  anchor: number | null,
): ClauseTime {
  const late = clauseTime(tokens, dates, whole, docYear, anchor);
  if (!late.pastRelative || nextStart === undefined) return late;
  const early = clauseTime(tokens, dates, { ...whole, end: nextStart }, docYear, anchor);
  // "Of this, GMS North … will receive SEK 9 million, up from SEK 8 million last year": the time is the later
  // amount's alone; the first has none of its own (its whole's or its paragraph's).
  return early.pastRelative ? late : early;
}

/** The purpose under another recipient than the one the wording names (a reference resolved in the document). */
export function otherPurpose(
  text: string,
  seg: Segment,
  amounts: AmountMatch[],
  i: number,
  dates: DateMatch[],
  role: RoleResult,
  recipient: string | null,
): string | null {
  const window = clauseWindows(seg, amounts, dates)[i] as Window;
  const amount = amounts[i] as AmountMatch;
  const clauseEnd = amounts[i + 1]?.start ?? seg.end;
  const after = withoutDates(text.slice(amount.end, clauseEnd), amount.end, dates);
  return purposeOf(text, seg, window, amount, after, role, recipient);
}

/** What the amount is for: a budget frame's line; else the phrase after it (past its recipient), or a list item's topic before it. */
function purposeOf(
  text: string,
  seg: Segment,
  window: Window,
  amount: AmountMatch,
  after: string,
  role: RoleResult,
  recipient: string | null,
): string | null {
  if (role.role === "budget-frame") return readBudgetLine(seg.text);
  return (
    readPurpose(skipRecipient(after, recipient)) ??
    givenPurpose(text.slice(window.start, amount.start), after) ??
    (seg.bullet ? readLineLabel(text.slice(seg.start, amount.start)) : null) ??
    frontedPurpose(text.slice(seg.start, amount.start)) ??
    readListPurpose(text.slice(window.start, amount.start), after, seg.bullet)
  );
}

/** The sentence opens with a word that stands for something told before ("Institutionen", "Den"). */
function subjectPointsBack(tokens: readonly WordToken[]): boolean {
  const first = tokens[0];
  return (
    first !== undefined &&
    findCues(tokens.slice(0, 2), SUBJECT_REFERENCE).some((h) => h.start === first.start)
  );
}

/** Funding years the whole sentence states, when the amount's own clause states none. */
function sentenceYears(dates: DateMatch[], single: boolean): YearReading {
  const reading = statedYears(dates);
  return single || reading.years.length > 0 ? reading : { years: [], clue: "none" };
}
