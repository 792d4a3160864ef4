// Money the ledger does not hold as kronor granted: not-GMS sentences, proposals, other currencies.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const read = (text: string) => readStatements([textDocument("d", text, "2030-01-01")]);

describe("other money in statements", () => {
  it("a sentence saying money is not GMS's", () => {
    const s = read(
      "Vinnova satsar 20 miljoner kronor på testbäddar. Testbäddarna ingår inte i GMS.",
    );
    expect(s.notGms.map((n) => n.span.text)).toEqual(["Testbäddarna ingår inte i GMS."]);
  });

  it("the writers' proposal with its kronor", () => {
    const s = read(
      "I år får GMS 70 miljoner kronor.\n\nVi föreslår att staten satsar minst 150 miljoner kronor per år.",
    );
    expect(s.proposals).toHaveLength(1);
    expect(s.proposals[0]?.amounts.map((a) => a.valueSek)).toEqual([150_000_000]);
  });

  it("amounts in other currencies as written; a conversion in parentheses is marked", () => {
    const s = read(
      "The project is funded with EUR 2.4 million. Lund receives SEK 4m (roughly EUR 350,000). Norge avsätter 250 miljoner norska kronor.",
    );
    expect(s.foreign.map((f) => [f.written.text, f.inParentheses])).toEqual([
      ["EUR 2.4 million", false],
      ["EUR 350,000", true],
      ["250 miljoner norska kronor", false],
    ]);
    for (const f of s.foreign) expect(f.span.text).toContain(f.written.text);
  });
});
