// Readings added in session 16 (q16): slang for a part ("chunk", "biten"), what the bot is ("is this bot
// legit"), a short word never fuzzy-matched to one word of a long name, "tell me smth about gms", "will"/"kommer"
// as yes or no, "Sweden" and "genomics" as the state and GMS, a topic word alone never answered with an EU
// project's euros, "26-uppdraget" as a year, a share follow-up keeping its subject, "räknat med för" as an estimate.
import { describe, expect, it } from "vitest";
import { closestTerms } from "../../src/bot/answers/clarify.js";
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
const ask = (q: string, id = `s16-${q}`) => all(q, { conversationId: id, today: "2026-12-02" });

describe("slang for a part", () => {
  it("reads chunk, slice, piece and biten as a part (an area)", () => {
    for (const q of ["biggest chunk of 2027", "which slice was smallest", "största biten av kakan"])
      expect(read(q).cues.has("area")).toBe(true);
    expect(read("what chunk of the 2026 money went to data sharing").cues.has("share")).toBe(true);
  });

  it("answers the largest part, never 'I can't find chunk'", () => {
    const a = ask("whats the biggest chunk of the 2027 money");
    expect(a.figures[0]?.amountSek).toBe(30_000_000);
    expect(a.text).not.toMatch(/can't find/);
  });
});

describe("what the bot is", () => {
  it("'is this bot legit' is asked about the bot, not an organisation", () => {
    const a = ask("lol is this bot legit");
    expect(a.text).toMatch(/^I'm a bot/);
    expect(a.text).not.toMatch(/Kammarkollegiet/);
  });

  it("a short word is not matched to one word of a long name by two edits", () => {
    // "legit" is two edits from "legal" in Kammarkollegiet's English name.
    expect(closestTerms("legit", "en")).toEqual([]);
    // A misspelt whole term is still offered.
    expect(closestTerms("barncanser", "sv").length).toBeGreaterThan(0);
  });
});

describe("tell me something about gms", () => {
  it.each(["tell me smth interesting about gms", "berätta något intressant om gms"])(
    "%s → what GMS is",
    (q) => {
      const a = ask(q);
      expect(a.intent).toBe("about-gms");
      expect(a.text).toMatch(/Genomic Medicine Sweden/);
    },
  );
});

describe("will and kommer ask yes or no", () => {
  it("a change asked with 'will' answers no or yes first", () => {
    expect(ask("will gms get less next year than this year?").text).toMatch(/^No\b/);
    expect(ask("kommer gms få mer 2027 än 2026?").text).toMatch(/^Ja\b/);
  });
});

describe("Sweden and genomics", () => {
  it("reads Sweden as the state and genomics alone as GMS", () => {
    const q = read("how much did sweden spend on genomics in total ever");
    expect(q.mentionsGms).toBe(true);
    expect(q.stems).toEqual([]);
    expect(q.coverage.unplaced).toEqual([]);
  });

  it("a topic word alone is never answered with an EU project's euros", () => {
    for (const q of [
      "how much did sweden spend on genomics in total ever",
      "how much did they spend on genomics in total",
    ]) {
      const a = ask(q);
      expect(a.text).not.toMatch(/EUR 3\.2/);
      expect(a.figures[0]?.amountSek).not.toBe(3_200_000);
    }
    // A project or organisation named still gets its euros quoted.
    expect(ask("how big is the eu project in total").text).toMatch(/EUR 3\.2 million/);
  });

  it("genomics beside other words is still searched as a word", () => {
    expect(
      read("how much is vinnova giving to the AI genomics projects").stems.length,
    ).toBeGreaterThan(0);
  });
});

describe("a two-digit year glued to a word", () => {
  it("reads '26-uppdraget' as 2026, never 'covid-19'", () => {
    expect(read("hur mkt fick SoS använda själva för 26-uppdraget").years).toEqual([2026]);
    expect(read("när ska SoS rekvirera 26-pengarna").years).toEqual([2026]);
    expect(read("hur mkt fick covid-19 forskning").years).toEqual([]);
  });

  it("answers the year's own-work cap, not every year's", () => {
    expect(ask("hur mkt fick SoS använda själva för 26-uppdraget").figures[0]?.amountSek).toBe(
      400_000,
    );
  });
});

describe("a share follow-up keeps its subject", () => {
  it("'hur stor andel är det?' after an area's money is that area's share", () => {
    const id = "s16-share";
    ask("Hur mycket fick sällsynta diagnoser 2026?", id);
    for (const q of ["Hur stor andel är det?", "Hur stor andel av helheten är det?"]) {
      const a = ask(q, id);
      expect(a.intent).toBe("share");
      expect(a.text).toMatch(/24,2|21,3/);
    }
  });
});

describe("räknat med as an estimate", () => {
  it("'har regeringen räknat med för 2029' asks the estimate", () => {
    expect(read("hur mkt har regeringen räknat med för 2029").cues.has("estimate")).toBe(true);
    expect(ask("hur mkt har regeringen räknat med för 2029").text).toMatch(/90 miljoner/);
  });
});

describe("a node's city names its region", () => {
  it("reads Göteborg, Linköping and Luleå as their regions, a university by its whole name", () => {
    const orgs = (q: string) => read(q).orgs.map((o) => o.name);
    expect(orgs("vad fick göteborg 2026")).toContain("Västra Götalandsregionen");
    expect(orgs("vad fick linköping 2026")).toContain("Region Östergötland");
    expect(orgs("vad fick luleå 2027")).toContain("Region Norrbotten");
    expect(orgs("hur mycket lägger linköpings universitet in")).toContain("Linköpings universitet");
  });

  it("food in a city of the documents is off-topic", () => {
    for (const q of ["bästa lunchen i umeå 2027?", "any good lunch spots in luleå 2027"])
      expect(ask(q).answered).toBe(false);
  });
});
