// The ministry a document comes from, as its opening names it; a ministry named further down is not its sender.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const issuers = (text: string) =>
  readStatements([textDocument("d", text, "2030-01-01")]).issuers.map((i) => i.name);

describe("ministries", () => {
  it("a press release's kicker and a decision's letterhead", () => {
    expect(issuers("Pressmeddelande från Infrastrukturdepartementet\n\nNy satsning")).toEqual([
      "Infrastrukturdepartementet",
    ]);
    expect(issuers("Regeringsbeslut 7\n\n2030-02-01\n\nKulturdepartementetKulturrådet\n")).toEqual([
      "Kulturdepartementet",
    ]);
  });

  it("an English ministry's whole name", () => {
    expect(issuers("Ministry of Health and Social Affairs\n\nPress release")).toEqual([
      "Ministry of Health and Social Affairs",
    ]);
  });

  it("a ministry named only in the body is not where the document comes from", () => {
    const body = `${"Regionen har beslutat om en ny plan för vården. ".repeat(8)}Rapporten lämnas till Socialdepartementet.`;
    expect(issuers(`Nyhet från regionen\n\n${body}`)).toEqual([]);
  });

  it("each quote is the document's text at its offsets", () => {
    const text = "Pressmeddelande från Finansdepartementet\n\nText.";
    const [i] = readStatements([textDocument("d", text, "2030-01-01")]).issuers;
    expect(text.slice(i?.span.start, i?.span.end)).toBe("Finansdepartementet");
  });
});
