// "10 miljoner kronor per år 2030–2032": money of each of its years, counted once a year in sums.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const knowledge = fromDocuments([
  textDocument(
    "a",
    "Publicerad 12 mars 2029\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 92 miljoner kronor för 2029.",
    "2029-03-12",
  ),
  textDocument(
    "b",
    "Publicerad 1 december 2029\n\nRegeringen har i dag beslutat att Folkhälsomyndigheten ska betala ut 10 miljoner kronor per år 2030–2032 till Genomic Medicine Sweden för genomisk övervakning av infektionssjukdomar, totalt 30 miljoner kronor.",
    "2029-12-01",
  ),
]);
const ask = createAsk({ knowledge });
const today = "2029-12-02";

describe("amounts given per year over a span", () => {
  it("a middle year of the span has the yearly amount", () => {
    const a = ask("hur mycket får gms 2031", { today });
    expect(a.figures[0]?.amountSek).toBe(10_000_000);
    expect(a.text).toContain("10 miljoner kronor per år");
  });

  it("a sum over years counts it once for each asked year it covers", () => {
    const a = ask("hur mycket får gms 2029-2031 sammanlagt", { today });
    expect(a.figures.find((f) => f.derived)?.amountSek).toBe(112_000_000);
  });

  it("the stated total of the span agrees with it: no note of money not itemised", () => {
    const total = knowledge.ledger.entries.find((e) => e.amountSek === 30_000_000);
    expect(total?.notes).toEqual([]);
  });
});
