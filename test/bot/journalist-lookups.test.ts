// A journalist's lookups over the seeds: money by paying agency, a decision by its case number, the first
// year GMS was funded. Expectations read from the seed documents.
import { describe, expect, it } from "vitest";
import { seedAsk } from "../support/seeds.js";

const ask = seedAsk();

describe("journalist lookups", () => {
  it("'which agencies paid out GMS money and how much each' lists grants under their agency, never one sum", () => {
    const a = ask("which agencies paid out gms money and how much each?");
    expect(a.intent).toBe("payer");
    expect(a.text).toMatch(/Socialstyrelsen: /);
    const sums = a.figures.filter((f) => f.derived);
    expect(sums.every((f) => /^sum /.test(f.label ?? ""))).toBe(true);
  });

  it("'when did the government first fund GMS' is the first year with money, GMS as the one funded", () => {
    const a = ask("When did the government first fund GMS, and with how much?");
    expect(a.intent).toBe("overview");
    expect(a.text).toMatch(/^The first year with funding for GMS in the documents is 2021/);
  });
});

describe("citations", () => {
  it.each([
    "did gms get more than 10 million in 2022?",
    "fick gms över 20 miljoner 2021?",
    "vilket år fick gms mest",
  ])("every source listed for '%s' is cited in the answer's text", (q) => {
    const a = ask(q);
    const cited = new Set([...a.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(a.citations.map((c) => c.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});
