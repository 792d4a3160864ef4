// Readings added by helper K11 on made-up pages: the years of counts and costs. A programme's transcript is dated
// by when it was sent; "i fjol" in a count's sentence counts from it; "under året" after a sentence naming a
// report's year is that year; a cost set against "last year" is of the year a report tells of; a time told in an
// earlier clause is not a cost's.
import { describe, expect, it } from "vitest";
import { publishedFromText } from "../../src/knowledge/document-date.js";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const countYears = (text: string, published: string | null = null) =>
  readStatements([textDocument("d", text, published)]).counts.map((c) => [c.counted.text, c.years]);
const costYears = (text: string, published: string | null = null) =>
  readStatements([textDocument("d", text, published)]).costs.map((c) => c.years);

describe("a broadcast's transcript", () => {
  it("'Utskrift av samtal, sänt måndag 8 mars 2032 kl. 18.10' dates the page", () => {
    expect(
      publishedFromText(
        [
          "Radio Väst – Kvällsekot",
          "",
          "Utskrift av samtal, sänt måndag 8 mars 2032 kl. 18.10",
          "",
          "Text.",
        ].join("\n"),
      ),
    ).toBe("2032-03-08");
  });

  it("a sentence naming the date a programme was sent is no dateline", () => {
    expect(
      publishedFromText(
        "Programmet om genomik som sändes den 8 mars 2032 blev mycket uppmärksammat av lyssnarna i hela landet.\n",
      ),
    ).toBeNull();
  });

  it("'i fjol gjordes 3 000 helgenomanalyser' counts from the day it was sent", () => {
    const text = [
      "Radio Väst – Kvällsekot",
      "",
      "Utskrift av samtal, sänt måndag 8 mars 2032 kl. 18.10",
      "",
      "GÄST: Vi ser resultat: i fjol gjordes 3 000 helgenomanalyser i regionen, och en analys kostar i dag 12 000 kronor.",
    ].join("\n");
    expect(countYears(text)).toEqual([["3 000 helgenomanalyser", [2031]]]);
    // The earlier clause's "i fjol" is the count's, not the cost's.
    expect(costYears(text)).toEqual([[2032]]);
  });
});

describe("'under året' after a report's year", () => {
  it("is the year the sentence before names, not the page's", () => {
    const text = [
      "Redovisning av uppdrag",
      "",
      "Region Örebros redovisning för 2030 kom in till myndigheten den 10 mars 2031. Av redovisningen framgår att regionen under året genomförde cirka 900 helgenomanalyser.",
    ].join("\n");
    expect(countYears(text, "2031-03-20")).toEqual([["900 helgenomanalyser", [2030]]]);
  });

  it("after a paragraph break, it stays the page's", () => {
    const text = [
      "Redovisning av uppdrag",
      "",
      "Region Örebros redovisning för 2030 kom in till myndigheten den 10 mars 2031.",
      "",
      "Regionen genomförde under året cirka 900 helgenomanalyser.",
    ].join("\n");
    expect(countYears(text, "2031-03-20")).toEqual([["900 helgenomanalyser", [2031]]]);
  });
});

describe("a cost set against last year's", () => {
  it("'fell to SEK 11,000, from SEK 12,000 last year' in an annual report is of the report's year too", () => {
    const text = [
      "Network for Genomics",
      "Annual Report 2031",
      "",
      "Approved by the board, 12 March 2032",
      "",
      "The average cost of a whole-genome analysis fell to SEK 11,000, from SEK 12,000 last year.",
    ].join("\n");
    expect(costYears(text, "2032-03-12")).toEqual([[2031, 2030]]);
  });
});
