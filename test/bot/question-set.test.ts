// The hand-judged question set (Slack, Discord, journalist; conversations) asked in-process over the corpus each
// question needs. A ratchet: the pass count may only go up and wrong figures only down.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { questionSet } from "../fixtures/questions/index.js";
import { EXPECT_KEYS } from "../support/answer-check.js";
import type { Corpus, Expectation, QuestionCase } from "../support/question-case.js";
import {
  type CaseResult,
  corpusKnowledge,
  expectationKeys,
  onlyCases,
  reportAndRatchet,
  runCases,
} from "../support/question-runner.js";

const RATCHET_FILE = new URL("./question-set.ratchet.json", import.meta.url);
const ratchet = JSON.parse(readFileSync(RATCHET_FILE, "utf8")) as {
  minPassed: number;
  maxWrong: number;
};

function expectationsOf(c: QuestionCase) {
  return c.turns ? c.turns.map((t) => t.expect) : [c.expect ?? {}];
}

describe("question set: well-formed", () => {
  it("has unique ids, known expectation keys, and at least 250 questions with 15 conversations", () => {
    const ids = questionSet.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of questionSet) {
      expect(Boolean(c.q) !== Boolean(c.turns), `${c.id}: either q or turns`).toBe(true);
      for (const e of expectationsOf(c))
        for (const key of expectationKeys(e))
          expect(EXPECT_KEYS.has(key), `${c.id}: ${key}`).toBe(true);
      if (c.asked) expect(c.asked, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(questionSet.length).toBeGreaterThanOrEqual(250);
    expect(questionSet.filter((c) => c.turns).length).toBeGreaterThanOrEqual(15);
  });

  it("names only documents of the corpus each question is asked over", () => {
    const known = {
      seeds: new Set(corpusKnowledge("seeds").documents.map((d) => d.id)),
      all: new Set(corpusKnowledge("extra").documents.map((d) => d.id)),
      genres: new Set(corpusKnowledge("genres").documents.map((d) => d.id)),
      traps: new Set(corpusKnowledge("traps").documents.map((d) => d.id)),
      fresh: new Set(corpusKnowledge("fresh").documents.map((d) => d.id)),
      fresh2: new Set(corpusKnowledge("fresh2").documents.map((d) => d.id)),
      fresh3: new Set(corpusKnowledge("fresh3").documents.map((d) => d.id)),
    };
    // 5 seeds + 14 devset + 28 extra (+ 8 genre pages, + 10 trap pages): a stray README in a fixtures folder would
    // be read as a document (the trap pages' README, their answer key, is left out by name).
    expect([known.seeds.size, known.all.size, known.genres.size, known.traps.size]).toEqual([
      5, 49, 57, 67,
    ]);
    const docsOf = (e: Expectation): string[] => [
      ...(e.docs ?? []),
      ...(e.anyOf ?? []).flatMap(docsOf),
    ];
    for (const c of questionSet) {
      const ids =
        c.corpus === "seeds"
          ? known.seeds
          : c.corpus === "genres"
            ? known.genres
            : c.corpus === "traps"
              ? known.traps
              : c.corpus === "fresh"
                ? known.fresh
                : c.corpus === "fresh2"
                  ? known.fresh2
                  : c.corpus === "fresh3"
                    ? known.fresh3
                    : known.all;
      for (const e of expectationsOf(c))
        for (const id of docsOf(e)) expect(ids.has(id), `${c.id} names ${id}`).toBe(true);
    }
  });
});

describe("question set: answers", () => {
  it("pass at least as many as last recorded, with no more wrong figures", () => {
    const chosen = onlyCases(questionSet, process.env.QUESTIONS_ONLY);
    const byCorpus = (corpus: Corpus) => chosen.filter((c) => c.corpus === corpus);
    // Devset and extra questions are asked over everything at once, as a user's folder would hold them.
    const all = corpusKnowledge("extra");
    const results: CaseResult[] = [
      ...runCases(corpusKnowledge("seeds"), byCorpus("seeds")),
      ...runCases(all, [...byCorpus("devset"), ...byCorpus("extra")]),
      // Questions over the genre pages are asked with every other document present too.
      ...(byCorpus("genres").length > 0
        ? runCases(corpusKnowledge("genres"), byCorpus("genres"))
        : []),
      // Questions over the trap pages (mostly other money than GMS's) are asked with everything else present.
      ...(byCorpus("traps").length > 0
        ? runCases(corpusKnowledge("traps"), byCorpus("traps"))
        : []),
      // Questions over the fresh pages (written blind) are asked over the seeds and those pages alone.
      ...(byCorpus("fresh").length > 0
        ? runCases(corpusKnowledge("fresh"), byCorpus("fresh"))
        : []),
      ...(byCorpus("fresh2").length > 0
        ? runCases(corpusKnowledge("fresh2"), byCorpus("fresh2"))
        : []),
      ...(byCorpus("fresh3").length > 0
        ? runCases(corpusKnowledge("fresh3"), byCorpus("fresh3"))
        : []),
    ];
    reportAndRatchet("question set", results, ["kind", "language", "corpus"], ratchet);
  });
});
