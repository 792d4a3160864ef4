// Readings added in session 13 (q13): a relative year next to a named one, off-topic
// travel.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments, TOPICS } from "../../src/knowledge/index.js";
import { seedKnowledge } from "../support/seeds.js";
import { textDocument } from "../support/text-document.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });

describe("'last year' next to a named year in a comparison is the year before that one", () => {
  it.each([
    ["gms money in 2027 compared to last year?", [2026, 2027]],
    ["hur mkt fick gms 2028 jämfört med i fjol", [2027, 2028]],
    ["did gms get more in 2025 than last year", [2024, 2025]],
  ])("%s", (q, years) => {
    expect(read(q).years).toEqual(years);
  });

  it("without a comparison, 'last year' is still read from the date of asking", () => {
    expect(read("hur mkt fick gms i fjol").years).toEqual([2025]);
  });
});

describe("a near-word correction into part of a phrase is no correction", () => {
  it("'capital of sweden' is said back as 'capital', never 'capita' (of 'per capita')", () => {
    const q = read("capital of sweden");
    expect(q.coverage.unplaced).toContain("capital");
    expect(q.coverage.unplaced).not.toContain("capita");
  });

  it("a one-word lexicon word one letter off is still put right ('monney')", () => {
    expect(read("how much monney did gms get 2024").coverage.unplaced).toEqual([]);
  });
});

describe("a ratio is never rounded into a whole multiple it is not", () => {
  const doc = (id: string, year: number, amount: string) =>
    textDocument(
      id,
      `Pressmeddelande\n\nMedel till GMS\n\nPublicerad 10 januari ${year}\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut ${amount} kronor till Genomic Medicine Sweden (GMS) under ${year}.`,
      `${year}-01-10`,
    );
  const ask = createAsk({
    knowledge: fromDocuments([doc("a", 2033, "10 miljoner"), doc("b", 2034, "49,5 miljoner")]),
  });

  it("49,5 against 10 is 4.95 times, not 5", () => {
    expect(
      ask("How many times more did GMS get in 2034 than in 2033?", { today: "2035-01-01" }).text,
    ).toContain("4.95 times as much");
  });
});

describe("money of an organisation the asked one merely hosts is not the asked one's", () => {
  const release = textDocument(
    "release",
    `Press release

A shared data platform for genomics

Published: 5 February 2032

Karolinska Institutet receives SEK 3 million from Genomic Medicine Sweden (GMS) in 2032 for a pilot on data sharing.

About Data Lab
Data Lab is a national research infrastructure, funded by the Swedish government with around SEK 700 million a year and hosted by KTH, Karolinska Institutet and Uppsala University.`,
    "2032-02-05",
  );
  const ask = createAsk({ knowledge: fromDocuments([release]) });

  it("'vad fick ki' leaves out the hosted infrastructure's 700 million", () => {
    const answer = ask("vad fick ki", { today: "2032-06-01" });
    expect(answer.figures.map((f) => f.amountSek)).not.toContain(700_000_000);
    expect(answer.text).not.toMatch(/700/);
  });
});

describe("a follow-up's 'compared to last year?' is read from the year discussed", () => {
  const doc = (id: string, year: number, amount: string) =>
    textDocument(
      id,
      `Pressmeddelande\n\nMedel till GMS\n\nPublicerad 10 januari ${year}\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut ${amount} kronor till Genomic Medicine Sweden (GMS) under ${year} för sällsynta diagnoser.`,
      `${year}-01-10`,
    );
  const ask = createAsk({
    knowledge: fromDocuments([
      doc("a", 2030, "5 miljoner"),
      doc("b", 2033, "8 miljoner"),
      doc("c", 2034, "12 miljoner"),
    ]),
  });

  it("after 'rare diseases 2034', 'compared to last year?' sets 2034 against 2033, not the asking year's", () => {
    const context = { today: "2031-06-01", conversationId: "s13-last-year" };
    ask("how much for rare diseases 2034", context);
    const answer = ask("compared to last year?", context);
    expect(answer.figures.map((f) => f.amountSek)).toEqual(
      expect.arrayContaining([8_000_000, 12_000_000]),
    );
    expect(answer.figures.map((f) => f.amountSek)).not.toContain(5_000_000);
  });
});
