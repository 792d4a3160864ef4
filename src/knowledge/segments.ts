import { MONTHS } from "./date-words.js";
import { cacheByKey } from "./key-cache.js";
import { firstNonSpace, lineEnd, nextLine } from "./lines.js";
import { keepReadings, readingOf, type SentenceReading } from "./sentence-readings.js";
import { STOPWORDS } from "./stopwords.js";
import { isDigitAt } from "./word-chars.js";

/** A sentence (or headline, or list item) of a document, with its exact offsets. */
export interface Segment {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the blank-line-separated paragraph it belongs to. */
  paragraph: number;
  /** A short line of its own without closing punctuation: a headline. */
  heading: boolean;
  /** A list item ("* …", "- …", "1. …"); the marker is not part of the text. */
  bullet: boolean;
}

// Abbreviations whose full stop does not end a sentence (Swedish and English).
const ABBREVIATIONS = new Set([
  "t.ex",
  "bl.a",
  "m.m",
  "s.k",
  "dvs",
  "ca",
  "kl",
  "nr",
  "resp",
  "jfr",
  "osv",
  "m.fl",
  "fr.o.m",
  "t.o.m",
  "d.v.s",
  "e.g",
  "i.e",
  "etc",
  "vs",
  "mr",
  "mrs",
  "dr",
  "st",
  "prof",
  "milj",
  "mdr",
  "mkr",
]);
const BULLET = /^(?:[*•\-–]|\d{1,2}[.)])\s+/;
const NUMBERED = /^\d/;
const PROSE_MIN_WORDS = 10;

/** A line of full sentences: ten words or more, closed by a full stop. */
function isProse(body: string): boolean {
  return endsClosed(body) && !fewWords(body, PROSE_MIN_WORDS - 1);
}
// "Totalt: 70 mkr" under a list is its whole, no item of it.
// An aligned table's row ("Totalt  18 000 000 kr") sets its cells apart by a tab or two spaces or more.
const TOTAL_LABEL = /^\|?\s{0,3}(?:totalt|summa|sammanlagt|total|sum)(?:\s*[:|]|\t|[ \t]{2,})/iu;
// A line that is a label and an amount only ("Region Skåne: 10 mkr", a table row "Barncancer | 10 mnkr",
// "2026 | 9 000 000 kronor", "Barncancer: 10 mnkr – fortsatt arbete …", an aligned row "2026    9 000 000 kr",
// a row's bracketed remark after it "(förutsatt att …)"): an item of a list without markers.
const LABELLED_AMOUNT =
  /^(?:\|[ \t]{0,3})?(?:\p{Lu}[\p{L}\p{N} .&-]{1,60}?|(?:19|20)\d{2})(?:[ \t]{0,3}[:|][ \t]{0,3}|\t[ \t]*|[ \t]{2,})(?:SEK[ \t]?)?\d[\d \u00a0,.]{0,15}(?:mkr|mnkr|msek|miljoner(?: kronor)?|miljon|tkr|kr|kronor|sek|m|million)\.?(?:[ \t]{0,3}\||[ \t][–—-][ \t][^\n]{0,400}|[ \t]{1,3}\([^()\n]{1,120}\))?$/iu;
const HEADING_MAX_WORDS = 16;

// The budget, the ledger, the statements and the passages all read a document's sentences: split it once.
const SEGMENT_CACHE_MAX = 64;

/**
 * Splits a document into sentences, headlines and list items, keeping exact offsets. The result is shared
 * by every reader of the same text: never change it.
 */
export const segment: (text: string) => Segment[] = cacheByKey(splitText, SEGMENT_CACHE_MAX);

function splitText(text: string): Segment[] {
  const out: Segment[] = [];
  const readings: SentenceReading[] = [];
  let paragraph = 0;
  let previousBlank = true;
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    const lead = firstNonSpace(text, start, end);
    if (lead === end) {
      if (!previousBlank) paragraph += 1;
      previousBlank = true;
    } else {
      previousBlank = false;
      // A line wrapped inside its sentence (text from a PDF, a hard-wrapped e-mail) reads as one line.
      let last = end;
      for (let from = lead; wrapsOn(text, from, last) || numberWrapsOn(text, last); ) {
        from = nextLine(text, last);
        last = lineEnd(text, from);
      }
      splitLine(text, lead, text.slice(lead, last).trimEnd(), paragraph, out, readings);
      start = nextLine(text, last);
      continue;
    }
    start = nextLine(text, end);
  }
  keepReadings(out, readings);
  return out;
}

