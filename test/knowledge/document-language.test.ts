import { describe, expect, it } from "vitest";
import { documentLanguage } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const doc = (text: string) => textDocument("d", text);

describe("documentLanguage", () => {
  it("tells Swedish from English by their function words", () => {
    expect(
      documentLanguage(doc("Regeringen ger 10 miljoner kronor till GMS för att stärka vården.")),
    ).toBe("sv");
    expect(
      documentLanguage(
        doc("The government gives SEK 10 million to GMS and the regions will add more."),
      ),
    ).toBe("en");
  });
  it("an empty or wordless text is Swedish, the documents' usual language", () => {
    expect(documentLanguage(doc(""))).toBe("sv");
    expect(documentLanguage(doc("2026 2027 -- 10 000"))).toBe("sv");
  });
});
