// What money is for and what it depends on: "Syftet är att …", "förutsätter att riksdagen anvisar medel".
import { CONDITION_CUES, PURPOSE_OPENERS } from "./cue-words.js";
import { namedYears } from "./named-years.js";
import { findPhrases } from "./tokens.js";
// "Satsningen syftar till …": the cue stands among the sentence's first words.
const MAX_LEAD_WORDS = 3;
/** Sentences that say what the money or the work is for. */
export function readPurposes(view) {
    if (!view.mayAny(PURPOSE_OPENERS))
        return [];
    return view.segments
        .filter((s) => !s.heading &&
        view.may(s, PURPOSE_OPENERS) &&
        findPhrases(view.words(s), PURPOSE_OPENERS).some((h) => h.at <= MAX_LEAD_WORDS))
        .map((s) => ({ span: view.span(s.start, s.end) }));
}
/** Sentences that say what money or a decision depends on. */
export function readConditions(view) {
    if (!view.mayAny(CONDITION_CUES))
        return [];
    return view.segments
        .filter((s) => !s.heading && view.has(s, CONDITION_CUES))
        .map((s) => {
        const span = view.span(s.start, s.end);
        return { span, years: namedYears(span.text) };
    });
}
//# sourceMappingURL=purposes.js.map