// An amending decision ("höjs från 92 miljoner kronor till 97 miljoner kronor") replaces the amount it changes.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const first = textDocument(
  "beslut",
  "Regeringsbeslut\n2029-03-12\n\nRegeringen uppdrar åt Kammarkollegiet att efter rekvisition från Region Skåne betala ut 92 miljoner kronor under 2029 till Region Skåne för arbete inom Genomic Medicine Sweden (GMS).",
  "2029-03-12",
);
const amended = textDocument(
  "andring",
  "Regeringsbeslut\n2029-06-10\n\nRegeringen ändrar sitt beslut den 12 mars 2029 på så sätt att beloppet som Kammarkollegiet ska betala ut till Region Skåne för arbete inom Genomic Medicine Sweden (GMS) höjs från 92 miljoner kronor till 97 miljoner kronor under 2029.\n\nÖkningen på 5 miljoner kronor ska användas för genomisk diagnostik vid sepsis.",
  "2029-06-10",
);

describe("amended amounts", () => {
  const { entries } = fromDocuments([first, amended]).ledger;
  const of = (sek: number) => entries.find((e) => e.amountSek === sek);

  it("the amended amount is the year's grant; the one it changes is kept, noted and never summed", () => {
    const counted = entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek);
    expect(counted).toEqual([97_000_000]);
    expect(of(92_000_000)?.revisedBy).toBe(of(97_000_000)?.id);
    expect(of(92_000_000)?.sources.map((s) => s.docId)).toEqual(["beslut", "andring"]);
  });

  it("the increase is a difference, no money of its own", () => {
    expect(of(5_000_000)).toBeUndefined();
  });

  it("'från Region Skåne betala ut': an infinitive's payer is the agency commissioned, not the name before it", () => {
    expect(of(92_000_000)?.payer).toBe("Kammarkollegiet");
  });

  it("'från 2026 till 2028' with no verb of change is a span, not a revision", () => {
    const span = textDocument(
      "s",
      "Publicerad 1 maj 2026\n\nGMS får 30 miljoner kronor per år från 2026 till 2028.",
      "2026-05-01",
    );
    const list = fromDocuments([span]).ledger.entries;
    expect(list.every((e) => e.revisedBy === undefined)).toBe(true);
  });
});
