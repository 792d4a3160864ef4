// What a person is quoted saying: the whole quote, from its opening dash or quotation mark to "säger X".
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const quotes = (text: string) =>
  readStatements([textDocument("d", text, "2030-04-14")]).people.map((p) => [
    p.role,
    p.name,
    p.quote?.text ?? null,
  ]);

describe("quotes", () => {
  it("a dash-led quote of two sentences is quoted whole, for the minister it names", () => {
    const text = [
      "Regeringen har i dag beslutat om 40 miljoner kronor till GMS.",
      "",
      "– Vi tar nästa steg. Nu ska fler patienter få en diagnos, säger sjukvårdsminister Anna Ek.",
    ].join("\n");
    expect(quotes(text)).toEqual([
      [
        "minister",
        "Anna Ek",
        "Vi tar nästa steg. Nu ska fler patienter få en diagnos, säger sjukvårdsminister Anna Ek.",
      ],
    ]);
  });

  it("an English quote that opens sentences before the one naming the speaker", () => {
    const text =
      'Intro line here.\n\n"Data must flow. Patients gain the most," says Karin Berg, chief physician.';
    expect(quotes(text)).toEqual([
      [
        "quoted",
        "Karin Berg",
        '"Data must flow. Patients gain the most," says Karin Berg, chief physician.',
      ],
    ]);
  });

  it("a paragraph that does not open a quote gives the speech sentence alone; no speech, no quote", () => {
    const text = [
      "Beslutet välkomnas. Det är viktigt, säger Per Lund, ordförande.",
      "",
      "Pressekreterare hos sjukvårdsminister Anna Ek",
    ].join("\n");
    expect(quotes(text)).toEqual([
      ["minister", "Anna Ek", null],
      ["quoted", "Per Lund", "Det är viktigt, säger Per Lund, ordförande."],
    ]);
  });
});
