// "Diarienummer: 2026-04117", "S2026/01867" under a decision's date, "Prop. 2026/27:1": the numbers a
// document is filed under, so "vad är diarienumret?" is answered from them.
import type { Segment } from "../segments.js";
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
// Numbers stand in headers, on short lines: longer ones are prose.
const MAX_LINE = 120;
const WORD = /\S+/gu;
// A line that may hold a number of either shape or a label: most short lines (dates, headings) hold neither.
const MAY_HOLD = /\d[/:]|diarie|dnr|ärende|beteckning|\bref/iu;

/** Every reference number in the document's short lines, each with the line it stands on. */
export function readReferences(view: DocumentView): ReferenceStatement[] {
  const out: ReferenceStatement[] = [];
  for (const s of view.segments) {
    if (s.text.length > MAX_LINE || !MAY_HOLD.test(s.text)) continue;
    for (const found of numbersIn(s)) out.push({ ...found(view), span: view.span(s.start, s.end) });
  }
  return out;
}

type Found = (view: DocumentView) => Omit<ReferenceStatement, "span">;

function numbersIn(s: Segment): Found[] {
  const words = [...s.text.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  const found: Found[] = [];
  words.forEach((w, i) => {
    const bare = w.text.replace(/[.,;:)]+$/u, "");
    const label = (words[i - 1]?.text ?? "").replace(/[:.]+$/u, "").toLowerCase();
    const kind = OFFICE_NUMBER.test(bare)
      ? "case"
      : RIKSDAG_NUMBER.test(bare)
        ? "riksdag"
        : LABELS.has(label) && /\d/.test(bare)
          ? "case"
          : null;
    if (kind === null) return;
    const start = s.start + w.at;
    found.push((view) => ({ kind, number: view.span(start, start + bare.length) }));
  });
  return found;
}
