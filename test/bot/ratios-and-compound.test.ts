// "How many times larger …", a question that asks the payer and a date at once, and an insider's short name for
// an area: made-up pages.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const first = textDocument(
  "first",
  "Pressmeddelande\n\nMedel till GMS\n\nPublicerad 10 januari 2033\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut 10 miljoner kronor till Genomic Medicine Sweden (GMS) under 2033 för arbete med farmakogenomik.",
  "2033-01-10",
);
const later = textDocument(
  "later",
  "Pressmeddelande\n\nMer till GMS\n\nPublicerad 12 januari 2035\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut 45 miljoner kronor till Genomic Medicine Sweden (GMS) under 2035.",
  "2035-01-12",
);
const ask = createAsk({ knowledge: fromDocuments([first, later]) });
const answer = (q: string) => ask(q, { today: "2035-06-01" }).text;

describe("ratios, compound questions and short names", () => {
  it("'how many times' gives both years and their ratio, computed", () => {
    expect(answer("How many times larger was the 2035 grant than the 2033 grant?")).toContain(
      "4.5 times as much",
    );
    expect(answer("hur många gånger mer fick GMS 2035 än 2033?")).toContain("4,5 gånger så mycket");
  });

  it("'which agency paid out … and when was it decided' names the payer, not a deadline", () => {
    expect(answer("Which agency paid out the 2033 money and when was it decided?")).toContain(
      "Kammarkollegiet",
    );
  });

  it("'farmgen' is pharmacogenomics", () => {
    expect(answer("hur mkt till farmgen 33")).toContain("10 miljoner kronor");
  });
});

describe("'and the year after?' after an answer that showed one year", () => {
  it("asks the year after the one shown, though the question named none", () => {
    const chat = createAsk({ knowledge: fromDocuments([first, later]) });
    const turn = (q: string) => chat(q, { today: "2035-06-01", conversationId: "c" }).text;
    expect(turn("how much did gms get for pharmacogenomics?")).toContain("SEK 10 million (2033)");
    const next = turn("and the year after?");
    expect(next).toContain("2034");
    expect(next).not.toContain("SEK 10 million");
  });
});

describe("years typed wrong", () => {
  it("reads a letter o typed for a zero ('2o35') as the year", () => {
    expect(answer("how much did gms get in 2o35")).toContain("SEK 45 million (2035)");
  });

  it("says back what looks like a mistyped year, never answering over every year", () => {
    for (const q of ["how much did gms get in 235", "gms 2035x"]) {
      const text = answer(q);
      expect(text, q).not.toMatch(/in total|sammanlagt|totalt/);
      expect(text, q).toMatch(/235|2035x/);
    }
  });
});

describe("English 'may'", () => {
  it("is the month only beside a day or a year, or after a word that places a time", async () => {
    const { parseQuestion } = await import("../../src/bot/query.js");
    const { createVocabulary } = await import("../../src/bot/vocabulary.js");
    const vocabulary = createVocabulary(fromDocuments([first, later]));
    const months = (q: string) => parseQuestion(q, vocabulary, { today: "2035-06-01" }).months;
    expect(months("How much may Kammarkollegiet use for its own work?")).toEqual([]);
    expect(months("what was decided in may 2033?")).toEqual([5]);
    expect(months("money announced 3 may 2033")).toEqual([5]);
  });
});

describe("a short year written with an apostrophe", () => {
  it("is a year even before a unit ('33 vs '35 mnkr), never an amount", async () => {
    const { parseQuestion } = await import("../../src/bot/query.js");
    const { createVocabulary } = await import("../../src/bot/vocabulary.js");
    const q = parseQuestion(
      "gms '33 vs '35 mnkr",
      createVocabulary(fromDocuments([first, later])),
      {
        today: "2035-06-01",
      },
    );
    expect(q.years).toEqual([2033, 2035]);
    expect(q.amounts).toEqual([]);
  });
});
