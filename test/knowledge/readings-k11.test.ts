// Readings added by helper K11, each on made-up pages: money for several areas together is no one area's; an
// organisation's slice "of the SEK 9 million for the area" is inside that area's money.
import { describe, expect, it } from "vitest";
import { SEVERAL_AREAS } from "../../src/knowledge/area.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

describe("money for several areas together", () => {
  const wire = textDocument(
    "wire",
    [
      "Sweden gives genomics network SEK 70m",
      "",
      "March 3, 2031",
      "",
      "STOCKHOLM, March 3 - The government will give Genomic Medicine Sweden (GMS) SEK 70m in 2031.",
      "",
      "Of the GMS money, SEK 25m goes to solid tumours and SEK 15m to rare diseases. The remaining SEK 30m is for clinical trials, data sharing and national coordination.",
    ].join("\n"),
  );

  it("'The remaining SEK 30m is for clinical trials, data sharing and national coordination' has none of their areas", () => {
    const entries = ledger(wire);
    const rest = at(entries, 30_000_000);
    expect(rest).toHaveLength(1);
    expect(rest[0]?.area).toBe(SEVERAL_AREAS);
    // One area named is still that area's money.
    expect(at(entries, 15_000_000)[0]?.area).toBe("sällsynta hälsotillstånd");
  });
});

describe("an organisation's slice of an area's money", () => {
  const release = textDocument(
    "release",
    [
      "Genomic Medicine Sweden receives SEK 60 million for 2031",
      "",
      "Published 2030-12-15",
      "",
      "The Government has decided to give Genomic Medicine Sweden (GMS) SEK 60 million for 2031. The money is divided as follows:",
      "",
      "- SEK 35 million for solid tumours",
      "- SEK 16 million for rare diseases",
      "- SEK 9 million for pharmacogenomics",
    ].join("\n"),
  );
  const post = textDocument(
    "post",
    [
      "The genomics money for 2031 is now split",
      "",
      "Published 2031-01-20",
      "",
      "Region Örebro will lead a new national effort on pharmacogenomics with SEK 4 million of the SEK 9 million for the area.",
    ].join("\n"),
  );

  it("'SEK 4 million of the SEK 9 million for the area' is the region's share of the area's 9 M, never summed beside it", () => {
    const entries = ledger(release, post);
    const nine = at(entries, 9_000_000);
    expect(nine).toHaveLength(1);
    const four = at(entries, 4_000_000);
    expect(four).toHaveLength(1);
    expect(four[0]?.partOf).toBe(nine[0]?.id);
    expect(four[0]?.recipientShare).toBe(true);
    expect(nine[0]?.recipientShare).toBeUndefined();
  });
});
