// An organisation's share of an area grant, relative years against the date of asking, and follow-ups
// that keep their organisation: answered from made-up documents.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const doc = (id: string, published: string, text: string) => textDocument(id, text, published);

const docs = [
  doc(
    "beslut",
    "2030-12-15",
    "Regeringen ger GMS 60 miljoner kronor för 2031\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 60 miljoner kronor nästa år. Av dem är 20 miljoner avsedda för solida tumörer, där njurcancer prioriteras.",
  ),
  doc(
    "sjukhus",
    "2031-02-01",
    "KI får pengar för njurcancer\n\nAv de statliga pengar som Genomic Medicine Sweden får i år går 4,4 miljoner kronor till Karolinska institutet för att införa helgenomsekvensering vid njurcancer.\n\nRegeringen beslutade i december att GMS ska få 60 miljoner kronor i år. Av dem är 20 miljoner öronmärkta för solida tumörer, och GMS styrgrupp har nu bestämt att Karolinska institutet får 4,4 miljoner kronor av den delen för njurcancer.",
  ),
  doc(
    "region",
    "2031-03-05",
    "Region Uppsala får 2,2 miljoner för solida tumörer\n\nAv de 20 miljoner kronor som GMS tilldelats för solida tumörer 2031 går 2,2 miljoner kronor till Region Uppsala. I fjol fick regionen 1,4 miljoner kronor av GMS-medlen för samma arbete. Regionen skjuter dessutom till 0,9 miljoner kronor av egna medel under året.",
  ),
];
const ask = createAsk({ knowledge: fromDocuments(docs) });
const today = "2031-03-01";
const first = (q: string) => ask(q, { today }).figures[0]?.amountSek;

describe("an organ word asks about its condition", () => {
  it("'njure' reaches the money for 'njurcancer', and the organisation named picks its share", () => {
    expect(first("KI njure mnkr")).toBe(4_400_000);
    const figures = ask("njure 2031", { today }).figures.map((f) => f.amountSek);
    expect(figures).toEqual([20_000_000, 4_400_000]);
  });
});

describe("a split compound with a misspelt head", () => {
  it("'njur cancr' is read as the known compound 'njurcancer', with nothing named back", () => {
    const a = ask("njur cancr 2031", { today });
    expect(a.figures.map((f) => f.amountSek)).toContain(4_400_000);
    expect(a.text).not.toMatch(/hittar inte/);
  });
});

describe("an organisation's share, this year and last", () => {
  it("'i fjol' against the date of asking reaches the share told only in retrospect", () => {
    expect(first("vad fick region uppsala i fjol")).toBe(1_400_000);
  });

  it("a follow-up keeps the organisation: this year's share, last year's, then its own co-funding", () => {
    const context = { today, conversationId: "uppsala" };
    const turn = (q: string) => ask(q, context);
    expect(turn("region uppsala solida tumörer i år?").figures[0]?.amountSek).toBe(2_200_000);
    expect(turn("och i fjol?").figures[0]?.amountSek).toBe(1_400_000);
    const own = turn("egen medfin?");
    expect(own.figures[0]?.amountSek).toBe(900_000);
    // The conversation's year had none of it: the answer says so before giving the year it has.
    expect(own.text).toMatch(/inget sådant för 2030/);
  });
});

describe("an organisation's change between two years", () => {
  it("compares its share in each year, computed and citing both", () => {
    const a = ask("Hur mycket ökade andelen för Region Uppsala från 2030 till 2031 i procent?", {
      today,
    });
    expect(a.intent).toBe("change");
    expect(a.figures.map((f) => f.amountSek)).toEqual([800_000, 1_400_000, 2_200_000]);
    expect(a.figures[0]?.derived).toBe(true);
    expect(a.text).toMatch(/\+57,1 %/);
  });

  it("declines when a year has no single share of its own", () => {
    const a = ask("Hur mycket ökade andelen för Region Uppsala från 2029 till 2030?", { today });
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
  });
});
