// Words with their offsets, and cue phrases matched on them: "i uppdrag" is two tokens, not a regex.
import { compile, listStarts, mayStart, wordMatches, } from "./phrase-starts.js";
import { mapWords } from "./word-spans.js";
/** A word of a sentence: few readers ask how it is written, so that is cut from the sentence when asked. */
class SentenceWord {
    word;
    start;
    end;
    text;
    offset;
    constructor(word, start, end, text, offset) {
        this.word = word;
        this.start = start;
        this.end = end;
        this.text = text;
        this.offset = offset;
    }
    get raw() {
        return this.text.slice(this.start - this.offset, this.end - this.offset);
    }
}
/** The words of `text`; offsets are relative to `offset` (the text's start in its document). */
export function tokens(text, offset = 0) {
    return mapWords(text, (at, end, lower) => {
        const word = lower === null ? text.slice(at, end).toLowerCase() : lower.slice(at, end);
        return new SentenceWord(word, offset + at, offset + end, text, offset);
    });
}
/**
 * As `tokens`, each word's lower case taken from its starts (`textStarts` of the same text, word by word):
 * no copy is made per word.
 */
export function tokensWith(text, offset, each) {
    let k = 0;
    return mapWords(text, (at, end, lower) => {
        const word = each[k++]?.word ??
            (lower === null ? text.slice(at, end).toLowerCase() : lower.slice(at, end));
        return new SentenceWord(word, offset + at, offset + end, text, offset);
    });
}
export function phrases(lines) {
    return lines
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .map((l) => l.split(/\s+/));
}
/** Whether the phrase stands at word `i`, within the words before `to`. */
function matchesAt(toks, i, to, phrase) {
    if (i + phrase.length > to)
        return false;
    for (let k = 0; k < phrase.length; k++) {
        if (!wordMatches(phrase[k] ?? "", toks[i + k]?.word ?? ""))
            return false;
    }
    return true;
}
const NO_HITS = Object.freeze([]);
/** Every place one of `table` starts, in token order (the longest phrase at each place). */
export function findPhrases(toks, table) {
    return findPhrasesIn(toks, 0, toks.length, table);
}
/**
 * As `findPhrases(toks.slice(from, to), table)`, its places counted in `toks`: a run of a sentence's
 * words is read in place, with the sentence's starts.
 */
export function findPhrasesIn(toks, from, to, table) {
    const c = compile(table);
    const starts = listStarts(toks);
    if (!mayStart(starts, c))
        return NO_HITS;
    let hits = null;
    for (let i = from; i < to; i++) {
        const best = longestAt(toks, i, to, c, starts);
        if (best === null)
            continue;
        hits ??= [];
        hits.push({ at: i, end: i + best.length, phrase: best });
    }
    return hits ?? NO_HITS;
}
/** The first place one of `table` starts, as `findPhrases(…)[0]` without reading on. */
export function firstPhrase(toks, table) {
    return firstPhraseIn(toks, 0, toks.length, table);
}
/** As `findPhrasesIn(…)[0]`, without reading on. */
export function firstPhraseIn(toks, from, to, table) {
    const c = compile(table);
    const starts = listStarts(toks);
    if (!mayStart(starts, c))
        return undefined;
    for (let i = from; i < to; i++) {
        const best = longestAt(toks, i, to, c, starts);
        if (best !== null)
            return { at: i, end: i + best.length, phrase: best };
    }
    return undefined;
}
/** Whether a text with these starts may hold a phrase of the table: when not, its words need not be read. */
export function mayHold(starts, table) {
    return mayStart(starts, compile(table));
}
export function hasPhrase(toks, table) {
    return firstPhrase(toks, table) !== undefined;
}
/** The longest phrase of the table at word `i`, ending by `to`: exact first words before wild ones, as listed. */
function longestAt(toks, i, to, c, starts) {
    const each = starts.each[i];
    if (each === undefined || !mayStart(each, c))
        return null;
    let found = null;
    for (const phrase of c.exact.get(toks[i]?.word ?? "") ?? NO_PHRASES)
        if ((found === null || phrase.length > found.length) && matchesAt(toks, i, to, phrase))
            found = phrase;
    for (const phrase of c.wild)
        if ((found === null || phrase.length > found.length) && matchesAt(toks, i, to, phrase))
            found = phrase;
    return found;
}
const NO_PHRASES = [];
export const isCapitalised = (raw) => /^\p{Lu}/u.test(raw);
//# sourceMappingURL=tokens.js.map