// Readings added by helper K10, each on a made-up page: a clause whose subject is a change ("Ökningen … är 15
// miljoner") names a difference; a giver reporting its own giving ("X (Y) said it would give …") is the funder;
// shares told after "Of the 2031 money, …" in the next sentence are siblings when they add up to the whole; a wire's
// dateline dates the page; "X beviljar Y ett bidrag om högst …" is a grant; what an agency used of its cap is tied to
// the cap; a section heading "Utbetalningar under 2031" dates the money of its prose.
import { describe, expect, it } from "vitest";
import { publishedFromText } from "../../src/knowledge/document-date.js";
import { countsAsGrant } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const sumOf = (entries: ReturnType<typeof ledger>, year: number) =>
  entries.filter((e) => countsAsGrant(e) && e.year === year).reduce((s, e) => s + e.amountSek, 0);

describe("a clause whose subject is a change", () => {
  for (const sentence of [
    "Ökningen jämfört med i fjol är 15 miljoner kronor.",
    "Skillnaden mot fjolåret är 15 miljoner kronor.",
    "The increase from last year is SEK 15 million.",
  ]) {
    it(`'${sentence}' is a difference, never money for the year before`, () => {
      const entries = ledger(
        textDocument(
          "news",
          `GMS får 70 miljoner kronor i år\n\nPublicerad 12 februari 2031\n\nRegeringen ger Genomic Medicine Sweden (GMS) 70 miljoner kronor i år. ${sentence}\n\nI fjol fick GMS 55 miljoner kronor från staten.`,
          "2031-02-12",
        ),
      );
      expect(at(entries, 15_000_000).filter((e) => countsAsGrant(e))).toEqual([]);
      expect(sumOf(entries, 2031)).toBe(70_000_000);
    });
  }
});

describe("a giver reporting its own giving", () => {
  it("'the Swedish Childhood Cancer Fund (Barncancerfonden) said it would give …' is that foundation's money", () => {
    const entries = ledger(
      textDocument(
        "wire",
        "Sweden gives GMS SEK 80 million for 2032\n\nPublished 15 December 2031\n\nThe government decided to give Genomic Medicine Sweden (GMS) SEK 80 million for 2032.\n\nSeparately, the Swedish Childhood Cancer Fund (Barncancerfonden) said last week it would give SEK 6 million over three years to a GMS-linked research programme at Karolinska Institutet.",
        "2031-12-15",
      ),
    );
    const [gift] = at(entries, 6_000_000);
    expect(gift?.funder).toBe("Barncancerfonden");
    expect(gift?.gms).toBe(false);
    expect(sumOf(entries, 2032)).toBe(80_000_000);
  });
});

describe("shares told after a share of a year's money", () => {
  it("'Of the 2032 money, SEK 40 million … SEK 25 million … and SEK 15 million …' are the 80 M's shares", () => {
    const entries = ledger(
      textDocument(
        "wire",
        "Sweden gives GMS SEK 80 million for 2032\n\nPublished 15 December 2031\n\nThe government decided to give Genomic Medicine Sweden (GMS) SEK 80 million for 2032, a rise from the SEK 75 million the network received this year.\n\nOf the 2032 money, SEK 40 million goes to cancer diagnostics. SEK 25 million is earmarked for rare diseases and SEK 15 million for data sharing.",
        "2031-12-15",
      ),
    );
    const [whole] = at(entries, 80_000_000);
    for (const sek of [40_000_000, 25_000_000, 15_000_000]) {
      const [share] = at(entries, sek);
      expect(share?.role).toBe("part");
      expect(share?.partOf).toBe(whole?.id);
    }
    expect(sumOf(entries, 2032)).toBe(80_000_000);
  });

  it("amounts after the share that do not add up to the whole stay as they were", () => {
    const entries = ledger(
      textDocument(
        "wire",
        "GMS 2032\n\nPublished 15 December 2031\n\nThe government decided to give Genomic Medicine Sweden (GMS) SEK 80 million for 2032.\n\nOf the 2032 money, SEK 40 million goes to cancer diagnostics. SEK 25 million is earmarked for rare diseases.",
        "2031-12-15",
      ),
    );
    expect(at(entries, 25_000_000)[0]?.partOf ?? null).toBeNull();
  });
});

