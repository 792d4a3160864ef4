import { MONTH_NAMES_EN, MONTH_NAMES_SV, MONTHS } from "../date-words.js";
import type { Segment } from "../segments.js";
import type { DateMatch } from "../types.js";
import {
  ADOPTION_VERBS,
  AGENT_WORDS,
  AUXILIARIES,
  DECISION_NOUNS,
  DECISION_VERBS,
  GOVERNMENT,
  GOVERNMENT_VERBS,
  SIGNATURE_HEADINGS,
  SPLIT_WORDS,
  TODAY,
} from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { sliceStarts } from "./phrase-starts.js";
import { dayMonthAt, fromMatch, isDateLine, monthOnly, today } from "./stated-date.js";
import { findPhrases, hasPhrase, type PhraseHit, type Token } from "./tokens.js";
import type { DecisionStatement, StatedAmount, StatedDate } from "./types.js";

const AGENT_STOPS = new Set("den i om på under att och the in on at that and".split(" "));
// A ministry speaks for the government ("The Ministry of Health …", "Socialdepartementet").
const MINISTRY = ["ministry", "departementet"];
const GOVERNMENT_WORDS = new Set(GOVERNMENT.flat());
const AGENTS = new Set(AGENT_WORDS.flat());
const FULL_MONTHS = new Set([...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m) => m.toLowerCase()));
// What a sentence says is decided elsewhere: "i ett särskilt beslut", "in a separate decision".
const LATER_DECISION =
  /^\s*(?:i\s+ett\s+(?:särskilt|separat|senare)\s+beslut|i\s+särskild\s+ordning|in\s+a\s+(?:separate|later)\s+decision)/i;
const QUESTION_END = /\?\s*$/u;
// A decision document's date line stands in its first lines, before the decision itself.
const HEADER_SEGMENTS = 8;

/** Every sentence that tells a decision: who decided, when (as the text says), and about what. */
export function readDecisions(view: DocumentView): DecisionStatement[] {
  const nouns = view.mayAny(DECISION_NOUNS);
  if (!view.mayAny(DECISION_VERBS) && !view.mayAny(GOVERNMENT_VERBS) && !nouns) return [];
  // Read when a decision is first told: most documents with a decision verb tell none.
  let ownDate: StatedDate | null | undefined;
  const out: DecisionStatement[] = [];
  for (const s of view.segments) {
    const byVerb = view.may(s, DECISION_VERBS) || view.may(s, GOVERNMENT_VERBS);
    if (!byVerb && !(nouns && !s.heading && view.may(s, DECISION_NOUNS))) continue;
    // "Vad har regeringen beslutat?": a Q&A page's question asks, and tells no decision.
    if (QUESTION_END.test(s.text)) continue;
    const notes = view.notes(s);
    // What its verbs tell, and whether it names a decision, are in its own words: read once per wording.
    if (byVerb && notes.decision === undefined) notes.decision = decisionIn(view.words(s));
    notes.decisionNoun ??= view.may(s, DECISION_NOUNS) && hasPhrase(view.words(s), DECISION_NOUNS);
    const verbTold = byVerb ? (notes.decision as Told | null) : null;
    if (!verbTold && !notes.decisionNoun) continue;
    const words = view.words(s);
    const told = verbTold ?? datedDecisionNoun(view, s, words);
    // A reference list's or a link list's title ("^ "Regeringen satsar 12 miljoner …"") tells no decision here.
    if (!told || view.clutter(s)) continue;
    // "De som fattar beslut behöver …": taking decisions with no one named who took one tells none.
    if (told.by === null && words[told.verb.at]?.word.startsWith("fatta")) continue;
    // What was decided follows the verb, and the subject when it comes after ("beslutade regeringen att …").
    const after = words
      .slice(told.verb.end)
      .find((w) => !GOVERNMENT_WORDS.has(w.word) && !AGENTS.has(w.word));
    const verbEnd = after?.start ?? s.end;
    // "… beslutar regeringen i ett särskilt beslut": how a decision is made, not one that was.
    if (LATER_DECISION.test(view.doc.text.slice(verbEnd, s.end))) continue;
    const date = dateOf(view, s, words);
    if (ownDate === undefined) ownDate = decisionDocumentDate(view);
    // In the decision itself, an undated "Regeringen ger …" is dated by the document's header.
    const fromDoc = ownDate !== null && date === null && told.government;
    out.push({
      decidedBy: told.by && told.by.charAt(0).toUpperCase() + told.by.slice(1),
      kind: hasPhrase(sliceStarts(words, told.verb.at, told.verb.end), ADOPTION_VERBS)
        ? "adopted"
        : "decided",
      date: fromDoc ? ownDate : date,
      fromDecisionDocument: ownDate !== null,
      about: view.doc.text.slice(verbEnd, s.end).trim(),
      ofSplit: hasPhrase(words, SPLIT_WORDS),
      amounts: amountsIn(view, s),
      span: view.span(s.start, s.end),
    });
  }
  return out;
}

