import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { findAmounts } from "../../src/knowledge/amounts.js";
import { clutterRanges } from "../../src/knowledge/clutter.js";
import { findDates } from "../../src/knowledge/dates.js";
import { loadDocuments } from "../../src/knowledge/index.js";
import { clearKeyCaches, whileLoading } from "../../src/knowledge/key-cache.js";
import { segment } from "../../src/knowledge/segments.js";
import { keepSentences, packSentences } from "../../src/knowledge/sentence-transfer.js";
import { fixtureFolder } from "../support/load-bytes.js";

const folder = fixtureFolder("gms-sentences-");
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const { documents } = loadDocuments(folder);

/** Every document's sentences, each sentence's amounts and dates, and the document's clutter lines, as plain data. */
function splitAll(): string {
  return JSON.stringify(
    documents.map((d) => [
      segment(d.text).map((s) => [s, findAmounts(s.text), findDates(s.text)]),
      clutterRanges(d.text),
    ]),
  );
}

describe("sentences split on another thread", () => {
  it("are kept as the same segments, amounts, dates and clutter this thread would read, and not split again", () => {
    clearKeyCaches();
    const expected = splitAll();
    const packed = packSentences(documents);
    // As on a thread that has read nothing yet.
    clearKeyCaches();
    whileLoading(() => {
      keepSentences(documents, packed);
      const kept = documents.map((d) => segment(d.text));
      const keptClutter = documents.map((d) => clutterRanges(d.text));
      expect(splitAll()).toBe(expected);
      // The kept lists themselves, not lists split again.
      expect(documents.every((d, i) => segment(d.text) === kept[i])).toBe(true);
      expect(documents.every((d, i) => clutterRanges(d.text) === keptClutter[i])).toBe(true);
    });
  });

  it("leave a document this thread has split already as it was", () => {
    clearKeyCaches();
    const packed = packSentences(documents);
    clearKeyCaches();
    whileLoading(() => {
      const own = segment(documents[0]?.text ?? "");
      keepSentences(documents, packed);
      expect(segment(documents[0]?.text ?? "")).toBe(own);
    });
  });
});
