import type { Segment } from "../segments.js";
import { DEADLINE_CUES, DEADLINE_KINDS, SAME_DATE } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { nameAt } from "./names.js";
import { dayMonthAt, fromMatch } from "./stated-date.js";
import { findPhrases, findPhrasesIn, type PhraseHit, type Token } from "./tokens.js";
import type { DeadlineKind, DeadlineStatement, StatedDate } from "./types.js";

const KIND_ORDER: ReadonlyArray<Exclude<DeadlineKind, "other">> = [
  "repayment",
  "requisition",
  "report",
  "application",
];
// The subject before "ska", "is to": a few words at most ("Region Skåne", "Varje region").
const SUBJECT =
  /^(\p{Lu}[\p{L}-]*(?:[ \u00A0][\p{L}-]+){0,3}?)[ \u00A0]+(?:ska|skall|must|shall|will|should|is[ \u00A0]+to|are[ \u00A0]+to)\b/u;
// Words that open a sentence without naming who must act: pronouns, the money itself, prepositions.
const NOT_SUBJECT = new Set(
  "det den dessa detta medlen medel pengarna vid på i efter före under senast it this these the funds at on by after before".split(
    " ",
  ),
);

/** Every deadline the documents set: a date after "senast"/"by", its kind, who and to whom. */
export function readDeadlines(view: DocumentView): DeadlineStatement[] {
  const cued = view.mayAny(DEADLINE_CUES) || view.mayAny(SAME_DATE);
  const out: DeadlineStatement[] = [];
  for (const s of view.segments) {
    const calendar = opensWithDate(s) ? calendarDeadline(view, s) : null;
    if (calendar) {
      out.push(calendar);
      continue;
    }
    if (!cued || (!view.may(s, DEADLINE_CUES) && !view.may(s, SAME_DATE))) continue;
    // "Sidan redigerades senast den 3 februari 2029": a page footer's date is no deadline.
    if (view.clutter(s)) continue;
    const reading = view.reading(s);
    // The dates after a cue are in the sentence's own words: read once per wording.
    reading.deadlines ??= deadlinesIn(view, s);
    const found = reading.deadlines as readonly DeadlineFound[];
    // Indexed: a shared empty list and a wording's own are lists of two kinds, whose iterator is made each time.
    for (let k = 0; k < found.length; k++) out.push(placed(view, s, found[k] as DeadlineFound));
    // Without one, "vid samma tidpunkt" takes the date of the deadline before, in this document.
    if (found.length > 0 || !view.may(s, SAME_DATE)) continue;
    const words = view.words(s);
    const same = sameDate(view, words, out.at(-1));
    const deadline = same ? deadlineOf(view, s, words, same, 0) : null;
    if (deadline) out.push(deadline);
  }
  return out;
}

/** A deadline a sentence sets after a cue, its date's offsets counted in the sentence. */
interface DeadlineFound {
  kind: DeadlineKind;
  what: string;
  who: string | null;
  counterpart: string | null;
  by: Omit<StatedDate, "span"> & { start: number; end: number };
}

const NONE: readonly DeadlineFound[] = Object.freeze([]);

function deadlinesIn(view: DocumentView, s: Segment): readonly DeadlineFound[] {
  const words = view.words(s);
  const cues = findPhrases(words, DEADLINE_CUES);
  if (cues.length === 0) return NONE;
  const dates = deadlineDates(
    view,
    s,
    words,
    cues.map((c) => c.end),
  );
  const found: DeadlineFound[] = [];
  let clauseStart = 0;
  for (const date of dates) {
    const d = deadlineOf(view, s, words, date, clauseStart);
    if (d) {
      const { span, year, month, day, yearFrom } = d.by;
      found.push({
        kind: d.kind,
        what: d.what,
        who: d.who,
        counterpart: d.counterpart,
        by: { start: span.start - s.start, end: span.end - s.start, year, month, day, yearFrom },
      });
    }
    clauseStart = date.span.start - s.start;
  }
  return found.length === 0 ? NONE : found;
}

// After a calendar line's date: a colon or a dash, then what falls due ("15 januari 2028: sista dag att …").
const CALENDAR_SEPARATOR = /^[ \u00A0]*(?::|[–—-](?=[ \u00A0]))[ \u00A0]*/;

