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

describe("money moved, a list with its total under it, and a monthly rate", () => {
  const moved = textDocument(
    "flytt",
    "Regeringsbeslut\n2032-11-05\n\nRegeringen beslutar att Region Stockholm får använda 9 miljoner kronor av de medel för 2032 som betalats ut till Genomic Medicine Sweden (GMS) även under 2033. Beslutet innebär inga nya medel.",
    "2032-11-05",
  );
  const letter = textDocument(
    "brev",
    "GMS nyhetsbrev\n\nSå används 2033 års medel\n\nPublicerad 15 januari 2033\n\nRegeringen har beslutat om medel till Genomic Medicine Sweden för 2033. Pengarna fördelas så här:\n\n- Solida tumörer: 30 mkr\n- Datadelning: 25 mkr\n- Koordinering: 5 mkr\n\nTotalt: 60 mkr\n",
    "2033-01-15",
  );
  const news = textDocument(
    "manad",
    "Nyheter\n\nLöpande stöd\n\nPublicerad 2033-02-10 09:30\n\nUnder 2033 betalar Kammarkollegiet ut statens stöd till Genomic Medicine Sweden (GMS) månadsvis. GMS får drygt 4 milj. kr i månaden, enligt regeringsbeslutet.",
    "2033-02-10",
  );
  const k = fromDocuments([decision, moved, letter, news]);
  const ask = createAsk({ knowledge: k });
  const counted = k.ledger.entries.filter((e) => countsAsGrant(e));

  it("'får använda 9 miljoner kronor av de medel för 2032 … även under 2033' is a share, no new grant", () => {
    expect(counted.map((e) => e.amountSek).sort((a, b) => a - b)).toEqual([60_000_000, 70_000_000]);
    expect(k.ledger.entries.find((e) => e.amountSek === 9_000_000)?.role).toBe("part");
  });

  it("a 'Totalt: 60 mkr' line under a list of shares that add up to it is their whole", () => {
    const whole = k.ledger.entries.find((e) => e.amountSek === 60_000_000);
    expect(whole?.role).toBe("grant");
    expect(whole?.parts).toHaveLength(3);
    expect(ask("hur mycket får gms 2033", { today: "2033-03-01" }).figures[0]?.amountSek).toBe(
      60_000_000,
    );
  });

  it("a monthly rate is no year's money; asked for, its sentence is quoted", () => {
    expect(k.ledger.entries.some((e) => e.amountSek === 4_000_000)).toBe(false);
    const a = ask("hur mycket får gms i månaden?", { today: "2033-03-01" });
    expect(a.text).toMatch(/4 milj\. kr i månaden/);
    expect(a.figures).toEqual([]);
  });
});
