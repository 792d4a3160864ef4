// Readings added in session 12 (q12): a giving body before a money word, a comparison's neighbouring year,
// a short year before a comma.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/bot/query.js";
import { chooseIntent } from "../../src/bot/route.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { TOPICS } from "../../src/knowledge/index.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });

describe("a giving body named before a money word is the giver", () => {
  it.each([
    "how much eu money did the platform get",
    "EU-pengar till plattformen?",
    "eu funding 2028",
  ])("%s", (q) => {
    expect(read(q).orgs).toContainEqual({ name: "EU", role: "funder" });
  });

  it("'the EU contributing' gives too", () => {
    expect(read("How much is the EU contributing to the platform?").orgs).toContainEqual({
      name: "EU",
      role: "funder",
    });
  });
});

describe("a comparison with the year before or after the one named", () => {
  it("'2027 jämfört med året innan' is 2026 and 2027", () => {
    expect(read("hur mkt mer fick gms 2027 jämfört med året innan").years).toEqual([2026, 2027]);
  });

  it("'more in 2027 than the year before' measures 2027 against 2026", () => {
    const q = read("did gms get more in 2027 than the year before");
    expect(q.years).toEqual([2026, 2027]);
    expect(q.comparedYear).toBe(2026);
  });

  it("'the year after 2026' with nothing compared is 2027 alone", () => {
    expect(read("how much did gms get the year after 2026").years).toEqual([2027]);
  });
});

describe("a short year", () => {
  it("before a comma", () => {
    expect(read("datadelning -26, hur många mkr?").years).toEqual([2026]);
  });

  it("'-26,5' is a number, not a year", () => {
    expect(read("minskade det -26,5 procent").years).toEqual([]);
  });
});

describe("money not used", () => {
  it.each(["what happens to money that isn't used", "what if the funds aren't used"])("%s", (q) => {
    expect(read(q).cues.has("repay")).toBe(true);
  });
});

describe("two years compared in percent", () => {
  it("is a change, not a share", () => {
    expect(
      chooseIntent(read("how much did gms get in 2028 compared to 2027 in percent"), false),
    ).toBe("change");
  });

  it("unless a share is named", () => {
    expect(
      chooseIntent(read("hur stor andel gick till barncancer 2026 jämfört med 2027"), true),
    ).toBe("share");
  });
});

describe("'vem finansierar X'", () => {
  it("X is given to: the question word is the subject", () => {
    expect(read("vem finansierar gms?").orgs).not.toContainEqual({ name: "GMS", role: "funder" });
    expect(read("vem finansierar KI?").orgs).toContainEqual({
      name: "Karolinska institutet",
      role: "recipient",
    });
  });

  it("'vad gav regeringen KI': the name after the verb still gives", () => {
    expect(read("vad gav Vinnova KI").orgs).toContainEqual({ name: "Vinnova", role: "funder" });
  });
});
