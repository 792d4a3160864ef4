// A year's grant paid in instalments, an extra grant told beside money "already received", a repayment, and
// money GMS awards to a university ("SEK 4.5m by Genomic Medicine Sweden"): made-up pages of one year.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = textDocument(
  "beslut",
  "Regeringsbeslut\n2031-12-18\n\nUppdrag att betala ut medel till Genomic Medicine Sweden under 2032\n\nRegeringen uppdrar åt Kammarkollegiet att under 2032 betala ut 70 miljoner kronor till Region Stockholm för Genomic Medicine Sweden (GMS). Under första halvåret 2032 betalas 35 miljoner kronor ut och under andra halvåret 2032 betalas 35 miljoner kronor ut.",
  "2031-12-18",
);
const extra = textDocument(
  "extra",
  "Pressmeddelande\n\nExtra pengar till GMS\n\nPublicerad 3 april 2032\n\nRegeringen ger Genomic Medicine Sweden (GMS) tolv miljoner kronor extra under 2032 för beredskap. Pengarna kommer utöver de 70 miljoner kronor som GMS redan har fått för året.",
  "2032-04-03",
);
const repayment = textDocument(
  "aterbetalning",
  "Regeringsbeslut\n2032-02-20\n\nRegion Skåne ska senast den 30 april 2032 återbetala 1,7 miljoner kronor av 2032 års medel till Genomic Medicine Sweden som inte har använts.",
  "2032-02-20",
);
const university = textDocument(
  "uni",
  "University news\n\nPlatform gets SEK 3.5m\n\nPublished 10 May 2032\n\nLund University has been awarded SEK 3.5m by Genomic Medicine Sweden from the network's 2032 government allocation.",
  "2032-05-10",
);

const knowledge = fromDocuments([decision, extra, repayment, university]);
const counted = knowledge.ledger.entries.filter((e) => countsAsGrant(e));

describe("one year's money told four ways", () => {
  it("instalments are shares of the grant, money already received is that grant, a repayment and money GMS awards are none", () => {
    expect(counted.map((e) => e.amountSek).sort((a, b) => a - b)).toEqual([12_000_000, 70_000_000]);
    const halves = knowledge.ledger.entries.filter((e) => e.amountSek === 35_000_000);
    expect(halves.every((e) => e.role === "part")).toBe(true);
    const seventy = counted.find((e) => e.amountSek === 70_000_000);
    expect(seventy?.sources.map((s) => s.docId)).toEqual(["beslut", "extra"]);
  });

  it("the year's total is 82 M", () => {
    const a = createAsk({ knowledge })("hur mycket får gms 2032", { today: "2032-06-01" });
    expect(a.figures[0]?.amountSek).toBe(82_000_000);
  });
});
