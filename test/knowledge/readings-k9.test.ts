// Readings added by helper K9, each on made-up pages: history a later page retells is a further source of the
// earlier grant; a share's trailing "last year" dates only the amount after it; money set apart from "the
// government funding" is not GMS's; the regions' and a region's own money is co-funding however it is told.
import { describe, expect, it } from "vitest";
import { publishedFromText } from "../../src/knowledge/document-date.js";
import { countsAsGrant, readStatements } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const yearSum = (entries: ReturnType<typeof ledger>, year: number) =>
  entries
    .filter((e) => countsAsGrant(e) && e.years.length === 1 && e.years[0] === year)
    .reduce((n, e) => n + e.amountSek, 0);

describe("an inquiry's dateline", () => {
  it("'Stockholm i oktober 2033' dates the page to its month", () => {
    const text = [
      "Statens offentliga utredningar",
      "",
      "Stockholm i oktober 2033",
      "",
      "Text.",
    ].join("\n");
    expect(publishedFromText(text)).toBe("2033-10");
  });

  it("a sentence or a heading with a month is no dateline", () => {
    expect(publishedFromText("Beslutet fattades i oktober 2033.\n")).toBeNull();
    expect(publishedFromText("Möte om finansieringen i oktober 2033\n")).toBeNull();
  });
});

describe("history a later page retells", () => {
  const release = textDocument(
    "release",
    [
      "Regeringen satsar på genomik",
      "",
      "Publicerad 2029-12-20",
      "",
      "Regeringen avsätter 30 miljoner kronor till Genomic Medicine Sweden (GMS) för pilotprojekt inom barncancer och cancer som drabbar kvinnor.",
    ].join("\n"),
  );
  const inquiry = textDocument(
    "inquiry",
    [
      "Betänkande om en hållbar finansiering",
      "",
      "Stockholm i oktober 2033",
      "",
      "Det statliga stödet till Genomic Medicine Sweden (GMS) har vuxit. År 2030 fick GMS 30 miljoner kronor och 2031 sammanlagt 35 miljoner kronor fördelat på två beslut.",
      "",
      "Den 5 februari 2033 beslutade regeringen att GMS får 40 miljoner kronor för 2033.",
    ].join("\n"),
  );

  it("'År 2030 fick GMS 30 miljoner kronor' in a page of 2033 is a further source of the 2030 grant", () => {
    const entries = ledger(release, inquiry);
    const thirty = at(entries, 30_000_000);
    expect(thirty).toHaveLength(1);
    expect(thirty[0]?.sources.map((s) => s.docId).sort()).toEqual(["inquiry", "release"]);
    expect(yearSum(entries, 2030)).toBe(30_000_000);
  });

  it("the page's own news stays a grant", () => {
    const forty = at(ledger(release, inquiry), 40_000_000);
    expect(forty.map((e) => [e.role, e.years])).toEqual([["grant", [2033]]]);
  });
});

describe("a share with a trailing 'last year'", () => {
  const page = textDocument(
    "node-news",
    [
      "Node news",
      "",
      "Published 12 January 2032",
      "",
      "Genomic Medicine Sweden (GMS) will receive SEK 70 million from the Government for 2032. Of this, GMS West, the node run by the region, will receive SEK 7 million, up from SEK 6 million last year.",
    ].join("\n"),
  );

  it("'Of this, … SEK 7 million, up from SEK 6 million last year': the 7 M is a 2032 share of the 70 M", () => {
    const entries = ledger(page);
    const whole = at(entries, 70_000_000)[0];
    const seven = at(entries, 7_000_000);
    expect(seven.map((e) => [e.role, e.years, e.partOf])).toEqual([["part", [2032], whole?.id]]);
    expect(yearSum(entries, 2032)).toBe(70_000_000);
  });

  it("'GMS West, the node run by the region, will receive …': the node is the share's recipient", () => {
    expect(at(ledger(page), 7_000_000).map((e) => e.recipient)).toEqual(["GMS West"]);
  });
});

