// The same facts told in other words (found by rewording the devset): a remainder set off by commas, one amount
// to a parenthesis, a list line's whole label, "totalt" before a grant's own parts, money paid to a region that
// passes it on, an agency's frame "för uppdraget", passive and inverted deadlines, a "Datum:" line. Made-up pages.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const page = (body: string) =>
  ledger(textDocument("rw", `Nyheter\n\nPublicerad 3 mars 2036\n\n${body}`, "2036-03-03"));

describe("shares told in other words", () => {
  it("'Resten, 50 miljoner kronor, delas mellan …: a (16 miljoner), b (12 miljoner) …' are parts of parts", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 90 miljoner kronor under 2036. Hjärtdiagnostik får 40 miljoner kronor av de 90 miljonerna. Resten, 50 miljoner kronor, delas mellan tre områden: sällsynta diagnoser (20 miljoner), barncancer (18 miljoner) och datadelning (12 miljoner).",
    );
    const [whole] = at(entries, 90_000_000);
    const [rest] = at(entries, 50_000_000);
    expect(rest?.role).toBe("part");
    expect(rest?.partOf).toBe(whole?.id);
    for (const amount of [20_000_000, 18_000_000, 12_000_000]) {
      const [item] = at(entries, amount);
      expect(item?.role).toBe("part");
      expect(item?.partOf).toBe(rest?.id);
    }
    expect(at(entries, 18_000_000)[0]?.purpose).toBe("barncancer");
  });

  it("a numbered 'Label, with commas och more: amount' line keeps its whole label", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 30 miljoner kronor 2036. Pengarna fördelas så här:\n\n1. Datadelning, nationellt och internationellt: 18 miljoner kronor\n2. Samordning och kvalitetsarbete: 12 miljoner kronor",
    );
    expect(at(entries, 18_000_000)[0]?.purpose).toBe("Datadelning, nationellt och internationellt");
    expect(at(entries, 12_000_000)[0]?.purpose).toBe("Samordning och kvalitetsarbete");
  });

  it("'betala ut totalt X' followed by parts adding up to X is the grant of those parts, not a sum of grants", () => {
    const entries = page(
      "Regeringen uppdrar åt Socialstyrelsen att under 2036 betala ut totalt 30 000 000 kronor till Region Skåne för arbetet inom Genomic Medicine Sweden (GMS). Region Skåne fördelar medlen vidare till övriga parter inom GMS.\n\nMedlen fördelas enligt följande:\n– 14 000 000 kronor för datadelning,\n– 10 000 000 kronor för barncancer,\n– 6 000 000 kronor för samordning.",
    );
    const [whole] = at(entries, 30_000_000);
    expect(whole?.role).toBe("grant");
    // Region Skåne is paid the money and passes it on: the grant is not the region's.
    expect(whole?.recipient).not.toBe("Region Skåne");
    expect(at(entries, 14_000_000)[0]?.partOf).toBe(whole?.id);
  });

  it("a stated total of two grants stays a total", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 30 miljoner kronor 2036 och Folkhälsomyndigheten 5 miljoner kronor. Totalt handlar det om 35 miljoner kronor.",
    );
    expect(at(entries, 35_000_000)[0]?.role).toBe("total");
  });

  it("'Socialstyrelsen får under 2036 använda X kronor för uppdraget, varav högst …' is a frame", () => {
    const entries = page(
      "Socialstyrelsen får under 2036 använda 30 400 000 kronor för uppdraget, varav högst 400 000 kronor för det egna arbetet.",
    );
    expect(at(entries, 30_400_000)[0]?.role).toBe("budget-frame");
  });

  it("'X, som inte ingår i GMS, får …' names X, not the aside", () => {
    const entries = page(
      "Biobank Sverige, som inte ingår i GMS, får dessutom tre miljoner kronor 2036 för att samordna proverna.",
    );
    expect(at(entries, 3_000_000)[0]?.recipient).toBe("Biobank Sverige");
  });
});

