// The bench's crafted-document cells are medians over fresh processes, field by field.
import { describe, expect, it } from "vitest";
import { medianLoad } from "../../src/bench/hostile-load.js";

describe("medianLoad", () => {
  it("takes each field's middle value over the runs", () => {
    const m = medianLoad([
      { ms: 300, cpuMs: 500, loaded: true, again: { ms: 90, cpuMs: 150 } },
      { ms: 120, cpuMs: 260, loaded: true, again: { ms: 110, cpuMs: 140 } },
      { ms: 180, cpuMs: 310, loaded: true, again: { ms: 100, cpuMs: 170 } },
    ]);
    expect(m).toEqual({ ms: 180, cpuMs: 310, loaded: true, again: { ms: 100, cpuMs: 150 } });
  });

  it("counts a document as loaded only when every run loaded it", () => {
    const skipped = { ms: 5, cpuMs: 5, loaded: false };
    expect(medianLoad([skipped, { ...skipped, loaded: true }, skipped]).loaded).toBe(false);
  });
});
