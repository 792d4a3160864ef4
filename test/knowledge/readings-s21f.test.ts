// Readings added in session 21 (helper f2), on made-up text: a half joined to its scale word by a hyphen
// ("half-million"), and a news page's byline ("Av …", "Text: …", "By … | date") naming who wrote it.
import { describe, expect, it } from "vitest";
import { findAmounts, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const peopleOf = (text: string) =>
  fromDocuments([textDocument("page", text, "2031-03-01")], []).statements.people;

describe("a half joined to its scale word", () => {
  it("'the half-million', 'a half-million kronor' and 'halv-miljonen' are 500 000", () => {
    const values = (t: string) => findAmounts(t, { loose: true }).map((a) => a.valueSek);
    expect(values("Is the half-million part of it?")).toEqual([500_000]);
    expect(values("They add a half-million kronor.")).toEqual([500_000]);
    expect(values("Ingår halv-miljonen?")).toEqual([500_000]);
  });

  it("a hyphen after another word is no half ('half-year' names no amount)", () => {
    expect(findAmounts("the half-year report", { loose: true })).toEqual([]);
  });
});

describe("a news page's byline", () => {
  it("'Av Nils Ahlberg' under the headline names the article's writer", () => {
    const people = peopleOf(
      "LOKALBLADET\nNyheter | Sport\n\nMiljoner till labbet\n\nRegion Dalarna får 2 miljoner kronor av årets GMS-pengar.\n\nAv Nils Ahlberg\nPublicerad: 2031-03-01 08:00\n\nPengarna ska användas till sekvensering.",
    );
    const writer = people.find((p) => p.role === "writer");
    expect(writer?.name).toBe("Nils Ahlberg");
    expect(writer?.span.text).toBe("Av Nils Ahlberg");
  });

  it("'Text: …' and 'By … | date' name the writer without the date", () => {
    const swedish = peopleOf(
      "BLADET\n\nRubrik om genomik\n\nText: Siv Holm\nPublicerad: 2031-03-01\n\nRegionen får 3 miljoner kronor.",
    );
    expect(swedish.filter((p) => p.role === "writer").map((p) => p.name)).toEqual(["Siv Holm"]);
    const english = peopleOf(
      "WireNews\n\nSweden funds genomics\n\nBy Tom Lake | 2 March 2031\n\nThe region gets SEK 3 million.",
    );
    expect(english.filter((p) => p.role === "writer").map((p) => p.name)).toEqual(["Tom Lake"]);
  });

  it("a sentence opening 'Av medlen …' is no byline", () => {
    const people = peopleOf(
      "Beslut\n\nRegeringen ger Region Dalarna 4 miljoner kronor.\n\nAv medlen ska Region Dalarna använda 1 miljon kronor för utbildning.",
    );
    expect(people.filter((p) => p.role === "writer")).toEqual([]);
  });
});
