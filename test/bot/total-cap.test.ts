// A year with hundreds of grants: the answer shows a few and counts the rest, while its sum still adds up
// and cites every grant it uses.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeDecisions } from "../../src/bench/generate-decisions.js";
import { createAsk } from "../../src/bot/index.js";
import { countsAsGrant, loadKnowledge } from "../../src/knowledge/index.js";

const dir = mkdtempSync(join(tmpdir(), "gms-total-cap-"));
writeDecisions(dir, 300, 42);
const knowledge = loadKnowledge(dir);
const ask = createAsk({ knowledge });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const grantsOf = (year: number) =>
  knowledge.ledger.entries.filter((e) => countsAsGrant(e) && e.year === year);
const busiest = [...new Set(knowledge.ledger.entries.map((e) => e.year ?? 0))]
  .filter((y) => y > 0)
  .sort((a, b) => grantsOf(b).length - grantsOf(a).length)[0] as number;

describe("a total over many grants", () => {
  it.each([
    [`Hur mycket fick GMS ${busiest}?`, /… och (\d+) beslut till \(se `gms-bot ledger`\)/],
    [`How much did GMS receive in ${busiest}?`, /… and (\d+) more grants \(see `gms-bot ledger`\)/],
  ])("%s shows 15 grants, counts the rest and sums them all", (question, more) => {
    const grants = grantsOf(busiest);
    expect(grants.length).toBeGreaterThan(20);
    const answer = ask(question, { today: "2026-12-02" });
    expect(answer.intent).toBe("total");
    expect(answer.text.split("\n").filter((l) => l.startsWith("• ")).length).toBe(16);
    expect(Number(more.exec(answer.text)?.[1])).toBe(grants.length - 15);
    const table = answer.blocks?.find((b) => b.kind === "table");
    expect(table?.kind === "table" ? table.rows.length : 0).toBe(15);
    expect(answer.blocks?.some((b) => b.kind === "note" && more.test(b.text))).toBe(true);
    // The sum is of every grant, each a cited figure of its own, and cites all of their passages.
    const [sum, ...parts] = answer.figures;
    expect(sum?.derived).toBe(true);
    expect(parts.length).toBe(grants.length);
    expect(sum?.amountSek).toBe(grants.reduce((s, g) => s + g.amountSek, 0));
    const ids = new Set(answer.citations.map((c) => c.id));
    for (const f of parts) {
      expect(f.citations.length).toBeGreaterThan(0);
      for (const id of f.citations) expect(sum?.citations).toContain(id);
    }
    for (const id of sum?.citations ?? []) expect(ids.has(id)).toBe(true);
  });
});
