// Crafted documents that once made reading take minutes: each loads or is skipped by name, the seeds still answer.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HOSTILE_KINDS, HOSTILE_PAGES, hostileDocument } from "../../src/bench/hostile-corpus.js";
import { createAsk } from "../../src/bot/index.js";
import { findDates, loadKnowledge } from "../../src/knowledge/index.js";
import { findRecipient } from "../../src/knowledge/organisations.js";
import { SEEDS_DIR, seedKnowledge } from "../support/seeds.js";

const SIZES = [200, 64 * 1024, 5 * 1024 * 1024];
const dir = mkdtempSync(join(tmpdir(), "gms-crafted-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const f of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, f), join(dir, f));
const crafted: string[] = [];
for (const [kinds, extension] of [
  [HOSTILE_KINDS, "txt"],
  [HOSTILE_PAGES, "html"],
] as const) {
  for (const kind of kinds) {
    for (const size of SIZES) {
      const name = `zz-${kind.name}-${size}.${extension}`;
      writeFileSync(join(dir, name), hostileDocument(kind, size));
      crafted.push(name);
    }
  }
}

describe("a corpus of crafted documents", { timeout: 600_000 }, () => {
  const knowledge = loadKnowledge(dir);

  it.each(crafted)("%s loads or is skipped with a message naming it", (name) => {
    const loaded = knowledge.documents.some((d) => d.fileName === name);
    const problem = knowledge.problems.find((p) => p.file.endsWith(name));
    expect(loaded || problem !== undefined).toBe(true);
    if (problem)
      expect(problem.message).toMatch(
        new RegExp(`${name} .*(?:budget|limit|levels deep|shows no text); skipped`),
      );
  });

  it("every 5 MB crafted document is over the reading budget and skipped", () => {
    const big = crafted.filter((n) => n.includes(`-${5 * 1024 * 1024}.`));
    for (const name of big)
      expect(knowledge.documents.some((d) => d.fileName === name)).toBe(false);
  });

  it("the seeds still load, every seed entry is kept, and the seeds still answer", () => {
    const seeds = seedKnowledge();
    for (const d of seeds.documents) expect(knowledge.documents.map((x) => x.id)).toContain(d.id);
    const ids = new Map(knowledge.ledger.entries.map((e) => [e.id, e.amountSek]));
    for (const e of seeds.ledger.entries) expect(ids.get(e.id)).toBe(e.amountSek);
    const ask = createAsk({ knowledge });
    expect(ask("Vem betalar ut pengarna?").answered).toBe(true);
    expect(ask("Hur mycket fick barncancer 2022?").answered).toBe(true);
  });
});

describe("readers that once backtracked on crafted runs", { timeout: 60_000 }, () => {
  it("a run of capitals before an amount names no recipient (the pattern cannot split the run)", () => {
    expect(findRecipient(`${"ABCDEFGHIJ".repeat(100)} `, " till")).toBeNull();
    expect(findRecipient("Region Uppsala får ", "")).toBe("Region Uppsala");
  });

  it("thousands of years between amounts are read once each", () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `${2000 + (i % 90)} 5 miljoner kronor`,
    ).join(" ");
    expect(findDates(text)).toHaveLength(20_000);
  });
});
