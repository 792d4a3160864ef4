// Runs hand-judged questions through the real bot, in-process, and scores answers and provenance.
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { type Answer, type AskContext, createAsk } from "../../src/bot/index.js";
import { fromDocuments, type Knowledge, loadDocuments } from "../../src/knowledge/index.js";
import { provenance, unmet } from "./answer-check.js";
import {
  type Corpus,
  DEFAULT_ASKED,
  type Expectation,
  type QuestionCase,
} from "./question-case.js";

const dir = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
export const DEVSET_DIR = dir("../fixtures/devset");
export const EXTRA_DIR = dir("../fixtures/documents-extra");
export const GENRES_DIR = dir("../fixtures/documents-genres");
export const TRAPS_DIR = dir("../fixtures/documents-traps");
export const FRESH_DIR = dir("../fixtures/documents-fresh");
export const FRESH2_DIR = dir("../fixtures/documents-fresh2");
export const FRESH3_DIR = dir("../fixtures/documents-fresh3");
const SEEDS = dir("../../seeds");

/** The documents of one corpus: the seeds alone, seeds + devset + extra together, those + the genre pages,
 * those + the trap pages (whose folder's README, the answer key, is no document), or the seeds + one set of fresh
 * pages (`fresh`, `fresh2`, `fresh3`: each a small world of its own, written blind). */
export function corpusKnowledge(corpus: Corpus | "seeds+devset"): Knowledge {
  const dirs =
    corpus === "seeds"
      ? [SEEDS]
      : corpus === "seeds+devset"
        ? [SEEDS, DEVSET_DIR]
        : corpus === "genres"
          ? [SEEDS, DEVSET_DIR, EXTRA_DIR, GENRES_DIR]
          : corpus === "traps"
            ? [SEEDS, DEVSET_DIR, EXTRA_DIR, GENRES_DIR, TRAPS_DIR]
            : corpus === "fresh"
              ? [SEEDS, FRESH_DIR]
              : corpus === "fresh2"
                ? [SEEDS, FRESH2_DIR]
                : corpus === "fresh3"
                  ? [SEEDS, FRESH3_DIR]
                  : [SEEDS, DEVSET_DIR, EXTRA_DIR];
  const loaded = dirs.map((d) => {
    const l = loadDocuments(d);
    return d === TRAPS_DIR || d === FRESH_DIR || d === FRESH2_DIR || d === FRESH3_DIR
      ? { ...l, documents: l.documents.filter((doc) => doc.id !== "README") }
      : l;
  });
  return fromDocuments(
    loaded.flatMap((l) => l.documents),
    loaded.flatMap((l) => l.problems),
  );
}

export interface CaseResult {
  id: string;
  kind: string;
  language: string;
  corpus: string;
  passed: boolean;
  badFigures: number;
  reasons: string[];
  /** Turns answered with a first figure other than the expected `primary`: confident and wrong. */
  confidentlyWrong: number;
  /** One line per turn that failed: what the bot answered. */
  answers: string[];
}

/** Asks every case (a conversation's turns in order, one conversation id each) and scores it. */
export function runCases(knowledge: Knowledge, cases: QuestionCase[]): CaseResult[] {
  const ask = createAsk({ knowledge, now: () => 0 });
  const texts = new Map(knowledge.documents.map((d) => [d.id, d.text]));
  const docText = (id: string): string | null => texts.get(id) ?? null;
  return cases.map((c) => {
    const turns = c.turns ?? [{ q: c.q ?? "", expect: c.expect ?? {} }];
    const context: AskContext = { conversationId: `case-${c.id}`, today: c.asked ?? DEFAULT_ASKED };
    const reasons: string[] = [];
    const answers: string[] = [];
    let badFigures = 0;
    let confidentlyWrong = 0;
    turns.forEach((turn, i) => {
      const answer = askSafely(ask, turn.q, context);
      const prov = provenance(answer, docText);
      badFigures += prov.badFigures;
      const why = [...unmet(turn.expect, answer), ...prov.problems];
      const label = turns.length > 1 ? `turn ${i + 1}: ` : "";
      for (const r of why) reasons.push(`${label}${r}`);
      const first = answer.figures[0]?.amountSek;
      const primary = turn.expect.primary;
      if (answer.answered && primary !== undefined && first !== undefined && first !== primary)
        confidentlyWrong++;
      if (why.length > 0) answers.push(`${label}${show(answer)}`);
    });
    return {
      id: c.id,
      kind: c.kind,
      language: c.language,
      corpus: c.corpus,
      passed: reasons.length === 0,
      badFigures,
      confidentlyWrong,
      reasons,
      answers,
    };
  });
}

