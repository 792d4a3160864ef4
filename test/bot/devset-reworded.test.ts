// The devset's 90 questions over seeds + devset with some documents told in other words (same facts): the
// answers must not depend on the originals' phrasing. A ratchet, like the devset's own.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { fromDocuments, loadDocuments } from "../../src/knowledge/index.js";
import { devsetQuestions } from "../fixtures/devset/questions.js";
import type { QuestionCase } from "../support/question-case.js";
import { DEVSET_DIR, onlyCases, reportAndRatchet, runCases } from "../support/question-runner.js";

const REWORDED_DIR = fileURLToPath(new URL("../fixtures/devset-reworded", import.meta.url));
const ENGLISH_DIR = fileURLToPath(new URL("../fixtures/devset-english", import.meta.url));
const RETOLD_DIR = fileURLToPath(new URL("../fixtures/devset-retold", import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));
const ratchets = JSON.parse(
  readFileSync(new URL("./devset-reworded.ratchet.json", import.meta.url), "utf8"),
) as Record<
  "reworded" | "english" | "englishAll" | "retold",
  { minPassed: number; maxWrong: number }
>;

/** Seeds + devset with the folder's documents (or those of `only`) in place of the devset's of the same name. */
function swappedKnowledge(folder: string, only?: readonly string[]) {
  const reworded = loadDocuments(folder);
  // The folder's README.md is about the documents, not one of them.
  reworded.documents = reworded.documents.filter(
    (d) => d.id !== "README" && (only === undefined || only.includes(d.id)),
  );
  const replaced = new Set(reworded.documents.map((d) => d.id));
  const rest = [loadDocuments(SEEDS_DIR), loadDocuments(DEVSET_DIR)];
  const documents = [
    ...rest.flatMap((l) => l.documents).filter((d) => !replaced.has(d.id)),
    ...reworded.documents,
  ];
  return fromDocuments(
    documents,
    [...rest, reworded].flatMap((l) => l.problems),
  );
}

const cases = (): QuestionCase[] =>
  onlyCases(devsetQuestions, process.env.QUESTIONS_ONLY).map((c) => ({
    ...c,
    kind: "journalist",
    language: c.id.startsWith("sv") ? "sv" : "en",
    corpus: "devset",
    asked: "2026-12-02",
  }));

describe("devset questions over the same facts in other words", () => {
  it("all fourteen reworded: pass as many as recorded, with no wrong figures", () => {
    const results = runCases(swappedKnowledge(REWORDED_DIR), cases());
    reportAndRatchet("devset reworded", results, ["language"], ratchets.reworded);
  });

  it("two press releases in English: pass as many as recorded, with no wrong figures", () => {
    const two = ["dev01-pressmeddelande", "dev04-pressmeddelande"];
    const results = runCases(swappedKnowledge(ENGLISH_DIR, two), cases());
    reportAndRatchet("devset english", results, ["language"], ratchets.english);
  });

  it("all fourteen in English: pass as many as recorded, with no wrong figures", () => {
    const results = runCases(swappedKnowledge(ENGLISH_DIR), cases());
    reportAndRatchet("devset english, all", results, ["language"], ratchets.englishAll);
  });

  it("all fourteen told again in other genres: pass as many as recorded, with no wrong figures", () => {
    const results = runCases(swappedKnowledge(RETOLD_DIR), cases());
    reportAndRatchet("devset retold", results, ["language"], ratchets.retold);
  });
});
