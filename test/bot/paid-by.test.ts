// "vad betalar KamK ut": a payer named only by a sentence about the document's money still pays it.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { corpusKnowledge } from "../support/question-runner.js";

describe("what an organisation pays out", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("devset") });
  it("finds the grant whose document names the payer, never co-funding", () => {
    const a = ask("vad betalar KamK ut 2027", { today: "2026-12-02" });
    expect(a.figures[0]?.amountSek).toBe(80_000_000);
    expect(a.figures.map((f) => f.amountSek)).not.toContain(5_000_000);
  });
  it("what another organisation put in is not the government's grant", () => {
    const a = ask("vad har KI bidragit med", { today: "2026-12-02" });
    expect(a.figures.map((f) => f.amountSek)).toEqual([500_000]);
  });
});
