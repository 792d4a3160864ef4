import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, groupDigits } from "../../src/bot/format-amount.js";
import { findAmounts } from "../../src/knowledge/amounts.js";

describe("formatAmount", () => {
  it.each<[number, string, string]>([
    [49_500_000, "49,5 miljoner kronor", "SEK 49.5 million"],
    [6_000_000, "6 miljoner kronor", "SEK 6 million"],
    [1_000_000, "1 miljon kronor", "SEK 1 million"],
    [1_500_000, "1,5 miljoner kronor", "SEK 1.5 million"],
    [16_500_000, "16,5 miljoner kronor", "SEK 16.5 million"],
    [15_750_000, "15,75 miljoner kronor", "SEK 15.75 million"],
    [54_750_000, "54,75 miljoner kronor", "SEK 54.75 million"],
    [10_250_000, "10,25 miljoner kronor", "SEK 10.25 million"],
    [10_050_000, "10,05 miljoner kronor", "SEK 10.05 million"],
    [1_200_000_000, "1,2 miljarder kronor", "SEK 1.2 billion"],
    [1_000_000_000, "1 miljard kronor", "SEK 1 billion"],
    [2_000_000_000, "2 miljarder kronor", "SEK 2 billion"],
    [1_234_000_000, "1 234 miljoner kronor", "SEK 1,234 million"],
    [7_875_000, "7 875 000 kr", "SEK 7,875,000"],
    [1_234_567, "1 234 567 kr", "SEK 1,234,567"],
    [250_000, "250 000 kr", "SEK 250,000"],
    [500_000, "500 000 kr", "SEK 500,000"],
    [999, "999 kr", "SEK 999"],
    [0, "0 kr", "SEK 0"],
    [7_875_000.4, "7 875 000 kr", "SEK 7,875,000"],
    [-250_000, "-250 000 kr", "SEK -250,000"],
    [-6_000_000, "-6 miljoner kronor", "SEK -6 million"],
  ])("%d", (sek, sv, en) => {
    expect(formatAmount(sek, "sv")).toBe(sv);
    expect(formatAmount(sek, "en")).toBe(en);
  });

  it("uses only ordinary spaces", () => {
    expect(formatAmount(7_875_000, "sv")).not.toMatch(/[\u00A0\u202F\u2009]/);
  });

  it("refuses what is not a finite number", () => {
    expect(() => formatAmount(Number.NaN, "sv")).toThrow(RangeError);
    expect(() => formatAmount(Number.POSITIVE_INFINITY, "en")).toThrow(RangeError);
  });

  const amounts = fc.oneof(
    fc.integer({ min: 1, max: 5_000_000_000_000 }),
    fc.integer({ min: 1, max: 500_000 }).map((n) => n * 10_000),
    fc.integer({ min: 1, max: 50_000 }).map((n) => n * 10_000_000),
  );

  it("is read back as the same amount in both languages", () => {
    fc.assert(
      fc.property(amounts, (sek) => {
        for (const language of ["sv", "en"] as const) {
          const text = formatAmount(sek, language);
          const found = findAmounts(text);
          expect(found.map((m) => [m.text, m.valueSek])).toEqual([[text, sek]]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("groups digits exactly as Intl does, without building a number format", () => {
    const intl = (value: number, language: "sv" | "en", fraction: number) =>
      new Intl.NumberFormat(language === "sv" ? "sv-SE" : "en-US", {
        maximumFractionDigits: fraction,
        useGrouping: "always",
      })
        .format(value)
        .replace(/[\u00a0\u202f]/g, " ")
        .replace(/\u2212/g, "-");
    const values = fc.oneof(
      fc.integer({ min: -5_000_000_000_000, max: 5_000_000_000_000 }),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
      fc.double({ min: -1e17, max: 1e17, noNaN: true }),
      fc.constantFrom(0, -0, 1.005, 2.675, 999.995, 1e15, 1e16 + 2, 0.1 + 0.2),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(0, 2), (value, fraction) => {
        for (const language of ["sv", "en"] as const)
          expect(groupDigits(value, language, fraction)).toBe(intl(value, language, fraction));
      }),
      { numRuns: 2000 },
    );
  });
});