// A wrapped line is a long one: short lines without a stop are headlines and list rows, each its own.
const WRAPPED_MIN_CHARS = 50;
const LOWER_START = /^[ \t]*\p{Ll}/u;

/**
 * The line ending at `end` runs on into the next: it is long, has no closing punctuation and is no list
 * item, and the next line goes on in lower case ("… för arbete" / "inom Genomic Medicine Sweden …").
 */
function wrapsOn(text: string, lineStart: number, end: number): boolean {
  // Most lines are short or end a sentence: ruled out before any copy is made.
  if (end >= text.length || end - lineStart < WRAPPED_MIN_CHARS) return false;
  const next = nextLine(text, end);
  const following = text.slice(next, Math.min(text.length, next + FOLLOWING_PEEK));
  const lower = LOWER_START.test(following);
  if (!lower && !DIGIT_START.test(following)) return false;
  const line = text.slice(lineStart, end).trim();
  if (line.length < WRAPPED_MIN_CHARS || endsClosed(line) || BULLET.test(line)) return false;
  // A next line opening with a number goes on only after a word no sentence ends with ("senast den 31
  // mars" / "2031. …", "betala ut" / "40 000 000 kronor"): a function word or a month name.
  return lower || (!BULLET.test(following.trimStart()) && endsOpen(line));
}

const DIGIT_START = /^[ \t]*\d/;
// The last word of a line, as letters.
const LAST_WORD = /\p{L}+$/u;

// Words an amount follows inside its sentence: "betala ut" / "94 000 000 kronor", "använda högst" / "250 000".
const BEFORE_AMOUNT = new Set(
  "ut högst minst drygt knappt cirka omkring ungefär nästan totalt sammanlagt upp".split(" "),
);

/** The line ends in a word that leaves its sentence open: a function word, a month name, a word before an amount. */
function endsOpen(line: string): boolean {
  const word = LAST_WORD.exec(line.slice(-LAST_WORD_PEEK))?.[0]?.toLowerCase() ?? "";
  return STOPWORDS.has(word) || MONTHS.has(word) || BEFORE_AMOUNT.has(word);
}

// Enough of a line's end to hold its last word.
const LAST_WORD_PEEK = 24;

// The next line opens with a group of three digits and a word: "000 kronor för …".
const GROUP_GOES_ON = /[ \t]{0,4}\d{3}[ \t]{1,4}\p{L}/uy;

/**
 * The line ending at `end` ends in the first groups of a number the next line finishes, as a PDF wraps
 * "14 000" / "000 kronor": a digit group after a space ends the line, three digits and a word open the next.
 */
function numberWrapsOn(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i -= 1;
  let digits = 0;
  while (digits < 4 && isDigitAt(text, i - 1 - digits)) digits += 1;
  if (digits === 0 || digits > 3 || !NUMBER_SPACE.has(text[i - 1 - digits] ?? "")) return false;
  if (end >= text.length) return false;
  GROUP_GOES_ON.lastIndex = nextLine(text, end);
  return GROUP_GOES_ON.test(text);
}

// The spaces that part a number's groups ("14 000").
const NUMBER_SPACE = new Set([" ", "\u00a0", "\u202f", "\u2009"]);

// Enough of the next line to see how it starts.
const FOLLOWING_PEEK = 8;

/** `LABELLED_AMOUNT` of a line, run only on a line with its colon or bar: it tries up to 60 units at a prose line's start. */
function labelledAmount(body: string): boolean {
  return (
    (body.includes(":") || body.includes("|") || body.includes("\t") || body.includes("  ")) &&
    LABELLED_AMOUNT.test(body)
  );
}

/** A line's sentences; `trimmed` is the line without its edge spaces, starting at `bodyStart` in `text`. */
function splitLine(
  text: string,
  bodyStart: number,
  trimmed: string,
  paragraph: number,
  out: Segment[],
  readings: SentenceReading[],
): void {
  let body = trimmed;
  let start = bodyStart;
  const bullet = BULLET.exec(body);
  if (bullet) {
    start += bullet[0].length;
    body = body.slice(bullet[0].length);
  }
  // "1. Regeringen uppdrar åt … ." numbers a decision's paragraph of prose: no item of a list.
  const numberedProse = bullet !== null && NUMBERED.test(bullet[0]) && isProse(body);
  const item =
    (bullet !== null && !numberedProse) || (labelledAmount(body) && !TOTAL_LABEL.test(body));
  const isHeading = !item && !endsClosed(body) && fewWords(body, HEADING_MAX_WORDS);
  const line: Line = { text, start, paragraph, heading: isHeading, bullet: item };
  let begin = 0;
  const stop = lowerCaseWriter(body) ? STOP_BEFORE_ANY : STOP;
  stop.lastIndex = 0;
  // Sentence boundaries inside the line: a stop, then space, then something that can open a sentence.
  for (let m = stop.exec(body); m; m = stop.exec(body)) {
    if (m[0].startsWith(".") && isAbbreviation(body, m.index)) continue;
    // "GMS co-funding ........ SEK 1.2 million": a fact box's dot leader joins a label to its value.
    if (m[0].startsWith("....")) continue;
    const end = m.index + m[0].length;
    addSentence(line, begin, end, out, readings);
    begin = end;
    while (begin < body.length && SPACE.test(body[begin] ?? "")) begin += 1;
  }
  // The body ends in no space (it is trimmed, as `\s` reads space): the rest of it is the last sentence.
  if (begin < body.length) addSentence(line, begin, body.length, out, readings);
}