function askSafely(ask: ReturnType<typeof createAsk>, q: string, context: AskContext): Answer {
  try {
    return ask(q, context);
  } catch (error) {
    return {
      question: q,
      answered: false,
      intent: "crash",
      language: "sv",
      text: `CRASH: ${(error as Error).message}`,
      figures: [],
      citations: [],
    };
  }
}

function show(answer: Answer): string {
  const figures = answer.figures
    .map((f) => `${f.amountSek}${f.year ? ` (${f.year})` : ""}${f.derived ? " derived" : ""}`)
    .join(", ");
  const docs = [...new Set(answer.citations.map((c) => c.docId))].join(", ");
  const text = answer.text.replace(/\s+/g, " ");
  return `answered=${answer.answered} figures=[${figures}] docs=[${docs}] ${text.slice(0, 240)}`;
}

/** QUESTIONS_ONLY=id,id… runs only those cases (for debugging; the ratchet is then skipped). */
export function onlyCases<T extends { id: string }>(cases: T[], only: string | undefined): T[] {
  if (!only) return cases;
  const ids = new Set(only.split(",").map((s) => s.trim()));
  return cases.filter((c) => ids.has(c.id));
}

/** The failing ids, and with QUESTIONS_VERBOSE set, why each failed and what the bot answered. */
export function failureLines(results: CaseResult[], verbose: boolean): string[] {
  const failing = results.filter((r) => !r.passed);
  const lines = [`  failing: ${failing.map((r) => r.id).join(" ")}`];
  if (!verbose) return lines;
  for (const r of failing)
    lines.push(`  ${r.id}: ${r.reasons.join("; ")}`, ...r.answers.map((a) => `    ${a}`));
  return lines;
}

/** Passed/total per value of one field, as printable lines. */
export function reportBy(results: CaseResult[], field: "kind" | "language" | "corpus"): string[] {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) groups.set(r[field], [...(groups.get(r[field]) ?? []), r]);
  return [...groups].map(([key, rs]) => {
    const passed = rs.filter((r) => r.passed).length;
    const wrong = rs.reduce((n, r) => n + r.badFigures, 0);
    const confident = rs.reduce((n, r) => n + r.confidentlyWrong, 0);
    return `  ${field} ${key}: ${passed}/${rs.length} passed, ${wrong} wrong figures, ${confident} confident wrong first figures`;
  });
}

/** Every expectation key used, flattened, to validate hand-written cases. */
export function expectationKeys(e: Expectation): string[] {
  return [...Object.keys(e), ...(e.anyOf ?? []).flatMap(expectationKeys)];
}

/** Prints a run's score (and any grouping), then holds it to its ratchet: passes may only go up, wrong figures only down. */
export function reportAndRatchet(
  label: string,
  results: CaseResult[],
  groups: Array<"kind" | "language" | "corpus">,
  ratchet: { minPassed: number; maxWrong: number },
): void {
  const passed = results.filter((r) => r.passed).length;
  const wrong = results.reduce((n, r) => n + r.badFigures, 0);
  const confident = results.reduce((n, r) => n + r.confidentlyWrong, 0);
  console.log(
    [
      `${label}: ${passed}/${results.length} passed, ${wrong} wrong or invented figures, ${confident} answered with a wrong first figure`,
      ...groups.flatMap((g) => reportBy(results, g)),
      ...failureLines(results, Boolean(process.env.QUESTIONS_VERBOSE)),
    ].join("\n"),
  );
  if (process.env.QUESTIONS_ONLY) return;
  expect(
    passed,
    "passed (raise minPassed in the ratchet file when this goes up)",
  ).toBeGreaterThanOrEqual(ratchet.minPassed);
  expect(wrong, "wrong or invented figures").toBeLessThanOrEqual(ratchet.maxWrong);
}
