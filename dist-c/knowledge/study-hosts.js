// "Forte har beviljat 4,2 miljoner kronor till studien": a study or project the document introduced as
// "en ny forskningsstudie vid Karolinska Institutet" is that organisation's. One line per noun: the definite
// form that points back, and the indefinite form that introduces it with its host.
import { cacheByKey } from "./key-cache.js";
import { countBelow } from "./sorted.js";
const HOST_NOUNS = [
    ["studien", "studie"],
    ["projektet", "projekt"],
    ["the study", "study"],
    ["the project", "project"],
];
// "vid", "på", "at": where the work is done. A host is at most six capitalised words and a lower-case kind:
// bounded repeats keep the search linear, even over a run of capitalised words.
const NAME = String.raw `\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,5}(?:[ \t]+(?:universitet|institutet))?`;
const INTRODUCED = new RegExp(`(?:${HOST_NOUNS.map(([, noun]) => noun).join("|")})[ \\t]+(?:vid|på|at)[ \\t]+(${NAME})`, "gu");
// One document's introductions are found once, not once per amount that points back to them.
const INDEX_CACHE_MAX = 16;
const hostIndex = cacheByKey((text) => {
    const ends = [];
    const hosts = [];
    for (const m of text.matchAll(INTRODUCED)) {
        ends.push((m.index ?? 0) + m[0].length);
        hosts.push(m[1]);
    }
    return { ends, hosts };
}, INDEX_CACHE_MAX);
/**
 * The host of the study or project `words` introduces ("ett forskningsprojekt vid Lunds universitet") or
 * begins by pointing back to (introduced before `at`); else null.
 */
export function studyHost(text, at, words) {
    INTRODUCED.lastIndex = 0;
    const own = INTRODUCED.exec(words);
    if (own)
        return own[1];
    const lower = words.slice(0, 12).toLowerCase();
    if (!HOST_NOUNS.some(([definite]) => startsWithWord(lower, definite)))
        return null;
    const { ends, hosts } = hostIndex(text);
    const before = countBelow(ends, at + 1);
    return before === 0 ? null : hosts[before - 1];
}
function startsWithWord(text, word) {
    if (!text.startsWith(word))
        return false;
    const next = text.charCodeAt(word.length);
    // The word ends there: "studien," or "studien " but not "studiens" or "studiera".
    return Number.isNaN(next) || !/\p{L}/u.test(text[word.length]);
}
//# sourceMappingURL=study-hosts.js.map