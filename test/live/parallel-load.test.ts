import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Knowledge, LoadOptions } from "../../src/knowledge/index.js";
import { buildDist, ROOT } from "../process/support/build.js";
import { fixtureFolder, loadBytes } from "../support/load-bytes.js";
import { SEEDS_DIR } from "../support/seeds.js";

const folder = fixtureFolder("gms-parallel-");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Load = (
  dir: string,
  options?: LoadOptions & { minFiles?: number; minCores?: number },
) => Promise<Knowledge>;
let parallel: Load;
let sequential: (dir: string) => Knowledge;

// The built modules: the reader worker is a file of dist/, as when the bot runs.
beforeAll(async () => {
  await buildDist();
  parallel = (await import(join(ROOT, "dist/live/parallel-load.js"))).loadKnowledgeInParallel;
  sequential = (await import(join(ROOT, "dist/knowledge/index.js"))).loadKnowledge;
}, 120_000);

describe("the first load on two threads", () => {
  it("reads statements, word counts and passages in a worker and gives the same knowledge, to the byte", async () => {
    const k = await parallel(folder, { minFiles: 0, minCores: 0 });
    expect(loadBytes(k)).toBe(loadBytes(sequential(folder)));
    expect(k.passages.search("helgenomsekvensering", { limit: 1 })).toHaveLength(1);
  });

  it("a small folder is read on one thread", async () => {
    expect(loadBytes(await parallel(SEEDS_DIR))).toBe(loadBytes(sequential(SEEDS_DIR)));
  });
});
