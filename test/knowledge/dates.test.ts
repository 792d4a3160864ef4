import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateStartingAt, findDates } from "../../src/knowledge/dates.js";
import { readingOf } from "../../src/knowledge/sentence-readings.js";
import type { DateMatch } from "../../src/knowledge/types.js";

type Row = [
  text: string,
  kind: DateMatch["kind"],
  year: number,
  month: number | null,
  day: number | null,
  endYear: number,
  cue: DateMatch["cue"],
];

/** Every match's text must be the exact slice at its offsets. */
function dates(text: string): Row[] {
  const found = findDates(text);
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found.map((d) => [d.text, d.kind, d.year, d.month, d.day, d.endYear, d.cue]);
}

const date = (
  text: string,
  y: number,
  m: number,
  d: number,
  cue: DateMatch["cue"] = "none",
): Row => [text, "date", y, m, d, y, cue];
const month = (text: string, y: number, m: number, cue: DateMatch["cue"] = "none"): Row => [
  text,
  "month",
  y,
  m,
  null,
  y,
  cue,
];
const year = (text: string, y: number, cue: DateMatch["cue"] = "none"): Row => [
  text,
  "year",
  y,
  null,
  null,
  y,
  cue,
];
const span = (text: string, y: number, end: number, cue: DateMatch["cue"] = "none"): Row => [
  text,
  "span",
  y,
  null,
  null,
  end,
  cue,
];

