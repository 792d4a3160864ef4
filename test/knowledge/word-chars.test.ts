import { describe, expect, it } from "vitest";
import { lastWordRun, nextToken, type Span } from "../../src/knowledge/word-chars.js";

/** Every token the loop finds, stepping as the scans do (past each token's end). */
function tokens(text: string, digitRuns: boolean): string[] {
  const found: string[] = [];
  const span: Span = { start: 0, end: 0 };
  for (let from = 0; nextToken(text, from, digitRuns, span); from = span.end) {
    found.push(text.slice(span.start, span.end));
  }
  return found;
}

function byRegex(text: string, digitRuns: boolean): string[] {
  return [...text.matchAll(digitRuns ? /\p{L}+|\d+/gu : /\p{L}+|\d/gu)].map((m) => m[0]);
}

const TEXTS = [
  "GMS får 12,5 miljoner kronor år 2024.",
  "Åtta miljoner – från 2021 till 2023; ÖVRIGT",
  "𝐀𝐁 14 mkr för 𝐂-data och ١٢٣ tusen",
  "x😀y 2025 z",
  "",
  "123abc45",
];

describe("nextToken", () => {
  it.each(TEXTS)("finds what the scans' regexes find in %j", (text) => {
    expect(tokens(text, false)).toEqual(byRegex(text, false));
    expect(tokens(text, true)).toEqual(byRegex(text, true));
  });
});

describe("lastWordRun", () => {
  const LAST_TEXTS = [
    ...TEXTS,
    "Region Uppsala will lead the work with ",
    "… och går in med",
    "  ,;  ",
    "för 𝐂-data",
    "𝐂 och ١٢٣ tusen!",
    "ends with 𝐀",
  ];

  it.each(LAST_TEXTS)(
    "reads the last word `split` leaves in %j, or leaves it to the regex",
    (text) => {
      const last = lastWordRun(text);
      const split = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
      if (last !== null) expect(last).toBe(split.at(-1) ?? "");
    },
  );

  it("reads BMP text without the regex", () => {
    expect(lastWordRun("… går in med, ")).toBe("med");
    expect(lastWordRun("")).toBe("");
    expect(lastWordRun("ends with 𝐀")).toBeNull();
  });
});
