// Pages that retell a year's money as one figure split by payer ("Av årets 89 miljoner går 80 via
// Kammarkollegiet och 9 via Folkhälsomyndigheten", an English FAQ's "SEK 89 million: SEK 80 million through …"),
// money "sedan starten" and a cost "down from" an earlier one, dropped next to the seeds and the devset.
// Each expectation is judged by reading the pages: 2027 is 80 (dev04) + 9 (dev05's 2027 share) = 89.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments, loadDocuments } from "../../src/knowledge/index.js";
import { DEVSET_DIR } from "../support/question-runner.js";

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const loaded = [dir("../../seeds"), DEVSET_DIR, dir("../fixtures/documents-stated-totals")].map(
  (d) => loadDocuments(d),
);
const knowledge = fromDocuments(loaded.flatMap((l) => l.documents));
const ask = createAsk({ knowledge });
const answer = (q: string) => ask(q, { today: "2027-02-10" });
const entriesOf = (docId: string) =>
  knowledge.ledger.entries.filter((e) => e.sources.some((s) => s.docId === docId));

describe("a year's money told as one figure split by payer", () => {
  it("is a stated total, and 2027 stays 80 + 9", () => {
    const a = answer("hur mycket fick gms 2027");
    expect(a.figures[0]?.amountSek).toBe(89_000_000);
    expect(a.figures.filter((f) => !f.derived).map((f) => f.amountSek)).toEqual([
      80_000_000, 9_000_000,
    ]);
    for (const doc of ["g07-dagensmedicin", "g08-en-faq"]) {
      const whole = entriesOf(doc).find((e) => e.amountSek === 89_000_000);
      expect(whole?.role).toBe("total");
    }
  });

  it("each share is a further source of the grant it is, by its own agency", () => {
    const nine = entriesOf("g07-dagensmedicin").find((e) => e.amountSek === 9_000_000);
    expect(nine?.sources.map((s) => s.docId)).toContain("dev05-regeringsbeslut");
    expect(nine?.sources.map((s) => s.docId)).toContain("g08-en-faq");
    const eighty = entriesOf("g08-en-faq").find((e) => e.amountSek === 80_000_000);
    expect(eighty?.sources.map((s) => s.docId)).toContain("dev04-pressmeddelande");
    const channels = knowledge.statements.channels.filter((c) => c.span.docId === "g08-en-faq");
    expect(channels.map((c) => [c.organisation, c.amounts.map((a) => a.valueSek)])).toEqual([
      ["Kammarkollegiet", [80_000_000]],
      ["Folkhälsomyndigheten", [9_000_000]],
    ]);
  });
});

describe("money asked by the agency it goes through", () => {
  it("is that agency's, never a share another agency pays", () => {
    const a = answer("hur mycket går via kammarkollegiet 2027");
    expect(a.figures[0]?.amountSek).toBe(80_000_000);
    expect(a.figures.map((f) => f.amountSek)).not.toContain(9_000_000);
  });
});

describe("money since the start and costs", () => {
  it("'sedan starten' is a total over years the page does not give, in no year's sum", () => {
    const since = entriesOf("g07-dagensmedicin").find((e) => e.amountSek === 400_000_000);
    expect(since?.role).toBe("multi-year-total");
    expect(since?.years).toEqual([]);
    expect(answer("hur mycket fick gms 2027").figures.map((f) => f.amountSek)).not.toContain(
      400_000_000,
    );
  });

  it("a rise told as 'en ökning med 11 miljoner' is a difference, never money of its own", () => {
    expect(entriesOf("h01-lakartidningen").some((e) => e.amountSek === 11_000_000)).toBe(false);
    expect(answer("hur mycket får gms 2029").figures[0]?.amountSek).toBe(95_000_000);
  });

  it("a cost 'down from' an earlier cost is a cost, never that year's money", () => {
    expect(entriesOf("g08-en-faq").some((e) => e.amountSek === 25_000)).toBe(false);
    expect(answer("how much did gms get in 2019").figures[0]?.amountSek).toBe(12_000_000);
  });
});
