// Readings added in session 25 from the blind fresh sets: words that once broadened or misplaced a question.
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
const M = 1_000_000;

describe("words placed, never misread", () => {
  it("a contraction typed without its apostrophe is no other word ('wasnt' is not 'want')", () => {
    const q = read("wasnt the 2028 budget supposed to be 90 million?");
    expect(q.cues.has("proposal")).toBe(false);
    expect(q.cues.has("estimate")).toBe(true);
  });

  it("'region' before a lower-case common word names no region ('does the region add …')", () => {
    expect(read("does the region add its own money?").orgs).toEqual([]);
  });

  it("a year joined to 'beslutet' names that year's decision, not a decision document", () => {
    expect(read("'27-beslutet, hur många mnkr?").docKinds).toEqual([]);
    expect(read("'27-beslutet, hur många mnkr?").cues.has("howMuch")).toBe(true);
  });

  it("'innan beslutet kom' is said in passing: no decision is asked", () => {
    const q = read("vad var beräknat för '28 i BP:n innan beslutet kom?");
    expect(q.cues.has("decision")).toBe(false);
    expect(q.coverage.unplaced).toEqual([]);
  });

  it("an inquiry (SOU) and an FAQ page are kinds of document", () => {
    expect(read("SOU:ns totalsumma för 2021–2026?").docKinds).toEqual(["utredning"]);
    expect(read("hur mkt totalt enl FAQ:n?").docKinds).toEqual(["faq"]);
  });

  it("a year right after a kind of document dates the document, not the money", () => {
    expect(read("What had the budget bill for 2028 estimated for 2029?").years).toEqual([2029]);
  });
});

describe("instalments", () => {
  const ask = createAsk({
    knowledge: fromDocuments(
      [
        textDocument(
          "beslut",
          "Kammarkollegiet\n\nBeslut om utbetalning\n\nDatum: 2031-01-20\n\nKammarkollegiet betalar ut 80 000 000 kronor till Region Skåne för arbete inom Genomic Medicine Sweden (GMS) under 2031.\n\nMedlen betalas ut i två delbetalningar:\n\n40 000 000 kronor betalas ut i februari 2031.\n\n40 000 000 kronor betalas ut i september 2031.",
          "2031-01-20",
        ),
      ],
      [],
    ),
    now: () => 0,
  });
  const answer = (q: string) => ask(q, { today: "2031-06-01" });

  it("the first instalment is the one paid first, with its month", () => {
    const a = answer("första delbetalningen 2031, hur stor och när?");
    expect(a.figures[0]?.amountSek).toBe(40 * M);
    expect(a.text).toMatch(/februari 2031/);
    expect(a.text).not.toMatch(/september/);
  });
});
