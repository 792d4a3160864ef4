// Where a word ends, as /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*-?/u reads it, found by a loop over the text's
// units instead of a regex match per word. Each unit is classed once, by the regex's own class.
const WORD_UNIT = /[\p{L}\p{N}]/u;
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** Half of an astral character (𝐀 is a letter): the loop leaves such a text to the regex. */
const SURROGATE = 3;

/** A unit's kind, found once by the regex: `hit` when `unit` matches it, else OTHER; kept in `table`. */
function classify(table: Uint8Array, unit: RegExp, hit: number, code: number): number {
  const kind = unit.test(String.fromCharCode(code)) ? hit : OTHER;
  table[code] = kind;
  return kind;
}

/**
 * `text` itself, known to the optimising compiler for a string. Strings of many kinds (sliced, joined, two-byte)
 * pass the readers, and where more than four kinds were met a `text.length` or `text.charCodeAt` is a generic
 * property look-up each time: after this they are read directly. (`"" + text` compiles to a check that it is a
 * string; `String(text)` and a template would call a built-in each time.)
 */
export function asString(text: string): string {
  // biome-ignore lint/style/useTemplate: the concatenation is the point (see above)
  return "" + text;
}

// Read per character of every sentence: plain functions over the tables, small enough to be inlined.
const WORD_KINDS = new Uint8Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);

function kindOf(code: number): number {
  const kind = WORD_KINDS[code];
  if (kind === UNKNOWN) return classify(WORD_KINDS, WORD_UNIT, WORD, code);
  return kind ?? OTHER;
}

const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

/** Where the next word starts at or after `from` (text.length: none); -1 when an astral character comes first. */
export function wordStart(input: string, from: number): number {
  const text = asString(input);
  const length = text.length;
  for (let i = from; i < length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === WORD) return i;
    if (kind === SURROGATE) return -1;
  }
  return length;
}

/** Where the word starting at `at` ends, a hyphen at its end kept ("bröst-"); -1 at an astral character. */
export function wordEnd(input: string, at: number): number {
  const text = asString(input);
  const length = text.length;
  let i = at;
  for (;;) {
    for (; i < length; i++) {
      const kind = kindOf(text.charCodeAt(i));
      if (kind === SURROGATE) return -1;
      if (kind !== WORD) break;
    }
    // No unit read past the end: optimised code that met one would be thrown away, with its callers.
    if (i >= length) return i;
    const code = text.charCodeAt(i);
    if ((code === HYPHEN || code === EN_DASH) && i + 1 < length) {
      const next = kindOf(text.charCodeAt(i + 1));
      if (next === SURROGATE) return -1;
      if (next === WORD) {
        i += 1;
        continue;
      }
    }
    return code === HYPHEN ? i + 1 : i;
  }
}

/**
 * The last run of letters and digits in `text`, as `text.split(/[^\p{L}\p{N}]+/u)` leaves it last ("" for none);
 * null when an astral character stands in it or after it (left to the regex).
 */
export function lastWordRun(input: string): string | null {
  const text = asString(input);
  let i = text.length - 1;
  let kind = OTHER;
  for (; i >= 0; i--) {
    kind = kindOf(text.charCodeAt(i));
    if (kind !== OTHER) break;
  }
  if (kind === SURROGATE) return null;
  const end = i + 1;
  for (; i >= 0; i--) {
    kind = kindOf(text.charCodeAt(i));
    if (kind !== WORD) break;
  }
  return kind === SURROGATE && i >= 0 ? null : text.slice(i + 1, end);
}

// Letter runs and ASCII digits, as /\p{L}+|\d/u reads them (the amount and date scans), by the same kind of loop.
const LETTER_UNIT = /\p{L}/u;
const LETTER = 1;
const DIGIT = 4;
const LETTER_KINDS = new Uint8Array(0x10000)
  .fill(SURROGATE, 0xd800, 0xe000)
  .fill(DIGIT, 0x30, 0x3a);

function letterKindOf(code: number): number {
  const kind = LETTER_KINDS[code];
  if (kind === UNKNOWN) return classify(LETTER_KINDS, LETTER_UNIT, LETTER, code);
  return kind ?? OTHER;
}

/** Where the next letter or ASCII digit is at or after `from` (text.length: none); -1 when an astral character comes first. */
export function letterOrDigitStart(input: string, from: number): number {
  const text = asString(input);
  const length = text.length;
  for (let i = from; i < length; i++) {
    const kind = letterKindOf(text.charCodeAt(i));
    if (kind === LETTER || kind === DIGIT) return i;
    if (kind === SURROGATE) return -1;
  }
  return length;
}

/** Where the run of letters (or of ASCII digits) starting at `at` ends; -1 at an astral character. */
export function runEnd(input: string, at: number): number {
  const text = asString(input);
  const first = letterKindOf(text.charCodeAt(at));
  const length = text.length;
  for (let i = at + 1; i < length; i++) {
    const kind = letterKindOf(text.charCodeAt(i));
    if (kind === SURROGATE) return -1;
    if (kind !== first) return i;
  }
  return length;
}

