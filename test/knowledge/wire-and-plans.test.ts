// A node's plan that splits its budget "varav statsbidrag … och egna medel …", shares that add up exactly to
// an amount other than the nearest larger one, and an undated share kept apart from another page's money of
// other years. Made-up pages.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fundingRole } from "../../src/knowledge/types.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const plan = (body: string) =>
  ledger(
    textDocument("plan", `Verksamhetsplan 2036\n\nFastställd 2036-02-01\n\n${body}`, "2036-02-01"),
  );

describe("a budget split into the state's money and one's own", () => {
  const entries = plan(
    "Regeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2036.\n\nLabbets budget för 2036 uppgår till 9,3 mnkr, varav statsbidrag 6,1 mnkr och egna medel 3,2 mnkr.\n\nAv statsbidraget går 2 mnkr till barncancer och 1,6 mnkr till lungcancer. Resterande 2,5 mnkr används för samordning.",
  );

  it("the whole is a budget of mixed money (a stated total), never a grant", () => {
    expect(at(entries, 9_300_000)[0]?.role).toBe("total");
  });

  it("'varav statsbidrag 6,1 mnkr' is a share of it; 'egna medel 3,2 mnkr' is co-funding", () => {
    const [whole] = at(entries, 9_300_000);
    const [state] = at(entries, 6_100_000);
    expect(state?.role).toBe("part");
    expect(state?.partOf).toBe(whole?.id);
    expect(at(entries, 3_200_000)[0]?.role).toBe("co-funding");
  });

  it("the state's money's shares are its shares: they add up to it exactly", () => {
    const [state] = at(entries, 6_100_000);
    for (const sek of [2_000_000, 1_600_000, 2_500_000])
      expect(at(entries, sek)[0]?.partOf).toBe(state?.id);
  });

  it("a labelled share with no own money beside it stays a share ('varav barncancer 14 miljoner')", () => {
    const other = plan(
      "Regeringen ger Genomic Medicine Sweden (GMS) 70 miljoner kronor för 2036, varav barncancer 14 miljoner kronor.",
    );
    const [whole] = at(other, 70_000_000);
    expect(whole?.role).toBe("grant");
    expect(at(other, 14_000_000)[0]?.partOf).toBe(whole?.id);
  });
});

const wire = (body: string) =>
  ledger(textDocument("wire", `Genomics news\n\nPublished 12 March 2036\n\n${body}`, "2036-03-12"));

describe("shares and the whole they add up to", () => {
  it("'The remaining SEK 30m' and its siblings belong to the amount they add up to, not to a package", () => {
    const entries = wire(
      "The government will give Genomic Medicine Sweden (GMS) SEK 95m in 2036.\n\nThe total life-science package is worth SEK 1.2bn over four years.\n\nOf the GMS money, SEK 40m goes to cancer diagnostics, SEK 25m to rare diseases. The remaining SEK 30m is for data sharing.",
    );
    const [whole] = at(entries, 95_000_000);
    for (const sek of [40_000_000, 25_000_000, 30_000_000]) {
      const [share] = at(entries, sek);
      expect(share?.partOf).toBe(whole?.id);
      expect(share?.years).toEqual([2036]);
    }
  });
});

describe("an undated share is of its whole's years", () => {
  it("never merges with another page's equal amount dated to other years", () => {
    const first = textDocument(
      "wire-a",
      "Genomics news\n\nPublished 12 March 2036\n\nThe government will give Genomic Medicine Sweden (GMS) SEK 95m in 2036. Of the GMS money, SEK 20m goes to rare diseases.",
      "2036-03-12",
    );
    const second = textDocument(
      "wire-b",
      "Genomics news 2034\n\nPublished 1 June 2034\n\nSeparately, a foundation awarded SEK 20 million to a biobank project at a university that will share samples with GMS.",
      "2034-06-01",
    );
    const entries = ledger(second, first);
    const twenty = at(entries, 20_000_000);
    expect(twenty.length).toBe(2);
  });
});

describe("an earlier year's slice told right after a share", () => {
  it("is that share's earlier slice, never the year's grant told alone", () => {
    const entries = ledger(
      textDocument(
        "notis",
        "notiser\n\n2036-03-18\n\nlabbet i kista får 2,4 miljoner\n\nlabbet i kista får 2,4 miljoner kronor av årets statliga pengar till genomic medicine sweden. labbet fick 1,9 miljoner i fjol.",
        "2036-03-18",
      ),
    );
    const [earlier] = at(entries, 1_900_000);
    expect(earlier?.years).toEqual([2035]);
    // A share for answers, never the year's grant in sums.
    expect(earlier && fundingRole(earlier)).toBe("part");
    expect(earlier && countsAsGrant(earlier)).toBe(false);
  });

  it("a retelling told alone still counts as its year's grant ('finansierade i fjol med 3,5 miljoner')", () => {
    const entries = ledger(
      textDocument(
        "pm",
        "Pressmeddelande\n\nPublicerad 2036-03-18\n\nGenomic Medicine Sweden (GMS) får 12 miljoner kronor i år.\n\nFörstudien som Vinnova finansierade i fjol med 3,5 miljoner kronor var lyckad.",
        "2036-03-18",
      ),
    );
    const [retold] = at(entries, 3_500_000);
    expect(retold && countsAsGrant(retold)).toBe(true);
  });
});
