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

describe("a Swedish compound asked of an English page", () => {
  it("'hjärtmottagningen' finds the money an English page sets aside for a heart clinic", () => {
    const ask = askOf({
      "news.txt":
        "Regional news\n\nSequencing lab in Falun grows\n\nPublished 3 February 2033\n\nThe Government gives Region Dalarna SEK 9 million in 2033 for sequencing in Falun within Genomic Medicine Sweden.\n\nMoney for a heart clinic\n\nAt the same time, the regional executive board decided to set aside SEK 2.5m of the region's own funds in 2033 for a new clinic for hereditary heart disease at the county hospital. The money is not part of the GMS assignment.\n",
    });
    const answer = ask("hur mycket satsar regionen på hjärtmottagningen", {
      today: "2033-09-01",
    });
    expect(answer.figures[0]?.amountSek).toBe(2_500_000);
  });
});
