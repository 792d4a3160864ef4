// Readings added in session 14 (q14): the language of a question with few listed words, a ranking's count
// ("top 3"), a node as a region's share of the year's grant, and "av gms-pengarna" naming whose money it is.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { detectLanguage } from "../../src/bot/language.js";
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
const M = 1_000_000;

describe("the asker's language", () => {
  it.each([
    ["max per projekt i vinnova-utlysningen", "sv"],
    ["hur mkt får regionerna", "sv"],
    ["top 3 areas 2025", "en"],
    ["how much per year for rare diseases", "en"],
  ])("%s → %s", (q, language) => {
    expect(detectLanguage(q)).toBe(language);
  });
});

describe("a ranking's count beside a largest/smallest cue", () => {
  it.each([
    ["top 3 areas 2025", 3],
    ["topp 3 områden 2026", 3],
    ["de tre minsta områdena 2027", 3],
    ["största området 2027", null],
    ["största beloppet 2027 var 3 miljoner?", null],
  ])("%s → %s", (q, rank) => {
    const r = read(q);
    expect(r.rank ?? null).toBe(rank);
    expect(r.coverage.unplaced).toEqual([]);
    expect(r.stems).toEqual([]);
  });
});

describe("a node is a region; 'av gms-pengarna' is whose money, not a giver", () => {
  it("reads node words as the region kind, never a topic", () => {
    const r = read("how much did the Uppsala node get");
    expect([...r.cues]).toEqual(expect.arrayContaining(["node", "regionKind"]));
    expect(r.stems).toEqual([]);
  });

  it("keeps GMS out of the giving role when joined to its money word", () => {
    const r = read("hur mkt fick uppsala av gms-pengarna 27");
    expect(r.orgs.some((o) => o.name === "GMS" && o.role === "funder")).toBe(false);
    expect(r.orgs.map((o) => o.name)).toEqual(["Region Uppsala"]);
  });

  it("keeps a giving body as the giver of its money", () => {
    const r = read("hur mkt fick ki av eu-pengarna");
    expect(r.orgs.some((o) => o.name === "EU" && o.role === "funder")).toBe(true);
  });
});

describe("answers over every document", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  const figures = (q: string) => ask(q, { today: "2026-12-02" }).figures.map((f) => f.amountSek);

  it("gives the three largest areas, each its own figure", () => {
    expect(figures("topp 3 områden 2026")).toEqual([16 * M, 14 * M, 13 * M]);
    expect(figures("What were the three largest areas in the 2027 allocation?")).toEqual([
      30 * M,
      16 * M,
      12 * M,
    ]);
  });

  it("answers a node with its share of the year's grant, not an area's slice", () => {
    expect(figures("how much did the Uppsala node get")[0]).toBe(11_500_000);
    expect(figures("Hur mycket fick Region Västerbotten som nod 2027?")[0]).toBe(8_500_000);
    expect(figures("hur mkt fick uppsala av gms-pengarna 27")[0]).toBe(11_500_000);
  });

  it("names the node with the least, not the year's total", () => {
    const answer = ask("vilken nod fick minst 2027", { today: "2026-12-02" });
    expect(answer.text).toMatch(/^Minst belopp: Region Västerbotten/);
    expect(answer.figures.map((f) => f.amountSek)).not.toContain(89 * M);
  });

  it("answers a Swedish question in Swedish", () => {
    expect(ask("max per projekt i vinnova-utlysningen", { today: "2026-12-02" }).text).toMatch(
      /3,6 miljoner/,
    );
  });
});

