import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAmounts } from "../../src/knowledge/amounts.js";
import type { AmountMatch } from "../../src/knowledge/types.js";

type Expected = [text: string, valueSek: number, qualifier?: AmountMatch["qualifier"]];

const NBSP = "\u00A0";
const NNBSP = "\u202F";

/** Every match's text must be the exact slice at its offsets; compare spaces as ordinary spaces. */
function amounts(text: string, loose = false): Expected[] {
  const found = findAmounts(text, { loose });
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found.map((m) => [m.text.replace(/[\u00A0\u202F]/g, " "), m.valueSek, m.qualifier]);
}

const one = (text: string, value: number, qualifier: AmountMatch["qualifier"] = null): Expected => [
  text,
  value,
  qualifier,
];

describe("findAmounts: Swedish", () => {
  it.each<[string, Expected[]]>([
    ["betala ut 16,5 miljoner kronor till", [one("16,5 miljoner kronor", 16_500_000)]],
    ["ytterligare 15 750 000 kronor som", [one("15 750 000 kronor", 15_750_000)]],
    [`ytterligare 15${NBSP}750${NBSP}000 kronor`, [one("15 750 000 kronor", 15_750_000)]],
    [`ytterligare 15${NNBSP}750${NNBSP}000 kronor`, [one("15 750 000 kronor", 15_750_000)]],
    ["bevilja ytterligare sex miljoner kronor för", [one("sex miljoner kronor", 6_000_000)]],
    ["Regeringen avsätter tio miljoner.", [one("tio miljoner", 10_000_000)]],
    ["GMS får 49,5 miljoner enbart för år 2024", [one("49,5 miljoner", 49_500_000)]],
    ["som mest 500 000 kronor till", [one("som mest 500 000 kronor", 500_000, "at-most")]],
    ["* 14,5 miljoner går till", [one("14,5 miljoner", 14_500_000)]],
    ["1,2 miljarder kronor", [one("1,2 miljarder kronor", 1_200_000_000)]],
    ["en miljard kronor", [one("en miljard kronor", 1_000_000_000)]],
    ["får knappt 16 miljoner", [one("knappt 16 miljoner", 16_000_000, "approx")]],
    ["betala ut 16,5 miljoner konor till", [one("16,5 miljoner konor", 16_500_000)]],
    ["en miljon", [one("en miljon", 1_000_000)]],
    ["En miljon kronor", [one("En miljon kronor", 1_000_000)]],
    ["en halv miljon kronor", [one("en halv miljon kronor", 500_000)]],
    ["en och en halv miljon", [one("en och en halv miljon", 1_500_000)]],
    ["två och en halv miljarder", [one("två och en halv miljarder", 2_500_000_000)]],
    ["tjugofem miljoner", [one("tjugofem miljoner", 25_000_000)]],
    ["tvåhundrafemtio miljoner kronor", [one("tvåhundrafemtio miljoner kronor", 250_000_000)]],
    ["hundra miljoner", [one("hundra miljoner", 100_000_000)]],
    ["två hundra miljoner", [one("två hundra miljoner", 200_000_000)]],
    ["femtio miljoner", [one("femtio miljoner", 50_000_000)]],
    ["tolv miljoner", [one("tolv miljoner", 12_000_000)]],
    ["tio tusen kronor", [one("tio tusen kronor", 10_000)]],
    ["2 mdkr", [one("2 mdkr", 2_000_000_000)]],
    ["3 mdr kronor", [one("3 mdr kronor", 3_000_000_000)]],
    ["250 tkr", [one("250 tkr", 250_000)]],
    ["250 tusen kronor", [one("250 tusen kronor", 250_000)]],
    ["10 kr", [one("10 kr", 10)]],
    ["Det kostar 10 kr.", [one("10 kr", 10)]],
    ["kr 500", [one("kr 500", 500)]],
    ["10 mnkr", [one("10 mnkr", 10_000_000)]],
    ["10 mkr", [one("10 mkr", 10_000_000)]],
    ["10 Mkr", [one("10 Mkr", 10_000_000)]],
    ["10m kr", [one("10m kr", 10_000_000)]],
    ["10 MSEK", [one("10 MSEK", 10_000_000)]],
    ["10MSEK", [one("10MSEK", 10_000_000)]],
    ["49,5 milj. kr", [one("49,5 milj. kr", 49_500_000)]],
    ["49,5 milj. Det", [one("49,5 milj", 49_500_000)]],
    ["10 miljoner svenska kronor", [one("10 miljoner svenska kronor", 10_000_000)]],
    ["0,5 miljoner kronor", [one("0,5 miljoner kronor", 500_000)]],
    ["54,75 miljoner kronor", [one("54,75 miljoner kronor", 54_750_000)]],
    ["15 750 000,50 kronor", [one("15 750 000,50 kronor", 15_750_001)]],
    ["7.875.000 kronor", [one("7.875.000 kronor", 7_875_000)]],
    ["1,250 miljoner kronor", [one("1,250 miljoner kronor", 1_250_000)]],
    ["16,5 miljoner\nkronor", [one("16,5 miljoner\nkronor", 16_500_000)]],
    ["10–15 miljoner kronor", [one("10–15 miljoner kronor", 15_000_000, "at-most")]],
  ])("%j", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe("findAmounts: English", () => {
  it.each<[string, Expected[]]>([
    ["SEK 10 million", [one("SEK 10 million", 10_000_000)]],
    ["10 million kronor", [one("10 million kronor", 10_000_000)]],
    ["SEK 7,875,000", [one("SEK 7,875,000", 7_875_000)]],
    ["ten million", [one("ten million", 10_000_000)]],
    ["twenty-five million", [one("twenty-five million", 25_000_000)]],
    ["one hundred and fifty million", [one("one hundred and fifty million", 150_000_000)]],
    ["a million", [one("a million", 1_000_000)]],
    ["half a million kronor", [one("half a million kronor", 500_000)]],
    ["one and a half billion", [one("one and a half billion", 1_500_000_000)]],
    ["1.5 billion SEK", [one("1.5 billion SEK", 1_500_000_000)]],
    ["SEK 14.5m", [one("SEK 14.5m", 14_500_000)]],
    ["SEK14.5m.", [one("SEK14.5m", 14_500_000)]],
    ["14,5m", [one("14,5m", 14_500_000)]],
    ["SEK 1,250 million", [one("SEK 1,250 million", 1_250_000_000)]],
    ["SEK 1.25 bn", [one("SEK 1.25 bn", 1_250_000_000)]],
    ["SEK 1,000.5 million", [one("SEK 1,000.5 million", 1_000_500_000)]],
    ["1.000,5 miljoner kronor", [one("1.000,5 miljoner kronor", 1_000_500_000)]],
    ["250k SEK", [one("250k SEK", 250_000)]],
    ["MSEK 10", [one("MSEK 10", 10_000_000)]],
    ["SEK 2022", [one("SEK 2022", 2022)]],
    ["a thousand kronor", [one("a thousand kronor", 1000)]],
    ["Swedish kronor: 10 million Swedish kronor", [one("10 million Swedish kronor", 10_000_000)]],
  ])("%j", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe("findAmounts: qualifiers", () => {
  it.each<[string, string, AmountMatch["qualifier"]]>([
    ["Av dessa får högst 250 000 kronor användas", "högst 250 000 kronor", "at-most"],
    ["som mest 500 000 kronor", "som mest 500 000 kronor", "at-most"],
    ["max 2 miljoner", "max 2 miljoner", "at-most"],
    ["upp till 2 miljoner", "upp till 2 miljoner", "at-most"],
    ["at most SEK 2 million", "at most SEK 2 million", "at-most"],
    ["up to SEK 2 million", "up to SEK 2 million", "at-most"],
    ["minst 3 miljoner", "minst 3 miljoner", "at-least"],
    ["at least 3 million", "at least 3 million", "at-least"],
    ["cirka 3 miljoner", "cirka 3 miljoner", "approx"],
    ["ca 3 miljoner", "ca 3 miljoner", "approx"],
    ["ca. 3 miljoner", "ca. 3 miljoner", "approx"],
    ["drygt 3 miljoner", "drygt 3 miljoner", "approx"],
    ["omkring 3 miljoner", "omkring 3 miljoner", "approx"],
    ["nästan 3 miljoner", "nästan 3 miljoner", "approx"],
    ["Knappt sex miljoner", "Knappt sex miljoner", "approx"],
    ["about 3 million", "about 3 million", "approx"],
    ["around 3 million", "around 3 million", "approx"],
    ["roughly 3 million", "roughly 3 million", "approx"],
    ["nearly 3 million", "nearly 3 million", "approx"],
    ["almost 3 million", "almost 3 million", "approx"],
    ["what about 3 million?", "3 million", null],
    ["bricka 3 miljoner", "3 miljoner", null],
    ["extramax 3 miljoner", "3 miljoner", null],
  ])("%j", (text, matched, qualifier) => {
    const [found] = findAmounts(text);
    expect(found?.text).toBe(matched);
    expect(found?.qualifier).toBe(qualifier);
    expect(found === undefined ? "" : text.slice(found.start, found.end)).toBe(matched);
  });
});

describe("findAmounts: never an amount", () => {
  it.each([
    "Telefon (växel) 08-405 10 00",
    "Mobil 076-1279394",
    "Mobil 073-065 16 12",
    "+46 8 405 10 00",
    "publicerades 2022",
    "23 maj 2024",
    "2024-05-23",
    "23 maj 2024, kl 09:00",
    "utgiftsområde 9 Hälsovård",
    "anslaget 1:6 Bidrag till folkhälsa",
    "anslagsposten 16 Åtgärder",
    "anslagsposten 33 Förlossningsvård",
    "1. Regeringen beslutar",
    "* 10 går till",
    "106 30 Stockholm",
    "S2022/01234",
    "under 80 år",
    "7 875 000",
    "Miljonsatsningar på cancer",
    "flera miljoner kronor",
    "tre miljoner invånare",
    "10 million people",
    "10 miljoner euro",
    "EUR 10 million",
    "€10m",
    "$5 million",
    "Tre Kronor",
    "tio tusen barn",
    "a thousand times",
    "250 tusen",
    "250k",
    "tkr 2022 2023",
    "MSEK 2021",
    "två miljoner barn",
    "sex kronor",
    "a m",
    "10 m",
    "covid-19",
    "23.05.2024 kronor",
  ])("%j", (text) => {
    expect(amounts(text)).toEqual([]);
  });
});

describe("findAmounts: loose (questions)", () => {
  it.each<[string, Expected[]]>([
    ["what was the 7875000 for", [one("7875000", 7_875_000)]],
    ["the 7 875 000?", [one("7 875 000", 7_875_000)]],
    [`the 7${NBSP}875${NBSP}000?`, [one("7 875 000", 7_875_000)]],
    ["vad var 15 750 000 till", [one("15 750 000", 15_750_000)]],
    ["what about 14.5m", [one("14.5m", 14_500_000)]],
    ["och 14,5 miljoner?", [one("14,5 miljoner", 14_500_000)]],
    ["SEK 7,875,000?", [one("SEK 7,875,000", 7_875_000)]],
    ["the 2500 for", [one("2500", 2500)]],
    ["2 022 kronor", [one("2 022 kronor", 2022)]],
  ])("%j", (text, expected) => {
    expect(amounts(text, true)).toEqual(expected);
  });

  it.each([
    "what happened in 2022",
    "the 999 for",
    "ring 08-405 10 00",
    "+46 8 405 10 00",
    "076-1279394",
    "0761279394",
    "23 maj 2024",
    "2024-05-23",
    "kl 1200",
    "utgiftsområde 1000",
    "3 500 patienter",
    "1 200 år",
    "S2022/01234",
    "5000x",
  ])("not %j", (text) => {
    expect(amounts(text, true)).toEqual([]);
  });

  it("counts a bare number only in loose mode", () => {
    expect(amounts("the 7875000 for")).toEqual([]);
  });
});

describe("findAmounts: exact values", () => {
  it("has no float noise", () => {
    const texts = [
      "14,5 miljoner",
      "16,5 miljoner",
      "1,2 miljarder",
      "54,75 miljoner",
      "0,1 miljoner",
    ];
    const values = texts.map((t) => findAmounts(t)[0]?.valueSek);
    expect(values).toEqual([14_500_000, 16_500_000, 1_200_000_000, 54_750_000, 100_000]);
    for (const v of values) expect(Number.isInteger(v)).toBe(true);
  });

  it("finds several amounts in order, without overlap", () => {
    const text =
      "Av 16,5 miljoner kronor ska 8,5 miljoner kronor gå till A och resterande 8 miljoner till B.";
    expect(amounts(text)).toEqual([
      one("16,5 miljoner kronor", 16_500_000),
      one("8,5 miljoner kronor", 8_500_000),
      one("8 miljoner", 8_000_000),
    ]);
  });
});

const SEEDS = new URL("../../seeds/", import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), "utf8");

describe("findAmounts: every amount each seed document states", () => {
  it.each<[string, Expected[]]>([
    ["000_49623e2820591484.txt", [one("10 miljoner kronor", 10_000_000)]],
    [
      "001_2fc47d92fe7c9eec.txt",
      [
        one("16,5 miljoner kronor", 16_500_000),
        one("15 750 000 kronor", 15_750_000),
        one("sex miljoner kronor", 6_000_000),
      ],
    ],
    [
      "002_8e4a75ba9034af72.txt",
      [
        one("16,5 miljoner kronor", 16_500_000),
        one("16,5 miljoner konor", 16_500_000),
        one("8,5 miljoner kronor", 8_500_000),
        one("8 miljoner", 8_000_000),
        one("14 miljoner kronor", 14_000_000),
        one("5 miljoner kronor", 5_000_000),
        one("5 miljoner kronor", 5_000_000),
      ],
    ],
    [
      "003_7e7bb9cb71af4918.txt",
      [
        one("49,5 miljoner kronor", 49_500_000),
        one("49,5 miljoner kronor", 49_500_000),
        one("54,75 miljoner kronor", 54_750_000),
        one("49,5 miljoner", 49_500_000),
        one("som mest 500 000 kronor", 500_000, "at-most"),
        one("10 miljoner", 10_000_000),
        one("15 miljoner", 15_000_000),
        one("10 miljoner", 10_000_000),
        one("14,5 miljoner", 14_500_000),
      ],
    ],
    [
      "004_2a06a6a6a6a8ca7b.txt",
      [
        one("15 750 000 kronor", 15_750_000),
        one("7 875 000 kronor", 7_875_000),
        one("7 875 000 kronor", 7_875_000),
        one("16 000 000 kronor", 16_000_000),
        one("10 000 000 kronor", 10_000_000),
        one("högst 250 000 kronor", 250_000, "at-most"),
        one("6 000 000 kronor", 6_000_000),
      ],
    ],
  ])("%s", (name, expected) => {
    expect(amounts(seed(name))).toEqual(expected);
  });

  it("keeps the no-break spaces of the document in the match", () => {
    const [, grouped] = findAmounts(seed("001_2fc47d92fe7c9eec.txt"));
    expect(grouped?.text).toBe("15\u00A0750\u00A0000 kronor");
  });

  it("covers every seed file", () => {
    const names = readdirTxt();
    expect(names).toEqual([
      "000_49623e2820591484.txt",
      "001_2fc47d92fe7c9eec.txt",
      "002_8e4a75ba9034af72.txt",
      "003_7e7bb9cb71af4918.txt",
      "004_2a06a6a6a6a8ca7b.txt",
    ]);
  });
});

function readdirTxt(): string[] {
  return readdirSync(SEEDS)
    .filter((n) => n.endsWith(".txt"))
    .sort();
}

describe("findAmounts: properties", () => {
  const alphabet = fc.constantFrom(
    ..."0123456789 ,.:-–/+\n\u00A0\u202Fkrsekmiljonerdtusenabhöåä".split(""),
    " miljoner",
    " kronor",
    " kr",
    "SEK ",
    " MSEK",
    "knappt ",
    "högst ",
    "en halv",
    " och en halv",
    "sex",
    "2022",
    "15 750 000",
  );
  const texts = fc.oneof(
    fc.string({ unit: alphabet, maxLength: 60 }),
    fc.string({ maxLength: 60 }),
  );

  it("never throws and returns in-bounds, ordered, non-overlapping exact slices", () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, loose) => {
        const found = findAmounts(text, { loose });
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(Number.isInteger(m.valueSek)).toBe(true);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
