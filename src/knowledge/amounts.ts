/** Finds amounts of money in Swedish and English text: "16,5 miljoner kronor", "SEK 10 million", "15 750 000 kr". */
import {
  COUNTED_AFTER,
  CURRENCY_ADJECTIVES,
  CURRENCY_WORDS,
  FOREIGN_CURRENCY_AFTER,
  FOREIGN_CURRENCY_BEFORE,
  IDENTIFIER_BEFORE,
  PREFIX_CURRENCIES,
  qualifierBefore,
  SCALE_WORDS,
  type ScaleWord,
  UNIT_AFTER,
} from "./amount-words.js";
import {
  lowerPairAt,
  mayStartNumberPhrase,
  NUMBER_PHRASE_PAIRS,
  readNumberPhrase,
} from "./number-words.js";
import {
  isAlnum,
  type Numeral,
  readNumeral,
  skipGap,
  skipSpaces,
  startsCleanly,
  wordAt,
} from "./numerals.js";
import { testSource } from "./regex-trie.js";
import { readingOf, type SentenceReading } from "./sentence-readings.js";
import type { AmountMatch } from "./types.js";
import { isDigitAt, nextToken, type Span } from "./word-chars.js";

export interface FindAmountsOptions {
  /** Also count a bare number ≥ 1000 written in digits as kronor (for questions: "the 7 875 000?"). */
  loose?: boolean;
}

/** What follows a number: a scale word, a currency word, or both. */
interface Unit {
  end: number;
  factor: number;
  scale: ScaleWord | null;
  currency: boolean;
}

type Word = { word: string; end: number };

/** The word right at `pos` (`glued`), else the one after a gap of spaces and at most one line break. */
function wordNear(text: string, pos: number, glued: Word | null): Word | null {
  if (glued !== null) return glued;
  const at = skipGap(text, pos);
  return at === null ? null : wordAt(text, at);
}

/** A scale word right after the digits ("10m", "10 miljoner", "49,5 milj. kr"): `found` by `wordNear`. */
function readScale(found: Word | null, glued: boolean): { scale: ScaleWord; end: number } | null {
  const scale = found === null ? undefined : SCALE_WORDS.get(found.word);
  if (found === null || scale === undefined) return null;
  if (!glued && scale.attachedOnly) return null;
  return { scale, end: found.end };
}

/** A currency word at or after `pos` ("kronor", "kr", "SEK", "svenska kronor"); returns its end. */
function readCurrency(text: string, pos: number): number | null {
  return currencyEnd(text, wordNear(text, pos, wordAt(text, pos)));
}

/** Where the currency word `found` (by `wordNear`) ends, with "svenska" before "kronor"; null: none. */
function currencyEnd(text: string, found: Word | null): number | null {
  if (found === null) return null;
  if (CURRENCY_WORDS.has(found.word)) return found.end;
  if (!CURRENCY_ADJECTIVES.has(found.word)) return null;
  const nounAt = skipGap(text, found.end);
  const noun = nounAt === null ? null : wordAt(text, nounAt);
  return noun?.word.startsWith("kron") ? noun.end : null;
}

/** The scale and currency after a number; a dot after an abbreviation is kept only before kronor. */
function readUnit(text: string, pos: number, scaleAllowed = true): Unit {
  // The word after the number is read once: a scale word, else the currency word it may be.
  const glued = wordAt(text, pos);
  const near = wordNear(text, pos, glued);
  const read = scaleAllowed ? readScale(near, glued !== null) : null;
  // Spelled out in `Unit`'s own key order: one shape for every unit, no spread copy.
  if (read?.scale.currency)
    return { end: read.end, factor: read.scale.factor, scale: read.scale, currency: true };
  let end = read?.end ?? pos;
  if (read?.scale.abbreviation && text[end] === ".") {
    const dotted = readCurrency(text, end + 1);
    if (dotted !== null) end = dotted;
  }
  const currency =
    end > (read?.end ?? pos)
      ? end
      : read === null
        ? currencyEnd(text, near)
        : readCurrency(text, end);
  return {
    end: currency ?? end,
    factor: read?.scale.factor ?? 1,
    scale: read?.scale ?? null,
    currency: currency !== null,
  };
}

