/** True for characters that can drive a terminal: C0/C1 controls and bidi overrides/isolates. */
function isUnsafe(code) {
    return (code <= 0x1f ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069));
}
/**
 * Drops control characters from text that came from a user or a document, so that nothing
 * printed can emit escape sequences; tabs become spaces and, when asked, newlines survive.
 */
export function stripControl(text, keepNewlines = false) {
    let out = "";
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === "\t")
            out += " ";
        else if (ch === "\n" && keepNewlines)
            out += ch;
        else if (!isUnsafe(code))
            out += ch;
    }
    return out;
}
/** One line for display: controls dropped, every run of whitespace folded to one space. */
export function oneLine(text) {
    return stripControl(text.replace(/\s+/g, " ")).trim();
}
//# sourceMappingURL=sanitize.js.map