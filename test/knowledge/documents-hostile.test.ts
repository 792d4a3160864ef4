import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  fromDocuments,
  loadKnowledge,
  MAX_AMOUNTS,
  MAX_DOCUMENT_BYTES,
} from "../../src/knowledge/index.js";

const dir = mkdtempSync(join(tmpdir(), "gms-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = "Regeringen avsätter 4 miljoner kronor till farmakogenomik under 2026.\n";

describe("hostile documents never stop the others from loading", () => {
  writeFileSync(join(dir, "good.txt"), GOOD);
  writeFileSync(join(dir, "huge.txt"), Buffer.alloc(10 * 1024 * 1024, "a"));
  writeFileSync(join(dir, "utf16.txt"), Buffer.from(`\uFEFF${GOOD}`, "utf16le"));
  writeFileSync(
    join(dir, "latin1.txt"),
    Buffer.from("Regeringen avs\xe4tter 1 miljon kronor.", "latin1"),
  );
  writeFileSync(join(dir, "binary.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, "empty.txt"), "  \n\n");
  const knowledge = loadKnowledge(dir);

  it("the good document loads and its amount is read", () => {
    expect(knowledge.documents.map((d) => d.id)).toEqual(["good"]);
    expect(knowledge.ledger.entries.map((e) => e.amountSek)).toEqual([4_000_000]);
  });

  it.each([
    ["huge.txt", new RegExp(`${MAX_DOCUMENT_BYTES}-byte limit`)],
    ["utf16.txt", /binary|UTF-8/],
    ["latin1.txt", /not valid UTF-8/],
    ["binary.md", /binary/],
    ["empty.txt", /empty/],
  ])("%s is skipped with a message naming it", (file, reason) => {
    const problem = knowledge.problems.find((p) => p.file.endsWith(file));
    expect(problem?.message).toContain(file);
    expect(problem?.message).toMatch(reason);
  });
});

describe("only regular files are read", { timeout: 60_000 }, () => {
  const special = mkdtempSync(join(tmpdir(), "gms-special-"));
  afterAll(() => rmSync(special, { recursive: true, force: true }));
  writeFileSync(join(special, "good.txt"), GOOD);
  execFileSync("mkfifo", [join(special, "fifo.txt")]);
  execFileSync("mkfifo", [join(special, "sources.json")]);
  symlinkSync("/dev/zero", join(special, "zero.txt"));
  const knowledge = loadKnowledge(special);

  it("a FIFO or a link to a device is skipped by name; the good document loads", () => {
    expect(knowledge.documents.map((d) => d.id)).toEqual(["good"]);
    for (const name of ["fifo.txt", "zero.txt", "sources.json"]) {
      const problem = knowledge.problems.find((p) => p.file.endsWith(name));
      expect(problem?.message).toMatch(new RegExp(`${name} is not a regular file`));
    }
  });
});

describe("a document over the reading budget", () => {
  it("is skipped with a message naming it; the rest loads", () => {
    const docs = [
      { id: "ok", fileName: "ok.txt", text: GOOD },
      { id: "many", fileName: "many.txt", text: "5 000 kronor. ".repeat(MAX_AMOUNTS + 1) },
    ].map((d) => ({ ...d, title: d.id, publisher: null, kind: null, published: null, url: null }));
    const knowledge = fromDocuments(docs);
    expect(knowledge.documents.map((d) => d.id)).toEqual(["ok"]);
    expect(knowledge.problems[0]?.message).toMatch(/many\.txt states over 5000 amounts/);
  });
});
