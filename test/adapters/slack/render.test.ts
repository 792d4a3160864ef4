import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTION_FEEDBACK_DOWN,
  ACTION_FEEDBACK_UP,
  ACTION_SHARE,
  ACTION_SOURCES,
  type Block,
  CONTEXT_MAX_ELEMENTS,
  renderAnswer,
  renderSourceQuotes,
  SECTION_TEXT_MAX_CHARS,
  SOURCE_QUOTE_SHOWN_MAX,
  SOURCES_SHOWN_MAX,
  TABLE_ROWS_MAX,
} from "../../../src/adapters/slack/index.js";
import {
  type Answer,
  AnswerSchema,
  type Citation,
  type TableBlock,
} from "../../../src/bot/index.js";
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

const table = (rows: number): TableBlock => ({
  kind: "table",
  columns: [
    { label: "År", align: "left" },
    { label: "Belopp", align: "right" },
  ],
  rows: Array.from({ length: rows }, (_, i) => ({
    cells: [String(2000 + i), `${i + 1} miljoner kronor`],
    citations: [1],
    sources: [1],
  })),
  total: null,
});

describe("renderAnswer", () => {
  it("puts the lead in a section, one line per document in context, then sources and 👍/👎", () => {
    const { text, blocks } = renderAnswer(answer(), { sourcesValue: "s" });
    expect(blocks.map((b) => b.type)).toEqual(["section", "context", "actions"]);
    expect(blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "7 875 000 kr gick till barncancer 2022 [1]." },
    });
    expect(contextText(blocks)).toBe(
      "[1] <https://www.regeringen.se/beslut?id=1&amp;x=2#:~:text=Regeringen%20beslutar%20att%20betala%20ut%201%20miljoner%20kronor|Beslut 1> — “Regeringen beslutar att betala ut 1 miljoner kronor.”",
    );
    const actions = ofType(blocks, "actions")[0]?.elements.map((e) => e.action_id);
    expect(actions).toEqual([ACTION_SOURCES, ACTION_FEEDBACK_UP, ACTION_FEEDBACK_DOWN]);
    expect(text).toBe("7 875 000 kr gick till barncancer 2022 [1].\n\nKällor: [1] Beslut 1");
  });

  it("restates the question when asked to, and writes buttons in the answer's language", () => {
    const { blocks } = renderAnswer(answer({ language: "en" }), {
      shareValue: "v",
      sourcesValue: "s",
      restate: true,
    });
    expect(blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "Question: _hur mycket gick till barncancer 2022?_" }],
    });
    const buttons = ofType(blocks, "actions")[0]?.elements ?? [];
    expect(buttons.map((b) => b.text.text)).toEqual([
      "📄 Sources",
      "Share in channel",
      "👍 Helpful",
      "👎 Not helpful",
    ]);
    expect(buttons[1]).toMatchObject({ action_id: ACTION_SHARE, value: "v", style: "primary" });
  });

  it("says honestly when a document has no safe public address", () => {
    for (const url of [
      null,
      "javascript:alert(1)",
      "not a url",
      `https://x.test/${"a".repeat(500)}`,
    ]) {
      const { blocks } = renderAnswer(answer({ citations: [citation(1, { url })] }));
      expect(contextText(blocks)).toMatch(/^\[1\] Beslut 1 · _ingen offentlig adress_ — “/);
    }
  });

  it("keeps a link well-formed when the address contains Slack's delimiters", () => {
    const { blocks } = renderAnswer(
      answer({ citations: [citation(1, { url: "https://x.test/a|b?c=<d>&e" })] }),
    );
    expect(contextText(blocks)).toContain("<https://x.test/a%7Cb?c=%3Cd%3E&amp;e#:~:text=");
  });

  it("shortens the headline quote; the sources button shows every quote whole", () => {
    const quote = `Regeringen ${"beslutar om medel ".repeat(30)}till GMS.`;
    const a = answer({ citations: [citation(1, { quote }), citation(2, { quote: "Andra." })] });
    const shown = /“(.*)”/.exec(contextText(renderAnswer(a).blocks))?.[1] ?? "";
    expect(shown.length).toBeLessThanOrEqual(SOURCE_QUOTE_SHOWN_MAX);
    expect(shown).toMatch(/…$/);
    const all = JSON.stringify(renderSourceQuotes(a));
    expect(all).toContain(quote);
    expect(all).toContain("Andra.");
  });

  it("collapses line breaks inside quotes and titles", () => {
    const { blocks } = renderAnswer(
      answer({ citations: [citation(1, { title: "Två\nrader", quote: "a\n\n b" })] }),
    );
    expect(contextText(blocks)).toBe("[1] Två rader · _ingen offentlig adress_ — “a b”");
  });

  it("lists a document once however many of its quotes are cited", () => {
    const same = { docId: "d", title: "Samma" };
    const a = answer({
      text: "Ett [1]. Två [2]. Tre [3].",
      citations: [citation(1, same), citation(2, same), citation(3, same)],
    });
    const { blocks } = renderAnswer(a);
    expect(blocks[0]).toMatchObject({ text: { text: "Ett [1]. Två [1]. Tre [1]." } });
    expect(contextText(blocks).match(/Samma/g)).toHaveLength(1);
  });

  it("sends a table as Block Kit's table block, with the same table as fallback text", () => {
    const a = answer({ blocks: [{ kind: "lead", text: "Per år." }, table(3)] });
    const { text, blocks } = renderAnswer(a);
    const [native] = ofType(blocks, "table");
    expect(native?.rows[0]?.map((c) => c.text)).toEqual(["År", "Belopp"]);
    expect(native?.rows).toHaveLength(4);
    expect(native?.column_settings?.[1]).toMatchObject({ align: "right" });
    expect(text).toContain("2002  3 miljoner kronor");
  });

  it("degrades a table beyond the row limit to its first rows and 'and N more'", () => {
    const a = answer({ blocks: [table(250), table(2)] });
    const message = renderAnswer(a);
    expect(limitViolations(message)).toEqual([]);
    expect(ofType(message.blocks, "table")[0]?.rows.length).toBeLessThanOrEqual(TABLE_ROWS_MAX);
    expect(contextText(message.blocks)).toContain("… och 152 till");
    // Slack takes one table per message: the second is aligned text.
    expect(JSON.stringify(message.blocks)).toContain("```År");
  });

  it("leaves out empty parts: a decline is one section", () => {
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
        { type: "mrkdwn", text: "<@U0ALICE01> frågade: _hur mycket gick till barncancer 2022?_" },
      ],
    });
    const forged = renderAnswer(answer(), { askedBy: "U1> <!channel" });
    expect(forged.blocks[0]?.type).toBe("section");
  });

  it("never sends an empty section", () => {
    expect(renderAnswer(answer({ text: "  " })).blocks[0]).toMatchObject({
      text: { text: "(inget svar)" },
    });
  });

  it("escapes markup from the question, the text, titles and quotes", () => {
    const evil =
      "<!channel> <!here> <!everyone> <@U0EVIL001> <#C0SECRET> @everyone @here & <https://evil.test|x>";
    const message = renderAnswer(
      answer({
        question: evil,
        text: `${evil} [1]`,
        citations: [citation(1, { title: evil, quote: evil, url: "https://ok.test/" })],
      }),
      { askedBy: "U0ALICE01" },
    );
    expect(activeMarkup(message).filter((m) => m !== "<@U0ALICE01>")).toEqual([]);
    expect(message.blocks[1]).toMatchObject({
      text: { text: expect.stringContaining("&lt;!channel&gt;") },
    });
  });

  it("stays within every limit for a huge answer with 30 documents", () => {
    const long = `${"Amounts & <details> ".repeat(6000)}[30]`;
    const citations = Array.from({ length: 30 }, (_, i) =>
      citation(i + 1, {
        title: `${"Ett mycket långt beslut & <titel> ".repeat(20)}${i + 1}`,
        quote: "Regeringen <beslutar> & betalar ".repeat(200),
        url: `https://www.regeringen.se/${"sub/".repeat(80)}${i + 1}?a=1&b=2`,
      }),
    );
    const message = renderAnswer(answer({ question: "q".repeat(100_000), text: long, citations }), {
      shareValue: "x".repeat(2000),
      askedBy: "U0ALICE01",
    });
    expect(limitViolations(message)).toEqual([]);
    const section = ofType(message.blocks, "section")[0];
    expect(section && "text" in section ? section.text.text.length : 0).toBeLessThanOrEqual(
      SECTION_TEXT_MAX_CHARS,
    );
    expect(ofType(message.blocks, "context").at(-1)?.elements.length).toBeLessThanOrEqual(
      CONTEXT_MAX_ELEMENTS,
    );
  });

  it("counts, rather than lists, documents beyond what fits", () => {
    const citations = Array.from({ length: 400 }, (_, i) => citation(i + 1));
    const message = renderAnswer(answer({ citations }));
    expect(limitViolations(message)).toEqual([]);
    const sources = contextText(message.blocks);
    expect(sources).toContain(`[${SOURCES_SHOWN_MAX - 1}] `);
    expect(sources).not.toContain(`[${SOURCES_SHOWN_MAX}] `);
    expect(sources).toContain(`… och ${400 - SOURCES_SHOWN_MAX + 1} till`);
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
          answer({ question: a.question, text: a.text, language: a.language, citations }),
          { shareValue: "v", sourcesValue: "s", restate: true },
        );
        expect(limitViolations(message)).toEqual([]);
        expect(activeMarkup(message)).toEqual([]);
        expect(limitViolations(renderSourceQuotes(answer({ citations })))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
