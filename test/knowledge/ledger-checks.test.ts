// Reconciliation notes: only arithmetic that holds, and only where the documents claim a complete split.
import { describe, expect, it } from "vitest";
import { checkTotals } from "../../src/knowledge/ledger-checks.js";
import type { LedgerEntry } from "../../src/knowledge/types.js";

const entry = (id: string, amountSek: number, more: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id,
  amountSek,
  qualifier: null,
  year: 2031,
  years: [2031],
  yearClue: "stated-in-sentence",
  purpose: id,
  area: "",
  terms: [],
  recipient: null,
  payer: null,
  role: "grant",
  partOf: null,
  parts: [],
  gms: true,
  sources: [],
  notes: [],
  datesDisagree: false,
  ...more,
});

describe("ledger checks", () => {
  it("a list of shares short of its whole is noted; one share told in prose is not", () => {
    const whole = entry("w", 20_000_000, { parts: ["a", "b"] });
    const a = entry("a", 5_000_000, { role: "part", partOf: "w" });
    const b = entry("b", 6_000_000, { role: "part", partOf: "w" });
    checkTotals([whole, a, b], new Set(["a", "b"]));
    expect(whole.notes).toHaveLength(1);
    const prose = entry("p", 20_000_000, { parts: ["s"] });
    const share = entry("s", 5_000_000, { role: "part", partOf: "p" });
    checkTotals([prose, share], new Set());
    expect(prose.notes).toEqual([]);
  });

  it("shares above their whole are always noted", () => {
    const whole = entry("w", 10_000_000, { parts: ["a"] });
    const a = entry("a", 12_000_000, { role: "part", partOf: "w" });
    checkTotals([whole, a]);
    expect(whole.notes[0]).toMatch(/do not add up/);
  });

  it("an approximate multi-year total agrees with grants a little above it", () => {
    const total = entry("t", 100_000_000, {
      role: "multi-year-total",
      qualifier: "approx",
      years: [2031, 2032],
      year: null,
    });
    const g1 = entry("g1", 52_000_000);
    const g2 = entry("g2", 51_000_000, { year: 2032, years: [2032] });
    checkTotals([total, g1, g2]);
    expect(total.notes).toEqual([]);
    const exact = { ...total, qualifier: null, notes: [] };
    checkTotals([exact, g1, g2]);
    expect(exact.notes[0]).toMatch(/more than the stated total/);
  });

  it("a floor ('mer än 100 miljoner') agrees with grants above it, never with grants below it", () => {
    const total = entry("t", 100_000_000, {
      role: "multi-year-total",
      qualifier: "at-least",
      years: [2031, 2032],
      year: null,
    });
    const g1 = entry("g1", 60_000_000);
    const g2 = entry("g2", 70_000_000, { year: 2032, years: [2032] });
    checkTotals([total, g1, g2]);
    expect(total.notes).toEqual([]);
    const short = { ...total, amountSek: 200_000_000, notes: [] };
    checkTotals([short, g1, g2]);
    expect(short.notes[0]).toMatch(/not itemised/);
  });
});
