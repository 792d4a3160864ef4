import { describe, expect, it } from "vitest";
import { baseForms, withBaseForms } from "../../src/bot/word-forms.js";

describe("base forms the stemmer leaves apart", () => {
  it("gives a definite -in noun its -i base", () => {
    expect(baseForms("hälsoekonomin")).toEqual(["hälsoekonomi"]);
  });

  it("gives an -isk adjective both noun bases", () => {
    expect(baseForms("hälsoekonomisk")).toEqual(["hälsoekonomi", "hälsoekonomik"]);
    expect(baseForms("genetisk")).toContain("genetik");
  });

  it("leaves short and other stems alone", () => {
    expect(baseForms("vin")).toEqual([]);
    expect(baseForms("disk")).toEqual([]);
    expect(baseForms("barncanc")).toEqual([]);
  });

  it("adds the bases beside the stems", () => {
    expect([...withBaseForms(["terapin", "cancer"])]).toEqual(["terapin", "terapi", "cancer"]);
  });
});
