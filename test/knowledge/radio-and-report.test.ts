// Made-up pages for the readings a radio news text and an annual report with a node table once got wrong.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument as doc } from "../support/text-document.js";

const radio = `Exempelradion

Mer pengar till exempelnätverket

Publicerat 15 december 2040

Regeringen ger 60 miljoner kronor till Genomic Medicine Sweden nästa år.

I budgetpropositionen hade regeringen räknat med 65 miljoner kronor.

Av pengarna går 20 miljoner kronor till barncancer.

Patientförbundet har tidigare krävt att satsningen ska få minst 90 miljoner kronor om året.
`;

describe("a radio news text", () => {
  const entries = ledger(doc("radio", radio));
  it("a share told after an estimate is a share of the money given, not of the estimate", () => {
    const share = at(entries, 20_000_000)[0];
    const grant = at(entries, 60_000_000)[0];
    expect(share?.partOf).toBe(grant?.id);
  });
  it("what someone has demanded ('har krävt att … minst 90 miljoner') is no grant", () => {
    expect(entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([60_000_000]);
    expect(at(entries, 90_000_000).every((e) => e.role !== "grant")).toBe(true);
  });
});

const report = `Genomic Medicine Sweden
Årsrapport 2040

Publicerad 10 mars 2041

Regeringen beslutade att Genomic Medicine Sweden skulle få 40 miljoner kronor för 2040.

Tabell 1. Statliga medel per nod, tusental kronor

Nod                    2040
Region Norrby          25 000
Region Söderby         15 000
Summa                  40 000

Regionerna bidrog därtill med egen personal till ett värde av 7 miljoner kronor.
`;

describe("an annual report with a node table", () => {
  const knowledge = fromDocuments([doc("rapport", report)]);
  const entries = knowledge.ledger.entries;
  it("money its words leave undated is the reported year's, not the publication year's", () => {
    expect(at(entries, 7_000_000)[0]?.years).toEqual([2040]);
  });
  it("a breakdown names each node's share by its region; the split adds up, so no note", () => {
    const ask = createAsk({ knowledge });
    const answer = ask("Hur fördelas de 40 miljonerna 2040?", { today: "2041-03-20" });
    expect(answer.text).toMatch(/25 miljoner kronor \(2040\) till “?Region Norrby/);
    expect(answer.text).not.toMatch(/går inte jämnt ut/);
    // Each node's figure is the table's tusental kronor converted: computed, and said so.
    const node = answer.figures.find((f) => f.amountSek === 25_000_000);
    expect(node?.derived).toBe(true);
  });
});