/** What a line's sentences share; `start` is where its body (past any list marker) starts in `text`. */
interface Line {
  text: string;
  start: number;
  paragraph: number;
  heading: boolean;
  bullet: boolean;
}

/** The sentence [s, e) of the line's body, with its record. */
function addSentence(
  line: Line,
  s: number,
  e: number,
  out: Segment[],
  readings: SentenceReading[],
): void {
  // One record per wording: every later reading of the sentence is kept on it, found by index.
  const reading = readingOf(line.text.slice(line.start + s, line.start + e));
  readings.push(reading);
  out.push({
    index: out.length,
    start: line.start + s,
    end: line.start + e,
    text: reading.text,
    paragraph: line.paragraph,
    heading: line.heading,
    bullet: line.bullet,
  });
}

const CLOSING = new Set([".", "!", "?", ":", ";"]);
const QUOTE_OR_PAREN = new Set(['"', "”", "»", ")"]);

/** Whether a line ends with closing punctuation, maybe inside a quote or parenthesis (/[.!?:;]["”»)]?$/). */
function endsClosed(body: string): boolean {
  const last = body[body.length - 1] ?? "";
  if (CLOSING.has(last)) return true;
  return QUOTE_OR_PAREN.has(last) && CLOSING.has(body[body.length - 2] ?? "");
}

// Runs of white space as /\s+/ finds them: the body is trimmed, so its words are one more than its runs.
const SPACE_RUN = /\s+/g;

/** Whether `body.split(/\s+/)` has at most `max` words, counted no further than that. */
function fewWords(body: string, max: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let words = 1;
  while (SPACE_RUN.test(body)) if (++words > max) return false;
  return true;
}

// A stop, then space, then what can open a sentence; made once, its `lastIndex` reset per line. An
// encyclopedia's footnote marks after the stop ("… 3,5 miljoner kronor.[2] Året därpå …") end the sentence with it.
const STOP = /[.!?]+["”»)]?(?:\[\d{1,3}\]){0,4}(?=\s+["“«(–—-]?[\p{Lu}\d])/gu;
const SPACE = /\s/;
// A writer who never capitalises ("region halland får 2,1 miljoner … i år. pengarna ska gå till …"): a stop before
// any letter ends the sentence (abbreviations still do not).
const STOP_BEFORE_ANY = /[.!?]+["”»)]?(?:\[\d{1,3}\]){0,4}(?=\s+["“«(–—-]?[\p{L}\d])/gu;
const STOP_THEN_CAPITAL = /[.!?]\s+["“«(–—-]?\p{Lu}/u;
const OPENING_MARKS = new Set(['"', "“", "«", "(", "–", "—", "-"]);

/** A line that opens in lower case and never starts a sentence with a capital (the line read again only then). */
function lowerCaseWriter(body: string): boolean {
  const first = OPENING_MARKS.has(body[0] ?? "") ? body[1] : body[0];
  if (first === undefined || first === first.toUpperCase() || first !== first.toLowerCase())
    return false;
  return !STOP_THEN_CAPITAL.test(body);
}

// The letters and dots before a stop, and leading dots: made once, not per stop.
const WORD_BEFORE_STOP = /([\p{L}.]+)$/u;
const LEADING_DOTS = /^\.+/;

function isAbbreviation(body: string, dot: number): boolean {
  const word =
    WORD_BEFORE_STOP.exec(body.slice(Math.max(0, dot - 12), dot))?.[1]?.toLowerCase() ?? "";
  if (word.length === 1) return true; // an initial: "A. Andersson"
  return ABBREVIATIONS.has(word.replace(LEADING_DOTS, ""));
}
