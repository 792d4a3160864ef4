import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { reviewText } from "../../src/cli/ledger-review.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gms-corrections-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const NEWS = `Region Norr får pengar

Publicerad 3 februari 2026

Region Norr får 18 miljoner kronor från staten för arbete inom Genomic Medicine Sweden (GMS).
Pengarna betalas ut med 9 miljoner kronor i år och lika mycket nästa år.
`;

describe("corrections.json: a maintainer pins what the reader got wrong", () => {
  it("sets role, years and part-of by document id and quoted text", () => {
    const corrections = [
      {
        doc: "news",
        quote: "får 18 miljoner kronor",
        role: "multi-year-total",
        years: [2027, 2026],
      },
      {
        doc: "news",
        quote: "med 9 miljoner kronor",
        partOf: { doc: "news", quote: "får 18 miljoner" },
      },
    ];
    const k = loadKnowledge(
      folder({ "news.txt": NEWS, "corrections.json": JSON.stringify(corrections) }),
    );
    const whole = k.ledger.entries.find((e) => e.amountSek === 18_000_000);
    const part = k.ledger.entries.find((e) => e.amountSek === 9_000_000);
    expect(whole?.role).toBe("multi-year-total");
    expect(whole?.years).toEqual([2026, 2027]);
    expect(whole?.corrected).toBe(true);
    expect(part?.partOf).toBe(whole?.id);
    expect(whole?.parts).toContain(part?.id);
    expect(k.problems).toEqual([]);
  });

  it("reports a correction that matches nothing, and a broken file, instead of ignoring them", () => {
    const stale = loadKnowledge(
      folder({
        "news.txt": NEWS,
        "corrections.json": JSON.stringify([{ doc: "news", quote: "77 miljoner" }]),
      }),
    );
    expect(stale.problems.map((p) => p.message).join("\n")).toMatch(/matches no ledger entry/);
    const broken = loadKnowledge(folder({ "news.txt": NEWS, "corrections.json": "[{" }));
    expect(broken.problems.map((p) => p.message).join("\n")).toMatch(/not valid JSON/);
    const wrongShape = loadKnowledge(
      folder({
        "news.txt": NEWS,
        "corrections.json": JSON.stringify([{ doc: "news", quote: "x", role: "gift" }]),
      }),
    );
    expect(wrongShape.problems.map((p) => p.message).join("\n")).toMatch(/role/);
  });
});

describe("ledger --review", () => {
  it("lists what rests on weak evidence and the corrections that did not apply", () => {
    const dir = folder({
      "undated.txt":
        "Satsning på sällsynta diagnoser\n\nGenomic Medicine Sweden (GMS) får 5 miljoner kronor till sällsynta diagnoser.\n",
      "corrections.json": JSON.stringify([{ doc: "undated", quote: "inget sådant" }]),
    });
    const text = reviewText(loadKnowledge(dir));
    expect(text).toMatch(/No document says which year/);
    expect(text).toMatch(/Corrections:\n.*matches no ledger entry/);
  });
});
