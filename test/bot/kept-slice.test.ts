// What an organisation gets, of money it passes on: the whole paid to it, not the slice it keeps (the
// extra corpus: a decision pays a region 9 M a year; the region's board minutes keep 3,4 M of 2027's and
// pass the rest on).
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { corpusKnowledge } from "../support/question-runner.js";

const ask = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });

describe("an organisation's money of a whole it passes on", () => {
  it("'hur mkt får X per år' is what it is paid each year, not the slice it keeps", () => {
    const a = ask("hur mkt får västerbotten per år för amr", { today: "2026-12-02" });
    const figures = a.figures.map((f) => [f.year, f.amountSek]);
    expect(figures).toContainEqual([2027, 9_000_000]);
    expect(figures).not.toContainEqual([2027, 3_400_000]);
  });
});
