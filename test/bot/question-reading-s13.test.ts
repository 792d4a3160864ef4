// Readings added in session 13 (q13): a relative year next to a named one, costs and counts quoted, off-topic
// travel.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments, TOPICS } from "../../src/knowledge/index.js";
import { seedKnowledge } from "../support/seeds.js";
import { textDocument } from "../support/text-document.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });

describe("'last year' next to a named year in a comparison is the year before that one", () => {
  it.each([
    ["gms money in 2027 compared to last year?", [2026, 2027]],
    ["hur mkt fick gms 2028 jämfört med i fjol", [2027, 2028]],
    ["did gms get more in 2025 than last year", [2024, 2025]],
  ])("%s", (q, years) => {
    expect(read(q).years).toEqual(years);
  });

  it("without a comparison, 'last year' is still read from the date of asking", () => {
    expect(read("hur mkt fick gms i fjol").years).toEqual([2025]);
  });
});

describe("costs and counts are quoted from the sentences that state them, never as funding", () => {
  const report = textDocument(
    "report",
    `Nätverket för genomik
Verksamhetsberättelse 2029

Publicerad 20 mars 2030

Nätverket får 40 miljoner kronor från staten under 2029.

Under 2029 genomfördes 3 210 trioanalyser inom nätverket, jämfört med 2 900 året innan.

Kostnaden per trioanalys var i genomsnitt 21 500 kronor.

En ny sekvenserare kostade 9 miljoner kronor.`,
    "2030-03-20",
  );
  const ask = createAsk({ knowledge: fromDocuments([report]) });
  const context = { today: "2030-06-01" };

  it("'vad kostar en trioanalys' quotes the cost of that analysis, its figure labelled a cost", () => {
    const answer = ask("vad kostar en trioanalys i snitt?", context);
    expect(answer.answered).toBe(true);
    expect(answer.figures.map((f) => [f.amountSek, f.label])).toEqual([[21_500, "kostnad"]]);
    expect(answer.text).toMatch(/21 500 kronor/);
    expect(answer.text).not.toMatch(/40 miljoner/);
  });

  it("'hur många analyser 2029' quotes the count, inside the compound", () => {
    const answer = ask("hur många analyser gjordes 2029?", context);
    expect(answer.text).toMatch(/3 210 trioanalyser/);
    expect(answer.figures).toEqual([]);
  });

  it("a count asked of a year no sentence tells is declined, never another year's", () => {
    expect(ask("hur många analyser gjordes 2026?", context).answered).toBe(false);
  });

  it("a cost of something no sentence names is declined", () => {
    expect(ask("vad kostar en biljett?", context).answered).toBe(false);
  });

  it("a train fare is off-topic though it names a year", () => {
    expect(ask("how much is the train to lund in 2029", context).intent).toBe("out-of-scope");
  });
});

describe("a near-word correction into part of a phrase is no correction", () => {
  it("'capital of sweden' is said back as 'capital', never 'capita' (of 'per capita')", () => {
    const q = read("capital of sweden");
    expect(q.coverage.unplaced).toContain("capital");
    expect(q.coverage.unplaced).not.toContain("capita");
  });

  it("a one-word lexicon word one letter off is still put right ('monney')", () => {
    expect(read("how much monney did gms get 2024").coverage.unplaced).toEqual([]);
  });
});

describe("a document's own correction can be asked about", () => {
  const news = textDocument(
    "news",
    `Lokaltidningen

Region Halland får pengar till genomik

Publicerad 3 april 2031

Region Halland får 4,5 miljoner kronor av årets statliga pengar till Genomic Medicine Sweden. Regeringen har beslutat att GMS får 90 miljoner kronor i år.

Rättelse 4 april: I en tidigare version av artikeln stod det att Region Halland får 6 miljoner kronor. Det rätta beloppet är 4,5 miljoner kronor.`,
    "2031-04-03",
  );
  const ask = createAsk({ knowledge: fromDocuments([news]) });
  const context = { today: "2031-06-01" };

  it.each(["stämmer 6 miljoner till region halland?", "was there a correction?"])(
    "%s quotes the correction with the right figure",
    (q) => {
      const answer = ask(q, context);
      expect(answer.answered).toBe(true);
      expect(answer.text).toMatch(/Det rätta beloppet är 4,5 miljoner kronor/);
    },
  );

  it("an amount no correction names is not asked of the correction", () => {
    expect(ask("fick gms 90 miljoner 2031?", context).text).not.toMatch(/rätta beloppet/);
  });
});

describe("a ratio is never rounded into a whole multiple it is not", () => {
  const doc = (id: string, year: number, amount: string) =>
    textDocument(
      id,
      `Pressmeddelande\n\nMedel till GMS\n\nPublicerad 10 januari ${year}\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut ${amount} kronor till Genomic Medicine Sweden (GMS) under ${year}.`,
      `${year}-01-10`,
    );
  const ask = createAsk({
    knowledge: fromDocuments([doc("a", 2033, "10 miljoner"), doc("b", 2034, "49,5 miljoner")]),
  });

  it("49,5 against 10 is 4.95 times, not 5", () => {
    expect(
      ask("How many times more did GMS get in 2034 than in 2033?", { today: "2035-01-01" }).text,
    ).toContain("4.95 times as much");
  });
});

describe("money of an organisation the asked one merely hosts is not the asked one's", () => {
  const release = textDocument(
    "release",
    `Press release

A shared data platform for genomics

Published: 5 February 2032

Karolinska Institutet receives SEK 3 million from Genomic Medicine Sweden (GMS) in 2032 for a pilot on data sharing.

About Data Lab
Data Lab is a national research infrastructure, funded by the Swedish government with around SEK 700 million a year and hosted by KTH, Karolinska Institutet and Uppsala University.`,
    "2032-02-05",
  );
  const ask = createAsk({ knowledge: fromDocuments([release]) });

  it("'vad fick ki' leaves out the hosted infrastructure's 700 million", () => {
    const answer = ask("vad fick ki", { today: "2032-06-01" });
    expect(answer.figures.map((f) => f.amountSek)).not.toContain(700_000_000);
    expect(answer.text).not.toMatch(/700/);
  });
});

describe("a follow-up's 'compared to last year?' is read from the year discussed", () => {
  const doc = (id: string, year: number, amount: string) =>
    textDocument(
      id,
      `Pressmeddelande\n\nMedel till GMS\n\nPublicerad 10 januari ${year}\n\nRegeringen ger Kammarkollegiet i uppdrag att betala ut ${amount} kronor till Genomic Medicine Sweden (GMS) under ${year} för sällsynta diagnoser.`,
      `${year}-01-10`,
    );
  const ask = createAsk({
    knowledge: fromDocuments([
      doc("a", 2030, "5 miljoner"),
      doc("b", 2033, "8 miljoner"),
      doc("c", 2034, "12 miljoner"),
    ]),
  });

  it("after 'rare diseases 2034', 'compared to last year?' sets 2034 against 2033, not the asking year's", () => {
    const context = { today: "2031-06-01", conversationId: "s13-last-year" };
    ask("how much for rare diseases 2034", context);
    const answer = ask("compared to last year?", context);
    expect(answer.figures.map((f) => f.amountSek)).toEqual(
      expect.arrayContaining([8_000_000, 12_000_000]),
    );
    expect(answer.figures.map((f) => f.amountSek)).not.toContain(5_000_000);
  });
});