describe("who funds, by when paid out, a marked short year, another organisation followed up, two compared", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  const today = "2026-12-02";

  it("lists the givers, each with what it gives, not the funding table", () => {
    for (const q of ["vem finansierar gms", "who funds GMS"]) {
      const answer = ask(q, { today });
      expect(answer.intent).toBe("funder");
      expect(answer.text).toMatch(/Vinnova/);
      expect(answer.text).toMatch(/Socialstyrelsen/);
      expect(answer.text).not.toMatch(/525/);
    }
  });

  it("answers by when the money is paid out with the dates, not who pays", () => {
    const answer = ask("När ska Folkhälsomyndigheten ha pengarna utbetalda?", { today });
    expect(answer.intent).toBe("deadline");
    expect(answer.text).toMatch(/1 oktober/);
  });

  it("reads '-27 mkr' as the year 2027 in millions, '27 mkr' as an amount", () => {
    expect(read("hjärt -27 mkr?").years).toEqual([2027]);
    expect(read("hjärt -27 mkr?").amounts).toEqual([]);
    expect(read("farmgen '28 vs '27 mnkr").years).toEqual([2027, 2028]);
    expect(read("hjärt 27 mkr?").amounts.map((a) => a.valueSek)).toEqual([27 * M]);
  });

  it("answers 'och vgr?' with the new organisation's money, not the amount just shown", () => {
    const c = { conversationId: "s14-vgr", today };
    expect(ask("hur mkt fick stockholm 2027", c).figures[0]?.amountSek).toBe(15_500_000);
    expect(ask("och vgr?", c).figures[0]?.amountSek).toBe(13 * M);
  });

  it("answers each of two named regions and which got more of the same whole", () => {
    const answer = ask("did region skane get more than region stockholm in 2027", { today });
    expect(answer.text).toMatch(/^No\. Region Stockholm got more/);
    expect(answer.figures.map((f) => f.amountSek)).toEqual(
      expect.arrayContaining([10_500_000, 15_500_000]),
    );
    const vs = ask("skåne vs uppsala 2027", { today });
    expect(vs.text).toMatch(/^Region Uppsala fick mer/);
  });
});

describe("a Riksdag number, the board's minutes, a call's last day, an appropriation", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  const today = "2026-12-02";

  it("reads '2026/27:412' after 'fråga' as the Riksdag number", () => {
    const answer = ask("Vilken minister besvarade fråga 2026/27:412?", { today });
    expect(answer.text).toMatch(/Örnberg/);
    expect(answer.text).not.toMatch(/hittar inte/);
  });

  it("reads 'regionstyrelsens' as the board's minutes", () => {
    expect(read("dnr på regionstyrelsens amr-beslut").docKinds).toEqual(["protokoll"]);
    expect(ask("dnr på regionstyrelsens amr-beslut", { today }).text).toMatch(/RS 2027\/00213/);
  });

  it("answers a call's last day to apply from the call, not every deadline", () => {
    const answer = ask("sista ansökningsdag vinnovas genomik-utlysning?", { today });
    expect(answer.text).toMatch(/18 februari 2027/);
    expect(answer.text).not.toMatch(/1 december 2026/);
  });

  it("answers a named appropriation from what is booked against it, never GMS's change", () => {
    const answer = ask("hur mkt ökas anslag 1:6 2027 pga gms", { today });
    expect(read("hur mkt ökas anslag 1:6 2027 pga gms").appropriation).toBe("1:6");
    expect(answer.figures.map((f) => f.amountSek)).toEqual([14 * M]);
    expect(answer.text).not.toMatch(/GMS fick/);
  });
});

describe("a region's share in percent; an amount only estimated asked as given", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  const today = "2026-12-02";

  it("gives a named receiver's one share with what part of its whole it is", () => {
    const answer = ask("What percentage of the 2027 government grant went to Region Stockholm?", {
      today,
    });
    expect(answer.text).toMatch(/19[.,]4\s?%/);
  });

  it("answers no, with the decided grant first, when asked whether an estimated amount was given", () => {
    const given = ask("did the govt give gms 85 million for 2028??", { today });
    expect(given.text).toMatch(/^No\./);
    expect(given.figures.map((f) => f.amountSek)).toEqual([84 * M, 85 * M]);
    const confirmed = ask("is the 85 million for 2028 confirmed?", { today });
    expect(confirmed.figures[0]?.amountSek).toBe(85 * M);
    expect(confirmed.text).toMatch(/^No\. SEK 85 million/);
  });
});

describe("state money named with its GMS noun, an area's ratio, off-topic food", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  const today = "2026-12-02";

  it("reads 'de statliga GMS-medlen' as state money, no topic", () => {
    const r = read("Vilken nod fick minst av de statliga GMS-medlen 2027?");
    expect(r.cues.has("stateMoney")).toBe(true);
    expect(r.stems).toEqual([]);
  });

  it("gives an area's ratio between two years", () => {
    const answer = ask("how many times more did rare diseases get in 2026 than in 2025", { today });
    expect(answer.text).toMatch(/1[.,]07 times/);
  });

  it("declines food with a city and a year", () => {
    expect(ask("best sushi in lund 2022", { today }).answered).toBe(false);
  });
});
