// Linking a part to the larger amount before it looks positions up: it must link exactly as a plain scan back.
import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "../../src/bench/prng.js";
import { findCues } from "../../src/knowledge/cues.js";
import { linkByWords } from "../../src/knowledge/fact-links.js";
import { extractFacts, type RawFact } from "../../src/knowledge/facts.js";
import { NearestLarger } from "../../src/knowledge/nearest-larger.js";
import { PART_OF_PREVIOUS } from "../../src/knowledge/role-cues.js";
import type { RoleResult } from "../../src/knowledge/roles.js";
import type { Segment } from "../../src/knowledge/segments.js";
import type { SourceDocument } from "../../src/knowledge/types.js";
import { textDocument } from "../support/text-document.js";

const ROLES: RoleResult["role"][] = [
  "grant",
  "grant",
  "part",
  "part",
  "part",
  "agency-cap",
  "not-funding",
  "budget-frame",
  "budget-frame",
  "total",
  "multi-year-total",
];

/** Sentences of 1–4 amounts in document order, then table rows that reuse earlier sentences (as a reading makes them). */
// No years, or one of two: a share never links to another year's money.
const YEARS: number[][] = [[], [], [2026], [2027]];

function randomFacts(random: Random): RawFact[] {
  const doc: SourceDocument = {
    id: "d",
    fileName: "d.txt",
    text: "",
    title: "d",
    publisher: null,
    kind: null,
    published: null,
    url: null,
  };
  const facts: RawFact[] = [];
  const segments: Segment[] = [];
  let text = "";
  const amount = (valueSek: number, back: boolean) => {
    const start = text.length;
    text += `${valueSek} kr${back ? " av dessa" : " och mer"}${" ".repeat(40)}`;
    return { start, end: start + `${valueSek} kr`.length, text: "", valueSek, qualifier: null };
  };
  const fact = (segment: Segment, role: RoleResult, valueSek: number, back: boolean) =>
    ({
      doc,
      segment,
      amount: amount(valueSek, back),
      role,
      years: { years: random.pick(YEARS), clue: "stated" },
      parent: null,
      list: null,
    }) as unknown as RawFact;
  for (let s = random.int(1, 40); s > 0; s--) {
    const seg = { start: text.length, end: 0, paragraph: random.int(0, 3) } as Segment;
    segments.push(seg);
    for (let n = random.int(1, 4); n > 0; n--) {
      const role = random.pick(ROLES);
      const isPart = role === "part" || (role === "agency-cap" && random.chance(0.5));
      const nearestParent = isPart && random.chance(0.2);
      // "varav …": a share of the amount right before.
      const ofPrevious = role === "part" && random.chance(0.2);
      const value = random.int(1, 8) * 1_000_000;
      facts.push(
        fact(seg, { role, isPart, nearestParent, ofPrevious }, value, random.chance(0.15)),
      );
    }
    seg.end = text.length;
  }
  for (let t = random.int(0, 3); t > 0; t--) {
    const role = random.pick<RoleResult["role"]>(["budget-frame", "comparison"]);
    const seg = random.pick(segments);
    facts.push(
      fact(seg, { role, isPart: false, nearestParent: false }, random.int(1, 8) * 1e6, false),
    );
  }
  doc.text = text;
  return facts;
}

/** The plain scan back over every earlier amount, as the ledger once linked (quadratic for long lists). */
function scanBack(facts: RawFact[]): void {
  facts.forEach((fact, i) => {
    if (!(fact.role.isPart || fact.role.role === "budget-frame")) return;
    const after = fact.doc.text.slice(
      fact.amount.end,
      Math.min(fact.segment.end, fact.amount.end + 40),
    );
    const back = findCues(after, PART_OF_PREVIOUS).some((h) => h.start < 8);
    const nearest = fact.role.nearestParent || back || fact.role.ofPrevious === true;
    for (let j = i - 1; j >= 0; j--) {
      const cand = facts[j] as RawFact;
      if (cand.amount.valueSek <= fact.amount.valueSek) continue;
      if (cand.role.role === "agency-cap" || cand.role.role === "not-funding") continue;
      const [a, b] = [cand.years.years, fact.years.years];
      if (a.length > 0 && b.length > 0 && !b.some((y) => a.includes(y))) continue;
      if (
        cand.role.isPart &&
        cand.segment === fact.segment &&
        fact.role.isPart &&
        !back &&
        !fact.role.ofPrevious
      ) {
        fact.parent = cand.parent;
        return;
      }
      if (fact.role.role === "budget-frame") {
        if (cand.role.role !== "budget-frame" || cand.segment.paragraph !== fact.segment.paragraph)
          return;
        if (cand.parent !== null) continue;
      } else if (!nearest && cand.role.isPart) continue;
      fact.parent = j;
      const before = facts[i - 1];
      if (!before || before.segment !== fact.segment || before.parent !== null || i - 1 === j)
        return;
      if (before.role.role !== "grant" || before.amount.valueSek >= cand.amount.valueSek) return;
      before.parent = j;
      before.role = { role: "part", isPart: true, nearestParent: false };
      return;
    }
  });
}

const outcome = (facts: RawFact[]) => facts.map((f) => [f.parent, f.role.role, f.role.isPart]);

describe("linking parts by words", () => {
  it("links exactly as a plain scan back, on 1,500 random documents", () => {
    const random = createRandom(13);
    for (let run = 0; run < 1500; run++) {
      const facts = randomFacts(random);
      const expected = facts.map((f) => ({ ...f }));
      scanBack(expected);
      linkByWords(facts);
      expect(outcome(facts), `run ${run}`).toEqual(outcome(expected));
    }
  });

  it("finds the nearest earlier larger value, and forgets one taken out", () => {
    const tree = new NearestLarger([5, 1, 7, 2, 3]);
    expect(tree.before(5, 2)).toBe(4);
    expect(tree.before(4, 2)).toBe(2);
    expect(tree.before(2, 5)).toBeNull();
    expect(tree.before(0, 0)).toBeNull();
    tree.set(2, Number.NEGATIVE_INFINITY);
    expect(tree.before(4, 2)).toBe(0);
  });
});

describe("linking a share to a whole told after it", () => {
  const parents = (text: string) =>
    extractFacts(textDocument("d", text, "2027-03-01")).map((f) => [f.amount.valueSek, f.parent]);

  it("links 'Region Skånes del av de 80 miljoner', paragraphs on past a byline", () => {
    const text =
      "Region Skåne får 10,5 miljoner kronor av årets statliga pengar.\n\nAv Maria Ek\n\nPengarna är Region Skånes del av de 80 miljoner kronor som GMS får i år.";
    expect(parents(text)).toEqual([
      [10_500_000, 1],
      [80_000_000, null],
    ]);
  });

  it("never links through a denial ('ingen del av')", () => {
    const text =
      "Region Gotland får 5 miljoner kronor, men ingen del av de 80 miljoner kronor som GMS får i år.";
    expect(parents(text)).toEqual([
      [5_000_000, null],
      [80_000_000, null],
    ]);
  });
});
