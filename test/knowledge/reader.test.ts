import { describe, expect, it } from "vitest";
import { clutterRanges } from "../../src/knowledge/clutter.js";
import { publishedFromText } from "../../src/knowledge/document-date.js";
import { countsAsGrant, fundingRole } from "../../src/knowledge/index.js";
import { findTableRows } from "../../src/knowledge/tables.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const doc = textDocument;

describe("the reader: the document's own date and relative years", () => {
  it("reads the date from a Publicerad line, a byline or a dateline, not from the body", () => {
    expect(
      publishedFromText("Rubrik här\n\nPublicerad: 2026-09-22 15:11 | Uppdaterad: 2026-09-23\n"),
    ).toBe("2026-09-22");
    expect(publishedFromText("Headline\n\nBy Anna Lindgren | 18 December 2026\n")).toBe(
      "2026-12-18",
    );
    expect(
      publishedFromText("Rubrik\n\nSista dag att söka är den 1 mars 2027 för alla parter.\n"),
    ).toBeNull();
  });

  it("resolves i år, i fjol and nästa år against that date; earlier years are retold, not new grants", () => {
    const text = `GMS får pengar nästa år

Publicerad 17 december 2026

Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 80 miljoner kronor nästa år. I år uppgår stödet till 66 miljoner kronor och året innan var det 58 miljoner kronor.
`;
    const entries = ledger(doc("pm", text));
    expect(at(entries, 80_000_000)[0]?.years).toEqual([2027]);
    expect(at(entries, 66_000_000)[0]?.years).toEqual([2026]);
    expect(at(entries, 58_000_000)[0]?.years).toEqual([2025]);
    expect(at(entries, 80_000_000)[0]?.decided).toBe("2026-12-17");
  });
});

describe("the reader: an earlier year's money told only as background", () => {
  const text = `Ny satsning på GMS

Publicerad 3 oktober 2031

Regeringen satsar 20 miljoner kronor i år på Genomic Medicine Sweden (GMS). Satsningen bygger vidare på en kartläggning som Vinnova bekostade redan i fjol med 2,5 miljoner kronor.
`;
  const entries = ledger(doc("pm", text));

  it("stays a retelling (a comparison), yet counts as that year's only grant", () => {
    const earlier = at(entries, 2_500_000)[0];
    expect(earlier).toMatchObject({ role: "comparison", years: [2030], loneRetelling: true });
    expect(earlier && countsAsGrant(earlier)).toBe(true);
    expect(earlier && fundingRole(earlier)).toBe("grant");
  });

  it("never counts when that year's grant is told as such", () => {
    const told = `Mer till GMS

Publicerad 10 januari 2030

Regeringen ger Genomic Medicine Sweden (GMS) 2,5 miljoner kronor under 2030.
`;
    const both = ledger(doc("pm", text), doc("told", told));
    expect(both.filter((e) => e.years.includes(2030) && countsAsGrant(e))).toHaveLength(1);
  });
});

describe("the reader: kinds of money", () => {
  const text = `Satsning på genomik

Publicerad 7 november 2019

Genom Vinnova satsar regeringen 12 miljoner kronor i år på Genomic Medicine Sweden (GMS). Vinnovas bidrag matchas med lika mycket från regionerna, som tillsammans går in med 11 miljoner kronor. Totalt handlar det därmed om 23 miljoner kronor. En analys kostar i dag under 15 000 kronor. I budgetpropositionen beräknas stödet för 2021 till 30 miljoner kronor.
`;
  const entries = ledger(doc("pm", text));
  it("tells grants from co-funding, stated totals, costs and estimates", () => {
    expect(at(entries, 12_000_000)[0]).toMatchObject({
      role: "grant",
      funder: "regeringen",
      payer: "Vinnova",
      gms: true,
    });
    expect(at(entries, 11_000_000)[0]?.role).toBe("co-funding");
    expect(at(entries, 23_000_000)[0]?.role).toBe("total");
    expect(at(entries, 15_000)).toEqual([]);
    expect(at(entries, 30_000_000)[0]).toMatchObject({
      role: "estimate",
      years: [2021],
      gms: false,
    });
  });
});

describe("the reader: parts by arithmetic", () => {
  it("links a list under any heading to the amount it adds up to, and a remainder's list to the remainder", () => {
    const text = `Pengar till GMS

Publicerad 10 januari 2027

Genomic Medicine Sweden (GMS) får 40 miljoner kronor i år. Av de 40 miljoner kronor som avsätts är 10 miljoner avsedda för solida tumörer; de resterande 30 miljonerna fördelas på tre områden (sällsynta diagnoser 15 miljoner, barncancer 10 miljoner och datadelning 5 miljoner).
`;
    const entries = ledger(doc("pm", text));
    const whole = at(entries, 40_000_000)[0];
    const rest = at(entries, 30_000_000)[0];
    expect(rest?.partOf).toBe(whole?.id);
    expect(at(entries, 15_000_000)[0]?.partOf).toBe(rest?.id);
    expect(at(entries, 5_000_000)[0]?.partOf).toBe(rest?.id);
  });
});

