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
// The bot over these documents and any added for one question.
const askWith = (...more: typeof docs) =>
  createAsk({ knowledge: fromDocuments([...docs, ...more]) });
const ask = askWith();
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

describe("the money decided against a budget bill's estimate", () => {
  const bill = doc(
    "proposition",
    "2030-09-20",
    "Budgetpropositionen för 2031\n\nFör 2031 beräknas 65 miljoner kronor till Genomic Medicine Sweden (GMS). För 2032 beräknas 70 miljoner kronor.",
  );
  const withBill = askWith(bill);

  it("answers the decision first, then the estimate said to be one, with no difference computed", () => {
    const a = withBill(
      "Hur mycket fick GMS för 2031, och hur står det sig mot budgetpropositionens beräkning?",
      {
        today,
      },
    );
    const figures = a.figures.map((f) => f.amountSek);
    expect(figures[0]).toBe(60_000_000);
    expect(figures).toContain(65_000_000);
    expect(a.figures.some((f) => f.derived)).toBe(false);
    expect(a.text).toMatch(/Beräknat, inget beslut: 65 miljoner kronor för 2031/);
  });
});

describe("a year's sum including an area", () => {
  const amr = doc(
    "amr",
    "2030-12-10",
    "Uppdrag om antibiotikaresistens\n\nRegeringen ger Folkhälsomyndigheten i uppdrag att under 2031 betala ut 5 000 000 kronor till Region Halland för arbete inom Genomic Medicine Sweden (GMS) med antibiotikaresistens.",
  );
  const withAmr = askWith(amr);

  it("'summa 2031 inkl amr' sums the year's grants with the area's among them, not the area alone", () => {
    const a = withAmr("summa 2031 inkl amr", { today });
    expect(a.intent).toBe("total");
    expect(a.figures[0]).toMatchObject({ amountSek: 65_000_000, derived: true });
    expect(a.figures.map((f) => f.amountSek)).toContain(5_000_000);
    expect(a.text).not.toMatch(/hittar inte/);
  });

  it("'inkl medfinansiering' is never added to the grants: the sum says it is kept apart", () => {
    const a = withAmr("summa 2031 inkl medfinansiering", { today });
    expect(a.figures[0]).toMatchObject({ amountSek: 65_000_000, derived: true });
    expect(a.text).toMatch(/Medfinansiering, beräkningar och ramar läggs aldrig ihop/);
  });
});

describe("a document named by its kind and date", () => {
  const release = (id: string, published: string, text: string) =>
    doc(id, published, `Pressmeddelande från Socialdepartementet\n\n${text}`);
  const releases = [
    release(
      "pm-2031",
      "2031-06-05",
      "Fortsatt stöd till GMS\n\nRegeringen avsätter 62 miljoner kronor för 2031 till Genomic Medicine Sweden (GMS).\n\nFörra året fick GMS 57 miljoner kronor i statligt stöd.",
    ),
    release(
      "pm-2030",
      "2030-06-04",
      "Stöd till GMS\n\nRegeringen avsätter 57 miljoner kronor för 2030 till Genomic Medicine Sweden (GMS).",
    ),
  ];
  const byKind = createAsk({ knowledge: fromDocuments(releases) });

  it("'in 2030 according to the June 2031 press release': 2030 is asked, June 2031 picks the document", () => {
    const a = byKind("How much did GMS receive in 2030 according to the June 2031 press release?", {
      today,
    });
    expect(a.figures.map((f) => f.amountSek)).toEqual([57_000_000]);
    expect(a.citations.some((c) => c.docId === "pm-2031")).toBe(true);
  });
});

describe("what an agency may use against what it pays out", () => {
  const decision = doc(
    "uppdrag",
    "2031-04-01",
    "Uppdrag att betala ut medel till GMS under 2031\n\nRegeringen ger Kammarkollegiet i uppdrag att under 2031 betala ut 30 000 000 kronor till Region Halland för arbete inom Genomic Medicine Sweden (GMS).\n\nFör uppdraget får Kammarkollegiet under 2031 använda 30 200 000 kronor. Kammarkollegiet får använda högst 200 000 kronor för sitt eget arbete med uppdraget.",
  );
  const agency = createAsk({ knowledge: fromDocuments([decision]) });

  it("the difference is the cap the decision states for the agency's own work, never computed", () => {
    const a = agency(
      "What is the difference between what Kammarkollegiet may use and what it pays out in 2031?",
      { today },
    );
    expect(a.figures.map((f) => f.amountSek)).toEqual([200_000, 30_200_000, 30_000_000]);
    expect(a.figures.some((f) => f.derived)).toBe(false);
    expect(a.text).toMatch(/own work/);
  });

  it("the decision's paying sentence names whom it pays: 'paid-to'", () => {
    const channels = fromDocuments([decision]).statements.channels;
    const paidTo = channels.filter((c) => c.kind === "paid-to").map((c) => c.organisation);
    expect(paidTo).toEqual(["Region Halland"]);
  });

  it("'how much goes to' the organisation a decision pays: its one grant, with the paying sentence", () => {
    const release = doc(
      "pressmeddelande",
      "2030-12-20",
      "GMS får 50 miljoner nästa år\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 50 miljoner kronor nästa år. Kammarkollegiet får i uppdrag att betala ut medlen till Region Halland.",
    );
    const paying = createAsk({ knowledge: fromDocuments([release]) });
    const a = paying("how much goes to Region Halland in 2031", { today });
    expect(a.figures.map((f) => f.amountSek)).toEqual([50_000_000]);
    expect(a.text).toMatch(/Paid out to Region Halland \[\d\]/);
  });

  it("'And who receives it?' after who pays a year's money: whom the payer pays it to", () => {
    const context = { today, conversationId: "payee" };
    expect(agency("Who pays out the 2031 money?", context).text).toMatch(/Kammarkollegiet/);
    expect(agency("And who receives it?", context).text).toMatch(
      /^The money is paid out to Region Halland/,
    );
  });
});
