// Readings added in session 20 (helper f1), on made-up pages: a party in brackets between a quoted person's
// name and title, a page whose masthead names Vinnova, and a region's table of the state money it received
// beside its own.
import { describe, expect, it } from "vitest";
import { documentPublisher, fromDocuments } from "../../src/knowledge/index.js";
import { countsAsGrant } from "../../src/knowledge/types.js";
import { at, ledger } from "../support/ledger-entries.js";
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

describe("a region's table of state money beside its own", () => {
  const report = `Region Dalarna
Årsredovisning 2032 – utdrag

Regionen deltar i Genomic Medicine Sweden (GMS).

Tabell 3. Medel för genomik 2031–2032 (tkr)

År	Statliga medel via GMS	Egen finansiering
2031	2 300	1 100
2032	2 700	1 200

De statliga medlen är regionens andel av de medel som regeringen betalar ut till GMS.`;
  const entries = ledger(textDocument("report", report, "2033-03-01"));

  it("the state money column is what the region received, retold (a comparison, never a grant of its own)", () => {
    for (const sek of [2_300_000, 2_700_000]) {
      const [e] = at(entries, sek);
      expect(e?.recipient).toBe("Region Dalarna");
      expect(e?.role).toBe("comparison");
    }
  });

  it("beside the year's GMS grant told elsewhere, the region's money is never counted as GMS's", () => {
    const both = ledger(
      textDocument("report", report, "2033-03-01"),
      textDocument(
        "decision",
        "Regeringsbeslut\n\n2031-01-10\n\nRegeringen ger Kammarkollegiet i uppdrag att under 2031 betala ut 90 000 000 kronor till Genomic Medicine Sweden (GMS).",
        "2031-01-10",
      ),
    );
    expect(at(both, 2_300_000).some((e) => countsAsGrant(e))).toBe(false);
  });

  it("the own-money column stays the region's co-funding, with no recipient", () => {
    const [own] = at(entries, 1_100_000);
    expect(own?.role).toBe("co-funding");
    expect(own?.recipient).toBeNull();
  });

  it("a table with no column of own money keeps its rows' recipient untold", () => {
    const plain = ledger(
      textDocument(
        "plain",
        "GMS\n\nTabell. Statsbidrag (tkr)\n\nÅr\tStatsbidrag\tVarav samordning\n2031\t2 300\t400\n2032\t2 700\t500\n",
        "2033-03-01",
      ),
    );
    for (const e of at(plain, 2_300_000)) expect(e.recipient).toBeNull();
  });
});

describe("a salary", () => {
  it("'en månadslön på drygt 52 000 kronor' is a cost statement, never a grant", () => {
    const k = fromDocuments(
      [
        textDocument(
          "news",
          "Lokalbladet\n\nRubrik\n\nPublicerad 2031-02-01\n\nRegion Dalarna får 4 miljoner kronor från GMS i år. En genetiker i regionen har i dag en månadslön på drygt 52 000 kronor.",
          "2031-02-01",
        ),
      ],
      [],
    );
    expect(k.statements.costs.some((c) => c.amounts.some((a) => a.valueSek === 52_000))).toBe(true);
    expect(k.ledger.entries.some((e) => e.amountSek === 52_000)).toBe(false);
  });
});