describe("the reader: web pages and tables", () => {
  it("never reads facts from banners, captions, bylines or lists of related articles", () => {
    const page = `Vi använder kakor (cookies) för att webbplatsen ska fungera.
Annons
Rubrik om genomik i vården

Av Karin Holmqvist
Publicerad: 2026-09-22 15:11

Bild från labbet. Foto: Jonas Berg

Relaterade artiklar
Sällsynta diagnoser får 16 miljoner av statens GMS-pengar
Region Halland köper mammografibuss för 3 miljoner
`;
    const lines = clutterRanges(page).map(([s, e]) => page.slice(s, e));
    expect(lines).toContain("Av Karin Holmqvist");
    expect(lines).toContain("Region Halland köper mammografibuss för 3 miljoner");
    expect(lines).not.toContain("Rubrik om genomik i vården");
    expect(ledger(doc("page", page))).toEqual([]);
  });

  it("a list heading alone in its paragraph heads the bulleted paragraph after it, and only a bulleted one", () => {
    const page = `Rubrik om genomik i vården

Läs också

* Forskare får 40 miljoner kronor för AI
- Region Halland köper en buss för 3 miljoner

Läs mer

Regeringen ger GMS 5 miljoner kronor 2026.
`;
    const lines = clutterRanges(page).map(([s, e]) => page.slice(s, e));
    expect(lines).toEqual([
      "Läs också",
      "* Forskare får 40 miljoner kronor för AI",
      "- Region Halland köper en buss för 3 miljoner",
      "Läs mer",
    ]);
  });

  it("reads a table's rows in its caption's unit: an appropriation's rows are frames", () => {
    const text =
      "Tabell: Statsbidrag till GMS per år (miljoner kronor)\n\nÅr\tBelopp\n2023\t10,0\n2024\t49,5\n\nTabell 4.12 Anslagsutveckling\nTusental kronor\n\n2025\tUtfall\t3 655 412\n";
    const rows = findTableRows(text);
    expect(rows.map((r) => [r.year, r.amount.valueSek, r.kind])).toEqual([
      [2023, 10_000_000, "retold"],
      [2024, 49_500_000, "retold"],
      [2025, 3_655_412_000, "frame"],
    ]);
  });

  it("a header of year columns is no row: '2029  2028' is never 2 028 tkr for 2029", () => {
    const text =
      "Riktade statsbidrag (tkr):\n\nStatsbidrag                 2029        2028\nKömiljard                  61 200      58 000\n";
    expect(findTableRows(text)).toEqual([]);
  });
});

describe("the reader: Markdown pipe tables", () => {
  const text = [
    "Tabell 3 Medel per område (tkr)",
    "",
    "| Område | 2030 | 2031 |",
    "|---|---:|---:|",
    "| Solida tumörer | 13 000 | 30 000 |",
    "| Farmakogenomik | – | 6 000 |",
    "| **Summa** | **13 000** | **36 000** |",
    "",
  ].join("\n");

  it("reads each cell under its column's year, in the caption's unit, labelled by its row; never the sum row", () => {
    const rows = findTableRows(text);
    expect(rows.map((r) => [r.year, r.amount.valueSek, r.label, r.kind])).toEqual([
      [2030, 13_000_000, "Solida tumörer", "retold"],
      [2031, 30_000_000, "Solida tumörer", "retold"],
      [2031, 6_000_000, "Farmakogenomik", "retold"],
    ]);
    // Offsets are exact: the quoted amount is the cell's text.
    for (const r of rows) expect(text.slice(r.amount.start, r.amount.end)).toBe(r.amount.text);
  });

  it("takes the unit from the header ('2028 (mnkr)') and reads no table without one", () => {
    const withUnit = "| Område | 2028 (mnkr) |\n|---|---|\n| Barncancer | 12 |\n";
    expect(findTableRows(withUnit).map((r) => [r.year, r.amount.valueSek])).toEqual([
      [2028, 12_000_000],
    ]);
    expect(findTableRows("| Område | 2028 |\n|---|---|\n| Barncancer | 12 |\n")).toEqual([]);
  });

  it("a table's cells retell grants as further sources; its rows are never summed as new money", () => {
    const entries = ledger(
      doc(
        "pipe",
        `Genomic Medicine Sweden (GMS) årsredovisning\n\nPublicerad 2032-03-01\n\n${text}`,
      ),
    );
    expect(entries.filter(countsAsGrant).map((e) => e.amountSek)).not.toContain(36_000_000);
    expect(at(entries, 6_000_000)[0]?.role).toBe("comparison");
  });
});

