// A node budget of the state's money and one's own: the next sentence that names the state money the share is a
// part of makes that its whole, with the owner named in the genitive as its recipient. Made-up documents only.
import { describe, expect, it } from "vitest";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument as doc } from "../support/text-document.js";

describe("the state's share of a mixed node budget", () => {
  const national = doc(
    "nat",
    "Regeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 60 miljoner kronor för 2041.",
    "2040-12-10",
  );
  const plan = doc(
    "plan",
    [
      "Verksamhetsplan 2041 – GMS-nod Exempelstad",
      "",
      "Nodens budget för 2041 uppgår till 12,4 mnkr, varav statsbidrag 9,1 mnkr och egna medel 3,3 mnkr. Statsbidraget är Region Exempelstads del av de 60 miljoner kronor som regeringen har beslutat om till GMS för 2041.",
    ].join("\n"),
    "2041-02-01",
  );
  const table = doc(
    "table",
    [
      "Årsrapport 2041",
      "",
      "Genomic Medicine Sweden fick 60 miljoner kronor för 2041.",
      "",
      "Tabell 1. Statliga medel per nod, tusental kronor",
      "",
      "Nod    2041",
      "Region Exempelstad    9 100",
      "Region Annanstad    50 900",
      "Summa    60 000",
    ].join("\n"),
    "2042-03-01",
  );

  it("links the state's share to the year's grant and names its owner as recipient", () => {
    const entries = ledger(national, plan);
    const share = at(entries, 9_100_000)[0];
    expect(share?.partOf).toBe(at(entries, 60_000_000)[0]?.id);
    expect(share?.recipient).toBe("Region Exempelstad");
    expect(at(entries, 12_400_000)[0]?.role).toBe("total");
    expect(at(entries, 3_300_000)[0]?.role).toBe("co-funding");
  });

  it("is the same share a node table tells of that grant", () => {
    const entries = ledger(national, plan, table);
    const shares = at(entries, 9_100_000);
    expect(shares.length).toBe(1);
    expect(new Set(shares[0]?.sources.map((s) => s.docId))).toEqual(new Set(["plan", "table"]));
  });
});
