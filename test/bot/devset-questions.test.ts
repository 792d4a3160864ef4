// The devset's 90 questions over seeds + devset, checked in-process: a ratchet, so the score only goes up.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { devsetQuestions } from "../fixtures/devset/questions.js";
import type { QuestionCase } from "../support/question-case.js";
import {
  corpusKnowledge,
  failureLines,
  onlyCases,
  reportBy,
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
    const passed = results.filter((r) => r.passed).length;
    const wrong = results.reduce((n, r) => n + r.badFigures, 0);
    const confident = results.reduce((n, r) => n + r.confidentlyWrong, 0);
    console.log(
      [
        `devset questions: ${passed}/${results.length} passed, ${wrong} wrong or invented figures, ${confident} answered with a wrong first figure`,
        ...reportBy(results, "language"),
        ...failureLines(results, Boolean(process.env.QUESTIONS_VERBOSE)),
      ].join("\n"),
    );
    if (process.env.QUESTIONS_ONLY) return;
    expect(
      passed,
      "passed (raise minPassed in the ratchet file when this goes up)",
    ).toBeGreaterThanOrEqual(ratchet.minPassed);
    expect(wrong, "wrong or invented figures").toBeLessThanOrEqual(ratchet.maxWrong);
  });
});