describe("the reader: money paid back", () => {
  it("an amount left unspent and paid back is no grant, and no year's total holds it", () => {
    const entries = ledger(
      doc(
        "repaid",
        "Region Skåne årsredovisning om Genomic Medicine Sweden (GMS)\n\nPublicerad 2032-03-01\n\nGMS fick 40 miljoner kronor för 2031. Vid utgången av 2031 hade 1 150 tkr av det årets medel inte förbrukats. Beloppet betalades tillbaka till Kammarkollegiet. I fjol återbetalades 2 miljoner kronor av outnyttjade medel.",
      ),
    );
    const grants = entries.filter(countsAsGrant).map((e) => e.amountSek);
    expect(grants).toContain(40_000_000);
    expect(grants).not.toContain(1_150_000);
    expect(grants).not.toContain(2_000_000);
  });
});

describe("the reader: who receives", () => {
  it("reads the recipient after the verb when a Swedish sentence opens with an adverb", () => {
    const entries = ledger(
      doc(
        "v2",
        "Publicerad 3 mars 2027\n\nRegeringen ger GMS 40 miljoner kronor under 2027. Därutöver får Biobank Sverige tre miljoner kronor under 2027. I år får Region Halland 2 miljoner kronor.",
      ),
    );
    expect(at(entries, 3_000_000)[0]?.recipient).toBe("Biobank Sverige");
    expect(at(entries, 2_000_000)[0]?.recipient).toBe("Region Halland");
  });

  it("reads 'fick regionen' as the region the document named before, and no one when it named none", () => {
    const named = ledger(
      doc(
        "r1",
        "Publicerad 3 mars 2031\n\nRegion Gotland får 2 miljoner kronor av GMS-medlen i år. I fjol fick regionen 1,5 miljoner kronor för samma arbete.",
      ),
    );
    expect(at(named, 1_500_000)[0]?.recipient).toBe("Region Gotland");
    const unnamed = ledger(
      doc(
        "r2",
        "Publicerad 3 mars 2031\n\nI fjol fick regionen 1,5 miljoner kronor av GMS-medlen.",
      ),
    );
    expect(at(unnamed, 1_500_000)[0]?.recipient ?? null).toBeNull();
  });

  it("reads 'för samma arbete' as the purpose of the money told before it, for the same recipient", () => {
    const entries = ledger(
      doc(
        "r3",
        "Publicerad 3 mars 2031\n\nRegion Gotland får 2 miljoner kronor för barncancer i år. Region Halland får 3 miljoner kronor för datadelning. I fjol fick Region Gotland 1,5 miljoner kronor för samma arbete.",
      ),
    );
    expect(at(entries, 1_500_000)[0]?.purpose).toBe(at(entries, 2_000_000)[0]?.purpose);
    expect(at(entries, 1_500_000)[0]?.area).toBe("barncancer");
  });
});

describe("the reader: a difference told as 'X mer än'", () => {
  it("'8 miljoner mer än i fjol' is no money of last year; 'mer än 80 miljoner' stays a qualifier", () => {
    const entries = ledger(
      doc(
        "d",
        "Publicerad 13 mars 2029\n\nGenomic Medicine Sweden (GMS) får 92 miljoner kronor för 2029. Det är 8 miljoner mer än i fjol och 26 miljoner kronor mer än 2026.\n\nSEK 4 million more than last year goes to rare diseases.",
      ),
    );
    expect(entries.map((e) => [e.amountSek, e.role])).toEqual([[92_000_000, "grant"]]);
    const over = ledger(
      doc("o", "Publicerad 1 juni 2029\n\nGMS får mer än 80 miljoner kronor för 2029."),
    );
    expect(over.map((e) => [e.amountSek, e.qualifier, e.role])).toEqual([
      [80_000_000, "at-least", "grant"],
    ]);
  });
});

