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
