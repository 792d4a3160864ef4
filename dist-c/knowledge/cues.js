import { words } from "./words.js";
// Words open with a Latin letter or digit: their phrases are found by the unit's number, no string hashed.
const INDEXED_UNITS = 0x250;
/** `byInitial` by the initial's UTF-16 unit (below `INDEXED_UNITS`), then by the second (`secondOf`, -1: none). */
function indexByUnit(byInitial, secondOf) {
    const out = new Array(INDEXED_UNITS).fill(undefined);
    for (const [initial, list] of byInitial) {
        const code = initial.charCodeAt(0);
        if (code >= INDEXED_UNITS)
            continue;
        const bySecond = new Map();
        const short = list.filter((t) => secondOf(t) < 0);
        for (const t of list) {
            const second = secondOf(t);
            if (second >= 0 && !bySecond.has(second))
                bySecond.set(second, list.filter((u) => secondOf(u) === second || secondOf(u) < 0));
        }
        out[code] = { bySecond, rest: short.length > 0 ? short : undefined };
    }
    return out;
}
/**
 * The phrases that may start at `word`, in their order: those of its initial (`byInitial.get(word[0])`) whose
 * first word has the word's second unit there; the others cannot match (`matchesAt` checks that unit first).
 */
function startingAs(word, byInitial, byUnit) {
    const code = word.charCodeAt(0);
    if (byUnit === undefined || !(code < INDEXED_UNITS))
        return byInitial.get(word[0] ?? "");
    const unit = byUnit[code];
    if (unit === undefined)
        return undefined;
    return (word.length > 1 ? unit.bySecond.get(word.charCodeAt(1)) : undefined) ?? unit.rest;
}
export function compileCues(phrases) {
    const byInitial = new Map();
    for (const phrase of phrases) {
        const parts = phrase
            .toLowerCase()
            .split(/\s+/)
            .filter((w) => w !== "")
            .map((w) => w.endsWith("*") ? { word: w.slice(0, -1), prefix: true } : { word: w, prefix: false });
        const initial = parts[0]?.word[0];
        if (initial === undefined)
            continue;
        const list = byInitial.get(initial) ?? [];
        const opening = parts[0]?.word ?? "";
        list.push({ phrase, parts, second: opening.length > 1 ? opening.charCodeAt(1) : -1 });
        byInitial.set(initial, list);
    }
    const literals = [...byInitial.values()].flatMap((list) => list.map((c) => c.parts.map((p) => p.word)));
    const greek = literals.some((words) => words.some((w) => /[σς]/.test(w)));
    return {
        byInitial,
        literals: greek ? null : literals,
        hint: greek ? null : hintOf(literals),
        byUnit: indexByUnit(byInitial, (c) => c.second),
    };
}
// Letters whose every upper case a case-insensitive regex (without /u, much the faster) also finds, except
// the signs below: the hint is used only where each phrase word is made of these.
const PLAIN_WORD = /^[a-zåäöéü0-9-]+$/;
// What lower-cases into those letters unseen by such a regex (Kelvin and Ångström signs), or changes the text's
// length (İ) or depends on context (Σ): a text with one is looked through as before.
const ODD_CASE = "[\\u0130\\u03A3\\u212A\\u212B]";
function hintOf(literals) {
    const longest = literals.map((words) => words.reduce((a, b) => (b.length > a.length ? b : a), ""));
    if (longest.length === 0 || !longest.every((w) => PLAIN_WORD.test(w)))
        return null;
    return new RegExp(`${[...new Set(longest)].join("|")}|${ODD_CASE}`, "i");
}
/** False when the matcher's hint rules out every phrase in `text`; true when it may hold one. */
function hinted(text, matcher) {
    return matcher.hint == null || matcher.hint.test(text);
}
/** Whether a text may hold a phrase of `matcher`: every word of one phrase is in the text's lower case. */
export function mayHold(text, matcher) {
    if (matcher.literals === null)
        return true;
    if (!hinted(text, matcher))
        return false;
    return holdsAll(lowerCase(text), matcher.literals);
}
/** Whether `lower` includes every word of some phrase (loops: no closure made per phrase and call). */
function holdsAll(lower, literals) {
    for (const words of literals) {
        let all = true;
        for (const w of words) {
            if (!lower.includes(w)) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}
/**
 * Whether any part of `text` (a line, a sentence of it) may hold a phrase of `matcher`: false when the whole
 * text lacks a word of every phrase. Lower-casing a part is lower-casing the whole, unless a letter changes
 * length or is Greek capital sigma: then any part may.
 */
export function mayHoldAnywhere(text, matcher) {
    if (matcher.literals === null)
        return true;
    if (!hinted(text, matcher))
        return false;
    const lower = lowerWhole(text);
    if (lower.length !== text.length || text.includes("Σ"))
        return true;
    return holdsAll(lower, matcher.literals);
}
/** The lower case of the text asked last, made once while the same text is asked again. */
function lowerCaseOfLast() {
    let last = "";
    let lower = "";
    return (text) => {
        if (text !== last) {
            last = text;
            lower = text.toLowerCase();
        }
        return lower;
    };
}
// A document is asked about a few tables in a row, one clause about many: each keeps its own last text.
const lowerWhole = lowerCaseOfLast();
const lowerCase = lowerCaseOfLast();
function matchesAt(tokens, i, c) {
    if (i + c.parts.length > tokens.length)
        return false;
    // A one-letter word has no second unit: not read past its end (that would throw away this optimised code).
    const first = tokens[i].word;
    if (c.second >= 0 && (first.length < 2 || first.charCodeAt(1) !== c.second))
        return false;
    for (let k = 0; k < c.parts.length; k++) {
        const p = c.parts[k];
        const w = tokens[i + k].word;
        if (p.prefix ? !w.startsWith(p.word) : w !== p.word)
            return false;
    }
    return true;
}
/** The tables merged: table `t` answers in bit `1 << t` of `tablesHit` (at most 31 tables). */
export function combineCues(matchers) {
    const byInitial = new Map();
    matchers.forEach((matcher, t) => {
        for (const [initial, list] of matcher.byInitial) {
            const into = byInitial.get(initial) ?? [];
            for (const compiled of list)
                into.push({ compiled, bit: 1 << t });
            byInitial.set(initial, into);
        }
    });
    return { byInitial, byUnit: indexByUnit(byInitial, (t) => t.compiled.second) };
}
/** Which of the tables hold a phrase in `tokens`: bit t is `hasCue(tokens, matchers[t])`. */
export function tablesHit(tokens, tables) {
    let hits = 0;
    for (let i = 0; i < tokens.length; i++) {
        const candidates = startingAs(tokens[i].word, tables.byInitial, tables.byUnit);
        if (candidates === undefined)
            continue;
        for (const { compiled, bit } of candidates) {
            if ((hits & bit) === 0 && matchesAt(tokens, i, compiled))
                hits |= bit;
        }
    }
    return hits;
}
/** Every phrase of `matcher` in `text` (or in already tokenized words), in order. */
export function findCues(text, matcher) {
    return scanCues(text, matcher, false);
}
/** The hits in order; with `first`, only the first (a yes/no question needs no more). */
function scanCues(text, matcher, first) {
    if (typeof text === "string" && !mayHold(text, matcher))
        return [];
    const tokens = typeof text === "string" ? words(text) : text;
    const hits = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const candidates = startingAs(token.word, matcher.byInitial, matcher.byUnit);
        if (candidates === undefined)
            continue;
        for (const c of candidates) {
            if (!matchesAt(tokens, i, c))
                continue;
            const last = tokens[i + c.parts.length - 1];
            hits.push({ phrase: c.phrase, start: token.start, end: last.end });
            if (first)
                return hits;
        }
    }
    return hits;
}
export function hasCue(text, matcher) {
    return scanCues(text, matcher, true).length > 0;
}
//# sourceMappingURL=cues.js.map