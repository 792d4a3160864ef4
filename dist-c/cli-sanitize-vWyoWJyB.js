// dist/adapters/terminal/sanitize.js
/** True for characters that can drive a terminal: C0/C1 controls and bidi overrides/isolates. */
function isUnsafe(code) {
	return code <= 31 || code >= 127 && code <= 159 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297;
}
/**
* Drops control characters from text that came from a user or a document, so that nothing
* printed can emit escape sequences; tabs become spaces and, when asked, newlines survive.
*/
function stripControl(text, keepNewlines = false) {
	let out = "";
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0;
		if (ch === "	") out += " ";
		else if (ch === "\n" && keepNewlines) out += ch;
		else if (!isUnsafe(code)) out += ch;
	}
	return out;
}
/** One line for display: controls dropped, every run of whitespace folded to one space. */
function oneLine(text) {
	return stripControl(text.replace(/\s+/g, " ")).trim();
}
export { stripControl as n, oneLine as t };

//# sourceMappingURL=cli-sanitize-vWyoWJyB.js.map