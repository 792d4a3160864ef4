// Readings added in session 15 (q15): a change of a cost is a cost, the slice a recipient keeps of a whole it
// hands on, a definite "the region" before a cue names no region, property sales are off-topic, "budget bil"
// is the budget bill, and "årsrapport" is a kind of document of its own.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { documentKind, TOPICS } from "../../src/knowledge/index.js";
import { corpusKnowledge } from "../support/question-runner.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });
const all = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
const ask = (q: string) => all(q, { conversationId: `s15-${q}`, today: "2026-12-02" });

describe("a change of a cost is a cost", () => {
  it.each([
    "What did the cost per analysis fall to in 2026?",
    "how much did the cost per analysis drop by 2027",
  ])("%s → quoted costs, no change of grants", (q) => {
    const a = ask(q);
    expect(a.intent).not.toBe("change");
    // Only costs (a few thousand kronor an analysis), never a grant or a difference of grants.
    for (const f of a.figures) expect(f.amountSek).toBeLessThan(100_000);
    expect(a.text).toMatch(/cost/i);
  });
});

describe("what a recipient keeps of a whole it hands on", () => {
  it("reads keeping words as one cue", () => {
    for (const q of ["hur mycket behöll skåne 2027", "how much did Region Skåne keep"])
      expect(read(q).cues.has("keep")).toBe(true);
  });

  it("answers the kept share, not the handed-on one", () => {
    const sv = ask("hur mkt behåller västerbotten själv av amr-pengarna 2027");
    expect(sv.figures[0]?.amountSek).toBe(3_400_000);
    const en = ask("how much of the 2027 money did Region Skåne keep?");
    expect(en.figures[0]?.amountSek).toBe(10_500_000);
    expect(en.figures.map((f) => f.amountSek)).not.toContain(69_500_000);
  });

  it("'the region keep' names no region", () => {
    expect(read("how much did the region keep").orgs).toEqual([]);
    expect(read("how much did region gotland get").orgs.map((o) => o.name)).toEqual([
      "Region Gotland",
    ]);
  });
});

describe("off-topic and typed phrasings", () => {
  it("declines a property sale even with a place the documents name", () => {
    const a = ask("What did the property at Sävar 4:12 sell for?");
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
  });

  it("reads 'budget bil' as the budget bill", () => {
    const r = read("what did the budget bil say for 2028 and what was decided");
    expect(r.docKinds).toContain("budgetproposition");
    expect(r.cues.has("estimate")).toBe(true);
  });
});

describe("'årsrapport' is a kind of document of its own", () => {
  it("reads a report's opening as årsrapport, a verksamhetsberättelse as itself", () => {
    expect(
      documentKind({ kind: null, text: "Genomic Medicine Sweden\nÅrsrapport 2027\n\nText." }),
    ).toBe("årsrapport");
    expect(documentKind({ kind: null, text: "GMS\nVerksamhetsberättelse 2026\n\nText." })).toBe(
      "verksamhetsberättelse",
    );
  });

  it("narrows 'enligt GMS årsrapport' to that report", () => {
    const a = ask("Hur mycket bidrog regionerna själva med 2027 enligt GMS årsrapport?");
    expect(a.figures[0]?.amountSek).toBe(20_000_000);
    expect(read("enligt årsrapporten").docKinds).toEqual(["årsrapport"]);
  });
});

describe("a definite 'regionen' asked alone is asked back", () => {
  it("asks which region, naming the regions, with no figures", () => {
    const a = ask("hur mkt lägger regionen själv till?");
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/^Vilken region menar du\?/);
    expect(a.text).toMatch(/Region Skåne/);
  });

  it("follows the conversation's region when one was named", () => {
    const id = { conversationId: "s15-region-follow", today: "2026-12-02" };
    all("hur mycket fick region skåne 2027", id);
    const a = all("hur mkt lägger regionen själv till?", id);
    expect(a.text).not.toMatch(/Vilken region/);
    expect(a.figures[0]?.amountSek).toBe(2_000_000);
  });

  it("keeps a subject that names the region's money", () => {
    expect(ask("hur mycket satsar regionen på hjärtmottagningen i umeå").intent).not.toBe(
      "which-org",
    );
  });
});

