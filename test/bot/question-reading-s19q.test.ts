// Readings added in session 19 (q19): a wire story and an operational plan as kinds of document, told by
// a masthead or a dateline, never by a body sentence that cites another document.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { documentKind, TOPICS } from "../../src/knowledge/index.js";
import { corpusKnowledge } from "../support/question-runner.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });
const all = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
const ask = (q: string, id = `s19q-${q}`) => all(q, { conversationId: id, today: "2026-12-02" });
const M = 1_000_000;

describe("kinds of document", () => {
  it("a wire story is told by its masthead or its dateline's agency", () => {
    expect(
      documentKind({ kind: null, text: "Nordic Health Wire\n\nSweden lifts funding\n\nText." }),
    ).toBe("telegram");
    const dateline =
      "Sweden lifts funding\n\nSTOCKHOLM, Jan 30 (TT/Reuters) - Sweden's government will give GMS SEK 94m in 2030, up from before.";
    expect(documentKind({ kind: null, text: dateline })).toBe("telegram");
  });

  it("a body sentence citing another document names no kind", () => {
    const text =
      "Some Masthead\n\nHeadline\n\nAnalysts had expected as much as SEK 100 million after the budget bill pencilled in SEK 85 million for 2028.";
    expect(documentKind({ kind: null, text })).toBeNull();
  });

  it("an operational plan is its own kind", () => {
    expect(
      documentKind({ kind: null, text: "Region X\nVerksamhetsplan 2027 – Noden\n\nText." }),
    ).toBe("verksamhetsplan");
  });

  it("'the wire' and 'verksamhetsplanen' name those kinds, and no topic", () => {
    expect(read("how much does gms get in 2030 according to the wire").docKinds).toEqual([
      "telegram",
    ]);
    expect(read("statsbidraget enl verksamhetsplanen?").docKinds).toEqual(["verksamhetsplan"]);
    const a = ask("how much does gms get in 2030 acording to the wire");
    expect(a.figures[0]?.amountSek).toBe(94 * M);
  });
});

describe("a pronoun with nothing to point at", () => {
  it("'ingår det i gms-anslaget?' asked first asks what 'det' is, in the asker's language, never a total", () => {
    for (const [q, word] of [
      ["ingår det i gms-anslaget?", "”det”"],
      ["ingår de i gms-anslaget?", "”de”"],
      ["ingår det 2027 i gms-anslaget?", "”det”"],
      ["is that on top of the gms money?", "“that”"],
      ["hur fördelas det?", "”det”"],
    ] as const) {
      const a = ask(q, `s19q-first-${q}`);
      expect(a.answered, q).toBe(false);
      expect(a.figures, q).toEqual([]);
      expect(a.text, q).toContain(word);
    }
  });

  it("after an answer the pronoun points at it; an article or a named subject is no pointer", () => {
    const id = "s19q-pointer-after";
    ask("vad fick gms 2027?", id);
    expect(ask("ingår det i gms-anslaget?", id).answered).toBe(true);
    expect(ask("gms-pengarna 2023, vad gick de till", "s19q-named").figures[0]?.amountSek).toBe(
      10 * M,
    );
    expect(
      ask("Vilken nod fick minst av de statliga GMS-medlen 2027?", "s19q-article").answered,
    ).toBe(true);
  });
});
