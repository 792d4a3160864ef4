import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  FIRST_YEAR,
  type GeneratedDecision,
  type GeneratedFact,
  generateDecisions,
  LAST_YEAR,
  writeDecisions,
} from "../../src/bench/generate-decisions.js";
import { createAsk } from "../../src/bot/index.js";
import { findAmounts, type LedgerEntry, loadKnowledge } from "../../src/knowledge/index.js";
import { expectHonest } from "../support/seeds.js";

const N = 24;
const SEED = 42;
const dir = mkdtempSync(join(tmpdir(), "gms-generated-"));
const docs = writeDecisions(dir, N, SEED);
const knowledge = loadKnowledge(dir);
const ask = createAsk({ knowledge });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const facts = (role: GeneratedFact["role"]) =>
  docs.flatMap((doc) => doc.facts.filter((f) => f.role === role).map((fact) => ({ doc, fact })));

/** The ledger entry that holds a generated figure: same amount, told by that document. */
function entryFor(doc: GeneratedDecision, fact: GeneratedFact): LedgerEntry | undefined {
  return knowledge.ledger.entries.find(
    (e) => e.amountSek === fact.amountSek && e.sources.some((s) => s.docId === doc.id),
  );
}

describe("generateDecisions", () => {
  it("is deterministic, and document i does not depend on how many are asked for", () => {
    expect(generateDecisions(6, 7)).toEqual(generateDecisions(6, 7));
    expect(generateDecisions(3, 7)).toEqual(generateDecisions(6, 7).slice(0, 3));
    expect(generateDecisions(3, 8)).not.toEqual(generateDecisions(3, 7));
  });

  it("varies kind, year, payer and the way amounts are written", () => {
    const many = generateDecisions(120, 3);
    const kinds = new Set(many.map((d) => d.meta.kind));
    const years = new Set(many.flatMap((d) => d.facts.map((f) => f.year)));
    const written = many.flatMap((d) => d.facts.map((f) => f.written));
    expect(kinds).toEqual(new Set(["regeringsbeslut", "pressmeddelande"]));
    expect(Math.min(...years)).toBe(FIRST_YEAR);
    expect(Math.max(...years)).toBe(LAST_YEAR);
    for (const form of [/^\d{1,3}(?: \d{3})+ kronor$/, /,\d+ miljoner/, /^\p{L}+ miljoner/u])
      expect(written.some((w) => form.test(w))).toBe(true);
    expect(written.some((w) => /och en halv miljoner/.test(w))).toBe(true);
  });

  it("writes each amount into the text as the figure it stands for", () => {
    for (const doc of docs) {
      for (const fact of doc.facts) {
        expect(doc.text).toContain(fact.written);
        expect(findAmounts(fact.written)[0]?.valueSek, fact.written).toBe(fact.amountSek);
      }
    }
  });
});

describe("generated documents through the core", () => {
  it("load without problems, with their sources.json metadata", () => {
    expect(knowledge.problems).toEqual([]);
    expect(knowledge.documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    for (const doc of docs) {
      const loaded = knowledge.documents.find((d) => d.id === doc.id);
      expect(loaded?.title).toBe(doc.meta.title);
      expect(loaded?.published).toBe(doc.meta.published);
    }
  });

  it("every grant and share is in the ledger with its role and year, cited to its document", () => {
    for (const { doc, fact } of [...facts("grant"), ...facts("part")]) {
      const entry = entryFor(doc, fact);
      expect(entry, `${doc.id} ${fact.written}`).toBeDefined();
      expect(entry?.role).toBe(fact.role);
      expect(entry?.year).toBe(fact.year);
      expect(new Set(entry?.sources.map((s) => s.docId))).toEqual(new Set([doc.id]));
    }
  });

  it("shares are linked to their grant", () => {
    for (const doc of docs) {
      const grant = doc.facts.find((f) => f.role === "grant");
      const whole = grant ? entryFor(doc, grant) : undefined;
      for (const part of doc.facts.filter((f) => f.role === "part"))
        expect(entryFor(doc, part)?.partOf, `${doc.id} ${part.written}`).toBe(whole?.id);
    }
  });

  it("answers “hur mycket gick till <area> <year>?” with the generated amount", () => {
    for (const { doc, fact } of [...facts("grant"), ...facts("part")]) {
      const answer = ask(`hur mycket gick till ${fact.area} ${fact.year}?`);
      expectHonest(answer, knowledge);
      expect(answer.answered, `${doc.id}: ${fact.area} ${fact.year}`).toBe(true);
      expect(answer.figures[0]?.amountSek, `${doc.id}: ${fact.area} ${fact.year}`).toBe(
        fact.amountSek,
      );
      const cited = answer.citations.filter((c) => answer.figures[0]?.citations.includes(c.id));
      expect(cited.map((c) => c.docId)).toContain(doc.id);
    }
  });

  it("every own-work cap is an agency-cap entry citing its document", () => {
    for (const { doc, fact } of facts("agency-cap")) {
      const entry = entryFor(doc, fact);
      expect(entry?.role, `${doc.id} ${fact.written}`).toBe("agency-cap");
    }
  });

  it("an own-work cap keeps its own decision's year", () => {
    for (const { doc, fact } of facts("agency-cap")) {
      const entry = entryFor(doc, fact);
      expect(entry?.year, `${doc.id} ${fact.written}`).toBe(fact.year);
      expect(new Set(entry?.sources.map((s) => s.docId))).toEqual(new Set([doc.id]));
    }
  });
});
