// Questions a regional board's minutes and a social-media post raised: made-up documents with names and
// amounts of their own, asked the way the hand-judged set asks them.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const release = textDocument(
  "release",
  `Pressmeddelande från Socialdepartementet

Genomic Medicine Sweden får 70 miljoner kronor nästa år

Publicerad 15 december 2030

Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 70 miljoner kronor nästa år.

Fördelningen:

- 30 miljoner kronor till solida tumörer
- 9 miljoner kronor till sällsynta diagnoser
- 7 miljoner kronor till farmakogenomik
- 24 miljoner kronor till datadelning

Kammarkollegiet får i uppdrag att betala ut medlen till Region Skåne.

Presskontakt

Eva Lind
Pressekreterare hos sjukvårdsministern
`,
);
const earlier = textDocument(
  "earlier",
  `Pressmeddelande från Socialdepartementet

Stöd till Genomic Medicine Sweden 2030

Publicerad 10 mars 2030

Regeringen har beslutat att Genomic Medicine Sweden (GMS) får 60 miljoner kronor under 2030. Av medlen ska 7 miljoner kronor användas för sällsynta diagnoser.

Regeringen ger också Folkhälsomyndigheten i uppdrag att under 2030 och 2031 betala ut sammanlagt 16 000 000 kronor till Region Gävleborg för arbete med antibiotikaresistens inom GMS. Av beloppet ska 8 000 000 kronor betalas ut under 2030 och 8 000 000 kronor under 2031.
`,
);
const post = textDocument(
  "post",
  `LinkedIn
Home | My Network | Jobs

Anna Berg
Chair of the steering committee at Genomic Medicine Sweden | Professor

This year's genomics money is now split

Genomic Medicine Sweden (GMS) gets SEK 70 million for 2031, and rare diseases now receives SEK 9 million, up from SEK 7 million last year.

👉 Region Halland will lead a new national effort on pharmacogenomics with SEK 2 million of the SEK 7 million for the area

Together with partners we have been awarded EUR 1 million (about SEK 11 million) for a Nordic rare-disease data hub in 2031–2033. That money goes to the partners and is separate from the government funding of GMS.
`,
  "2031-01-14",
);
const minutes = textDocument(
  "minutes",
  `Region Gävleborg
PROTOKOLL
Regionstyrelsen

Sammanträdesdatum: 2031-03-10
Plats och tid: Regionens hus, Gävle, kl. 09.00–12.00

§ 12
Dnr RS 2031/00077

Medfinansiering av arbetet med antibiotikaresistens inom Genomic Medicine Sweden 2031

Regionstyrelsen beslutar att avsätta 1,5 miljoner kronor av egna medel under 2031 som regionens medfinansiering av arbetet med antibiotikaresistens inom Genomic Medicine Sweden (GMS).

Folkhälsomyndigheten betalar för 2031 ut 8 miljoner kronor till regionen. Av 2031 års statliga medel för uppdraget fördelar regionen 5 miljoner kronor vidare till laboratorierna i övriga regioner. Resterande 3 miljoner kronor stannar vid laboratoriet i Gävle.

Justeras

Maja Lund (S), ordförande
Per Holm (M)
`,
);
const knowledge = fromDocuments([earlier, release, post, minutes]);
const ask = createAsk({ knowledge });
const TODAY = { today: "2031-04-01" };
const figures = (q: string, context = TODAY) => ask(q, context).figures.map((f) => f.amountSek);

describe("an area's whole and a region's slice of it", () => {
  it("the area's money leads, and the year's sum counts the whole once", () => {
    expect(figures("farmakogenomik 2031")[0]).toBe(7_000_000);
    expect(figures("hur mycket får gms 2031")[0]).toBe(78_000_000);
    expect(figures("vad får region halland 2031")[0]).toBe(2_000_000);
  });

  it("'what share of … goes to Region X' is the region's share of that whole, in percent", () => {
    const answer = ask(
      "What share of the 2031 pharmacogenomics money goes to Region Halland?",
      TODAY,
    );
    expect(answer.figures.map((f) => f.amountSek)).toEqual([2_000_000, 7_000_000]);
    expect(answer.text).toMatch(/28\.6%/);
  });

  it("'how much of that goes to …' leans on the money just shown", () => {
    const conversationId = "slice";
    expect(ask("pharmacogenomics 2031", { ...TODAY, conversationId }).figures[0]?.amountSek).toBe(
      7_000_000,
    );
    expect(
      ask("how much of that goes to region halland", { ...TODAY, conversationId }).figures[0]
        ?.amountSek,
    ).toBe(2_000_000);
  });
});

