// Question readings added in session 19, on made-up pages.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const knowledge = fromDocuments([
  textDocument(
    "release",
    "Pressmeddelande från Socialdepartementet\n\nGMS får 30 miljoner kronor\n\nPublicerad 15 januari 2031\n\nRegeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 30 miljoner kronor för 2031.\n\nKammarkollegiet får i uppdrag att betala ut medlen till Region Skåne.",
    "2031-01-15",
  ),
]);
const ask = createAsk({ knowledge });

describe("'vilka pengar' asks which money, not who", () => {
  it.each([
    ["vilka pengar fick GMS 2031?", "sv"],
    ["which money did GMS get in 2031?", "en"],
  ])("%s is answered with the year's amount", async (question) => {
    const answer = await ask(question, { conversationId: question, today: "2031-06-01" });
    expect(answer.intent).not.toBe("recipient");
    expect(answer.figures.map((f) => f.amountSek)).toContain(30_000_000);
  });
});

describe("an organisation's total leaves out the pot its share is cut from", () => {
  const pages = fromDocuments([
    textDocument(
      "grant",
      "Pressmeddelande\n\nGMS får 40 miljoner kronor\n\nPublicerad 15 januari 2031\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 40 miljoner kronor för 2031.",
      "2031-01-15",
    ),
    textDocument(
      "plan",
      "Verksamhetsplan 2031 – Region Jämtland Härjedalen\n\nPublicerad 1 februari 2031\n\nRegion Jämtland Härjedalen får 5 miljoner kronor av de 40 miljoner kronor som regeringen har beslutat om till GMS för 2031.\n\nRegion Jämtland Härjedalen fick 2 miljoner kronor från Vinnova 2030 för en pilot i sekvensering.",
      "2031-02-01",
    ),
  ]);
  const askPages = createAsk({ knowledge: pages });

  it("'hur mkt fick Region Jämtland Härjedalen totalt' sums its own money, never GMS's whole", async () => {
    const answer = await askPages("hur mkt fick Region Jämtland Härjedalen totalt?", {
      conversationId: "pot",
      today: "2031-06-01",
    });
    const amounts = answer.figures.map((f) => f.amountSek);
    expect(amounts).not.toContain(40_000_000);
    expect(amounts).toContain(5_000_000);
  });
});

describe("an area's share leaves out a slice of a region's loose share", () => {
  const pages = fromDocuments([
    textDocument(
      "release",
      "Pressmeddelande\n\n30 miljoner kronor till genomisk medicin i år\n\nPublicerad 14 april 2031\n\nRegeringen ger Genomic Medicine Sweden (GMS) 30 miljoner kronor för 2031. Av medlen ska 10 miljoner kronor användas för sällsynta diagnoser och 20 miljoner kronor för solida tumörer.",
      "2031-04-14",
    ),
    textDocument(
      "uni",
      "Universitetet\nNyheter\n\nDalarna får 3 mnkr för genomisk diagnostik av sällsynta sjukdomar\n\nPublicerad: 2031-05-14\n\nGenomic Medicine Sweden (GMS) har fördelat årets statliga medel, och Region Dalarna tilldelas 3 miljoner kronor för 2031.\n\nAv de 3 miljonerna går 2 miljoner kronor till helgenomsekvensering av barn med misstänkt sällsynt sjukdom, medan resterande 1 miljon kronor används för att bygga upp en variantdatabas.",
      "2031-05-14",
    ),
  ]);
  const askPages = createAsk({ knowledge: pages });

  it("'what share of the 2031 grant went to rare diseases?' is 10 of 30, never 12", async () => {
    const answer = await askPages("what share of the 2031 grant went to rare diseases?", {
      conversationId: "share",
      today: "2031-06-01",
    });
    expect(answer.text).toContain("33.3");
    expect(answer.figures.map((f) => f.amountSek)).not.toContain(12_000_000);
  });
});
