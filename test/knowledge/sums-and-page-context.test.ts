// A sum told "together with" money already granted is a stated total, and money a page about GMS tells far from
// any GMS mention, dated by the page alone, is not GMS's: made-up pages.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const counted = (docs: ReturnType<typeof textDocument>[], year: number) =>
  fromDocuments(docs)
    .ledger.entries.filter((e) => countsAsGrant(e) && e.years.includes(year))
    .map((e) => e.amountSek)
    .sort((a, b) => a - b);

// The year's grant, and a release of extra money that states their sum.
const first = textDocument(
  "first",
  "Pressmeddelande\n\nGMS får 70 miljoner kronor för 2036\n\nPublicerad 10 januari 2036\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2036.",
  "2036-01-10",
);
const extra = textDocument(
  "extra",
  "Pressmeddelande\n\nYtterligare medel till GMS\n\nPublicerad 3 juni 2036\n\nRegeringen ger Genomic Medicine Sweden (GMS) ytterligare 4 miljoner kronor för 2036.\n\nTillsammans med de 70 miljoner kronor som GMS tidigare fått för 2036 uppgår stödet i år därmed till 74 miljoner kronor.",
  "2036-06-03",
);

describe("a sum 'together with' money already granted", () => {
  it("is a stated total, never a third grant", () => {
    expect(counted([first, extra], 2036)).toEqual([4_000_000, 70_000_000]);
    const english = textDocument(
      "en",
      "News\n\nMore for GMS\n\nPublished: 3 June 2036\n\nGenomic Medicine Sweden will receive an extra SEK 4 million for 2036. Together with the SEK 70 million granted in January, its funding this year comes to SEK 74 million.",
      "2036-06-03",
    );
    expect(counted([first, english], 2036)).toEqual([4_000_000, 70_000_000]);
  });
});

describe("money a page about GMS tells apart from GMS", () => {
  it("dated only by the page and far from any GMS mention, it is not GMS's", () => {
    const news = textDocument(
      "news",
      "Nyheter\n\nBudgeten: GMS får sitt\n\nPublicerad 2036-09-20\n\nI budgetpropositionen föreslår regeringen 70 miljoner kronor till Genomic Medicine Sweden för 2037.\n\nResten av pengarna går bland annat till screening. Satsningen på väntetider omfattar 400 miljoner kronor.",
      "2036-09-20",
    );
    expect(counted([news], 2036)).toEqual([]);
  });

  it("dated by its own words, it stays GMS's (the page is about GMS)", () => {
    const news = textDocument(
      "news",
      "Nyheter\n\nGMS får pengar\n\nPublicerad 2036-09-20\n\nGenomic Medicine Sweden har fått ett nytt uppdrag.\n\nRegeringen ger 6 miljoner kronor för 2036 till arbetet med snabbare analyser.",
      "2036-09-20",
    );
    expect(counted([news], 2036)).toEqual([6_000_000]);
  });
});

describe("asked whether a grant is on top of a stated total", () => {
  it("answers no when the total's year's grants add up to it", async () => {
    const { createAsk } = await import("../../src/bot/index.js");
    const ask = createAsk({ knowledge: fromDocuments([first, extra]) });
    const text = ask("is the 74m on top of the 70m?", { today: "2036-12-01" }).text;
    expect(text).toMatch(/^No/);
    expect(ask("was the 4 million on top of the 70?", { today: "2036-12-01" }).text).toMatch(
      /^Yes/,
    );
  });
});
