// An English budget-bill summary: the proposal's money named again ("Of the proposed SEK 90 million, …") is still
// a proposal, and amounts paired with years "respectively" take one year each. Made-up documents only.
import { describe, expect, it } from "vitest";
import { countsAsGrant } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument as doc } from "../support/text-document.js";

describe("an English budget-bill summary", () => {
  const entries = ledger(
    doc(
      "bill",
      [
        "Budget Bill for 2042: summary",
        "",
        "Published 20 September 2041",
        "",
        "The Government proposes that SEK 70 million be allocated to Genomic Medicine Sweden (GMS) in 2042. For 2043 and 2044, the Government estimates SEK 72 million and SEK 75 million respectively.",
        "",
        "Of the proposed SEK 70 million, SEK 25 million is intended for solid tumours and SEK 15 million for rare diseases.",
      ].join("\n"),
      "2041-09-20",
    ),
  );

  it("never reads the proposal's money named again as a grant", () => {
    expect(entries.filter((e) => countsAsGrant(e))).toEqual([]);
    for (const e of at(entries, 70_000_000)) expect(e.role).toBe("estimate");
    expect(at(entries, 25_000_000)[0]?.role).toBe("estimate");
  });

  it("gives each amount told 'respectively' its own year", () => {
    expect(at(entries, 72_000_000)[0]?.years).toEqual([2043]);
    expect(at(entries, 75_000_000)[0]?.years).toEqual([2044]);
  });

  it("pairs Swedish 'respektive' the same way", () => {
    const sv = ledger(
      doc(
        "sv",
        "Regeringen beräknar 72 respektive 75 miljoner kronor till Genomic Medicine Sweden (GMS) för 2043 och 2044.",
        "2041-09-20",
      ),
    );
    // One amount is read here ("72 respektive 75 miljoner": the first has no unit of its own), dated alone or not.
    for (const e of sv) expect(e.role).toBe("estimate");
  });
});
