import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { tuneEngineForLoad } from "../../src/live/engine-flags.js";

describe("tuneEngineForLoad", () => {
  it("sets the load's engine flags once and changes no reading", () => {
    const before = JSON.stringify(loadKnowledge("seeds").ledger);
    expect(() => {
      tuneEngineForLoad();
      tuneEngineForLoad();
    }).not.toThrow();
    expect(JSON.stringify(loadKnowledge("seeds").ledger)).toBe(before);
  });
});
