// What the documents state that is neither a grant nor any money to sum: what something costs, how many of
// something there were, and a document's own correction of a figure. Quoted when asked, never summed.
import { compileCues, findCues, hasCue } from "../cues.js";
import { findRelativeYears, type RelativeYear, reportYearOf } from "../relative-time.js";
import type { Segment } from "../segments.js";
import { STOPWORDS } from "../stopwords.js";
import { COUNT_WORDS, holdsCountWord } from "./count-words.js";
import { CORRECTION_PARTS } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { textStarts } from "./phrase-starts.js";
import type { Token } from "./tokens.js";
import type { CorrectionStatement, CostStatement, CountStatement, StatedAmount } from "./types.js";

// A sentence telling what something costs ("kostar i dag omkring 25 000 kronor", "costs around SEK 150"). Matched
// only in sentences with an amount, so it stays out of the tables every sentence is first read for.
const COST_WORDS = compileCues([
  "kostar",
  "kostade",
  "kostat",
  "kosta",
  "kostnad",
  "kostnaden",
  "kostnader",
  "kostnaderna",
  "pris",
  "priset",
  "cost",
  "costs",
  "costed",
  "price",
  "priced",
  // What someone is paid ("en månadslön på drygt 48 000 kronor") is what their work costs, never funding.
  "lön",
  "lönen",
  "månadslön",
  "månadslönen",
  "ingångslön",
  "ingångslönen",
  "salary",
  "salaries",
  "starting salary",
  // "I investeringsbudgeten för 2028 ingår 9,5 miljoner kronor för en ny sekvenserare": what a purchase costs.
  "investeringsbudget",
  "investeringsbudgeten",
  "investment budget",
  "capital budget",
]);
// A document correcting what it first said ("Rättelse 12 maj: …", "Correction: an earlier version …").
const CORRECTION_WORDS = compileCues([
  "rättelse",
  "rättelsen",
  "korrigering",
  "korrigeringen",
  "correction",
  "corrected",
]);
// The letters every correction word holds: most sentences are passed over by them alone, first by their words'
// table bits (`CORRECTION_PARTS`: these letters stand within one word, lower-cased one to one).
const MAY_CORRECT = /ättels|orrig|orrect/i;

/** Sentences telling what something costs, with their amounts and the years they are told of. */
export function readCosts(view: DocumentView): CostStatement[] {
  const out: CostStatement[] = [];
  const docYear = documentYear(view);
  for (const s of view.segments) {
    if (s.heading || view.amounts(s).length === 0 || view.clutter(s)) continue;
    // Read once per wording: a release's cost sentence recurs.
    const reading = view.reading(s);
    reading.costs ??= hasCue(s.text, COST_WORDS);
    if (!reading.costs) continue;
    out.push({
      amounts: stated(view, s),
      span: view.span(s.start, s.end),
      years: yearsOf(view, s, docYear(), costClauseStart(view, s)),
      opening: view.opening(),
    });
  }
  return out;
}

// "i fjol gjordes över 4 000 helgenomanalyser inom GMS, och en analys kostar i dag runt 14 000 kronor": a time
// told in an earlier clause of the sentence is that clause's, not the cost's.
const CLAUSE_BREAK = /[,;:]\s/g;

/** Where the clause telling the cost begins (the sentence's start when it is the first). */
function costClauseStart(view: DocumentView, s: Segment): number {
  const cue = findCues(view.words(s), COST_WORDS)[0];
  if (cue === undefined) return s.start;
  let start = s.start;
  for (const m of s.text.slice(0, cue.start - s.start).matchAll(CLAUSE_BREAK))
    start = s.start + m.index + m[0].length;
  return start;
}

/** Sentences telling a number of things ("7 450 helgenomanalyser", "9,000 whole-genome analyses"). */
export function readCounts(view: DocumentView): CountStatement[] {
  const out: CountStatement[] = [];
  const docYear = documentYear(view);
  for (const s of view.segments) {
    if (s.heading) continue;
    const reading = view.reading(s);
    // Read once per wording, the test whether it may hold a count too: most sentences recur.
    reading.counted ??= countedIn(s.text, view, s);
    const found = reading.counted;
    if (found.length === 0 || view.clutter(s)) continue;
    for (let k = 0; k < found.length; k += 2) {
      out.push({
        counted: view.span(s.start + (found[k] as number), s.start + (found[k + 1] as number)),
        span: view.span(s.start, s.end),
        years: yearsOf(view, s, docYear()),
        opening: view.opening(),
      });
    }
  }
  return out;
}

// How many sentences after the one saying it corrects may tell what was wrong and what is right.
const CORRECTION_SENTENCES = 3;

