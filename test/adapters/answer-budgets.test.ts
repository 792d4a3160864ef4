import { describe, expect, it } from "vitest";
import { renderAnswer as renderDiscord } from "../../src/adapters/discord/render.js";
import { discordVisibleText } from "../../src/adapters/discord/visible-text.js";
import { renderAnswer as renderSlack } from "../../src/adapters/slack/render.js";
import { slackVisibleText } from "../../src/adapters/slack/visible-text.js";
import { renderAnswer as renderTerminal } from "../../src/adapters/terminal/render.js";
import {
  type Answer,
  type AnswerBlock,
  formatAmount,
  groupDigits,
  type SourceEntry,
} from "../../src/bot/index.js";
import { RENDER_CONVERSATIONS } from "../fixtures/render-questions.js";
import { seedAsk } from "../support/seeds.js";
import { expectWithinDiscordLimits } from "./discord/support/limits.js";
import { limitViolations } from "./slack/support/limits.js";

// The budgets: the median answered message at most 500 visible characters, none above 1,500
// unless a table was given; declines one or two sentences.
const MEDIAN_MAX = 500;
const ANSWER_MAX = 1500;
const TABLE_ANSWER_MAX = 3000;

// Swedish words that must not appear in an English sentence outside quotes and names.
const SWEDISH_WORDS = new Set(
  `och att till för med av är som inom den det de ett en om på från eller inte också samt under
  kronor miljoner miljon miljarder medel beslut beslutat regeringen uppdrag anslag summa totalt
  uträknat fördelat barncancer lungcancer sällsynta hälsotillstånd helgenomsekvensering kliniska
  studier datadelning precisionsmedicin piloter pilotprojekt arbete arbetet betalar ut fick får
  gick år belopp källa källor dokumenten enligt ingen inga`.split(/\s+/),
);

/** Swedish words of `text` outside “quotes” and capitalised names. */
function swedishWords(text: string): string[] {
  const outside = text.replace(/[“”"][^“”"]*[“”"]/g, " ").replace(/«[^»]*»/g, " ");
  return outside
    .split(/[^\p{L}-]+/u)
    .filter((w) => w !== "" && w === w.toLowerCase() && SWEDISH_WORDS.has(w));
}

function answerTexts(blocks: readonly AnswerBlock[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case "lead":
      case "note":
      case "yesno":
        return [b.text];
      case "items":
        return b.items;
      case "table":
        return [...b.columns.map((c) => c.label), ...b.rows.flatMap((r) => r.cells)];
      case "sources":
        return [];
      default: {
        const _exhaustive: never = b;
        return _exhaustive;
      }
    }
  });
}

const documentsOf = (a: Answer): SourceEntry[] =>
  (a.blocks ?? []).flatMap((b) => (b.kind === "sources" ? b.documents : []));

const MONEY_INTENTS = new Set(["amount", "total", "overview", "purpose", "breakdown", "change"]);

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

function askAll(): Answer[] {
  return RENDER_CONVERSATIONS.flatMap((turns, i) => {
    const ask = seedAsk();
    return turns.map((q) => ask(q, { conversationId: `render-${i}` }));
  });
}

