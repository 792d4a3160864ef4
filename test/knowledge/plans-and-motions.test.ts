// A plan's figures marked as estimates, and a motion that retells a grant a decision paid to a region for GMS's
// work: made-up pages.
import { describe, expect, it } from "vitest";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = textDocument(
  "decision",
  "Regeringsbeslut\n\n2037-01-20\n\nUppdrag att betala ut medel till Genomic Medicine Sweden\n\nRegeringen ger Kammarkollegiet i uppdrag att under 2037 betala ut 44 000 000 kronor till Region Halland för arbete inom Genomic Medicine Sweden (GMS).",
  "2037-01-20",
);
const motion = textDocument(
  "motion",
  "Motion till riksdagen\n\nGenomisk medicin i hela landet\n\nMotivering\n\nRegeringen har för 2037 avsatt 44 miljoner kronor till GMS. Det räcker inte.",
  "2037-10-04",
);
const plan = textDocument(
  "plan",
  "Genomic Medicine Sweden\n\nEkonomisk plan 2038–2039\n\nPublicerad 2037-11-15\n\nPlanen bygger på att det statliga stödet ligger kvar på dagens nivå.\n\n- 2038: 44 mnkr (beräknat)\n- 2039: 44 mnkr (beräknat)",
  "2037-11-15",
);
const { entries } = fromDocuments([decision, motion, plan]).ledger;
const counted = (year: number) => entries.filter((e) => countsAsGrant(e) && e.years.includes(year));

describe("a motion retelling a grant paid to a region for GMS's work", () => {
  it("is the same grant: the year counts it once", () => {
    expect(counted(2037).map((e) => e.amountSek)).toEqual([44_000_000]);
    expect(
      counted(2037)[0]
        ?.sources.map((s) => s.docId)
        .sort(),
    ).toEqual(["decision", "motion"]);
  });
});

describe("a plan's figures marked '(beräknat)'", () => {
  it("are estimates, never grants of their years", () => {
    expect(counted(2038)).toEqual([]);
    expect(entries.filter((e) => e.years.includes(2039)).map((e) => e.role)).toEqual(["estimate"]);
  });
});
