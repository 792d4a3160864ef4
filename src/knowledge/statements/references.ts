// "Diarienummer: 2026-04117", "S2026/01867" under a decision's date, "Prop. 2026/27:1": the numbers a
// document is filed under, so "vad är diarienumret?" is answered from them.
import type { DocumentView } from "./document-view.js";
import type { ReferenceStatement } from "./types.js";

// Words that label the number after them, lower case ("Diarienummer: 2026-04117", "Dnr 123-45").
const LABELS = new Set([
  "diarienummer",
  "diarienr",
  "dnr",
  "ärendenummer",
  "beteckning",
  "ref",
  "reference",
]);
// A government office's number: the department's letters, the year, a serial ("S2026/01867", "Fi2025/123/1").
const OFFICE_NUMBER = /^[A-ZÅÄÖ][a-zåäö]{0,2}\d{4}\/\d{2,6}(?:\/\d{1,4})?$/u;
// A Riksdag document's number: the session's years and a serial ("2026/27:412").
const RIKSDAG_NUMBER = /^\d{4}\/\d{2}:\d{1,5}$/u;
// A registry's letters before its number ("Dnr RS 2027/00213").
const REGISTRY_LETTERS = /^\p{Lu}{2,4}$/u;
// Numbers stand in headers, on short lines: longer ones are prose.
const MAX_LINE = 120;
const WORD = /\S+/gu;
// A line that may hold a number of either shape or a label: most short lines (dates, headings) hold neither.
const MAY_HOLD = /\d[/:]|diarie|dnr|ärende|beteckning|\bref/iu;
// The same without Unicode folding, four times as fast: it differs only where "ſ" or the Kelvin sign "K" stands.
const MAY_HOLD_PLAIN = new RegExp(MAY_HOLD.source, "i");
const FOLDED = /[\u017F\u212A]/;

function mayHold(text: string): boolean {
  return FOLDED.test(text) ? MAY_HOLD.test(text) : MAY_HOLD_PLAIN.test(text);
}
// Every number of either shape, and every labelled one, has a digit: a line without one is looked at no further.
const DIGIT = /[0-9]/;

/** Every reference number in the document's short lines, each with the line it stands on. */
export function readReferences(view: DocumentView): ReferenceStatement[] {
  const out: ReferenceStatement[] = [];
  for (const s of view.segments) {
    const reading = view.reading(s);
    // Read once per wording: header lines recur across documents.
    reading.references ??=
      s.text.length > MAX_LINE || !DIGIT.test(s.text) || !mayHold(s.text)
        ? NONE
        : numbersIn(s.text);
    const found = reading.references;
    for (let k = 0; k < found.length; k += 3) {
      const start = s.start + (found[k + 1] as number);
      out.push({
        kind: found[k] === CASE ? "case" : "riksdag",
        number: view.span(start, s.start + (found[k + 2] as number)),
        span: view.span(s.start, s.end),
        inHeader: s.start < HEADER_CHARS && s.start < view.doc.text.length / 2,
      });
    }
  }
  return out;
}

// A number in a document's first lines (and its first half) is the document's own; one further down cites another.
const HEADER_CHARS = 300;

const CASE = 0;
const RIKSDAG = 1;
const NONE: readonly number[] = Object.freeze([]);

/** Each number in a line: its kind (`CASE`, `RIKSDAG`), start and end. */
function numbersIn(text: string): readonly number[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  const found: number[] = [];
  let taken = -1;
  words.forEach((w, i) => {
    if (i === taken) return;
    const bare = w.text.replace(/[.,;:)]+$/u, "");
    const label = (words[i - 1]?.text ?? "").replace(/[:.]+$/u, "").toLowerCase();
    // "Dnr RS 2027/00213": a registry's letters, then the number, both under the label.
    const next = (words[i + 1]?.text ?? "").replace(/[.,;:)]+$/u, "");
    if (LABELS.has(label) && REGISTRY_LETTERS.test(bare) && /\d/.test(next)) {
      found.push(CASE, w.at, (words[i + 1]?.at ?? w.at) + next.length);
      taken = i + 1;
      return;
    }
    const kind = OFFICE_NUMBER.test(bare)
      ? CASE
      : RIKSDAG_NUMBER.test(bare)
        ? RIKSDAG
        : LABELS.has(label) && /\d/.test(bare)
          ? CASE
          : null;
    if (kind !== null) found.push(kind, w.at, w.at + bare.length);
  });
  return found.length === 0 ? NONE : found;
}
