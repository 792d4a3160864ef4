// Money paid so far or in a named month is an instalment of the year's grant; a writer who never capitalises
// still ends sentences; what a speaker says they need is no money given. Made-up documents only.
import { describe, expect, it } from "vitest";
import { countsAsGrant } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument as doc } from "../support/text-document.js";

describe("instalments told as paid so far or in a month", () => {
  const entries = ledger(
    doc(
      "pay",
      [
        "Exempelverket",
        "",
        "Utbetalningar till Genomic Medicine Sweden (GMS) 2041",
        "",
        "Totalt ska 50 000 000 kronor betalas ut till Region Exempel under året. Hittills under 2041 har 30 000 000 kronor betalats ut. Återstående 20 000 000 kronor betalas ut i oktober.",
      ].join("\n"),
      "2041-06-01",
    ),
  );

  it("reads neither as a grant beside the year's money", () => {
    expect(at(entries, 30_000_000)[0]?.role).toBe("part");
    expect(at(entries, 30_000_000)[0]?.instalment).toBe(true);
    expect(at(entries, 20_000_000)[0]?.instalment).toBe(true);
    expect(entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([]);
  });

  it("keeps 'so far' over several years a total, never an instalment", () => {
    const since = ledger(
      doc(
        "since",
        "Sedan starten 2030 har hittills 300 000 000 kronor betalats ut till Genomic Medicine Sweden (GMS).",
        "2041-06-01",
      ),
    );
    expect(at(since, 300_000_000)[0]?.instalment).toBeUndefined();
  });
});

describe("a lower-case writer", () => {
  it("ends a sentence at a stop before a lower-case word, so a share of the state money is no grant", () => {
    const entries = ledger(
      doc(
        "notis",
        [
          "region exempel får gms-pengar",
          "",
          "publicerad 3 mars 2041",
          "",
          "region exempel får 2,1 miljoner kronor av de statliga gms-pengarna i år. pengarna ska gå till sekvensering av tumörer vid exempels sjukhus. förra året fick regionen 1,8 miljoner. regionen lägger själv till 700 000 kronor.",
        ].join("\n"),
        "2041-03-03",
      ),
    );
    expect(at(entries, 2_100_000)[0]?.role).toBe("part");
    expect(at(entries, 1_800_000)[0]?.role).toBe("comparison");
    expect(at(entries, 700_000)[0]?.role).toBe("co-funding");
    expect(entries.filter((e) => countsAsGrant(e))).toEqual([]);
  });
});

describe("what a speaker says they need", () => {
  it("is no money given", () => {
    const entries = ledger(
      doc(
        "need",
        "– Vi behöver minst 40 miljoner kronor om året för att hinna analysera alla prover inom Genomic Medicine Sweden (GMS), säger förbundets ordförande.",
        "2041-01-20",
      ),
    );
    expect(entries.filter((e) => e.role !== "not-funding")).toEqual([]);
  });
});
