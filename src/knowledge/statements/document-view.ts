import { type Segment, segment } from "../segments.js";
import type { SourceDocument, Span } from "../types.js";
import { type Token, tokens } from "./tokens.js";

/** One document read once: its segments, their words, and its own date. */
export interface DocumentView {
  doc: SourceDocument;
  segments: Segment[];
  words(s: Segment): Token[];
  span(start: number, end: number): Span;
  /** The document's date (`published`), as numbers; nulls where it tells less. */
  date: { year: number | null; month: number | null; day: number | null };
  /** The nearest headline before a segment, in the same document. */
  headingOf(s: Segment): Segment | null;
}

export function viewDocument(doc: SourceDocument): DocumentView {
  const segments = segment(doc.text);
  const cache = new Map<number, Token[]>();
  const headings: Array<Segment | null> = [];
  let last: Segment | null = null;
  for (const s of segments) {
    headings.push(last);
    if (s.heading) last = s;
  }
  const [y, m, d] = (doc.published ?? "").split("-").map(Number);
  return {
    doc,
    segments,
    words(s) {
      let t = cache.get(s.index);
      if (!t) {
        t = tokens(s.text, s.start);
        cache.set(s.index, t);
      }
      return t;
    },
    span: (start, end) => ({ docId: doc.id, start, end, text: doc.text.slice(start, end) }),
    date: { year: y || null, month: m || null, day: d || null },
    headingOf: (s) => headings[s.index] ?? null,
  };
}

/** The span of a segment. */
export function segmentSpan(view: DocumentView, s: Segment): Span {
  return view.span(s.start, s.end);
}
