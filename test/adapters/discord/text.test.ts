import { describe, expect, it } from "vitest";
import {
  displayable,
  neutraliseMentions,
  safeUrl,
  truncate,
} from "../../../src/adapters/discord/text.js";

describe("neutraliseMentions", () => {
  it("puts a zero-width space where Discord would otherwise see a mention", () => {
    expect(neutraliseMentions("@everyone @here")).toBe("@\u200beveryone @\u200bhere");
    expect(neutraliseMentions("<@1> <@!2> <@&3> <#4>")).toBe(
      "<\u200b@1> <\u200b@!2> <\u200b@&3> <\u200b#4>",
    );
  });

  it("leaves ordinary text, e-mail addresses and comparisons alone", () => {
    const plain = "mejla info@gms.se om 5 < 7 miljoner";
    expect(neutraliseMentions(plain)).toBe(plain);
  });
});

describe("displayable", () => {
  it("replaces lone surrogates, which cannot be sent, and keeps pairs", () => {
    expect(displayable("a\ud800b😀")).toBe("a\ufffdb😀");
  });
});

describe("truncate", () => {
  it("returns short text unchanged and ends cut text with an ellipsis within the limit", () => {
    expect(truncate("kort", 10)).toBe("kort");
    expect(truncate("a".repeat(20), 10)).toBe(`${"a".repeat(9)}…`);
    expect(truncate("abc", 1)).toBe("…");
    expect(truncate("abc", 0)).toBe("");
  });

  it("does not split an emoji", () => {
    const cut = truncate("ab😀cd", 4);
    expect(cut).toBe("ab…");
  });
});

describe("safeUrl", () => {
  it("keeps plain http(s) addresses and drops anything else", () => {
    expect(safeUrl("https://www.regeringen.se/a")).toBe("https://www.regeringen.se/a");
    expect(safeUrl(null)).toBeNull();
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("https://x.se/>@everyone")).toBeNull();
    expect(safeUrl(`https://x.se/${"a".repeat(600)}`)).toBeNull();
  });
});
