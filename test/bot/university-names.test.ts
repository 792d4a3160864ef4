// A university asked by its Swedish or English name finds the money an English or Swedish page gives it, and
// only that money: made-up pages.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const page = textDocument(
  "news",
  "News\n\nFoundation backs genomics\n\nPublished 2 May 2036\n\nGenomic Medicine Sweden will receive SEK 70 million from the government for 2036. Separately, the Example Foundation gives SEK 5 million to Lund University for a biobank study.",
  "2036-05-02",
);
const ask = createAsk({ knowledge: fromDocuments([page]) });
const answer = (q: string) => ask(q, { today: "2036-06-01" }).text;

describe("universities by name", () => {
  it("'lund university' and 'lunds universitet' both find the university's money, and nothing else", () => {
    for (const q of [
      "how much did lund university get lol",
      "hur mycket fick lunds universitet?",
    ]) {
      const text = answer(q);
      expect(text, q).toMatch(/5 (million|miljoner)/);
      expect(text, q).not.toMatch(/70/);
    }
  });
});
