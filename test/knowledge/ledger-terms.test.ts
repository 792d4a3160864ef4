// A telling's stems read text by text are the stems of its texts read as one.
import { describe, expect, it } from "vitest";
import type { RawFact } from "../../src/knowledge/facts.js";
import { sentenceStems, TellingTerms } from "../../src/knowledge/ledger-terms.js";
import type { Segment } from "../../src/knowledge/segments.js";
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
) =>
  ({
    segment: { start: at, text },
    recipient,
    toldAbove,
    amount: { start: at },
    role: { role: "grant" },
  }) as unknown as RawFact;

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

  it("read word by word, are the stems of the sentence read whole", () => {
    const texts = [
      ...SENTENCES,
      "GMS-projektet och covid-19 får 2024–2026 medel; Region Skåne, STRAẞE och ﬁnansiering.",
      "ΌΣΟΣ ΣΑΣ-ΣΑΣ och Ǆemal läser Ⅻ kapitel om e\u0308 och a\u0301b.",
      "İstanbul-stat och İSTANBUL",
    ];
    for (const text of texts) {
      const stems = sentenceStems({ text } as Segment);
      if (stems) expect([...stems].sort()).toEqual([...new Set(contentStems(text))].sort());
    }
  });
});
