// Readings added in session 20 (helper f1), on made-up pages: a party in brackets between a quoted person's
// name and title, a contact line naming a unit of a region, and a page whose masthead names Vinnova.
import { describe, expect, it } from "vitest";
import { documentPublisher, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const peopleOf = (text: string) =>
  fromDocuments([textDocument("page", text, "2031-03-01")], []).statements.people;

describe("a quoted person's title", () => {
  it("'säger Olle Berggren (M), regionråd': the party in brackets comes before the title", () => {
    const people = peopleOf(
      "Lokalbladet\n\nMiljoner till labbet\n\nRegion Dalarna får 2 miljoner kronor av årets GMS-pengar.\n\n– Det här är efterlängtat, säger Olle Berggren (M), regionråd.",
    );
    const olle = people.find((p) => p.name === "Olle Berggren");
    expect(olle?.role).toBe("quoted");
    expect(olle?.title).toBe("regionråd");
  });

  it("a name with no party keeps the title after its comma", () => {
    const people = peopleOf(
      "Lokalbladet\n\nRubrik\n\n– Bra, säger Stina Alm, överläkare vid sjukhuset.",
    );
    expect(people.find((p) => p.name === "Stina Alm")?.title).toBe("överläkare vid sjukhuset");
  });
});

describe("a page's publisher", () => {
  it("a masthead 'Vinnova' names Vinnova as the publisher; a body sentence naming it does not", () => {
    expect(
      documentPublisher({
        publisher: null,
        text: "Vinnova\nPress release\n\nVinnova invests\n\nText.",
      }),
    ).toBe("vinnova");
    expect(
      documentPublisher({
        publisher: null,
        text: "Lokalbladet\n\nRubrik\n\nPublicerad 2031-01-01\n\nPengarna kanaliseras via Vinnova till regionen.",
      }),
    ).toBeNull();
  });
});
