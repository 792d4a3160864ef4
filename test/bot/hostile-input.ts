// Arbitraries for questions a public bot meets: every plane, controls, markup, numbers in every format.
import fc from "fast-check";

/** Characters that are invisible or steer rendering: C0/C1 controls, zero-width, bidi marks. */
export const INVISIBLES = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u00ad",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u2028",
  "\u2029",
  "\ufeff",
];

/** Slack and Discord mention markup, and markdown. */
export const MARKUP = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<@U123ABC>",
  "<@U0BOT|gms>",
  "<!subteam^S123>",
  "<#C123|general>",
  "<https://example.com|klicka>",
  "@everyone",
  "@here",
  "@channel",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&456>",
  "<#789>",
  "**fet**",
  "_kursiv_",
  "`kod`",
  "```\nblock\n```",
  "> citat",
  "[länk](https://example.com)",
  "# rubrik",
  "||spoiler||",
  "&amp; &lt; &gt;",
  "\\*",
];

/** Words of real questions in both languages, so the parser goes past the first step. */
export const WORDS = [
  "hur",
  "mycket",
  "fick",
  "gick",
  "till",
  "GMS",
  "barncancer",
  "lungcancer",
  "bröst-",
  "och",
  "äggstockscancer",
  "how",
  "much",
  "went",
  "to",
  "childhood",
  "cancer",
  "who",
  "pays",
  "deadline",
  "senast",
  "minister",
  "källor",
  "sources",
  "help",
  "totalt",
  "fördelning",
  "what",
  "for",
  "och 2024?",
  "vad",
  "om",
  "Socialstyrelsen",
  "eget arbete",
  "2021–2023",
  "?",
];

/** Amounts and numbers as people (and machines) write them. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.bigInt().map(String),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n.toLocaleString("sv-SE")),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n.toLocaleString("de-DE")),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n / 10} miljoner kronor`.replace(".", ",")),
  fc.integer({ min: 1, max: 999 }).map((n) => `SEK ${n / 10} million`),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n}m`),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n} mnkr`),
  fc.integer({ min: 1, max: 9999 }).map((n) => `${n} tkr`),
  fc.integer({ min: 1900, max: 2100 }).map((y) => `${y}-${y + 2}`),
  fc.constantFrom(
    "1e400",
    "-0",
    "NaN",
    "Infinity",
    "0x1F",
    "٣٫٥ مليون",
    "１２３ 万",
    "१२३",
    "sex miljoner",
    "en halv miljard",
    "tjugofem miljoner kronor",
    "9".repeat(400),
    "1,2,3,4,5,6,7,8,9",
    "12 345 678 901 234 567 890 kronor",
    "08-405 10 00",
  ),
);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const control = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((c) => String.fromCharCode(c));

/** Raw strings: full Unicode (astral planes too), UTF-16 units, lone surrogates, controls. */
export const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: fc.oneof(utf16Unit, loneSurrogate), maxLength: 100 }),
  fc.string({ unit: fc.oneof(control, fc.constantFrom(...INVISIBLES)), maxLength: 100 }),
);

/** Question-like text: real words mixed with markup, numbers, invisibles and raw noise. */
export const questionText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
      { weight: 2, arbitrary: numberText },
      { weight: 1, arbitrary: fc.constantFrom(...INVISIBLES) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(" "));

/** Anything a user might send. */
export const anyQuestion: fc.Arbitrary<string> = fc.oneof(rawText, questionText);

/** About 100 kB of text, built by repetition so that generating it stays cheap. */
export const hugeText: fc.Arbitrary<string> = fc
  .oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 400 }), questionText)
  .filter((s) => s.length > 0)
  .map((s) => s.repeat(Math.ceil(100_000 / s.length)).slice(0, 100_000));