/** A line that opens with a digit and holds a colon or dash: maybe a calendar line. */
function opensWithDate(s: Segment): boolean {
  const first = s.text.charCodeAt(0);
  return first >= 48 && first <= 57 && (s.text.includes(":") || s.text.includes("–"));
}

/**
 * "15 januari 2028: sista dag att lämna in projektplaner", "1 november 2028: Region Skåne rekvirerar …":
 * a calendar line, its date first, what falls due after it. Only a line that names what is due (a report,
 * a requisition, an application, a repayment) is a deadline: "12 mars: Kick-off i Göteborg" is not.
 */
function calendarDeadline(view: DocumentView, s: Segment): DeadlineStatement | null {
  // A calendar line is in its own words: read once per wording (a programme's calendar recurs).
  const notes = view.notes(s);
  if (notes.calendar === undefined) notes.calendar = calendarIn(view, s);
  const found = notes.calendar as DeadlineFound | null;
  return found === null ? null : placed(view, s, found);
}

function calendarIn(view: DocumentView, s: Segment): DeadlineFound | null {
  const d = view.dateAt(s, 0);
  const date = d ? fromMatch(view, s.start, d) : dayMonthAt(view, s.text, s.start, 0);
  if (!date || date.month === null) return null;
  const after = date.span.end - s.start;
  const separator = CALENDAR_SEPARATOR.exec(s.text.slice(after));
  if (!separator) return null;
  const restStart = s.start + after + separator[0].length;
  const words = view.words(s);
  const kind = kindBefore(words, restStart, s.end);
  if (!kind) return null;
  const rest = s.text.slice(restStart - s.start);
  const { year, month, day, yearFrom } = date;
  return {
    kind: kind.kind,
    what: kind.word,
    who: nameAt(s.text, restStart - s.start),
    counterpart: counterpart(rest, kind.end - restStart, kind.kind),
    by: { start: date.span.start - s.start, end: after, year, month, day, yearFrom },
  };
}

/** A deadline read before, placed in this document. */
function placed(view: DocumentView, s: Segment, d: DeadlineFound): DeadlineStatement {
  const { start, end, year, month, day, yearFrom } = d.by;
  return {
    kind: d.kind,
    what: d.what,
    who: d.who,
    counterpart: d.counterpart,
    by: { span: view.span(s.start + start, s.start + end), year, month, day, yearFrom },
    span: view.span(s.start, s.end),
  };
}

/** The deadline of a date in a sentence, its clause starting at `clauseStart` (null: none told). */
function deadlineOf(
  view: DocumentView,
  s: Segment,
  words: Token[],
  date: StatedDate,
  clauseStart: number,
): DeadlineStatement | null {
  const kind =
    kindBefore(words, s.start + clauseStart, date.span.start) ?? kindBefore(words, s.start, s.end);
  if (!kind && date.yearFrom === "earlier-date") return null;
  return {
    kind: kind?.kind ?? "other",
    what: kind?.word ?? "",
    who: subjectOf(s.text),
    counterpart: counterpart(
      s.text.slice(0, nextKindStart(words, kind?.end ?? s.start, s.end) - s.start),
      kind ? kind.end - s.start : 0,
      kind?.kind ?? "other",
    ),
    by: date,
    span: view.span(s.start, s.end),
  };
}

/** "Vid samma tidpunkt ska en ekonomisk redovisning lämnas": the date of the deadline just before. */
function sameDate(
  view: DocumentView,
  words: Token[],
  previous: DeadlineStatement | undefined,
): StatedDate | null {
  const hit = findPhrases(words, SAME_DATE)[0];
  const first = hit ? words[hit.at] : undefined;
  const last = hit ? words[hit.end - 1] : undefined;
  if (!previous || !first || !last || previous.span.docId !== view.doc.id) return null;
  return { ...previous.by, span: view.span(first.start, last.end), yearFrom: "earlier-date" };
}

/** The dates right after a deadline cue ("senast den 31 mars 2027", "by 1 March"). */
const DATE_LEAD = new Set(["den", "the", "on", "är", "is"]);

