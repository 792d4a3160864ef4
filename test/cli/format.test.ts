import { describe, expect, it } from "vitest";
import { alignTable, formatSek, truncate } from "../../src/cli/format.js";

describe("formatSek", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1 000"],
    [250_000, "250 000"],
    [7_875_000, "7 875 000"],
    [1_200_000_000, "1 200 000 000"],
    [1234.5, "1 234,5"],
  ])("%d → %s", (amount, text) => {
    expect(formatSek(amount)).toBe(text);
  });
});

describe("alignTable", () => {
  it("pads columns to their widest cell and right-aligns the asked ones", () => {
    const table = alignTable(
      [
        ["id", "amount"],
        ["a", "7 875 000"],
        ["longer", "250 000"],
      ],
      new Set([1]),
    );
    expect(table.split("\n")).toEqual([
      "id         amount",
      "a       7 875 000",
      "longer    250 000",
    ]);
  });
});

describe("truncate", () => {
  it("keeps short text and marks a cut", () => {
    expect(truncate("abc", 5)).toBe("abc");
    expect(truncate("abcdefgh", 5)).toBe("abcd…");
  });
});
