// A definite or plural form of a word the documents write ("talet" of "tal") is known, never corrected to a
// longer word one letter away ("taget").
import { describe, expect, it } from "vitest";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const page = textDocument(
  "speech",
  "Tal av ministern\n\nAllt taget fick GMS 70 miljoner kronor 2036. Ett mål är nått.",
  "2036-03-01",
);
const vocabulary = createVocabulary(fromDocuments([page]));

describe("Swedish endings on known words", () => {
  it("keeps 'talet' and 'målen' as asked", () => {
    expect(vocabulary.correct("talet")).toBe("talet");
    expect(vocabulary.correct("målen")).toBe("målen");
  });

  it("still corrects a typo with no known base", () => {
    expect(vocabulary.correct("tagget")).toBe("taget");
  });
});
