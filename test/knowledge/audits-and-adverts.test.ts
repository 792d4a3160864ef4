// An audit report, a job advert, a foundation's press release and a website's funding page: a total over the
// period a report covers, a recommendation, a project's budget, a private giver's grant, a skip link. Made-up pages.
import { describe, expect, it } from "vitest";
import { clutterRanges, inClutter } from "../../src/knowledge/clutter.js";
import { countsAsGrant } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

describe("an audit report", () => {
  const page = textDocument(
    "audit",
    "Granskningsrapport\n\nStatens stöd till Exempelnätverket\n\nPublicerad 2 april 2036\n\nGranskningen avser stödet till Genomic Medicine Sweden (GMS) under åren 2031–2035.\n\nSammanlagt har GMS alltså fått drygt 300 miljoner kronor i statligt stöd under perioden.\n\nRegeringen bör överväga att besluta om ett treårigt uppdrag om sammanlagt 240 miljoner kronor.",
    "2036-04-02",
  );
  const entries = ledger(page);

  it("'Sammanlagt … under perioden' is a total over the years the report says it covers", () => {
    expect(at(entries, 300_000_000)[0]).toMatchObject({
      role: "multi-year-total",
      years: [2031, 2032, 2033, 2034, 2035],
    });
  });

  it("a recommendation ('bör överväga … 240 miljoner') is no money decided or estimated", () => {
    expect(at(entries, 240_000_000).every((e) => e.role !== "total" && e.role !== "estimate")).toBe(
      true,
    );
  });
});

describe("a job advert at a GMS node", () => {
  it("the project's budget ('har en budget på 2,4 miljoner') is no money GMS got", () => {
    const page = textDocument(
      "advert",
      "Bioinformatiker till GMS-noden\n\nPublicerad 20 januari 2036\n\nAnställningen finansieras av GMS-medel. Projektet har en budget på 2,4 miljoner kronor för 2036 och 2037.",
      "2036-01-20",
    );
    expect(at(ledger(page), 2_400_000).filter((e) => e.gms)).toEqual([]);
  });
});

describe("a foundation's grant to a GMS project", () => {
  it("is the giver's money, never counted as the state's funding of GMS", () => {
    const page = textDocument(
      "foundation",
      "Exempelfonden\n\nPressmeddelande\n\nPublicerad 3 mars 2036\n\nExempelfonden beviljar 6 miljoner kronor till ett projekt inom Genomic Medicine Sweden (GMS). Pengarna kommer från insamlade medel.",
      "2036-03-03",
    );
    const six = at(ledger(page), 6_000_000);
    expect(six.length).toBeGreaterThan(0);
    expect(six.filter((e) => e.gms || countsAsGrant(e))).toEqual([]);
  });
});

describe("a website's skip link", () => {
  it("'Skip to main content' is clutter, never the page's title", () => {
    const text =
      "Skip to main content\nHome | About | Funding\n\nHow GMS is funded\n\nGMS gets SEK 70 million.";
    expect(inClutter(clutterRanges(text), 0)).toBe(true);
  });
});

describe("a website's funding page naming two givers in one sentence", () => {
  it("'EUR 2.4 million from the EU … and SEK 6 million from the Example Cancer Fund': each amount has its own giver", () => {
    const page = textDocument(
      "about",
      "How GMS is funded\n\nLast updated 2 June 2036\n\nGenomic Medicine Sweden (GMS) is a national collaboration. GMS partners have received research grants, for example EUR 2.4 million from the EU for 2036–2038 and SEK 6 million from the Example Cancer Fund.",
      "2036-06-02",
    );
    const six = at(ledger(page), 6_000_000)[0];
    expect(six?.funder).toBe("Example Cancer Fund");
    expect(six?.gms).toBe(false);
  });
});
