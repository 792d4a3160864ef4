import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  beginLoad,
  forTransfer,
  loadKnowledge,
  readBatch,
  readFacts,
  readOthers,
} from "../../src/knowledge/index.js";
import { fixtureFolder, loadBytes } from "../support/load-bytes.js";

const folder = fixtureFolder("gms-batches-");
afterAll(() => rmSync(folder, { recursive: true, force: true }));
// Over the reading budget: skipped by name wherever its run is read.
writeFileSync(join(folder, "zz-over-budget.txt"), `${"Pengar 5 kronor. ".repeat(5_100)}\n`);

describe("a load read in runs and joined is the load read at once", () => {
  const whole = loadBytes(loadKnowledge(folder));

  for (const cut of [1, 7, 20]) {
    it(`two runs cut after ${cut} documents, one sent as another thread would`, () => {
      const begun = beginLoad(folder);
      if ("ledger" in begun) throw new Error("no snapshot was asked for");
      const first = readBatch(begun.documents.slice(0, cut));
      const run = begun.documents.slice(cut);
      const second = structuredClone(forTransfer(readBatch(run), run));
      expect(loadBytes(begun.finish([first, second]))).toBe(whole);
    });
  }

  it("facts read here and joined first, the other readings sent as another thread would: the same load", () => {
    const begun = beginLoad(folder);
    if ("ledger" in begun) throw new Error("no snapshot was asked for");
    const { documents } = begun;
    const runs = [documents.slice(0, 9), documents.slice(9)];
    const finish = begun.joinFactsFirst(runs.map(readFacts));
    const others = runs.map((run) => structuredClone(forTransfer(readOthers(run), run)));
    expect(loadBytes(finish(others))).toBe(whole);
  });

  it("the skipped document is named once, in document order", () => {
    const k = loadKnowledge(folder);
    expect(k.problems.map((p) => p.file)).toEqual(["zz-over-budget.txt"]);
  });
});
