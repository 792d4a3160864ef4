// Each amount's kind, years and area within its own document: one made-up document per mechanism.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/knowledge/facts.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const doc = textDocument;

describe("areas of an English document", () => {
  const text = `Genomic Medicine Sweden gets money

The Government today decided that Genomic Medicine Sweden (GMS) will receive SEK 40 million next year.

How the funds will be used:

- SEK 20 million for solid tumours
- SEK 12 million for pharmacogenomics
- SEK 8 million for national coordination
`;
  const entries = ledger(doc("en", text, "2030-11-02"));

  it("names each share by the Swedish area the questions use, with that area's words as terms", () => {
    expect(at(entries, 20_000_000)[0]?.area).toBe("solida tumörer");
    expect(at(entries, 12_000_000)[0]?.area).toBe("farmakogenomik");
    const coordination = at(entries, 8_000_000)[0];
    expect(coordination?.area).toBe("samordning och uppföljning");
    expect(coordination?.terms).toContain("samordning");
  });
});

describe("the year nearest the amount's own characters", () => {
  it("reads the year after the amount over the year naming an earlier bill", () => {
    const text = `Stödet till GMS

The Budget Bill for 2031 had estimated SEK 95 million for 2032, and Genomic Medicine Sweden (GMS) gets less.
`;
    const estimate = at(ledger(doc("bill", text, "2031-12-01")), 95_000_000)[0];
    expect(estimate?.role).toBe("estimate");
    expect(estimate?.years).toEqual([2032]);
  });
});

describe("amounts given per year", () => {
  const text = `Stiftelse stöder GMS

Stiftelsen Exempel bidrar samtidigt med 5 miljoner kronor till Genomic Medicine Sweden (GMS), som fördelas med 2,5 miljoner kronor per år under 2031 och 2032.
`;
  const entries = ledger(doc("sv", text, "2031-01-10"));

  it("marks the yearly amount, not the whole it divides", () => {
    expect(at(entries, 2_500_000)[0]?.perYear).toBe(true);
    expect(at(entries, 5_000_000)[0]?.perYear).toBeUndefined();
  });

  it("never takes words that only say money moves as the yearly amount's purpose", () => {
    expect(at(entries, 2_500_000)[0]?.purpose).not.toBe("som fördelas med");
  });
});

describe("a call for proposals", () => {
  const text = `Precisionsdiagnostik i praktiken 2031

Publicerad 2030-10-01

Utlysningen görs i samverkan med Genomic Medicine Sweden (GMS), men medlen ingår inte i statens stöd till GMS. Verket avsätter totalt 30 miljoner kronor i utlysningen. Ett projekt kan beviljas högst 2 miljoner kronor.

I fjolårets utlysning beviljades 22 miljoner kronor till fem projekt.
`;
  const callDoc = {
    ...doc("call", text, "2030-10-01"),
    title: "Precisionsdiagnostik i praktiken 2031",
  };
  const entries = ledger(callDoc);

  it("dates money no sentence dates by the one year its title names", () => {
    expect(at(entries, 30_000_000)[0]).toMatchObject({ role: "budget-frame", years: [2031] });
    expect(at(entries, 2_000_000)[0]).toMatchObject({ role: "agency-cap", years: [2031] });
  });

  it("retells an earlier round's grants as a comparison, not as this call's budget", () => {
    const fact = extractFacts(callDoc).find((f) => f.amount.valueSek === 22_000_000);
    expect(fact?.role.role).toBe("comparison");
    expect(fact?.years.years).toEqual([2029]);
  });
});

describe("equal shares of one whole told in two languages", () => {
  const sv = `Så fördelas pengarna till GMS

Regeringen ger Genomic Medicine Sweden (GMS) 20 miljoner kronor för 2031 (ärftlig hjärtsjukdom åtta miljoner, farmakogenomik åtta miljoner och datadelning fyra miljoner).
`;
  const en = `GMS gets SEK 20 million

The Government gives Genomic Medicine Sweden (GMS) SEK 20 million for 2031. It is split as follows:

- SEK 8 million: pharmacogenomics
- SEK 8 million: inherited heart disease
- SEK 4 million: data sharing
`;
  const entries = ledger(doc("sv", sv, "2031-01-15"), doc("en", en, "2031-01-20"));

  it("merges each share with the one that names the same area, never its twin", () => {
    const eights = at(entries, 8_000_000);
    expect(eights.map((e) => e.area).sort()).toEqual(["farmakogenomik", "ärftlig hjärtsjukdom"]);
    for (const e of eights)
      expect(new Set(e.sources.map((s) => s.docId))).toEqual(new Set(["sv", "en"]));
  });
});

