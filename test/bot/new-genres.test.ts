// Pages in genres beyond the devset (a university's news with a region's share and its own money, an English
// university news item retelling an area's share, trade press with a demand and a "most read" list, a GMS
// timeline with an "Om GMS" box, an English local news item), dropped
// next to the seeds and the devset: no false total, each expectation judged by reading the pages.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments, loadDocuments } from "../../src/knowledge/index.js";
import { DEVSET_DIR } from "../support/question-runner.js";

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const loaded = [dir("../../seeds"), DEVSET_DIR, dir("../fixtures/documents-genres")].map((d) =>
  loadDocuments(d),
);
const knowledge = fromDocuments(loaded.flatMap((l) => l.documents));
const ask = createAsk({ knowledge });
const first = (q: string) => ask(q, { today: "2026-12-02" }).figures[0]?.amountSek;
const all = (q: string) => ask(q, { today: "2026-12-02" }).figures.map((f) => f.amountSek);

describe("pages in new genres add no false totals", () => {
  it("a region's own money ('bidrar själv med') is never the year's grant", () => {
    // g01: "Region Uppsala bidrar själv med 800 000 kronor"; 2026 is 66 M + 9 M (devset).
    expect(first("hur mycket fick gms 2026")).toBe(75_000_000);
  });
  it("a university's 'further SEK 1 million of its own funds' and a retold area share add nothing", () => {
    // g02: pharmacogenomics' 6 M is the 2027 share of the 80 M (dev04, dev13); KI's 1 M is its own.
    expect(first("hur mycket fick gms 2027")).toBe(89_000_000);
    expect(all("how much for pharmacogenomics in 2027")).toEqual([6_000_000]);
  });
  it("what someone says is needed and what regions put in themselves are no grant", () => {
    // g03: "behövs minst 120 miljoner kronor per år"; "Vi har själva lagt in över 200 miljoner kronor sedan 2018".
    expect(all("hur mycket fick gms 2026")).not.toContain(120_000_000);
    expect(first("hur mycket fick gms 2018")).toBe(3_500_000);
  });
  it("a region's share told as part of the year's grant, and a region's own decision, add nothing", () => {
    // g05: "Region Norrbotten får 2,4 miljoner …. ¶ Pengarna är en del av de 80 miljoner kronor …";
    // g04: "Regionfullmäktige har beslutat att avsätta ytterligare 2 miljoner kronor under 2027".
    expect(first("hur mycket fick gms 2027")).toBe(89_000_000);
    expect(ask("vad fick norrbotten 2027", { today: "2026-12-02" }).text).toContain("del av 80");
  });
  it("an agency's awards to projects GMS takes part in are not GMS's grant", () => {
    // g06: "Vinnova … is awarding SEK 9.6m to three projects"; GMS is a partner and co-funds them.
    expect(all("hur mycket fick gms 2027")).not.toContain(9_600_000);
  });
  it("a timeline retells each year's grants, and its 'Om GMS' box's yearly rate is no year's grant", () => {
    // g07: "- 2022: Sammanlagt 21,75 miljoner kronor" states 2022's sum; "- 2027: 80 miljoner kronor" retells dev04;
    // "Om GMS … finansieras … av staten med omkring 80 miljoner kronor om året" is undated.
    expect(first("hur mycket fick gms 2022")).toBe(21_750_000);
    expect(first("hur mycket fick gms 2027")).toBe(89_000_000);
    const rate = knowledge.ledger.entries.filter(
      (e) => e.amountSek === 80_000_000 && e.sources.some((s) => s.docId === "g07-gms-tidslinje"),
    );
    expect(rate.map((e) => e.years)).toEqual([[2027], []]);
  });
  it("an English local news item: a retold year, a span 'over the past three years', a demand and costs", () => {
    // g08 (18 December 2027): "SEK 84 million next year, up from SEK 80 million this year"; "Over the past three
    // years, the state has put a total of SEK 221 million"; "We would need at least SEK 120 million a year".
    expect(first("hur mycket fick gms 2027")).toBe(89_000_000);
    expect(first("how much does gms get in 2028")).toBe(84_000_000);
    const span = knowledge.ledger.entries.find((e) => e.amountSek === 221_000_000);
    expect(span).toMatchObject({ role: "multi-year-total", years: [2025, 2026, 2027] });
    expect(all("how much does gms get in 2028")).not.toContain(120_000_000);
  });
  it("lists of other articles ('Mest läst') yield no money", () => {
    expect(all("hur mycket fick gms totalt")).not.toContain(500_000_000);
  });
});

describe("money for years still to come", () => {
  it("is told as coming, against the date of asking", () => {
    const text = (today: string) => ask("hur mycket får gms 2027", { today }).text;
    expect(text("2026-12-02")).toContain("GMS får sammanlagt");
    expect(text("2028-01-10")).toContain("GMS fick sammanlagt");
  });
});
