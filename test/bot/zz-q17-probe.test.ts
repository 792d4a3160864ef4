import { it } from "vitest";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { TOPICS } from "../../src/knowledge/index.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
it("probe", () => {
  for (const q of (process.env.QQ ?? "").split("|")) {
    const r = parseQuestion(q, vocabulary, { today: "2026-12-02" }) as any;
    console.log(
      JSON.stringify({
        q,
        cues: [...r.cues],
        years: r.years,
        amounts: r.amounts,
        orgs: r.orgs,
        topics: r.topics,
        stems: r.stems,
        cov: r.coverage,
      }),
    );
  }
});
