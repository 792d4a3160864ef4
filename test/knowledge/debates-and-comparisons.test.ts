// A parliamentary debate and a Nordic comparison: money that would have been, a place told first, the time of the
// other side of a comparison, and a party's proposal. Made-up pages.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/knowledge/facts.js";
import { countsAsGrant, readStatements } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

describe("money that would have been", () => {
  it("'Om … hade …, hade det blivit 250 miljoner' is no grant, in Swedish or English", () => {
    const page = textDocument(
      "debate",
      "Anf. 3 ANNA EXEMPEL (S):\n\nFru talman! I år får Genomic Medicine Sweden (GMS) 70 miljoner kronor. Om staten hade gett GMS 50 miljoner kronor om året sedan 2031 hade det blivit 250 miljoner kronor i dag. Had the state matched Denmark, GMS would have received SEK 400 million a year.",
      "2035-02-09",
    );
    const entries = ledger(page);
    for (const sek of [50_000_000, 250_000_000, 400_000_000])
      expect(at(entries, sek).filter(countsAsGrant)).toEqual([]);
    expect(at(entries, 70_000_000).filter(countsAsGrant)).toHaveLength(1);
  });
});

describe("a place told before the verb", () => {
  it("'I Exempelland får Genomic Medicine Sweden (GMS) 70 miljoner' names GMS, not the place, as recipient", () => {
    const page = textDocument(
      "nordic",
      "Norden och genomiken\n\nI Exempelland får Genomic Medicine Sweden (GMS) 70 miljoner kronor från staten i år.",
      "2035-05-08",
    );
    const fact = extractFacts(page).find((f) => f.amount.valueSek === 70_000_000);
    expect(fact?.recipient).toMatch(/Genomic Medicine Sweden/);
  });

  it("a facts box's country label beside the same money does not keep another page's telling apart", () => {
    const decision = textDocument(
      "decision",
      "GMS får pengar\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2035.",
      "2034-12-16",
    );
    const article = textDocument(
      "article",
      "Norden och genomiken\n\nI Sverige får Genomic Medicine Sweden (GMS) 70 miljoner kronor från staten i år.\n\nFaktaruta\n\nSverige: 70 miljoner kronor (2035)",
      "2035-05-08",
    );
    const encyclopedia = textDocument(
      "wiki",
      "Genomic Medicine Sweden\n\nGenomic Medicine Sweden (GMS) är ett nationellt samarbete. För 2035 beslutade regeringen om 70 miljoner kronor.",
      "2035-06-01",
    );
    const grants = at(ledger(decision, article, encyclopedia), 70_000_000).filter(countsAsGrant);
    expect(grants).toHaveLength(1);
  });
});

describe("the other side of a comparison", () => {
  it("'70 miljoner är tre miljoner mindre än vad GMS fick förra året' keeps 70 the page's own year's money", () => {
    const page = textDocument(
      "debate",
      "Anf. 5 ANNA EXEMPEL (S):\n\nFru talman! Men 70 miljoner är tre miljoner mindre än vad GMS fick förra året, alltså 73 miljoner.",
      "2035-02-09",
    );
    const facts = extractFacts(page);
    const years = (sek: number) => facts.find((f) => f.amount.valueSek === sek)?.years.years;
    expect(years(70_000_000)).not.toEqual([2034]);
    expect(years(73_000_000)).toEqual([2034]);
  });
});

describe("a party's proposal in a debate", () => {
  it("'Vänsterpartiet föreslår att GMS får 150 miljoner kronor om året' is a proposal, not an estimate", () => {
    const text =
      "Anf. 7 ANNA EXEMPEL (V):\n\nFru talman! Vänsterpartiet föreslår att Genomic Medicine Sweden (GMS) får 150 miljoner kronor om året.";
    const page = textDocument("debate", text, "2035-02-09");
    const entries = at(ledger(page), 150_000_000);
    expect(entries.every((e) => e.role !== "estimate" && !countsAsGrant(e))).toBe(true);
    const s = readStatements([page]);
    expect(s.proposals.flatMap((p) => p.amounts.map((a) => a.valueSek))).toEqual([150_000_000]);
  });
});

describe("an earlier yearly rate told without a year", () => {
  it("'När den förra regeringen lämnade över var stödet 5 miljoner kronor om året' is no share of the year's grant", () => {
    const decision = textDocument(
      "decision",
      "GMS får 70 miljoner kronor\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2035.\n\nAv medlen går 65 miljoner kronor till solida tumörer och 5 miljoner kronor till datadelning.",
      "2034-12-16",
    );
    const debate = textDocument(
      "debate",
      "Anf. 12 Sjukvårdsminister ANNA EXEMPEL (KD):\n\nFru talman! I december beslutade regeringen att GMS får 70 miljoner kronor för 2035. Förra året fick GMS 66 miljoner kronor. När den förra regeringen lämnade över var stödet 5 miljoner kronor om året.",
      "2035-02-09",
    );
    const five = at(ledger(decision, debate), 5_000_000);
    const share = five.find((e) => e.role === "part");
    expect(share?.sources.map((s) => s.docId)).toEqual(["decision"]);
    const rate = five.find((e) => e.sources.some((s) => s.docId === "debate"));
    expect(rate?.years).toEqual([]);
    expect(rate && countsAsGrant(rate)).toBe(false);
  });
});

describe("money retold beside other money in one sentence", () => {
  it("'Förra året fick GMS 70 miljoner kronor, och därtill 9 miljoner … antibiotikaresistens' gives the 70 M no AMR words", () => {
    const decision = textDocument(
      "decision",
      "GMS får 70 miljoner kronor\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2035 för solida tumörer.",
      "2034-12-16",
    );
    const debate = textDocument(
      "debate",
      "Anf. 12 Sjukvårdsminister ANNA EXEMPEL (KD):\n\nFru talman! Förra året fick GMS 70 miljoner kronor, och därtill 9 miljoner kronor för arbetet med antibiotikaresistens.",
      "2036-02-09",
    );
    const seventy = at(ledger(decision, debate), 70_000_000);
    expect(seventy).toHaveLength(1);
    expect(new Set(seventy[0]?.sources.map((s) => s.docId))).toEqual(
      new Set(["debate", "decision"]),
    );
    expect(seventy[0]?.terms.some((t) => t.startsWith("antibiotika"))).toBe(false);
  });
});

describe("a protocol's speaker line", () => {
  it("'Anf. 12 Sjukvårdsminister ANNA EXEMPEL (KD):' names the minister as prose writes her", () => {
    const page = textDocument(
      "debate",
      "Riksdagens protokoll 2035/36:12\n\nAnf. 12 Sjukvårdsminister ANNA EXEMPEL (KD):\n\nFru talman! Regeringen har ökat stödet till Genomic Medicine Sweden.",
      "2036-02-09",
    );
    const ministers = readStatements([page]).people.filter((p) => p.role === "minister");
    expect(ministers.map((p) => [p.name, p.title])).toEqual([
      ["Anna Exempel", "sjukvårdsminister"],
    ]);
    for (const p of ministers) expect(page.text.slice(p.span.start, p.span.end)).toBe(p.span.text);
  });
});
