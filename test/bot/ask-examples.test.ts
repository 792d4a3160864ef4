import { describe, expect, it } from "vitest";
import { findAmounts } from "../../src/knowledge/index.js";
import { expectHonest, seedAsk, seedKnowledge } from "../support/seeds.js";

const ask = seedAsk();

// The examples plus our own, in both languages: [question, figures[0].amountSek, year, cited doc prefix].
const FIGURES: Array<[string, number, number | null, string]> = [
  ["how much went to barncancer 2022?", 7_875_000, 2022, "004_"],
  ["Hur mycket fick GMS 2024?", 49_500_000, 2024, "003_"],
  ["How much was allocated to lung cancer?", 6_000_000, 2022, "001_"],
  ["Hur mycket gick till bröst- och äggstockscancer 2022?", 7_875_000, 2022, "004_"],
  ["What did GMS receive in total 2021–2023?", 54_750_000, null, "003_"],
  ["hur mycket gick till sällsynta hälsotillstånd 2024", 15_000_000, 2024, "003_"],
  ["How much could Socialstyrelsen use for its own work in 2022?", 250_000, 2022, "004_"],
  ["hur mkt fick GMS 2024", 49_500_000, 2024, "003_"],
  ["rare diseases?", 15_000_000, 2024, "003_"],
  ["barncacner 2022", 7_875_000, 2022, "004_"],
  ["barn cancer 2022?", 7_875_000, 2022, "004_"],
  ["<@U0BOT> how much for childhood cancer in 2022", 7_875_000, 2022, "004_"],
  ["pediatric cancer 2021?", 8_500_000, 2021, "002_"],
  ["how much went to barncancer 2021", 8_500_000, 2021, "002_"],
  ["HUR MYCKET GICK TILL LUNGCANCER", 6_000_000, 2022, "001_"],
  ["women's cancers 2022", 7_875_000, 2022, "004_"],
  ["data sharing", 14_500_000, 2024, "003_"],
  ["datadelning 2024", 14_500_000, 2024, "003_"],
  ["clinical trials?", 10_000_000, 2024, "003_"],
  ["early detection of cancer", 5_000_000, 2021, "002_"],
  ["what was the 14,5 million for?", 14_500_000, 2024, "003_"],
  ["vad gick 14,5 miljoner till?", 14_500_000, 2024, "003_"],
  ["vad gick 14,5 mnkr till", 14_500_000, 2024, "003_"],
  ["what was 14.5 MSEK for?", 14_500_000, 2024, "003_"],
  ["what is the 500k", 500_000, 2024, "003_"],
  ["vad var 250 tkr till?", 250_000, 2022, "004_"],
  ["lungcancer för 2022", 6_000_000, 2022, "001_"],
  ["hur mkt till lungcancer år 2022", 6_000_000, 2022, "001_"],
  ["lung cancer in 2022?", 6_000_000, 2022, "001_"],
  ["How was the 49.5 million split?", 49_500_000, 2024, "003_"],
  ["hur mycket fick GMS 2022", 21_750_000, 2022, "004_"],
  ["hur mycket fick gms år 2023", 10_000_000, 2023, "000_"],
  ["how much did GMS get for 2021?", 16_500_000, 2021, "002_"],
  ["Hur mycket gick till barncancer totalt?", 36_375_000, null, "002_"],
  ["lungcancer 2022 mnkr", 6_000_000, 2022, "001_"],
  ["hur mycket fick GMS sedan 2022", 81_250_000, null, "003_"],
  ["is it true that childhood cancer got 7 million in 2022?", 7_875_000, 2022, "004_"],
  ["hur mycket pengar har GMS fått totalt?", 104_250_000, null, "003_"],
  ["what's the budget frame for 2022?", 16_000_000, 2022, "004_"],
  ["Hur mycket får Socialstyrelsen använda för uppdraget 2022?", 16_000_000, 2022, "004_"],
  ["Hur mycket ska redovisas mot anslagsposten 33?", 6_000_000, 2022, "004_"],
  ["How much could the agency use for its own work in 2024?", 500_000, 2024, "003_"],
];

