import { describe, expect, it } from "vitest";
import { cleanQuestion } from "../../src/bot/normalize.js";
import { seedAsk } from "../support/seeds.js";

const ask = seedAsk();
const LUNG =
  "https://www.regeringen.se/pressmeddelanden/2022/06/satsning-pa-pilotprojekt-inom-precisionsmedicin-for-lungcancer/";
const LUNG_ID = "001_2fc47d92fe7c9eec";

describe("cleanQuestion: web addresses", () => {
  it("keeps the addresses apart from the words, Slack's wrapping and a sentence's stop removed", () => {
    const clean = cleanQuestion(
      "vad säger <https://example.org/a|sidan> och https://example.org/b?x=1.",
    );
    expect(clean.text).toBe("vad säger och");
    expect(clean.links).toEqual(["https://example.org/a", "https://example.org/b?x=1"]);
  });

  it("keeps at most five", () => {
    const many = Array.from({ length: 9 }, (_, i) => `https://example.org/${i}`).join(" ");
    expect(cleanQuestion(many).links).toHaveLength(5);
  });
});

describe("ask: a question that carries a web address", () => {
  it("an address of a loaded document names it: what it states, from it alone", () => {
    for (const question of [
      `vad säger ${LUNG}`,
      LUNG.replace("https://www.", "http://").slice(0, -1),
    ]) {
      const answer = ask(question, { today: "2026-12-03" });
      expect(answer.intent).toBe("stated");
      expect(answer.figures.length).toBeGreaterThan(0);
      expect(answer.citations.length).toBeGreaterThan(0);
      expect(answer.figures.map((f) => f.amountSek)).toContain(6_000_000);
      // Each figure is told by that document, whoever else retells it.
      for (const f of answer.figures)
        expect(f.citations.some((c) => answer.citations[c - 1]?.docId === LUNG_ID)).toBe(true);
    }
  });

  it("an address no document has is said back, never answered from another document", () => {
    for (const question of [
      "what does this article say https://example.com/gms-news",
      "https://example.com/x",
    ]) {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.figures).toEqual([]);
      expect(answer.text).toMatch(
        /^I don't open links: .* none of them is published at https:\/\/example\.com\//,
      );
    }
    const sv = ask("kan du läsa https://www.regeringen.se/pressmeddelanden/2026/03/ny-satsning/ ?");
    expect(sv.text).toMatch(/^Jag öppnar inga länkar/);
    expect(sv.text).not.toContain("läsa”");
  });

  it("beside a question of its own, the answer stands and the address is said to be unopened", () => {
    const answer = ask("hur mycket fick gms 2024? källa: https://example.com/x");
    expect(answer.answered).toBe(true);
    expect(answer.figures[0]?.amountSek).toBe(49_500_000);
    expect(answer.text).toMatch(
      /\(Jag öppnar inga länkar: .* https:\/\/example\.com\/x; svaret bygger på dokumenten\.\)$/,
    );
  });
});

describe("ask: how documents come in", () => {
  it.each([
    [
      "hur lägger jag till ett dokument?",
      /^Jag kan inte själv hämta eller lägga till dokument\. Den som driver boten/,
    ],
    ["kan du lägga till den här sidan?", /^Jag kan inte själv hämta/],
    ["how do I add a document", /^I can't fetch or add documents myself\. Whoever runs the bot/],
    ["can I upload a pdf?", /a PDF is saved as text first/],
  ])("%s", (question, expected) => {
    const answer = ask(question);
    expect(answer.intent).toBe("help");
    expect(answer.text).toMatch(expected);
    expect(answer.figures).toEqual([]);
  });

  it("a region's own money 'lagt till' is still a question of money", () => {
    expect(ask("hur mycket ska regionen lägga till?").intent).not.toBe("help");
  });
});

describe("cleanQuestion: decorated and decomposed letters", () => {
  it("drops stacked combining marks, and composes Swedish letters typed as a letter and a mark", () => {
    expect(
      cleanQuestion(
        "h\u0338\u031b\u0319u\u0337r m\u0338y\u0335c\u0337k\u0336e\u0337t 2\u03360\u03382\u03354",
      ).text,
    ).toBe("hur mycket 2024");
    expect(cleanQuestion("Vad fa\u030ar GMS i a\u030ar?").text).toBe("Vad får GMS i år?");
  });

  it("a word of two or three letters is never guessed as a known name ('js' is not 'RS')", () => {
    const answer = ask("js");
    expect(answer.text).not.toMatch(/Menar du|Do you mean/);
  });
});