describe("the reader: money asked for, costs, and a recipient behind an adverb", () => {
  it("an application and a cost compound are no grants; 'Totalt får GMS därmed' names GMS", () => {
    const entries = ledger(
      doc(
        "p",
        "Publicerad 20 september 2029\n\nRegeringen tillför ytterligare 15 miljoner kronor till Genomic Medicine Sweden (GMS) under 2029, utöver de 92 miljoner kronor som beslutades i mars. Totalt får GMS därmed 107 miljoner kronor i år.\n\nGMS hade ansökt om 150 miljoner kronor för 2029. Lönekostnaderna inom GMS uppgår till omkring 45 miljoner kronor per år.",
      ),
    );
    // "utöver de 92 miljoner kronor som beslutades i mars" retells the March grant: told only here, it counts.
    expect(entries.map((e) => [e.amountSek, e.role])).toEqual([
      [15_000_000, "grant"],
      [92_000_000, "comparison"],
      [107_000_000, "total"],
    ]);
    expect(entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([
      15_000_000, 92_000_000,
    ]);
    expect(at(entries, 107_000_000)[0]?.recipient).toBe("Genomic Medicine Sweden (GMS)");
  });
});

describe("the reader: shares named by a fraction or as the state's money, and who 'vår region' is", () => {
  it("'Around a third of it, SEK 30m' is a share of the grant before it", () => {
    const entries = ledger(
      doc(
        "e",
        "14 March 2029\n\nThe government said it would give Genomic Medicine Sweden SEK 92m this year. Around a third of it, SEK 30m, is earmarked for solid tumours.",
      ),
    );
    expect(at(entries, 30_000_000)[0]?.role).toBe("part");
  });

  it("a region's lone allotment 'av de statliga medlen till GMS' is a share, never a grant beside them", () => {
    const entries = ledger(
      doc(
        "r",
        "Nyhet 2029-04-02\n\nRegion Jönköpings län har tilldelats 3 200 tkr av de statliga medlen till Genomic Medicine Sweden för 2029.",
      ),
    );
    expect(entries.map((e) => [e.amountSek, e.role])).toEqual([[3_200_000, "part"]]);
  });

  it("'Idag fick vi beskedet att #GMS får 92 MSEK': no 'Idag' receives; the bracketed region does", () => {
    const entries = ledger(
      doc(
        "l",
        "Publicerad 14 mars 2029\n\nIdag fick vi beskedet att #GMS får 92 MSEK från regeringen för 2029!\n\nVår region (Region Uppsala) får 6,5 MSEK av dessa medel.",
      ),
    );
    expect(at(entries, 92_000_000)[0]?.gms).toBe(true);
    expect(at(entries, 6_500_000)[0]?.recipient).toBe("Region Uppsala");
  });
});

describe("the reader: a grant decision's years and shares, an appropriation post", () => {
  it("'Projekttiden är 2030-03-01 – 2031-12-31' dates the grant; 'Av bidraget avser …' are its yearly shares (each year's grant)", () => {
    const entries = ledger(
      doc(
        "v",
        "BESLUT\n2030-02-03\n\nVinnova beviljar Region Skåne bidrag om 2 400 000 kronor för projektet GenomAI inom Genomic Medicine Sweden (GMS). Projekttiden är 2030-03-01 – 2031-12-31.\n\nAv bidraget avser 1 400 000 kronor år 2030 och 1 000 000 kronor år 2031.",
      ),
    );
    expect(entries.map((e) => [e.amountSek, e.years, e.role])).toEqual([
      [2_400_000, [2030, 2031], "multi-year-total"],
      [1_400_000, [2030], "part"],
      [1_000_000, [2031], "part"],
    ]);
    expect(entries.filter((e) => e.yearShare).map((e) => e.amountSek)).toEqual([
      1_400_000, 1_000_000,
    ]);
  });

  it("an appropriation post in a regleringsbrev ('ap.16 … (Ramanslag) 95 000 tkr') is a budget frame", () => {
    const entries = ledger(
      doc(
        "rb",
        "Regleringsbrev för budgetåret 2030\n\nap.16 Genomic Medicine Sweden (Ramanslag)    95 000 tkr\n\nMedlen ska betalas ut till Region Skåne för arbete inom Genomic Medicine Sweden (GMS).",
      ),
    );
    expect(entries.map((e) => e.role)).toEqual(["budget-frame"]);
  });
});

describe("the reader: money GMS gives, told in the passive", () => {
  it("'awarded SEK 5 million by Genomic Medicine Sweden' is not GMS's money; 'av GMS-medlen' still is", () => {
    const entries = ledger(
      doc(
        "u",
        "Published 5 May 2030\n\nResearchers at Uppsala University have been awarded SEK 5 million by Genomic Medicine Sweden to develop new tools. GMS itself receives SEK 95 million from the government for 2030.",
      ),
    );
    expect(entries.map((e) => [e.amountSek, e.gms])).toEqual([
      [5_000_000, false],
      [95_000_000, true],
    ]);
    const share = ledger(
      doc(
        "s",
        "Publicerad 5 maj 2030\n\nGMS får 95 miljoner kronor för 2030. Region Uppsala har tilldelats 5 miljoner kronor av GMS-medlen.",
      ),
    );
    expect(share.find((e) => e.amountSek === 5_000_000)?.gms).toBe(true);
  });
});
