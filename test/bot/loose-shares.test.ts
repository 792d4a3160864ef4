// A share no document links to its whole (a region's cut of an area's money, told on the region's own page)
// may be a slice of the area's money that year: never added beside it, never told before it.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { corpusKnowledge } from "../support/question-runner.js";

const ask = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
const today = "2026-12-02";

describe("a share whose whole no document names", () => {
  it("is not added into the area's sum over two years", () => {
    const a = ask("sällsynta diag 2026 o 2027 tot?", { today });
    const sum = a.figures.find((f) => f.derived);
    expect(sum?.amountSek).toBe(32_000_000);
  });

  it("comes after the area's own money of the year", () => {
    const a = ask("hur mycket fick sällsynta diagnoser 2026?", { today });
    expect(a.figures[0]?.amountSek).toBe(16_000_000);
  });
});
