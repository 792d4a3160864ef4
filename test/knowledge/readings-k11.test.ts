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

describe("a node's kept share and the rest handed on", () => {
  const release = textDocument(
    "release",
    [
      "Region Örebro – Press release",
      "",
      "Örebro to coordinate SEK 60 million for precision medicine in 2031",
      "",
      "Published 20 February 2031",
      "",
      "The government decided on 12 January to grant SEK 60 million to Genomic Medicine Sweden (GMS) for the year.",
      "",
      "Of the SEK 60 million, SEK 25 million is for rare diseases, SEK 20 million for solid tumours and SEK 15 million for data sharing.",
      "",
      "GMS Mid, the node at Örebro University Hospital, will keep SEK 9.5 million of this year's state funding. The remaining SEK 50.5 million is passed on to the six other university hospital regions. Last year, GMS Mid's share was SEK 8 million.",
      "",
      "On top of the state money, the regional board has decided to set aside SEK 3 million of Region Örebro's own budget for sequencing equipment.",
      "",
      "Facts",
      "- Region Örebro's own contribution 2031: SEK 3 million",
    ].join("\n"),
  );

  it("'will keep SEK 9.5 million of this year's state funding' is the node's share of the year's 60 M", () => {
    const entries = ledger(release);
    const whole = at(entries, 60_000_000)[0];
    const kept = at(entries, 9_500_000);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.recipient).toBe("GMS Mid");
    expect(kept[0]?.partOf).toBe(whole?.id);
  });

  it("'The remaining SEK 50.5 million is passed on' is the rest of this year's money, never dated by the 'Last year' after it", () => {
    const entries = ledger(release);
    const whole = at(entries, 60_000_000)[0];
    const rest = at(entries, 50_500_000);
    expect(rest).toHaveLength(1);
    expect(rest[0]?.role).toBe("part");
    expect(rest[0]?.years).toEqual([2031]);
    expect(rest[0]?.partOf).toBe(whole?.id);
    expect(at(entries, 8_000_000)[0]?.years).toEqual([2030]);
  });

  it("the next paragraph's own money is the page's year, and the facts box retells it", () => {
    const own = at(ledger(release), 3_000_000);
    expect(own).toHaveLength(1);
    expect(own[0]?.role).toBe("co-funding");
    expect(own[0]?.years).toEqual([2031]);
  });
});