describe("tables, numbered paragraphs and prose splits", () => {
  it("rows of a table 'Område | Belopp' under a distribution are its parts, labelled", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 30 mnkr för 2036. Årets medel fördelas så här:\n\nOmråde | Belopp\nBarncancer | 18 mnkr\nDatadelning | 12 mnkr",
    );
    const [whole] = at(entries, 30_000_000);
    const [item] = at(entries, 18_000_000);
    expect(item?.role).toBe("part");
    expect(item?.partOf).toBe(whole?.id);
    expect(item?.purpose).toBe("Barncancer");
  });

  it("'År | Belopp' rows split a two-year grant by year; a numbered paragraph of prose is no list item", () => {
    const entries = page(
      "1. Regeringen uppdrar åt Folkhälsomyndigheten att till Region Västerbotten betala ut totalt 18 000 000 kronor för 2036–2037. Medlen avser arbete med helgenomsekvensering av bakterier inom Genomic Medicine Sweden (GMS).\n\n2. Beloppet fördelas per år enligt följande:\n\nBudgetår | Belopp\n2036 | 9 000 000 kronor\n2037 | 9 000 000 kronor",
    );
    const [whole] = at(entries, 18_000_000);
    expect(whole?.role).toBe("multi-year-total");
    expect(whole?.recipient).toBe("Region Västerbotten");
    expect(whole?.purpose).toBe(
      "arbete med helgenomsekvensering av bakterier inom Genomic Medicine Sweden (GMS)",
    );
    const years = at(entries, 9_000_000).map((e) => [e.role, e.partOf === whole?.id, e.years]);
    expect(years).toEqual([
      ["part", true, [2036]],
      ["part", true, [2037]],
    ]);
  });

  it("a paragraph of grants adding up exactly to the amount told before is its split", () => {
    const entries = page(
      "Styrgruppen har fördelat årets 30 miljoner kronor till Genomic Medicine Sweden (GMS).\n\nSällsynta diagnoser blir den största posten med 14 mnkr. Barncancer tilldelas 10 mnkr. Dessutom får datadelning 6 mnkr.",
    );
    const [whole] = at(entries, 30_000_000);
    expect(whole?.role).toBe("grant");
    for (const amount of [14_000_000, 10_000_000, 6_000_000])
      expect(at(entries, amount)[0]?.partOf).toBe(whole?.id);
    // Their own areas, not the whole's.
    expect(at(entries, 10_000_000)[0]?.area).toBe("barncancer");
  });

  it("grants of a paragraph that do not add up to an earlier amount stay grants", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 30 miljoner kronor 2036.\n\nVinnova ger 14 mnkr till testbäddar. Forte ger 10 mnkr till en studie. Cancerfonden ger 5 mnkr till forskning.",
    );
    expect(at(entries, 14_000_000)[0]?.role).toBe("grant");
    expect(at(entries, 14_000_000)[0]?.partOf).toBe(null);
  });

  it("'ur årets GMS-pengar' and 'Ur den delen' open shares; the second of the part just told", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 80 miljoner kronor under 2036. 30 miljoner av dessa är öronmärkta för solida tumörer. Ur den delen har styrgruppen beviljat Skånes universitetssjukhus 7,2 miljoner kronor för prostatacancer.",
    );
    const [part] = at(entries, 30_000_000);
    expect(at(entries, 7_200_000)[0]?.partOf).toBe(part?.id);
    const lone = page(
      "Genomic Medicine Sweden (GMS) får 80 miljoner kronor under 2036.\n\nSkånes universitetssjukhus tilldelas 7 miljoner kronor ur årets statliga GMS-pengar.",
    );
    expect(at(lone, 7_000_000)[0]?.role).toBe("part");
  });
});

describe("recipients told in other words", () => {
  it("'Mottagare är X, som …' after an amount names its recipient", () => {
    const entries = page(
      "Via Vinnova går regeringen in med 6 miljoner kronor i ett projekt om läkemedel under 2036.\n\nMottagare är Region Uppsala, som leder arbetsgruppen för farmakogenomik inom Genomic Medicine Sweden (GMS).",
    );
    expect(at(entries, 6_000_000)[0]?.recipient).toBe("Region Uppsala");
  });
});

