// Every content word of every question in the hand-judged sets is used by the reading, known noise, or named
// back to the asker: nothing is dropped silently.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { tokenize } from "../../src/bot/lexicon.js";
import { cleanQuestion } from "../../src/bot/normalize.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { TOPICS } from "../../src/knowledge/index.js";
import { devsetQuestions } from "../fixtures/devset/questions.js";
import { questionSet } from "../fixtures/questions/index.js";
import { corpusKnowledge } from "../support/question-runner.js";

const TODAY = "2026-12-02";

const texts = [
  ...questionSet.flatMap((c) => (c.turns ? c.turns.map((t) => t.q) : [c.q ?? ""])),
  ...devsetQuestions.map((c) => c.q),
].filter((q) => q.trim() !== "");

describe("coverage: no word is dropped silently", () => {
  const knowledge = corpusKnowledge("extra");
  const vocabulary = createVocabulary(
    knowledge,
    TOPICS.flatMap((t) => t.svPhrases),
  );
  const ask = createAsk({ knowledge });

  it("reads at least 300 questions", () => {
    expect(texts.length).toBeGreaterThanOrEqual(300);
  });

  it("puts every word in exactly one of used, noise or unplaced", () => {
    for (const q of texts) {
      const { coverage } = parseQuestion(q, vocabulary, { today: TODAY });
      const counted = coverage.used.length + coverage.noise.length + coverage.unplaced.length;
      expect(counted, q).toBe(tokenize(q, vocabulary.isName).length);
    }
  });

  it("names every unplaced word back in the answer", () => {
    let unplaced = 0;
    for (const q of texts) {
      // Read as the bot reads it: a link's address is no word, its label's unplaceable words no ask.
      const clean = cleanQuestion(q);
      const words = parseQuestion(clean.text, vocabulary, { today: TODAY, labels: clean.labels })
        .coverage.unplaced;
      if (words.length === 0) continue;
      unplaced += 1;
      const text = ask(q, { today: TODAY }).text.toLowerCase();
      for (const w of words) expect(text, `${q}: “${w}”`).toContain(w.toLowerCase());
    }
    // Most questions are read in full; the rest say what they left out.
    expect(unplaced).toBeLessThan(texts.length / 4);
  });
});
