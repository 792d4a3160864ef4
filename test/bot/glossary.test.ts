// The glossary translates the asker's English into the documents' Swedish, and nothing else.
import { describe, expect, it } from "vitest";
import { translateToSwedish } from "../../src/bot/glossary.js";

describe("translateToSwedish", () => {
  it("translates words and phrases it knows", () => {
    expect(translateToSwedish("childhood cancer")).toContain("barn");
    expect(translateToSwedish("rare diseases")).toContain("sällsynta");
  });

  it("leaves words that are names of JavaScript's own object members as they are", () => {
    for (const w of ["constructor", "valueOf", "hasOwnProperty", "__proto__", "toString"])
      expect(translateToSwedish(`how much for ${w} 2022`)).toBe(`how much for ${w} 2022`);
  });

  it("reads the empty text as empty", () => {
    expect(translateToSwedish("")).toBe("");
  });
});
