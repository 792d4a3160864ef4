import { amountsOf } from "../amounts.js";
import { clutterRanges, inClutter } from "../clutter.js";
import { hasCue } from "../cues.js";
import { dateStartingAt, datesOf } from "../dates.js";
import { cacheByKey } from "../key-cache.js";
import { mentionsGms } from "../organisations.js";
import { segment } from "../segments.js";
import { readingsOf } from "../sentence-readings.js";
import { isPersonName } from "./names.js";
import { compile, tagStarts, textStarts, unionOf } from "./phrase-starts.js";
import { hasPhrase, mayHold, tokensWith } from "./tokens.js";
// How much of a document's opening names its title and writer ("Region Skåne – Årsredovisning 2027").
const OPENING_CHARS = 200;
export function viewDocument(doc) {
    const segments = segment(doc.text);
    // Every reader asks every segment first which tables it may hold: read that for all at once.
    const readings = readingsOf(segments);
    const starts = readings.map(textStarts);
    const any = unionOf(starts);
    const cache = new Array(segments.length).fill(undefined);
    // Few documents are asked for headings: listed when first asked.
    let headings = null;
    // Few segments are asked (those that tell a decision or a deadline): found when first asked.
    let clutter = null;
    return {
        clutter(s) {
            clutter ??= clutterRanges(doc.text);
            return inClutter(clutter, s.start);
        },
        doc,
        segments,
        words(s) {
            let t = cache[s.index];
            if (!t) {
                const own = starts[s.index];
                t = tokensWith(s.text, s.start, own.each);
                tagStarts(t, own);
                cache[s.index] = t;
            }
            return t;
        },
        amounts: (s) => amountsOf(readings[s.index]),
        dates: (s) => datesOf(readings[s.index]),
        dateAt: (s, at) => dateStartingAt(readings[s.index], at),
        reading: (s) => readings[s.index],
        isName: (s) => {
            const reading = readings[s.index];
            reading.person ??= isPersonName(reading.text);
            return reading.person;
        },
        gms: (s) => {
            const reading = readings[s.index];
            reading.gms ??= mentionsGms(reading.text);
            return reading.gms;
        },
        may: (s, table) => mayHold(starts[s.index], table),
        mayAny: (table) => mayHold(any, table),
        has(s, table) {
            const reading = readings[s.index];
            const bit = tableBit(table);
            const read = reading.tablesRead ?? 0;
            if ((read & bit) !== 0)
                return ((reading.tablesHeld ?? 0) & bit) !== 0;
            const held = mayHold(starts[s.index], table) && hasPhrase(this.words(s), table);
            reading.tablesRead = read | bit;
            if (held)
                reading.tablesHeld = (reading.tablesHeld ?? 0) | bit;
            return held;
        },
        hasCue: (s, cues, bit) => {
            const reading = readings[s.index];
            const read = reading.tablesRead ?? 0;
            if ((read & bit) !== 0)
                return ((reading.tablesHeld ?? 0) & bit) !== 0;
            const held = hasCue(reading.text, cues);
            reading.tablesRead = read | bit;
            if (held)
                reading.tablesHeld = (reading.tablesHeld ?? 0) | bit;
            return held;
        },
        mayOpen: (s, table) => {
            const first = starts[s.index]?.each[0];
            return first !== undefined && mayHold(first, table);
        },
        span: (start, end) => ({ docId: doc.id, start, end, text: doc.text.slice(start, end) }),
        opening: () => {
            const end = Math.min(OPENING_CHARS, doc.text.length);
            return { docId: doc.id, start: 0, end, text: doc.text.slice(0, end) };
        },
        date: dateOf(doc.published ?? ""),
        headingOf: (s) => {
            headings ??= headingsOf(segments);
            return headings[s.index] ?? null;
        },
    };
}
// A wording's record keeps what was read of it in one small integer's bits: the first tables' (`has`), then
// the cue matchers' (`hasCue`).
const TABLE_BITS = 28;
export const CUE_BITS = {
    notGms: 1 << TABLE_BITS,
    proposal: 1 << (TABLE_BITS + 1),
    repaid: 1 << (TABLE_BITS + 2),
};
/** A table's bit in a wording's record of tables read (`has`); 0 past the first tables: read each time. */
function tableBit(table) {
    const id = compile(table).id;
    return id < TABLE_BITS ? 1 << id : 0;
}
/** Per segment, the nearest headline before it. */
function headingsOf(segments) {
    const headings = [];
    let last = null;
    for (const s of segments) {
        headings.push(last);
        if (s.heading)
            last = s;
    }
    return headings;
}
// Documents share their dates: each is read once (its record is shared, and never changed).
const dateOf = cacheByKey((published) => {
    const [y, m, d] = published.split("-").map(Number);
    return Object.freeze({ year: y || null, month: m || null, day: d || null });
}, 10_000);
/** The span of a segment. */
export function segmentSpan(view, s) {
    return view.span(s.start, s.end);
}
//# sourceMappingURL=document-view.js.map