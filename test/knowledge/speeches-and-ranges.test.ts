// A minister's speech and a GMS news item: earlier money told without a year beside the year's own grant, a
// difference ("30 miljoner mer"), a rate after a since-year total, and the bounds of a range: made-up pages.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const speech = textDocument(
  "speech",
  "Tal av socialministern vid GMS årskonferens\n\nMalmö, 4 mars 2037\n\nI år får Genomic Medicine Sweden 75 miljoner kronor från regeringen. Sedan 2030 har vi satsat över en halv miljard kronor på genomisk medicin.\n\nNär jag tillträdde som minister fick GMS 50 miljoner kronor om året. I dag är det 25 miljoner mer.",
  "2037-03-04",
);
const news = textDocument(
  "news",
  "GMS News\n\nFunding for 2037\n\nPublished 18 December 2036\n\nGenomic Medicine Sweden (GMS) will receive SEK 75 million from the government for 2037.\n\nEach of the seven GMS nodes will receive between SEK 6 million and SEK 12 million, depending on patient volumes. Smaller regions get mellan 2 och 4 miljoner kronor.",
  "2036-12-18",
);
const { entries } = fromDocuments([speech, news]).ledger;
const of = (sek: number) => entries.filter((e) => e.amountSek === sek);

describe("a speech's figures beside the year's grant", () => {
  it("counts only the year's grant for its year", () => {
    const counted = entries.filter((e) => countsAsGrant(e) && e.years.includes(2037));
    expect(counted.map((e) => e.amountSek)).toEqual([75_000_000]);
  });

  it("earlier money told without a year is a retelling of no known year, not a rate over the since-year span", () => {
    const fifty = of(50_000_000)[0];
    expect(fifty?.role).toBe("comparison");
    expect(fifty?.years).toEqual([]);
    expect(fifty?.weak?.join(" ")).toMatch(/Dated by the page only/);
  });

  it("'25 miljoner mer' is a difference, no money of its own", () => {
    expect(of(25_000_000).every((e) => !countsAsGrant(e))).toBe(true);
  });
});

describe("the bounds of a range", () => {
  it("are never grants, in English or Swedish", () => {
    for (const sek of [6_000_000, 12_000_000, 4_000_000])
      expect(of(sek).some(countsAsGrant)).toBe(false);
  });
});