describe("findDates: Swedish", () => {
  it.each<[string, Row[]]>([
    ["23 maj 2024, kl 09:00", [date("23 maj 2024", 2024, 5, 23)]],
    ["den 31 mars 2023", [date("31 mars 2023", 2023, 3, 31)]],
    ["senast den 1 december 2022", [date("1 december 2022", 2022, 12, 1, "deadline")]],
    ["senast 31 mars 2025.", [date("31 mars 2025", 2025, 3, 31, "deadline")]],
    ["Senast den 30 April 2023", [date("30 April 2023", 2023, 4, 30, "deadline")]],
    ["den 1:a december 2022", [date("1:a december 2022", 2022, 12, 1)]],
    ["23 MAJ 2024", [date("23 MAJ 2024", 2024, 5, 23)]],
    ["1 dec. 2022", [date("1 dec. 2022", 2022, 12, 1)]],
    ["beslutade i december 2021 att", [month("december 2021", 2021, 12, "in")]],
    ["I februari 2022 beslutade", [month("februari 2022", 2022, 2, "in")]],
    ["under 2022", [year("2022", 2022, "during")]],
    ["Under 2022", [year("2022", 2022, "during")]],
    ["2021-2023", [span("2021-2023", 2021, 2023)]],
    ["2021–2023", [span("2021–2023", 2021, 2023)]],
    ["2021 – 2023", [span("2021 – 2023", 2021, 2023)]],
    ["2021–23", [span("2021–23", 2021, 2023)]],
    ["åren 2021–2023", [span("2021–2023", 2021, 2023)]],
    ["Under åren 2021-2023 har", [span("2021-2023", 2021, 2023, "during")]],
    ["under perioden 2023–2025", [span("2023–2025", 2023, 2025, "during")]],
    ["under perioden 21 januari 2019", [date("21 januari 2019", 2019, 1, 21)]],
    ["2021 till 2023", [span("2021 till 2023", 2021, 2023)]],
    ["från 2021 till 2023", [span("från 2021 till 2023", 2021, 2023)]],
    ["mellan 2021 och 2023", [span("mellan 2021 och 2023", 2021, 2023)]],
    ["2021 till och med 2023", [span("2021 till och med 2023", 2021, 2023)]],
    ["för 2024", [year("2024", 2024, "for")]],
    ["för år 2024", [year("2024", 2024, "for")]],
    ["år 2024", [year("2024", 2024, "none")]],
    ["budgetåret 2022", [year("2022", 2022, "budget-year")]],
    ["budgetår 2022", [year("2022", 2022, "budget-year")]],
    ["sedan 2021", [year("2021", 2021, "since")]],
    ["från och med 2021", [year("2021", 2021, "since")]],
    ["publicerade 2019 en", [year("2019", 2019)]],
    ["2024-05-23", [date("2024-05-23", 2024, 5, 23)]],
    ["2022-02", [month("2022-02", 2022, 2)]],
    ["2022:s budget", [year("2022", 2022)]],
  ])("%j", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe("findDates: English", () => {
  it.each<[string, Row[]]>([
    ["May 23, 2024", [date("May 23, 2024", 2024, 5, 23)]],
    ["on 23 May 2024", [date("23 May 2024", 2024, 5, 23)]],
    ["the 23rd of May 2024", [date("23rd of May 2024", 2024, 5, 23)]],
    ["by 31 March 2025", [date("31 March 2025", 2025, 3, 31, "deadline")]],
    ["no later than 31 March 2025", [date("31 March 2025", 2025, 3, 31, "deadline")]],
    ["in December 2021", [month("December 2021", 2021, 12, "in")]],
    ["during 2022", [year("2022", 2022, "during")]],
    ["for 2024", [year("2024", 2024, "for")]],
    ["for the year 2024", [year("2024", 2024, "for")]],
    ["since 2021", [year("2021", 2021, "since")]],
    ["from 2021 to 2023", [span("from 2021 to 2023", 2021, 2023)]],
    ["between 2021 and 2023", [span("between 2021 and 2023", 2021, 2023)]],
    ["during the years 2021–2023", [span("2021–2023", 2021, 2023, "during")]],
    ["during the period 2021–2023", [span("2021–2023", 2021, 2023, "during")]],
    ["fiscal year 2022", [year("2022", 2022, "budget-year")]],
  ])("%j", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe("findDates: never a date", () => {
  it.each([
    "Telefon (växel) 08-405 10 00",
    "Mobil 076-1279394",
    "Mobil 073-065 16 12",
    "15 750 000 kronor",
    "2022 kronor",
    "SEK 2022",
    "kl 09:00",
    "anslaget 1:6",
    "utgiftsområde 9",
    "S2022/01234",
    "prop. 2021/22:1",
    "SFS 2019:123",
    "1899",
    "2101",
    "20245",
    "2024-02-30",
    "2023-2021",
    "1900-talet",
    "under 80 år",
    "23.05.2024",
  ])("%j", (text) => {
    expect(dates(text)).toEqual([]);
  });

  it("reads two years joined by 'och' without 'mellan' as two years", () => {
    expect(dates("2021 och 2023")).toEqual([year("2021", 2021), year("2023", 2023)]);
  });

  it("keeps only the month of an impossible day", () => {
    expect(dates("31 februari 2024")).toEqual([month("februari 2024", 2024, 2)]);
  });

  it("accepts years 1900 and 2100 only at the bounds", () => {
    expect(dates("1900 2100")).toEqual([year("1900", 1900), year("2100", 2100)]);
  });
});

const SEEDS = new URL("../../seeds/", import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), "utf8");

describe("findDates: the seed documents", () => {
  it.each<[string, Row[]]>([
    ["000_49623e2820591484.txt", [year("2022", 2022)]],
    [
      "001_2fc47d92fe7c9eec.txt",
      [
        month("december 2021", 2021, 12, "in"),
        month("februari 2022", 2022, 2, "in"),
        year("2022", 2022, "during"),
        year("2022", 2022, "during"),
        date("31 mars 2023", 2023, 3, 31, "deadline"),
        year("2019", 2019),
      ],
    ],
    [
      "002_8e4a75ba9034af72.txt",
      [
        date("21 januari 2019", 2019, 1, 21),
        date("8 juli 2021", 2021, 7, 8),
        year("2021", 2021, "for"),
      ],
    ],
    [
      "003_7e7bb9cb71af4918.txt",
      [
        date("23 maj 2024", 2024, 5, 23),
        year("2024", 2024, "during"),
        span("2021-2023", 2021, 2023, "during"),
        year("2024", 2024, "for"),
        date("31 mars 2025", 2025, 3, 31, "deadline"),
      ],
    ],
    [
      "004_2a06a6a6a6a8ca7b.txt",
      [
        year("2022", 2022, "during"),
        year("2022", 2022, "during"),
        year("2022", 2022, "budget-year"),
        year("2022", 2022, "budget-year"),
        date("1 december 2022", 2022, 12, 1, "deadline"),
        date("31 mars 2023", 2023, 3, 31, "deadline"),
        date("30 april 2023", 2023, 4, 30, "deadline"),
        year("2019", 2019),
        year("2021", 2021, "since"),
        year("2022", 2022, "during"),
      ],
    ],
  ])("%s", (name, expected) => {
    expect(dates(seed(name))).toEqual(expected);
  });
});

describe("findDates: properties", () => {
  const alphabet = fc.constantFrom(
    ..."0123456789 ,.:-–/\n\u00A0aeiknr".split(""),
    "2021",
    "2023",
    " maj ",
    "December ",
    "under ",
    "senast den ",
    " till ",
    "mellan ",
    " kronor",
  );
  const texts = fc.oneof(
    fc.string({ unit: alphabet, maxLength: 60 }),
    fc.string({ maxLength: 60 }),
  );

  it("reads the date after a deadline cue as the whole scan reads it there", () => {
    const cue = fc.constantFrom(
      "senast ",
      "senast den ",
      "by ",
      "by the ",
      "no later than ",
      "by on ",
    );
    const pieces = fc.tuple(texts, cue, texts);
    fc.assert(
      fc.property(pieces, ([before, said, after]) => {
        const text = `${before} ${said}${after}`;
        const at = text.length - after.length;
        // A fresh wording each time: its dates are not read yet, so the place is read alone.
        const alone = dateStartingAt({ text }, at);
        expect(alone).toEqual(findDates(text).find((d) => d.start === at));
        expect(dateStartingAt(readingOf(text), at)).toEqual(alone);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws and returns in-bounds, ordered, non-overlapping exact slices", () => {
    fc.assert(
      fc.property(texts, (text) => {
        let last = 0;
        for (const d of findDates(text)) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.year >= 1900 && d.endYear <= 2100 && d.endYear >= d.year).toBe(true);
          last = d.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
