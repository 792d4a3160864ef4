// Made-up pages for the readings an encyclopedia article and a newsletter's "I korthet" once got wrong.
import { describe, expect, it } from "vitest";
import { publishedFromText } from "../../src/knowledge/document-date.js";
import { countsAsGrant, fromDocuments, readStatements } from "../../src/knowledge/index.js";
import { segment } from "../../src/knowledge/segments.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument as doc } from "../support/text-document.js";

const article = `Exempelnätverket

Från Exempelpedia, den fria encyklopedin

Historia[redigera | redigera wikitext]

Exempelnätverket startade som en förstudie 2040, som Genomic Medicine Sweden finansierade med 2,5 miljoner kronor.[2] Året därpå satsade regeringen 11 miljoner kronor på Genomic Medicine Sweden.[3] För 2044 beslutade regeringen om 70 miljoner kronor till Genomic Medicine Sweden.

Referenser[redigera | redigera wikitext]
^ "Regeringen ger 13 miljoner till Genomic Medicine Sweden". Regeringen. 3 mars 2041.
^ "Genomic Medicine Sweden får 70 miljoner kronor". Regeringen. 1 december 2043.

Sidan redigerades senast den 3 februari 2045.
`;

describe("an encyclopedia article", () => {
  it("a footnote mark after a full stop ends the sentence, and the quote keeps it", () => {
    const text = "Det kostade 2 miljoner kronor.[2] Året därpå kom mer.";
    const segs = segment(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      "Det kostade 2 miljoner kronor.[2]",
      "Året därpå kom mer.",
    ]);
  });
  const entries = ledger(doc("artikel", article));
  it("'Året därpå' is the year after the one the sentence before told", () => {
    expect(at(entries, 11_000_000).map((e) => e.years)).toEqual([[2041]]);
  });
  it("a sentence's year does not run past a footnote mark into the next sentence", () => {
    expect(at(entries, 70_000_000).map((e) => e.years)).toEqual([[2044]]);
  });
  it("the reference list's titles are no sources of money", () => {
    expect(at(entries, 13_000_000)).toEqual([]);
    for (const e of entries) for (const s of e.sources) expect(s.text.startsWith("^")).toBe(false);
  });
});

const digest = `Nyhetsbrev från Exempelnätverket

I korthet

• GMS får 61 miljoner kronor 2045. Regeringen beslutade i december om 61 miljoner kronor till Genomic Medicine Sweden för 2045.

• Region Norrby anslår 1,5 miljoner kronor till GMS Norrby. Regionstyrelsen beslutade att anslå 1,5 miljoner kronor ur den egna budgeten för 2045.

• Cancerstiftelsen delar ut 300 miljoner kronor till forskning.
`;

describe("a newsletter's items", () => {
  const entries = ledger(doc("nyhetsbrev", digest));
  it("an item's headline and its body tell one amount once, not two grants", () => {
    expect(at(entries, 61_000_000)).toHaveLength(1);
  });
  it("a region that grants money to its node gives its own money, never the state's grant", () => {
    expect(at(entries, 1_500_000).every((e) => e.role === "co-funding")).toBe(true);
    const grants = entries.filter((e) => countsAsGrant(e) && e.gms).map((e) => e.amountSek);
    expect(grants).toEqual([61_000_000]);
  });
});

describe("a page dated in its footer", () => {
  it("'Sidan redigerades senast den …' dates a page whose head names no date", () => {
    expect(
      publishedFromText(
        "Exempelnätverket\n\nText om nätverket.\n\nSidan redigerades senast den 3 februari 2045 kl. 10.14.\n",
      ),
    ).toBe("2045-02-03");
    expect(publishedFromText("Project page\n\nText.\n\nLast update: 14 March 2046\n")).toBe(
      "2046-03-14",
    );
  });
  it("a date in the head still wins", () => {
    expect(
      publishedFromText(
        "Nyheter\n\nPublicerad 1 mars 2044\n\nText.\n\nSidan redigerades senast den 3 februari 2045.\n",
      ),
    ).toBe("2044-03-01");
  });
});

const bill = `Budgetpropositionen för 2050

Skälen för regeringens förslag: För 2049 beräknades i förra årets budgetproposition 90 miljoner kronor till Genomic Medicine Sweden.
`;

describe("a budget bill's look back", () => {
  it("a year the clause states for the money wins over a genitive that dates a noun ('förra årets budgetproposition')", () => {
    const entries = ledger(doc("prop", bill));
    expect(at(entries, 90_000_000).map((e) => [e.role, e.years])).toEqual([["estimate", [2049]]]);
  });
  it("a genitive right before the amount still dates it ('fjolårets 60 miljoner')", () => {
    const text =
      "Nyheter\n\nI år får Genomic Medicine Sweden 70 miljoner kronor, mot fjolårets 60 miljoner kronor.\n";
    const entries = ledger(doc("nyhet", text, "2049-03-01"));
    expect(at(entries, 60_000_000)[0]?.years).toEqual([2048]);
  });
});