describe("rendered answers: limits, documents, language, amounts and budgets", () => {
  const answers = askAll();

  it("covers at least 40 answers of every kind in both languages", () => {
    expect(answers.length).toBeGreaterThanOrEqual(40);
    expect(new Set(answers.map((a) => a.language))).toEqual(new Set(["sv", "en"]));
    expect(answers.some((a) => !a.answered)).toBe(true);
    expect(answers.some((a) => a.blocks?.some((b) => b.kind === "table"))).toBe(true);
    expect(answers.some((a) => a.blocks?.some((b) => b.kind === "yesno"))).toBe(true);
  });

  it("keeps every platform limit in every form", () => {
    for (const a of answers) {
      expect(limitViolations(renderSlack(a, { sourcesValue: "v" })), a.question).toEqual([]);
      const slash = renderSlack(a, { sourcesValue: "v", shareValue: "v", restate: true });
      expect(limitViolations(slash), a.question).toEqual([]);
      expectWithinDiscordLimits(renderDiscord(a, { feedbackId: "abcdef" }));
      expect(renderTerminal(a, { color: false }).length).toBeGreaterThan(0);
    }
  });

  it("lists each document once, in the model and in every rendering", () => {
    for (const a of answers) {
      const docs = documentsOf(a);
      expect(new Set(docs.map((d) => d.docId)).size, a.question).toBe(docs.length);
      const lines = (text: string, start: string) =>
        text.split("\n").filter((l) => l.startsWith(start));
      const slack = slackVisibleText(renderSlack(a));
      const discord = renderDiscord(a).embeds[0]?.description ?? "";
      for (const d of docs) {
        expect(lines(slack, `[${d.n}] `), `${a.question} [${d.n}]`).toHaveLength(1);
        expect(lines(discord, `\`[${d.n}]\``), `${a.question} [${d.n}]`).toHaveLength(1);
      }
    }
  });

  it("writes English answers with no Swedish outside quotes and names", () => {
    for (const a of answers.filter((x) => x.language === "en")) {
      // Every lead and table; the money writers' lines and notes too (others quote their documents).
      const money = MONEY_INTENTS.has(a.intent);
      const blocks = (a.blocks ?? []).filter(
        (b) => money || b.kind === "lead" || b.kind === "table",
      );
      for (const text of answerTexts(blocks)) {
        expect(swedishWords(text), `${a.question}: ${text}`).toEqual([]);
      }
    }
  });

  it("has a Swedish-word detector that finds Swedish and spares quotes and names", () => {
    expect(swedishWords("SEK 6 million för lungcancer")).toEqual(["för", "lungcancer"]);
    expect(swedishWords("Paid out by Socialstyrelsen for “arbete med piloter”.")).toEqual([]);
  });

  it("writes each amount in one format", () => {
    for (const a of answers) {
      const shown = [slackVisibleText(renderSlack(a)), discordVisibleText(renderDiscord(a))].map(
        (t) =>
          t
            .split("\n")
            .filter((l) => !/^\[\d+\] |^`?\[\d+\]`? /.test(l))
            .join("\n"),
      );
      for (const f of a.figures) {
        const one = formatAmount(f.amountSek, a.language);
        const digits = groupDigits(f.amountSek, a.language);
        const other = a.language === "en" ? `SEK ${digits}` : `${digits} kr`;
        if (other === one) continue;
        for (const text of shown) expect(text, `${a.question}: ${other}`).not.toContain(other);
      }
    }
  });

  it("keeps every figure cited, every cited document among the sources", () => {
    for (const a of answers) {
      const ids = new Set(a.citations.map((c) => c.id));
      const listed = new Set(documentsOf(a).flatMap((d) => d.citations));
      for (const f of a.figures) {
        expect(f.citations.length, `${a.question}: ${f.label}`).toBeGreaterThan(0);
        for (const id of f.citations) {
          expect(ids.has(id), a.question).toBe(true);
          expect(listed.has(id), a.question).toBe(true);
        }
      }
    }
  });

  it("keeps to the length budgets on Slack and Discord; declines are one or two sentences", () => {
    const answered = answers.filter((a) => a.answered);
    const slack = answered.map((a) => slackVisibleText(renderSlack(a)).length);
    const discord = answered.map((a) => discordVisibleText(renderDiscord(a)).length);
    expect(median(slack)).toBeLessThanOrEqual(MEDIAN_MAX);
    expect(median(discord)).toBeLessThanOrEqual(MEDIAN_MAX);
    answered.forEach((a, i) => {
      const max = a.blocks?.some((b) => b.kind === "table") ? TABLE_ANSWER_MAX : ANSWER_MAX;
      expect(slack[i], a.question).toBeLessThanOrEqual(max);
      expect(discord[i], a.question).toBeLessThanOrEqual(max);
    });
    for (const a of answers.filter((x) => !x.answered)) {
      const sentences = a.text.split(/(?<=[.?!])\s+(?=\p{Lu}|[„”“"])/u).filter((s) => s.trim());
      expect(sentences.length, a.text).toBeLessThanOrEqual(2);
    }
  });
});
