// Text taken from a PDF: words hyphenated at line ends, numbers and dates wrapped over a line break, running
// page headers, a footnote rule, a headline broken in two. Each mechanism on made-up text of its own (no
// name, sentence or amount of the fixtures); every quote stays the document's own slice.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findAmounts } from "../../src/knowledge/amounts.js";
import { clutterRanges, inClutter } from "../../src/knowledge/clutter.js";
import { findDates } from "../../src/knowledge/dates.js";
import { documentKind, loadDocuments, readStatements } from "../../src/knowledge/index.js";
import { segment } from "../../src/knowledge/segments.js";
import { brokenWordEnd } from "../../src/knowledge/word-chars.js";
import { words } from "../../src/knowledge/words.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

describe("a word hyphenated at a line end", () => {
  it("reads as one word whose offsets span the break", () => {
    const text = "lämna en rapport till Myndighets-\nverket för vård";
    const w = words(text).find((t) => t.word.startsWith("myndighets"));
    expect(w?.word).toBe("myndighetsverket");
    expect(text.slice(w?.start, w?.end)).toBe("Myndighets-\nverket");
  });

  it("a hyphen before 'och', 'eller' or a capital is no broken word", () => {
    expect(words("inom tand-\noch munvård").map((t) => t.word)).toEqual([
      "inom",
      "tand-",
      "och",
      "munvård",
    ]);
    expect(brokenWordEnd("tand-\neller", 4)).toBe(-1);
    expect(brokenWordEnd("Norr-\nBotten", 4)).toBe(-1);
    expect(brokenWordEnd("en ny-\n\nrad", 5)).toBe(-1); // a blank line is no wrap
  });

  it("an amount word broken by the line end is read, the match the text's own slice", () => {
    const text = "Kommunerna bidrar med 31 mil-\njoner kronor under 2033.";
    const [m] = findAmounts(text);
    expect(m?.valueSek).toBe(31_000_000);
    expect(text.slice(m?.start, m?.end)).toBe(m?.text);
    expect(m?.text).toBe("31 mil-\njoner kronor");
  });
});

describe("a number or a date wrapped over a line break", () => {
  it("digit groups split by the line break are one number, in one list item", () => {
    const text = "Bilaga\n1. 41 000\n000 kronor för tarmfloran\n2. 9 000 000 kronor för hörseln\n";
    const items = segment(text).filter((s) => s.bullet);
    expect(items.map((s) => s.text)).toEqual([
      "41 000\n000 kronor för tarmfloran",
      "9 000 000 kronor för hörseln",
    ]);
    expect(findAmounts(items[0]?.text ?? "")[0]?.valueSek).toBe(41_000_000);
  });

  it("a year or a four-digit run at a line end never runs on into the next line's digits", () => {
    const text = "Tabellen visar utfallet för 2033\n000 kronor per enhet";
    expect(segment(text).length).toBe(2);
  });

  it("a date's year on the next line is the date's, and the sentence runs on to it", () => {
    const text =
      "Medel som inte har använts ska betalas tillbaka till Hörselverket senast den 30 april\n2034. Därefter stängs kontot.";
    const first = segment(text)[0];
    expect(first?.text).toBe(
      "Medel som inte har använts ska betalas tillbaka till Hörselverket senast den 30 april\n2034.",
    );
    const date = findDates(first?.text ?? "").find((d) => d.kind === "date");
    expect([date?.year, date?.month, date?.day]).toEqual([2034, 4, 30]);
  });

  it("a line ending in a content word before a number line stays apart (a table row)", () => {
    const text = "Anslagen fördelas enligt tabellen nedan över de kommande åren\n2033 40 000\n";
    expect(segment(text).length).toBe(2);
  });
});

describe("page headers, rules and headlines of a PDF", () => {
  it("a running header ending in its page number is clutter; a sentence naming a page is not", () => {
    const text =
      "Hörselverket   Sida 3 (7)\nSe tabellen på sida 4.\nAnnual report · Page 12 of 40\n";
    const ranges = clutterRanges(text);
    expect(inClutter(ranges, 0)).toBe(true);
    expect(inClutter(ranges, text.indexOf("Se tabellen"))).toBe(false);
    expect(inClutter(ranges, text.indexOf("Annual"))).toBe(true);
  });

  it("a rule of underscores ends a copy list; the names are read across a broken word", () => {
    const text = `Regeringsbeslut 9

Uppdrag om hörselvård

Regeringen ger Hörselverket i uppdrag att redovisa arbetet till Regerings-
kansliet (Socialdepartementet) senast den 1 juni 2034.

Kopia till
Hörselverket
Region Norrbotten
_______________
1 Fotnoten förklarar något.
`;
    const s = readStatements([textDocument("beslut", text, "2033-02-01")]);
    expect(s.copies.map((c) => c.name)).toEqual(["Hörselverket", "Region Norrbotten"]);
    expect(s.deadlines[0]?.counterpart).toMatch(/^Regeringskansliet/);
  });

  it("a headline broken by a hyphen is the document's whole title", () => {
    const dir = mkdtempSync(join(tmpdir(), "pdf-title-"));
    try {
      writeFileSync(
        join(dir, "b.txt"),
        "Regeringsbeslut 9\nUppdrag att betala ut medel för arbete med hörsel-\nvård under 2033\nRegeringen ger …\n",
      );
      expect(loadDocuments(dir).documents[0]?.title).toBe(
        "Uppdrag att betala ut medel för arbete med hörselvård under 2033",
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe("a regleringsbrev", () => {
  it("is a kind of document of its own", () => {
    expect(
      documentKind({
        kind: null,
        text: "Regleringsbrev för budgetåret 2033 avseende Hörselverket\n",
      }),
    ).toBe("regleringsbrev");
  });

  it("a bemyndigande ('ekonomiska åtaganden … framtida anslag på högst') is a budget frame, no agency cap", () => {
    const text = `Regleringsbrev för budgetåret 2033 avseende Hörselverket

Hörselverket får under 2033 för anslaget 2:4 ap.7 ingå ekonomiska åtaganden som medför behov av framtida anslag på högst 33 000 tkr under 2034–2035.

Hörselverket får använda högst 700 tkr för administration av uppdraget.
`;
    const entries = ledger(textDocument("rb", text, "2032-12-20"));
    expect(at(entries, 33_000_000)[0]?.role).toBe("budget-frame");
    expect(at(entries, 700_000)[0]?.role).toBe("agency-cap");
  });
});
