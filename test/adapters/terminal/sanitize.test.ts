import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneLine, stripControl } from "../../../src/adapters/terminal/sanitize.js";
import { unsafeCharacters } from "./terminal-text.js";

describe("stripControl", () => {
  it("drops escape sequences' lead bytes, bell, C1 CSI and bidi overrides", () => {
    expect(stripControl("a\u001b[2Jb\u0007c\u009b31md\u202eevil\u2066x")).toBe("a[2Jbc31mdevilx");
  });

  it("keeps newlines only when asked and turns tabs into spaces", () => {
    expect(stripControl("a\nb\tc\r")).toBe("ab c");
    expect(stripControl("a\nb\tc\r", true)).toBe("a\nb c");
  });

  it("keeps ordinary Swedish text and emoji intact", () => {
    expect(stripControl("Bröst- och äggstockscancer 7 875 000 kr 🎗️")).toBe(
      "Bröst- och äggstockscancer 7 875 000 kr 🎗️",
    );
  });

  it("never lets an unsafe character through, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.boolean(), (text, keep) => {
        const out = stripControl(text, keep);
        expect(unsafeCharacters(out)).toEqual([]);
        if (!keep) expect(out).not.toContain("\n");
      }),
    );
  });
});

describe("oneLine", () => {
  it("folds whitespace runs and line breaks into single spaces", () => {
    expect(oneLine("  first line\r\n  second\tline  ")).toBe("first line second line");
  });
});