describe("a wire's dateline", () => {
  it("'STOCKHOLM, Dec 15, 2031 (Nordic Health Wire) – …' dates the page", () => {
    expect(
      publishedFromText(
        "NORDIC HEALTH WIRE\n\nSweden gives GMS SEK 80 million\n\nSTOCKHOLM, Dec 15, 2031 (Nordic Health Wire) – The Swedish government on Tuesday decided to give Genomic Medicine Sweden SEK 80 million for 2032.",
      ),
    ).toBe("2031-12-15");
  });
});

describe("a grant of at most an amount", () => {
  const decision = textDocument(
    "decision",
    [
      "Beslut om bidrag",
      "",
      "Datum: 2031-06-15",
      "",
      "Vinnova beviljar Lunds universitet (koordinator) ett bidrag om högst 3 000 000 kronor för projektet Snabbsekvensering inom utlysningen Precisionsmedicin 2031.",
      "",
      "Projektparter: Lunds universitet, Region Skåne och Genomic Medicine Sweden genom GMS Syd.",
      "",
      "Bidraget betalas ut till koordinatorn enligt följande:",
      "- 1 200 000 kronor efter att projektet har startat",
      "- 1 200 000 kronor efter godkänd lägesrapport",
      "- 600 000 kronor efter godkänd slutrapport",
      "",
      "Bidraget är ett projektbidrag från Vinnova och ingår inte i regeringens medel till Genomic Medicine Sweden.",
    ].join("\n"),
    "2031-06-15",
  );
  const entries = ledger(decision);

  it("'Vinnova beviljar X ett bidrag om högst …' is Vinnova's grant, no agency's cap and not GMS's", () => {
    const [grant] = at(entries, 3_000_000);
    expect(grant?.role).toBe("grant");
    expect(grant?.funder).toBe("Vinnova");
    expect(grant?.gms).toBe(false);
  });

  it("its instalments are its shares, never GMS money", () => {
    const [grant] = at(entries, 3_000_000);
    for (const e of [...at(entries, 1_200_000), ...at(entries, 600_000)]) {
      expect(e.partOf).toBe(grant?.id);
      expect(e.gms).toBe(false);
    }
  });

  it("'Ett projekt kan beviljas högst …' stays a ceiling", () => {
    const call = ledger(
      textDocument(
        "call",
        "Utlysning\n\nPublicerad 2031-03-01\n\nEtt projekt kan beviljas ett bidrag om högst 2 000 000 kronor inom Genomic Medicine Sweden (GMS).",
        "2031-03-01",
      ),
    );
    expect(at(call, 2_000_000)[0]?.role).not.toBe("grant");
  });
});

describe("what an agency used of its cap", () => {
  const report = textDocument(
    "report",
    [
      "Redovisning av regeringsuppdrag",
      "",
      "Datum: 2032-03-29",
      "",
      "Utbetalningar under 2031",
      "",
      "Socialstyrelsen har betalat ut 60 miljoner kronor till Region Skåne för Genomic Medicine Sweden (GMS) under 2031.",
      "",
      "Enligt beslutet fick Socialstyrelsen använda högst 400 000 kronor för sitt eget arbete med uppdraget. Myndigheten har använt 310 000 kronor, främst för uppföljning.",
    ].join("\n"),
    "2032-03-29",
  );
  const entries = ledger(report);

  it("'Myndigheten har använt 310 000 kronor' is the agency's own costs, a share of its cap", () => {
    const [cap] = at(entries, 400_000);
    const [used] = at(entries, 310_000);
    expect(used?.role).toBe("agency-cap");
    expect(used?.partOf).toBe(cap?.id);
    expect(used?.gms).toBe(false);
  });

  it("the section heading 'Utbetalningar under 2031' dates the cap and what was used of it", () => {
    expect(at(entries, 400_000)[0]?.years).toEqual([2031]);
    expect(at(entries, 310_000)[0]?.years).toEqual([2031]);
  });
});

