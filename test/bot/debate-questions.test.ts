// Questions about a debate transcript: money "enligt ministern", and a year's GMS money "inklusive" an area.
// Made-up pages.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = textDocument(
  "decision",
  "GMS får 70 miljoner kronor\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2035.",
  "2034-12-16",
);
const amr = textDocument(
  "amr",
  "Uppdrag om antibiotikaresistens\n\nRegeringen ger Folkhälsomyndigheten i uppdrag att betala ut 6 000 000 kronor under 2035 till Genomic Medicine Sweden (GMS) för arbete med antibiotikaresistens.",
  "2034-12-20",
);
const debate = textDocument(
  "debate",
  "Riksdagens protokoll 2035/36:12\n\nAnf. 12 Sjukvårdsminister ANNA EXEMPEL (KD):\n\nFru talman! Sammantaget har regeringen sedan 2033 avsatt mer än 200 miljoner kronor till GMS.",
  "2036-02-09",
);
const ask = createAsk({ knowledge: fromDocuments([decision, amr, debate]) });
const context = { today: "2036-03-01" };

describe("money asked 'enligt ministern'", () => {
  it("is the money the minister tells, not who the minister is", () => {
    const answer = ask(
      "Hur mycket har regeringen avsatt till GMS sedan 2033 enligt ministern?",
      context,
    );
    expect(answer.figures[0]?.amountSek).toBe(200_000_000);
  });
});

describe("a year's GMS money 'inklusive' an area", () => {
  it("'Hur mycket fick GMS 2035 inklusive antibiotikaresistens?' is the year's sum with the area among it", () => {
    const answer = ask("Hur mycket fick GMS 2035 inklusive antibiotikaresistens?", context);
    expect(answer.figures[0]?.amountSek).toBe(76_000_000);
  });
});