// The three below are asked just past a text's end (after a number, a word): that is no unit, read as none.
// Reading it would throw away the optimised code of each reader that inlined them, once it first happened.
function inside(text: string, at: number): boolean {
  return at >= 0 && at < text.length;
}

/** The letter kind of the unit at `at` (OTHER outside the text). */
function letterKindAt(input: string, at: number): number {
  const text = asString(input);
  return inside(text, at) ? letterKindOf(text.charCodeAt(at)) : OTHER;
}

/** True when the unit at `at` is a letter of the BMP (/\p{L}/u). */
export function isLetterAt(text: string, at: number): boolean {
  return letterKindAt(text, at) === LETTER;
}

/** True when the unit at `at` is half of an astral character. */
export function isSurrogateAt(text: string, at: number): boolean {
  return letterKindAt(text, at) === SURROGATE;
}

/** True when the unit at `at` is an ASCII digit. */
export function isDigitAt(text: string, at: number): boolean {
  return letterKindAt(text, at) === DIGIT;
}

/** Where a token lies: reused by a scan so the loop allocates nothing per word. */
export interface Span {
  start: number;
  end: number;
}

const LETTERS_OR_DIGIT = /\p{L}+|\d/gu;
const LETTERS_OR_DIGITS = /\p{L}+|\d+/gu;

/**
 * The next token at or after `from` into `span`, as /\p{L}+|\d/u reads it (/\p{L}+|\d+/u with `digitRuns`);
 * false when none. Text with astral characters near the token is left to that regex.
 */
export function nextToken(text: string, from: number, digitRuns: boolean, span: Span): boolean {
  const start = letterOrDigitStart(text, from);
  if (start === text.length) return false;
  if (start >= 0) {
    const end = !digitRuns && isDigitAt(text, start) ? start + 1 : runEnd(text, start);
    if (end >= 0) {
      span.start = start;
      span.end = end;
      return true;
    }
  }
  const regex = digitRuns ? LETTERS_OR_DIGITS : LETTERS_OR_DIGIT;
  regex.lastIndex = from;
  const match = regex.exec(text);
  if (match === null) return false;
  span.start = match.index;
  span.end = match.index + match[0].length;
  return true;
}

// A word broken at a line end by a hyphen, as text taken from a PDF gives it ("precisions-\nmedicin"): the
// hyphen, one line break with any spaces around it, then the word going on in lower case. A word after the
// break that coordinates ("hälso-\noch sjukvård", "bröst-\neller") keeps its hyphen: it is no broken word.
const COORDINATING = new Set([
  "och",
  "eller",
  "samt",
  "respektive",
  "resp",
  "som",
  "and",
  "or",
  "to",
]);
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Where the rest of a word broken at `hyphen` (a "-" that ends a line) ends, or -1 when the hyphen is no break
 * inside a word. Reads at most a few spaces and one line break, then one run of letters.
 */
export function brokenWordEnd(text: string, hyphen: number): number {
  if (text.charCodeAt(hyphen) !== HYPHEN || !isLetterAt(text, hyphen - 1)) return -1;
  let i = hyphen + 1;
  for (let n = 0; n < 4 && (text[i] === " " || text[i] === "\t"); n++) i += 1;
  if (text[i] === "\r") i += 1;
  if (text[i] !== "\n") return -1;
  i += 1;
  for (let n = 0; n < 4 && (text[i] === " " || text[i] === "\t"); n++) i += 1;
  if (!LOWER_LETTER.test(text[i] ?? "")) return -1;
  const end = runEnd(text, i);
  if (end < 0) return -1;
  return COORDINATING.has(text.slice(i, end)) ? -1 : end;
}

/** A word broken at `hyphen` and read on to `end` (by `brokenWordEnd`), joined: "precisions-\nmedicin" → "precisionsmedicin". */
export function joinBroken(text: string, start: number, hyphen: number, end: number): string {
  let rest = hyphen + 1;
  while (rest < end && !isLetterAt(text, rest)) rest += 1;
  return text.slice(start, hyphen) + text.slice(rest, end);
}

/** The text with every word broken at a line end joined (`brokenWordEnd`): for names read off it, never for quotes. */
export function joinBrokenWords(text: string): string {
  let out = "";
  let from = 0;
  for (let hyphen = text.indexOf("-", from); hyphen >= 0; hyphen = text.indexOf("-", hyphen + 1)) {
    const end = brokenWordEnd(text, hyphen);
    if (end < 0) continue;
    let rest = hyphen + 1;
    while (rest < end && !isLetterAt(text, rest)) rest += 1;
    out += text.slice(from, hyphen);
    from = rest;
  }
  return out + text.slice(from);
}
