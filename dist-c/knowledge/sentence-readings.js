// Sentences recur across documents ("Regeringens beslut"): each wording has one record, found by its text
// once when the document is split. Its amounts and dates are kept on it, so the budget, the facts and the
// statements read them with no further look-up by text (and the record's text is one string per wording).
import { cacheByKey } from "./key-cache.js";
const READING_CACHE_MAX = 20_000;
/** The record of a wording (its `text` is the first string seen with it). */
export const readingOf = cacheByKey(
// Every field made at once: one shape for all records, its fields in the object itself.
(text) => ({
    text,
    amounts: undefined,
    dates: undefined,
    gms: undefined,
    starts: undefined,
    foreign: undefined,
    references: undefined,
    ministers: undefined,
    channels: undefined,
    deadlines: undefined,
    titled: undefined,
    quoted: undefined,
    person: undefined,
    tablesRead: 0,
    tablesHeld: 0,
    told: undefined,
}), READING_CACHE_MAX);
const bySegments = new WeakMap();
/** Keeps the records of a document's sentences, in their order (made as the document is split). */
export function keepReadings(segments, readings) {
    bySegments.set(segments, readings);
}
/** The record of each of a document's sentences, by index. */
export function readingsOf(segments) {
    let readings = bySegments.get(segments);
    if (readings === undefined) {
        readings = segments.map((s) => readingOf(s.text));
        bySegments.set(segments, readings);
    }
    return readings;
}
//# sourceMappingURL=sentence-readings.js.map