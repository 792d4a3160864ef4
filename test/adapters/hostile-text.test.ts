// Issue 13: document text is inert in every rendering (links, markdown, code fences), not only mentions.
import { describe, expect, it } from "vitest";
import { displayable } from "../../src/adapters/discord/text.js";
import { escapeSlack } from "../../src/adapters/slack/slack-text.js";

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
});
