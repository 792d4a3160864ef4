import { cacheByKey, projectNamesOf, stem, words } from "../knowledge/index.js";
import { conditionCompounds } from "./condition-compounds.js";
import { allowedEdits, editDistance, letterMask, mayBeWithin } from "./edit-distance.js";
const CORRECTION_CACHE_MAX = 10_000;
export function createVocabulary(knowledge, extra = []) {
    const counts = new Map(knowledge.wordCounts);
    const add = (w) => counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const phrase of extra)
        for (const w of words(phrase))
            add(w.word);
    // Built at the first word the documents don't write as asked: a one-shot `ask` often needs neither.
    let byLength = null;
    let known = null;
    const knownStems = () => {
        known ??= new Set([...counts.keys()].map(stem));
        return known;
    };
    const nearestKnown = cacheByKey((word) => {
        byLength ??= byLengthOf(counts);
        return nearest(word, byLength, counts);
    }, CORRECTION_CACHE_MAX);
    // "njure", "prostata": the organ a known condition compound names ("njurcancer").
    const isOrgan = (s) => conditionCompounds(s, (c) => knownStems().has(c)).length > 0;
    // Read at start-up with the rest of the vocabulary, not on the first question that holds a hyphen.
    const names = projectNamesOf(knowledge.documents);
    const people = new Map(knowledge.statements.people.map((p) => [p.name.toLowerCase(), p.name]));
    const surnames = surnamesOf(people);
    // "maja ornberg", "lofgren": a name typed without its å, ä, ö still names the person.
    const folded = new Map([...people].map(([lower, name]) => [foldMarks(lower), name]));
    const foldedSurnames = new Map([...surnames].map(([lower, name]) => [foldMarks(lower), name]));
    const references = new Map(knowledge.statements.references.map((r) => [r.number.text.toLowerCase(), r.number.text]));
    return {
        has: (w) => counts.has(w),
        isName: (w) => names.has(w),
        reference: (n) => references.get(n) ?? null,
        person: (name) => people.get(name) ??
            surnames.get(name) ??
            folded.get(foldMarks(name)) ??
            foldedSurnames.get(foldMarks(name)) ??
            null,
        correct: (word) => {
            if (counts.has(word))
                return word;
            const s = stem(word);
            if (knownStems().has(s) || isOrgan(s) || hasKnownBase(word, counts))
                return word;
            return nearestKnown(word);
        },
    };
}
// Swedish definite and plural endings the stemmer leaves on short words ("talet", "målen"): the bare word
// written in the documents makes the word known, never a typo of a longer one ("talet" is not "taget").
const ENDINGS = ["erna", "arna", "orna", "ena", "na", "et", "en"];
const BASE_MIN_CHARS = 3;
function hasKnownBase(word, counts) {
    return ENDINGS.some((e) => word.endsWith(e) &&
        word.length - e.length >= BASE_MIN_CHARS &&
        counts.has(word.slice(0, -e.length)));
}
/** The letters without their marks: "örnberg" → "ornberg". */
function foldMarks(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "");
}
// "Örnberg": a surname alone names the one person of that name; a short one ("Ek") could be a word.
const SURNAME_MIN_CHARS = 4;
/** Each surname that belongs to one person only, lower case, with the name as the documents write it. */
function surnamesOf(people) {
    const byLast = new Map();
    for (const [lower, name] of people) {
        const parts = lower.split(/\s+/);
        const last = parts.at(-1) ?? "";
        if (parts.length < 2 || last.length < SURNAME_MIN_CHARS)
            continue;
        byLast.set(last, (byLast.get(last) ?? new Set()).add(name));
    }
    const out = new Map();
    for (const [last, names] of byLast)
        if (names.size === 1)
            out.set(last, [...names][0]);
    return out;
}
/** The known words by length, each with its letter mask, in sorted order (ties go to the first seen). */
function byLengthOf(counts) {
    const byLength = new Map();
    for (const w of [...counts.keys()].sort()) {
        const list = byLength.get(w.length) ?? [];
        list.push({ w, mask: letterMask(w) });
        byLength.set(w.length, list);
    }
    return byLength;
}
function nearest(word, byLength, counts) {
    const limit = allowedEdits(word.length);
    if (limit === 0 || word.length > 40)
        return null;
    const mask = letterMask(word);
    let best = null;
    for (let len = word.length - limit; len <= word.length + limit; len++) {
        for (const { w: cand, mask: other } of byLength.get(len) ?? []) {
            // A cheap lower bound first: most of the vocabulary is ruled out without the edit-distance table.
            if (!mayBeWithin(mask, other, limit))
                continue;
            const d = editDistance(word, cand, limit);
            if (d > limit)
                continue;
            const n = counts.get(cand) ?? 0;
            if (!best || d < best.d || (d === best.d && n > best.n))
                best = { w: cand, d, n };
        }
    }
    return best?.w ?? null;
}
//# sourceMappingURL=vocabulary.js.map