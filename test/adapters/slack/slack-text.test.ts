import { describe, expect, it } from "vitest";
import {
  escapeSlack,
  fitEscaped,
  questionFromSlack,
  shorten,
  slackToPlain,
} from "../../../src/adapters/slack/slack-text.js";

describe("escapeSlack", () => {
  it("escapes &, < and > so Slack shows them literally", () => {
    expect(escapeSlack("a & b <!channel> <@U1> c > d")).toBe(
      "a &amp; b &lt;!channel&gt; &lt;@U1&gt; c &gt; d",
    );
  });

  it("escapes text that already looks escaped, so it shows as typed", () => {
    expect(escapeSlack("&lt;!here&gt;")).toBe("&amp;lt;!here&amp;gt;");
  });

  it("defuses bare mass mentions with a zero-width space", () => {
    expect(escapeSlack("@everyone @Here @channel @hereford")).toBe(
      "@\u200beveryone @\u200bHere @\u200bchannel @hereford",
    );
  });
});

describe("questionFromSlack", () => {
  it("drops leading mentions and keeps the question", () => {
    expect(questionFromSlack("<@U0BOT0001> how much went to barncancer 2022?")).toBe(
      "how much went to barncancer 2022?",
    );
    expect(questionFromSlack("<@U0BOT0001|gms>: <@U0BOT0001>, hur mycket?")).toBe("hur mycket?");
    expect(questionFromSlack("  <@W0ENT0001>   ")).toBe("");
  });

  it("turns Slack's tokens and entities into what the person typed", () => {
    expect(slackToPlain("ask <@U0BOB0001> and <@U0ALICE|alice> in <#C0GEN|general>")).toBe(
      "ask @U0BOB0001 and @alice in #general",
    );
    expect(slackToPlain("<!channel> <!here|here> <!subteam^S1|@team> <!date^1|Feb 18>")).toBe(
      "@channel here @team Feb 18",
    );
    expect(slackToPlain("see <https://x.test/a?b=1&amp;c=2|the doc> or <mailto:a@b.se>")).toBe(
      "see the doc or mailto:a@b.se",
    );
    expect(slackToPlain("5 &lt; 6 &amp;&amp; 7 &gt; 6")).toBe("5 < 6 && 7 > 6");
    expect(slackToPlain("&amp;lt;")).toBe("&lt;");
  });
});

describe("shorten and fitEscaped", () => {
  it("cuts at a word boundary and adds an ellipsis", () => {
    expect(shorten("short", 10)).toBe("short");
    expect(shorten("alpha beta gamma delta epsilon", 20)).toBe("alpha beta gamma…");
    expect(shorten("abcdefghij", 5)).toBe("abcd…");
    expect(shorten("abc", 1)).toBe("…");
  });

  it("never splits a surrogate pair", () => {
    const out = shorten("😀😀😀😀", 4);
    expect(out).toBe("😀…");
    // A lone surrogate would not survive a UTF-8 round trip.
    expect(Buffer.from(out, "utf8").toString("utf8")).toBe(out);
  });

  it("bounds the escaped length, shortening before escaping so no entity is cut", () => {
    const out = fitEscaped("&".repeat(100), 21);
    expect(out.length).toBeLessThanOrEqual(21);
    expect(out).toBe(`${"&amp;".repeat(3)}…`);
    expect(fitEscaped("<<<", 0)).toBe("");
  });
});