describe("co-funding told beside a grant", () => {
  const first = `Ny studie om genomik

Stiftelsen Exempel har beviljat 3 miljoner kronor till studien vid Lunds universitet, som pågår under perioden 2031–2033.
`;
  const undated = `Lunds universitet
Nyheter

Studie om genomik

Forskningsrådet Exempel har beviljat 3 miljoner kronor till studien, som pågår de kommande tre åren. Projektet drivs vid Lunds universitet. Institutionen bidrar med 400 tkr i medfinansiering.
`;

  it("funds the years of the grant, even when only another document dates that grant", () => {
    const entries = ledger(doc("dated", first, "2031-01-10"), doc("undated", undated, null));
    const cofunding = at(entries, 400_000).find((e) =>
      e.sources.some((s) => s.docId === "undated"),
    );
    expect(cofunding).toMatchObject({ role: "co-funding", years: [2031, 2032, 2033] });
  });

  it("names the organisation a definite noun stands for as its funder", () => {
    const entries = ledger(doc("undated", undated, null));
    expect(at(entries, 400_000)[0]?.funder).toBe("Lunds universitet");
  });
});

describe("money that is no funding of its own", () => {
  const text = `Debatt: ge genomiken ett längre perspektiv

Publicerad 2031-05-02

Genomic Medicine Sweden (GMS) får 70 miljoner kronor i år. Stödet ökar med 9 miljoner kronor. Anslaget 2:3 Bidrag till vården ökas därför med 8 miljoner kronor 2031. Vi föreslår att regeringen beslutar om minst 120 miljoner kronor per år i fem år, totalt 600 miljoner kronor, från 2033.
`;
  const entries = ledger(doc("debate", text, "2031-05-02"));

  it("reads a change of a sum as a difference and the writers' proposal as an opinion", () => {
    expect(at(entries, 70_000_000)[0]?.role).toBe("grant");
    for (const sek of [9_000_000, 120_000_000, 600_000_000])
      expect(at(entries, sek)[0]?.role ?? "not-funding", String(sek)).toBe("not-funding");
    // An appropriation's change is of its frame: never GMS money, still there to be explained.
    expect(at(entries, 8_000_000)[0]).toMatchObject({ role: "budget-frame", gms: false });
  });
});

describe("the year a text's relative words count from", () => {
  it("is the year a report reports on, not the year it came out", () => {
    const text = `Genomic Medicine Sweden
Verksamhetsberättelse 2031

Publicerad 20 mars 2032

GMS delade under året ut 2,2 miljoner kronor i utbildningsbidrag till regionerna.
`;
    expect(at(ledger(doc("report", text, "2032-03-20")), 2_200_000)[0]?.years).toEqual([2031]);
  });

  it("gives a per-year amount no sentence dates each year of the multi-year total before it", () => {
    const text = `Uppdrag om smittspårning inom GMS

Regeringen ger Myndigheten X i uppdrag att betala ut 20 000 000 kronor under 2031–2032 till Region Y för arbete inom Genomic Medicine Sweden (GMS).

Medlen för 2031 ska belasta anslaget 1:6. Myndigheten X får för sitt eget arbete använda högst 100 000 kronor per år.
`;
    const cap = at(ledger(doc("decision", text, "2030-12-10")), 100_000)[0];
    expect(cap).toMatchObject({ role: "agency-cap", years: [2031, 2032] });
  });
});

describe("who gives co-funding", () => {
  it("names the regions together, and drops a common noun before a name", () => {
    const text = `Exempelprojektet

De sju regionerna med universitetssjukvård bidrog under 2031 med 11 miljoner kronor i medfinansiering till Genomic Medicine Sweden (GMS). Forskningsrådet Exempel har beviljat 3 miljoner kronor till en studie inom GMS under 2031.
`;
    const entries = ledger(doc("cofund", text, "2031-04-01"));
    expect(at(entries, 11_000_000)[0]).toMatchObject({ role: "co-funding", funder: "regionerna" });
    expect(at(entries, 3_000_000)[0]?.funder).toBe("Exempel");
  });
});

describe("'året innan' counts back from the year told before it", () => {
  it("from a year stated in the same sentence or the sentence before, not from the document's date", () => {
    const text = `Stödet till GMS över åren

Under 2028 fick Genomic Medicine Sweden (GMS) 41 miljoner kronor och året innan 31 miljoner kronor. GMS fick 2025 sammanlagt 27 miljoner kronor. Året innan var stödet 23 miljoner kronor.
`;
    const entries = ledger(doc("years", text, "2030-05-01"));
    expect(at(entries, 31_000_000)[0]?.years).toEqual([2027]);
    expect(at(entries, 23_000_000)[0]?.years).toEqual([2024]);
  });
});

