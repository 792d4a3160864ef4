import { describe, expect, it } from "vitest";
import { countsAsGrant } from "../../src/knowledge/index.js";
import { findTableRows } from "../../src/knowledge/tables.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument as doc } from "../support/text-document.js";

describe("aligned tables: a budget year from the caption, shares proved by a sum row", () => {
  it("reads an appropriation's rows with no year cell as frames of the budget year the heading names", () => {
    const text = [
      "Regleringsbrev för budgetåret 2041 avseende Exempelverket",
      "",
      "Anslag 2:3 Bidrag till exempelvård (ramanslag)    Tusental kronor",
      "",
      "ap.1 Exempelnätverket (ram)    71 000",
      "ap.2 Annat ändamål (ram)    12 500",
      "",
    ].join("\n");
    const rows = findTableRows(text);
    expect(rows.map((r) => [r.year, r.amount.valueSek, r.kind, r.label])).toEqual([
      [2041, 71_000_000, "frame", "ap.1 Exempelnätverket (ram)"],
      [2041, 12_500_000, "frame", "ap.2 Annat ändamål (ram)"],
    ]);
    for (const r of rows) expect(text.slice(r.amount.start, r.amount.end)).toBe(r.amount.text);
    // Rows of one table are siblings: the smaller is never a part of the larger; neither is a grant.
    const entries = ledger(doc("rb", text, "2040-12-18"));
    expect(at(entries, 12_500_000)[0]?.partOf).toBeNull();
    expect(entries.filter((e) => countsAsGrant(e))).toEqual([]);
  });

  it("reads no year-less row of a table that is no appropriation, nor one with no budget year", () => {
    expect(findTableRows("Kostnader (tkr)\n\nLokaler    4 000\nPersonal    9 000\n")).toEqual([]);
    expect(findTableRows("Anslag (tkr)\n\nap.1 Ett ändamål    4 000\n")).toEqual([]);
  });

  const nodes = (sum: string) =>
    [
      "Exempelnätverket fick 50 miljoner kronor för 2041 av regeringen.",
      "",
      "Tabell 1. Medel per nod, tusental kronor",
      "",
      "Nod                      2041",
      "Region Norrby            20 000",
      "Region Söderby           18 000",
      "Gemensamt                12 000",
      `Summa                    ${sum}`,
      "",
    ].join("\n");

  it("reads a header-year table whose rows add up to its sum row as shares, labelled by their first cell", () => {
    const text = nodes("50 000");
    const rows = findTableRows(text);
    expect(rows.map((r) => [r.year, r.amount.valueSek, r.kind, r.label])).toEqual([
      [2041, 20_000_000, "share", "Region Norrby"],
      [2041, 18_000_000, "share", "Region Söderby"],
      [2041, 12_000_000, "share", "Gemensamt"],
    ]);
    const entries = ledger(doc("nod", text.replace("Exempelnätverket", "Genomic Medicine Sweden")));
    const norrby = at(entries, 20_000_000)[0];
    expect(norrby?.role).toBe("part");
    expect(norrby?.partOf).not.toBeNull();
    expect(norrby?.recipient).toBe("Region Norrby");
    // Shares never add to the year's total: only the 50 M grant counts.
    expect(entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([50_000_000]);
  });

  it("reads nothing of a header-year table whose rows do not add up, or that has no sum row", () => {
    expect(findTableRows(nodes("51 000"))).toEqual([]);
    const noSum =
      "Riktade statsbidrag (tkr):\n\nStatsbidrag     2041     2040\nKömiljard     61 200     58 000\nExempel     1 000     2 000\n";
    expect(findTableRows(noSum)).toEqual([]);
  });
});