describe("money set apart from the government funding", () => {
  const page = textDocument(
    "annual",
    [
      "Genomic Medicine Sweden",
      "Annual Report 2031",
      "",
      "In 2031 GMS received SEK 50 million from the Government.",
      "",
      "In addition, the Swedish Heart Society granted SEK 3 million over two years to a GMS-linked study on liquid biopsies. This is foundation money and is reported separately from the government funding.",
      "",
      "The regions with university hospitals contribute their own resources. For 2031 they have committed around SEK 20 million in staff and equipment, which is not part of the Government funding.",
    ].join("\n"),
    "2032-03-10",
  );

  it("'This is foundation money and is reported separately from the government funding': not GMS's", () => {
    const three = at(ledger(page), 3_000_000);
    expect(three.map((e) => e.gms)).toEqual([false]);
  });

  it("'… contribute their own resources. … they have committed around SEK 20 million': co-funding", () => {
    const entries = ledger(page);
    expect(at(entries, 20_000_000).map((e) => [e.role, e.gms])).toEqual([["co-funding", false]]);
    expect(yearSum(entries, 2031)).toBe(50_000_000);
  });
});

describe("a region's own money", () => {
  const page = textDocument(
    "debate",
    [
      "DEBATT",
      "",
      "Publicerad 20 september 2032",
      "",
      "I år får Genomic Medicine Sweden (GMS) 60 miljoner kronor från staten.",
      "",
      "Västra Götalandsregionen lägger själv 5 miljoner kronor om året på noden, utöver statens pengar.",
      "",
      "Enligt regionens ansökan beräknas regionernas egen medfinansiering uppgå till 12 000 000 kronor under 2032.",
    ].join("\n"),
  );

  it("'lägger själv … utöver statens pengar' is co-funding, never GMS's grant", () => {
    const entries = ledger(page);
    expect(at(entries, 5_000_000).map((e) => [e.role, e.gms])).toEqual([["co-funding", false]]);
    expect(yearSum(entries, 2032)).toBe(60_000_000);
  });

  it("'beräknas regionernas egen medfinansiering uppgå till …' is co-funding, not an estimate", () => {
    expect(at(ledger(page), 12_000_000).map((e) => e.role)).toEqual(["co-funding"]);
  });
});

describe("a share of one year's grant", () => {
  const release = textDocument(
    "release-en",
    [
      "Government allocates SEK 60 million to Genomic Medicine Sweden for 2034",
      "",
      "Published 10 December 2033",
      "",
      "The Government has today decided to allocate SEK 60 million to Genomic Medicine Sweden (GMS) for 2034.",
      "",
      "The allocation for 2034 is distributed as follows:",
      "",
      "- SEK 54 million for whole-genome sequencing in rare diseases;",
      "- SEK 6 million to continue the pilot in pharmacogenomics.",
    ].join("\n"),
  );
  const report = textDocument(
    "report",
    [
      "Genomic Medicine Sweden",
      "Annual Report 2033",
      "",
      "In 2033 GMS received SEK 6 million for a pilot in pharmacogenomics under the decision of 11 June 2033.",
    ].join("\n"),
    "2034-03-16",
  );

  it("2034's pharmacogenomics share is no telling of 2033's pharmacogenomics grant", () => {
    const six = at(ledger(release, report), 6_000_000);
    expect(six.map((e) => [e.role, e.years]).sort()).toEqual([
      ["grant", [2033]],
      ["part", [2034]],
    ]);
  });
});

describe("money GMS pays to others", () => {
  const page = textDocument(
    "annual-2",
    [
      "Genomic Medicine Sweden",
      "Annual Report 2032",
      "",
      "In 2032 GMS received SEK 50 million from the Government. Of the 2032 funding, SEK 1.7 million was paid by GMS to the national Long Read Sequencing facility at SciLifeLab for sequencing services.",
    ].join("\n"),
    "2033-03-10",
  );

  it("'… was paid by GMS to the … facility at SciLifeLab': GMS gives it, SciLifeLab receives it", () => {
    const paid = at(ledger(page), 1_700_000);
    expect(paid.map((e) => [e.funder, e.recipient, e.gms])).toEqual([["GMS", "SciLifeLab", false]]);
  });
});

