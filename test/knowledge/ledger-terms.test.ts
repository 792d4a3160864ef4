// A telling's stems read text by text are the stems of its texts read as one.
import { describe, expect, it } from "vitest";
import type { RawFact } from "../../src/knowledge/facts.js";
import { TellingTerms } from "../../src/knowledge/ledger-terms.js";
import { contentStems } from "../../src/knowledge/words.js";

const SENTENCES = [
  "Regeringen ger 16,5 miljoner kronor till bröst- och äggstockscancer.",
  "Pengarna går till huvud- och",
  "ΣΟΦΙΑ och İstanbul får medel för GMS-projektet 2024–2026.",
  "Kort.",
  "",
];
const RECIPIENTS = [null, "Region Skåne", "halscancer och", "Genomic Medicine Sweden (GMS)"];
const ABOVE = [undefined, "Pengar till hjärtmottagning", "Äggstockscancer-"];
const KNOWN = new Set(["cancer", "äggstockscancer", "halscancer", "hjärtmottagning"]);
const isWord = (w: string) => KNOWN.has(w);

const telling = (
  text: string,
  recipient: string | null,
  toldAbove: string | undefined,
  at: number,
) => ({ segment: { start: at, text }, recipient, toldAbove }) as unknown as RawFact;

describe("telling terms", () => {
  it("are the content stems of sentence, recipient and heading read together", () => {
    const terms = new TellingTerms(isWord);
    let at = 0;
    for (const text of SENTENCES)
      for (const recipient of RECIPIENTS)
        for (const above of ABOVE) {
          terms.nextDocument();
          const whole = contentStems(`${text} ${recipient ?? ""} ${above ?? ""}`, isWord);
          expect([...terms.of(telling(text, recipient, above, at++))].sort()).toEqual(
            [...new Set(whole)].sort(),
          );
        }
  });
});