describe("a conversion written beside a figure is quoted when asked in another currency", () => {
  it("quotes the document's EUR next to the SEK figure, computing nothing", () => {
    const a = ask("whats the 2028 amount in euros");
    expect(a.figures[0]?.amountSek).toBe(84_000_000);
    expect(a.text).toMatch(/EUR 7\.5 million/);
    expect(a.citations.some((c) => c.docId === "x04-en-pressrelease")).toBe(true);
  });

  it("says nothing of currencies when none is asked", () => {
    expect(ask("how much does gms get in 2028").text).not.toMatch(/EUR/);
  });
});

describe("a decision on how money is split", () => {
  it("answers who split a region's share (the steering committee) before the government's grant", () => {
    const a = ask(
      "Who decided how Region Örebro län's share of the rare-disease money was split, and when?",
    );
    expect(a.text).toMatch(/steering committee/);
    expect(a.text).toMatch(/2 March 2027/);
    expect(a.text).not.toMatch(/government/i);
  });
});

describe("fixes found by the session's new questions", () => {
  it("a share cites only the years it shows", () => {
    const devset = createAsk({ knowledge: corpusKnowledge("seeds+devset"), now: () => 0 });
    const a = devset("Hur stor andel gick till datadelning?", { today: "2026-12-02" });
    const cited = new Set([...a.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    for (const c of a.citations) expect(cited.has(c.id), `[${c.id}] ${c.docId}`).toBe(true);
  });

  it("'who pays out …, and to whom?' names whom the paying sentence names", () => {
    const a = ask("Who pays out the 2028 money, and to whom?");
    expect(a.text).toMatch(/Kammarkollegiet .*to Region Skåne/);
  });

  it("'what year did gms kick off' quotes the start, not money", () => {
    const genres = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
    const a = genres("what year did gms kick off", { today: "2026-12-02" });
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/startade 2018/);
    expect(genres("which year did gms get the most", { today: "2026-12-02" }).intent).toBe(
      "extreme",
    );
  });

  it("reads 'variant database' as the documents' 'variantdatabas'", () => {
    const genres = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
    const a = genres(
      "How much of Uppsala's 2026 allocation goes to the national variant database?",
      { today: "2026-12-02" },
    );
    expect(a.figures[0]?.amountSek).toBe(1_500_000);
  });
});

describe("a cost or count of an organisation named only at the document's head", () => {
  it("quotes the asked region's or university's cost first", () => {
    const genres = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
    const vgr = genres("what did the cost per analysis fall to in vgr", { today: "2026-12-02" });
    expect(vgr.figures[0]?.amountSek).toBe(11_800);
    const uu = genres(
      "Vad kostar en helgenomsekvensering per patient enligt Uppsala universitet?",
      { today: "2026-12-02" },
    );
    expect(uu.figures[0]?.amountSek).toBe(15_000);
  });
});

describe("a region's slice of the year's money on a university's page", () => {
  const genres = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
  const g = (q: string) => genres(q, { conversationId: `s15g-${q}`, today: "2026-12-02" });

  it("is the region's GMS money, told whole before the region's own split", () => {
    const a = g("how much does uppsala get in 2026");
    expect(a.figures.map((f) => f.amountSek)).toEqual([4_200_000, 2_700_000, 1_500_000]);
    expect(a.text).not.toMatch(/not GMS/);
  });

  it("reads an organisation's 'del av årets gms-pengar' with no yes or no as its money", () => {
    expect(g("uppsalas del av årets gms-pengar 2026?").figures[0]?.amountSek).toBe(4_200_000);
  });
});

describe("a year's figure retold in a facts box", () => {
  it("answers the asked year before a total over a span holding it", () => {
    const genres = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
    const a = genres("how much did norrbotten get in 2026", { today: "2026-12-02" });
    expect(a.figures[0]?.amountSek).toBe(1_900_000);
  });
});

describe("an organisation's share of a whole and an area's co-funding in a year", () => {
  const genres = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
  const g = (q: string) => genres(q, { conversationId: `s15h-${q}`, today: "2026-12-02" });

  it("computes the share of the whole beside the share's own split", () => {
    const a = g("What share of the 2027 national GMS grant went to Region Norrbotten?");
    expect(a.text).toMatch(/3% of SEK 80 million/);
  });

  it("answers a year's co-funding for an area when no grant names it", () => {
    const a = g(
      "How much extra has Västra Götaland's regional council set aside for bioinformatics in 2027?",
    );
    expect(a.figures[0]?.amountSek).toBe(2_000_000);
    expect(a.text).toMatch(/co-funding from Region Västra Götaland/);
  });
});
