import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Ask, createAsk, createConversationStore } from "../../src/bot/index.js";
import { BUNDLED_SEEDS_DIR } from "../../src/config.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { createKnowledgeBuilder } from "../../src/live/knowledge-builder.js";
import { diffKnowledge } from "../../src/live/ledger-diff.js";
import { createLiveKnowledge, type ReloadReport } from "../../src/live/live-knowledge.js";

// The reload machinery in this process (tests run from src, so the builder works inline; the
// whole-process tests in test/process exercise the worker thread).
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "gms-live-"));
  dirs.push(dir);
  cpSync(BUNDLED_SEEDS_DIR, dir, { recursive: true });
  return dir;
}

const HEART_DOC = `Uppdrag om genomik vid ärftlig hjärtsjukdom

Regeringen har i dag beslutat att Genomic Medicine Sweden ska få 3 300 000 kronor under 2025 för helgenomsekvensering vid ärftlig hjärtsjukdom.
`;

function live(dir: string) {
  const initial = loadKnowledge(dir);
  const reports: ReloadReport[] = [];
  const errors: unknown[] = [];
  let asks = 0;
  const knowledge = createLiveKnowledge({
    initial,
    makeAsk: (k): Ask => {
      asks++;
      return createAsk({ knowledge: k });
    },
    builder: createKnowledgeBuilder(dir, initial.documents),
    onReload: (r) => reports.push(r),
    onError: (e) => errors.push(e),
  });
  return { knowledge, reports, errors, asks: () => asks };
}

describe("live knowledge", () => {
  it("swaps in a new document and reports the ledger entries it added", async () => {
    const dir = seedsCopy();
    const { knowledge, reports } = live(dir);
    const question = "hur mycket gick till hjärtsjukdom 2025?";
    expect(knowledge.ask(question).answered).toBe(false);
    writeFileSync(join(dir, "020_hjarta.txt"), HEART_DOC);
    await knowledge.reload("test");
    expect(knowledge.ask(question).text).toContain("3,3 miljoner kronor");
    expect(reports[0]?.diff.documentsAdded).toEqual(["020_hjarta"]);
    expect(reports[0]?.diff.entriesAdded.length).toBeGreaterThan(0);
    expect(reports[0]?.diff.entriesRemoved).toEqual([]);
    await knowledge.close();
  });

  it("keeps a document's previous version when it turns binary, and the rest untouched", async () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, "020_hjarta.txt"), HEART_DOC);
    const { knowledge, reports } = live(dir);
    writeFileSync(join(dir, "020_hjarta.txt"), Buffer.from([0x48, 0, 0xff, 0xfe, 0]));
    await knowledge.reload("half-written");
    const report = reports.at(-1);
    expect(report?.diff).toMatchObject({
      entriesAdded: [],
      entriesRemoved: [],
      documentsRemoved: [],
    });
    expect(report?.problems.map((p) => p.message).join()).toContain("previous version is kept");
    expect(knowledge.ask("hur mycket gick till hjärtsjukdom 2025?").answered).toBe(true);
    await knowledge.close();
  });

  it("keeps answering from what it had when the folder disappears", async () => {
    const dir = seedsCopy();
    const { knowledge, errors } = live(dir);
    const before = knowledge.current();
    rmSync(dir, { recursive: true, force: true });
    await knowledge.reload("gone");
    expect(errors).toHaveLength(1);
    expect(knowledge.current()).toBe(before);
    await knowledge.close();
  });

  it("coalesces reloads asked for while one runs into one more build", async () => {
    const dir = seedsCopy();
    const { knowledge, reports, asks } = live(dir);
    await Promise.all([knowledge.reload("a"), knowledge.reload("b"), knowledge.reload("c")]);
    expect(reports.map((r) => r.reason)).toEqual(["a", "c"]);
    expect(asks()).toBe(3);
    await knowledge.close();
  });

  it("conversations carry on across a reload when the store is shared", async () => {
    const dir = seedsCopy();
    const initial = loadKnowledge(dir);
    const conversations = createConversationStore({ max: 10, ttlMs: 60_000, now: Date.now });
    const knowledge = createLiveKnowledge({
      initial,
      makeAsk: (k) => createAsk({ knowledge: k, conversations }),
      builder: createKnowledgeBuilder(dir, initial.documents),
      onReload: () => {},
      onError: () => {},
    });
    // What the same conversation gets with no reload in between, and what a fresh one gets.
    const steady = createAsk({ knowledge: initial });
    steady("how much went to barncancer 2022?", { conversationId: "s" });
    const expected = steady("och 2024?", { conversationId: "s" });
    const fresh = createAsk({ knowledge: initial })("och 2024?", { conversationId: "f" });
    expect(fresh.text).not.toBe(expected.text);
    const context = { conversationId: "t1" };
    expect(knowledge.ask("how much went to barncancer 2022?", context).answered).toBe(true);
    await knowledge.reload("SIGHUP");
    expect(knowledge.current()).not.toBe(initial);
    expect(knowledge.ask("och 2024?", context).text).toBe(expected.text);
    await knowledge.close();
  });

  it("a diff of the same knowledge is empty", () => {
    const k = loadKnowledge(BUNDLED_SEEDS_DIR);
    expect(Object.values(diffKnowledge(k, k)).flat()).toEqual([]);
  });
});