function deadlineDates(
  view: DocumentView,
  s: Segment,
  words: Token[],
  cueEnds: number[],
): StatedDate[] {
  const found: StatedDate[] = [];
  for (const end of cueEnds) {
    let i = end;
    // "senast den 1 november", "Sista dag att ansöka är den 15 mars 2028", "the deadline is 1 May".
    while (DATE_LEAD.has(words[i]?.word ?? "")) i++;
    const at = words[i];
    if (!at) continue;
    const local = at.start - s.start;
    // No date holds a cue, so none read before it reaches over the word after it: read that place alone.
    const d = view.dateAt(s, local);
    const date = d ? fromMatch(view, s.start, d) : dayMonthAt(view, s.text, s.start, local);
    if (date && (date.year !== null || date.month !== null)) found.push(date);
  }
  return found;
}

/** The kind cue nearest before `until` and after `from` (document offsets). */
function kindBefore(
  words: Token[],
  from: number,
  until: number,
): { kind: Exclude<DeadlineKind, "other">; word: string; end: number } | null {
  // Words are in order: those inside the bounds are one run of them, read in place.
  const first = firstFrom(words, from);
  if (first < 0) return null;
  let to = first;
  while (to < words.length && (words[to] as Token).end <= until) to++;
  const kinds = kindHits(words);
  let best: { kind: Exclude<DeadlineKind, "other">; at: number; end: number } | null = null;
  for (let k = 0; k < KIND_ORDER.length; k++) {
    const kind = KIND_ORDER[k] as Exclude<DeadlineKind, "other">;
    const hits = hitsWithin(words, kinds[k] as readonly PhraseHit[], first, to, kind);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as PhraseHit;
      if (!best || hit.at > best.at) best = { kind, at: hit.at, end: hit.end };
    }
  }
  if (!best) return null;
  return {
    kind: best.kind,
    word: words
      .slice(best.at, best.end)
      .map((w) => w.raw)
      .join(" "),
    end: (words[best.end - 1] as Token).end,
  };
}

/** The first word starting at or after `from` (document offset), -1: none. */
function firstFrom(words: readonly Token[], from: number): number {
  for (let i = 0; i < words.length; i++) if ((words[i] as Token).start >= from) return i;
  return -1;
}

// The kind cues of the sentence read last, per kind (`KIND_ORDER`): a deadline asks for them in two or three runs of
// its words, so they are found once over all the words.
let kindsOf: readonly Token[] | null = null;
let kindsFound: readonly (readonly PhraseHit[])[] = [];

function kindHits(words: readonly Token[]): readonly (readonly PhraseHit[])[] {
  if (words !== kindsOf) {
    kindsFound = KIND_ORDER.map((kind) => findPhrases(words, DEADLINE_KINDS[kind]));
    kindsOf = words;
  }
  return kindsFound;
}

/**
 * `findPhrasesIn(words, first, to, …)` from the hits over all the words: the same where no hit in the run reaches
 * past `to` (a shorter phrase might end by it), else read again in the run.
 */
function hitsWithin(
  words: Token[],
  all: readonly PhraseHit[],
  first: number,
  to: number,
  kind: Exclude<DeadlineKind, "other">,
): readonly PhraseHit[] {
  let inside = 0;
  for (let h = 0; h < all.length; h++) {
    const hit = all[h] as PhraseHit;
    if (hit.at < first || hit.at >= to) continue;
    if (hit.end > to) return findPhrasesIn(words, first, to, DEADLINE_KINDS[kind]);
    inside++;
  }
  if (inside === all.length) return all;
  return inside === 0 ? NO_HITS : all.filter((hit) => hit.at >= first && hit.at < to);
}

const NO_HITS: readonly PhraseHit[] = Object.freeze([]);

