// Costs, counts and a document's own correction: read at load as statements, quoted when asked, never funding.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

describe("costs and counts are quoted from the sentences that state them, never as funding", () => {
  const report = textDocument(
    "report",
    `Nätverket för genomik
Verksamhetsberättelse 2029

Publicerad 20 mars 2030

Nätverket får 40 miljoner kronor från staten under 2029.

Under 2029 genomfördes 3 210 trioanalyser inom nätverket, jämfört med 2 900 året innan.

Kostnaden per trioanalys var i genomsnitt 21 500 kronor.

En ny sekvenserare kostade 9 miljoner kronor.`,
    "2030-03-20",
  );
  const ask = createAsk({ knowledge: fromDocuments([report]) });
  const context = { today: "2030-06-01" };

  it("'vad kostar en trioanalys' quotes the cost of that analysis, its figure labelled a cost", () => {
    const answer = ask("vad kostar en trioanalys i snitt?", context);
    expect(answer.answered).toBe(true);
    expect(answer.figures.map((f) => [f.amountSek, f.label])).toEqual([[21_500, "kostnad"]]);
    expect(answer.text).toMatch(/21 500 kronor/);
    expect(answer.text).not.toMatch(/40 miljoner/);
  });

  it("'hur många analyser 2029' quotes the count, inside the compound", () => {
    const answer = ask("hur många analyser gjordes 2029?", context);
    expect(answer.text).toMatch(/3 210 trioanalyser/);
    expect(answer.figures).toEqual([]);
  });

  it("a count asked of a year no sentence tells is declined, never another year's", () => {
    expect(ask("hur många analyser gjordes 2026?", context).answered).toBe(false);
  });

  it("a cost of something no sentence names is declined", () => {
    expect(ask("vad kostar en biljett?", context).answered).toBe(false);
  });

  it("a train fare is off-topic though it names a year", () => {
    expect(ask("how much is the train to lund in 2029", context).intent).toBe("out-of-scope");
  });
});

describe("a document's own correction can be asked about", () => {
  const news = textDocument(
    "news",
    `Lokaltidningen

Region Halland får pengar till genomik

Publicerad 3 april 2031

Region Halland får 4,5 miljoner kronor av årets statliga pengar till Genomic Medicine Sweden. Regeringen har beslutat att GMS får 90 miljoner kronor i år.

Rättelse 4 april: I en tidigare version av artikeln stod det att Region Halland får 6 miljoner kronor. Det rätta beloppet är 4,5 miljoner kronor.`,
    "2031-04-03",
  );
  const ask = createAsk({ knowledge: fromDocuments([news]) });
  const context = { today: "2031-06-01" };

  it.each(["stämmer 6 miljoner till region halland?", "was there a correction?"])(
    "%s quotes the correction with the right figure",
    (q) => {
      const answer = ask(q, context);
      expect(answer.answered).toBe(true);
      expect(answer.text).toMatch(/Det rätta beloppet är 4,5 miljoner kronor/);
    },
  );

  it("an amount no correction names is not asked of the correction", () => {
    expect(ask("fick gms 90 miljoner 2031?", context).text).not.toMatch(/rätta beloppet/);
  });
});
