import { describe, expect, it } from "vitest";
import {
  CSV_COLUMNS,
  csvField,
  ledgerCsv,
  ledgerTable,
  projectLedgerEntry,
} from "../../src/cli/ledger-format.js";
import type { LedgerEntry } from "../../src/knowledge/index.js";

function entry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const text = "Av dessa gick 7 875 000 kronor till barncancer, sa hon.";
  return {
    id: "grant-a",
    amountSek: 7_875_000,
    qualifier: null,
    year: 2022,
    years: [2022],
    yearClue: "stated-in-sentence",
    purpose: "barncancer",
    area: "barncanc",
    terms: ["barncanc"],
    recipient: "Genomic Medicine Sweden",
    payer: "Socialstyrelsen",
    role: "part",
    partOf: "grant-total",
    parts: [],
    gms: true,
    sources: [
      { docId: "doc-1", start: 10, end: 10 + text.length, text, amountText: "7 875 000 kronor" },
    ],
    notes: [],
    datesDisagree: false,
    ...overrides,
  };
}

describe("projectLedgerEntry", () => {
  it("publishes exactly the public fields, sources as docId/quote/start/end", () => {
    const row = projectLedgerEntry(entry());
    expect(Object.keys(row)).toEqual([
      "id",
      "amountSek",
      "year",
      "years",
      "purpose",
      "area",
      "role",
      "recipient",
      "payer",
      "partOf",
      "qualifier",
      "gms",
      "notes",
      "sources",
      "funder",
      "decided",
      "weak",
    ]);
    expect(row.sources).toEqual([
      {
        docId: "doc-1",
        quote: "Av dessa gick 7 875 000 kronor till barncancer, sa hon.",
        start: 10,
        end: 65,
      },
    ]);
  });

  it("has the same columns in CSV as in JSON", () => {
    expect([...CSV_COLUMNS]).toEqual(Object.keys(projectLedgerEntry(entry())));
  });
});

describe("csvField", () => {
  it("quotes only fields holding a comma, quote or line break, doubling quotes", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hej"')).toBe('"say ""hej"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });
});

describe("ledgerCsv", () => {
  it("writes a header and one CRLF-terminated row per entry", () => {
    const csv = ledgerCsv([
      projectLedgerEntry(entry()),
      projectLedgerEntry(
        entry({
          id: "total",
          amountSek: 54_750_000,
          year: 2021,
          years: [2021, 2022, 2023],
          purpose: "pilotprojekt, uppföljning",
          role: "multi-year-total",
          partOf: null,
          payer: null,
          qualifier: "approx",
          notes: ["the parts add up to 50 000 000", "a second note"],
          sources: [
            { docId: "doc-1", start: 0, end: 1, text: "x", amountText: "x" },
            { docId: "doc-2", start: 0, end: 1, text: "y", amountText: "y" },
            { docId: "doc-1", start: 5, end: 6, text: "z", amountText: "z" },
          ],
        }),
      ),
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toEqual([
      "id,amountSek,year,years,purpose,area,role,recipient,payer,partOf,qualifier,gms,notes,sources,funder,decided,weak",
      "grant-a,7875000,2022,2022,barncancer,barncanc,part,Genomic Medicine Sweden,Socialstyrelsen,grant-total,,true,,doc-1,,,",
      'total,54750000,2021,2021;2022;2023,"pilotprojekt, uppföljning",barncanc,multi-year-total,Genomic Medicine Sweden,,,approx,true,the parts add up to 50 000 000; a second note,doc-1;doc-2,,,',
      "",
    ]);
  });

  it("is just the header for an empty ledger", () => {
    expect(ledgerCsv([])).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("ledgerTable", () => {
  it("aligns a row per entry with spaced amounts, year spans and notes below", () => {
    const table = ledgerTable([
      projectLedgerEntry(entry()),
      projectLedgerEntry(
        entry({
          id: "t",
          amountSek: 16_000_000,
          qualifier: "approx",
          years: [2021, 2022, 2023],
          partOf: null,
          gms: false,
          notes: ["documents disagree"],
        }),
      ),
    ]);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^id\s+amount \(SEK\)\s+year\(s\)\s+role\s+area\s+part of/);
    expect(lines[1]).toMatch(
      /^grant-a\s+7 875 000\s+2022\s+part\s+barncanc\s+grant-total\s+Genomic/,
    );
    expect(lines[2]).toMatch(
      /^t\s+≈16 000 000\s+2021–2023\s+part\s+barncanc\s+–\s+Genomic.*\sno\s+doc-1$/,
    );
    // The amount column is right-aligned: both amounts end at the same column.
    const end = (line: string | undefined, amount: string) =>
      (line ?? "").indexOf(amount) + amount.length;
    expect(end(lines[1], "7 875 000")).toBe(end(lines[2], "16 000 000"));
    expect(table).toContain("2 entries");
    expect(table).toContain("Notes:\n  t: documents disagree");
  });

  it("strips control characters that came from a document", () => {
    const table = ledgerTable([
      projectLedgerEntry(entry({ recipient: "Evil\u001b[31m Corp", area: "a\u0007b" })),
    ]);
    expect(table).not.toContain("\u001b");
    expect(table).not.toContain("\u0007");
    expect(table).toContain("Evil[31m Corp");
  });

  it("says so when the ledger is empty", () => {
    expect(ledgerTable([])).toContain("ledger is empty");
  });
});
