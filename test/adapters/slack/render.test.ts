import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTION_FEEDBACK_DOWN,
  ACTION_FEEDBACK_UP,
  ACTION_SHARE,
  type Block,
  CONTEXT_MAX_ELEMENTS,
  formatSek,
  QUOTE_MAX_CHARS,
  renderAnswer,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX_CHARS,
  SOURCES_SHOWN_MAX,
} from "../../../src/adapters/slack/index.js";
import { type Answer, AnswerSchema, type Citation } from "../../../src/bot/index.js";
import { activeMarkup, limitViolations } from "./support/limits.js";

const citation = (id: number, over: Partial<Citation> = {}): Citation => {
  const quote = over.quote ?? `Regeringen beslutar att betala ut ${id} miljoner kronor.`;
  return {
    id,
    docId: `00${id}_doc`,
    title: `Beslut ${id}`,
    url: null,
    quote,
    start: 0,
    end: quote.length,
    ...over,
  };
};

const answer = (over: Partial<Answer> = {}): Answer =>
  AnswerSchema.parse({
    question: "hur mycket gick till barncancer 2022?",
    answered: true,
    intent: "amount",
    language: "sv",
    text: "7 875 000 kr gick till barncancer 2022 [1].",
    figures: [
      { amountSek: 7_875_000, year: 2022, label: "barncancer", derived: false, citations: [1] },
    ],
    citations: [citation(1, { url: "https://www.regeringen.se/beslut?id=1&x=2" })],
    ...over,
  });

const ofType = <T extends Block["type"]>(blocks: Block[], type: T) =>
  blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const contextText = (blocks: Block[]) =>
  ofType(blocks, "context")
    .flatMap((b) => b.elements.map((e) => e.text))
    .join("\n");

