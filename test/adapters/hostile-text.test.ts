// Issue 13: document text is inert in every rendering (links, markdown, code fences), not only mentions.
import { describe, expect, it } from "vitest";
import { renderAnswer as renderDiscord } from "../../src/adapters/discord/render.js";
import { displayable } from "../../src/adapters/discord/text.js";
import { renderAnswer as renderSlack } from "../../src/adapters/slack/render.js";
import { escapeSlack } from "../../src/adapters/slack/slack-text.js";
import { figureAnswer } from "./discord/support/answers.js";

const HOSTILE =
  "[Socialstyrelsen](https://evil.example/phish) ```js\nalert(1)``` ||dold|| **fet** _kursiv_ ~~struken~~";

describe("document text is shown, never parsed", () => {
  it("Discord: a masked link, code fences, spoilers and emphasis are escaped", () => {
    const out = displayable(HOSTILE);
    expect(out).not.toMatch(/\]\(/);
    expect(out).not.toMatch(/(?<!\\)`/);
    expect(out).not.toMatch(/(?<!\\)\|/);
    expect(out).not.toMatch(/(?<!\\)\*/);
    expect(out).not.toMatch(/(?<!\\)~/);
    expect(displayable("> citat\n# rubrik")).toBe("\\> citat\n\\# rubrik");
    // The words themselves survive: only the markup is made literal.
    expect(out.replace(/[\\\u200b]/g, "")).toBe(HOSTILE);
  });

  it("Slack: formatting marks are broken with a zero-width space; links and mentions stay escaped", () => {
    const out = escapeSlack(`${HOSTILE} <!channel> <https://evil.example|Socialstyrelsen>`);
    expect(out).not.toMatch(/<https?:/);
    expect(out).not.toMatch(/[*_~`](?!\u200b)/);
    expect(out).toContain("&lt;!channel&gt;");
    expect(out.replace(/\u200b/g, "")).toBe(
      `${HOSTILE} <!channel> <https://evil.example|Socialstyrelsen>`
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;"),
    );
  });

  it("a question's markup is literal where the answer restates it (Discord's embed title, Slack's context line)", () => {
    const answer = figureAnswer(`${HOSTILE} barncancer 2022?`, "en");
    const title = renderDiscord(answer).embeds?.[0]?.title ?? "";
    expect(title).not.toMatch(/\]\(/);
    expect(title).not.toMatch(/(?<!\\)[*`|]/);
    const restated = JSON.stringify(renderSlack(answer, { restate: true }).blocks);
    for (const mark of ["**fet**", "~~struken~~", "```js"]) expect(restated).not.toContain(mark);
  });
});
