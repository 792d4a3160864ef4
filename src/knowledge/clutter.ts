import { compileCues, findCues, mayHoldAnywhere } from "./cues.js";
import { cacheByKey } from "./key-cache.js";
import { firstNonSpace, lineEnd, nextLine } from "./lines.js";
import { wordEnd, wordStart } from "./word-chars.js";
import { type WordToken, words } from "./words.js";

// Web-page clutter around an article: banners, ads, captions, bylines, link lists. Such lines never
// yield facts or titles. One phrase a line; a line that starts with one is clutter.
const LINE_OPENERS = compileCues([
  "annons",
  "advertisement",
  "annonsörer",
  "foto",
  "bildtext",
  "bild",
  "photo",
  "läs också",
  "läs mer",
  "read more",
  "read also",
  "dela",
  "share",
  "prenumerera",
  "subscribe",
  "logga in",
  "log in",
  "tips",
  "kommentarer",
  "frågor om innehållet",
  "acceptera",
  "godkänn",
  "endast nödvändiga",
  "din webbläsare",
  "your browser",
  "publicerad",
  "uppdaterad",
  "published",
  "updated",
  "text",
  "av",
  "by",
  "start",
  "kontakta redaktionen",
  // A page's accessibility link above its menu ("Skip to main content", "Hoppa till huvudinnehållet").
  "skip to",
  "hoppa till",
  "gå direkt till",
  // An encyclopedia's tagline under the article's name, and its page footer.
  "från wikipedia",
  "from wikipedia",
  "sidan redigerades",
  "sidan ändrades",
  "this page was last edited",
  "texten är tillgänglig",
  "text is available",
]);

/** Words anywhere in a line that mark it as a banner or caption. */
const LINE_MARKERS = compileCues([
  "cookies",
  "kakor",
  // "Obs! Din webbläsare är för gammal …", "Du använder en föråldrad webbläsare": a browser warning.
  "din webbläsare",
  "föråldrad webbläsare",
  "your browser",
  "outdated browser",
  "kakpolicy",
  "foto",
  "photo",
  "alla rättigheter",
  "all rights",
]);

/** A heading that opens a list of links: every line after it, to the paragraph's end, is clutter. */
const LIST_HEADINGS = compileCues([
  "relaterade artiklar",
  "relaterade nyheter",
  "relaterat",
  // An encyclopedia's reference list: titles of the sources it cites, each with its own amounts.
  "referenser",
  "noter",
  "fotnoter",
  "källförteckning",
  "källor",
  "references",
  "sources",
  "footnotes",
  "related",
  "related articles",
  "fler nyheter",
  // A post's "Fler inlägg från Karin Berglund", "More articles by …": titles of other posts, each with its amounts.
  "fler inlägg",
  "fler artiklar",
  "more articles",
  "more posts",
  "mer om",
  "mest läst",
  "most read",
  "läs vidare",
  // Alone on their line, they head a list of links ("Read more" / "- SciLifeLab receives SEK 45 million …").
  "läs mer",
  "läs också",
  "read more",
  "read also",
  "see also",
  "se även",
]);

// Marks that open a bulleted list item ("* ", "- ", "• "); a dash before a quote ("– Det här …") is none.
const BULLETS = new Set(["*", "-", "•"]);

// "1. Simhallen i Lund blir 60 miljoner dyrare" under "Mest läst": a numbered item opens a list too.
const NUMBERED_ITEM = /^\d{1,2}[.)]\s/;

/** The line's text at `lead` opens a list item: a bullet or a number ("1. ", "2) "). */
function opensListItem(text: string, lead: number): boolean {
  return BULLETS.has(text[lead] ?? "") || NUMBERED_ITEM.test(text.slice(lead, lead + 4));
}

/** The line starting at `start` is blank (or the text ends there). */
function isBlankLine(text: string, start: number): boolean {
  const end = lineEnd(text, start);
  return firstNonSpace(text, start, end) === end;
}

// "Av Karin Holmqvist", "By Anna Lindgren | 18 December 2026": a short byline, not a sentence that opens with "av".
const BYLINE_WORDS = 8;

// Read once per document in a load: the facts, the passages and the title finder all ask for it.
const CLUTTER_CACHE_MAX = 64;

/** Offsets [start, end) of each clutter line in `text` (shared: never changed by the caller). */
export const clutterRanges: (text: string) => ReadonlyArray<[number, number]> = cacheByKey(
  findClutter,
  CLUTTER_CACHE_MAX,
);

