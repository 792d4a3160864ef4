// Who gives and who gets money a page tells of others: "awarded … from the X's programme", "The EU grant goes to
// X", and the writer's own "About X" box, whose yearly funding no date of the page dates. Made-up pages.
import { describe, expect, it } from "vitest";
import { fromDocuments } from "../../src/knowledge/index.js";
import { findFunder } from "../../src/knowledge/organisations.js";
import { textDocument } from "../support/text-document.js";

const page = textDocument(
  "page",
  [
    "Biobanksnätet",
    "News",
    "Biobank network and GMS open a shared sample registry",
    "Published: 3 March 2035",
    "The registry will run from 2035 to 2036.",
    "The registry has also been awarded EUR 2 million (about SEK 22 million) from the Nordic Council's Health Programme for 2035–2036. The Nordic grant goes to Biobanksnätet as coordinator and is not part of the government's funding of GMS.",
    "About Biobanksnätet\nBiobanksnätet is a national network for biobanks, funded by the Swedish government with around SEK 40 million a year.",
  ].join("\n\n"),
  "2035-03-03",
);
const entries = fromDocuments([page]).ledger.entries;
const entry = (amount: number) => entries.find((e) => e.amountSek === amount);

describe("money a page tells of others", () => {
  it("'awarded … from the X's programme' names X's programme as the giver", () => {
    expect(entry(22_000_000)?.funder).toBe("Nordic Council Health Programme");
  });

  it("'The Nordic grant goes to X' in the next sentence names its recipient", () => {
    expect(entry(22_000_000)?.recipient).toBe("Biobanksnätet");
  });

  it("the writer's 'About X' box: X is funded, and the page's dates say nothing of its yearly money", () => {
    expect(entry(40_000_000)?.recipient).toBe("Biobanksnätet");
    expect(entry(40_000_000)?.years).toEqual([]);
  });

  it("a currency after 'up from' is no giver, nor an agency that pays the state's money out", () => {
    expect(
      findFunder("Rare diseases now receives SEK 18 million, up from SEK 16 million last year."),
    ).toBeNull();
    expect(findFunder("Regionen har beviljats 3 miljoner kronor från Socialstyrelsen.")).toBeNull();
    expect(findFunder("Labbet har beviljats 3 miljoner kronor från Cancerfonden.")).toBe(
      "Cancerfonden",
    );
  });
});

describe("the writer's 'Om X' box beside a timeline", () => {
  const timeline = textDocument(
    "timeline",
    "Nätverket – en tidslinje\n\nPublicerad 2036-02-01\n\n- 2034: 30 miljoner kronor.\n- 2035: 40 miljoner kronor.\n\nOm Nätverket\nNätverket finansieras av staten med omkring 40 miljoner kronor om året.",
    "2036-02-01",
  );
  const entries40 = fromDocuments([timeline]).ledger.entries.filter(
    (e) => e.amountSek === 40_000_000,
  );

  it("its yearly rate is no retelling of the year's grant, and has no year", () => {
    expect(entries40.map((e) => e.years)).toEqual([[2035], []]);
  });
});