describe("co-funding far from the grant in a text about several years", () => {
  it("keeps no year rather than the publication year", () => {
    const text = `Region X leder nytt arbete

Region X får 12 miljoner kronor från staten för arbete inom Genomic Medicine Sweden (GMS).

Det tvååriga anslaget ger 6 miljoner kronor i år och lika mycket nästa år.

Regionen anställer två bioinformatiker.

Exempeluniversitetet går in med 300 000 kronor i medfinansiering, bland annat för utbildning.
`;
    const cofunding = at(ledger(doc("far", text, "2031-02-01")), 300_000)[0];
    expect(cofunding).toMatchObject({ role: "co-funding", years: [] });
  });
});

describe("a heading above a paragraph", () => {
  it("names what the paragraph's money is for among its terms", () => {
    const text = `Nyheter från regionen

Pengar till ögonmottagning

Regionstyrelsen beslutade att avsätta 1,5 mkr av egna medel under 2031 till en ny mottagning vid sjukhuset.
`;
    const entry = at(ledger(doc("heading", text, "2031-03-01")), 1_500_000)[0];
    expect(entry?.terms).toContain("ögonmottagning");
  });
});

describe("a sentence whose subject points back", () => {
  it("takes the words of the sentence before among its amount's terms", () => {
    const text = `Ny studie

Projektet leds av en professor i vårdekonomi vid institutionen för medicin. Institutionen bidrar med 300 tkr i medfinansiering.
`;
    const entry = at(ledger(doc("subject", text, "2031-03-01")), 300_000)[0];
    expect(entry?.terms).toContain("vårdekonomi");
  });
});

describe("the years a project runs", () => {
  it("dates money no sentence dates by the one span the document says its project runs", () => {
    const text = `Universitet leder nytt nordiskt projekt

Published: 4 May 2031

The project runs over the next four years, from 2031 to 2034, with partners in three countries.

Uppsala universitet receives SEK 2.5 million of the funding. Genomic Medicine Sweden (GMS) will co-fund the work with SEK 0.8 million.
`;
    const entries = ledger(doc("en", text));
    expect(at(entries, 2_500_000)[0]?.years).toEqual([2031, 2032, 2033, 2034]);
    expect(at(entries, 800_000)[0]).toMatchObject({
      role: "co-funding",
      years: [2031, 2032, 2033, 2034],
    });
  });

  it("takes no span when the document names two, or when the span is one amount's own period", () => {
    const two = `Två projekt

Publicerad 4 maj 2031

Det första projektet pågår 2031–2033. Det andra pågår 2032–2035.

Region Exempel får 3 miljoner kronor för arbetet.
`;
    expect(at(ledger(doc("two", two)), 3_000_000)[0]?.years).toEqual([2031]);
    const own = `En studie

Publicerad 4 maj 2031

Studien finansieras av Forte med 4 miljoner kronor under perioden 2031–2033. Stiftelsen ger 1 miljon kronor till arbetet.
`;
    expect(at(ledger(doc("own", own)), 1_000_000)[0]?.years).toEqual([2031]);
  });
});

describe("a recipient told by a definite noun", () => {
  it("reads 'fick regionen' as the region named before, and no other word after the verb as a recipient", () => {
    const text = `Regionen får mer

Publicerad 9 mars 2032

Region Exempelby län får 4 miljoner kronor av GMS-medlen i år. I fjol fick regionen 3 miljoner kronor. Samtidigt fick också 2 miljoner kronor gå till utbildning.
`;
    const entries = ledger(doc("region", text));
    expect(at(entries, 3_000_000)[0]?.recipient).toBe("Region Exempelby län");
    expect(at(entries, 2_000_000)[0]?.recipient ?? null).not.toBe("också");
  });
});

describe("an amount told relative to an unknown date", () => {
  it("never takes another clause's year ('next year, against SEK 89 million for 2027')", () => {
    const text =
      "Sweden's government said it would give Genomic Medicine Sweden (GMS) SEK 84 million next year, against SEK 89 million in total for 2027.";
    const facts = extractFacts(textDocument("wire", text, null));
    const years = (sek: number) => facts.find((f) => f.amount.valueSek === sek)?.years.years;
    expect(years(84_000_000)).toEqual([]);
    expect(years(89_000_000)).toEqual([2027]);
  });
});

describe("a span told back from the document's year", () => {
  it("'over the past three years' in a December 2035 page is 2033–2035, a multi-year total", () => {
    const page = doc(
      "past",
      "Nyheter\n\nPublished: 18 December 2035\n\nOver the past three years, the state has put a total of SEK 150 million into the national network.",
      "2035-12-18",
    );
    expect(at(ledger(page), 150_000_000)[0]).toMatchObject({
      role: "multi-year-total",
      years: [2033, 2034, 2035],
    });
  });
});
