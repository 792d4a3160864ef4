// Each amount's kind, years and area within its own document: one made-up document per mechanism.
import { describe, expect, it } from "vitest";
import { fromDocuments, type SourceDocument } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const doc = textDocument;
const ledger = (...docs: SourceDocument[]) => fromDocuments(docs).ledger.entries;
const at = (entries: ReturnType<typeof ledger>, sek: number) =>
  entries.filter((e) => e.amountSek === sek);

describe("areas of an English document", () => {
  const text = `Genomic Medicine Sweden gets money

The Government today decided that Genomic Medicine Sweden (GMS) will receive SEK 40 million next year.

How the funds will be used:

- SEK 20 million for solid tumours
- SEK 12 million for pharmacogenomics
- SEK 8 million for national coordination
`;
  const entries = ledger(doc("en", text, "2030-11-02"));

  it("names each share by the Swedish area the questions use, with that area's words as terms", () => {
    expect(at(entries, 20_000_000)[0]?.area).toBe("solida tumörer");
    expect(at(entries, 12_000_000)[0]?.area).toBe("farmakogenomik");
    const coordination = at(entries, 8_000_000)[0];
    expect(coordination?.area).toBe("samordning och uppföljning");
    expect(coordination?.terms).toContain("samordning");
  });
});

describe("the year nearest the amount's own characters", () => {
  it("reads the year after the amount over the year naming an earlier bill", () => {
    const text = `Stödet till GMS

The Budget Bill for 2031 had estimated SEK 95 million for 2032, and Genomic Medicine Sweden (GMS) gets less.
`;
    const estimate = at(ledger(doc("bill", text, "2031-12-01")), 95_000_000)[0];
    expect(estimate?.role).toBe("estimate");
    expect(estimate?.years).toEqual([2032]);
  });
});

describe("amounts given per year", () => {
  const text = `Stiftelse stöder GMS

Stiftelsen Exempel bidrar samtidigt med 5 miljoner kronor till Genomic Medicine Sweden (GMS), som fördelas med 2,5 miljoner kronor per år under 2031 och 2032.
`;
  const entries = ledger(doc("sv", text, "2031-01-10"));

  it("marks the yearly amount, not the whole it divides", () => {
    expect(at(entries, 2_500_000)[0]?.perYear).toBe(true);
    expect(at(entries, 5_000_000)[0]?.perYear).toBeUndefined();
  });

  it("never takes words that only say money moves as the yearly amount's purpose", () => {
    expect(at(entries, 2_500_000)[0]?.purpose).not.toBe("som fördelas med");
  });
});