/** "Rättelse …": the sentence that says it corrects, the rest of its paragraph, and every amount they name. */
export function readCorrections(view: DocumentView): CorrectionStatement[] {
  // No sentence may correct where none has the correction words' letters in a word: most documents.
  if (!view.mayAny(CORRECTION_PARTS)) return [];
  const out: CorrectionStatement[] = [];
  const segments = view.segments;
  for (const s of segments) {
    const reading = view.reading(s);
    // Read once per wording: every sentence is asked, and most recur.
    reading.corrects ??=
      view.may(s, CORRECTION_PARTS) && MAY_CORRECT.test(s.text) && hasCue(s.text, CORRECTION_WORDS);
    if (!reading.corrects) continue;
    const rest = segments
      .slice(s.index + 1, s.index + 1 + CORRECTION_SENTENCES)
      .filter((n) => n.paragraph === s.paragraph && !n.heading);
    const amounts = [s, ...rest].flatMap((n) => stated(view, n));
    // A correction of a figure names one; "rättelse" of a name or a date is no money's.
    if (amounts.length === 0) continue;
    out.push({
      span: view.span(s.start, s.end),
      said: rest.map((n) => view.span(n.start, n.end)),
      amounts,
    });
  }
  return out;
}

function stated(view: DocumentView, s: Segment): StatedAmount[] {
  return view.amounts(s).map((a) => ({
    valueSek: a.valueSek,
    span: view.span(s.start + a.start, s.start + a.end),
  }));
}

const DIGIT = /\d/;
// A number, then the lower-case word it counts ("9 Hälsovård" numbers a budget line). Bounded: one number,
// one word; a number right after another number, a point, a colon, a slash or a section sign is part of
// something else (a phone number, a date, a case number).
const COUNTED =
  /(?<![\p{N}.,:/§-])(\d{1,3}(?:[ \u00a0,]\d{3})+|\d{1,7})[ \u00a0]+(\p{Ll}[\p{L}-]{0,40})/gu;
const YEAR = /^(?:19|20)\d\d$/;
// Words after a number that make it money, a share, a time or a date, not a count of things.
const NOT_COUNTED = new Set(
  `kronor kr mkr msek tkr sek miljoner miljon miljarder miljard million millions billion procent percent
  millioner millionene millionen milliarder milliard milliarden mio mia mrd kroner svenske norske danske
  år års åren året years year månader månad månaden months month veckor vecka weeks week dagar dag dagen days
  day timmar hours minuter minutes sekunder seconds kl
  januari februari mars april maj juni juli augusti september oktober november december
  january february march may june july august october
  jan feb mar apr jun jul aug sep sept okt oct nov dec`.split(/\s+/),
);

