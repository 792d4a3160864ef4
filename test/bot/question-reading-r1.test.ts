// Question readings added by helper r1 (found asking the devset's questions of its English retelling), each on a
// made-up page: a misspelt Swedish name of an area the documents name only in English.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function askOf(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "gms-r1q-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return createAsk({ knowledge: loadKnowledge(dir) });
}

describe("a Swedish area name misspelt, the documents in English", () => {
  it("'akuta leukemeir' finds the money an English page gives to acute leukaemia", () => {
    const ask = askOf({
      "release.txt":
        "Press release\n\nMoney for genomic medicine\n\nPublished 5 June 2033\n\nThe Government is giving Genomic Medicine Sweden (GMS) SEK 50 million for 2033. The money is split as follows:\n\n- rare diseases: SEK 43 million\n- acute leukaemia: SEK 7 million\n\nThe work on acute leukaemia is new this year.\n",
    });
    const answer = ask("hur mycket gick till akuta leukemeir 2033", { today: "2033-09-01" });
    expect(answer.figures[0]?.amountSek).toBe(7_000_000);
  });
});
