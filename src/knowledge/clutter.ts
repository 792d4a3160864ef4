import { compileCues, findCues } from "./cues.js";
import { cacheByKey } from "./key-cache.js";
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
]);

/** Words anywhere in a line that mark it as a banner or caption. */
const LINE_MARKERS = compileCues([
  "cookies",
  "kakor",
  "kakpolicy",
  "foto",
  "photo",
  "alla rättigheter",
  "all rights",
]);

/** A heading that opens a list of links: every line after it, to the paragraph's end, is clutter. */
const LIST_HEADINGS = compileCues([
  "relaterade artiklar",
  "relaterat",
  "related",
  "related articles",
  "fler nyheter",
  "mer om",
  "mest läst",
  "most read",
  "läs vidare",
]);

// "Av Karin Holmqvist", "By Anna Lindgren | 18 December 2026": a short byline, not a sentence that opens with "av".
const BYLINE_WORDS = 8;

// The title and the ledger both ask for a document's clutter lines.
const CLUTTER_CACHE_MAX = 64;

/** Offsets [start, end) of each clutter line in `text` (shared by every reader: never change it). */
export const clutterRanges: (text: string) => Array<[number, number]> = cacheByKey(
  findClutter,
  CLUTTER_CACHE_MAX,
);

function findClutter(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let inList = false;
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = lineRe.exec(text); m && m[0] !== ""; m = lineRe.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, "");
    if (line.trim() === "") {
      inList = false;
      continue;
    }
    // Only a line's first words and whether it has more than six are asked for: read no further.
    const tokens = words(line, HEAD_WORDS);
    const clutter = inList || isClutterLine(line, tokens);
    if (!inList && startsWith(tokens, LIST_HEADINGS) && tokens.length <= 4) inList = true;
    if (clutter || inList) out.push([m.index, m.index + line.length]);
  }
  return out;
}

/** The line's first words are one of the phrases. */
function startsWith(
  tokens: readonly WordToken[],
  matcher: ReturnType<typeof compileCues>,
): boolean {
  const first = tokens[0];
  if (!first) return false;
  return findCues(tokens.slice(0, 4), matcher).some((h) => h.start === first.start);
}

// Words that open a byline rather than a sentence ("Av Karin Holmqvist", "Text: Sara Nyström").
const BYLINE_OPENERS = new Set(["av", "by", "text", "start", "bild"]);

/** The first words of a line that `isClutterLine` reads: enough to tell a line of more than six. */
const HEAD_WORDS = 7;

/** Whether a line is clutter, from its first `HEAD_WORDS` words (`head`). */
function isClutterLine(line: string, head: readonly WordToken[]): boolean {
  const trimmed = line.trim();
  if (/^[©]/.test(trimmed)) return true;
  const marked = findCues(line, LINE_MARKERS).length > 0;
  if (
    marked &&
    (/foto:|photo:/i.test(line) || !/[.!?]\s*$/.test(trimmed) || words(line).length <= 30)
  ) {
    return true;
  }
  if (isNavigation(trimmed)) return true;
  if (isAllCaps(trimmed, head.length)) return true;
  if (!startsWith(head, LINE_OPENERS)) return false;
  // "Av medlen ska …" is a sentence; "Av Karin Holmqvist" is a byline.
  if (BYLINE_OPENERS.has(head[0]?.word ?? "")) return isByline(trimmed);
  return true;
}

/** "Nyheter | Debatt | Jobb", "Start > Nyheter > Skåne": site navigation. */
function isNavigation(line: string): boolean {
  const separators = line.match(/\s[|·>/]\s/g)?.length ?? 0;
  return (
    separators >= 2 && !/[.!?]$/.test(line) && !/\d[\s\u00A0]*(?:kronor|miljon|kr\b)/i.test(line)
  );
}

/** "VÅRDVÄRLDEN IDAG", "MEST LÄST": a site name or section label in capitals. */
function isAllCaps(line: string, wordCount: number): boolean {
  if (wordCount > 6) return false;
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}

function isByline(line: string): boolean {
  const rest = line.replace(/^\S+:?\s+/, "");
  const tokens = rest.split(/\s+/).filter((t) => t !== "" && t !== "|");
  if (tokens.length === 0 || tokens.length > BYLINE_WORDS) return false;
  return /^\p{Lu}/u.test(tokens[0] ?? "") && !/[.!?:]$/.test(line);
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
