// Money that is not GMS's grant, from made-up documents: a funder's money, co-funding, "is it government
// money?", a call's budget and earlier round, proposals, and totals told only in another currency.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const doc = (id: string, published: string, text: string) => textDocument(id, text, published);
// A document whose first line is its title, as a loaded one is.
const titled = (id: string, published: string, text: string) => ({
  ...doc(id, published, text),
  title: text.split("\n")[0] ?? id,
});

const docs = [
  doc(
    "pm",
    "2030-03-03",
    "Pressmeddelande från Näringsdepartementet\n\nRegeringen satsar på genomik i hela landet\n\nPublicerad 3 mars 2030\n\nGenom Forte satsar regeringen 7 miljoner kronor i år på att bygga upp Genomic Medicine Sweden (GMS).\n\nFortes bidrag matchas med lika mycket från regionerna, som tillsammans går in med 7 miljoner kronor. Totalt handlar det därmed om 14 miljoner kronor under året.\n\nForte satsar samtidigt 20 miljoner kronor på testbäddar för hälsodata. Testbäddarna ingår inte i GMS.",
  ),
  doc(
    "nyhet",
    "2030-09-01",
    "Nyheter\n\nBarncancerfonden satsar på snabbare diagnoser\n\nStatens stöd till Genomic Medicine Sweden (GMS) är i år 70 miljoner kronor. Barncancerfonden bidrar samtidigt med 2,4 miljoner kronor, som fördelas med 1,2 miljoner kronor per år under 2030 och 2031.",
  ),
  doc(
    "utlysning",
    "2030-10-01",
    "Vinnova\nUtlysningar\n\nGenomik i praktiken 2031\n\nPublicerad 2030-10-01\nDiarienummer: 2030-00123\n\nVinnova välkomnar ansökningar om projekt inom genomik. Utlysningen genomförs i samverkan med Genomic Medicine Sweden (GMS), men medlen går till de beviljade projektparterna och ingår inte i statens årliga stöd till GMS.\n\nVad kan ni få?\n\nVinnova avsätter totalt 30 miljoner kronor i utlysningen. I fjolårets utlysning beviljades 21 miljoner kronor till fem projekt.",
  ),
  doc(
    "debatt",
    "2030-05-01",
    "DEBATT\n\nGe genomiken mer\n\nPublicerad 1 maj 2030\n\nI år får Genomic Medicine Sweden (GMS) 70 miljoner kronor från staten.\n\nVi föreslår därför att regeringen beslutar om minst 150 miljoner kronor per år från 2032.\n\nKarl Berg (L), regionråd, Region Halland",
  ),
  titled(
    "eu",
    "2030-06-02",
    "Lund joins EU project on genomic registries\n\nLund University will coordinate the Swedish part of GENREG-EU, a new EU project. The project runs from 2030 to 2032 and is funded with EUR 2.4 million under the Horizon programme.\n\nGenomic Medicine Sweden (GMS) takes part as the clinical partner. GMS will co-fund the Swedish work with SEK 900,000 from its own budget.",
  ),
];
const knowledge = fromDocuments(docs);
const ask = createAsk({ knowledge, now: () => 0 });
const today = "2030-12-01";
const first = (q: string) => ask(q, { today }).figures[0]?.amountSek;

describe("money that is not GMS's grant", () => {
  it("a funder named alone: its money for GMS, not what it funded beside GMS", () => {
    expect(first("forte 2030 gms")).toBe(7_000_000);
  });

  it("co-funding is found by its giver and named as theirs", () => {
    const a = ask("medfin regionerna 2030", { today });
    expect(a.figures[0]?.amountSek).toBe(7_000_000);
    expect(a.text).toMatch(/medfinansiering från regionerna/);
    expect(a.text).not.toMatch(/Beslutat av regeringen/);
  });

  it("'is it government money?': a total holding co-funding is not, and says what it holds", () => {
    const a = ask("Is the 14 million in 2030 all government money?", { today });
    expect(a.text).toMatch(/^No/);
    expect(a.figures.map((f) => f.amountSek)).toEqual(
      expect.arrayContaining([14_000_000, 7_000_000]),
    );
    expect(ask("är de 70 miljonerna statens pengar?", { today }).text).toMatch(/^Ja/);
  });

  it("a follow-up asks it of the money just shown", () => {
    const c = { today, conversationId: "bcf" };
    expect(ask("what did barncancerfonden give?", c).figures[0]?.amountSek).toBe(2_400_000);
    expect(ask("is that part of the government money?", c).text).toMatch(
      /^No: it is co-funding from Barncancerfonden/,
    );
  });

  it("a call's money is not GMS's, quoting the document that says so", () => {
    const a = ask("is the vinnova call money part of gms funding", { today });
    expect(a.text).toMatch(/^No/);
    expect(a.citations.some((c) => /ingår inte i statens/.test(c.quote))).toBe(true);
  });

  it("an organisation joined to a kind of document, and the call's earlier round", () => {
    expect(first("hur mkt totalt i vinnovautlysningen")).toBe(30_000_000);
    const a = ask("How much did Vinnova's call grant in the previous round, and is it GMS money?", {
      today,
    });
    expect(a.figures[0]?.amountSek).toBe(21_000_000);
    expect(a.text).toMatch(/No: it is not part of the state's funding of GMS/);
  });

  it("asked of a kind of money, or of a call's earlier round in other words", () => {
    expect(ask("räknas medfinansieringen som statliga pengar?", { today }).text).toMatch(
      /^Nej: det är medfinansiering vid sidan av statens stöd/,
    );
    expect(first("vad beviljades i förra omgången av utlysningen?")).toBe(21_000_000);
    expect(first("how much did the previous call grant?")).toBe(21_000_000);
  });

  it("a proposal is quoted as a proposal, never as a figure", () => {
    const a = ask("Hur mycket vill debattörerna att staten satsar per år?", { today });
    expect(a.text).toMatch(/förslag, inte ett anslag/);
    expect(a.text).toMatch(/150 miljoner kronor per år/);
    expect(a.figures).toEqual([]);
  });

  it("a total told only in another currency is quoted, never converted or summed", () => {
    const a = ask("how big is the eu project in total", { today });
    expect(a.text).toMatch(/EUR 2\.4 million/);
    expect(a.figures).toEqual([]);
    expect(ask("total EU funding for the genomic registries project?", { today }).text).toMatch(
      /EUR 2\.4 million/,
    );
  });

  it("an organisation named with a topic: only money whose documents name it, else no answer", () => {
    expect(first("forte testbäddar 2030")).toBe(20_000_000);
    expect(ask("EU testbäddar 2030", { today }).answered).toBe(false);
  });

  it("GMS as the giver: what it put in, not the money it received", () => {
    expect(first("What did GMS pay into the EU project?")).toBe(900_000);
  });
});
