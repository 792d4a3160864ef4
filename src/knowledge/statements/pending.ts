import type { Segment } from "../segments.js";
import { PENDING } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { namedYears } from "./named-years.js";
import type { PendingStatement } from "./types.js";

// "Något beslut har ännu inte fattats." names nothing: the sentence before says what is pending.
const SHORT_WORDS = 6;

/** Sentences that say a decision is not taken yet, with the sentence before when they need it. */
export function readPending(view: DocumentView): PendingStatement[] {
  if (!view.mayAny(PENDING)) return [];
  const out: PendingStatement[] = [];
  for (let i = 0; i < view.segments.length; i++) {
    const s = view.segments[i] as Segment;
    if (s.heading || !view.has(s, PENDING)) continue;
    const before = view.segments[i - 1];
    const needs = view.words(s).length <= SHORT_WORDS && before !== undefined && !before.heading;
    // "X bereds. Något beslut har inte fattats.": one statement, the first sentence its context.
    if (needs && out.at(-1)?.span.start === before.start) out.pop();
    const context = needs ? view.span(before.start, before.end) : null;
    const span = view.span(s.start, s.end);
    out.push({ span, context, years: namedYears(`${context?.text ?? ""} ${span.text}`) });
  }
  return out;
}