/**
 * "I dag, den 11 december 2025, kom ett nytt regeringsbeslut till oss": a government decision named as a noun is
 * told as taken only when its sentence dates it to the day; a bare mention ("Regeringsbeslut I:9") tells none.
 */
function datedDecisionNoun(view: DocumentView, s: Segment, words: Token[]): Told | null {
  const noun = findPhrases(words, DECISION_NOUNS)[0];
  if (!noun) return null;
  const date = dateOf(view, s, words);
  if (date === null || date.day === null) return null;
  return { verb: noun, by: "regeringen", government: true };
}

interface Told {
  verb: PhraseHit;
  by: string | null;
  government: boolean;
}

function decisionIn(words: Token[]): Told | null {
  const government = findPhrases(words, GOVERNMENT);
  for (const verb of findPhrases(words, DECISION_VERBS)) {
    const by = deciderNear(words, verb, government);
    return { verb, by, government: by !== null && isGovernment(by) };
  }
  for (const verb of findPhrases(words, GOVERNMENT_VERBS)) {
    // "Regeringen avsätter …", "Genom Vinnova satsar regeringen …".
    const subject =
      government.find((g) => g.end <= verb.at && onlyAuxiliaries(words, g.end, verb.at)) ??
      government.find((g) => g.at === verb.end);
    if (subject) return { verb, by: text(words, subject), government: true };
    // "The Public Health Agency … is instructed by the Government to disburse …": the passive's agent.
    const agent = AGENTS.has(words[verb.end]?.word ?? "")
      ? government.find((g) => g.at === verb.end + 1)
      : undefined;
    if (agent) return { verb, by: text(words, agent), government: true };
    const ministry = ministryBefore(words, verb.at);
    if (ministry) return { verb, by: ministry, government: true };
  }
  return null;
}

/** "The Ministry of Health and Social Affairs announced …", "Socialdepartementet meddelade …". */
function ministryBefore(words: Token[], verbAt: number): string | null {
  const head = words.slice(0, verbAt);
  const named = head.findIndex((w) =>
    MINISTRY.some((m) => w.word.startsWith(m) || w.word.endsWith(m)),
  );
  if (named < 0 || named > 2 || verbAt > 10) return null;
  return head.map((w) => w.raw).join(" ");
}

/** Subject before the verb ("Regeringen har beslutat"), after it ("beslutade regeringen"), or "av X". */
function deciderNear(
  words: Token[],
  verb: PhraseHit,
  government: readonly PhraseHit[],
): string | null {
  const before = government.find((g) => g.end <= verb.at && onlyAuxiliaries(words, g.end, verb.at));
  if (before) return text(words, before);
  const after = government.find((g) => g.at === verb.end);
  if (after) return text(words, after);
  // "fattade regeringen beslut": the subject inside the verb's phrase.
  const inside = government.find((g) => g.at > verb.at && g.end < verb.end);
  if (inside) return text(words, inside);
  const next = words[verb.end];
  if (AGENTS.has(next?.word ?? "")) {
    const g = government.find((x) => x.at === verb.end + 1);
    if (g) return text(words, g);
    // "Fördelningen beslutades av GMS styrgrupp den 2 mars": the agent, up to the date or a preposition.
    const agent = words.slice(verb.end + 1, verb.end + 4);
    const stop = agent.findIndex((w) => AGENT_STOPS.has(w.word) || /^\d/.test(w.word));
    const named = stop < 0 ? agent : agent.slice(0, stop);
    if (named[0] && /^\p{Lu}/u.test(named[0].raw)) return named.map((w) => w.raw).join(" ");
  }
  // A passive's subject is what was decided, not who decided it.
  if (words[verb.at]?.word.endsWith("des")) return null;
  // "Regionstyrelsen beslutade …", "GMS styrgrupp har bestämt …": a capitalised subject.
  let i = verb.at - 1;
  while (i >= 0 && AUXILIARIES.has(words[i]?.word ?? "")) i--;
  const subject = words[i];
  return subject && /^\p{Lu}/u.test(subject.raw) && i <= 2 ? subject.raw : null;
}

