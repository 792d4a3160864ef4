// The pre-check on a sentence's words for a count in words: wherever the count regex matches, it holds.
import { describe, expect, it } from "vitest";
import { readingOf } from "../../src/knowledge/sentence-readings.js";
import {
  COUNT_WORDS,
  endsInCountWord,
  holdsCountWord,
} from "../../src/knowledge/statements/count-words.js";
import { textStarts } from "../../src/knowledge/statements/phrase-starts.js";

const COUNTED_IN_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(${COUNT_WORDS.join("|")})[ \\u00a0]+(\\p{Ll}[\\p{L}-]{0,40})`,
  "iu",
);

const mayCount = (text: string): boolean => holdsCountWord(textStarts(readingOf(text)).each);

describe("count words", () => {
  it("a count word, alone or after a joiner, ends its word", () => {
    expect(endsInCountWord("två")).toBe(true);
    expect(endsInCountWord("x-två")).toBe(true);
    expect(endsInCountWord("covid-19")).toBe(false);
    expect(endsInCountWord("tvåa")).toBe(false);
    expect(endsInCountWord("en")).toBe(false);
  });

  it("holds for every text the count regex matches", () => {
    const texts = [
      "att anställa två bioinformatiker",
      "Three new laboratories opened.",
      "GMS-TVÅ noder, x-sju regioner",
      "ÅTTA analyser och Åtta prov",
      "(tre) regioner; 'fem' prover",
      "de sju noderna",
      "tjugo\u00a0personer",
      "fyra",
      "3två saker",
      "ingen siffra här",
    ];
    for (const text of texts)
      if (COUNTED_IN_WORDS.test(text)) expect(mayCount(text), text).toBe(true);
    expect(mayCount("ingen siffra här")).toBe(false);
    expect(mayCount("fyra")).toBe(true);
  });
});
