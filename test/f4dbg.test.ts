import { it } from "vitest";
import { parseQuestion } from "../src/bot/query.js";
import { createVocabulary } from "../src/bot/vocabulary.js";
import { TOPICS } from "../src/knowledge/index.js";
import { seedKnowledge } from "./support/seeds.js";

it("dbg", () => {
  const v = createVocabulary(
    seedKnowledge(),
    TOPICS.flatMap((t) => t.svPhrases),
  );
  for (const q of (process.env.Q ?? "").split("|")) {
    const r = parseQuestion(q, v, { today: "2026-12-02" });
    console.log(
      q,
      JSON.stringify({
        cues: [...r.cues],
        orgs: r.orgs,
        stems: r.stems,
        topics: r.topics,
        amounts: r.amounts.map((a) => a.valueSek),
        years: r.years,
        gms: r.mentionsGms,
        unplaced: r.coverage.unplaced,
      }),
    );
  }
});
