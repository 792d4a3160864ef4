import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Answer, AnswerSchema, createAsk } from "../../src/bot/index.js";
import { findAmounts, loadKnowledge } from "../../src/knowledge/index.js";

// Documents the code has never seen (test/fixtures): they must be answerable without code changes.
const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url));
const knowledge = loadKnowledge(fixturesDir);
const ask = createAsk({ knowledge });

const PM = "pm-2025-12-farmakogenomik";
const BESLUT = "beslut-2025-01-prostatacancer";
const ARTIKEL = "artikel-2026-02-genomikstod";
const NEWS = "news-2024-03-data-sharing";
const LEUKEMI = "pm-2024-06-akuta-leukemier";

/** The contract: quotes are the documents' text, figures are cited, a stated figure's amount is in its quotes. */
function honest(answer: Answer): Answer {
  AnswerSchema.parse(answer);
  const byId = new Map(answer.citations.map((c) => [c.id, c]));
  for (const c of answer.citations) {
    const doc = knowledge.documents.find((d) => d.id === c.docId);
    expect(doc, `cited ${c.docId}`).toBeDefined();
    expect(c.quote).toBe(doc?.text.slice(c.start, c.end));
  }
  for (const f of answer.figures) {
    expect(f.citations.length, `${f.label} is cited`).toBeGreaterThan(0);
    for (const id of f.citations) {
      const c = byId.get(id);
      expect(c, `citation ${id}`).toBeDefined();
      if (f.derived || !c) continue;
      const amounts = findAmounts(c.quote).map((a) => a.valueSek);
      expect(amounts, `“${c.quote}” states ${f.amountSek}`).toContain(f.amountSek);
    }
  }
  if (!answer.answered) expect(answer.figures).toEqual([]);
  return answer;
}

/** The documents cited by the answer's first figure. */
function firstFigureDocs(answer: Answer): string[] {
  const ids = answer.figures[0]?.citations ?? [];
  return answer.citations.filter((c) => ids.includes(c.id)).map((c) => c.docId);
}

describe("fixtures answerable: amounts for an area and year", () => {
  it.each<[string, number, number, string, "sv" | "en"]>([
    ["hur mycket gick till farmakogenomik 2026?", 12_000_000, 2026, PM, "sv"],
    ["Hur mycket fick prostatacancer 2025", 8_250_000, 2025, BESLUT, "sv"],
    ["how much went to prostate cancer in 2025?", 8_250_000, 2025, BESLUT, "en"],
    ["hur mycket gick till akuta leukemier?", 2_400_000, 2024, LEUKEMI, "sv"],
    ["How much did Forte get?", 10_000_000, 2024, NEWS, "en"],
    ["how much did SciLifeLab receive", 2_000_000, 2024, NEWS, "en"],
  ])("%s → %d (%d), cited from %s", (question, amount, year, docId, language) => {
    const a = honest(ask(question));
    expect(a.answered).toBe(true);
    expect(a.language).toBe(language);
    expect(a.figures[0]?.amountSek).toBe(amount);
    expect(a.figures[0]?.year).toBe(year);
    expect(a.figures[0]?.derived).toBe(false);
    expect(firstFigureDocs(a)).toContain(docId);
  });

  it("the retold prostate-cancer grant cites both the decision and the article", () => {
    const a = honest(ask("hur mycket gick till prostatacancer 2025?"));
    expect(new Set(firstFigureDocs(a))).toEqual(new Set([BESLUT, ARTIKEL]));
  });

  it("the answer on akuta leukemier does not call it early detection", () => {
    const a = honest(ask("hur mycket gick till akuta leukemier?"));
    expect(a.text).not.toMatch(/tidig upptäckt/i);
    expect(a.figures[0]?.label ?? "").not.toMatch(/tidig upptäckt|early detection/i);
  });
});

describe("fixtures answerable: no figure for a year the documents don't fund", () => {
  it.each([
    ["prostatacancer 2024?", "sv"],
    ["How much went to prostatacancer in 2030?", "en"],
    ["hur mycket gick till farmakogenomik 2025?", "sv"],
  ])("%s → declined, no figure, no other year's amount offered", (question, language) => {
    const a = honest(ask(question));
    expect(a.answered).toBe(false);
    expect(a.language).toBe(language);
    expect(a.figures).toEqual([]);
    expect(a.text).not.toMatch(/8[ ,.]?25|8[\s\u00A0]?250[\s\u00A0]?000|12 miljoner|SEK 12/);
  });
});

describe("fixtures answerable: what an amount was for", () => {
  it.each<[string, number, RegExp]>([
    ["what was the 4.5 million for?", 4_500_000, /genotypning/],
    ["vad var 4,5 miljoner till?", 4_500_000, /genotypning/],
    ["What was the 7,5 miljoner for", 7_500_000, /beslutsstöd/],
    ["vad skulle de 3 250 000 kronorna användas till?", 3_250_000, /kvalitetsregister/],
  ])("%s", (question, amount, purpose) => {
    const a = honest(ask(question));
    expect(a.answered).toBe(true);
    expect(a.figures[0]?.amountSek).toBe(amount);
    expect(a.text).toMatch(purpose);
    const docs = firstFigureDocs(a);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d === PM || d === BESLUT)).toBe(true);
  });
});

