// A per-document reading budget, by counts (the core reads no clock): a document beyond it is no funding
// document but a mistake or an attack, and is skipped by name so the rest still load.
import { amountsOf } from "./amounts.js";
import { segment } from "./segments.js";
import { readingsOf } from "./sentence-readings.js";
/** Sentences, headlines and list items per document (a 5 MB report of real prose has about 40,000). */
export const MAX_SEGMENTS = 100_000;
/** Amounts per document: a funding decision states tens, a budget bill a few thousand. */
export const MAX_AMOUNTS = 5_000;
/** Characters in one sentence: longer is no sentence anyone could be quoted from. */
export const MAX_SEGMENT_CHARS = 8_000;
/** Why `doc` is over the budget, or null when it is within it. Linear in the text; stops at the first excess. */
export function overBudget(doc) {
    const segments = segment(doc.text);
    if (segments.length > MAX_SEGMENTS) {
        return `has ${segments.length} sentences, over the ${MAX_SEGMENTS}-sentence budget`;
    }
    let amounts = 0;
    // Each sentence's record, made as the document was split: its amounts are kept there for the facts.
    const readings = readingsOf(segments);
    for (const s of segments) {
        if (s.text.length > MAX_SEGMENT_CHARS) {
            return `has a sentence of ${s.text.length} characters, over the ${MAX_SEGMENT_CHARS}-character budget`;
        }
        amounts += amountsOf(readings[s.index]).length;
        if (amounts > MAX_AMOUNTS)
            return `states over ${MAX_AMOUNTS} amounts, over the reading budget`;
    }
    return null;
}
/** The problem naming a document skipped for being over the budget (`reason` from `overBudget`). */
export function overBudgetProblem(fileName, reason) {
    return { file: fileName, message: `${fileName} ${reason}; skipped` };
}
//# sourceMappingURL=budget.js.map