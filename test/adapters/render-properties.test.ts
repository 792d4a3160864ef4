import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DiscordMessage,
  renderAnswer as renderDiscord,
} from "../../src/adapters/discord/render.js";
import type { SlackMessage } from "../../src/adapters/slack/block-kit.js";
import { renderAnswer as renderSlack } from "../../src/adapters/slack/render.js";
import { renderAnswer as renderTerminal } from "../../src/adapters/terminal/render.js";
import type { Answer } from "../../src/bot/index.js";
import { anyQuestion, hugeText, MARKUP, questionText } from "../bot/hostile-input.js";
import { seedAsk } from "../support/seeds.js";
import { expectWithinDiscordLimits } from "./discord/support/limits.js";
import { limitViolations } from "./slack/support/limits.js";

const RUNS = { seed: 42, numRuns: 200 } as const;
const ask = seedAsk();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Text of documents and metadata is as hostile as a question: mentions, markup, 10 kB runs.
const hostile = fc.oneof(
  { weight: 4, arbitrary: anyQuestion },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...MARKUP), { maxLength: 8 }).map((m) => m.join("")),
  },
  { weight: 1, arbitrary: hugeText.map((t) => t.slice(0, 10_000)) },
);
// Document ids are file names; a hostile one is the known issue tested on its own below.
const citation = fc.record({
  id: fc.integer({ min: 1, max: 999 }),
  docId: fc.stringMatching(/^[\w.-]{1,60}$/),
  title: hostile,
  url: fc.option(fc.oneof(fc.webUrl(), hostile)),
  quote: hostile,
  start: fc.nat(),
  end: fc.nat(),
});
const figure = fc.record({
  amountSek: fc.double({ noNaN: true, noDefaultInfinity: true }),
  year: fc.option(fc.integer({ min: 1900, max: 2100 })),
  label: hostile,
  derived: fc.boolean(),
  citations: fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 40 }),
});
/** Any answer the schema allows, with hostile text everywhere. */
const anyAnswer: fc.Arbitrary<Answer> = fc.record({
  question: hostile,
  answered: fc.boolean(),
  intent: fc.oneof(fc.constantFrom("amount", "sources", "help"), hostile),
  language: fc.constantFrom("sv" as const, "en" as const),
  text: hostile,
  figures: fc.array(figure, { maxLength: 30 }),
  citations: fc.array(citation, { maxLength: 80 }),
});
/** Answers the core gives to hostile questions. */
const coreAnswer: fc.Arbitrary<Answer> = fc.oneof(anyQuestion, questionText).map((q) => ask(q));

function slackTexts(message: SlackMessage): string[] {
  return [
    message.text,
    ...message.blocks.flatMap((b) => {
      if (b.type === "actions") return b.elements.map((e) => e.text.text);
      if (b.type === "context") return b.elements.map((e) => e.text);
      if (b.type === "table") return b.rows.flatMap((r) => r.map((c) => c.text));
      return "fields" in b ? b.fields.map((f) => f.text) : [b.text.text];
    }),
  ];
}

function expectSlackSafe(message: SlackMessage): void {
  for (const text of slackTexts(message)) {
    // `<!…>` and `<@…>` are Slack's mention syntax; a bare @here is inert, but must be broken too.
    expect(text).not.toMatch(/<[!@]/);
    expect(text).not.toMatch(/@(?:everyone|here|channel)\b/i);
  }
  expect(limitViolations(message)).toEqual([]);
}

function discordTexts(message: DiscordMessage): string[] {
  return [
    message.content ?? "",
    ...message.embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      e.footer?.text ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
    ...message.components.flatMap((row) => row.components.map((c) => c.label ?? "")),
  ];
}

function expectDiscordSafe(message: DiscordMessage): void {
  for (const text of discordTexts(message)) {
    expect(text).not.toMatch(/@(?:everyone|here)/i);
    expect(text).not.toMatch(/<@/); // <@123>, <@!123>, <@&456>
    expect(text).not.toMatch(LONE_SURROGATE);
  }
  expectWithinDiscordLimits(message);
}

/** Nothing that can drive a terminal: C0/C1 controls (bar newline) and bidi overrides/isolates. */
function expectTerminalSafe(text: string): void {
  const unsafe = [...text].filter((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return (
      (c <= 0x1f && c !== 0x0a) ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    );
  });
  expect(unsafe.map((ch) => ch.codePointAt(0)?.toString(16))).toEqual([]);
}

const ESC = String.fromCharCode(0x1b);

/** Removes the renderer's own colour codes (ESC [ n m); any other escape stays, to be caught. */
function withoutSgr(text: string): string {
  const [head = "", ...rest] = text.split(ESC);
  const parts = rest.map((part) => {
    const sgr = /^\[\d+m/.exec(part);
    return sgr ? part.slice(sgr[0].length) : ESC + part;
  });
  return head + parts.join("");
}

describe.each([
  ["answers of the core to hostile questions", coreAnswer],
  ["any answer the schema allows", anyAnswer],
])("renderings of %s", (_name, answers) => {
  it("Slack: no active mention, every Block Kit limit kept", () => {
    fc.assert(
      fc.property(answers, fc.string({ maxLength: 300 }), (answer, share) => {
        expectSlackSafe(renderSlack(answer));
        expectSlackSafe(renderSlack(answer, { feedback: true, shareValue: share }));
      }),
      RUNS,
    );
  });

  it("Discord: no active mention, every embed limit kept", () => {
    fc.assert(
      fc.property(answers, fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), (answer, id) => {
        expectDiscordSafe(renderDiscord(answer));
        expectDiscordSafe(renderDiscord(answer, { feedbackId: id, showQuestion: false }));
      }),
      RUNS,
    );
  });

  it("terminal: no control or bidi characters, with and without colour codes stripped", () => {
    fc.assert(
      fc.property(answers, (answer) => {
        expectTerminalSafe(renderTerminal(answer, { color: false }));
        expectTerminalSafe(withoutSgr(renderTerminal(answer, { color: true })));
      }),
      RUNS,
    );
  });
});

describe("renderings of the core's answers carry no mention at all", () => {
  it("terminal text of a real answer has no mention markup", () => {
    fc.assert(
      fc.property(coreAnswer, (answer) => {
        const text = renderTerminal(answer, { color: false });
        expect(text).not.toMatch(/<[!@]|@(?:everyone|here|channel)\b/i);
      }),
      RUNS,
    );
  });
});

it("Discord: a blank title does not let a mention in the document id through", () => {
  const answer: Answer = {
    question: "",
    answered: true,
    intent: "sources",
    language: "en",
    text: "Sources",
    figures: [],
    citations: [{ id: 1, docId: "<@&456>", title: " ", url: null, quote: "", start: 0, end: 0 }],
  };
  expectDiscordSafe(renderDiscord(answer));
});
