// A decision as PDF text and an agency's regleringsbrev, made up (no name, sentence or amount of the
// fixtures): what their readings need from the answers.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = `Regeringsbeslut 7
2033-01-20
S2033/00077
Socialdepartementet

Uppdrag att betala ut medel till Genomic Medicine Sweden för arbete med hörsel-
vård under 2033

Regeringens beslut

Regeringen ger Hörselverket i uppdrag att under 2033 betala ut 41 000 000
kronor till Region Halland för arbete inom Genomic Medicine Sweden (GMS) med hörselvård.
Medlen ska belasta det under utgiftsområde 9 Hälsovård, sjukvård och social omsorg för
budgetåret 2033 uppförda anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagspos-
ten 21 Genomisk hörselvård.
Hörselverket får för sin egen administration av uppdraget använda högst 120 000
kronor. För 2033 har riksdagen anvisat medel för ändamålet i enlighet med propositionen.
`;
const letter = `Regleringsbrev för budgetåret 2033 avseende Hörselverket

Regeringsbeslut 2032-12-15

Hörselverket får under 2033 för anslaget 1:6 ap.21 ingå ekonomiska åtaganden som medför behov av framtida anslag på högst 37 000 tkr under 2034–2035.
`;
const knowledge = fromDocuments([
  textDocument("beslut-pdf", decision, "2033-01-20"),
  textDocument("regleringsbrev", letter, "2032-12-15"),
]);
const ask = (q: string) => createAsk({ knowledge })(q, { today: "2033-06-01" });

describe("a decision as PDF text and a regleringsbrev", () => {
  it("'vilket anslag belastas' quotes the budget line, read across a broken word, and names no amount", () => {
    const a = ask("Vilket anslag belastas 2033 års medel?");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("anslagsposten 21 Genomisk hörselvård");
    expect(a.citations[0]?.quote).toContain("anslagspos-\nten 21");
  });

  it("an amount named with a kind of document narrows what that document states to the amount", () => {
    const a = ask("is the 37 million in the regleringsbrev money for gms?");
    expect(a.figures.map((f) => f.amountSek)).toEqual([37_000_000]);
    expect(a.text).not.toMatch(/^Yes/);
  });

  it("'ta' is a plain verb and 'av gms-uppdraget' names no giver", () => {
    const q = parseQuestion(
      "hur mkt får Hörselverket ta för admin av gms-uppdraget 2033",
      createVocabulary(knowledge, []),
      { today: "2033-06-01" },
    );
    expect(q.unknown).not.toContain("ta");
    expect(q.orgs.some((o) => o.name === "GMS" && o.role === "funder")).toBe(false);
  });

  it("'riksdagen' in a sentence about money is no subject of that money", () => {
    const a = ask("hur mycket anvisade riksdagen 2033");
    expect(a.text).not.toMatch(/riksdagen”/);
  });
});

describe("which appropriation, asked as a follow-up", () => {
  it("after an answer about an amount, names the budget line of that money, never the amount again", () => {
    const chat = createAsk({ knowledge });
    const turn = (q: string) => chat(q, { today: "2033-06-01", conversationId: "c" }).text;
    turn("hur mycket fick Region Halland 2033?");
    turn("vem betalar ut?");
    const text = turn("vilket anslag?");
    expect(text).toContain("anslagsposten 21");
    expect(text).not.toMatch(/belopp på/);
  });
});