describe("a broadcast's date line", () => {
  it("'Utskrift av intervju, sänd torsdag 21 januari 2031 kl. 07.40' dates the page", () => {
    expect(
      publishedFromText(
        "Sveriges Radio P1 – P1 Morgon\n\nUtskrift av intervju, sänd torsdag 21 januari 2031 kl. 07.40\n\nPROGRAMLEDARE: Hur mycket får GMS i år?",
      ),
    ).toBe("2031-01-21");
  });
});

describe("an interview's need and condition", () => {
  const interview = textDocument(
    "interview",
    [
      "Utskrift av intervju, sänd torsdag 21 januari 2031 kl. 07.40",
      "",
      "MINISTERN: Regeringen beslutade den 14 januari att Genomic Medicine Sweden (GMS) får 70 miljoner kronor under 2031.",
      "",
      "PROGRAMLEDAREN: GMS själva har sagt att de behöver 100 miljoner kronor om året. Hade ni gett det sedan 2029 hade de haft 300 miljoner i år och två år bakåt.",
    ].join("\n"),
  );
  const entries = ledger(interview);

  it("'de behöver 100 miljoner' and 'hade de haft 300 miljoner' are no money given", () => {
    expect(at(entries, 100_000_000).filter((e) => countsAsGrant(e))).toEqual([]);
    expect(at(entries, 300_000_000).filter((e) => countsAsGrant(e))).toEqual([]);
    expect(sumOf(entries, 2031)).toBe(70_000_000);
  });
});

describe("a share of the year's money and the rest", () => {
  const release = textDocument(
    "release",
    [
      "Skåne to coordinate SEK 80 million in 2031",
      "",
      "Published 18 February 2031",
      "",
      "The government decided on 14 January to grant SEK 80 million to Genomic Medicine Sweden (GMS) for the year.",
      "",
      "Of the SEK 80 million, SEK 50 million is for rare diseases and SEK 30 million for data sharing.",
      "",
      "GMS South will keep SEK 12 million of this year's state funding. The remaining SEK 68 million is passed on to the six other regions. Last year, GMS South's share was SEK 10 million.",
    ].join("\n"),
    "2031-02-18",
  );
  const entries = ledger(release);
  const [whole] = at(entries, 80_000_000);

  it("'SEK 12 million of this year's state funding' is a share of the year's whole, not of the last share told", () => {
    expect(at(entries, 12_000_000)[0]?.partOf).toBe(whole?.id);
  });

  it("'The remaining SEK 68 million' takes the share's year, not the paragraph's 'Last year'", () => {
    const [rest] = at(entries, 68_000_000);
    expect(rest?.years).toEqual([2031]);
    expect(rest?.partOf).toBe(whole?.id);
  });

  it("two splits of one whole in one document (by area, by who keeps it) raise no note", () => {
    expect(whole?.notes ?? []).toEqual([]);
  });
});

describe("an audit's figures for earlier years", () => {
  const audit = textDocument(
    "audit",
    [
      "Granskningsrapport",
      "",
      "Publicerad 15 mars 2032",
      "",
      "I ett pressmeddelande från 2030 angavs att Genomic Medicine Sweden (GMS) fått 60 miljoner kronor under 2026–2028. Enligt Riksrevisionens genomgång av besluten uppgick medlen för dessa år till 52 miljoner kronor.",
      "",
      "Enligt GMS egna uppgifter uppgick regionernas medfinansiering till uppskattningsvis 30–40 miljoner kronor per år 2029–2031.",
    ].join("\n"),
    "2032-03-15",
  );
  const entries = ledger(audit);

  it("'… för dessa år till 52 miljoner' is a total over the span the sentence before told", () => {
    const [total] = at(entries, 52_000_000);
    expect(total?.role).toBe("multi-year-total");
    expect(total?.years).toEqual([2026, 2027, 2028]);
  });

  it("'30–40 miljoner kronor' of co-funding is co-funding, never an agency's cap", () => {
    expect(at(entries, 40_000_000)[0]?.role).toBe("co-funding");
  });
});

