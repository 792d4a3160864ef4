// Readings added in session 18 (found on pages retold in other genres and on new pages): each on a made-up page.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import {
  countsAsGrant,
  type LedgerEntry,
  loadDocuments,
  loadKnowledge,
} from "../../src/knowledge/index.js";
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

describe("an English decision's address block", () => {
  const decision = [
    "Government Decision I:9",
    "",
    "11 December 2035",
    "",
    "Ministry of Health and Social Affairs",
    "",
    "The Public Health Agency of Sweden (Folkhälsomyndigheten)",
    "SE-171 82 Solna",
    "",
    "Assignment to disburse funds for 2036 for genomic surveillance of antibiotic resistance within Genomic Medicine Sweden",
    "",
    "The Public Health Agency of Sweden (Folkhälsomyndigheten) is instructed by the Government to disburse SEK 4,000,000 to Region Norrland in 2036 for work within Genomic Medicine Sweden (GMS) on sequencing of bacteria.",
    "",
  ].join("\n");

  it("names an addressee above a postal address, no headline: the title is the assignment", () => {
    const dir = mkdtempSync(join(tmpdir(), "gms-s18-"));
    try {
      writeFileSync(join(dir, "beslut.txt"), decision);
      expect(loadDocuments(dir).documents[0]?.title).toMatch(/^Assignment to disburse funds/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an area its English title names is asked for by its Swedish name or its short form ('AMR money for 2036?')", () => {
    const dir = mkdtempSync(join(tmpdir(), "gms-s18-"));
    try {
      writeFileSync(join(dir, "beslut.txt"), decision);
      const ask = createAsk({ knowledge: loadKnowledge(dir) });
      for (const q of ["AMR money for 2036?", "hur mycket till antibiotikaresistens 2036?"]) {
        const answer = ask(q, { today: "2036-03-01" });
        expect(
          answer.figures.map((f) => f.amountSek),
          q,
        ).toEqual([4_000_000]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
