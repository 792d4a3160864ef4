// "GMS har fördelat årets statliga medel, och Region Uppsala tilldelas 4,2 miljoner kronor för 2026": a share
// of the year's money, the region's (its headline's bare "Uppsala" is the region its text names); never
// the money for "samma arbete" a region's retelling points back to.
import { describe, expect, it } from "vitest";
import { buildLedger } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

describe("a region's slice of the year's money", () => {
  it("is a GMS share received by the region its document names", () => {
    const text =
      "Uppsala får 4,2 mnkr för sällsynta sjukdomar\n\nPublicerad: 2026-03-14\n\n" +
      "Genomic Medicine Sweden (GMS) har fördelat årets statliga medel, och Region Uppsala tilldelas 4,2 miljoner kronor för 2026.\n";
    const { entries } = buildLedger([textDocument("uu", text, "2026-03-14")]);
    const slice = entries.find((e) => e.amountSek === 4_200_000);
    expect([slice?.role, slice?.recipient, slice?.gms]).toEqual(["part", "Region Uppsala", true]);
  });
});

describe("a facts box's heading names whom its rows' money goes to", () => {
  it("gives 'Fakta: GMS-pengarna till Norrbotten' rows the region as recipient", () => {
    const text =
      "Miljonregn över Luleå\n\nPublicerad 2027-03-04\n\n" +
      "Region Norrbotten får 2,4 miljoner kronor av årets statliga GMS-pengar.\n\n" +
      "Fakta: GMS-pengarna till Norrbotten\n- 2027: 2,4 miljoner kronor\n- 2026: 1,9 miljoner kronor\n";
    const { entries } = buildLedger([textDocument("nn", text, "2027-03-04")]);
    const row = entries.find((e) => e.amountSek === 1_900_000);
    expect(row?.recipient).toBe("Region Norrbotten");
  });
});

describe("a region's two-word name stands behind 'Regionfullmäktige'", () => {
  it("names Region Västra Götaland whole, never a next line's word", () => {
    const text =
      "Region Västra Götaland\nÅrsredovisning 2026 – utdrag\n\nGenomisk medicin\n\n" +
      "Regionfullmäktige har beslutat att avsätta ytterligare 2 miljoner kronor under 2027 för att bygga ut centrets bioinformatik.\n";
    const { entries } = buildLedger([textDocument("vgr", text, "2027-03-01")]);
    expect(entries.find((e) => e.amountSek === 2_000_000)?.funder).toBe("Region Västra Götaland");
    const minutes =
      "Region Västerbotten\nPROTOKOLL\n\n§ 47 Medfinansiering\n\n" +
      "Regionstyrelsen beslutar att avsätta 1,4 miljoner kronor av egna medel under 2027 som regionens medfinansiering.\n";
    const own = buildLedger([textDocument("rs", minutes, "2027-03-16")]).entries;
    expect(own.find((e) => e.amountSek === 1_400_000)?.funder).toBe("Region Västerbotten");
  });
});

describe("givers in English sentences", () => {
  it("reads 'X will contribute … of its own funds' and 'X is a partner … and will co-fund them'", () => {
    const ki = buildLedger([
      textDocument(
        "ki",
        "KI news\n\nPublished 3 February 2027\n\nKarolinska Institutet will contribute a further SEK 1 million of its own funds for two postdoctoral positions.\n",
        "2027-02-03",
      ),
    ]).entries;
    expect(ki.find((e) => e.amountSek === 1_000_000)?.funder).toBe("Karolinska Institutet");
    const vinnova = buildLedger([
      textDocument(
        "vinnova",
        "Vinnova\nPress release\n\nStockholm, 12 March 2027\n\nVinnova is awarding SEK 9.6m to three projects. Genomic Medicine Sweden (GMS) is a partner in all three projects and will co-fund them with SEK 3m in total.\n",
        "2027-03-12",
      ),
    ]).entries;
    const own = vinnova.find((e) => e.amountSek === 3_000_000);
    expect([own?.funder, own?.gms]).toEqual(["GMS", false]);
  });
});

describe("a table of labelled money columns by year", () => {
  it("reads each column by its header: the region's own money is co-funding", () => {
    const text =
      "Region Västra Götaland\nÅrsredovisning 2026 – utdrag\n\nGenomic Medicine Sweden (GMS)\n\n" +
      "Tabell 4. Medel för genomisk medicin 2024–2026 (tkr)\n\n" +
      "År\tStatliga medel via GMS\tEgen finansiering\n2024\t5 200\t3 000\n2025\t6 100\t3 400\n";
    const { entries } = buildLedger([textDocument("vgr", text, "2027-03-01")]);
    const own = entries.find((e) => e.amountSek === 3_400_000);
    expect([own?.role, own?.years, own?.funder]).toEqual([
      "co-funding",
      [2025],
      "Region Västra Götaland",
    ]);
    const state = entries.find((e) => e.amountSek === 6_100_000);
    expect([state?.role, state?.years]).toEqual(["comparison", [2025]]);
  });
});
