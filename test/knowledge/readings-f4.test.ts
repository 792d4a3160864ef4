// Readings added by helper F4, each on a made-up page: a giver's clause names no purpose ("Stiftelsen delar ut 300
// miljoner kronor", while "satsar … på X" names X), and an object fronted before the verb leaves the subject after
// it ("Resten fördelar styrgruppen").
import { describe, expect, it } from "vitest";
import { fromDocuments } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const digest = textDocument(
  "digest",
  [
    "I korthet",
    "",
    "Publicerad 2031-01-31",
    "",
    "• Lindfonden delar ut 300 miljoner kronor. Lindfonden fördelar i år 300 miljoner kronor till hjärtforskning, varav 20 miljoner till genetik.",
    "",
    "• Nytt stöd till vårddata. Genom Vinnova satsar regeringen 9 miljoner kronor i år på att bygga en nationell vårddataplattform.",
  ].join("\n"),
  "2031-01-31",
);

describe("a giver's clause names no purpose", () => {
  const entries = ledger(digest);

  it("'Lindfonden delar ut 300 miljoner kronor': the money's purpose is never its giver's clause", () => {
    const [whole] = at(entries, 300_000_000);
    expect(whole?.purpose).not.toMatch(/delar ut/);
    expect(whole?.purpose).toMatch(/hjärtforskning/);
  });

  it("'satsar regeringen 9 miljoner kronor i år på att bygga …': what follows 'på' is the purpose", () => {
    const [grant] = at(entries, 9_000_000);
    expect(grant?.purpose).toMatch(/^att bygga en nationell vårddataplattform/);
    expect(grant?.purpose).not.toMatch(/satsar/);
  });
});

describe("an object fronted before the verb", () => {
  const speech = textDocument(
    "speech",
    [
      "Tal av sjukvårdsministern",
      "",
      "Publicerad 20 januari 2031",
      "",
      "Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2031. Av pengarna går 20 miljoner kronor till solida tumörer. Resten fördelar styrgruppen, precis som tidigare.",
    ].join("\n"),
    "2031-01-20",
  );

  it("'Resten fördelar styrgruppen': the steering group distributes, never 'Resten'", () => {
    const { channels } = fromDocuments([speech]).statements;
    const distributors = channels
      .filter((c) => c.kind === "distributes")
      .map((c) => c.organisation);
    expect(distributors).toEqual(["styrgruppen"]);
  });
});

describe("a table of money by giver in an organisation's annual report", () => {
  const report = textDocument(
    "report",
    [
      "Lunds universitet – Årsredovisning 2031 (utdrag)",
      "",
      "Tabell 3 Bidragsintäkter per finansiär (tkr)",
      "",
      "| Finansiär | 2030 | 2031 |",
      "|---|---:|---:|",
      "| Vetenskapsrådet | 112 300 | 118 800 |",
      "| Genomic Medicine Sweden, statliga medel via Region Skåne | 1 300 | 1 600 |",
      "| **Summa** | **113 600** | **120 400** |",
    ].join("\n"),
    "2032-02-20",
  );

  it("each row is what the report's writer received, from the row's giver", () => {
    const entries = ledger(report);
    const [vr] = at(entries, 118_800_000);
    expect(vr?.recipient).toBe("Lunds universitet");
    expect(vr?.funder).toBe("Vetenskapsrådet");
    const [gms] = at(entries, 1_600_000);
    expect(gms?.recipient).toBe("Lunds universitet");
  });
});
