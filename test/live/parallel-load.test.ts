import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Knowledge, LoadOptions } from "../../src/knowledge/index.js";
import { buildDist, ROOT } from "../process/support/build.js";
import { fixtureFolder, loadBytes } from "../support/load-bytes.js";
import { SEEDS_DIR } from "../support/seeds.js";

const folder = fixtureFolder("gms-parallel-");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Load = (
  dir: string,
  options?: LoadOptions & {
    minFiles?: number;
    minCores?: number;
    runSize?: number;
    readerFile?: string;
  },
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

  it("shares the documents run by run between the threads, and joined the knowledge is the same", async () => {
    const k = await parallel(folder, { minFiles: 0, minCores: 0, runSize: 1 });
    expect(loadBytes(k)).toBe(loadBytes(sequential(folder)));
  });

  it("a worker that fails leaves its part to the main thread, and the knowledge is the same", async () => {
    const failing = join(folder, "..", `${folder.split("/").pop()}-failing-worker.mjs`);
    writeFileSync(
      failing,
      `import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => { throw new Error("no reading here"); });\n`,
    );
    try {
      const k = await parallel(folder, {
        minFiles: 0,
        minCores: 0,
        runSize: 2,
        readerFile: failing,
      });
      expect(loadBytes(k)).toBe(loadBytes(sequential(folder)));
    } finally {
      rmSync(failing, { force: true });
    }
  });

  it("a small folder is read on one thread", async () => {
    expect(loadBytes(await parallel(SEEDS_DIR))).toBe(loadBytes(sequential(SEEDS_DIR)));
  });
});

/** The nice value of the calling thread, from its /proc stat line (field 19). */
const NICE_OF_THREAD = `(() => { const st = require("node:fs").readFileSync("/proc/thread-self/stat", "utf8");
  return Number(st.slice(st.lastIndexOf(")") + 2).split(" ")[16]); })()`;

describe.runIf(process.platform === "linux")("the reader worker's priority", () => {
  it("is the lowest for the worker's own thread, and the main thread keeps its own", async () => {
    const module = pathToFileURL(join(ROOT, "dist/live/thread-priority.js")).href;
    const code = `const { parentPort } = require("node:worker_threads");
      import(${JSON.stringify(module)}).then((m) => parentPort.postMessage([m.yieldCoreToOthers(), ${NICE_OF_THREAD}]));`;
    const worker = new Worker(code, { eval: true });
    const [lowered, nice] = await new Promise<[boolean, number]>((resolve) =>
      worker.once("message", resolve),
    );
    await worker.terminate();
    expect([lowered, nice]).toEqual([true, 19]);
    const main = readFileSync("/proc/thread-self/stat", "utf8");
    expect(main.slice(main.lastIndexOf(")") + 2).split(" ")[16]).toBe("0");
  });

  it("is left alone where a process's priority is not its threads' own", async () => {
    const { yieldCoreToOthers } = await import(join(ROOT, "dist/live/thread-priority.js"));
    expect(yieldCoreToOthers("darwin")).toBe(false);
  });
});
