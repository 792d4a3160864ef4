// An agency decision names who made it in its closing sentence: the decider and the presenting official.
import { describe, expect, it } from "vitest";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const people = (text: string) =>
  fromDocuments([textDocument("d", text, "2031-01-20")], []).statements.people.filter(
    (p) => p.role === "decider",
  );

describe("an agency decision's deciders", () => {
  it("reads the decider and the presenting official with their titles", () => {
    const found = people(
      "Kammarkollegiet\n\nBeslut om utbetalning\n\nDatum: 2031-01-20\n\nKammarkollegiet betalar ut 85 000 000 kronor till Region Skåne.\n\nBeslut i detta ärende har fattats av enhetschef Karin Lindqvist efter föredragning av handläggare Johan Ekström.",
    );
    expect(found.map((p) => [p.name, p.title])).toEqual([
      ["Karin Lindqvist", "enhetschef"],
      ["Johan Ekström", "föredragande"],
    ]);
  });

  it("reads the English formula, and nothing from a page without it", () => {
    expect(
      people("Decision\n\nThis decision was made by director Anna Berg.").map((p) => p.name),
    ).toEqual(["Anna Berg"]);
    expect(people("Nyheter\n\nRegeringen har fattat beslut om 80 miljoner kronor.")).toEqual([]);
  });
});

describe("cue phrases with an apostrophe", () => {
  it("match the words a text splits at its apostrophe ('the region's own budget')", async () => {
    const { compileCues, hasCue } = await import("../../src/knowledge/cues.js");
    const cues = compileCues(["from the region's own budget"]);
    expect(hasCue("paid from the region's own budget today", cues)).toBe(true);
    expect(hasCue("paid from the region’s own budget today", cues)).toBe(true);
  });
});