function onlyAuxiliaries(words: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!AUXILIARIES.has(words[i]?.word ?? "")) return false;
  return to - from <= 3;
}

function text(words: Token[], hit: PhraseHit): string {
  return words
    .slice(hit.at, hit.end)
    .map((w) => w.raw)
    .join(" ");
}

function isGovernment(name: string): boolean {
  return /^(?:regeringen|the government|the swedish government|government)$/i.test(name);
}

/** The decision date the sentence gives: a date or month, "i dag", or "den 14 april", "i mars". */
function dateOf(view: DocumentView, s: Segment, words: Token[]): StatedDate | null {
  for (const d of view.dates(s)) {
    if (
      d.cue === "deadline" ||
      d.cue === "during" ||
      d.cue === "for" ||
      d.kind === "year" ||
      d.kind === "span"
    )
      continue;
    return fromMatch(view, s.start, d);
  }
  const now = findPhrases(words, TODAY)[0];
  if (now) {
    const first = words[now.at];
    const last = words[now.end - 1];
    if (first && last) return today(view, first.start, last.end);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    if (isDay(w.word)) {
      const d = dayMonthAt(view, s.text, s.start, w.start - s.start);
      if (d && !followsDeadline(words, i)) return withDocumentYear(view, d);
    }
    const month = MONTHS.get(w.word);
    if (month !== undefined && FULL_MONTHS.has(w.word) && MONTH_IN.has(words[i - 1]?.word ?? ""))
      return monthOnly(view, w.start, w.end, month);
  }
  return null;
}

// "i mars", "in March": a month named alone.
const MONTH_IN = new Set(["i", "in"]);

/** One or two digits and nothing else (`/^\d{1,2}$/`): read by its units, every word of a decision asks. */
function isDay(word: string): boolean {
  const n = word.length;
  return (n === 1 || n === 2) && isDigit(word.charCodeAt(0)) && isDigit(word.charCodeAt(n - 1));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

function followsDeadline(words: Token[], i: number): boolean {
  const before = words[i - 1]?.word;
  return before === "senast" || before === "by" || words[i - 2]?.word === "senast";
}

function withDocumentYear(view: DocumentView, d: StatedDate): StatedDate {
  const year = view.date.year;
  if (year === null || d.month === null) return d;
  const later = view.date.month !== null && d.month > view.date.month;
  return { ...d, year: later ? year - 1 : year, yearFrom: "document" };
}

/**
 * A government decision ("Regeringens beslut", signed "På regeringens vägnar") is dated on its own
 * first lines: that date is the decision's.
 */
function decisionDocumentDate(view: DocumentView): StatedDate | null {
  // No line may be the signature's heading: the segments need not be asked.
  if (!view.mayAny(SIGNATURE_HEADINGS)) return null;
  const signed = view.segments.some((s) => s.heading && view.has(s, SIGNATURE_HEADINGS));
  if (!signed) return null;
  for (const s of view.segments.slice(0, HEADER_SEGMENTS)) {
    // A line's date is in its own words: read once per wording.
    const notes = view.notes(s);
    if (notes.dateLine === undefined) notes.dateLine = isDateLine(view, s);
    const d = notes.dateLine as DateMatch | null;
    if (d) {
      const lead = s.text.length - s.text.trimStart().length;
      return fromMatch(view, s.start + lead, d);
    }
  }
  return null;
}

function amountsIn(view: DocumentView, s: Segment): StatedAmount[] {
  return view.amounts(s).map((a) => ({
    valueSek: a.valueSek,
    span: view.span(s.start + a.start, s.start + a.end),
  }));
}

export { amountsIn };
