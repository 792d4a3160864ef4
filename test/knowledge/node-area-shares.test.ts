// A node's or region's own share of the year's money, split by the national areas, is that recipient's money:
// never a second grant of an area beside the national one. Made-up documents only.
import { describe, expect, it } from "vitest";
import { countsAsGrant } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument as doc } from "../support/text-document.js";

const national = doc(
  "nat",
  [
    "Pressmeddelande från Exempeldepartementet",
    "",
    "Publicerad 15 december 2040",
    "",
    "Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 70 miljoner kronor för 2041.",
    "Av dem går 25 miljoner kronor till solida tumörer, 20 miljoner kronor till sällsynta diagnoser och 25 miljoner kronor till barncancer.",
  ].join("\n"),
  "2040-12-15",
);

const node = doc(
  "node",
  [
    "GMS Norrland – pengarna 2041",
    "",
    "Publicerad 2041-02-10",
    "",
    "GMS Norrland är Region Exempelbottens nod i Genomic Medicine Sweden (GMS).",
    "",
    "GMS Norrland får 9 miljoner kronor av det statliga stödet till GMS 2041. Av dem går 4 miljoner kronor till solida tumörer, 3 miljoner kronor till sällsynta diagnoser och 2 miljoner kronor till barncancer.",
    "",
    "Utöver statsbidraget satsar Region Exempelbotten 5 miljoner kronor av egna medel under 2041, varav 3 miljoner kronor till solida tumörer och 2 miljoner kronor till barncancer.",
    "",
    "Fakta",
    "• Egna medel 2041: 5 miljoner kronor",
  ].join("\n"),
  "2041-02-10",
);

describe("a node's money split by national area", () => {
  const entries = ledger(national, node);

  it("links the node's share to the year's state grant and marks its area slices as the node's", () => {
    const share = at(entries, 9_000_000)[0];
    const whole = at(entries, 70_000_000)[0];
    expect(share?.role).toBe("part");
    expect(share?.partOf).toBe(whole?.id);
    const rare = at(entries, 3_000_000).find((e) => e.sources[0]?.docId === "node");
    expect(rare?.partOf).toBe(share?.id);
    expect(rare?.recipientShare).toBe(true);
    // The national area shares are no recipient's slice.
    for (const e of entries.filter((x) => x.sources.every((s) => s.docId === "nat")))
      expect(e.recipientShare).toBeUndefined();
  });

  it("reads the region's own money split by area as co-funding, its facts box line too, never a grant", () => {
    const own = at(entries, 5_000_000);
    expect(own.length).toBe(1);
    expect(own[0]?.role).toBe("co-funding");
    const twos = at(entries, 2_000_000);
    expect(twos.map((e) => e.role).sort()).toEqual(["co-funding", "part"]);
    const cofundingTwo = twos.find((e) => e.role === "co-funding");
    expect(cofundingTwo?.partOf).toBe(own[0]?.id);
    // Only the year's grant is summed.
    expect(entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([70_000_000]);
  });

  it("does not mark the shares of a grant paid to a region for GMS's work", () => {
    const paid = doc(
      "paid",
      [
        "Regeringen ger Exempelverket i uppdrag att under 2042 betala ut 60 000 000 kronor till Region Exempelbotten för arbete inom Genomic Medicine Sweden (GMS).",
        "Av medlen ska 40 000 000 kronor användas för sällsynta diagnoser och 20 000 000 kronor för barncancer.",
      ].join("\n"),
      "2042-01-20",
    );
    const shares = ledger(paid).filter((e) => e.role === "part");
    expect(shares.length).toBe(2);
    for (const e of shares) expect(e.recipientShare).toBeUndefined();
  });
  it("reads a node's money told as its own grant as a share of the year's GMS grant", () => {
    const bare = doc(
      "bare",
      [
        "GMS Söder",
        "",
        "Publicerad 2041-03-01",
        "",
        "GMS Söder får 8 miljoner kronor 2041. Av dem går 5 miljoner kronor till barncancer och 3 miljoner kronor till solida tumörer.",
      ].join("\n"),
      "2041-03-01",
    );
    const all = ledger(national, bare);
    const share = at(all, 8_000_000)[0];
    expect(share?.role).toBe("part");
    expect(share?.partOf).toBe(at(all, 70_000_000)[0]?.id);
    expect(all.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([70_000_000]);
    expect(at(all, 5_000_000)[0]?.recipientShare).toBe(true);
  });
  it("reads a region's share 'av GMS-pengarna', split by area with 'varav', as a share, never a grant", () => {
    const region = doc(
      "region",
      "Region Exempel får 3 miljoner kronor av GMS-pengarna 2041, varav 2 miljoner kronor till barncancer och 1 miljon kronor till sällsynta diagnoser.",
      "2041-04-10",
    );
    const all = ledger(national, region);
    expect(at(all, 3_000_000)[0]?.role).toBe("part");
    expect(all.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([70_000_000]);
    expect(at(all, 2_000_000)[0]?.recipientShare).toBe(true);
  });
});
