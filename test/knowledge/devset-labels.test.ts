// The ledger built from seeds + devset (+ the extra documents) against the hand labels: role, budget years,
// part-of and merge for every labelled SEK amount. A ratchet: the counts may only go up.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createLabelScorer,
  DIMENSIONS,
  type LabelScore,
  type Labels,
  summarise,
} from "../support/label-score.js";
import { corpusKnowledge } from "../support/question-runner.js";

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const devsetLabels = read("../fixtures/devset/labels.json") as Labels;
const extraLabels = read("../fixtures/documents-extra/labels.json") as Labels;
const ratchet = read("./devset-labels.ratchet.json") as Record<string, Record<string, number>>;

function scoreAll(labels: Labels, scorer: ReturnType<typeof createLabelScorer>): LabelScore[] {
  return Object.entries(labels).flatMap(([docId, doc]) =>
    doc.amounts.filter((a) => a.amountSek !== null).map((a) => scorer(docId, a)),
  );
}

function report(name: string, scores: LabelScore[]) {
  const s = summarise(scores);
  const pct = (r: number, of: number) => (of === 0 ? "–" : `${((100 * r) / of).toFixed(1)} %`);
  const lines = DIMENSIONS.map(
    (d) => `  ${d}: ${s.per[d].right}/${s.per[d].of} (${pct(s.per[d].right, s.per[d].of)})`,
  );
  const wrong = scores
    .filter((x) => !Object.values(x.right).every(Boolean))
    .map(
      (x) =>
        `${x.docId.slice(0, 5)}:"${x.text}"(${x.role}: ${Object.entries(x.right)
          .filter(([, v]) => !v)
          .map(([k]) => k)
          .join(",")})`,
    );
  console.log(
    [
      `${name}: ${s.allRight}/${s.of} labelled amounts fully right (${pct(s.allRight, s.of)})`,
      ...lines,
      ...(process.env.QUESTIONS_VERBOSE ? [`  wrong: ${wrong.join(" ")}`] : []),
    ].join("\n"),
  );
  return s;
}

function expectRatchet(name: string, s: ReturnType<typeof summarise>) {
  const floor = ratchet[name] ?? {};
  expect(s.allRight, `${name}: fully right`).toBeGreaterThanOrEqual(floor.allRight ?? 0);
  for (const d of DIMENSIONS)
    expect(s.per[d].right, `${name}: ${d}`).toBeGreaterThanOrEqual(floor[d] ?? 0);
}

describe("ledger vs hand labels", () => {
  it("devset labels over seeds + devset do not fall below the recorded counts", () => {
    const knowledge = corpusKnowledge("seeds+devset");
    const s = report("devset", scoreAll(devsetLabels, createLabelScorer(knowledge, devsetLabels)));
    expectRatchet("devset", s);
  });

  it("extra labels over seeds + devset + extra do not fall below the recorded counts", () => {
    const knowledge = corpusKnowledge("extra");
    const labels = { ...devsetLabels, ...extraLabels };
    const s = report("extra", scoreAll(extraLabels, createLabelScorer(knowledge, labels)));
    expectRatchet("extra", s);
  });

  it("every label's text is where the label says, once", () => {
    const knowledge = corpusKnowledge("extra");
    const texts = new Map(knowledge.documents.map((d) => [d.id, d.text]));
    for (const [docId, doc] of Object.entries({ ...devsetLabels, ...extraLabels })) {
      const text = texts.get(docId) ?? "";
      for (const a of doc.amounts) {
        const where = a.at ?? a.text;
        expect(text.includes(where), `${docId}: ${where}`).toBe(true);
        if (a.at) expect(text.indexOf(a.at), `${docId}: ${a.at} once`).toBe(text.lastIndexOf(a.at));
      }
    }
  });

  it("labels point at labels that exist, and parts never exceed their whole", () => {
    const all = { ...devsetLabels, ...extraLabels };
    const seeds = new Set(corpusKnowledge("seeds").documents.map((d) => d.id));
    for (const [docId, doc] of Object.entries(all)) {
      const texts = new Set(doc.amounts.map((a) => a.text));
      const parts = new Map<string, number>();
      for (const a of doc.amounts) {
        for (const other of a.sameAs)
          expect(other in all || seeds.has(other), `${docId} sameAs ${other}`).toBe(true);
        if (a.repeatOf)
          expect(texts.has(a.repeatOf), `${docId}: repeatOf ${a.repeatOf}`).toBe(true);
        if (!a.partOf) continue;
        const whole = all[a.partOf.doc]?.amounts.find((w) => w.text === a.partOf?.text);
        expect(whole, `${docId}: partOf ${a.partOf.doc} ${a.partOf.text}`).toBeDefined();
        if (a.partOf.doc === docId && !a.repeatOf && a.amountSek !== null && a.role === "part")
          parts.set(a.partOf.text, (parts.get(a.partOf.text) ?? 0) + a.amountSek);
      }
      for (const [text, sum] of parts) {
        const whole = doc.amounts.find((w) => w.text === text)?.amountSek;
        if (typeof whole === "number")
          expect(sum, `${docId}: parts of ${text}`).toBeLessThanOrEqual(whole);
      }
    }
  });
});
