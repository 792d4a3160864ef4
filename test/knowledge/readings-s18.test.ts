// Readings added in session 18 (found on pages retold in other genres and on new pages): each on a made-up page.
import { describe, expect, it } from "vitest";
import { countsAsGrant, type LedgerEntry } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const page = (id: string, body: string, published = "2036-01-12") =>
  textDocument(id, `Nyheter\n\nPublicerad ${published}\n\n${body}`, published);

const grantSum = (entries: LedgerEntry[], year: number) =>
  entries
    .filter((e) => countsAsGrant(e) && e.years.includes(year))
    .reduce((s, e) => s + e.amountSek, 0);

describe("a Q&A page", () => {
  const release = page(
    "pm",
    "Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 70 miljoner kronor 2037.",
    "2036-12-18",
  );

  it("an answer line under 'Hur mycket får GMS nästa år?' is that year's money, and retells the year's grant", () => {
    const qa = page(
      "qa",
      "Frågor och svar\n\nHur mycket får Genomic Medicine Sweden (GMS) nästa år?\n70 miljoner kronor. Beslutet fattade regeringen i december.",
      "2036-12-20",
    );
    const entries = ledger(release, qa);
    expect(at(entries, 70_000_000)).toHaveLength(1);
    expect(grantSum(entries, 2037)).toBe(70_000_000);
  });

  it("a question's time at its end dates its answer in English too ('How much does GMS get this year?')", () => {
    const qa = page(
      "qa-en",
      "Questions and answers\n\nHow much does Genomic Medicine Sweden (GMS) get this year?\nSEK 70 million. The Government decided in December.",
      "2037-01-10",
    );
    const entries = ledger(release, qa);
    expect(at(entries, 70_000_000)).toHaveLength(1);
  });
});
