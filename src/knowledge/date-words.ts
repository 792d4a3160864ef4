/** The words of dates: month names, and the cue words that say how a date is meant. */
import type { DateMatch } from "./types.js";

type Cue = DateMatch["cue"];
const S = "[ \\t\\u00A0\\u202F\\u2009]";

/** Month names as written in running text, January first. */
export const MONTH_NAMES_SV: readonly string[] =
  "januari februari mars april maj juni juli augusti september oktober november december".split(
    " ",
  );
export const MONTH_NAMES_EN: readonly string[] =
  "January February March April May June July August September October November December".split(
    " ",
  );
const ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "",
  "jun",
  "jul",
  "aug",
  "sept sep",
  "okt oct",
  "nov",
  "dec",
];

/** Swedish and English month names and abbreviations, lower-case, to the month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES_SV.flatMap((sv, i) => {
    const names = [
      sv,
      (MONTH_NAMES_EN[i] ?? "").toLowerCase(),
      ...(ABBREVIATIONS[i] ?? "").split(" "),
    ];
    return names.filter((n) => n !== "").map((name): [string, number] => [name, i + 1]);
  }),
);

const CUES: [string, Cue][] = [
  ["senast", "deadline"],
  ["no later than", "deadline"],
  ["not later than", "deadline"],
  ["by", "deadline"],
  ["under", "during"],
  ["during", "during"],
  ["throughout", "during"],
  ["för", "for"],
  ["for", "for"],
  ["i", "in"],
  ["in", "in"],
  ["sedan", "since"],
  ["since", "since"],
  ["från och med", "since"],
  ["fr.o.m.", "since"],
  ["från", "since"],
  ["from", "since"],
  ["budgetåret", "budget-year"],
  ["budgetår", "budget-year"],
  ["budget year", "budget-year"],
  ["fiscal year", "budget-year"],
  ["financial year", "budget-year"],
];
const CUE_BY_WORDS = new Map(CUES);
const FILLERS = ["den", "år", "året", "åren", "the", "the year", "the years", "year", "years"];
/** "under perioden 2023–2025" is during a span; "under perioden 21 januari 2019 och …" starts one. */
const SPAN_FILLERS = ["perioden", "the period"];
const phrase = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, "\\.").replace(/ /g, `${S}+`))
    .join("|");
const CUE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${phrase(CUES.map(([w]) => w))})(?:${S}+(${phrase([...FILLERS, ...SPAN_FILLERS])}))?${S}+$`,
  "iu",
);

// The last word of every cue and filler: the word before a date's spaces must be one for the regex to match.
const LAST_WORDS = new Set(
  [...CUES.map(([w]) => w), ...FILLERS, ...SPAN_FILLERS].map((p) => p.split(" ").at(-1) ?? ""),
);
const SPACE_UNITS = new Set([" ", "\t", "\u00A0", "\u202F", "\u2009"]);
// Latin-1 letters, whose lower case is what the regex's case-folding compares (µ folds to Greek mu: not here).
const LATIN_LETTER = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/;
const LETTER = /\p{L}/u;

/**
 * False when no cue can stand right before `start` in [from, start): the text there must end in spaces after
 * a word that ends a cue or a filler. Decided by the units alone; where it cannot tell, true.
 */
function mayHaveCue(text: string, from: number, start: number): boolean {
  let k = start - 1;
  if (k < from || !SPACE_UNITS.has(text[k] ?? "")) return false;
  while (k >= from && SPACE_UNITS.has(text[k] ?? "")) k -= 1;
  if (k < from) return false;
  const last = text[k] ?? "";
  if (last === ".") return true;
  if (!LETTER.test(last)) return SURROGATE.test(last);
  let j = k;
  while (j > from && LETTER.test(text[j - 1] ?? "")) j -= 1;
  const word = text.slice(j, k + 1);
  return !LATIN_LETTER.test(word) || LAST_WORDS.has(word.toLowerCase());
}

// Made once: a regex literal is a new object each time it is evaluated (here, once per date).
const SURROGATE = /[\uD800-\uDFFF]/;
const SPACE_RUNS = /\s+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The cue word(s) right before `start` ("den", "år", "the year" may stand in between). */
export function cueBefore(text: string, start: number, isSpan: boolean): Cue {
  const cue = cueRightBefore(text, start, isSpan);
  if (cue !== "none" || start > OPENING_SINCE_REACH) return cue;
  return OPENING_SINCE.test(text.slice(0, start)) ? "since" : "none";
}

// "Sedan de första piloterna 2021 har GMS fått …": a sentence opening with "sedan"/"since" and a few words before
// its first year counts from that year.
const OPENING_SINCE = /^\s*(?:sedan|since)\s+(?:\p{L}[\p{L}-]*\s+){1,3}$/iu;
const OPENING_SINCE_REACH = 60;

function cueRightBefore(text: string, start: number, isSpan: boolean): Cue {
  const from = Math.max(0, start - 40);
  if (!mayHaveCue(text, from, start)) return "none";
  const match = CUE_BEFORE.exec(text.slice(from, start));
  if (match === null || match[1] === undefined) return "none";
  const filler = match[2]?.toLowerCase().replace(SPACE_RUNS, " ");
  if (!isSpan && filler !== undefined && SPAN_FILLERS.includes(filler)) return "none";
  const at = from + match.index;
  if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1] ?? "")) return "none";
  return CUE_BY_WORDS.get(match[1].toLowerCase().replace(SPACE_RUNS, " ")) ?? "none";
}