describe("a region's own money beside the state's", () => {
  const release = textDocument(
    "release",
    [
      "Skåne to coordinate SEK 80 million in 2031",
      "",
      "Published 18 February 2031",
      "",
      "The government decided on 14 January to grant SEK 80 million to Genomic Medicine Sweden (GMS) for the year.",
      "",
      "GMS South will keep SEK 12 million of this year's state funding. The remaining SEK 68 million is passed on to the six other regions. Last year, GMS South's share was SEK 10 million.",
      "",
      "On top of the state money, the Regional Executive Board has decided to set aside SEK 3 million of Region Skåne's own budget for sequencing equipment.",
      "",
      "Facts",
      "- State funding 2031: SEK 80 million",
      "- Region Skåne's own contribution 2031: SEK 3 million",
    ].join("\n"),
    "2031-02-18",
  );
  const entries = ledger(release);

  it("is Region Skåne's co-funding of this year, told twice, never a grant", () => {
    const own = at(entries, 3_000_000);
    expect(own.map((e) => [e.role, e.funder, e.years])).toEqual([
      ["co-funding", "Region Skåne", [2031]],
    ]);
    expect(sumOf(entries, 2031)).toBe(80_000_000);
  });
});

describe("a table of decisions with a payer column", () => {
  it("'2030   55   Socialstyrelsen' under 'År  Belopp  Utbetalande myndighet' retells the year's grant and its payer", () => {
    const entries = ledger(
      textDocument(
        "audit",
        [
          "Granskningsrapport",
          "",
          "Publicerad 15 mars 2032",
          "",
          "Tabell 2. Regeringens beslut om medel till Genomic Medicine Sweden (GMS), miljoner kronor",
          "",
          "År     Belopp   Utbetalande myndighet",
          "2030   55       Socialstyrelsen",
          "2031   70       Kammarkollegiet (två beslut)",
        ].join("\n"),
        "2032-03-15",
      ),
    );
    expect(at(entries, 55_000_000)[0]?.payer).toBe("Socialstyrelsen");
    expect(at(entries, 70_000_000)[0]?.payer).toBe("Kammarkollegiet");
    expect(at(entries, 70_000_000)[0]?.years).toEqual([2031]);
  });
});

describe("an agency's cap and an area told with examples", () => {
  const wire = textDocument(
    "wire",
    [
      "Sweden gives GMS SEK 80 million for 2032",
      "",
      "Published 15 December 2031",
      "",
      "The government decided to give Genomic Medicine Sweden (GMS) SEK 80 million for 2032.",
      "",
      "Of the 2032 money, SEK 40 million goes to cancer diagnostics, including childhood cancer, solid tumours and acute leukaemia. SEK 40 million is earmarked for rare diseases.",
      "",
      "Kammarkollegiet may use at most SEK 250,000 of the grant for its own administration.",
    ].join("\n"),
    "2031-12-15",
  );
  const entries = ledger(wire);

  it("'Kammarkollegiet may use at most SEK 250,000 …' is Kammarkollegiet's cap", () => {
    const [cap] = at(entries, 250_000);
    expect(cap?.role).toBe("agency-cap");
    expect(cap?.recipient).toBe("Kammarkollegiet");
  });

  it("'cancer diagnostics, including childhood cancer, …' is cancer diagnostics, not childhood cancer", () => {
    const diagnostics = at(entries, 40_000_000).find((e) => e.purpose.startsWith("cancer"));
    expect(diagnostics?.area).not.toBe("barncancer");
  });
});

describe("a year's money told as the sum of its decisions", () => {
  it("'GMS får 70 miljoner – fördelat på två beslut' over 62 + 8 decided apart is their total, never a third grant", () => {
    const entries = ledger(
      textDocument(
        "news",
        [
          "GMS får 70 miljoner – fördelat på två beslut",
          "",
          "Regeringen har beslutat om två uppdrag till Socialstyrelsen som sammanlagt ger Genomic Medicine Sweden 70 miljoner kronor i år.",
          "",
          "Publicerad 5 februari 2031",
          "",
          "I det större beslutet får Socialstyrelsen i uppdrag att betala ut 62 miljoner kronor till Region Skåne för fortsatta piloter inom GMS. I ett separat beslut samma dag avsätter regeringen 8 miljoner kronor till en ny pilot med helgenomsekvensering vid akuta leukemier hos vuxna.",
        ].join("\n"),
        "2031-02-05",
      ),
    );
    expect(at(entries, 70_000_000).map((e) => e.role)).toEqual(["total"]);
    expect(sumOf(entries, 2031)).toBe(70_000_000);
  });
});