function findClutter(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let inList = false;
  // A list heading alone in its paragraph ("Läs också", a blank line, then "* …" link lines).
  let headingAlone = false;
  // Most documents hold no banner word anywhere: then no line of them need be looked through for one.
  const marks = mayHoldAnywhere(text, LINE_MARKERS);
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    const next = nextLine(text, end);
    const lead = firstNonSpace(text, start, end);
    if (lead === end) {
      inList = false;
      start = next;
      continue;
    }
    // The heading's list goes on past the blank line when the next paragraph opens with a bullet.
    if (headingAlone && opensListItem(text, lead)) inList = true;
    headingAlone = false;
    const line = text.slice(start, end);
    const head = new LineHead(line, firstWordOf(text, lead, end));
    const clutter = inList || isClutterLine(line, head, marks);
    if (!inList && startsWith(head, LIST_HEADINGS, LIST_OPENERS) && listHeadingLength(head)) {
      inList = true;
      headingAlone = isBlankLine(text, next);
    }
    if (clutter || inList) out.push([start, end]);
    start = next;
  }
  return out;
}

/** The line's first word in lower case, read off the text (null: none; undefined: left to `LineHead`). */
function firstWordOf(text: string, lead: number, end: number): string | null | undefined {
  const at = wordStart(text, lead);
  if (at < 0) return undefined;
  if (at >= end) return null;
  const stop = wordEnd(text, at);
  return stop < 0 || stop > end ? undefined : text.slice(at, stop).toLowerCase();
}

// Any word of a line, to find its first: a line that opens with no phrase's first word needs no more.
const FIRST_WORD = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*-?/u;

/** A line's first words, read only as far as asked (most lines are asked only their first word). */
class LineHead {
  private words: WordToken[] | null = null;
  constructor(
    private readonly line: string,
    private firstWord: string | null | undefined,
  ) {}

  /** The whole line. */
  text(): string {
    return this.line;
  }

  /** The first `HEAD_WORDS` words, as `words(line, HEAD_WORDS)`. */
  tokens(): WordToken[] {
    this.words ??= words(this.line, HEAD_WORDS);
    return this.words;
  }

  /** The first word in lower case, or null for a line without words. */
  first(): string | null {
    if (this.firstWord === undefined) {
      this.firstWord = this.words
        ? (this.words[0]?.word ?? null)
        : (FIRST_WORD.exec(this.line)?.[0].toLowerCase() ?? null);
    }
    return this.firstWord;
  }
}

// "Fler inlägg från Karin Berglund", "More articles by Eva Ek": a list heading may name whose list it is.
const WHOSE = new Set(["från", "av", "by", "from"]);

/** A list heading is short: four words, or its two words and whose ("Fler inlägg från Eva Ek"). */
function listHeadingLength(head: LineHead): boolean {
  const tokens = head.tokens();
  if (tokens.length <= 4) return true;
  const whose = tokens.findIndex((t) => WHOSE.has(t.word));
  return whose >= 1 && whose <= 2 && tokens.length - whose <= 4 && !DIGIT.test(head.text());
}
const DIGIT = /\d/;

/**
 * The first word of each phrase of a table: a line that opens with none of them opens with no phrase.
 * Null when a phrase opens with a prefix ("medfinansier*"): then any line may.
 */
function openers(matcher: ReturnType<typeof compileCues>): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const list of matcher.byInitial.values()) {
    for (const c of list) {
      const part = c.parts[0];
      if (!part || part.prefix) return null;
      out.add(part.word);
    }
  }
  return out;
}

const LINE_OPENER_WORDS = openers(LINE_OPENERS);
const LIST_OPENERS = openers(LIST_HEADINGS);

/** The phrases of one whole word: a line whose first word is one opens with a phrase, its words unread. */
function oneWordPhrases(matcher: ReturnType<typeof compileCues>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of matcher.byInitial.values()) {
    for (const c of list)
      if (c.parts.length === 1 && c.parts[0]?.prefix === false) out.add(c.parts[0].word);
  }
  return out;
}

const ONE_WORD = new Map([LINE_OPENERS, LIST_HEADINGS].map((m) => [m, oneWordPhrases(m)]));

/** The line's first words are one of the phrases (`first`: the first words of its phrases). */
function startsWith(
  head: LineHead,
  matcher: ReturnType<typeof compileCues>,
  first: ReadonlySet<string> | null,
): boolean {
  const word = head.first();
  if (word === null || first?.has(word) === false) return false;
  if (ONE_WORD.get(matcher)?.has(word)) return true;
  const tokens = head.tokens();
  const opening = tokens[0];
  if (!opening) return false;
  return findCues(tokens.slice(0, 4), matcher).some((h) => h.start === opening.start);
}

