// Questions added by helper F7: the verb of handing something in is no topic, a follow-up keeps the organisation's
// own deadline over the years a total spanned, and an English "putting in itself" is an organisation's own money.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { corpusKnowledge } from "../support/question-runner.js";

// The trap pages (a foundation's grant list, a company's interim report) over everything else.
const knowledge = corpusKnowledge("traps");
const ask = createAsk({ knowledge, now: () => 0 });
const vocabulary = createVocabulary(knowledge, []);
const today = { today: "2026-12-02" };

describe("handing something in", () => {
  it("'när ska slutrapporten lämnas?': 'lämnas' is no topic word", () => {
    const query = parseQuestion("när ska slutrapporten lämnas?", vocabulary, today);
    expect(query.stems).toEqual([]);
    expect(query.coverage.unplaced).not.toContain("lämnas");
    expect(query.cues.has("report")).toBe(true);
  });

  it("a follow-up after a total since a year keeps the organisation's own deadline", () => {
    const context = { ...today, conversationId: "f7-lämnas" };
    expect(ask("cancerfonden sedan 2021 till gms-projekt?", context).text).toMatch(/14,5/);
    const answer = ask("och när ska slutrapporten lämnas?", context);
    expect(answer.text).toMatch(/30 juni 2032/);
    expect(answer.text).not.toMatch(/Socialstyrelsen/);
  });

  it("one asked year still names the grant whose deadline is meant ('när ska SoS redovisa 2025 års uppdrag')", () => {
    const answer = ask("när ska SoS redovisa 2025 års uppdrag", today);
    expect(answer.text).toMatch(/31 mars 2026/);
  });

  it("a deadline asked of a year and an organisation still reads that year's grant", () => {
    const answer = ask("när ska region skåne redovisa 2030 års pengar?", today);
    expect(answer.text).toMatch(/31 mars 2031/);
  });
});

describe("an organisation's own money in casual English", () => {
  it("'putting in itself' is co-funding, not an unplaced word", () => {
    const query = parseQuestion("how much is nordigen putting in itself", vocabulary, today);
    expect(query.cues.has("cofund")).toBe(true);
    expect(query.coverage.unplaced).toEqual([]);
  });

  it("'how much is nordigen putting in itself': its own money, never the grant it got", () => {
    const answer = ask("how much is nordigen putting in itself", today);
    expect(answer.figures[0]?.amountSek).toBe(2_800_000);
    expect(answer.text).not.toMatch(/4\.2/);
  });
});

describe("what a minister announced", () => {
  it("'what did the minister announce for gms in 2033': the year's money, not who the minister is", () => {
    const answer = ask("what did the minister announce for gms in 2033", today);
    expect(answer.figures[0]?.amountSek).toBe(118_000_000);
    expect(answer.text).not.toMatch(/^Ministers in the documents/);
  });

  it("'vad meddelade ministern om gms 2033?': 'meddelade' announces, as 'announce' does", () => {
    const query = parseQuestion("vad meddelade ministern om gms 2033?", vocabulary, today);
    expect(query.cues.has("published")).toBe(true);
    expect(ask("vad meddelade ministern om gms 2033?", today).figures[0]?.amountSek).toBe(
      118_000_000,
    );
  });

  it("'which minister announced the 2033 money' still asks who", () => {
    const answer = ask("which minister announced the 2033 money", today);
    expect(answer.text).toMatch(/Helena Strand/);
  });
});