describe("givers told in other words", () => {
  it("an inverted giver, money opened by its giver, a passive grant and a labelled line name the giver", () => {
    const funder = (text: string, amount: number) => at(page(text), amount)[0]?.funder;
    expect(
      funder("Därför skjuter Barncancerfonden till 7,8 miljoner kronor till GMS 2036.", 7_800_000),
    ).toBe("Barncancerfonden");
    expect(
      funder(
        "Pengarna från Barncancerfonden, 3,9 miljoner kronor per år, ska korta svarstiderna inom GMS.",
        3_900_000,
      ),
    ).toBe("Barncancerfonden");
    expect(
      funder(
        "Studien har beviljats 4,2 miljoner kronor av forskningsrådet Forte för 2036.",
        4_200_000,
      ),
    ).toBe("Forte");
    expect(funder("At a glance\n\nCo-funding from GMS: MSEK 1.2", 1_200_000)).toBe("GMS");
  });

  it("a foundation's money to GMS work is never the state's GMS money", () => {
    const entries = page(
      "Därför skjuter Barncancerfonden till 7,8 miljoner kronor till GMS under 2036.",
    );
    expect(at(entries, 7_800_000)[0]?.gms).toBe(false);
  });

  it("'de 20 miljoner kronor i medfinansiering som de sju regionerna har lovat' is the regions' money", () => {
    const entries = page(
      "Regionen skjuter dessutom till 5 miljoner kronor av egna medel – Skånes andel av de 20 miljoner kronor i medfinansiering som de sju regionerna har lovat GMS för 2036.",
    );
    expect(at(entries, 20_000_000)[0]?.funder).toBe("regionerna");
  });

  it("'Vinnovas sammanlagda satsningar på hälsoområdet' is a statistic, no grant", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 12 miljoner kronor 2036. Vinnovas sammanlagda satsningar på hälsoområdet landar i år på ungefär 1,2 miljarder kronor.",
    );
    // Not funding: no ledger entry at all.
    expect(at(entries, 1_200_000_000)).toEqual([]);
  });
});

describe("seeds and extra pages told in other words", () => {
  it("'December 2021: Regeringen gav … i uppdrag att … betala ut' is a decision of that month", () => {
    const entries = page(
      "Tidigare beslut\n\n1. December 2035: Regeringen gav Socialstyrelsen i uppdrag att till Region Skåne betala ut 16,5 miljoner kronor för piloter inom ramen för GMS.",
    );
    expect(at(entries, 16_500_000)[0]?.decided).toBe("2035-12");
  });

  it("'8,5 miljoner kronor av beloppet' is a share; 'Barncancer: 10 mnkr – fortsatt arbete …' a list item", () => {
    const entries = page(
      "Regeringen ger Socialstyrelsen i uppdrag att betala ut 16,5 miljoner kronor till GMS under 2036. Pilotprojekt om barncancer ska få 8,5 miljoner kronor av beloppet.\n\nRegeringen har delat upp 20 mnkr på två områden:\n\nBarncancer: 10 mnkr – fortsatt arbete med en pilot.\nDatadelning: 10 mnkr – bättre delning av data.",
    );
    expect(at(entries, 8_500_000)[0]?.role).toBe("part");
    expect(at(entries, 10_000_000).map((e) => e.role)).toEqual(["part", "part"]);
  });

  it("'Since it was set up in 2018, GMS has received over 400 million crowns' is a total since the start", () => {
    const entries = page(
      "Since it was set up in 2018, Genomic Medicine Sweden (GMS) has received over 400 million crowns in state funding.",
    );
    expect(at(entries, 400_000_000)[0]?.role).toBe("multi-year-total");
  });

  it("'200 million Norwegian crowns' is no Swedish money", () => {
    expect(
      at(
        page("Norway raises its cancer screening budget to 200 million Norwegian crowns in 2036."),
        200_000_000,
      ),
    ).toEqual([]);
  });
});

describe("more pages told in other words", () => {
  it("a PDF line ending 'betala ut' or 'högst' runs on into the amount on the next line", () => {
    const entries = page(
      "Kammarkollegiet får i uppdrag av regeringen att till Region Skåne betala ut\n94 000 000 kronor under 2036. Medlen avser arbete inom Genomic Medicine Sweden (GMS).\nUtöver de medel som betalas ut till Region Skåne får Kammarkollegiet använda högst\n250 000 kronor för sin egen administration av uppdraget.",
    );
    const [grant] = at(entries, 94_000_000);
    expect(grant?.role).toBe("grant");
    expect(grant?.gms).toBe(true);
    // "Kammarkollegiet får i uppdrag" gives it a task, not the money.
    expect(grant?.recipient).not.toBe("Kammarkollegiet");
    expect(at(entries, 250_000)[0]?.role).toBe("agency-cap");
  });

  it("a purchase, a counterfactual with 'i dag' and money on top of the state's are no GMS grants", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 30 miljoner kronor 2036. Under året upphandlas en ny sekvenserare för ungefär 6 miljoner kronor. Hade Sverige sedan 2030 gett GMS 100 miljoner kronor om året skulle det i dag ha blivit 700 miljoner kronor.\n\nAnslaget från stiftelsen betalas ut med 2 miljoner kronor per år. Medlen tillkommer utöver det stöd som staten ger GMS.",
    );
    expect(entries.filter((e) => e.gms && e.role === "grant").map((e) => e.amountSek)).toEqual([
      30_000_000,
    ]);
  });
});

