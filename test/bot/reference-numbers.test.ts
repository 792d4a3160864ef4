// A case number in the question names its document: "vem fick kopia av S2031/00412?", "när ska det redovisas
// enligt S2031/00412?". Two made-up decisions, and minutes that cite one of them as their basis.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = (id: string, number: string, year: number, sek: string, region: string) =>
  textDocument(
    id,
    `Regeringsbeslut\n${year - 1}-12-10\n${number}\n\nUppdrag att betala ut medel till Genomic Medicine Sweden under ${year}\n\nRegeringens beslut\n\nRegeringen uppdrar åt Kammarkollegiet att under ${year} betala ut ${sek} till ${region} för Genomic Medicine Sweden (GMS).\n\n${region} ska senast den 31 mars ${year + 1} redovisa hur medlen har använts.\n\nPå regeringens vägnar\n\nAnna Ek\n                                        Per Berg\n\nKopia till\n\nFinansdepartementet/BA\n${region}\n`,
    `${year - 1}-12-10`,
  );
const first = decision("beslut-a", "S2030/00412", 2031, "70 miljoner kronor", "Region Skåne");
const second = decision("beslut-b", "S2031/00977", 2032, "75 miljoner kronor", "Region Uppsala");
const minutes = textDocument(
  "protokoll",
  "Region Uppsala\nPROTOKOLL\nRegionstyrelsen\n\n§ 12\nDnr RS 2032/00044\n\nMottagande av statsbidrag\n\nBeslutsunderlag\n\nRegeringsbeslut S2031/00977\n",
  "2032-02-01",
);
const ask = createAsk({ knowledge: fromDocuments([first, second, minutes]) });
const answer = (q: string) => ask(q, { today: "2032-06-01" });

describe("a case number in the question", () => {
  it("names its decision's copy list, not every decision's", () => {
    const a = answer("vem ska få kopia av beslutet S2031/00977?");
    expect(a.text).toMatch(/Region Uppsala/);
    expect(a.text).not.toMatch(/Region Skåne/);
    expect(a.text).not.toMatch(/hittar inte/);
  });

  it("names its decision, not minutes that cite it", () => {
    const a = answer("Which decision had the case number S2031/00977?");
    expect(new Set(a.citations.map((c) => c.docId))).toEqual(new Set(["beslut-b"]));
  });

  it("narrows deadlines and stated amounts to its document", () => {
    expect(answer("när ska det redovisas enligt s2030/00412?").text).toMatch(/31 mars 2032/);
    expect(answer("när ska det redovisas enligt s2030/00412?").text).not.toMatch(/2033/);
    const stated = answer("hur mycket gäller beslutet S2031/00977");
    expect(stated.figures.map((f) => f.amountSek)).toEqual([75_000_000]);
  });
});
