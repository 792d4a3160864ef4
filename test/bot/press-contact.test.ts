// "vem är presskontakt för 2027-beslutet?": the contact of the release telling the government's decision.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { corpusKnowledge } from "../support/question-runner.js";

describe("press contact for a year's decision", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  it("is the decision's own release, never a region's release on its share of the money", () => {
    const a = ask("vem är presskontakt för 2027-beslutet?", { today: "2026-12-02" });
    expect(a.text).toContain("Henrik Salo");
    expect(a.text).not.toContain("Jonas Ahl");
    expect([...new Set(a.citations.map((c) => c.docId))]).toEqual(["dev04-pressmeddelande"]);
  });
});
