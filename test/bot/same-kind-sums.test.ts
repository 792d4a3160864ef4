// A sum the bot computes adds one kind of money: grants and their shares, never co-funding or a call's budget.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const docs = [
  textDocument(
    "pm",
    "Satsning på genomik\n\nPublicerad 7 november 2031\n\nGenom Vinnova satsar regeringen 14 miljoner kronor i år på Genomic Medicine Sweden (GMS). Vinnovas bidrag matchas med lika mycket från regionerna, som tillsammans går in med 14 miljoner kronor.\n",
  ),
  textDocument(
    "nyhet",
    "Vinnova stöder farmakogenomik\n\nPublicerad 3 mars 2032\n\nVinnova ger 5 miljoner kronor under 2032 till Region Uppsala för farmakogenomik inom Genomic Medicine Sweden (GMS).\n",
  ),
];
const ask = createAsk({ knowledge: fromDocuments(docs) });

describe("same-kind sums", () => {
  it("Vinnova's money in total adds its grants, not the regions' matching co-funding", () => {
    const a = ask("How much has Vinnova put into GMS in total?", { today: "2032-06-01" });
    expect(a.figures.filter((f) => f.derived).map((f) => f.amountSek)).toEqual([19_000_000]);
  });
});
