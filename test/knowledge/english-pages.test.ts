// English pages: extra money "on top of" a grant already promised, a share "of it", and an annual report's
// financial overview (revenues, the regions' contribution, a surplus): made-up pages of one year.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const news = textDocument(
  "news",
  "The Local\n\nExtra millions for genomics\n\nPublished: 14 March 2033 at 09:12 CET\n\nSweden's government will give Genomic Medicine Sweden (GMS) an extra SEK 25 million this year, on top of the SEK 92 million it was already promised for 2033, the health minister announced.\n\nThe extra money will go towards faster genetic testing of newborns. About SEK 10 million of it is earmarked for the neonatal units in Stockholm.",
  "2033-03-14",
);
const report = textDocument(
  "report",
  "Genomic Medicine Sweden – Annual Report 2032 (excerpt)\n\nFinancial overview\n\nIn 2032, GMS had total revenues of SEK 121 million. Government funding made up SEK 80 million. The regions contributed SEK 30 million, and research grants accounted for the remaining SEK 11 million.\n\nThe year ended with a surplus of SEK 2 million, which will be carried over to 2033.",
);
const decision = textDocument(
  "decision",
  "Press release\n\nGMS receives SEK 80 million for 2032\n\nPublished 15 December 2031\n\nThe Government today decided that Genomic Medicine Sweden (GMS) will receive SEK 80 million for 2032.",
  "2031-12-15",
);

const { entries } = fromDocuments([news, report, decision]).ledger;
const counted = (year: number) =>
  entries.filter((e) => countsAsGrant(e) && e.years.includes(year)).map((e) => e.amountSek);

describe("extra money on top of a grant already promised", () => {
  it("the promised grant, told only beside the extra, still counts once; the share 'of it' is the extra's", () => {
    expect(counted(2033).sort((a, b) => a - b)).toEqual([25_000_000, 92_000_000]);
    const ten = entries.find((e) => e.amountSek === 10_000_000);
    expect(ten?.role).toBe("part");
    expect(ten?.partOf).toBe(entries.find((e) => e.amountSek === 25_000_000)?.id);
  });
});

describe("an annual report's financial overview", () => {
  it("revenues are a stated total, the state's part is the year's grant told again, the regions' money co-funding", () => {
    expect(entries.find((e) => e.amountSek === 121_000_000)?.role).toBe("total");
    expect(entries.find((e) => e.amountSek === 30_000_000)?.role).toBe("co-funding");
    const eighty = entries.filter((e) => e.amountSek === 80_000_000);
    expect(eighty).toHaveLength(1);
    expect([...new Set(eighty[0]?.sources.map((s) => s.docId))].sort()).toEqual([
      "decision",
      "report",
    ]);
    expect(counted(2032)).toEqual([80_000_000]);
  });

  it("a surplus carried over is no money for the next year", () => {
    expect(entries.some((e) => e.amountSek === 2_000_000)).toBe(false);
  });
});

describe("an English trade story: instalments and money received so far", () => {
  const story = textDocument(
    "trade",
    "Daily\n\nSweden boosts genomic medicine funding\n\nJan 31, 2039\n\nThe Swedish government will provide Genomic Medicine Sweden with SEK 60 million for 2039, the ministry said. The agency will disburse SEK 30 million in each half of the year.\n\nGMS, which was launched in 2031, has so far received more than SEK 400 million in public funding. It is the largest allocation so far.",
    "2039-01-31",
  );
  const ledger = fromDocuments([story]).ledger.entries;

  it("each half's payment is a part of the year's grant; what was received so far is a total over the years", () => {
    expect(ledger.find((e) => e.amountSek === 30_000_000)?.role).toBe("part");
    expect(ledger.find((e) => e.amountSek === 400_000_000)?.role).toBe("multi-year-total");
    const counted = ledger.filter((e) => countsAsGrant(e)).map((e) => e.amountSek);
    expect(counted).toEqual([60_000_000]);
  });
});