// Words that open a byline rather than a sentence ("Av Karin Holmqvist", "Text: Sara Nyström").
const BYLINE_OPENERS = new Set(["av", "by", "text", "start", "bild"]);

/** The first words of a line that `isClutterLine` reads: enough to tell a line of more than six. */
const HEAD_WORDS = 7;

/** Whether a line is clutter, from its first `HEAD_WORDS` words (`head`); `marks`: the document may hold a banner word. */
function isClutterLine(line: string, head: LineHead, marks: boolean): boolean {
  const trimmed = line.trim();
  if (trimmed.startsWith("©")) return true;
  const marked = marks && findCues(line, LINE_MARKERS).length > 0;
  if (
    marked &&
    (/foto:|photo:/i.test(line) || !/[.!?]\s*$/.test(trimmed) || words(line).length <= 30)
  ) {
    return true;
  }
  if (isNavigation(trimmed)) return true;
  if (isPageMarker(trimmed)) return true;
  if (isAllCaps(trimmed, head)) return true;
  if (!startsWith(head, LINE_OPENERS, LINE_OPENER_WORDS)) return false;
  // "Av medlen ska …" is a sentence; "Av Karin Holmqvist" is a byline.
  if (BYLINE_OPENERS.has(head.first() ?? "")) return isByline(trimmed);
  return true;
}

// Made once (a literal is a new object per call), `lastIndex` reset per line.
const SEPARATOR = /\s[|·>/]\s/g;
const STOP_AT_END = /[.!?]$/;
// "16 mnkr · barncancer 12 mnkr": a facts box's amounts set apart by dots are no site navigation.
const MONEY =
  /\d[\s\u00A0]*(?:kronor|miljon|miljard|mnkr\b|mkr\b|tkr\b|msek\b|kr\b|million|billion)/i;

// A page's running header or footer ends with its page number: "Sida 2 (4)", "Sida 84 av 212", "Page 3 of 9".
const PAGE_NUMBER =
  /(?:^|[\s|·])(?:sida|page|s\.)[ \t]{1,3}\d{1,4}[ \t]{0,3}(?:\(\d{1,4}\)|(?:av|of)[ \t]{1,3}\d{1,4})$/i;
const PAGE_LINE_MAX = 100;

/** "Regeringskansliet   Sida 2 (4)": a page header or footer of text taken from a PDF. */
function isPageMarker(line: string): boolean {
  return line.length <= PAGE_LINE_MAX && PAGE_NUMBER.test(line);
}

/** "Nyheter | Debatt | Jobb", "Start > Nyheter > Skåne": site navigation. */
function isNavigation(line: string): boolean {
  return twoSeparators(line) && !STOP_AT_END.test(line) && !MONEY.test(line);
}

/** Whether `line.match(SEPARATOR)` finds two or more, counted no further than that. */
function twoSeparators(line: string): boolean {
  SEPARATOR.lastIndex = 0;
  return SEPARATOR.test(line) && SEPARATOR.test(line);
}

const SMALL_LETTER = /[a-zåäö]/;

/** "VÅRDVÄRLDEN IDAG", "MEST LÄST": a site name or section label in capitals. */
function isAllCaps(line: string, head: LineHead): boolean {
  // A small letter of Swedish or English is never its own capital: most lines end here, their words unread.
  if (SMALL_LETTER.test(line) || head.tokens().length > 6) return false;
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}

// The runs `split(/\s+/)` leaves, found by where they end: no match is made per word of a sentence.
const SPACE = /\s/g;
const CAPITAL_AT = /\p{Lu}/uy;

/** Where the run of non-space starting at `at` ends. */
function nonSpaceEnd(text: string, at: number): number {
  SPACE.lastIndex = at;
  return SPACE.test(text) ? SPACE.lastIndex - 1 : text.length;
}

function isByline(line: string): boolean {
  const rest = line.replace(/^\S+:?\s+/, "");
  let first = -1;
  let count = 0;
  for (let at = firstNonSpace(rest, 0, rest.length); at < rest.length; ) {
    const end = nonSpaceEnd(rest, at);
    if (end !== at + 1 || rest[at] !== "|") {
      if (++count > BYLINE_WORDS) return false;
      if (first < 0) first = at;
    }
    at = firstNonSpace(rest, end, rest.length);
  }
  if (first < 0) return false;
  CAPITAL_AT.lastIndex = first;
  return CAPITAL_AT.test(rest) && !/[.!?:]$/.test(line);
}

/** Whether a span lies on a clutter line (ranges sorted by start). */
export function inClutter(ranges: ReadonlyArray<[number, number]>, start: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (!r) return false;
    if (start < r[0]) hi = mid - 1;
    else if (start >= r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
