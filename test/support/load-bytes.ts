import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Knowledge } from "../../src/knowledge/index.js";
import { FIXTURES_DIR, SEEDS_DIR } from "./seeds.js";

/** A temporary folder of the seeds and the devset and extra fixture documents (the caller removes it). */
export function fixtureFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  cpSync(SEEDS_DIR, folder, { recursive: true });
  for (const sub of ["devset", "documents-extra"]) {
    for (const f of readdirSync(join(FIXTURES_DIR, sub)).filter((f) => f.endsWith(".txt")))
      cpSync(join(FIXTURES_DIR, sub, f), join(folder, f));
  }
  return folder;
}

/** Everything a load gives, as the bytes `ledger --json` and `facts --json` are made of. */
export function loadBytes(k: Knowledge): string {
  const { documents, wordCounts, ledger, statements, problems } = k;
  return JSON.stringify({
    documents,
    wordCounts: [...wordCounts],
    ledger,
    statements,
    passages: k.passages.all(),
    problems,
  });
}
