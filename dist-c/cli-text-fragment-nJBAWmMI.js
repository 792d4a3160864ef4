const EDGE_WORDS = 4;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Percent-encodes a fragment term; `-`, `,` and `&` have meanings in the directive and are encoded too. */
function encodeTerm(text) {
	const wellFormed = text.replace(LONE_SURROGATE, "�");
	return encodeURIComponent(wellFormed).replace(/-/g, "%2D").replace(/[!'()*]/g, encodeChar);
}
function encodeChar(c) {
	return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}
/** `url` with a text fragment for `quote`; `url` unchanged when there is nothing to point at. */
function linkToQuote(url, quote) {
	const words = quote.replace(/\s+/g, " ").trim().replace(/[.:;!?]+$/, "").split(" ").filter((w) => w !== "");
	if (words.length === 0) return url;
	const whole = words.join(" ");
	const directive = whole.length <= 80 || words.length <= 8 ? encodeTerm(whole) : `${encodeTerm(words.slice(0, EDGE_WORDS).join(" "))},${encodeTerm(words.slice(-4).join(" "))}`;
	return `${url.includes("#") ? url.slice(0, url.indexOf("#")) : url}#:~:text=${directive}`;
}
export { linkToQuote as t };

//# sourceMappingURL=cli-text-fragment-nJBAWmMI.js.map