// A procurement notice's last day for tenders is a deadline ("Sista anbudsdag: 2028-10-27"), its kind "other".
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const deadlines = (text: string) =>
  readStatements([textDocument("d", text, "2028-09-15")]).deadlines.map((d) => [
    d.kind,
    [d.by.year, d.by.month, d.by.day].join("-"),
  ]);

describe("tender deadlines", () => {
  it("a labelled line with an ISO date, in Swedish and English", () => {
    expect(deadlines("Upphandling av sekvenserare\n\nSista anbudsdag: 2028-10-27\n")).toEqual([
      ["other", "2028-10-27"],
    ]);
    expect(deadlines("Tender deadline: 2028-10-27\n")).toEqual([["other", "2028-10-27"]]);
  });

  it("a tender told of with no date is no deadline", () => {
    expect(deadlines("Anbuden ska vara på svenska.\n")).toEqual([]);
  });
});
