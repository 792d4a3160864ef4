// A decision on how money is split ("Fördelningen beslutades av GMS styrgrupp den 2 mars") is marked as one at
// load, so "who decided how X's share was split" answers it before the government's decision on the grant.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

describe("decisions on a split", () => {
  it("marks a split's decision, not the grant's", () => {
    const text =
      "Regeringen beslutade den 14 april 2026 att GMS får 66 miljoner kronor.\n\n" +
      "Fördelningen beslutades av GMS styrgrupp den 2 mars.\n";
    const { decisions } = readStatements([textDocument("pm", text, "2026-04-20")]);
    expect(decisions.map((d) => [d.decidedBy, d.ofSplit])).toEqual([
      ["Regeringen", false],
      ["GMS styrgrupp", true],
    ]);
  });
});
