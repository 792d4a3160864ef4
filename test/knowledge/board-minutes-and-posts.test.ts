// Readings a regional board's minutes and a social-media post needed: one made-up document per mechanism,
// with names and amounts of its own (none from the fixtures).
import { describe, expect, it } from "vitest";
import { adjacentShare } from "../../src/knowledge/fact-links.js";
import { passedOn, readStatements } from "../../src/knowledge/index.js";
import { topicsOf } from "../../src/knowledge/merge-rules.js";
import { resolveOrgReference } from "../../src/knowledge/org-references.js";
import { findRecipient } from "../../src/knowledge/organisations.js";
import { opensWithYearsMoney } from "../../src/knowledge/roles.js";
import { words } from "../../src/knowledge/words.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const doc = textDocument;

describe("a share named by the whole right after it", () => {
  it("'SEK 2 million of the SEK 7 million' is a share, whatever words the currency adds", () => {
    expect(adjacentShare(" of the SEK ")).toBe(true);
    expect(adjacentShare(" av de ")).toBe(true);
    expect(adjacentShare(" out of ")).toBe(true);
    expect(adjacentShare(", and the region adds ")).toBe(false);
    expect(adjacentShare(" och ")).toBe(false);
  });

  it("links the smaller amount to the larger, so the year's sum counts the whole once", () => {
    const text = `Genomic Medicine Sweden gets money

Genomic Medicine Sweden (GMS) gets SEK 70 million for 2031. SEK 7 million of it is for pharmacogenomics.

Region Halland will lead the new work with SEK 2 million of the SEK 7 million for the area.
`;
    const entries = ledger(doc("post", text, "2031-01-20"));
    const share = at(entries, 2_000_000)[0];
    expect(share?.role).toBe("part");
    expect(share?.partOf).toBe(at(entries, 7_000_000)[0]?.id);
    expect(share?.recipient).toBe("Region Halland");
  });
});

describe("a sentence opening with a year's money", () => {
  const opening = (s: string) => opensWithYearsMoney(words(s));
  it("'Av 2031 års statliga medel …' and 'Av årets pengar …' open a share; other openings do not", () => {
    expect(opening("Av 2031 års statliga medel för uppdraget går 2 miljoner kronor till X.")).toBe(
      true,
    );
    expect(opening("Av årets pengar går 2 miljoner kronor till X.")).toBe(true);
    expect(opening("Of this year's funding, SEK 2 million goes to X.")).toBe(true);
    expect(opening("Av Karin Holm")).toBe(false);
    expect(opening("Av 2031 års rapport framgår att 2 miljoner kronor …")).toBe(false);
  });

  it("makes the amount a share of the money told before it, and 'Resterande …' the rest of that money", () => {
    const text = `Region Gävleborg
PROTOKOLL

Regeringen ger myndigheten i uppdrag att betala ut 8 miljoner kronor till Region Gävleborg för arbete inom Genomic Medicine Sweden (GMS) under 2031.

Av 2031 års statliga medel för uppdraget fördelar regionen 5 miljoner kronor vidare till laboratorierna i övriga regioner. Resterande 3 miljoner kronor stannar i regionen.
`;
    const entries = ledger(doc("minutes", text, "2031-03-01"));
    const whole = at(entries, 8_000_000)[0];
    const onward = at(entries, 5_000_000)[0];
    expect(onward?.partOf).toBe(whole?.id);
    expect(at(entries, 3_000_000)[0]?.partOf).toBe(whole?.id);
    // Handed on ("vidare till"): the whole's recipient is not the share's.
    expect(onward?.recipient).toBeNull();
    expect(onward?.sources.every(passedOn)).toBe(true);
  });
});

describe("a trailing 'last year' dates its own amount", () => {
  it("'SEK 9 million, up from SEK 7 million last year' after '… for 2031': 9 M is 2031's", () => {
    const text = `Genomic Medicine Sweden gets money

Genomic Medicine Sweden (GMS) gets SEK 60 million for 2031, and rare diseases now receives SEK 9 million, up from SEK 7 million last year.
`;
    const entries = ledger(doc("post", text, "2031-01-15"));
    expect(at(entries, 9_000_000)[0]?.years).toEqual([2031]);
    expect(at(entries, 7_000_000)[0]?.years).toEqual([2030]);
  });
});