describe("renderAnswer", () => {
  it("puts the text in a section, figures as fields, numbered sources in context, and 👍/👎", () => {
    const { text, blocks } = renderAnswer(answer());
    expect(blocks.map((b) => b.type)).toEqual(["section", "section", "context", "actions"]);
    expect(blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "7 875 000 kr gick till barncancer 2022 [1]." },
    });
    expect(blocks[1]).toEqual({
      type: "section",
      fields: [{ type: "mrkdwn", text: "*7\u00a0875\u00a0000\u00a0kr* · 2022\nbarncancer [1]" }],
    });
    expect(contextText(blocks)).toBe(
      "[1] <https://www.regeringen.se/beslut?id=1&amp;x=2|Beslut 1> — “Regeringen beslutar att betala ut 1 miljoner kronor.”",
    );
    const actions = ofType(blocks, "actions")[0]?.elements.map((e) => e.action_id);
    expect(actions).toEqual([ACTION_FEEDBACK_UP, ACTION_FEEDBACK_DOWN]);
    expect(text).toBe("7 875 000 kr gick till barncancer 2022 [1].\n\nKällor: [1] Beslut 1");
  });

  it("writes buttons and labels in the answer's language", () => {
    const { blocks } = renderAnswer(answer({ language: "en" }), { shareValue: "v" });
    const buttons = ofType(blocks, "actions")[0]?.elements ?? [];
    expect(buttons.map((b) => b.text.text)).toEqual([
      "Share in channel",
      "👍 Helpful",
      "👎 Not helpful",
    ]);
    expect(buttons[0]).toMatchObject({ action_id: ACTION_SHARE, value: "v", style: "primary" });
  });

  it("shows the title unlinked when there is no safe http(s) address", () => {
    for (const url of [
      null,
      "javascript:alert(1)",
      "not a url",
      `https://x.test/${"a".repeat(500)}`,
    ]) {
      const { blocks } = renderAnswer(answer({ citations: [citation(1, { url })] }));
      expect(contextText(blocks)).toMatch(/^\[1\] Beslut 1 — “/);
    }
  });

  it("keeps a link well-formed when the address contains Slack's delimiters", () => {
    const { blocks } = renderAnswer(
      answer({ citations: [citation(1, { url: "https://x.test/a|b?c=<d>&e" })] }),
    );
    expect(contextText(blocks)).toContain("<https://x.test/a%7Cb?c=%3Cd%3E&amp;e|Beslut 1>");
  });

  it("shortens a long quote at a word boundary with an ellipsis", () => {
    const quote = `Regeringen ${"beslutar om medel ".repeat(30)}till GMS.`;
    const { blocks } = renderAnswer(answer({ citations: [citation(1, { quote })] }));
    const shown = /“(.*)”/.exec(contextText(blocks))?.[1] ?? "";
    expect(shown.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
    expect(shown).toMatch(/[a-zö]…$/);
    expect(quote.startsWith(shown.slice(0, -1))).toBe(true);
  });

  it("collapses line breaks inside quotes and titles", () => {
    const { blocks } = renderAnswer(
      answer({ citations: [citation(1, { title: "Två\nrader", quote: "a\n\n b" })] }),
    );
    expect(contextText(blocks)).toBe("[1] Två rader — “a b”");
  });

  it("formats amounts as each language writes them", () => {
    expect(formatSek(7_875_000, "sv")).toBe("7\u00a0875\u00a0000\u00a0kr");
    expect(formatSek(7_875_000, "en")).toBe("SEK 7,875,000");
    expect(formatSek(250_000, "en")).toBe("SEK 250,000");
    expect(formatSek(1234.5, "sv")).toBe("1\u00a0234,50\u00a0kr");
    expect(formatSek(-500, "en")).toBe("-SEK 500");
    expect(formatSek(999, "sv")).toBe("999\u00a0kr");
  });

  it("marks computed figures and leaves out empty parts", () => {
    const derived = answer({
      figures: [
        { amountSek: 54_750_000, year: null, label: "totalt", derived: true, citations: [1, 2] },
      ],
      citations: [citation(1), citation(2)],
    });
    expect(ofType(renderAnswer(derived).blocks, "section")[1]).toMatchObject({
      fields: [{ text: "*54\u00a0750\u00a0000\u00a0kr*\ntotalt (beräknat) [1][2]" }],
    });
    const declined = answer({
      answered: false,
      intent: "out-of-scope",
      figures: [],
      citations: [],
    });
    expect(renderAnswer(declined).blocks.map((b) => b.type)).toEqual(["section", "actions"]);
    expect(renderAnswer(declined, { feedback: false }).blocks.map((b) => b.type)).toEqual([
      "section",
    ]);
  });

  it("names the asker above a shared answer, only with a well-formed user id", () => {
    const shared = renderAnswer(answer(), { askedBy: "U0ALICE01" });
    expect(shared.blocks[0]).toEqual({
      type: "context",
      elements: [
        { type: "mrkdwn", text: "<@U0ALICE01> frågade: hur mycket gick till barncancer 2022?" },
      ],
    });
    const forged = renderAnswer(answer(), { askedBy: "U1> <!channel" });
    expect(forged.blocks[0]).toMatchObject({
      elements: [{ text: "hur mycket gick till barncancer 2022?" }],
    });
  });

  it("never sends an empty section", () => {
    expect(renderAnswer(answer({ text: "  " })).blocks[0]).toMatchObject({
      text: { text: "(inget svar)" },
    });
  });

  it("escapes markup from the question, the text, labels, titles and quotes", () => {
    const evil =
      "<!channel> <!here> <!everyone> <@U0EVIL001> <#C0SECRET> @everyone @here & <https://evil.test|x>";
    const message = renderAnswer(
      answer({
        question: evil,
        text: `${evil} [1]`,
        figures: [{ amountSek: 1, year: 2022, label: evil, derived: false, citations: [1] }],
        citations: [citation(1, { title: evil, quote: evil, url: "https://ok.test/" })],
      }),
      { askedBy: "U0ALICE01" },
    );
    expect(activeMarkup(message).filter((m) => m !== "<@U0ALICE01>")).toEqual([]);
    expect(message.blocks[1]).toMatchObject({
      text: { text: expect.stringContaining("&lt;!channel&gt;") },
    });
  });

  it("stays within every limit for a huge answer with 30 citations, and numbers them all", () => {
    const long = `${"Amounts & <details> ".repeat(6000)}[30]`;
    const citations = Array.from({ length: 30 }, (_, i) =>
      citation(i + 1, {
        title: `${"Ett mycket långt beslut & <titel> ".repeat(20)}${i + 1}`,
        quote: "Regeringen <beslutar> & betalar ".repeat(200),
        url: `https://www.regeringen.se/${"sub/".repeat(80)}${i + 1}?a=1&b=2`,
      }),
    );
    const figures = Array.from({ length: 15 }, (_, i) => ({
      amountSek: 1_000_000 * (i + 1),
      year: 2020 + (i % 5),
      label: "ett mycket långt syfte <x> & ".repeat(200),
      derived: false,
      citations: Array.from({ length: 30 }, (_, j) => j + 1),
    }));
    const message = renderAnswer(
      answer({ question: "q".repeat(100_000), text: long, figures, citations }),
      {
        shareValue: "x".repeat(2000),
        askedBy: "U0ALICE01",
      },
    );
    expect(limitViolations(message)).toEqual([]);
    const section = ofType(message.blocks, "section")[0];
    expect(section && "text" in section ? section.text.text.length : 0).toBeLessThanOrEqual(
      SECTION_TEXT_MAX_CHARS,
    );
    const fields = ofType(message.blocks, "section")[1];
    expect(fields && "fields" in fields ? fields.fields.length : 0).toBe(SECTION_FIELDS_MAX);
    const sources = contextText(message.blocks.slice(1));
    for (let n = 1; n <= 30; n += 1) expect(sources).toContain(`[${n}] `);
    expect(ofType(message.blocks, "context").at(-1)?.elements.length).toBeLessThanOrEqual(
      CONTEXT_MAX_ELEMENTS,
    );
  });

  it("counts, rather than lists, sources beyond what fits", () => {
    const citations = Array.from({ length: 400 }, (_, i) => citation(i + 1));
    const message = renderAnswer(answer({ citations }));
    expect(limitViolations(message)).toEqual([]);
    const sources = contextText(message.blocks);
    expect(sources).toContain(`[${SOURCES_SHOWN_MAX - 1}] `);
    expect(sources).not.toContain(`[${SOURCES_SHOWN_MAX}] `);
    expect(sources).toContain(`… (+${400 - SOURCES_SHOWN_MAX + 1})`);
  });

  it("has a markup checker that does find raw mentions", () => {
    const raw = { text: "<!here> <@U1> <#C1> @channel <https://ok.test|ok>", blocks: [] };
    expect(activeMarkup(raw)).toEqual(["<!here>", "<@U1>", "<#C1>", "@channel"]);
  });

  it("never exceeds a limit nor emits active markup, whatever the strings", () => {
    const text = fc.string({ unit: "binary", maxLength: 4000 });
    const arbitraryAnswer = fc.record({
      question: text,
      text,
      language: fc.constantFrom("sv" as const, "en" as const),
      label: text,
      title: text,
      quote: text,
      url: fc.option(fc.oneof(fc.webUrl(), text), { nil: null }),
      citationCount: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(arbitraryAnswer, (a) => {
        const citations = Array.from({ length: a.citationCount }, (_, i) =>
          citation(i + 1, { title: a.title, quote: a.quote, url: a.url }),
        );
        const message = renderAnswer(
          answer({
            question: a.question,
            text: a.text,
            language: a.language,
            figures: [{ amountSek: 1, year: null, label: a.label, derived: false, citations: [1] }],
            citations,
          }),
          { shareValue: "v" },
        );
        expect(limitViolations(message)).toEqual([]);
        expect(activeMarkup(message)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
