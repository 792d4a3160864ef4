import { describe, expect, it } from "vitest";
import { type Segment, segment } from "../../src/knowledge/segments.js";

/** Every segment is the exact slice at its offsets; returns the texts for easy comparison. */
function texts(text: string): string[] {
  const segs = segment(text);
  for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  return segs.map((s) => s.text);
}

function find(segs: Segment[], startsWith: string): Segment {
  const s = segs.find((x) => x.text.startsWith(startsWith));
  expect(s, startsWith).toBeDefined();
  return s as Segment;
}

describe("segment: sentences", () => {
  it("splits at a full stop, question mark or exclamation followed by a capital", () => {
    expect(texts("Regeringen avsätter medel. Är det nog? Ja! 2025 blir det mer.")).toEqual([
      "Regeringen avsätter medel.",
      "Är det nog?",
      "Ja!",
      "2025 blir det mer.",
    ]);
  });

  it.each([
    "Medlen går bl.a. till Region Örebro län och till analyser.",
    "Det gäller t.ex. Region Västerbotten och Region Uppsala.",
    "Sekvensering m.m. ingår i uppdraget till Vinnova.",
    "Projekten, s.k. Piloter, pågår.",
    "Bidraget är ca. 4 miljoner kronor.",
    "Omfattar fr.o.m. Januari 2026 även Region Jämtland Härjedalen.",
    "Mötet leds av prof. Andersson i Umeå.",
  ])("an abbreviation does not end a sentence: %s", (sentence) => {
    expect(texts(`${sentence} Nästa mening.`)).toEqual([sentence, "Nästa mening."]);
  });

  it("an initial does not end a sentence", () => {
    expect(texts("Beslutet fattades av A. Berg på departementet. Sedan kom nästa.")).toEqual([
      "Beslutet fattades av A. Berg på departementet.",
      "Sedan kom nästa.",
    ]);
  });

  it("keeps a time of day and a dateline together", () => {
    expect(
      texts("18 december 2025, kl 09:00\n0\n\nMötet börjar kl. 13.30 i Umeå. Alla välkomna."),
    ).toEqual([
      "18 december 2025, kl 09:00",
      "0",
      "Mötet börjar kl. 13.30 i Umeå.",
      "Alla välkomna.",
    ]);
  });

  it("keeps decimal and grouped numbers inside a sentence", () => {
    expect(
      texts("Av dessa går 4,5 miljoner kronor till Region Skåne. Resten, 7.5 MSEK, till Forte."),
    ).toEqual([
      "Av dessa går 4,5 miljoner kronor till Region Skåne.",
      "Resten, 7.5 MSEK, till Forte.",
    ]);
  });

  it("a line break ends a segment even without a full stop", () => {
    expect(texts("Första raden utan punkt\nAndra raden.")).toEqual([
      "Första raden utan punkt",
      "Andra raden.",
    ]);
  });

  it("numbers the paragraphs separated by blank lines", () => {
    const segs = segment("Ett. Två.\nTre.\n\n\nFyra.\n   \nFem.");
    expect(segs.map((s) => [s.text, s.paragraph])).toEqual([
      ["Ett.", 0],
      ["Två.", 0],
      ["Tre.", 0],
      ["Fyra.", 1],
      ["Fem.", 2],
    ]);
    expect(segs.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("segment: bullets and headings", () => {
  it.each([
    ["* 4,5 miljoner går till Region Skåne.", "4,5 miljoner går till Region Skåne."],
    ["- 3 miljoner går till Region Halland.", "3 miljoner går till Region Halland."],
    ["• 2 miljoner till Vinnova.", "2 miljoner till Vinnova."],
    ["1. Analyser av läkemedelssvar.", "Analyser av läkemedelssvar."],
    ["12) Uppföljning.", "Uppföljning."],
    ["   * Indraget listobjekt.", "Indraget listobjekt."],
  ])("%j: the marker is not part of the text", (line, expected) => {
    const text = `Regeringen fördelar pengarna så här:\n\n${line}\n`;
    const segs = segment(text);
    const item = segs.at(-1) as Segment;
    expect(item.text).toBe(expected);
    expect(item.bullet).toBe(true);
    expect(text.slice(item.start, item.end)).toBe(expected);
    expect(segs[0]?.bullet).toBe(false);
  });

  it("a year at the start of a line is not a list number", () => {
    const [s] = segment("2025. Det året kom medlen.");
    expect(s?.bullet).toBe(false);
  });

  it("a short line without closing punctuation is a heading; a sentence is not", () => {
    const segs = segment(
      "Satsning på farmakogenomik i Västerbotten\n\nRegeringen avsätter 12 miljoner kronor till pilotprojekt.\n\nHit går pengarna:\n",
    );
    expect(find(segs, "Satsning").heading).toBe(true);
    expect(find(segs, "Regeringen").heading).toBe(false);
    expect(find(segs, "Hit går").heading).toBe(false);
  });

  it("a long line without a full stop is not a heading", () => {
    const long = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(" ");
    expect(segment(long)[0]?.heading).toBe(false);
  });
});

describe("segment: offsets are exact in any line ending", () => {
  it("CRLF text: no segment includes \\r or \\n and offsets match", () => {
    const text =
      "Rubrik om prostatacancer\r\n\r\nRegion Västerbotten får 8 250 000 kronor. Av dessa går högst 150 000 kronor till Kammarkollegiet.\r\n* 5 miljoner till analyser.\r\n";
    const segs = segment(text);
    expect(segs.map((s) => s.text)).toEqual([
      "Rubrik om prostatacancer",
      "Region Västerbotten får 8 250 000 kronor.",
      "Av dessa går högst 150 000 kronor till Kammarkollegiet.",
      "5 miljoner till analyser.",
    ]);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segs[1]?.paragraph).toBe(1);
    expect(segs[3]?.paragraph).toBe(1);
  });

  it("old Mac CR-only line endings and a text without a final newline", () => {
    const text = "Första stycket.\r\rAndra stycket. Tredje meningen";
    expect(texts(text)).toEqual(["Första stycket.", "Andra stycket.", "Tredje meningen"]);
    expect(segment(text).map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it("leading and trailing spaces are not part of a segment; no-break spaces inside are kept", () => {
    const text = "   Regeringen avsätter 8\u00A0250\u00A0000 kronor.   \n\u00A0\n";
    expect(texts(text)).toEqual(["Regeringen avsätter 8\u00A0250\u00A0000 kronor."]);
  });

  it("an empty or blank text has no segments", () => {
    expect(segment("")).toEqual([]);
    expect(segment(" \n\r\n\t")).toEqual([]);
  });

  it("covers every non-space character of a document exactly once (bullet markers aside)", () => {
    const text =
      "Pressmeddelande\n\nGMS får 49,5 miljoner. Det är t.ex. mer än förut!\n* 10 miljoner går till barn.\n- 3 MSEK till data.\n";
    const segs = segment(text);
    for (let i = 1; i < segs.length; i++)
      expect(segs[i]?.start).toBeGreaterThanOrEqual(segs[i - 1]?.end ?? 0);
    const covered = segs.map((s) => s.text).join("");
    const all = text.replace(/^[*-] /gm, "");
    expect(covered.replace(/\s/g, "")).toBe(all.replace(/\s/g, ""));
  });

  it("a sentence wrapped over lines (a PDF's text) is one segment, quoted exactly", () => {
    const text =
      "Regeringen ger Socialstyrelsen i uppdrag att under 2027, efter rekvisition\nfrån Region Skåne, betala ut 12 500 000 kronor till Region Skåne för arbete\ninom GMS.\n";
    expect(texts(text)).toEqual([text.trimEnd()]);
  });

  it("short lines without a stop stay apart: headlines and list rows are no wrapped sentence", () => {
    expect(texts("barncancer 10 miljoner\nsällsynta diagnoser 15 miljoner\n")).toEqual([
      "barncancer 10 miljoner",
      "sällsynta diagnoser 15 miljoner",
    ]);
    const long = "Pengarna ska gå till diagnostik av cancer hos barn och unga vuxna i hela landet";
    expect(texts(`${long}\nNästa rad börjar med versal`)).toEqual([
      long,
      "Nästa rad börjar med versal",
    ]);
  });
});
