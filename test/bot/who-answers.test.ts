// Who/when/what answers from made-up documents: people in any genre, calls, pending decisions, periods, purposes.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const doc = (id: string, published: string, text: string) => textDocument(id, text, published);

const docs = [
  doc(
    "debatt",
    "2027-10-01",
    "DEBATT\n\nGe genomiken långsiktiga pengar, skriver två regionpolitiker.\n\nI år får Genomic Medicine Sweden 70 miljoner kronor.\n\nKarl Berg (L), regionråd, Region Halland\n\nEva Lund, professor i medicin, Umeå universitet",
  ),
  doc(
    "svar",
    "2027-11-02",
    "Svar på skriftlig fråga 2027/28:15 av Olle Ström (MP)\n\nBesvarad av sjukvårdsminister Ann Ek (KD)\n\nI år får Genomic Medicine Sweden 70 miljoner kronor.\n\nFrågan om ett flerårigt anslag bereds inom Regeringskansliet. Något beslut har ännu inte fattats.",
  ),
  doc(
    "utlysning",
    "2027-09-01",
    "Vinnova\n\nUtlysning om genomik\n\nVinnova avsätter 30 miljoner kronor i utlysningen.\n\nSista ansökningsdag: 2028-02-10 kl. 14.00",
  ),
  doc(
    "studie",
    "2027-05-05",
    "Ny studie om hälsoekonomi\n\nRegion Halland får 3 miljoner kronor till GMS-arbete med helgenomsekvensering av bakterier. Syftet är att följa antibiotikaresistens.\n\nEn hälsoekonomisk studie vid Karolinska institutet startar. Studien pågår under perioden 2027–2029.",
  ),
  doc(
    "beslut",
    "2027-12-10",
    "Uppdrag om sällsynta diagnoser\n\nRegeringen ger Kammarkollegiet i uppdrag att under 2028 och 2029 betala ut sammanlagt 20 000 000 kronor till Region Halland för arbete inom Genomic Medicine Sweden (GMS) med sällsynta diagnoser. Av beloppet ska 10 000 000 kronor betalas ut under 2028 och 10 000 000 kronor under 2029. Utbetalningen för 2029 förutsätter att riksdagen anvisar medel.",
  ),
];
const ask = createAsk({ knowledge: fromDocuments(docs) });
const today = "2027-12-01";

describe("who, when and what, from statements", () => {
  it("who is X: the person's roles, by full name or surname", () => {
    expect(ask("Who is Eva Lund?", { today }).text).toMatch(/^Eva Lund in the documents: .*author/);
    expect(ask("vem är Ström?", { today }).text).toMatch(
      /^Olle Ström i dokumenten: ställde frågan \(MP\)/,
    );
  });

  it("who wrote the debate article, who asked the written question", () => {
    expect(ask("vem skrev debattartikeln?", { today }).text).toMatch(/Karl Berg.*Eva Lund/);
    expect(ask("who asked the written question?", { today }).text).toMatch(/Olle Ström \(MP\)/);
  });

  it("what the minister answered: the decision is not taken yet, quoted", () => {
    const a = ask("vad svarade ministern om flerårigt anslag?", { today });
    expect(a.text).toMatch(/inget beslut/);
    expect(a.citations.map((c) => c.docId)).toContain("svar");
  });

  it("a call's application deadline", () => {
    const a = ask("sista ansökningsdag vinnova", { today });
    expect(a.text).toMatch(/10 februari 2028/);
    expect(a.citations.map((c) => c.docId)).toEqual(["utlysning"]);
  });

  it("when a study runs, and what an amount is for in the document's words", () => {
    expect(ask("when does the KI health economics study run?", { today }).text).toMatch(
      /2027–2029/,
    );
    expect(ask("what is the 3 million for?", { today }).text).toMatch(/Purpose: “Syftet är/);
  });

  it("a decision asked about that the documents say is pending: no, quoted", () => {
    const a = ask("Har regeringen beslutat om ett flerårigt anslag?", { today });
    expect(a.text).toMatch(/^Nej: enligt dokumenten är det beslutet inte fattat ännu/);
    expect(a.text).toMatch(/bereds inom Regeringskansliet/);
  });

  it("who pays out a share, and to whom: the whole's payer and recipient, cited where they are named", () => {
    const a = ask("vem betalar ut pengarna till sällsynta diagnoser 2028 och till vem?", { today });
    expect(a.text).toMatch(
      /^Pengarna betalas ut av Kammarkollegiet \[1\] till Region Halland \[1\]\.$/,
    );
  });

  it("what a payment depends on: the condition the documents about it state", () => {
    const a = ask("Does the 2029 payment for rare diseases depend on anything?", { today });
    expect(a.text).toMatch(/förutsätter att riksdagen anvisar medel/);
  });
});