describe("dates told in other words", () => {
  it("a dateline '20.10.2036' dates the page, and 'för två år sedan', 'kommande år' count from it", () => {
    const entries = ledger(
      textDocument(
        "d",
        "Debatt | 20.10.2036\n\nStatens stöd till Genomic Medicine Sweden (GMS) var 49,5 miljoner kronor för två år sedan och 66 miljoner kronor i år. I budgetpropositionen aviserar regeringen 80 miljoner kronor för kommande år.",
        null,
      ),
    );
    expect(at(entries, 49_500_000)[0]?.years).toEqual([2034]);
    expect(at(entries, 66_000_000)[0]?.years).toEqual([2036]);
    expect(at(entries, 80_000_000)[0]?.years).toEqual([2037]);
  });
});

describe("records and lists told in other words", () => {
  it("a list of year-labelled rows retells each year's grant, never a grant beside it", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) fick 10 miljoner kronor under 2033 för piloter.\n\nStatsbidrag till GMS, år för år:\n- 2033: 10,0 mnkr – beslut i maj 2033\n- 2034: 49,5 mnkr – beslut i maj 2034",
    );
    expect(at(entries, 10_000_000)).toHaveLength(1);
    expect(at(entries, 49_500_000)[0]?.role).toBe("comparison");
  });

  it("a grant list's '\"Title\" – Name, University: 4,8 mnkr' names the university as recipient", () => {
    const entries = page(
      'Beviljade projektbidrag 2036:\n1. "Genomisk diagnostik av leukemi inom GMS" – Lucia Cavelier, Uppsala universitet: 4,2 mnkr\n2. "Polygena riskpoäng" – Tove Fall, Uppsala universitet: 3,2 mnkr',
    );
    expect(at(entries, 4_200_000)[0]?.recipient).toBe("Uppsala universitet");
    expect(at(entries, 4_200_000)[0]?.gms).toBe(false);
  });

  it("an encyclopedia's 'Källor' list is clutter: its titles' amounts are no money", () => {
    const entries = page(
      'Genomic Medicine Sweden (GMS) fick 84 miljoner kronor för 2036.\n\nKällor[redigera]\n↑ Regeringskansliet (16 december 2035). "Regeringen ger 84 miljoner till GMS".',
    );
    expect(at(entries, 84_000_000)).toHaveLength(1);
    expect(at(entries, 84_000_000)[0]?.sources).toHaveLength(1);
  });
});

describe("statements told in other words", () => {
  const statements = (text: string) => readStatements([textDocument("d", text, "2036-04-14")]);

  it("passive and inverted deadlines name who must act", () => {
    const { deadlines } = statements(
      "Medlen ska rekvireras av Socialstyrelsen från Kammarkollegiet senast den 1 december 2036.\n\nSenast den 15 februari 2037 ska Region Skåne redovisa till Socialstyrelsen hur medlen har använts.",
    );
    expect(deadlines.map((d) => [d.kind, d.who])).toEqual([
      ["requisition", "Socialstyrelsen"],
      ["report", "Region Skåne"],
    ]);
  });

  it("'Regeringen uppdrar åt …' in a signed decision is dated by its 'Datum:' line", () => {
    const { decisions } = statements(
      "Regeringsbeslut\n\nSocialdepartementet\nDatum: 14 april 2036\n\nBeslut\n\nRegeringen uppdrar åt Socialstyrelsen att betala ut 5 000 000 kronor till Genomic Medicine Sweden.\n\nPå regeringens vägnar\n\nAnna Berg\n\nPer Lind",
    );
    const [d] = decisions;
    expect(d?.decidedBy).toBe("Regeringen");
    expect(d?.date?.year).toBe(2036);
    expect(d?.date?.month).toBe(4);
    expect(d?.fromDecisionDocument).toBe(true);
  });

  it("'The National Board of Health and Welfare (Socialstyrelsen) is tasked with paying the funds to X'", () => {
    const { channels } = statements(
      "The National Board of Health and Welfare (Socialstyrelsen) is tasked with paying the funds to Region Skåne, which distributes them to the partners in Genomic Medicine Sweden.",
    );
    expect(channels.map((c) => [c.kind, c.organisation])).toEqual([
      ["pays-out", "Socialstyrelsen"],
      ["paid-to", "Region Skåne"],
      ["distributes", "Region Skåne"],
    ]);
  });
});
