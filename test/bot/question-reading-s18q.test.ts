// Readings added in session 18 (q18): an arrow between years, "thru", a bare short year before a comma, "adm",
// "use in total" as the budget frame, a deadline cue over money paid back, signers of the subject's decision
// and of the decisions nearest a year, ministers of a year's money, payers of GMS's money only, and a share
// of a named whole over that whole's years only.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { TOPICS } from "../../src/knowledge/index.js";
import { corpusKnowledge } from "../support/question-runner.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });
const all = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
const ask = (q: string, id = `s18q-${q}`) => all(q, { conversationId: id, today: "2026-12-02" });
const M = 1_000_000;

describe("years read from the question", () => {
  it("an arrow between two years asks the change, and the arrow is no unplaced word", () => {
    for (const q of ["2026 -> 2027?", "26 → 27", "datadelning 2026 -> 2027"]) {
      const r = read(q);
      expect(r.cues.has("change"), q).toBe(true);
      expect(r.coverage.unplaced, q).toEqual([]);
    }
    expect(read("forte -> KI").cues.has("change")).toBe(false);
    const a = ask("2026 -> 2027?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/14/);
  });

  it("'thru' joins two years into a span", () => {
    const r = read("how much did gms get total from 2026 thru 2028");
    expect(r.years).toEqual([2026, 2027, 2028]);
    expect(r.coverage.unplaced).toEqual([]);
  });

  it("a bare two-digit year before a comma or a full stop is a year; '26,5' stays a number", () => {
    expect(read("solida 26 vs 27, diff?").years).toEqual([2026, 2027]);
    expect(read("datadelning 27.").years).toEqual([2027]);
    expect(read("fick gms 26,5 miljoner?").years).toEqual([]);
  });
});

describe("kinds of money asked", () => {
  it("'egen adm' asks the agency's own-work cap", () => {
    const a = ask("hur mkt får kamk ta för egen adm 2028?");
    expect(a.figures[0]?.amountSek).toBe(300_000);
  });

  it("what an agency may use in total is its budget frame, however far 'use' stands from the modal", () => {
    for (const q of [
      "How much could the National Board of Health and Welfare use in total for the 2026 assignment?",
      "hur mycket fick socialstyrelsen använda sammanlagt 2026",
    ]) {
      const a = ask(q);
      expect(a.figures[0]?.amountSek, q).toBe(66_400_000);
      expect(a.text, q).not.toMatch(/assignment/);
    }
  });

  it("a deadline cue beside repayment asks the date, never the money someone paid back", () => {
    const a = ask("återbetalning av 27-medlen, deadline?");
    expect(a.text).toMatch(/31 mars 2028/);
    expect(a.figures.map((f) => f.amountSek)).not.toContain(1_150_000);
    // Money paid back, asked as money, is still quoted.
    expect(ask("hur mycket betalade Region Skåne tillbaka?").figures[0]?.amountSek).toBe(1_150_000);
  });

  it("a share of a named whole measures only the years that whole is told for (every citation shown)", () => {
    const a = ask("hur stor andel av 80 mkr gick till solida?");
    expect(a.text).toMatch(/37,5/);
    const cited = new Set([...a.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(a.citations.every((c, i) => cited.has(c.id ?? i + 1))).toBe(true);
  });
});

describe("who signed, who presented, who pays", () => {
  it("'vem skrev under?' after a subject's money names the signers of that subject's decision", () => {
    ask("amr-pengarna 2026?", "s18q-amr");
    const a = ask("vem skrev under?", "s18q-amr");
    expect(a.text).toMatch(/Anna Wedin/);
    expect(a.text).not.toMatch(/Magnus Rydén/);
  });

  it("'vem skrev under?' of a year no signed decision tells names only the decisions nearest it", () => {
    ask("hur mkt fick gms 2024?", "s18q-2024");
    const a = ask("vem skrev under?", "s18q-2024");
    expect(a.text).toMatch(/ingen som skrev under/);
    expect(a.text).toMatch(/Anna Wedin/);
    expect(a.text).not.toMatch(/Lena Hallengren|Elisabeth Svantesson|Jakob Forssmed/);
  });

  it("the minister of a year's money is the one of the documents granting it", () => {
    const a = ask("Vilken minister presenterade 2025 års stöd till GMS?");
    expect(a.text).toMatch(/Kristina Edholm/);
    expect(a.text).not.toMatch(/Maja Örnberg/);
  });

  it("the agencies paying GMS's money: never GMS itself or a foundation's own grant", () => {
    const a = ask("vilka myndigheter betalar ut pengar till gms");
    expect(a.text).toMatch(/Kammarkollegiet/);
    expect(a.text).toMatch(/Socialstyrelsen/);
    expect(a.text).not.toMatch(/Barncancerfonden|GMS \[|Genomic Medicine Center/);
  });
});

it("a 2028 area keeps its own figure", () => {
  expect(ask("sällsynta 2028?").figures[0]?.amountSek).toBe(18 * M);
});

it("a region's node as one compound ('stockholmsnoden') is that region", () => {
  expect(ask("stockholmsnoden 2027 tkr?").figures[0]?.amountSek).toBe(15_500_000);
});

describe("counted money and nodes", () => {
  it("'how many grants' counts GMS's grants and lists them; a count of things stays no funding", () => {
    const a = ask("how many grants are there");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/15 grants/);
    const y = ask("hur många anslag fick gms 2026");
    expect(y.text).toMatch(/2 anslag/);
    expect(y.figures.map((f) => f.amountSek)).toEqual(expect.arrayContaining([66 * M, 9 * M]));
    expect(ask("hur många helgenomanalyser gjordes 2027").intent).not.toBe("total");
  });

  it("'noder' in the plural asks the regions as nodes, each with its share", () => {
    const a = ask("which nodes got money in 2027");
    expect(a.figures.map((f) => f.amountSek)).toEqual(
      expect.arrayContaining([15_500_000, 13 * M, 10_500_000]),
    );
    expect(read("vilka noder fick pengar 2027").cues.has("regionKind")).toBe(true);
  });
});

describe("a podcast as a kind of document", () => {
  it("'enligt podden' narrows to the podcast, a whole before its part when no area is asked", () => {
    for (const q of [
      "how much did gms get in 2027 acording to the podcast",
      "vad fick gms 2027 enligt podden?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.figures[0]?.amountSek, q).toBe(80 * M);
      expect(
        a.figures.map((f) => f.amountSek),
        q,
      ).toContain(9 * M);
    }
  });
});

it("a cost asked of a kind of document is quoted from that kind when it tells one", () => {
  const a = ask("vad kostar en helgenomanalys enligt podden?");
  expect(a.text).toMatch(/12 000/);
  expect(a.text).not.toMatch(/9 000|15 000/);
});