describe("givers told after a fronted phrase", () => {
  const page = textDocument(
    "report",
    [
      "Utredning om genomik",
      "",
      "Publicerad 2032-05-02",
      "",
      "Enligt uppgifter som utredningen har hämtat in från GMS satsade de sju regionerna uppskattningsvis 30 miljoner kronor per år av egna medel under 2031 och 2032.",
      "",
      "Dessutom satsar Region Halland 2 miljoner kronor ur den egna budgeten på en ny tjänst för bioinformatik.",
    ].join("\n"),
  );

  it("'… hämtat in från GMS satsade de sju regionerna …': the regions give, never GMS", () => {
    const thirty = at(ledger(page), 30_000_000);
    expect(thirty.map((e) => [e.role, e.funder])).toEqual([["co-funding", "regionerna"]]);
  });

  it("'Dessutom satsar Region Halland 2 miljoner kronor ur den egna budgeten': the region gives", () => {
    expect(at(ledger(page), 2_000_000).map((e) => [e.role, e.funder])).toEqual([
      ["co-funding", "Region Halland"],
    ]);
  });
});

describe("the regions' own money, whatever it pays for", () => {
  const page = textDocument(
    "faq",
    [
      "Vanliga frågor om GMS",
      "",
      "Publicerad 2032-02-01",
      "",
      "Regeringen beslutade den 9 december 2031 att GMS ska få 90 miljoner kronor för 2032.",
      "",
      "För 2032 beräknas regionernas samlade medfinansiering till cirka 45 miljoner kronor.",
      "",
      "The regions with university hospitals contributed their own funds of approximately SEK 41 million in 2031, mainly staff costs.",
    ].join("\n"),
  );

  it("'regionernas samlade medfinansiering' and 'their own funds …, mainly staff costs' are co-funding", () => {
    const entries = ledger(page);
    expect(at(entries, 45_000_000).map((e) => e.role)).toEqual(["co-funding"]);
    expect(at(entries, 41_000_000).map((e) => e.role)).toEqual(["co-funding"]);
  });
});

describe("a site's numbered 'Mest läst' list", () => {
  const page = textDocument(
    "news",
    [
      "Miljoner till gentester",
      "",
      "Publicerad 11 december 2031",
      "",
      "Genomic Medicine Sweden får 70 miljoner kronor av staten nästa år.",
      "",
      "Mest läst",
      "",
      "1. Simhallen blir 40 miljoner dyrare",
      "2. Fotbollsklubben värvar back för 12 miljoner",
    ].join("\n"),
  );

  it("the list's items are clutter, no money", () => {
    const entries = ledger(page);
    expect(at(entries, 40_000_000)).toEqual([]);
    expect(at(entries, 12_000_000)).toEqual([]);
  });
});

describe("a grant measured against last year's", () => {
  const page = textDocument(
    "uni-news",
    [
      "Node gets more",
      "",
      "Published 15 January 2033",
      "",
      "Genomic Medicine Sweden (GMS) will receive SEK 75 million from the Government for 2033.",
      "",
      "The Government took the decision on 18 December 2032. The national grant for 2033 is SEK 5 million larger than the SEK 70 million awarded for 2032, and matches the estimate in the autumn budget bill.",
    ].join("\n"),
  );

  it("'SEK 5 million larger than the SEK 70 million awarded for 2032': a difference and a retelling", () => {
    const entries = ledger(page);
    expect(at(entries, 5_000_000)).toEqual([]);
    expect(at(entries, 70_000_000).map((e) => [e.role, e.years])).toEqual([["comparison", [2032]]]);
  });

  it("'The Government took the decision on 18 December 2032' dates the grant told before it", () => {
    expect(at(ledger(page), 75_000_000).map((e) => e.decided)).toEqual(["2032-12-18"]);
  });
});