/** Whole kronor, exactly: "14,5" miljoner → 145 × 1 000 000 / 10. */
function numeralValue(numeral: Numeral, unit: Unit): number {
  const english = unit.scale?.english === true;
  const thousands =
    numeral.ambiguous !== null && (unit.scale === null || (numeral.ambiguous === "," && english));
  const digits = thousands ? numeral.digits + numeral.fraction : numeral.digits;
  const fraction = thousands ? "" : numeral.fraction;
  return Math.round((Number(digits + fraction) * unit.factor) / 10 ** fraction.length);
}

/** "3 miljoner invånare", "10 miljoner euro": a scale word that counts something other than kronor. */
function countsSomethingElse(text: string, unit: Unit): boolean {
  const after = text.slice(unit.end, unit.end + 40);
  return FOREIGN_CURRENCY_AFTER.test(after) || (!unit.currency && COUNTED_AFTER.test(after));
}

/** "2022" written as a year would be: four digits, no grouping, 1900–2100. */
function isYearLike(numeral: Numeral): boolean {
  const year = Number(numeral.digits);
  const plain = !numeral.grouped && numeral.fraction === "" && numeral.digits.length === 4;
  return plain && year >= 1900 && year <= 2100;
}

/** A bare number in a question: ≥ 1000, not a year, phone number, date, label or count. */
function acceptsBare(text: string, numeral: Numeral, value: number): boolean {
  if (value < 1000 || isAlnum(text[numeral.end])) return false;
  if (isYearLike(numeral)) return false;
  if (/^[-–]\d/.test(text.slice(numeral.end, numeral.end + 2))) return false;
  if (UNIT_AFTER.test(text.slice(numeral.end, numeral.end + 20))) return false;
  if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, numeral.start - 20), numeral.start))) {
    return false;
  }
  return !looksLikePhone(text, numeral);
}

/** Digits, spaces and dashes around the number holding seven or more digits: a phone number. */
function looksLikePhone(text: string, numeral: Numeral): boolean {
  const run = /[\d \u00A0\u202F\u2009\-–+]/;
  let from = numeral.start;
  let to = numeral.end;
  while (from > 0 && run.test(text[from - 1] ?? "")) from--;
  while (to < text.length && run.test(text[to] ?? "")) to++;
  const around = text.slice(from, to).trim();
  const digits = around.replace(/\D/g, "").length;
  return around.length > numeral.end - numeral.start && digits >= 7;
}

type Found = { start: number; end: number; valueSek: number; qualifier: AmountMatch["qualifier"] };

/** "10–15 miljoner kronor": the upper bound, "at most". */
function readRange(text: string, first: Numeral): Numeral | null {
  const after = dashEnd(text, first.end);
  if (after === null) return null;
  const second = readNumeral(text, after);
  if (second === null) return null;
  const noUnit: Unit = { end: 0, factor: 1, scale: null, currency: false };
  return numeralValue(first, noUnit) < numeralValue(second, noUnit) ? second : null;
}

/** Where a dash between two numbers ends, a space or no-break space either side (/[ \u00A0]?[-–][ \u00A0]?/y). */
function dashEnd(text: string, pos: number): number | null {
  let at = pos;
  if (text[at] === " " || text[at] === "\u00A0") at += 1;
  if (text[at] !== "-" && text[at] !== "–") return null;
  at += 1;
  return text[at] === " " || text[at] === "\u00A0" ? at + 1 : at;
}

