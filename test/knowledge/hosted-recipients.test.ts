// Money to work a named host runs ("to a research project at the Department of …"), told in a page about GMS, is
// that host's, never GMS's: made-up pages.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { findRecipient } from "../../src/knowledge/organisations.js";
import { textDocument } from "../support/text-document.js";

describe("a project at a named host receives the money", () => {
  it("reads the host after 'a … project at', 'ett … projekt vid', keeping 'of <Name>'", () => {
    expect(
      findRecipient(
        "The foundation granted ",
        " to a new research project at the Institute of Genetics.",
      ),
    ).toBe("Institute of Genetics");
    expect(
      findRecipient("Stiftelsen ger ", " till ett forskningsprojekt vid Örebro universitet."),
    ).toBe("Örebro universitet");
    expect(findRecipient("Fonden ger ", " till en studie på Karolinska Institutet")).toBe(
      "Karolinska Institutet",
    );
  });

  it("a time may stand between the amount and 'to'; a project without a named host names no one", () => {
    expect(
      findRecipient("It granted ", " over two years to a pilot study at Umeå University"),
    ).toBe("Umeå University");
    expect(
      findRecipient("Stiftelsen ger ", " under tre år till ett projekt vid Linköpings universitet"),
    ).toBe("Linköpings universitet");
    expect(findRecipient("It granted ", " to a related project on rare diseases")).toBeNull();
  });

  it("a foundation's money to a hosted project in a page about GMS is not GMS's year money", () => {
    const page = textDocument(
      "uni",
      "University News\n\nNode gets new money\n\nPublished: 4 May 2034\n\nGenomic Medicine Sweden will receive SEK 60 million from the government for 2034, the ministry announced.\n\nIn addition, the Example Foundation has granted SEK 3.5 million over three years to a related research project at the Department of Clinical Genetics.",
      "2034-05-04",
    );
    const { entries } = fromDocuments([page]).ledger;
    const counted = entries.filter((e) => countsAsGrant(e) && e.years.includes(2034));
    expect(counted.map((e) => e.amountSek)).toEqual([60_000_000]);
    expect(entries.find((e) => e.amountSek === 3_500_000)?.recipient).toBe(
      "Department of Clinical Genetics",
    );
  });
});
