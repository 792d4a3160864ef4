// A document's publisher from its metadata or its masthead: made-up openings only.
import { describe, expect, it } from "vitest";
import { documentPublisher } from "../../src/knowledge/index.js";

const page = (text: string, publisher: string | null = null) => ({ text, publisher });

describe("documentPublisher", () => {
  it("reads a masthead line that opens the page", () => {
    expect(
      documentPublisher(page("The Local Sweden\nNews | Health\n\nSweden gives more money")),
    ).toBe("thelocal");
    expect(documentPublisher(page("Dagens Medicin\n\nIntervju\n\nRubrik"))).toBe("dagensmedicin");
    expect(documentPublisher(page("Vetenskapsrådet\n\nBeviljade bidrag 2041"))).toBe(
      "vetenskapsrådet",
    );
  });

  it("reads the metadata's publisher first", () => {
    expect(documentPublisher(page("Rubrik\n\nText.", "Läkemedelsvärlden"))).toBe(
      "läkemedelsvärlden",
    );
  });

  it("never takes a publisher a page only quotes in its prose or further down", () => {
    const prose =
      "Exempelregionen får pengar\n\nEnligt Dagens Medicin får regionen fem miljoner kronor i år för arbetet.";
    expect(documentPublisher(page(prose))).toBeNull();
    const late = "Rubrik\n\nIngress\n\nText\n\nMer text\n\nDagens Medicin";
    expect(documentPublisher(page(late))).toBeNull();
  });
});