/** An amount whose number is written in digits, starting at `pos`. */
function digitAmount(text: string, pos: number, loose: boolean): Found | number {
  if (!startsCleanly(text, pos)) return pos + 1;
  const first = readNumeral(text, pos);
  if (first === null) return pos + 1;
  const second = readRange(text, first);
  const numeral = second ?? first;
  const unit = readUnit(text, numeral.end);
  const value = numeralValue(numeral, unit);
  // In a question ("what is the 500k?") a thousand-scale is money; in a document it needs a currency word.
  const money = unit.currency || (unit.scale !== null && (!unit.scale.needsCurrency || loose));
  if (second !== null && !money) return first.end;
  if (!money && (unit.scale !== null || !(loose && acceptsBare(text, numeral, value)))) {
    return first.end;
  }
  if (countsSomethingElse(text, unit)) return unit.end;
  if (FOREIGN_CURRENCY_BEFORE.test(text.slice(Math.max(0, pos - 8), pos))) return unit.end;
  return { start: pos, end: unit.end, valueSek: value, qualifier: second ? "at-most" : null };
}

/** "SEK 10 million", "kr 500", "MSEK 10", starting at the currency word. */
function prefixAmount(text: string, pos: number, word: string, wordEnd: number): Found | null {
  const prefixFactor = PREFIX_CURRENCIES.get(word);
  if (prefixFactor === undefined) return null;
  const afterDot = word === "kr" && text[wordEnd] === "." ? wordEnd + 1 : wordEnd;
  const at = skipSpaces(text, afterDot);
  const numeral = readNumeral(text, at);
  if (numeral === null) return null;
  const unit = readUnit(text, numeral.end, prefixFactor === 1);
  if (unit.currency || (prefixFactor > 1 && isYearLike(numeral))) return null;
  const factor = prefixFactor * unit.factor;
  const value = numeralValue(numeral, {
    end: unit.end,
    factor,
    scale: unit.scale,
    currency: unit.currency,
  });
  return { start: pos, end: unit.end, valueSek: value, qualifier: null };
}

/** "sex miljoner kronor", "en halv miljon", "ten million": words need a scale word. */
function wordAmount(text: string, pos: number): Found | null {
  const phrase = readNumberPhrase(text, pos);
  if (phrase === null) return null;
  const unit = readUnit(text, phrase.end);
  if (unit.scale === null || countsSomethingElse(text, unit)) return null;
  if (unit.scale.needsCurrency && !unit.currency) return null;
  const value = Math.round(phrase.value * unit.factor);
  return { start: pos, end: unit.end, valueSek: value, qualifier: null };
}

// The first two letters of every word an amount may open with (a currency before its number, a number word).
const OPENING_PAIRS: ReadonlySet<number> = new Set([
  ...NUMBER_PHRASE_PAIRS,
  ...[...PREFIX_CURRENCIES.keys()].map((w) => lowerPairAt(w, 0)),
]);

/** Whether no reading can start at the word [pos, end): most words, told by their first two letters alone. */
function opensNoAmount(text: string, pos: number, end: number): boolean {
  if (end - pos < 2 || text[end] === "-") return false;
  const pair = lowerPairAt(text, pos);
  return pair >= 0 && !OPENING_PAIRS.has(pair);
}

/** Whether a text holds a spaced scale word, which a number in words needs after it: tested when first asked. */
interface ScaleHint {
  text: string;
  held: boolean | null;
}

function holdsScale(hint: ScaleHint): boolean {
  hint.held ??= SCALE_HINT.test(hint.text);
  return hint.held;
}

/**
 * Tries every reading at one word or digit (`matched`: the letters there, or a digit); returns the amount, or
 * where to look next.
 */
function amountAt(
  text: string,
  pos: number,
  loose: boolean,
  end: number,
  hint: ScaleHint,
): Found | number {
  if (isDigitAt(text, pos)) return digitAmount(text, pos, loose);
  if (opensNoAmount(text, pos, end)) return end;
  // The letters the scan found are the word `wordAt` would read there again.
  const word = text.slice(pos, end).toLowerCase();
  const numberWord = mayStartNumberPhrase(word, text[end]) && holdsScale(hint);
  return prefixAmount(text, pos, word, end) ?? (numberWord ? wordAmount(text, pos) : null) ?? end;
}

