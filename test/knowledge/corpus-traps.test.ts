// Ten new pages mainly about other money (test/fixtures/documents-traps, answer key in its README): added to the
// corpus one at a time and all together, each year's GMS sum changes only by the new grants the key names.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  countsAsGrant,
  fromDocuments,
  loadDocuments,
  type SourceDocument,
} from "../../src/knowledge/index.js";
import { DEVSET_DIR, EXTRA_DIR, GENRES_DIR } from "../support/question-runner.js";

const TRAPS_DIR = fileURLToPath(new URL("../fixtures/documents-traps", import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

const base = [SEEDS_DIR, DEVSET_DIR, EXTRA_DIR, GENRES_DIR].flatMap(
  (d) => loadDocuments(d).documents,
);
const traps = loadDocuments(TRAPS_DIR).documents.filter((d) => d.id !== "README");

// The answer key's new grants: every other GMS figure on these pages retells or splits one the corpus has.
const NEW_GRANTS: Record<string, Record<number, number>> = {
  "n07-tal-genomikdagen": { 2033: 118_000_000 },
  "n08-gms-fragor-och-svar-finansiering": { 2032: 112_000_000 },
};

function yearSums(documents: SourceDocument[]): Record<number, number> {
  const sums: Record<number, number> = {};
  for (const e of fromDocuments(documents, []).ledger.entries) {
    if (!countsAsGrant(e) || e.year === null) continue;
    sums[e.year] = (sums[e.year] ?? 0) + e.amountSek;
  }
  return sums;
}

function plus(sums: Record<number, number>, added: Record<number, number>): Record<number, number> {
  const out = { ...sums };
  for (const [y, n] of Object.entries(added)) out[Number(y)] = (out[Number(y)] ?? 0) + n;
  return out;
}

const before = yearSums(base);

describe("trap pages added to the corpus", () => {
  it("holds all ten", () => {
    expect(traps).toHaveLength(10);
  });

  for (const doc of traps)
    it(`${doc.id} adds only its new grants`, () => {
      expect(yearSums([...base, doc])).toEqual(plus(before, NEW_GRANTS[doc.id] ?? {}));
    });

  it("all together add only their new grants", () => {
    const all = Object.values(NEW_GRANTS).reduce(plus, before);
    expect(yearSums([...base, ...traps])).toEqual(all);
  });
});