const factsBox = `Exempelnätverket får 70 miljoner kronor

Publicerad 5 februari 2046

Regeringen har beslutat att Genomic Medicine Sweden får 70 miljoner kronor under 2046.

Största delen, 30 miljoner kronor, går till solida tumörer. Sällsynta diagnoser får 15 miljoner kronor och barncancer 10 miljoner kronor.

Regionerna bidrar varje år med egna medel, 2046 med sammanlagt 12 miljoner kronor.

Fakta: GMS 2046
Statligt stöd: 70 miljoner kronor
Varav solida tumörer: 30 miljoner kronor
Varav sällsynta diagnoser: 15 miljoner kronor
Varav barncancer: 10 miljoner kronor
`;

describe("a page that repeats its figures in a facts box", () => {
  const entries = ledger(doc("faktaruta", factsBox));
  const whole = at(entries, 70_000_000);
  it("the largest share ('Största delen, 30 miljoner kronor') and the box's 'Varav' lines are shares of the whole", () => {
    expect(whole).toHaveLength(1);
    for (const sek of [30_000_000, 15_000_000, 10_000_000]) {
      expect(at(entries, sek).map((e) => e.partOf)).toEqual([whole[0]?.id]);
    }
  });
  it("the year's grant is the whole alone, and the regions' own money ('med egna medel') is co-funding", () => {
    const grants = entries.filter((e) => countsAsGrant(e) && e.gms).map((e) => e.amountSek);
    expect(grants).toEqual([70_000_000]);
    expect(at(entries, 12_000_000).map((e) => e.role)).toEqual(["co-funding"]);
  });
});

describe("one region's sum since a year", () => {
  const text = `Nyhetsbrev

Publicerad 31 januari 2046

Region Norrby har sedan 2040 fått sammanlagt 33 miljoner kronor i statliga medel via Genomic Medicine Sweden.

Regeringen ger Genomic Medicine Sweden 60 miljoner kronor för 2046.
`;
  const knowledge = fromDocuments([doc("brev", text)]);
  const sum = at(knowledge.ledger.entries, 33_000_000)[0];
  it("the subject before 'har … fått' receives it", () => {
    expect(sum?.recipient).toBe("Region Norrby");
    expect(sum?.role).toBe("multi-year-total");
  });
  it("it is not checked against all of GMS's grants", () => {
    expect(sum?.notes ?? []).toEqual([]);
  });
});

describe("two givers in one sentence", () => {
  const text = `Nyheter

Publicerad 1 mars 2045

År 2044 satsade regeringen genom Vinnova 11 miljoner kronor på Genomic Medicine Sweden, och regionerna gick in med lika mycket i medfinansiering.
`;
  it("the giver told first is the amount's; the regions' co-funding in a later clause is other money", () => {
    const entries = ledger(doc("nyhet", text));
    expect(at(entries, 11_000_000).map((e) => [e.role, e.years])).toEqual([["grant", [2044]]]);
  });
});

describe("an encyclopedia page's statements", () => {
  const statements = readStatements([doc("artikel", article)]);
  it("a reference list's titles tell no decisions", () => {
    expect(statements.decisions.filter((d) => d.about.includes("13 miljoner"))).toEqual([]);
  });
  it("the footer 'Sidan redigerades senast den …' is no deadline", () => {
    expect(statements.deadlines).toEqual([]);
  });
});

describe("a stated sum since a year, checked against the grants", () => {
  const docs = [
    doc(
      "a",
      "Nyheter\n\nPublicerad 1 februari 2040\n\nRegeringen ger Genomic Medicine Sweden 50 miljoner kronor för 2040.\n",
    ),
    doc(
      "b",
      "Regeringsbeslut\n\nPublicerad 1 mars 2040\n\nRegeringen ger Genomic Medicine Sweden 10 000 000 kronor för 2040–2041 för arbete mot antibiotikaresistens. Av medlen betalas 5 000 000 kronor ut under 2040 och 5 000 000 kronor under 2041.\n",
    ),
    doc(
      "c",
      "Nyheter\n\nPublicerad 1 februari 2041\n\nRegeringen ger Genomic Medicine Sweden 60 miljoner kronor för 2041.\n",
    ),
    doc(
      "d",
      "Uppslagsverk\n\nPublicerad 1 februari 2042\n\nSedan 2040 har Genomic Medicine Sweden fått totalt 120 miljoner kronor.\n",
    ),
  ];
  it("a multi-year grant's yearly shares count as the years' money, as in the year totals", () => {
    const entries = ledger(...docs);
    const sum = at(entries, 120_000_000)[0];
    expect(sum?.role).toBe("multi-year-total");
    expect(sum?.notes ?? []).toEqual([]);
  });
});
