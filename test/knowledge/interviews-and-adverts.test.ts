// An interview in questions and answers, a job advert, a foundation's press release and a page that names a Danish
// centre: money asked for, money that would have been, a benefit, another giver's money "utöver statens stöd", and
// a capitalised "Genom" inside a name. Made-up pages.
import { describe, expect, it } from "vitest";
import { countsAsGrant, readStatements } from "../../src/knowledge/index.js";
import { findChannel } from "../../src/knowledge/organisations.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

describe("money asked for in an interview or on an About page", () => {
  it("'Vi bad om 150 miljoner … i vår hemställan' and 'has asked the government for SEK 150 million' are no grants", () => {
    const interview = textDocument(
      "interview",
      "Intervju med GMS\n\n– Hur mycket får Genomic Medicine Sweden (GMS) i år?\n\n– Regeringen beslutade om 70 miljoner kronor för 2035.\n\n– Hade ni hoppats på mer?\n\n– Vi bad om 150 miljoner kronor om året i vår hemställan till regeringen.",
      "2035-03-14",
    );
    const about = textDocument(
      "about",
      "How Genomic Medicine Sweden is funded\n\nGenomic Medicine Sweden (GMS) is funded by the government. GMS has asked the government for a long-term commitment of SEK 150 million a year.",
      "2035-06-10",
    );
    expect(at(ledger(interview), 150_000_000).filter(countsAsGrant)).toEqual([]);
    expect(at(ledger(about), 150_000_000).filter(countsAsGrant)).toEqual([]);
  });

  it("'Hade vi fått 120 miljoner om året sedan 2031 hade vi kunnat …' is money that would have been", () => {
    const page = textDocument(
      "interview",
      "Intervju\n\n– Är Sverige snålt mot Genomic Medicine Sweden (GMS)?\n\n– Hade vi fått 120 miljoner kronor om året sedan 2031 hade vi kunnat bygga en helt annan infrastruktur.",
      "2035-03-14",
    );
    expect(at(ledger(page), 120_000_000).filter(countsAsGrant)).toEqual([]);
  });
});

describe("another giver's money and a benefit", () => {
  it("'Pengarna betalas ut med 2 miljoner kronor om året. De … kommer utöver statens stöd till GMS' is not GMS's grant", () => {
    const page = textDocument(
      "foundation",
      "Stiftelsen Exempel ger 6 miljoner kronor till ett GMS-projekt\n\nStiftelsen Exempel beviljar 6 miljoner kronor till ett treårigt projekt inom Genomic Medicine Sweden (GMS).\n\nPengarna betalas ut med 2 miljoner kronor om året. De är stiftelsens egna insamlade medel och kommer utöver statens stöd till GMS.",
      "2035-02-20",
    );
    expect(at(ledger(page), 2_000_000).filter(countsAsGrant)).toEqual([]);
  });

  it("a job advert's 'Friskvårdsbidrag om 4 000 kronor per år' is no funding", () => {
    const page = textDocument(
      "advert",
      "Bioinformatiker till GMS Exempelnod\n\nAnställningen finansieras av medel från Genomic Medicine Sweden (GMS).\n\nVi erbjuder friskvårdsbidrag om 4 000 kronor per år och flexibel arbetstid.",
      "2035-03-02",
    );
    expect(at(ledger(page), 4_000).filter((e) => e.role === "grant")).toEqual([]);
  });
});

describe("a capitalised 'Genom' inside a name", () => {
  it("'I Exempelland har Nationellt Genom Center fått pengar' names no payer; 'Genom Vinnova fick …' still does", () => {
    const name = textDocument(
      "nordic",
      "Norden\n\nGenomic Medicine Sweden (GMS) får pengar.\n\nI Exempelland har Nationellt Genom Center fått omkring 1 miljard danska kronor.",
      "2035-05-08",
    );
    const through = textDocument(
      "through",
      "GMS\n\nGenomic Medicine Sweden (GMS) får pengar.\n\nGenom Vinnova fick GMS 3 miljoner kronor.",
      "2035-05-08",
    );
    const payers = (doc: ReturnType<typeof textDocument>) =>
      readStatements([doc])
        .channels.filter((c) => c.kind === "pays-out")
        .map((c) => c.organisation);
    expect(payers(name)).toEqual([]);
    expect(payers(through)).toEqual(["Vinnova"]);
  });
});

describe("money that goes 'via' a region", () => {
  it("'… 9 miljoner kronor för antibiotikaresistens via Region Exempel' makes the region no payer; 'via Vinnova' still does", () => {
    const region = textDocument(
      "interview",
      "Intervju\n\n– Hur mycket fick Genomic Medicine Sweden (GMS) i fjol?\n\n– I fjol fick vi 70 miljoner kronor och dessutom 9 miljoner kronor för antibiotikaresistens via Region Exempel.",
      "2035-03-14",
    );
    const agency = textDocument(
      "agency",
      "GMS\n\nGenomic Medicine Sweden (GMS) får pengar.\n\nI fjol fick GMS 3 miljoner kronor via Vinnova.",
      "2035-05-08",
    );
    const payers = (doc: ReturnType<typeof textDocument>) =>
      readStatements([doc])
        .channels.filter((c) => c.kind === "pays-out")
        .map((c) => c.organisation);
    expect(payers(region)).toEqual([]);
    expect(payers(agency)).toEqual(["Vinnova"]);
  });
});

describe("the agency a sentence's money passes through", () => {
  it("names no region ('via Region Exempel') and no word of a name ('Nationellt Genom Center')", () => {
    expect(
      findChannel("I fjol fick vi 9 miljoner kronor för antibiotikaresistens via Region Exempel."),
    ).toBeNull();
    expect(
      findChannel("I Exempelland har Nationellt Genom Center fått 1 miljard danska kronor."),
    ).toBeNull();
    expect(findChannel("Genom Vinnova satsar regeringen 3 miljoner kronor.")).toBe("Vinnova");
    expect(findChannel("Pengarna betalas ut via Folkhälsomyndigheten.")).toBe(
      "Folkhälsomyndigheten",
    );
  });
});
