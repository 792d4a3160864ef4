import { PURPOSE_OPENERS } from "./cue-words.js";
import type { DocumentView } from "./document-view.js";
import { findPhrases } from "./tokens.js";
import type { PurposeStatement } from "./types.js";

// "Satsningen syftar till …": the cue stands among the sentence's first words.
const MAX_LEAD_WORDS = 3;

/** Sentences that say what the money or the work is for. */
export function readPurposes(view: DocumentView): PurposeStatement[] {
  return view.segments
    .filter(
      (s) =>
        !s.heading &&
        findPhrases(view.words(s), PURPOSE_OPENERS).some((h) => h.at <= MAX_LEAD_WORDS),
    )
    .map((s) => ({ span: view.span(s.start, s.end) }));
}
