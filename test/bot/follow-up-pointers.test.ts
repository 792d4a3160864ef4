// "hur mkt lägger regionen själv till?" after a question about one region: "regionen" points back to it,
// and is no topic of its own. Made-up pages.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const news = textDocument(
  "news",
  "Lokaltidningen\n\nPublicerad 3 april 2036\n\nRegion Halland får 4,5 miljoner kronor av årets statliga pengar till Genomic Medicine Sweden. Regionen lägger själv till ytterligare 1 miljon kronor ur den egna budgeten i år.\n\nRegion Kronoberg bidrar samtidigt med 3 miljoner kronor av egna medel till arbetet inom GMS under 2036.",
  "2036-04-03",
);
const ask = createAsk({ knowledge: fromDocuments([news]) });

describe("a definite noun for an organisation in a follow-up", () => {
  it("points back to the organisation the conversation named", () => {
    const talk = { today: "2036-06-01", conversationId: "p1" };
    ask("vad får region halland 2036?", talk);
    const answer = ask("hur mkt lägger regionen själv till?", talk);
    expect(answer.figures.map((f) => f.amountSek)).toEqual([1_000_000]);
  });
});