describe("money set apart from GMS's", () => {
  it("'That money … is separate from the government funding of GMS' is said of the money just told", () => {
    const text = `Genomic Medicine Sweden news

Genomic Medicine Sweden (GMS) gets SEK 60 million for 2031.

Together with partners we have been awarded EUR 1 million (about SEK 11 million) for a data hub in 2031–2033. That money goes to the partners and is separate from the government funding of GMS.
`;
    const entries = ledger(doc("post", text, "2031-01-15"));
    expect(at(entries, 11_000_000)[0]?.gms).toBe(false);
    expect(at(entries, 60_000_000)[0]?.gms).toBe(true);
  });

  it("an amount after 'separate from' is the GMS money it is set apart from", () => {
    const text = `Genomic Medicine Sweden partner news

Three projects with Genomic Medicine Sweden (GMS) get funding. The funding is separate from the government's annual grant to GMS, which amounts to SEK 60m in 2031.
`;
    expect(at(ledger(doc("agency", text, "2031-02-01")), 60_000_000)[0]?.gms).toBe(true);
  });
});

describe("a board's minutes", () => {
  const text = `Region Gävleborg
PROTOKOLL
Regionstyrelsen

Sammanträdesdatum: 2031-03-10
Plats och tid: Regionens hus, Gävle, kl. 09.00–12.00

§ 12
Dnr RS 2031/00077

Medfinansiering av arbetet inom Genomic Medicine Sweden 2031

Regionstyrelsen beslutar att avsätta 2 miljoner kronor av egna medel under 2031 som regionens medfinansiering av arbetet inom Genomic Medicine Sweden (GMS).

Lars Berg (M) yrkar att medfinansieringen höjs till 3 miljoner kronor.

§ 13

Regionstyrelsen beslutar att sälja fastigheten Berga 1:2 för en köpeskilling om 4 100 000 kronor.
`;
  const entries = ledger(doc("minutes", text, "2031-03-10"));

  it("the board's own money is the region's co-funding", () => {
    const own = at(entries, 2_000_000)[0];
    expect(own?.role).toBe("co-funding");
    expect(own?.funder).toBe("Region Gävleborg");
    expect(resolveOrgReference(text, text.indexOf("beslutar"), "Regionstyrelsen")).toBe(
      "Region Gävleborg",
    );
  });

  it("a motion voted on and a property's price are no money given", () => {
    expect(at(entries, 3_000_000)).toEqual([]);
    expect(at(entries, 4_100_000)).toEqual([]);
  });

  it("the registry number keeps its letters, and a header's label line is no title", () => {
    const refs = readStatements([doc("minutes", text, "2031-03-10")]).references;
    expect(refs.map((r) => r.number.text)).toContain("RS 2031/00077");
  });
});

describe("a minutes' signature block", () => {
  it("reads each name under 'Justeras' and 'Vid protokollet', with the title its line gives", () => {
    const text = `Region Gävleborg
PROTOKOLL

Regionstyrelsen beslutar att avsätta 2 miljoner kronor av egna medel.

Vid protokollet

Karl Ek, sekreterare

Justeras

Maja Lund (S), ordförande
Per Holm (M)
`;
    const people = readStatements([doc("minutes", text, "2031-03-10")]).people;
    expect(people.filter((p) => p.role === "signatory").map((p) => [p.name, p.title])).toEqual([
      ["Karl Ek", "sekreterare"],
      ["Maja Lund", "ordförande"],
      ["Per Holm", null],
    ]);
  });
});

describe("who leads work with money receives it", () => {
  it("'Region X will lead … with SEK 2 million' names Region X", () => {
    expect(findRecipient("👉 Region Halland will lead a new effort on genomics with ", "")).toBe(
      "Region Halland",
    );
    expect(findRecipient("The work will be done with ", "")).toBeNull();
  });
});

describe("English compounds written with a hyphen", () => {
  it("'a rare-disease data hub' names the area its words name", () => {
    expect([...topicsOf("a Nordic rare-disease data hub")]).toEqual([
      ...topicsOf("a Nordic rare disease data hub"),
    ]);
    expect(topicsOf("a Nordic rare-disease data hub").size).toBe(1);
  });
});