describe("one area, two years", () => {
  it("'sällsynta 30 vs 31' is the change", () => {
    expect(ask("sällsynta 30 vs 31", TODAY).text).toMatch(/ökning med 2 miljoner/);
  });
});

describe("money that is not the state's funding of GMS", () => {
  it("a yes or no on 'the nordic … hub thing' is about the money holding those words", () => {
    expect(ask("is the nordic rare disease hub thing gms money", TODAY).text).toMatch(/^No/);
    expect(ask("räknas hub-pengarna som gms?", TODAY).text).toMatch(/^Nej/);
  });

  it("an area asked alone is judged by its grants, not the co-funding beside them", () => {
    expect(ask("is antibiotikaresistens part of gms money?", TODAY).text).toMatch(/^Yes/);
  });
});

describe("what a region gives and hands on", () => {
  it("its own money, asked with 'själv' or 'its own money', is its co-funding", () => {
    expect(figures("hur mycket medfinansierar gävleborg själv 2031")[0]).toBe(1_500_000);
    expect(figures("did gävleborg chip in any of its own money")[0]).toBe(1_500_000);
  });

  it("what it hands on is the share told as handed on", () => {
    expect(figures("hur mycket skickar gävleborg vidare 2031")[0]).toBe(5_000_000);
  });

  it("what it received over two years is the whole paid to it, not the slice it keeps", () => {
    expect(
      figures(
        "Hur mycket fick Region Gävleborg för antibiotikaresistens 2030 och 2031 sammanlagt?",
      )[0],
    ).toBe(16_000_000);
  });
});

describe("documents and words", () => {
  it("the press contact of a year's decision is the deciding document's, not a page published that year", () => {
    expect(ask("who is the press contact for the 2031 decision?", TODAY).text).toMatch(/Eva Lind/);
  });

  it("a board's minutes are a kind of document, and their registry number is read", () => {
    expect(ask("vilka belopp nämns i protokollet?", TODAY).text).toMatch(/1,5 miljoner/);
    expect(ask("vad är diarienumret i protokollet", TODAY).text).toMatch(/RS 2031\/00077/);
  });

  it("food is off-topic even with a city of the documents; 'potten' is the year's money", () => {
    expect(ask("any good pizza places in gävle?", TODAY).answered).toBe(false);
    expect(figures("hela potten för 2031?")[0]).toBe(78_000_000);
  });
});

describe("an amount in another currency", () => {
  it("is no SEK amount: 'the EUR 1 million' is not asked as 1 million kronor, nor broadened to a total", () => {
    const included = ask("Is the EUR 1 million for the hub included in the SEK 70 million?", TODAY);
    expect(included.text).not.toMatch(/SEK 1 million/);
    expect(included.text).toMatch(/^No/);
    const alone = ask("is the EUR 1 million gms money", TODAY);
    expect(alone.figures.some((f) => f.derived)).toBe(false);
    expect(alone.text).not.toMatch(/in total/);
  });
});

describe("who signs a board's minutes", () => {
  it("'vilka justerade protokollet' names the minutes' signers, as no government decision", () => {
    const text = ask("vilka justerade protokollet", TODAY).text;
    expect(text).toMatch(/^Undertecknat av/);
    expect(text).toMatch(/Maja Lund/);
    expect(text).toMatch(/Per Holm/);
  });

  it("a bare 'ordförande' is of the organisation the minutes name, whatever money the question names", () => {
    const text = ask(
      "Vem var ordförande när Region Gävleborg beslutade om medfinansieringen?",
      TODAY,
    ).text;
    expect(text).toMatch(/Maja Lund/);
  });
});
