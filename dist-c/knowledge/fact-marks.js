import { inClutter } from "./clutter.js";
import { findCues, hasCue, mayHold } from "./cues.js";
import { cacheByKey } from "./key-cache.js";
import { findRecipient, mentionsGms } from "./organisations.js";
import { BACK_REFERENCE, NOT_GMS, SAME_WORK, SEPARATE_FROM, SUBJECT_REFERENCE, } from "./role-cues.js";
import { stem, words } from "./words.js";
// What a document's other sentences say about its amounts: "ingår inte i GMS", "Pengarna går till X", a
// document about GMS.
// How many paragraphs (the headline counts as one) may name GMS for a document to be about it.
const LEAD_PARAGRAPHS = 3;
// Sentences that name GMS recur across documents (its self-description): each wording is asked once a load.
const saysNotGms = cacheByKey((text) => hasCue(text, NOT_GMS), 20_000);
// Where "separate from" stands in a wording (past its end when it does not).
const separateAt = cacheByKey((text) => findCues(text, SEPARATE_FROM)[0]?.start ?? Number.POSITIVE_INFINITY, 20_000);
/**
 * "Testbäddarna ingår inte i GMS", "Pengarna ingår inte i GMS-uppdraget": a sentence that says money is not
 * GMS's speaks of the amounts whose sentences name its subject, or (when its subject points back) of the
 * last amount told before it in its paragraph; an amount's own sentence may say it too.
 */
export function markNotGms(facts, segments, clutter, 
/** Whether a segment speaks of GMS (the caller may know it already). */
namesGms = (seg) => mentionsGms(seg.text)) {
    // Each fact's sentence words, stemmed once: a document with many such sentences stays linear.
    let byStem = null;
    for (const seg of segments) {
        // Few sentences name GMS: asked first, most need no look for the cue.
        if (inClutter(clutter, seg.start) || !namesGms(seg))
            continue;
        const denies = saysNotGms(seg.text);
        const apart = separateAt(seg.text);
        if (!denies && apart === Number.POSITIVE_INFINITY)
            continue;
        const tokens = words(seg.text);
        const subject = tokens[0];
        if (!subject)
            continue;
        const own = facts.filter((f) => f.segment === seg);
        if (own.length > 0) {
            // "The funding is separate from the government's annual grant to GMS, which amounts to SEK 80m":
            // only what stands before the phrase is set apart.
            for (const f of own)
                if (denies || f.amount.start - seg.start < apart)
                    f.notGms = true;
            continue;
        }
        // "Pengarna …", and "Projektet … ingår inte i det statliga uppdraget": the money just told is the subject's.
        const opening = tokens.slice(0, 2);
        const pointsBack = (cues) => findCues(opening, cues).some((h) => h.start === subject.start);
        if (pointsBack(BACK_REFERENCE) || pointsBack(SUBJECT_REFERENCE)) {
            const last = facts
                .filter((f) => f.segment.index < seg.index && f.segment.paragraph === seg.paragraph)
                .at(-1);
            if (last)
                last.notGms = true;
            continue;
        }
        byStem ??= factsByStem(facts);
        for (const f of byStem.get(stem(subject.word)) ?? [])
            f.notGms = true;
    }
}
/** A document about GMS names it in its headline or first paragraphs: its money is GMS's unless it says not. */
export function aboutGms(segments, clutter, namesGms = (seg) => mentionsGms(seg.text)) {
    const paragraphs = new Set();
    for (const seg of segments) {
        if (inClutter(clutter, seg.start))
            continue;
        paragraphs.add(seg.paragraph);
        if (paragraphs.size > LEAD_PARAGRAPHS)
            return false;
        if (namesGms(seg))
            return true;
    }
    return false;
}
// "Pengarna går till Region Uppsala": a sentence that points back names who gets the money just told.
const GOES_TO = /\b(?:går|gick|ges|betalas ut|goes|go|went|is paid)\s+(?=till\s|to\s)/u;
// "The EU grant goes to …", "EU-bidraget går till …": the money just told, named by its giver or kind.
const DEMONSTRATIVES = new Set(["the", "this", "that"]);
const GRANT_NOUNS = new Set(["grant", "money", "funds", "funding", "award", "contribution"]);
const DEFINITE_GRANT_ENDINGS = ["-pengarna", "-medlen", "-bidraget", "-anslaget", "-stödet"];
function namedGrant(tokens) {
    const [first, second, third] = tokens.map((t) => t.word.toLowerCase());
    if (first && DEFINITE_GRANT_ENDINGS.some((e) => first.endsWith(e)))
        return true;
    return (first !== undefined &&
        DEMONSTRATIVES.has(first) &&
        second !== undefined &&
        !GRANT_NOUNS.has(second) &&
        third !== undefined &&
        GRANT_NOUNS.has(third));
}
/** The recipient a following sentence names for the last amount ("… sex miljoner kronor …. Pengarna går till X"). */
export function markBackReferredRecipients(facts, segments, clutter) {
    let last = null;
    let next = 0;
    // The paragraph before this one, not counting captions and bylines between them.
    let previousParagraph = -1;
    let currentParagraph = -1;
    for (const seg of segments) {
        while (next < facts.length && facts[next].segment.index <= seg.index) {
            last = facts[next];
            next += 1;
        }
        if (inClutter(clutter, seg.start))
            continue;
        if (seg.paragraph !== currentParagraph) {
            previousParagraph = currentParagraph;
            currentParagraph = seg.paragraph;
        }
        if (!last || last.recipient || last.segment === seg)
            continue;
        if (last.segment.paragraph < previousParagraph)
            continue;
        const tokens = words(seg.text, 3);
        const first = tokens[0];
        if (!first ||
            (!findCues(tokens.slice(0, 2), BACK_REFERENCE).some((h) => h.start === first.start) &&
                !namedGrant(tokens)))
            continue;
        const goes = GOES_TO.exec(seg.text);
        if (!goes)
            continue;
        last.recipient = findRecipient("", seg.text.slice(goes.index + goes[0].length));
    }
}
/**
 * "I fjol fick regionen 3,1 miljoner kronor för samma arbete": the purpose of the last amount told before,
 * for the same recipient where one is named.
 */
export function markSamePurpose(facts) {
    facts.forEach((f, i) => {
        if (f.purposeIsSentence || !opensWith(f.purpose, SAME_WORK))
            return;
        const earlier = facts
            .slice(0, i)
            .filter((e) => !e.purposeIsSentence && e.purpose !== f.purpose);
        const same = earlier.filter((e) => f.recipient !== null && e.recipient === f.recipient);
        const source = (same.length > 0 ? same : earlier).at(-1);
        if (source)
            f.purpose = source.purpose;
    });
}
function opensWith(text, cues) {
    // A phrase's words are all in a text that opens with it: most purposes lack them, and are not tokenised.
    if (!mayHold(text, cues))
        return false;
    const tokens = words(text, 3);
    const first = tokens[0];
    return first !== undefined && findCues(tokens, cues).some((h) => h.start === first.start);
}
function factsByStem(facts) {
    const out = new Map();
    const seen = new Map();
    for (const f of facts) {
        let stems = seen.get(f.segment);
        if (!stems) {
            stems = new Set(words(f.segment.text).map((t) => stem(t.word)));
            seen.set(f.segment, stems);
        }
        for (const st of stems) {
            const list = out.get(st);
            if (list)
                list.push(f);
            else
                out.set(st, [f]);
        }
    }
    return out;
}
//# sourceMappingURL=fact-marks.js.map