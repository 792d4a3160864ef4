// Questions added by helper F4, on made-up pages: a distributing region's "own" money, conversions asked of an
// amount alone, GMS set against another organisation, who monitors the money, money raised, a ceiling asked as
// "the most … can be", a year's share of a whole over years, payees of a named agency, a topic that describes the
// asked amount, and an organisation never found inside a longer name.
import { describe, expect, it } from "vitest";
import { translateToSwedish } from "../../src/bot/glossary.js";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = textDocument(
  "decision",
  "Regeringsbeslut\n\n2031-02-10\n\nRegeringen ger Kammarkollegiet i uppdrag att under 2031 betala ut 70 000 000 kronor till Region Gotland för arbete inom Genomic Medicine Sweden (GMS). Region Gotland ansvarar för att i samråd med styrgruppen för GMS fördela medlen till övriga parter inom GMS. Kammarkollegiet ska också följa upp hur medlen används.",
  "2031-02-10",
);
const earlier = textDocument(
  "earlier",
  "Regeringsbeslut\n\n2030-02-11\n\nRegeringen ger Kammarkollegiet i uppdrag att under 2030 betala ut 60 000 000 kronor till Region Gotland för arbete inom Genomic Medicine Sweden (GMS).",
  "2030-02-11",
);
const regionNews = textDocument(
  "region-news",
  "Miljoner till Visby\n\nPublicerad 2031-03-01\n\nRegion Gotland får 6 miljoner kronor av årets statliga pengar till Genomic Medicine Sweden.",
  "2031-03-01",
);
const wire = textDocument(
  "wire",
  "Sweden earmarks SEK 70 million for genomic medicine\n\nBy Ann Berg | 12 February 2031\n\nGenomic Medicine Sweden will get SEK 70 million (about EUR 6.1 million) from the Swedish government in 2031.",
  "2031-02-12",
);
const foundation = textDocument(
  "foundation",
  "Cancerfonden: beviljade anslag\n\nPublicerad 2031-05-02\n\nCancerfonden bidrar med 4 miljoner kronor, som fördelas med 2 miljoner kronor per år under 2031 och 2032. Ett projektanslag kan uppgå till högst 3 miljoner kronor per år. Under 2030 samlade Cancerfonden in 650 miljoner kronor. Barncancerfonden ger 1 miljon kronor till ett projekt om leukemi.",
  "2031-05-02",
);
const uni = textDocument(
  "uni",
  "University news\n\nPublished 3 March 2031\n\nThe Swedish Government has allocated SEK 5 million to Genomic Medicine Sweden for pharmacogenomics in 2031, of which SEK 1.5 million will go to the Visby hospital laboratory.",
  "2031-03-03",
);

const speech = textDocument(
  "speech",
  "Tal av ministern\n\nPublicerad 20 januari 2031\n\nVi satsar 200 miljoner kronor under 2031–2033 på en nationell plattform för vårddata. Den satsningen ligger utanför GMS.",
  "2031-01-20",
);
const testbeds = textDocument(
  "testbeds",
  "Vinnova\n\nPublicerad 2030-05-05\n\nVinnova satsar samtidigt 30 miljoner kronor på testbäddar där vårdgivare kan pröva lösningar med vårddata.",
  "2030-05-05",
);

const knowledge = fromDocuments(
  [decision, earlier, regionNews, wire, foundation, uni, speech, testbeds],
  [],
);
const ask = createAsk({ knowledge, now: () => 0 });
const asked = (q: string, id = `f4-${q}`) => ask(q, { conversationId: id, today: "2031-12-02" });

describe("a distributor of money is not its recipient", () => {
  it("a sum of what the region got counts its own share, the grants it distributes said apart", () => {
    const a = asked("how much did region gotland get in total?");
    expect(a.figures.map((f) => f.amountSek)).toEqual([6_000_000]);
    expect(a.text).toMatch(/distribute/);
    expect(a.text).not.toMatch(/136/);
  });

  it("with no share of its own, no sum: said so, the distributed grants named apart", () => {
    const only = fromDocuments([decision, earlier], []);
    const a = createAsk({ knowledge: only, now: () => 0 })(
      "hur mycket fick region gotland totalt?",
      {
        today: "2031-12-02",
      },
    );
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/ingen egen andel/);
    expect(a.text).toMatch(/fördela/);
  });
});

describe("a conversion asked of an amount alone", () => {
  it("is declined, quoting the conversion a document writes beside that amount", () => {
    const a = asked("70 million sek in euros?");
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/don't convert/);
    expect(a.text).toMatch(/EUR 6\.1 million/);
  });

  it("after an answer, 'hur mycket är det i euro' asks it of the amount just shown", () => {
    const id = "f4-conversion-follow-up";
    expect(asked("hur mycket fick gms 2030", id).figures[0]?.amountSek).toBe(60_000_000);
    const a = asked("hur mycket är det i euro", id);
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/räknar inte om/);
  });
});

