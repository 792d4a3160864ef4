// The devset's 90 questions over seeds + devset, checked in-process: a ratchet, so the score only goes up.
import { readFileSync } from "node:fs";
import { describe, it } from "vitest";
import { devsetQuestions } from "../fixtures/devset/questions.js";
import type { QuestionCase } from "../support/question-case.js";
import {
  corpusKnowledge,
  onlyCases,
  reportAndRatchet,
  runCases,
} from "../support/question-runner.js";

const RATCHET_FILE = new URL("./devset-questions.ratchet.json", import.meta.url);
const ratchet = JSON.parse(readFileSync(RATCHET_FILE, "utf8")) as {
  minPassed: number;
  maxWrong: number;
};

describe("devset questions (seeds + devset)", () => {
  it("pass at least as many as last recorded, with no more wrong figures", () => {
    const cases: QuestionCase[] = onlyCases(devsetQuestions, process.env.QUESTIONS_ONLY).map(
      (c) => ({
        ...c,
        kind: "journalist",
        language: c.id.startsWith("sv") ? "sv" : "en",
        corpus: "devset",
        // The devset was written against the corpus as of late 2026.
        asked: "2026-12-02",
      }),
    );
    const results = runCases(corpusKnowledge("seeds+devset"), cases);
    reportAndRatchet("devset questions", results, ["language"], ratchet);
  });
});
