// Money other givers than the state give, asked by the giver's short name: "eu money", "is gms funded by the eu";
// and an organisation named beside a word that cannot be placed, with no word of money. Made-up pages.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const news = textDocument(
  "news",
  "Registry joins EU project\n\nPublished: 4 May 2035\n\nThe Biobank Registry receives SEK 3.5m (roughly EUR 300,000) of the EU funding for 2035.",
  "2035-05-04",
);
const page = textDocument(
  "page",
  "Biobanksnätet\n\nNews\n\nPublished: 3 March 2036\n\nThe registry has also been awarded EUR 2 million (about SEK 22 million) from the EU's Health Programme for 2036–2037. The EU grant goes to Biobanksnätet as coordinator and is not part of the government's funding of GMS.",
  "2036-03-03",
);
const ask = createAsk({ knowledge: fromDocuments([news, page]) });
const context = { today: "2036-06-01" };

describe("a giver asked by its short name", () => {
  it("'eu money' lists both, the one 'of the EU funding' and the one from the EU's programme", () => {
    const answer = ask("eu money", context);
    expect(answer.figures.map((f) => f.amountSek).sort()).toEqual([22_000_000, 3_500_000].sort());
    expect(answer.text).toMatch(/a grant from EU/);
  });

  it("'is gms funded by the eu': no, with what the EU gives", () => {
    const answer = ask("is gms funded by the eu", context);
    expect(answer.text).toMatch(/^No/);
    expect(answer.figures.length).toBeGreaterThan(0);
  });
});

describe("an organisation beside a word that cannot be placed, with no word of money", () => {
  it("is said back, never answered with the organisation's money", () => {
    const answer = ask("obesity drug approved in the eu?", context);
    expect(answer.answered).toBe(false);
    expect(answer.figures).toEqual([]);
    expect(answer.text).toMatch(/obesity/);
  });
});

describe("a plural pronoun after an answer that listed several amounts", () => {
  it("'are they part of the GMS grant?' asks about all of them", () => {
    const talk = { ...context, conversationId: "t1" };
    ask("eu money", talk);
    const answer = ask("are they part of the gms grant?", talk);
    expect(answer.text).toMatch(/^No/);
    expect(answer.figures.map((f) => f.amountSek).sort()).toEqual([22_000_000, 3_500_000].sort());
  });
});

describe("a giver asked about a topic it gives nothing to", () => {
  it("is said so before what it gives, never its other money as the answer", () => {
    const answer = ask("how much did the eu put into lung cancer", context);
    expect(answer.text).toMatch(/^I find no money from EU that the documents tie to lung cancer/);
  });
});

describe("a foundation's money for an area beside the state's", () => {
  const decision = textDocument(
    "decision",
    "GMS får 70 miljoner kronor\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2036. Av medlen går 12 miljoner kronor till barncancer och 58 miljoner kronor till solida tumörer.",
    "2035-12-16",
  );
  const earlier = textDocument(
    "earlier",
    "Barncancerfonden och GMS\n\nPublicerad 3 mars 2036\n\nStatens stöd till Genomic Medicine Sweden (GMS) är i år 70 miljoner kronor, varav 12 miljoner kronor går till barncancer. Barncancerfonden bidrar samtidigt med 4 miljoner kronor, som fördelas med 2 miljoner kronor per år under 2036 och 2037.",
    "2036-03-03",
  );
  const news = textDocument(
    "news",
    "Norden och genomiken\n\nPublicerad 4 mars 2036\n\nBarncancerfonden ger i år 6 miljoner kronor till ett projekt om barncancer. Pengarna ingår inte i statens stöd till GMS.",
    "2036-03-04",
  );
  const both = createAsk({ knowledge: fromDocuments([decision, earlier, news]) });

  it("'vilket år fick barncancer mest?' adds up GMS's money only", () => {
    const answer = both("vilket år fick barncancer mest?", { today: "2036-06-01" });
    expect(answer.figures[0]?.amountSek).toBe(12_000_000);
  });

  it("'hur mycket la barncancerfonden in' tells the money for GMS before the money that is not GMS's", () => {
    const answer = both("hur mycket la barncancerfonden in", { today: "2036-06-01" });
    expect(answer.figures[0]?.amountSek).toBe(4_000_000);
  });
});
