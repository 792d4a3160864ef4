// Calendar lines in newsletters and agendas: the date first, then what falls due ("15 januari 2031: …").
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const deadlines = (text: string) =>
  readStatements([textDocument("d", text, "2030-12-20")]).deadlines.map((d) => [
    d.kind,
    [d.by.year, d.by.month, d.by.day].join("-"),
    d.who,
    d.counterpart,
    d.by.span.text,
  ]);

describe("calendar-line deadlines", () => {
  it("a dated list of what falls due: each line that names a report, requisition or application", () => {
    const text = [
      "## Kalendarium",
      "",
      "- 15 januari 2031: sista dag att lämna in projektplaner till styrgruppen",
      "- 12 mars 2031: Kick-off för arbetsgrupperna i Göteborg",
      "- 1 november 2031: Region Halland rekvirerar 2031 års medel från Kammarkollegiet",
    ].join("\n");
    expect(deadlines(text)).toEqual([
      ["report", "2031-1-15", null, null, "15 januari 2031"],
      ["requisition", "2031-11-1", "Region Halland", "Kammarkollegiet", "1 november 2031"],
    ]);
  });

  it("an English agenda with a dash, and a date without a year", () => {
    const text = "Key dates\n\n* 3 March – applications close\n* 30 June – final report due";
    expect(deadlines(text).map(([kind, date]) => [kind, date])).toEqual([
      ["application", "-3-3"],
      ["report", "-6-30"],
    ]);
  });

  it("a dated news line that tells no deadline is none", () => {
    expect(
      deadlines("14 april 2030: Regeringen beslutade om 80 miljoner kronor till GMS."),
    ).toEqual([]);
  });
});
