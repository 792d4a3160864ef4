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
