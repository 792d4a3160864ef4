// A year's grants are checked by arithmetic and by what their sentences name before they are added: a stated
// whole never beside its own parts, a lone sentence naming neither giver nor GMS never a second grant, and a
// region's own money never the state's.
import { describe, expect, it } from "vitest";
import { withoutSummedParts } from "../../src/bot/answers/grant-sums.js";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments, type LedgerEntry } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const M = 1_000_000;

const ask = createAsk({
  knowledge: fromDocuments(
    [
      textDocument(
        "news",
        "Nyheter\n\nGMS får 70 miljoner – fördelat på två beslut\n\nPublicerad 5 februari 2031\n\nRegeringen har beslutat att Socialstyrelsen ska betala ut 62 miljoner kronor till Region Skåne för arbetet inom Genomic Medicine Sweden (GMS) under 2031. I ett separat beslut samma dag avsätter regeringen 8 miljoner kronor till en pilot inom GMS under 2031.",
        "2031-02-05",
      ),
      textDocument(
        "wire",
        "Wire\n\nSweden gives genomics network SEK 74 million\n\nPublished 15 December 2031\n\nThe government has decided to give Genomic Medicine Sweden (GMS) SEK 74 million for 2032. Of the 2032 money, SEK 40 million goes to cancer diagnostics. SEK 20 million is earmarked for rare diseases and SEK 14 million for data sharing.\n\nOn top of the state money, Region Skåne will set aside SEK 4 million of its own budget for 2032.",
        "2031-12-15",
      ),
    ],
    [],
  ),
  now: () => 0,
});

const first = (q: string) => ask(q, { today: "2032-06-01" }).figures[0]?.amountSek;

describe("a year's sum", () => {
  it("takes a grant that equals the sum of others of its year as their whole, never a third grant", () => {
    expect(first("hur mycket fick gms 2031?")).toBe(70 * M);
  });

  it("never adds a lone sentence's amount that names neither giver nor GMS, nor a region's own money", () => {
    expect(first("how much did gms get in 2032?")).toBe(74 * M);
  });
});

describe("withoutSummedParts", () => {
  const grant = (id: string, amount: number, placed = true): LedgerEntry =>
    ({
      id,
      amountSek: amount,
      year: 2031,
      years: [2031],
      funder: placed ? "regeringen" : null,
      recipient: placed ? "Genomic Medicine Sweden (GMS)" : null,
      sources: [{ docId: id }],
    }) as unknown as LedgerEntry;

  it("keeps the whole and leaves out the grants it is the exact sum of", () => {
    const kept = withoutSummedParts([grant("a", 70 * M), grant("b", 62 * M), grant("c", 8 * M)]);
    expect(kept.map((g) => g.id)).toEqual(["a"]);
  });

  it("leaves out an approximate grant within rounding of an exact one of its year", () => {
    const rough = { ...grant("b", 75 * M), qualifier: "approx" } as LedgerEntry;
    const exact = { ...grant("a", 76 * M), qualifier: null } as LedgerEntry;
    expect(withoutSummedParts([exact, rough]).map((g) => g.id)).toEqual(["a"]);
    const far = { ...grant("c", 60 * M), qualifier: "approx" } as LedgerEntry;
    expect(withoutSummedParts([exact, far])).toHaveLength(2);
  });

  it("adds grants that sum to no other, and keeps a lone one when nothing else that year is placed", () => {
    expect(withoutSummedParts([grant("a", 70 * M), grant("b", 8 * M)])).toHaveLength(2);
    expect(withoutSummedParts([grant("a", 9 * M, false)])).toHaveLength(1);
  });
});