describe("GMS set against another organisation", () => {
  it("no money of the other side: said so, never a verdict", () => {
    const a = asked("did gms get more money than scilifelab?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no funding of SciLifeLab/);
  });
});

describe("who monitors the money", () => {
  it("'vem följer upp hur medlen används' quotes the sentence that says it", () => {
    const a = asked("vem följer upp hur 70-miljonerna används?");
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/Kammarkollegiet ska också följa upp/);
  });
});

describe("money a giver raised, and a giver's ceiling", () => {
  it("'how much did cancerfonden collect' quotes what it raised, never its grants", () => {
    const a = asked("how much did cancerfonden collect in 2030?");
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/samlade Cancerfonden in 650/);
  });

  it("'Cancerfonden' is never found inside 'Barncancerfonden'", () => {
    const a = asked("how much does cancerfonden give?");
    expect(a.figures.map((f) => f.amountSek)).not.toContain(1_000_000);
  });

  it("'the most a project grant can be per year' asks a ceiling: never the largest year nor money year by year", () => {
    const a = asked("What is the most a Cancerfonden project grant can be per year?");
    expect(["overview", "extreme"]).not.toContain(a.intent);
    expect(a.figures).toEqual([]);
  });

  it("'hur mycket av de 4 miljonerna betalas ut 2032' is that year's share, not the whole again", () => {
    const a = asked("hur mycket av Cancerfondens 4 miljoner betalas ut under 2032?");
    expect(a.figures[0]?.amountSek).toBe(2_000_000);
  });
});

describe("payees, and a word the documents write out", () => {
  it("'who gets the 2031 money from kammarkollegiet' names whom that agency pays", () => {
    expect(asked("who gets the 2031 gms money from kammarkollegiet").text).toMatch(
      /paid out to Region Gotland/,
    );
  });

  it("'lab' reads the documents' 'laboratory'", () => {
    expect(translateToSwedish("the karolinska lab")).toMatch(/laboratory/);
    expect(translateToSwedish("other labs")).toMatch(/laboratories/);
  });
});

describe("a topic that describes the one asked amount", () => {
  it("'is the 200 million vårddata thing part of gms': that money's kind, never another amount as its part", () => {
    const a = asked("is the 200 million vårddata thing part of gms");
    expect(a.text).toMatch(/^No/);
    expect(a.figures.map((f) => f.amountSek)).not.toContain(30_000_000);
  });
});

describe("what a university received from many givers", () => {
  const report = textDocument(
    "report",
    [
      "Göteborgs universitet – Årsredovisning 2031 (utdrag)",
      "",
      "Tabell 3 Bidragsintäkter per finansiär (tkr)",
      "",
      "| Finansiär | 2030 | 2031 |",
      "|---|---:|---:|",
      "| Vetenskapsrådet | 112 300 | 118 800 |",
      "| ALF-medel via Västra Götalandsregionen | 40 000 | 41 000 |",
      "| Genomic Medicine Sweden, statliga medel via Västra Götalandsregionen | 1 300 | 1 600 |",
      "| **Summa** | **153 600** | **161 400** |",
    ].join("\n"),
    "2032-02-20",
  );
  const ask2 = createAsk({ knowledge: fromDocuments([report], []), now: () => 0 });

  it("'gu gms-medel 2031?' is the row for GMS's work, never every giver's", () => {
    const a = ask2("gu gms-medel 2031?", { today: "2031-12-02" });
    expect(a.figures.map((f) => f.amountSek)).toEqual([1_600_000]);
  });
});

describe("a proposal's sum", () => {
  const motion = textDocument(
    "motion",
    "Motion till riksdagen\n\nTilldelat: 2031-10-05\n\nI år får Genomic Medicine Sweden (GMS) 70 miljoner kronor. Vänsterpartiet föreslår att regeringen ger GMS ett treårigt uppdrag för 2032–2034 på sammanlagt 300 miljoner kronor.\n\nUlla Nord (V)",
    "2031-10-05",
  );
  const ask3 = createAsk({ knowledge: fromDocuments([motion, decision], []), now: () => 0 });

  it("'v:s treårsförslag, summa?' quotes the proposal, never the years' grants summed", () => {
    const a = ask3("v:s treårsförslag, summa?", { today: "2031-12-02" });
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/300 miljoner/);
    expect(a.text).toMatch(/förslag/);
  });
});