// "att anställa två bioinformatiker", "three new laboratories": a count written in words, then the lower-case
// word it counts.
const COUNTED_IN_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(${COUNT_WORDS.join("|")})[ \\u00a0]+(\\p{Ll}[\\p{L}-]{0,40})`,
  "giu",
);
const DEFINITE_PLURAL = /(?:na|ne)$/u;
const GROUP_BEFORE = /(?:^|[^\p{L}])(?:de|the|alla|all|dessa|these|those|våra|our|av|of)\s+$/iu;
// A sentence that may hold a count in words: looked for only in sentences with no digit.
const MAY_COUNT_IN_WORDS = new RegExp(COUNTED_IN_WORDS.source, "iu");
// Words after a number word that make it no count of things: "två gånger", "tre av fyra", "sju regioner" is a count.
const NOT_COUNTED_AFTER_WORD = new Set([
  "gånger",
  "times",
  "av",
  "of",
  "till",
  "to",
  "eller",
  "or",
  "och",
  "and",
]);

const NONE: readonly number[] = Object.freeze([]);

/** Whether a sentence may hold a count in words: one of its words ends in a count word, else none can match. */
function mayCountInWords(view: DocumentView, s: Segment): boolean {
  // "ſ" folds to "s" in a case-insensitive match but keeps its own lower case: such a text is matched as it is.
  if (s.text.includes("ſ")) return MAY_COUNT_IN_WORDS.test(s.text);
  return holdsCountWord(textStarts(view.reading(s)).each);
}

/** Start and end (in the text) of each number that counts things, with its word; amounts and dates are not. */
function countedIn(text: string, view: DocumentView, s: Segment): readonly number[] {
  const digits = DIGIT.test(text) ? countedInDigits(text, view, s) : NONE;
  const inWords = mayCountInWords(view, s) ? countedInWords(text, view, s) : NONE;
  return inWords.length === 0 ? digits : [...digits, ...inWords];
}

/** Counts written in words ("två bioinformatiker"): start and end of each. */
function countedInWords(text: string, view: DocumentView, s: Segment): readonly number[] {
  const found: number[] = [];
  let taken: { start: number; end: number }[] | null = null;
  // From `lastIndex` on: `matchAll` copies its regex for every sentence.
  COUNTED_IN_WORDS.lastIndex = 0;
  for (let m = COUNTED_IN_WORDS.exec(text); m !== null; m = COUNTED_IN_WORDS.exec(text)) {
    const start = m.index ?? 0;
    const word = (m[2] ?? "").toLowerCase();
    if (NOT_COUNTED.has(word) || STOPWORDS.has(word) || NOT_COUNTED_AFTER_WORD.has(word)) continue;
    // "de sju noderna", "the seven regions": a definite group named by its size, no count told.
    if (DEFINITE_PLURAL.test(word) || GROUP_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
      continue;
    // "åttiofyra miljoner", "två miljoner kronor": a number word that is part of an amount.
    const end = start + m[0].length;
    taken ??= view.amounts(s);
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    found.push(start, end);
  }
  return found;
}

/** Counts written in digits: start and end of each. */
function countedInDigits(text: string, view: DocumentView, s: Segment): readonly number[] {
  // Most numbers are money or dates, known by their next word: the sentence's amounts and dates are read after.
  let taken: { start: number; end: number }[] | null = null;
  const found: number[] = [];
  // From `lastIndex` on: `matchAll` copies its regex for every sentence with a digit.
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(text); m !== null; m = COUNTED.exec(text)) {
    const start = m.index ?? 0;
    const number = m[1] ?? "";
    const word = (m[2] ?? "").toLowerCase();
    if (YEAR.test(number) || NOT_COUNTED.has(word) || STOPWORDS.has(word)) continue;
    taken ??= [...view.amounts(s), ...view.dates(s)];
    if (taken.some((t) => t.start < start + number.length && start < t.end)) continue;
    found.push(start, start + m[0].length);
  }
  return found;
}

/** The year a document tells of (a report's year, else the year it came out), read when first asked. */
function documentYear(view: DocumentView): () => number | null {
  let year: number | null | undefined;
  return () => {
    year ??= reportYearOf(view.segments, view.clutter) ?? view.date.year;
    return year;
  };
}

// "fell to SEK 13,500, from SEK 14,000 last year", "jämfört med 5 900 i fjol": the earlier figure is set against
// the sentence's own, which is of the year told of.
const SET_AGAINST = compileCues([
  "from",
  "compared with",
  "compared to",
  "than",
  "jämfört med",
  "jämfört",
  "mot",
  "än",
  "från",
]);
// "Av redovisningen framgår att regionerna under året genomförde …": the year just told, not the page's.
const THE_YEAR = compileCues(["under året", "during the year"]);

/** The years a sentence tells: written, relative to its document's year ("i fjol"), else the document's. */
function yearsOf(
  view: DocumentView,
  s: Segment,
  reportYear: number | null,
  from = s.start,
): number[] {
  const all = view.words(s);
  const written = all.filter((w) => YEAR.test(w.word)).map((w) => Number(w.word));
  const words = from === s.start ? all : all.filter((w) => w.start >= from);
  const docYear = (written.length === 0 ? yearJustTold(view, s, words) : null) ?? reportYear;
  const found = findRelativeYears(words);
  const relative = found.flatMap((r) => relativeYears(r, written, docYear));
  // "Omkring 7 400 analyser gjordes, jämfört med 5 900 året innan": told of the document's year, the year
  // before it as well; so is a figure set against another's "last year".
  const setAgainst = (r: RelativeYear) =>
    r.from < 0 && findCues(words, SET_AGAINST).some((c) => c.end <= r.start);
  const own =
    written.length === 0 && docYear !== null && found.some((r) => r.beforeStated || setAgainst(r));
  const told = [...new Set([...(own ? [docYear] : []), ...written, ...relative])];
  return told.length > 0 ? told : docYear === null ? [] : [docYear];
}

function relativeYears(
  r: RelativeYear,
  written: readonly number[],
  docYear: number | null,
): number[] {
  // "jämfört med drygt 5 800 året innan": the year before the one the sentence writes.
  const base = r.beforeStated ? (written[0] ?? docYear) : docYear;
  if (base === null) return [];
  return Array.from({ length: r.to - r.from + 1 }, (_, i) => base + r.from + i);
}

/**
 * "Region Skånes redovisning för 2026 kom in … Av redovisningen framgår att regionerna under året genomförde …":
 * "under året" is the one year the sentence before it (in its paragraph) writes on its own, outside a date.
 */
function yearJustTold(view: DocumentView, s: Segment, words: readonly Token[]): number | null {
  if (findCues(words, THE_YEAR).length === 0) return null;
  const before = s.index > 0 ? view.segments[s.index - 1] : undefined;
  if (before === undefined || before.heading) return null;
  if (PARAGRAPH_BREAK.test(view.doc.text.slice(before.end, s.start))) return null;
  const inDates = view.dates(before).filter((d) => d.kind === "date");
  const years = new Set(
    view
      .words(before)
      .filter((w) => YEAR.test(w.word))
      .filter((w) => {
        const at = w.start - before.start;
        return !inDates.some((d) => d.start <= at && at < d.end);
      })
      .map((w) => Number(w.word)),
  );
  return years.size === 1 ? ([...years][0] as number) : null;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
