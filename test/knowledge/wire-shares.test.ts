// An English wire story: "will give X (GMS) SEK 95m" names the recipient; "Of the GMS money, SEK 40m …" opens a
// share (a word may name whose money); a share its words call GMS money is never a share of money the page says
// is not GMS's. Swedish too: "Av GMS-medlen …", "Av de nya medlen …". Made-up pages.
import { describe, expect, it } from "vitest";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const page = (body: string) =>
  ledger(textDocument("wire", `Genomics news\n\nPublished 12 March 2036\n\n${body}`, "2036-03-12"));

describe("shares named by whose money they are", () => {
  it("'Of the GMS money, SEK 40m …' is a share of the year's GMS grant", () => {
    const entries = page(
      "The government will give Genomic Medicine Sweden (GMS) SEK 95m in 2036.\n\nOf the GMS money, SEK 40m goes to cancer diagnostics.",
    );
    const [whole] = at(entries, 95_000_000);
    const [share] = at(entries, 40_000_000);
    expect(share?.role).toBe("part");
    expect(share?.partOf).toBe(whole?.id);
  });

  it("'Av GMS-medlen' and 'Av de nya medlen' open a share; 'Av detaljerna' does not", () => {
    for (const opening of ["Av GMS-medlen går", "Av de nya medlen går"]) {
      const entries = page(
        `Regeringen ger Genomic Medicine Sweden (GMS) 95 miljoner kronor för 2036.\n\n${opening} 40 miljoner kronor till cancerdiagnostik.`,
      );
      expect(at(entries, 40_000_000)[0]?.role).toBe("part");
    }
    const other = page(
      "Regeringen ger Genomic Medicine Sweden (GMS) 95 miljoner kronor för 2036.\n\nAv detaljerna framgår att 40 miljoner kronor går till cancerdiagnostik.",
    );
    expect(at(other, 40_000_000)[0]?.role).not.toBe("part");
  });

  it("'will give Genomic Medicine Sweden (GMS) SEK 95m' names GMS as the recipient", () => {
    const entries = page("The government will give Genomic Medicine Sweden (GMS) SEK 95m in 2036.");
    expect(at(entries, 95_000_000)[0]?.recipient).toBe("Genomic Medicine Sweden (GMS)");
  });

  it("a share called GMS money is no share of money the page says is not GMS's", () => {
    const entries = page(
      "The government will give Genomic Medicine Sweden (GMS) SEK 95m in 2036.\n\nIt has also put SEK 500m into a national biobank programme, which is not part of the GMS funding.\n\nOf the GMS money, SEK 40m goes to cancer diagnostics.",
    );
    const [biobank] = at(entries, 500_000_000);
    const [share] = at(entries, 40_000_000);
    expect(share?.partOf).not.toBe(biobank?.id);
    expect(share?.gms).toBe(true);
  });
});
