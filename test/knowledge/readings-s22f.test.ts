// Readings added in session 22 (helper f3), each on a made-up page: a pipe table of money by giver
// ("| Finansiär | 2030 | 2031 |") is the givers' money, not GMS's areas; a sentence opening with its money's
// owner ("Lindfondens anslag, sammanlagt …") names the giver.
import { describe, expect, it } from "vitest";
import { documentKind } from "../../src/knowledge/document-kind.js";
import { countsAsGrant, readStatements } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const report = textDocument(
  "report",
  [
    "Årsredovisning 2031 (utdrag)",
    "",
    "Beslutad av styrelsen den 20 februari 2032",
    "",
    "Tabell 3 Bidragsintäkter per finansiär (tkr)",
    "",
    "| Finansiär | 2030 | 2031 |",
    "|---|---:|---:|",
    "| Vetenskapsrådet | 112 300 | 118 800 |",
    "| Lindfonden | 7 400 | 7 900 |",
    "| Genomic Medicine Sweden, statliga medel via regionen | 1 300 | 1 600 |",
    "| **Summa** | **121 000** | **128 300** |",
    "",
    "Bidragen från Genomic Medicine Sweden (GMS) är den del av regionens andel av det statliga stödet till GMS som regionen har fört vidare till universitetet.",
  ].join("\n"),
  "2032-02-20",
);

describe("a pipe table of money by giver", () => {
  const entries = ledger(report);

  it("each row is its giver's money, never GMS's", () => {
    for (const [sek, giver] of [
      [112_300_000, "Vetenskapsrådet"],
      [7_900_000, "Lindfonden"],
    ] as const) {
      const [row] = at(entries, sek);
      expect(row?.funder).toBe(giver);
      expect(row?.gms).toBe(false);
      expect(row && countsAsGrant(row)).toBe(false);
    }
  });

  it("the row that names GMS stays GMS money", () => {
    const [row] = at(entries, 1_600_000);
    expect(row?.gms).toBe(true);
    expect(row?.funder).toBeNull();
  });
});

describe("a sentence opening with its money's owner", () => {
  it("'Lindfondens anslag, sammanlagt 2,7 miljoner kronor …' is Lindfonden's money, set apart from GMS's", () => {
    const entries = ledger(
      textDocument(
        "list",
        "Beviljade anslag\n\nPublicerad 2031-04-02\n\nProjektet genomförs i samarbete med Genomic Medicine Sweden (GMS). Lindfondens anslag, sammanlagt 2,7 miljoner kronor under tre år, ingår inte i statens stöd till GMS.",
        "2031-04-02",
      ),
    );
    const [total] = at(entries, 2_700_000);
    expect(total?.funder).toBe("Lindfonden");
    expect(total?.gms).toBe(false);
  });

  it("'Vinnovas bidrag matchas … från regionerna, som går in med 12 miljoner' keeps the regions as givers", () => {
    const entries = ledger(
      textDocument(
        "match",
        "Pressmeddelande\n\nPublicerad 2031-05-02\n\nVinnova satsar 12 miljoner kronor på Genomic Medicine Sweden (GMS) 2031. Vinnovas bidrag matchas med lika mycket från regionerna, som tillsammans går in med 12 miljoner kronor.",
        "2031-05-02",
      ),
    );
    const cofunding = at(entries, 12_000_000).filter((e) => e.role === "co-funding");
    expect(cofunding.map((e) => e.funder)).toEqual(["regionerna"]);
  });
});

describe("'samma år' is the year just told", () => {
  it("'För tre år sedan, 2030, var stödet 94 miljoner … samma år bidrog de med 26 miljoner' dates the 26 M 2030", () => {
    const entries = ledger(
      textDocument(
        "speech",
        "Tal vid Genomikdagen\n\nPublicerad 24 januari 2033\n\nFör tre år sedan, 2030, var stödet till Genomic Medicine Sweden (GMS) 94 miljoner kronor. Och regionerna har hela tiden lagt in egna pengar – samma år bidrog de med 26 miljoner kronor.",
        "2033-01-24",
      ),
    );
    expect(at(entries, 26_000_000).map((e) => e.year)).toEqual([2030]);
  });
});

describe("a count written in words", () => {
  const read = (text: string) => readStatements([textDocument("d", text, "2031-03-01")]);

  it("'att anställa två bioinformatiker' counts two bioinformaticians; an amount in words is no count", () => {
    const s = read(
      "Regionen får åttiofyra miljoner kronor. Regionen räknar med att anställa två bioinformatiker och en analytiker.",
    );
    expect(s.counts.map((c) => c.counted.text)).toEqual(["två bioinformatiker"]);
  });

  it("'de sju noderna', 'tre av fyra', 'två gånger' count nothing", () => {
    const s = read(
      "Analyserna görs vid de sju noderna. Tre av fyra patienter fick svar. Antalet ökade två gånger.",
    );
    expect(s.counts).toEqual([]);
  });
});

describe("what a purchase costs", () => {
  it("'I investeringsbudgeten för 2031 ingår 4,5 miljoner kronor för en ny sekvenserare' is a cost, no grant", () => {
    const text =
      "Regionplan\n\nFastställd 2030-11-20\n\nI investeringsbudgeten för 2031 ingår 4,5 miljoner kronor för en ny sekvenserare till Genomic Medicine Center Öst.";
    const s = readStatements([textDocument("plan", text, "2030-11-20")]);
    expect(s.costs.map((c) => c.amounts.map((a) => a.valueSek))).toEqual([[4_500_000]]);
    expect(ledger(textDocument("plan", text, "2030-11-20")).filter(countsAsGrant)).toEqual([]);
  });
});

describe("a motion", () => {
  const motion = textDocument(
    "motion",
    "Motion 2031/32:101 av Eva Berg m.fl. (V) Mer till genomik\n\nMotion till riksdagen 2031/32:101\n\nTilldelat: 2031-10-05\n\nVänsterpartiet föreslår att stödet till Genomic Medicine Sweden (GMS) höjs till 100 miljoner kronor per år.\n\nEva Berg (V)\nPer Lund (V)",
    "2031-10-05",
  );

  it("is a kind of its own, and its closing 'Name (Party)' lines are its signatories", () => {
    expect(documentKind(motion)).toBe("motion");
    const s = readStatements([motion]);
    expect(s.people.filter((p) => p.role === "author").map((p) => [p.name, p.title])).toEqual([
      ["Eva Berg", "V"],
      ["Per Lund", "V"],
    ]);
  });
});
