// The numbers documents are filed under: a registry's, a government office's, a Riksdag document's.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const numbers = (text: string) =>
  readStatements([textDocument("d", text, "2030-01-01")]).references.map((r) => [
    r.number.text,
    r.kind,
  ]);

describe("reference numbers", () => {
  it("a government office's number on its own line under the decision's date", () => {
    expect(
      numbers("Regeringsbeslut 3\n\n2030-02-01\nN2030/00412\n\nUppdrag att betala ut medel"),
    ).toEqual([["N2030/00412", "case"]]);
  });

  it("a labelled registry number, with or without a colon", () => {
    expect(numbers("Diarienummer: 2030-00917\n\nDnr 12RS-0045")).toEqual([
      ["2030-00917", "case"],
      ["12RS-0045", "case"],
    ]);
  });

  it("a Riksdag document's number after what it is", () => {
    expect(numbers("Prop. 2030/31:1\nBudgetpropositionen för 2031")).toEqual([
      ["2030/31:1", "riksdag"],
    ]);
  });

  it("never a number inside prose, a date or an amount", () => {
    const prose =
      "Regeringen har i dag beslutat att Socialstyrelsen ska betala ut 20 miljoner kronor under 2030, enligt beslut S2030/00412 som fattades den 2 februari 2030 efter en lång beredning i Regeringskansliet.";
    expect(numbers(`${prose}\n\n2030-02-01\n\n20 miljoner kronor`)).toEqual([]);
  });

  it("each number's span is the document's own text", () => {
    const text = "Rubrik\n\nDiarienummer: 2030-00917\n";
    const [r] = readStatements([textDocument("d", text, "2030-01-01")]).references;
    expect(text.slice(r?.number.start, r?.number.end)).toBe("2030-00917");
  });
});
