// What money is for and what it depends on: "Syftet är att …", "förutsätter att riksdagen anvisar medel".
import { CONDITION_CUES, PURPOSE_OPENERS } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { namedYears } from "./named-years.js";
import { findPhrases } from "./tokens.js";
import type { ConditionStatement, PurposeStatement } from "./types.js";

// "Satsningen syftar till …": the cue stands among the sentence's first words.
const MAX_LEAD_WORDS = 3;

/** Sentences that say what the money or the work is for. */
export function readPurposes(view: DocumentView): PurposeStatement[] {
  if (!view.mayAny(PURPOSE_OPENERS)) return [];
  const out: PurposeStatement[] = [];
  for (const s of view.segments)
    if (
      !s.heading &&
      view.may(s, PURPOSE_OPENERS) &&
      findPhrases(view.words(s), PURPOSE_OPENERS).some((h) => h.at <= MAX_LEAD_WORDS)
    )
      out.push({ span: view.span(s.start, s.end) });
  return out;
}

/** Sentences that say what money or a decision depends on. */
export function readConditions(view: DocumentView): ConditionStatement[] {
  if (!view.mayAny(CONDITION_CUES)) return [];
  const out: ConditionStatement[] = [];
  for (const s of view.segments) {
    if (s.heading || !view.has(s, CONDITION_CUES)) continue;
    const span = view.span(s.start, s.end);
    out.push({ span, years: namedYears(span.text) });
  }
  return out;
}
