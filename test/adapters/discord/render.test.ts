import type { APIEmbed } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COLOURS,
  CONTENT_MAX,
  type DiscordMessage,
  EMBED_DESCRIPTION_MAX,
  EMBED_TITLE_MAX,
  renderAnswer,
  renderNotice,
  renderSourceQuotes,
  SOURCE_QUOTE_SHOWN_MAX,
} from "../../../src/adapters/discord/render.js";
import { type Answer, AnswerSchema } from "../../../src/bot/index.js";
import { citation, figureAnswer, longAnswer } from "./support/answers.js";
import { expectWithinDiscordLimits } from "./support/limits.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ACTIVE_MENTION = /@everyone|@here|<@!?\d|<@&\d|<#\d/i;
const allText = (m: DiscordMessage) => JSON.stringify([m.content ?? "", m.embeds]);
const embedStrings = (m: DiscordMessage) =>
  m.embeds.flatMap((e) => [
    e.title ?? "",
    e.description ?? "",
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);
const only = (m: DiscordMessage): APIEmbed => m.embeds[0] ?? {};

const withCitations = (n: number, text: string): Answer =>
  AnswerSchema.parse({
    ...figureAnswer("how much?"),
    text,
    citations: Array.from({ length: n }, (_, i) => citation(i + 1, `Quote ${i + 1}.`)),
  });

describe("renderAnswer", () => {
  it("restates the question, then the answer and one masked link per document, in a figure colour", () => {
    const embed = only(renderAnswer(figureAnswer("how much went to barncancer 2022?", "sv")));
    expect(embed.title).toBe("how much went to barncancer 2022?");
    expect(embed.description).toContain("7,875,000");
    expect(embed.description).toMatch(
      /\n\n`\[1\]` \[Test decision 1\]\(https:\/\/example\.org\/decisions\/1#:~:text=[^)]+\)\n> /,
    );
    expect(embed.fields).toBeUndefined();
    expect(embed.color).toBe(COLOURS.figure);
    expect(embed.footer?.text).toBe("Svaren kommer enbart från de citerade dokumenten");
  });

  it("colours declines and tables apart, and shows a table as an aligned code block", () => {
    const declined = AnswerSchema.parse({ ...figureAnswer("q"), answered: false, figures: [] });
    expect(only(renderAnswer(declined)).color).toBe(COLOURS.declined);
    const rows = Array.from({ length: 300 }, (_, i) => ({
      cells: [String(2000 + i), `SEK ${i} million`],
      citations: [1],
      sources: [1],
    }));
    const tabled = AnswerSchema.parse({
      ...figureAnswer("q", "en"),
      blocks: [
        { kind: "lead", text: "By year." },
        {
          kind: "table",
          columns: [
            { label: "Year", align: "left" },
            { label: "Amount", align: "right" },
          ],
          rows,
          total: null,
        },
      ],
    });
    const message = renderAnswer(tabled);
    expectWithinDiscordLimits(message);
    const embed = only(message);
    expect(embed.color).toBe(COLOURS.table);
    expect(embed.description).toMatch(/```\nYear\s+Amount\n2000\s+SEK 0 million/);
    expect(embed.description).toMatch(/… and \d+ more\n```/);
  });

  it("shows 'no public address' where a document has none", () => {
    const answer = AnswerSchema.parse({
      ...figureAnswer("q", "en"),
      citations: [{ ...citation(1, "Q."), url: null }],
    });
    expect(only(renderAnswer(answer)).description).toContain(
      "`[1]` Test decision 1 · *no public address*",
    );
  });

  it("adds 👍/👎 buttons only when given a feedback id, and hides the question on request", () => {
    expect(renderAnswer(figureAnswer("q")).components).toEqual([]);
    const message = renderAnswer(figureAnswer("q"), { feedbackId: "abc", showQuestion: false });
    expect(only(message).title).toBeUndefined();
    const ids = message.components[0]?.components.map((b) => b.custom_id);
    expect(ids).toEqual(["gms:src:abc", "gms:fb:up:abc", "gms:fb:down:abc"]);
  });

  it("drops addresses that are not plain http(s) and never previews the ones it keeps", () => {
    const answer = AnswerSchema.parse({
      ...figureAnswer("q"),
      citations: [citation(1, "q", "javascript:alert(1)"), citation(2, "q", "https://x.se/a b")],
    });
    const description = only(renderAnswer(answer)).description ?? "";
    expect(description).not.toContain("javascript");
    expect(description).not.toContain("](");
  });

  it("lists each document once, however many of its quotes are cited", () => {
    const message = renderAnswer(withCitations(40, "Short."));
    expectWithinDiscordLimits(message);
    const description = only(message).description ?? "";
    for (let n = 1; n <= 10; n += 1) expect(description.split(`\`[${n}]\``)).toHaveLength(2);
    expect(description).not.toContain("`[11]`");
  });

  it("keeps 10 kB of text, 12 figures and 40 long citations within every limit", () => {
    const message = renderAnswer(longAnswer("x".repeat(10_000)), { feedbackId: "abcdefgh" });
    expectWithinDiscordLimits(message);
    const embed = only(message);
    expect(embed.description).toContain("…");
    expect(embed.title?.length).toBeLessThanOrEqual(EMBED_TITLE_MAX);
  });

  it("shortens long quotes with an ellipsis", () => {
    const answer = AnswerSchema.parse({
      ...figureAnswer("q"),
      citations: [citation(1, "ord ".repeat(500))],
    });
    const quote = /\n> (.*)$/.exec(only(renderAnswer(answer)).description ?? "")?.[1] ?? "";
    expect(quote.endsWith("…")).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(SOURCE_QUOTE_SHOWN_MAX);
    expect(JSON.stringify(renderSourceQuotes(answer))).toContain("ord ".repeat(60));
  });

  it("gives the text room up to 4,096 characters when there is nothing else to show", () => {
    const answer = AnswerSchema.parse({ ...withCitations(0, "a".repeat(9000)), figures: [] });
    const embed = only(renderAnswer(answer));
    expect(embed.description).toHaveLength(EMBED_DESCRIPTION_MAX);
    expect(embed.fields).toBeUndefined();
  });

  it("never splits a surrogate pair when shortening", () => {
    const answer = AnswerSchema.parse({ ...withCitations(0, "😀".repeat(5000)), figures: [] });
    const description = only(renderAnswer(answer)).description ?? "";
    expect(description).not.toMatch(LONE_SURROGATE);
  });

  it("neutralises mentions in the question, text, labels, titles and quotes", () => {
    const hostile = "@everyone @here <@123> <@!123> <@&456> <#789> @EVERYONE";
    const answer = AnswerSchema.parse({
      ...figureAnswer(hostile, "en", hostile),
      text: hostile,
      figures: [{ ...figureAnswer("q").figures[0], label: hostile }],
      citations: [{ ...citation(1, hostile), title: hostile }],
    });
    const text = allText(renderAnswer(answer));
    expect(text).not.toMatch(ACTIVE_MENTION);
    expect(text).toContain("everyone");
  });

  it("property: any text stays within every limit and never holds an active mention", () => {
    const hostile = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.constantFrom("@everyone", "@here", "<@1>", "<@&2>", "<#3>", "@", "<", "\u200f", "\u0000"),
    );
    const longText = fc.array(hostile, { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(longText, hostile, hostile, fc.nat({ max: 45 }), (text, q, quote, n) => {
        const answer = AnswerSchema.parse({
          ...figureAnswer(q, "en", quote),
          text: text.repeat(1 + (n % 3) * 6),
          figures: Array.from({ length: n % 15 }, () => ({
            ...figureAnswer("q").figures[0],
            label: q,
          })),
          citations: Array.from({ length: n }, (_, i) => ({ ...citation(i + 1, quote), title: q })),
        });
        const message = renderAnswer(answer, { feedbackId: "abcdefgh" });
        expectWithinDiscordLimits(message);
        expect(allText(message)).not.toMatch(ACTIVE_MENTION);
        for (const text of embedStrings(message)) expect(text).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 60 },
    );
  });
});

describe("renderNotice", () => {
  it("neutralises and shortens plain text to the content limit", () => {
    const notice = renderNotice(`@everyone ${"x".repeat(3000)}`);
    expect(notice.content?.length).toBe(CONTENT_MAX);
    expect(notice.content).not.toMatch(ACTIVE_MENTION);
    expect(notice.embeds).toEqual([]);
  });
});