describe("fixtures answerable: totals", () => {
  it.each<[string, number, number, string[]]>([
    ["Hur mycket fick GMS totalt 2025?", 9_750_000, 2025, [BESLUT, ARTIKEL]],
    ["What did GMS receive in total in 2025?", 9_750_000, 2025, [BESLUT, ARTIKEL]],
    ["What did GMS receive in total in 2024?", 5_900_000, 2024, [NEWS, LEUKEMI]],
  ])("%s → %d, derived from the GMS grants of that year", (question, sum, year, docs) => {
    const a = honest(ask(question));
    expect(a.answered).toBe(true);
    expect(a.figures[0]?.amountSek).toBe(sum);
    expect(a.figures[0]?.year).toBe(year);
    expect(a.figures[0]?.derived).toBe(true);
    expect(new Set(firstFigureDocs(a))).toEqual(new Set(docs));
    // Forte's 10 MSEK and SciLifeLab's money are not GMS money.
    expect(a.figures.map((f) => f.amountSek)).not.toContain(10_000_000);
  });

  it("What did GMS receive in total 2024–2026? → the stated 31,5 miljoner, with the gap", () => {
    const a = honest(ask("What did GMS receive in total 2024–2026?"));
    expect(a.figures[0]?.amountSek).toBe(31_500_000);
    expect(a.figures[0]?.derived).toBe(false);
    expect(firstFigureDocs(a)).toEqual([ARTIKEL]);
    expect(a.figures.some((f) => f.derived && f.amountSek === 27_650_000)).toBe(true);
    expect(a.text).toMatch(/27\.65|27,65/);
  });

  it("Hur mycket fick GMS 2026? → 12 miljoner from the press release", () => {
    const a = honest(ask("Hur mycket fick GMS 2026?"));
    expect(a.figures[0]?.amountSek).toBe(12_000_000);
    expect(a.figures[0]?.year).toBe(2026);
    expect(firstFigureDocs(a)).toContain(PM);
  });
});

describe("fixtures answerable: deadlines, payers, recipients", () => {
  it("the requisition deadline is cited from the decision", () => {
    const a = honest(ask("När ska rekvisitionen ha kommit in till Kammarkollegiet?"));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/15 oktober 2025/);
    expect(a.citations[0]?.docId).toBe(BESLUT);
    expect(a.citations[0]?.quote).toContain("senast den 15 oktober 2025");
  });

  it("What is the deadline for the requisition? (English)", () => {
    const a = honest(ask("What is the deadline for the requisition?"));
    expect(a.text).toMatch(/15 October 2025/);
    expect(a.citations.map((c) => c.docId)).toEqual([BESLUT]);
  });

  it("repayment written as 'ska betalas tillbaka' is found as a repayment deadline", () => {
    const a = honest(ask("When must unused money be repaid?"));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/31 March 2026/);
    expect(a.citations.some((c) => c.docId === BESLUT && c.quote.includes("31 mars 2026"))).toBe(
      true,
    );
  });

  it("a report deadline asked for one area cites only that area's document", () => {
    const a = honest(ask("När ska slutrapporten om prostatacancer lämnas?"));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/30 april 2026/);
    expect(a.citations.map((c) => c.docId)).toEqual([BESLUT]);
  });

  it("who pays out the farmakogenomik money: Kammarkollegiet, cited from the press release", () => {
    const a = honest(ask("Vem betalar ut pengarna till farmakogenomik?"));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kammarkollegiet/);
    expect(a.citations.some((c) => c.docId === PM && c.quote.includes("Kammarkollegiet"))).toBe(
      true,
    );
  });

  it("who received the prostate-cancer money: Region Västerbotten, not every recipient", () => {
    const a = honest(ask("Vem fick pengarna för prostatacancer?"));
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Region Västerbotten/);
    expect(a.text).not.toMatch(/Forte|SciLifeLab|Region Uppsala/);
  });
});

describe("fixtures answerable: every answer keeps the contract", () => {
  it.each([
    "hur mycket gick till farmakogenomik 2026?",
    "how much went to prostate cancer in 2025?",
    "what was the 4.5 million for?",
    "Hur mycket fick GMS totalt 2025?",
    "Vem fick pengarna?",
    "list the sources",
    "What's the capital of France?",
  ])("%s", (question) => {
    honest(ask(question));
  });
});

describe("fixtures answerable: an English document, asked in English", () => {
  it("'how much for data sharing' finds the English news item by its own words", () => {
    const answer = ask("how much for data sharing");
    expect(answer.figures[0]?.amountSek).toBe(3_500_000);
    expect(answer.citations[0]?.quote).toMatch(/sharing of genomic data/);
  });
});
