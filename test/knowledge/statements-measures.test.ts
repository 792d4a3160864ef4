// Costs, counts and corrections: read at load, each with its sentence; never money granted.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const read = (text: string, date = "2030-03-01") => readStatements([textDocument("d", text, date)]);

describe("costs", () => {
  it("a sentence telling what something costs, with its amount and the document's year", () => {
    const s = read(
      "GMS får 80 miljoner kronor.\n\nEn paneltest kostar i dag omkring 3 000 kronor.",
    );
    expect(s.costs.map((c) => [c.span.text, c.amounts.map((a) => a.valueSek), c.years])).toEqual([
      ["En paneltest kostar i dag omkring 3 000 kronor.", [3_000], [2030]],
    ]);
  });

  it("a report's year dates its cost; a written year is the cost's own", () => {
    const s = read(
      "Nätverket\nVerksamhetsberättelse 2029\n\nKostnaden per analys var 7 100 kronor. År 2027 var priset 9 000 kronor.",
    );
    expect(s.costs.map((c) => c.years)).toEqual([[2029], [2027]]);
  });

  it("a cost word with no amount is no cost statement", () => {
    expect(read("Kostnaden för analyserna har sjunkit kraftigt.").costs).toEqual([]);
  });
});

describe("counts", () => {
  it("a number of things; 'året innan' is the year before the written one", () => {
    const s = read("Under 2029 gjordes 4 120 trioanalyser, jämfört med 3 300 året innan.");
    expect(s.counts.map((c) => [c.counted.text, c.years])).toEqual([
      ["4 120 trioanalyser", [2029, 2028]],
    ]);
  });

  it("amounts, dates, years, budget-line numbers, phone numbers and times are no counts", () => {
    const s = read(
      [
        "Socialstyrelsen betalar ut 4 500 000 kronor senast den 12 mars 2030.",
        "Medlen belastar utgiftsområde 9 Hälsovård, anslagsposten 14 Genomic Medicine Sweden.",
        "Telefon 08-405 10 00. Sändes kl. 07.30, 3 minuter.",
        "Det tog 2 år och 40 procent av budgeten.",
      ].join("\n\n"),
    );
    expect(s.counts).toEqual([]);
  });

  it("an English count with a thousands comma", () => {
    const s = read("More than 12,500 samples were sequenced in 2029.");
    expect(s.counts.map((c) => c.counted.text)).toEqual(["12,500 samples"]);
  });
});

describe("corrections", () => {
  it("the sentence that corrects, the rest of its paragraph, and both amounts", () => {
    const s = read(
      "Region Halland får 4,5 miljoner kronor.\n\nRättelse: I en tidigare version stod det att regionen får 6 miljoner kronor. Det rätta beloppet är 4,5 miljoner kronor.",
    );
    expect(s.corrections).toHaveLength(1);
    expect(s.corrections[0]?.said.map((x) => x.text)).toEqual([
      "Det rätta beloppet är 4,5 miljoner kronor.",
    ]);
    expect(s.corrections[0]?.amounts.map((a) => a.valueSek)).toEqual([6_000_000, 4_500_000]);
  });

  it("a correction of a name, with no amount, is none of money", () => {
    expect(read("Rättelse: Namnet på projektledaren var fel stavat.").corrections).toEqual([]);
  });
});
