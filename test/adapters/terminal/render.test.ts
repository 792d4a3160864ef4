import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAnswer, renderSourceQuotes } from "../../../src/adapters/terminal/render.js";
import { type Answer, AnswerSchema } from "../../../src/bot/index.js";
import { stripSgr, unsafeCharacters } from "./terminal-text.js";

const QUOTE = "Av dessa medel fördelas 7 875 000 kronor till barncancer.";

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "how much went to barncancer 2022?",
    answered: true,
    intent: "amount",
    language: "en",
    text: "SEK 7,875,000 went to childhood cancer in 2022 [1].",
    figures: [
      { amountSek: 7_875_000, year: 2022, label: "barncancer", derived: false, citations: [1] },
    ],
    citations: [
      {
        id: 1,
        docId: "004_doc",
        title: "Uppdrag till Socialstyrelsen",
        url: "https://example.org/beslut",
        quote: QUOTE,
        start: 100,
        end: 100 + QUOTE.length,
      },
    ],
    ...overrides,
  };
}

describe("renderAnswer", () => {
  it("prints the text, then each citation with title, quoted passage and address", () => {
    expect(renderAnswer(answer(), { color: false })).toBe(
      [
        "SEK 7,875,000 went to childhood cancer in 2022 [1].",
        "",
        "Sources:",
        "  [1] Uppdrag till Socialstyrelsen (004_doc)",
        `      “${QUOTE}”`,
        "      https://example.org/beslut",
      ].join("\n"),
    );
  });

  it("aligns a table, amounts to the right", () => {
    const tabled = answer({
      blocks: [
        { kind: "lead", text: "By year." },
        {
          kind: "table",
          columns: [
            { label: "Year", align: "left" },
            { label: "Amount", align: "right" },
          ],
          rows: [
            { cells: ["2021", "SEK 16.5 million"], citations: [1], sources: [1] },
            { cells: ["2022", "SEK 6 million"], citations: [1], sources: [1] },
          ],
          total: null,
        },
      ],
    });
    expect(renderAnswer(tabled, { color: false }).split("\n").slice(0, 4)).toEqual([
      "By year.",
      "Year            Amount",
      "2021  SEK 16.5 million",
      "2022     SEK 6 million",
    ]);
  });

  it("shows every quote of the last answer for the sources command", () => {
    const two = answer({
      citations: [
        ...answer().citations,
        {
          ...(answer().citations[0] as Answer["citations"][number]),
          id: 2,
          quote: "Andra citatet.",
        },
      ],
    });
    const shown = renderSourceQuotes(two, { color: false });
    expect(shown).toContain(QUOTE);
    expect(shown).toContain("Andra citatet.");
    expect(shown.match(/Uppdrag till Socialstyrelsen/g)).toHaveLength(1);
  });

  it("uses the asker's language for the heading and leaves out an unknown address", () => {
    const sv = answer({ language: "sv", text: "7 875 000 kronor [1]." });
    const [citation] = sv.citations;
    if (!citation) throw new Error("fixture has a citation");
    sv.citations = [{ ...citation, url: null, quote: "rad ett\nrad två" }];
    expect(renderAnswer(sv, { color: false }).split("\n")).toEqual([
      "7 875 000 kronor [1].",
      "",
      "Källor:",
      "  [1] Uppdrag till Socialstyrelsen (004_doc)",
      "      ”rad ett rad två”",
      "      (ingen offentlig adress)",
    ]);
  });

  it("prints a declined answer as just its text", () => {
    const declined = answer({
      answered: false,
      text: "I can only answer about GMS funding.",
      figures: [],
      citations: [],
    });
    expect(renderAnswer(declined, { color: false })).toBe("I can only answer about GMS funding.");
  });

  it("styles with ANSI only when colour is on", () => {
    const plain = renderAnswer(answer(), { color: false });
    const styled = renderAnswer(answer(), { color: true });
    expect(plain).not.toContain("\u001b");
    expect(styled).toContain("\u001b[1m[1]\u001b[0m");
    expect(stripSgr(styled)).toBe(plain);
  });

  it("keeps a quote or title from a document from emitting escape sequences", () => {
    const hostile = answer({
      text: "answer\u001b]0;pwned\u0007 text\nsecond line",
      citations: [
        {
          id: 1,
          docId: "doc\u001b[2J",
          title: "Title\u009b31m",
          url: "https://x.org/\u001b[5m",
          quote: "quote\u001b[31m red\r\u202eevil",
          start: 0,
          end: 10,
        },
      ],
    });
    const out = renderAnswer(hostile, { color: false });
    expect(unsafeCharacters(out)).toEqual([]);
    expect(out).toContain("answer]0;pwned text\nsecond line");
  });

  it("emits no control character but newlines for any schema-valid answer, uncoloured", () => {
    const text = fc.string({ unit: "binary", maxLength: 80 });
    const citation = fc.record({
      id: fc.integer({ min: 1, max: 9 }),
      docId: text,
      title: text,
      url: fc.option(text, { nil: null }),
      quote: text,
      start: fc.nat(),
      end: fc.nat(),
    });
    const answers = fc.record({
      question: text,
      answered: fc.boolean(),
      intent: text,
      language: fc.constantFrom("sv" as const, "en" as const),
      text,
      figures: fc.constant<Answer["figures"]>([]),
      citations: fc.array(citation, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(answers, (a) => {
        AnswerSchema.parse(a);
        const out = renderAnswer(a, { color: false });
        expect(unsafeCharacters(out)).toEqual([]);
      }),
    );
  });
});
