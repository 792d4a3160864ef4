// The lines of a text as `[^\r\n]*(?:\r\n|\r|\n|$)` reads them, found without a regex match and copy per line:
// `test` moves `lastIndex` past the one unit found, so no match array is made per line.
const NEWLINE = /[\r\n]/g;
/** Where the line starting at `start` ends (before its line break). */
export function lineEnd(text, start) {
    NEWLINE.lastIndex = start;
    return NEWLINE.test(text) ? NEWLINE.lastIndex - 1 : text.length;
}
/** Where the next line starts, after the line break at `end` ("\r\n" is one). */
export function nextLine(text, end) {
    return end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
}
// The first character that `trim` keeps (`\S` is what it does not strip).
const NOT_SPACE = /\S/g;
/** Where the line's first non-space character is (`end`: a blank line). */
export function firstNonSpace(text, start, end) {
    NOT_SPACE.lastIndex = start;
    const at = NOT_SPACE.test(text) ? NOT_SPACE.lastIndex - 1 : end;
    return Math.min(at, end);
}
//# sourceMappingURL=lines.js.map