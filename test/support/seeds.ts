import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { type Answer, AnswerSchema, type Ask, createAsk } from "../../src/bot/index.js";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/index.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures", import.meta.url));

let seeds: Knowledge | null = null;
/** The bundled seeds, loaded once per test file. */
export function seedKnowledge(): Knowledge {
  seeds ??= loadKnowledge(SEEDS_DIR);
  return seeds;
}

export function seedAsk(
  options: { now?: () => number; conversationMax?: number; conversationTtlMs?: number } = {},
): Ask {
  return createAsk({ knowledge: seedKnowledge(), ...options });
}

/** Every promise the contract makes: schema, quotes equal to the text, figures cited, amounts in quotes. */
export function expectHonest(answer: Answer, knowledge: Knowledge): void {
  AnswerSchema.parse(answer);
  const ids = new Set(answer.citations.map((c) => c.id));
  for (const c of answer.citations) {
    const doc = knowledge.documents.find((d) => d.id === c.docId);
    expect(doc, `cited document ${c.docId}`).toBeDefined();
    expect(doc?.text.slice(c.start, c.end)).toBe(c.quote);
  }
  for (const f of answer.figures) {
    expect(f.citations.length, `figure ${f.label} has a citation`).toBeGreaterThan(0);
    for (const id of f.citations) expect(ids.has(id)).toBe(true);
  }
  if (!answer.answered) expect(answer.figures).toEqual([]);
}
