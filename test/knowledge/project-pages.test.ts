// A funder's project page ("Bidrag från Vinnova: …", "Projektperiod: …"): a made-up page.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

describe("a funder's project page", () => {
  const page = textDocument(
    "project",
    "Vinnova\n\nProjekt\n\nSnabbare diagnostik – GMS-pilot\n\nDiarienummer: 2038-00111\nKoordinator: Region Halland\nBidrag från Vinnova: 2 600 000 kronor\nProjektets totala budget: 5 200 000 kronor\nProjektperiod: 1 april 2038 – 31 mars 2040\n\nSyfte och mål\nProjektet ska inom ramen för Genomic Medicine Sweden korta svarstiderna.",
    "2038-03-01",
  );
  const { entries } = fromDocuments([page]).ledger;

  it("gives the grant the project's period: over several years, it is their total, never one year's grant", () => {
    const grant = entries.find((e) => e.amountSek === 2_600_000);
    expect(grant?.years).toEqual([2038, 2039, 2040]);
    expect(grant?.role).toBe("multi-year-total");
    expect(entries.filter(countsAsGrant)).toEqual([]);
  });

  it("reads the project's total budget as a stated total", () => {
    expect(entries.find((e) => e.amountSek === 5_200_000)?.role).toBe("total");
  });
});