describe("ask: figures with sources", () => {
  it.each(FIGURES)("%s → %d", (question, amount, year, doc) => {
    const answer = ask(question);
    expectHonest(answer, seedKnowledge());
    expect(answer.answered).toBe(true);
    expect(answer.figures[0]?.amountSek).toBe(amount);
    expect(answer.figures[0]?.year).toBe(year);
    const cited = answer.citations.filter((c) => answer.figures[0]?.citations.includes(c.id));
    expect(cited.some((c) => c.docId.startsWith(doc))).toBe(true);
  });

  it("a stated figure's amount is written in each of its quotes", () => {
    for (const [question] of FIGURES) {
      const answer = ask(question);
      for (const f of answer.figures.filter((x) => !x.derived)) {
        for (const id of f.citations) {
          const quote = answer.citations.find((c) => c.id === id)?.quote ?? "";
          expect(
            findAmounts(quote).map((a) => a.valueSek),
            `${question}: [${id}]`,
          ).toContain(f.amountSek);
        }
      }
    }
  });

  it("a computed sum is derived, cites every part and shows the parts in the text", () => {
    const answer = ask("How much did GMS get in 2022?");
    const [sum, ...parts] = answer.figures;
    expect(sum?.derived).toBe(true);
    expect(sum?.amountSek).toBe(parts.reduce((s, p) => s + p.amountSek, 0));
    for (const p of parts) for (const id of p.citations) expect(sum?.citations).toContain(id);
    expect(answer.text).toContain("15.75 million");
    expect(answer.text).toContain("6 million");
  });

  it("the multi-year total says that the itemised grants leave a gap", () => {
    const answer = ask("Vad fick GMS totalt 2021–2023?");
    expect(answer.figures[0]?.amountSek).toBe(54_750_000);
    expect(answer.figures[1]).toMatchObject({ derived: true, amountSek: 48_250_000 });
    expect(answer.text).toMatch(/6,5 miljoner kronor/);
  });

  it("a grant told by two documents is one figure citing both", () => {
    const answer = ask("what were the 16.5 million for?");
    const grant = answer.figures.find((f) => f.amountSek === 16_500_000);
    const docs = new Set(
      answer.citations
        .filter((c) => grant?.citations.includes(c.id))
        .map((c) => c.docId.slice(0, 3)),
    );
    expect([...docs].sort()).toEqual(["001", "002"]);
  });
});

describe("ask: a named area answers with its own shares", () => {
  it("childhood cancer 2021 is the 8,5 million share, and its whole is named in the same line", () => {
    const answer = ask("how much went to childhood cancer 2021?");
    expect(answer.figures.map((f) => f.amountSek)).toEqual([8_500_000]);
    expect(answer.text).toContain("part of SEK 16.5 million");
  });
});

describe("ask: totals across years use the documents' own totals", () => {
  it("all years: the stated 2021–2023 total plus 2024, with the unitemised gap said", () => {
    const answer = ask("how much has GMS received in total?");
    expectHonest(answer, seedKnowledge());
    expect(answer.figures[0]).toMatchObject({ amountSek: 104_250_000, derived: true });
    expect(answer.figures.map((f) => f.amountSek)).toEqual(
      expect.arrayContaining([54_750_000, 49_500_000, 48_250_000]),
    );
    expect(answer.text).toContain("SEK 6.5 million");
  });

  it("years the documents don't fund are named, and the label lists only counted years", () => {
    const answer = ask("hur mycket fick gms 2021, 2022 och 2024");
    expect(answer.figures[0]?.amountSek).toBe(87_750_000);
    expect(answer.text).toContain("2021, 2022 och 2024");
    expect(ask("GMS 2023–2025 totalt?").text).toMatch(/inga medel till GMS för 2025/);
  });
});

describe("ask: what the documents don't say", () => {
  it.each([
    ["Hur mycket gick till lungcancer 2030?", "2022"],
    ["how much went to lung cancer in 2019?", "2022"],
    ["hur mycket fick GMS 2030?", "2024"],
  ])("%s → declined, no other year's figure", (question, known) => {
    const answer = ask(question);
    expectHonest(answer, seedKnowledge());
    expect(answer.answered).toBe(false);
    expect(answer.figures).toEqual([]);
    expect(answer.text).toContain(known);
    expect(findAmounts(answer.text)).toEqual([]);
  });

  it.each([
    "How much went to prostate cancer?",
    "hur mycket gick till prostatacancer 2024?",
    "farmakogenomik?",
  ])("%s → not in the documents", (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.figures).toEqual([]);
  });

  it("a decline says back the asker's own words and names areas the documents do fund", () => {
    const text = ask("How much went to prostate cancer?").text;
    expect(text).toContain("“prostate cancer”");
    expect(text).toMatch(/childhood cancer/);
    expect(text).not.toMatch(/[åäö]/);
  });

  it.each(["What's the capital of France?", "Vad blir vädret i morgon?", "asdf qwerty", "🙂"])(
    "%s → out of scope",
    (q) => {
      const answer = ask(q);
      expect(answer).toMatchObject({ answered: false, intent: "out-of-scope", figures: [] });
      expect(answer.text).toMatch(/help|hjälp/);
    },
  );

  it("an empty question is declined politely", () => {
    expect(ask("   ")).toMatchObject({ answered: false, intent: "empty", figures: [] });
  });

  it("an over-long question gets a request to shorten it", () => {
    const answer = ask(`hur mycket ${"bla ".repeat(200)}`);
    expect(answer).toMatchObject({ answered: false, intent: "too-long" });
    expect(answer.text).toMatch(/kortare/);
  });
});
