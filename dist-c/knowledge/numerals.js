/** Numbers written in digits, and the small cursor helpers the amount and date readers share. */
import { brokenWordEnd, isDigitAt, isLetterAt, isSurrogateAt, joinBroken, runEnd, } from "./word-chars.js";
const SPACE = "[ \\u00A0\\u202F\\u2009]";
const SPACES = /[ \t\u00A0\u202F\u2009]*/y;
const GAP = /[ \t\u00A0\u202F\u2009]*(?:\r?\n[ \t\u00A0\u202F\u2009]*)?/y;
const WORD = /\p{L}+/uy;
const NUMERALS = [
    // Groups apart by a space, or by one line break where text from a PDF wrapped the number ("14 000\n000").
    { re: new RegExp(`(\\d{1,3}(?:(?:${SPACE}|\\r?\\n)\\d{3})+)(?:,(\\d+))?`, "y"), group: "space" },
    { re: /(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?/y, group: "," },
    { re: /(\d{1,3}(?:,\d{3})+)\.(\d+)/y, group: "," },
    { re: /(\d{1,3}(?:\.\d{3}){2,})(?:,(\d+))?/y, group: "." },
    { re: /(\d{1,3}(?:\.\d{3})+),(\d+)/y, group: "." },
    { re: /(\d+)[.,](\d+)/y, group: "single" },
    { re: /(\d+)/y, group: "plain" },
];
const PLAIN = NUMERALS.slice(-1);
// The characters the groupings put between digits: spaces (of four kinds), a comma or a point.
const SEPARATORS = new Set([" ", "\u00A0", "\u202F", "\u2009", ",", ".", "\n", "\r"]);
/** Where the run of ASCII digits from `pos` ends. */
function digitRunEnd(text, pos) {
    let i = pos;
    while (isDigitAt(text, i))
        i += 1;
    return i;
}
export function sticky(re, text, pos) {
    re.lastIndex = pos;
    return re.exec(text);
}
/** Position after any spaces on the same line. */
export function skipSpaces(text, pos) {
    return pos + (sticky(SPACES, text, pos)?.[0].length ?? 0);
}
/** Position after a run of spaces and at most one line break, or null when there is none. */
export function skipGap(text, pos) {
    const gap = sticky(GAP, text, pos)?.[0] ?? "";
    return gap.length > 0 ? pos + gap.length : null;
}
export function wordAt(text, pos) {
    // A loop over the letters' classes, as the regex reads them; an astral character is left to the regex.
    if (isLetterAt(text, pos)) {
        const end = runEnd(text, pos);
        // A word broken at a line end ("mil-\njoner") reads as the whole word.
        const broken = end >= 0 && text.charCodeAt(end) === 45 ? brokenWordEnd(text, end) : -1;
        if (broken >= 0)
            return { word: joinBroken(text, pos, end, broken).toLowerCase(), end: broken };
        if (end >= 0)
            return { word: text.slice(pos, end).toLowerCase(), end };
    }
    else if (!isSurrogateAt(text, pos))
        return null;
    const match = sticky(WORD, text, pos);
    return match === null ? null : { word: match[0].toLowerCase(), end: pos + match[0].length };
}
// Made once: a regex literal is a new object each time it is evaluated.
const ALNUM = /[\p{L}\p{N}]/u;
const JOINER = /[-–:/.,]/;
export const isAlnum = (ch) => ch !== undefined && ALNUM.test(ch);
/** A number may not continue something else: "S2022", "08-405", "1:6", "09:00", "+46", "2024-05-23". */
export function startsCleanly(text, pos) {
    const prev = text[pos - 1];
    if (prev === undefined)
        return true;
    if (isAlnum(prev) || prev === "+" || prev === "_")
        return false;
    return !(JOINER.test(prev) && isAlnum(text[pos - 2]));
}
/** A digit, or one of ".,:/" and a digit, at `at` (/^[.,:/]?\d/ on the text from there). */
function digitGoesOn(text, at) {
    if (isDigitAt(text, at))
        return true;
    const c = text[at];
    return (c === "." || c === "," || c === ":" || c === "/") && isDigitAt(text, at + 1);
}
const NOT_DIGIT = /\D/g;
/** Reads digits at `pos` in one of the accepted groupings, or null ("08", "23.05.2024", "1:6"). */
export function readNumeral(text, pos) {
    const run = digitRunEnd(text, pos);
    // Every grouping but the plain one has a separator and a digit right after a run of digits: without them
    // (a year, most counts) only the plain reading can match, and the others are not tried.
    const plainOnly = run > pos && !(SEPARATORS.has(text[run] ?? "") && isDigitAt(text, run + 1));
    for (const { re, group } of plainOnly ? PLAIN : NUMERALS) {
        const match = sticky(re, text, pos);
        if (match === null)
            continue;
        const end = pos + match[0].length;
        if (digitGoesOn(text, end))
            continue;
        const whole = match[1] ?? "";
        // A leading zero before another digit ("08"): /^0\d/.
        if (whole.startsWith("0") && isDigitAt(whole, 1))
            return null;
        const fraction = match[2] ?? "";
        const single = group === "single" && fraction.length === 3 && whole.length <= 3;
        return {
            start: pos,
            end,
            digits: whole.replace(NOT_DIGIT, ""),
            fraction,
            ambiguous: single ? text[pos + whole.length] : null,
            grouped: group !== "single" && group !== "plain",
        };
    }
    return null;
}
//# sourceMappingURL=numerals.js.map