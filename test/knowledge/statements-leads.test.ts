// Who leads a project or a piece of work: named after "leds av"/"led by", before "leder"/"leads", or before a
// project lead's title. Made-up sentences.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const leaders = (text: string) =>
  readStatements([textDocument("d", text, "2030-01-01")]).leads.map((l) => l.leader.text);

describe("project leads", () => {
  it("the name after 'leds av' and 'under ledning av'", () => {
    expect(
      leaders(
        "Studien pågår i två år. Projektet leds av Karin Holm, docent vid Lunds universitet.",
      ),
    ).toEqual(["Karin Holm"]);
    expect(leaders("Arbetet sker under ledning av Region Halland.")).toEqual(["Region Halland"]);
  });

  it("the name after 'led by' in English", () => {
    expect(leaders("The second project, led by Linköping University, receives SEK 2m.")).toEqual([
      "Linköping University",
    ]);
  });

  it("the subject before 'leder', a relative word passed over", () => {
    expect(leaders("Region Gotland leder arbetet med tarmcancer.")).toEqual(["Region Gotland"]);
    expect(leaders("Medlen går till Region Kalmar län, som leder nätverket.")).toEqual([
      "Region Kalmar län",
    ]);
  });

  it("an auxiliary between the name and 'lett'", () => {
    expect(
      leaders("Inom GMS har Region Gotland lett arbetet med gemensamma analysflöden."),
    ).toEqual(["Region Gotland"]);
  });

  it("a project lead's name before the title", () => {
    expect(
      leaders("– Det går fort nu, säger Per Nilsson, projektledare i Region Halland."),
    ).toEqual(["Per Nilsson"]);
  });

  it("leading to something, or a sentence's capitalised first word, names no leader", () => {
    expect(leaders("Detta ledde till att fler patienter fick svar.")).toEqual([]);
    expect(leaders("Satsningen leder till kortare väntetider.")).toEqual([]);
  });
});