/** Every amount in `text`, in order and non-overlapping, with the qualifier word that precedes it. */
export function findAmounts(text: string, options: FindAmountsOptions = {}): AmountMatch[] {
  return options.loose === true ? scanAmounts(text, true) : amountsOf(readingOf(text));
}

// Most sentences state no amount: they share one empty list instead of keeping one each.
const NONE: AmountMatch[] = Object.freeze([]) as unknown as AmountMatch[];

function frozen(amounts: AmountMatch[]): AmountMatch[] {
  return amounts.length === 0 ? NONE : (Object.freeze(amounts) as AmountMatch[]);
}

/**
 * A sentence's amounts, read once per wording and kept on its record: the ledger, the dates and the
 * statements read the same sentences. Shared: never change the list.
 */
export function amountsOf(reading: SentenceReading): AmountMatch[] {
  reading.amounts ??= frozen(scanAmounts(reading.text, false));
  return reading.amounts;
}

/** Keeps amounts another thread read of the wording (as `scanAmounts` reads them), unless it has its own. */
export function keepAmounts(reading: SentenceReading, amounts: AmountMatch[]): void {
  reading.amounts ??= frozen(amounts);
}

// Every reading needs a digit, but a number in words ("sex miljoner"), which needs a spaced scale word after it:
// a text with neither holds no amount. The scale words found in any case (a regex without /u, the faster),
// with the signs whose lower case is a letter of them unseen by it (İ, the Kelvin sign).
const DIGIT = /[0-9]/;
const SCALE_HINT = new RegExp(
  `${testSource(
    [...SCALE_WORDS].filter(([, scale]) => !scale.attachedOnly).map(([word]) => [word]),
    "",
    (unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  )}|[\u0130\u212A]`,
  "i",
);

const OPEN_BRACKET = /^\s{0,2}\(\s{0,2}$/;

/** The amount right after another, in an opening bracket, with the same value: the first written again. */
function restated(text: string, previous: AmountMatch, next: Found): boolean {
  return (
    next.valueSek === previous.valueSek &&
    next.start - previous.end <= 6 &&
    OPEN_BRACKET.test(text.slice(previous.end, next.start))
  );
}

function scanAmounts(text: string, loose: boolean): AmountMatch[] {
  const amounts: AmountMatch[] = [];
  const hint: ScaleHint = { text, held: null };
  if (!DIGIT.test(text) && !holdsScale(hint)) return amounts;
  const token: Span = { start: 0, end: 0 };
  let lastEnd = 0;
  let from = 0;
  while (nextToken(text, from, false, token)) {
    const result = amountAt(text, token.start, loose, token.end, hint);
    if (typeof result === "number") {
      from = Math.max(result, token.start + 1);
      continue;
    }
    // Beyond whole-kronor precision a digit run is no amount (and would print as Infinity).
    if (!Number.isSafeInteger(result.valueSek)) {
      from = result.end;
      continue;
    }
    // "66 miljoner kronor (66 000 000 kr)": the same sum written again in brackets is one amount.
    const previous = amounts.at(-1);
    if (previous && restated(text, previous, result)) {
      from = result.end;
      continue;
    }
    const found = qualifierBefore(text, result.start);
    const before = found !== null && found.start >= lastEnd ? found : null;
    const start = before?.start ?? result.start;
    const qualifier = before?.qualifier ?? result.qualifier;
    // Spelled out in the found object's own key order: a spread copy is several times slower, per amount.
    amounts.push({
      start,
      end: result.end,
      valueSek: result.valueSek,
      qualifier,
      text: text.slice(start, result.end),
    });
    lastEnd = result.end;
    from = result.end;
  }
  return amounts;
}
