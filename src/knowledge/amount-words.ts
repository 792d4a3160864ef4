/** The words around a number that make it money: scale, currency, qualifier; Swedish and English. */
import type { AmountMatch } from "./types.js";

/** A scale word after a number ("miljoner", "MSEK", "m"). */
export interface ScaleWord {
  factor: number;
  /** The word already says kronor ("mkr", "MSEK", "tkr"). */
  currency: boolean;
  /** English words decide "1,250 million" = 1 250 million; Swedish ones make the comma a decimal comma. */
  english: boolean;
  /** Single letters count only glued to the digits ("10m", "250k"), never after a space. */
  attachedOnly: boolean;
  /** Abbreviations may carry a dot when kronor follow ("49,5 milj. kr"). */
  abbreviation: boolean;
  /** "tusen"/"thousand" count people as often as kronor: money only with a currency word. */
  needsCurrency: boolean;
}

type Flags = Partial<Omit<ScaleWord, "factor">>;

function entries(words: string[], factor: number, flags: Flags = {}): [string, ScaleWord][] {
  const word: ScaleWord = {
    factor,
    currency: flags.currency ?? false,
    english: flags.english ?? false,
    attachedOnly: flags.attachedOnly ?? false,
    abbreviation: flags.abbreviation ?? false,
    needsCurrency: flags.needsCurrency ?? false,
  };
  return words.map((w) => [w, word]);
}

const MILLION = 1_000_000;
const BILLION = 1_000_000_000;

export const SCALE_WORDS: ReadonlyMap<string, ScaleWord> = new Map([
  ...entries(["miljon", "miljoner", "miljonen", "miljonerna"], MILLION),
  ...entries(["milj", "mn", "mln"], MILLION, { abbreviation: true }),
  ...entries(["million", "millions"], MILLION, { english: true }),
  ...entries(["m"], MILLION, { english: true, attachedOnly: true }),
  ...entries(["mkr", "mnkr", "msek"], MILLION, { currency: true }),
  ...entries(["miljard", "miljarder", "miljarden", "miljarderna"], BILLION),
  ...entries(["md", "mdr"], BILLION, { abbreviation: true }),
  ...entries(["billion", "billions"], BILLION, { english: true }),
  ...entries(["bn"], BILLION, { english: true, abbreviation: true }),
  ...entries(["b"], BILLION, { english: true, attachedOnly: true }),
  ...entries(["mdkr", "mdsek"], BILLION, { currency: true }),
  ...entries(["tusen"], 1000, { needsCurrency: true }),
  ...entries(["thousand", "thousands"], 1000, { english: true, needsCurrency: true }),
  ...entries(["k"], 1000, { english: true, attachedOnly: true, needsCurrency: true }),
  ...entries(["tkr", "ksek", "tsek"], 1000, { currency: true }),
]);

/** Kronor after a number; "konor" is a typo seen in real press releases. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  "kronor",
  "kronorna",
  "krona",
  "konor",
  "kr",
  "sek",
]);

/** "svenska kronor", "Swedish kronor". */
export const CURRENCY_ADJECTIVES: ReadonlySet<string> = new Set(["svenska", "swedish"]);

/** Currency written before the number ("SEK 10 million", "kr 500", "MSEK 10"), with its scale. */
export const PREFIX_CURRENCIES: ReadonlyMap<string, number> = new Map([
  ["sek", 1],
  ["kr", 1],
  ["msek", MILLION],
  ["mkr", MILLION],
  ["mnkr", MILLION],
  ["mdkr", BILLION],
  ["mdsek", BILLION],
  ["tkr", 1000],
  ["ksek", 1000],
]);

/** Other currencies: "10 miljoner euro" is not kronor, so it is no amount here. */
export const FOREIGN_CURRENCY_AFTER =
  /^[ \t\u00A0\u202F\u2009]*(?:euro|eur|usd|dollar|dollars|pund|gbp|nok|dkk|chf|yen|jpy|€|\$|£|(?:norska|danska|isländska|danske|norske|svenske)[ \t\u00A0\u202F\u2009]+(?:kronor|kroner)|(?:norwegian|danish|icelandic)[ \t\u00A0\u202F\u2009]+(?:crowns|kroner|krone)|kroner)(?![\p{L}\p{N}])/iu;
export const FOREIGN_CURRENCY_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:eur|usd|gbp|nok|dkk|chf|us)|[€$£])[ \t\u00A0\u202F\u2009]*$/iu;

