// Seeds and extra pages told in other words (test/fixtures/corpus-reworded): swapped in for their originals, no
// year's GMS sum changes, and the documents named below read exactly as their originals do.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  countsAsGrant,
  fromDocuments,
  type Knowledge,
  type LedgerEntry,
  loadDocuments,
  type SourceDocument,
} from "../../src/knowledge/index.js";
import { DEVSET_DIR, EXTRA_DIR, GENRES_DIR } from "../support/question-runner.js";

const REWORDED_DIR = fileURLToPath(new URL("../fixtures/corpus-reworded", import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));
// Read exactly as the original, role, years and wholes included (the rest differ in detail, not in sums).
const SAME_READING = [
  "000_49623e2820591484",
  "001_2fc47d92fe7c9eec",
  "002_8e4a75ba9034af72",
  "003_7e7bb9cb71af4918",
  "x13-region-skane-arsredovisning",
  "x20-nyhetsbrev-i-korthet",
];

const base = [SEEDS_DIR, DEVSET_DIR, EXTRA_DIR].map((d) => loadDocuments(d));
const baseDocs = base.flatMap((l) => l.documents);
// Genre pages (g01–g08) are asked about over everything, the genre pages included.
const withGenres = [...baseDocs, ...loadDocuments(GENRES_DIR).documents];
const isGenre = (id: string) => /^g\d/.test(id);
const reworded = loadDocuments(REWORDED_DIR).documents.filter((d) => d.id !== "README");

function build(documents: SourceDocument[]): Knowledge {
  return fromDocuments(documents, []);
}

/** The original's metadata (sources.json: title, date, publisher) with the reworded text. */
function swapped(doc: SourceDocument): Knowledge {
  const docs = isGenre(doc.id) ? withGenres : baseDocs;
  return build(docs.map((d) => (d.id === doc.id ? { ...d, text: doc.text } : d)));
}

/** Each year's sum of the GMS grants the bot would add up. */
function yearSums(k: Knowledge): Record<number, number> {
  const sums: Record<number, number> = {};
  for (const e of k.ledger.entries) {
    if (!countsAsGrant(e) || e.year === null) continue;
    sums[e.year] = (sums[e.year] ?? 0) + e.amountSek;
  }
  return sums;
}

function rowsOf(k: Knowledge, id: string): string[] {
  const byId = new Map(k.ledger.entries.map((e) => [e.id, e]));
  const row = (e: LedgerEntry) =>
    `${e.amountSek} ${e.role} ${e.years.join("-")} ${e.gms} ${e.partOf ? byId.get(e.partOf)?.amountSek : "-"}`;
  return k.ledger.entries
    .filter((e) => e.sources.some((s) => s.docId === id))
    .map(row)
    .sort();
}

describe("seeds and extra pages in other words", () => {
  const original = build(baseDocs);
  const sums = yearSums(original);
  const genreSums = yearSums(build(withGenres));

  it("every reworded document replaces one of the corpus", () => {
    const ids = new Set(withGenres.map((d) => d.id));
    expect(reworded.length).toBe(43);
    for (const d of reworded) expect(ids.has(d.id), d.id).toBe(true);
  });

  for (const doc of reworded) {
    it(`${doc.id}: no year's GMS sum changes`, () => {
      expect(yearSums(swapped(doc))).toEqual(isGenre(doc.id) ? genreSums : sums);
    });
  }

  for (const id of SAME_READING) {
    it(`${id}: reads as the original`, () => {
      const doc = reworded.find((d) => d.id === id) as SourceDocument;
      expect(rowsOf(swapped(doc), id)).toEqual(rowsOf(original, id));
    });
  }
});
