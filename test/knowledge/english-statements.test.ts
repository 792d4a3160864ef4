// English government decisions and English pages: signers, the decision's own date, deadlines, copy lists,
// who distributes, requisitions and pays out. Made-up pages; every reading is a general English rule.
import { describe, expect, it } from "vitest";
import { documentKind, readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const DECISION = [
  "Government Decision III:2",
  "",
  "3 February 2031",
  "S2031/00417",
  "",
  "Ministry of Health and Social Affairs",
  "",
  "The Swedish Medical Products Agency (Läkemedelsverket)",
  "Box 26, SE-751 03 Uppsala",
  "",
  "Assignment to disburse funds for 2031 for pharmacogenomics within Genomic Medicine Sweden",
  "",
  "Government decision",
  "",
  "The Swedish Medical Products Agency (Läkemedelsverket) is commissioned by the Government to disburse SEK 7,000,000 to Region Halland in 2031 for a pilot in pharmacogenomics.",
  "",
  "Region Halland is to requisition the funds from Läkemedelsverket no later than 15 September 2031. After consultation with the GMS steering committee, Region Halland is responsible for distributing the funds to the participating laboratories.",
  "",
  "Funds that have not been used for their intended purpose must be repaid to Läkemedelsverket no later than 30 June 2032.",
  "",
  "Region Halland is to submit an interim report to Läkemedelsverket by 1 March 2032. By 31 May 2032, Läkemedelsverket is to report to the Government Offices.",
  "",
  "On behalf of the Government",
  "",
  "Erik Almqvist",
  "",
  "Sara Lindqvist",
  "",
  "Copy to",
  "",
  "Ministry of Finance/BA",
  "Region Halland",
  "Lund University",
].join("\n");

const statements = (text: string, date: string | null = null) =>
  readStatements([textDocument("d", text, date)]);

describe("an English government decision", () => {
  const s = statements(DECISION);

  it("is a government decision by its opening line", () => {
    expect(documentKind({ kind: null, text: DECISION })).toBe("regeringsbeslut");
  });

  it("'is commissioned by the Government': the government's decision, dated by the header", () => {
    expect(
      s.decisions.map((d) => [
        d.decidedBy,
        d.fromDecisionDocument,
        d.date?.span.text,
        [d.date?.year, d.date?.month, d.date?.day],
        d.amounts.map((a) => a.valueSek),
        d.about.slice(0, 20),
      ]),
    ).toEqual([
      [
        "The Government",
        true,
        "3 February 2031",
        [2031, 2, 3],
        [7_000_000],
        "to disburse SEK 7,00",
      ],
    ]);
  });

  it("the signers under 'On behalf of the Government' and the copy list under 'Copy to'", () => {
    expect(s.people.filter((p) => p.role === "signer").map((p) => p.name)).toEqual([
      "Erik Almqvist",
      "Sara Lindqvist",
    ]);
    expect(s.copies.map((c) => c.name)).toEqual([
      "Ministry of Finance/BA",
      "Region Halland",
      "Lund University",
    ]);
  });

  it("deadlines: 'must be repaid … no later than', 'is to requisition', 'submit … by', 'By <date>, X is to'", () => {
    expect(
      s.deadlines.map((d) => [
        d.kind,
        d.who,
        d.counterpart,
        [d.by.year, d.by.month, d.by.day].join("-"),
      ]),
    ).toEqual([
      ["requisition", "Region Halland", "Läkemedelsverket", "2031-9-15"],
      ["repayment", null, "Läkemedelsverket", "2032-6-30"],
      ["report", "Region Halland", "Läkemedelsverket", "2032-3-1"],
      ["report", "Läkemedelsverket", "Government Offices", "2032-5-31"],
    ]);
  });

  it("channels: the agency told to disburse, whom it pays, who requisitions and who distributes", () => {
    expect(s.channels.map((c) => [c.kind, c.organisation])).toEqual([
      ["pays-out", "Läkemedelsverket"],
      ["paid-to", "Region Halland"],
      ["requisitions", "Region Halland"],
      ["distributes", "Region Halland"],
    ]);
  });
});

describe("English deadlines and channels on other pages", () => {
  it("a passive's agent requisitions and a name cut at its comma is its bracketed short name", () => {
    const s = statements(
      "The funds are to be requisitioned by Region Örebro län from the Legal, Financial and Administrative Services Agency (Kammarkollegiet) no later than 1 December 2031.",
      "2031-01-10",
    );
    expect(s.deadlines.map((d) => [d.kind, d.who, d.counterpart])).toEqual([
      ["requisition", "Region Örebro län", "Kammarkollegiet"],
    ]);
    expect(s.channels.map((c) => [c.kind, c.organisation])).toEqual([
      ["requisitions", "Region Örebro län"],
    ]);
  });

  it("a passive's subject is what falls due, not who must act", () => {
    const s = statements(
      "Unused money must be repaid to the agency no later than 31 March 2032. That assignment is to be reported no later than 30 April 2032.",
      "2031-01-10",
    );
    expect(s.deadlines.map((d) => [d.kind, d.who])).toEqual([
      ["repayment", null],
      ["report", null],
    ]);
  });

  it("'instructs X to disburse … on requisition from Y': X pays out, Y requisitions; a title's 'to disburse' names no one", () => {
    const s = statements(
      [
        "Assignment to disburse funds to Genomic Medicine Sweden in 2031",
        "",
        "The Government instructs the National Board of Health and Welfare (Socialstyrelsen) to disburse SEK 40,000,000 during 2031, on requisition from Region Uppsala, for genomic diagnostics.",
      ].join("\n"),
      "2031-01-10",
    );
    expect(s.channels.map((c) => [c.kind, c.organisation])).toEqual([
      ["pays-out", "Socialstyrelsen"],
      ["requisitions", "Region Uppsala"],
    ]);
  });

  it("'through Sweden's innovation agency Vinnova': the agency, not the possessive", () => {
    const s = statements(
      "This year the Government is investing SEK 5 million, through Sweden's innovation agency Vinnova, in shared analysis workflows.",
      "2031-01-10",
    );
    expect(s.channels.map((c) => [c.kind, c.organisation])).toEqual([["pays-out", "Vinnova"]]);
  });
});
