import { describe, expect, it } from "vitest";
import { BY_MAIN, BY_WORKER, claim, newClaims, runBounds } from "../../src/live/run-claims.js";

describe("runs shared between two threads", () => {
  it("cuts the documents into consecutive runs of the given size, the last one shorter", () => {
    expect(runBounds(7, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(runBounds(0, 3)).toEqual([]);
  });

  it("gives each run to the first thread that claims it, once", () => {
    const claims = newClaims(3);
    // The worker from the front, the main thread from the back: they meet in the middle.
    expect(claim(claims, 0, BY_WORKER)).toBe(true);
    expect(claim(claims, 2, BY_MAIN)).toBe(true);
    expect(claim(claims, 1, BY_MAIN)).toBe(true);
    expect(claim(claims, 1, BY_WORKER)).toBe(false);
    expect([...claims]).toEqual([BY_WORKER, BY_MAIN, BY_MAIN]);
  });

  it("keeps its claims in memory another thread sees", () => {
    expect(newClaims(2).buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