/** What a scale word may count instead of money ("tre miljoner invånare"): then it is no amount. */
export const COUNTED_AFTER =
  /^[ \t\u00A0\u202F\u2009]+(?:invånare|människor|personer|patienter|barn|kvinnor|män|prover|analyser|tester|besök|doser|användare|ton|liter|kilometer|år|people|children|women|men|samples|analyses|tests|persons|inhabitants|patients|visits|doses|users|tonnes|tons|litres|liters|years|%|procent|percent)(?![\p{L}\p{N}])/iu;

/** A word just before a bare number that makes it a label, not money ("utgiftsområde 9", "kl 1200"). */
export const IDENTIFIER_BEFORE =
  /(?<![\p{L}\p{N}])(?:utgiftsområde|utgiftsområdet|anslag|anslaget|anslagspost|anslagsposten|punkt|paragraf|kapitel|avsnitt|bilaga|sidan|sid|s\.|nr|nummer|dnr|diarienummer|år|året|åren|kl|klockan|tel|telefon|mobil|fax|postnummer|page|p\.|no\.|number|item|section|year|room)[ \t\u00A0\u202F\u2009]*$/iu;

/** A word just after a bare number that says what it counts ("3 500 patienter", "1200 år"). */
export const UNIT_AFTER =
  /^[ \t\u00A0\u202F\u2009]*(?:%|procent|percent|år|års|dagar|days|timmar|hours|st|stycken|personer|people|patienter|patients|barn|children|invånare|km|kg|meter|metres|meters)(?![\p{L}\p{N}])/iu;

const QUALIFIERS: [string, NonNullable<AmountMatch["qualifier"]>][] = [
  ...(
    [
      "knappt",
      "cirka",
      "ca",
      "ca.",
      "c:a",
      "drygt",
      "omkring",
      "nästan",
      "ungefär",
      "runt",
      "närmare",
      "uppemot",
      "strax under",
      "strax över",
      "about",
      "around",
      "roughly",
      "nearly",
      "almost",
      "approximately",
      "approx.",
      "circa",
      "just under",
      "just over",
    ] as const
  ).map((w): [string, "approx"] => [w, "approx"]),
  ...(
    [
      "högst",
      "som mest",
      "som högst",
      "max",
      "max.",
      "maximalt",
      "upp till",
      "inte mer än",
      "at most",
      "up to",
      "no more than",
      "not more than",
      "a maximum of",
      "maximum",
    ] as const
  ).map((w): [string, "at-most"] => [w, "at-most"]),
  ...(
    [
      "minst",
      "som minst",
      "över",
      "mer än",
      "fler än",
      "more than",
      "over",
      "upwards of",
      "in excess of",
      "at least",
      "no less than",
      "not less than",
      "a minimum of",
      "minimum",
    ] as const
  ).map((w): [string, "at-least"] => [w, "at-least"]),
];

const QUALIFIER_BY_WORDS = new Map(QUALIFIERS.map(([w, q]) => [w, q]));
const toPattern = (s: string): string =>
  s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
// The qualifier may end a wrapped line ("använda högst" / "250 000 kronor").
const QUALIFIER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${QUALIFIERS.map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .map(toPattern)
    .join("|")})(?:[ \\t\\u00A0\\u202F\\u2009]+|[ \\t]*\\r?\\n[ \\t]*)$`,
  "iu",
);

/** The qualifier word(s) that end right before `start`, with where they begin. */
// Made once: a regex literal is a new object each time it is evaluated (here, once per amount).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASKS_ABOUT = /(?<![\p{L}])(?:what|how)\s+about\s*$/iu;
const SPACE_RUNS = /\s+/g;

export function qualifierBefore(
  text: string,
  start: number,
): { start: number; qualifier: NonNullable<AmountMatch["qualifier"]> } | null {
  const from = Math.max(0, start - 40);
  const match = QUALIFIER_BEFORE.exec(text.slice(from, start));
  if (match === null || match[1] === undefined) return null;
  const at = from + match.index;
  if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1] ?? "")) return null;
  // "what about 14.5m?" asks about the figure; it does not say the figure is approximate.
  if (ASKS_ABOUT.test(text.slice(Math.max(0, at - 10), start))) return null;
  const qualifier = QUALIFIER_BY_WORDS.get(match[1].toLowerCase().replace(SPACE_RUNS, " "));
  return qualifier === undefined ? null : { start: at, qualifier };
}