function subjectOf(sentence: string): string | null {
  const m = SUBJECT.exec(sentence);
  const who = m?.[1] ?? null;
  const first = who?.split(/\s+/)[0]?.toLowerCase() ?? "";
  // "Unused funds must be repaid …", "That assignment is to be reported …": an English passive's subject
  // is what is due, not who must act.
  const passive = m !== null && PASSIVE_AFTER.test(sentence.slice(m[0].length));
  if (who && !passive && !NOT_SUBJECT.has(first)) return who;
  // "Senast den 15 februari 2027 ska Region Skåne redovisa …", "Medlen ska rekvireras av Socialstyrelsen …",
  // "By 15 February 2027, Region Skåne is to report …", "The funds are to be requisitioned by Socialstyrelsen …".
  const found = INVERTED.exec(sentence) ?? passiveAgent(sentence) ?? OPENING_CLAUSE.exec(sentence);
  if (found?.[1]) return found[1];
  const by = PASSIVE_BY.exec(sentence);
  return by ? nameAt(sentence, by.index + by[0].length) : null;
}

const PASSIVE_AFTER = /^[ \u00A0]+be[ \u00A0]/u;
const NAME = "(\\p{Lu}[\\p{L}-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}-]*){0,2})";
const INVERTED = new RegExp(`\\s(?:ska|skall)[ \\u00A0]+${NAME}[ \\u00A0]`, "u");
const PASSIVE_AGENT = new RegExp(`\\p{L}{3,30}as[ \\u00A0]+av[ \\u00A0]+${NAME}`, "u");
// An English opening phrase before the subject ("By 15 February 2027, Region Skåne is to …"), and a passive's
// agent ("are to be requisitioned by Socialstyrelsen").
const OPENING_CLAUSE = new RegExp(
  `^[^,]{3,60},[ \\u00A0]+${NAME}[ \\u00A0]+(?:must|shall|will|should|is[ \\u00A0]+to|are[ \\u00A0]+to)\\b`,
  "u",
);
const PASSIVE_BY = /\bbe[ \u00A0]+\p{L}{3,30}ed[ \u00A0]+by[ \u00A0]+(?=\p{Lu})/u;
// Its literal middle: `PASSIVE_AGENT` tries up to 30 letters at every letter, so a sentence without it is not run.
const PASSIVE_MIDDLE = /as[ \u00A0]+av[ \u00A0]/;

function passiveAgent(sentence: string): RegExpExecArray | null {
  return PASSIVE_MIDDLE.test(sentence) ? PASSIVE_AGENT.exec(sentence) : null;
}

/** "… till Socialstyrelsen", "… från Kammarkollegiet": the other party, read after the cue. */
/** Where the next thing due is named: "… rekvirera medlen … och redovisa …" is two clauses. */
function nextKindStart(words: Token[], after: number, end: number): number {
  const first = firstFrom(words, after);
  if (first < 0) return end;
  let next = end;
  // The first hit at or after `first` over all the words is `firstPhraseIn(words, first, words.length, …)`.
  for (const hits of kindHits(words)) {
    const hit = hits.find((h) => h.at >= first);
    if (hit) next = Math.min(next, (words[hit.at] as Token).start);
  }
  return next;
}

// Made once and read from `lastIndex` on: every deadline asks, and `matchAll` copies its regex each time.
const FROM_OR_TO = /\b(?:från|from|till|to)[ \u00A0]+/gu;
const TO = /\b(?:till|to)[ \u00A0]+/gu;
const THE = /the\s/iy;
const BRACKETED_NAME = /^(?:(?:\p{Lu}[\p{L}-]*|and|of|for),?\s+){2,8}\((\p{Lu}[\p{L}-]+)\)/u;

function counterpart(sentence: string, from: number, kind: DeadlineKind): string | null {
  const rest = sentence.slice(Math.max(0, from));
  const re = kind === "requisition" ? FROM_OR_TO : TO;
  re.lastIndex = 0;
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    const at = m.index + m[0].length;
    THE.lastIndex = at;
    const from = at + (THE.exec(rest)?.[0].length ?? 0);
    const name = nameAt(rest, from);
    // "from the Legal, Financial and Administrative Services Agency (Kammarkollegiet)": a name cut at its
    // comma goes on to its bracketed short name.
    const cut = name !== null && rest.charAt(from + name.length) === ",";
    const short = cut ? BRACKETED_NAME.exec(rest.slice(from))?.[1] : undefined;
    if (short) return short;
    if (name) return name;
  }
  return null;
}
