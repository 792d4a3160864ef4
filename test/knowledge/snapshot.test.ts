import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { SEEDS_DIR } from "../support/seeds.js";

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gms-snapshot-"));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("knowledge snapshots: a second start skips the build, never serves stale facts", () => {
  it("a snapshot gives the same ledger and passages as a fresh build", () => {
    const cacheDir = tempDir();
    const fresh = loadKnowledge(SEEDS_DIR);
    const first = loadKnowledge(SEEDS_DIR, { cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    const second = loadKnowledge(SEEDS_DIR, { cacheDir });
    expect(second.ledger).toEqual(fresh.ledger);
    expect(first.ledger).toEqual(fresh.ledger);
    expect(second.passages.all()).toEqual(fresh.passages.all());
    expect(second.statements).toEqual(fresh.statements);
    expect(second.statements.deadlines.length).toBeGreaterThan(0);
    expect(second.passages.search("helgenomsekvensering", { limit: 3 })).toEqual(
      fresh.passages.search("helgenomsekvensering", { limit: 3 }),
    );
  });

  it("a changed document is read again, not served from the old snapshot", () => {
    const seeds = tempDir();
    const cacheDir = tempDir();
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const before = loadKnowledge(seeds, { cacheDir });
    writeFileSync(
      join(seeds, "005_new.txt"),
      "Regeringen avsätter 3 miljoner kronor till farmakogenomik under 2026.\n",
    );
    const after = loadKnowledge(seeds, { cacheDir });
    expect(after.ledger.entries.length).toBe(before.ledger.entries.length + 1);
    expect(after.ledger.entries.some((e) => e.amountSek === 3_000_000 && e.year === 2026)).toBe(
      true,
    );
  });

  it("a document over the reading budget stays skipped, and named, when the snapshot is used", () => {
    const seeds = tempDir();
    const cacheDir = tempDir();
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    writeFileSync(join(seeds, "009_long.txt"), `${"a".repeat(9_000)}.\n`);
    const fresh = loadKnowledge(seeds);
    loadKnowledge(seeds, { cacheDir });
    const second = loadKnowledge(seeds, { cacheDir });
    expect(fresh.problems.some((p) => p.file === "009_long.txt")).toBe(true);
    expect(second.problems).toEqual(fresh.problems);
    expect(second.documents.map((d) => d.id)).toEqual(fresh.documents.map((d) => d.id));
    expect(second.ledger).toEqual(fresh.ledger);
  });

  it("a damaged snapshot is ignored and rebuilt", () => {
    const cacheDir = tempDir();
    loadKnowledge(SEEDS_DIR, { cacheDir });
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), "{ not json");
    expect(loadKnowledge(SEEDS_DIR, { cacheDir }).ledger).toEqual(loadKnowledge(SEEDS_DIR).ledger);
  });

  it("a cache folder that can't be written costs nothing but the rebuild", () => {
    const file = join(tempDir(), "a-file");
    writeFileSync(file, "");
    const knowledge = loadKnowledge(SEEDS_DIR, { cacheDir: join(file, "cache") });
    expect(knowledge.ledger).toEqual(loadKnowledge(SEEDS_DIR).ledger);
  });

  it("an amount edited in a snapshot is caught by the checksum and rebuilt, never answered", () => {
    const cacheDir = tempDir();
    const fresh = loadKnowledge(SEEDS_DIR, { cacheDir });
    const [file] = readdirSync(cacheDir);
    const path = join(cacheDir, file ?? "");
    const raw = readFileSync(path, "utf8");
    const amount = fresh.ledger.entries[0]?.amountSek ?? 0;
    writeFileSync(path, raw.replace(`"amountSek":${amount},`, '"amountSek":99000000,'));
    expect(readFileSync(path, "utf8")).not.toBe(raw);
    expect(loadKnowledge(SEEDS_DIR, { cacheDir }).ledger).toEqual(fresh.ledger);
  });

  it.each([
    ["entries of empty objects", { ledger: { entries: [{}] }, passages: [] }],
    ["a null body", null],
    ["passages that are no list", { ledger: { entries: [] }, passages: 5 }],
  ])(
    "a snapshot holding %s (with a matching checksum) fails the schema and is rebuilt",
    (_, body) => {
      const cacheDir = tempDir();
      const fresh = loadKnowledge(SEEDS_DIR, { cacheDir });
      const [file] = readdirSync(cacheDir);
      const key = (file ?? "").replace(/\.json$/, "");
      const text = JSON.stringify(body);
      const sum = createHash("sha256").update(key).update("\n").update(text).digest("hex");
      writeFileSync(join(cacheDir, file ?? ""), `${sum}\n${text}`);
      expect(loadKnowledge(SEEDS_DIR, { cacheDir }).ledger).toEqual(fresh.ledger);
    },
  );

  it("a snapshot whose quotes no longer match the documents' text is rebuilt", () => {
    const cacheDir = tempDir();
    const fresh = loadKnowledge(SEEDS_DIR, { cacheDir });
    const [file] = readdirSync(cacheDir);
    const key = (file ?? "").replace(/\.json$/, "");
    const raw = readFileSync(join(cacheDir, file ?? ""), "utf8");
    const body = JSON.parse(raw.slice(raw.indexOf("\n") + 1));
    body.ledger.entries[0].sources[0].start += 1;
    const text = JSON.stringify(body);
    const sum = createHash("sha256").update(key).update("\n").update(text).digest("hex");
    writeFileSync(join(cacheDir, file ?? ""), `${sum}\n${text}`);
    expect(loadKnowledge(SEEDS_DIR, { cacheDir }).ledger).toEqual(fresh.ledger);
  });
});

describe("a snapshot's size and when it is written", () => {
  it("keeps no passages and no statement quotes on disk, and gives them back equal", () => {
    const cacheDir = tempDir();
    const fresh = loadKnowledge(SEEDS_DIR, { cacheDir });
    const [file] = readdirSync(cacheDir);
    const raw = readFileSync(join(cacheDir, file ?? ""), "utf8");
    const body = JSON.parse(raw.slice(raw.indexOf("\n") + 1));
    expect(body.passages).toBeUndefined();
    const quote = fresh.statements.deadlines[0]?.span.text ?? "";
    expect(quote.length).toBeGreaterThan(20);
    expect(raw).not.toContain(JSON.stringify(quote));
    const second = loadKnowledge(SEEDS_DIR, { cacheDir });
    expect(second.statements).toEqual(fresh.statements);
    expect(second.passages.all()).toEqual(fresh.passages.all());
  });

  it("with onSnapshot, nothing is written until the caller runs the write it was handed", () => {
    const cacheDir = tempDir();
    let write: (() => void) | null = null;
    const knowledge = loadKnowledge(SEEDS_DIR, {
      cacheDir,
      onSnapshot: (w) => {
        write = w;
      },
    });
    expect(readdirSync(cacheDir)).toHaveLength(0);
    expect(write).not.toBeNull();
    (write as unknown as () => void)();
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    expect(loadKnowledge(SEEDS_DIR, { cacheDir }).ledger).toEqual(knowledge.ledger);
  });
});