describe("since the first year, an inquiry's proposal, money paid back and a cap", () => {
  const faq = textDocument(
    "faq-2",
    [
      "Vanliga frågor",
      "",
      "Senast uppdaterad 4 februari 2033",
      "",
      "Sedan de första piloterna 2029 har GMS fått drygt 300 miljoner kronor i statliga medel.",
      "",
      "Utredningen föreslår att stödet till GMS ska ges som ett flerårigt statsbidrag om 120 miljoner kronor per år.",
      "",
      "Region Skåne har den 15 december 2032 återbetalat 1 150 000 kronor av de medel för 2031 som inte har förbrukats.",
    ].join("\n"),
  );
  const release = textDocument(
    "release-cap",
    [
      "Government allocates SEK 80 million to GMS for 2034",
      "",
      "Published 10 December 2033",
      "",
      "The Government has today decided to allocate SEK 80 million to Genomic Medicine Sweden (GMS) for 2034. The budget bill for 2034 estimates that SEK 95 million will be needed for 2035, but no decision on that year has been taken.",
      "",
      "Kammarkollegiet may use no more than SEK 250,000 of the funds for its own administration.",
    ].join("\n"),
  );

  it("'Sedan de första piloterna 2029 har GMS fått drygt 300 miljoner': a total since 2029", () => {
    expect(at(ledger(faq), 300_000_000).map((e) => [e.role, e.years])).toEqual([
      ["multi-year-total", [2029, 2030, 2031, 2032, 2033]],
    ]);
  });

  it("'Utredningen föreslår … 120 miljoner kronor per år' is a proposal, no money", () => {
    expect(at(ledger(faq), 120_000_000)).toEqual([]);
  });

  it("'återbetalat 1 150 000 kronor av de medel … som inte har förbrukats' is money paid back", () => {
    expect(at(ledger(faq), 1_150_000)).toEqual([]);
  });

  it("a cap 'of the funds' after a budget bill's estimate is a cap of the money given", () => {
    const entries = ledger(release);
    const grant = at(entries, 80_000_000)[0];
    expect(at(entries, 250_000).map((e) => [e.role, e.partOf])).toEqual([
      ["agency-cap", grant?.id],
    ]);
  });
});

describe("who pays out", () => {
  const channels = (text: string) =>
    readStatements([textDocument("c", text, "2031-05-01")]).channels.map((c) => [
      c.kind,
      c.organisation,
    ]);

  it("'through the Government's decision in January' names no one paying", () => {
    expect(
      channels(
        "This year, GMS received SEK 72 million through the Government's decision in January and a further SEK 8 million in June.",
      ),
    ).toEqual([]);
  });

  it("'Regionerna betalar analyserna för sina egna patienter' pays for something, pays out no money", () => {
    expect(channels("Regionerna betalar analyserna för sina egna patienter.")).toEqual([]);
  });

  it("'Pengarna betalas som tidigare ut av Kammarkollegiet till Region Skåne' names payer and payee", () => {
    expect(
      channels("Pengarna betalas som tidigare ut av Kammarkollegiet till Region Skåne."),
    ).toEqual([
      ["pays-out", "Kammarkollegiet"],
      ["paid-to", "Region Skåne"],
    ]);
  });
});

describe("a facts box's own-funds line", () => {
  const page = textDocument(
    "node-box",
    [
      "Node news",
      "",
      "Published 12 January 2032",
      "",
      "Genomic Medicine Sweden (GMS) will receive SEK 70 million from the Government for 2032.",
      "",
      "In addition to the government money, Region Jämtland Härjedalen contributes SEK 2.5 million of its own funds to the node in 2032.",
      "",
      "Facts",
      "- Own funds from Region Jämtland Härjedalen 2032: SEK 2.5 million",
    ].join("\n"),
  );

  it("'Own funds from Region X 2032: SEK 2.5 million' retells the region's co-funding, its giver named", () => {
    expect(at(ledger(page), 2_500_000).map((e) => [e.role, e.funder, e.sources.length])).toEqual([
      ["co-funding", "Region Jämtland Härjedalen", 2],
    ]);
  });
});

describe("a total told as just under a round figure", () => {
  const page = textDocument(
    "history",
    [
      "Stödet till GMS",
      "",
      "Publicerad 2032-03-01",
      "",
      "För 2030 fick GMS 20 miljoner kronor. För 2031 fick GMS 29,75 miljoner kronor. Sammantaget har staten tillfört GMS knappt 50 miljoner kronor under perioden 2030–2031.",
    ].join("\n"),
  );

  it("'knappt 50 miljoner' over grants adding up to 49,75 miljoner writes no shortfall note", () => {
    const total = at(ledger(page), 50_000_000);
    expect(total.map((e) => [e.role, e.notes])).toEqual([["multi-year-total", []]]);
  });
});
