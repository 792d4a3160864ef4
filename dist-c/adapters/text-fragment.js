// A link that takes the reader to the quoted sentence itself: a URL text fragment (`#:~:text=…`), which
// browsers scroll to and highlight. Long quotes become a `start,end` pair so the address stays short.
/** A quote up to this long is matched whole; longer ones by their first and last words. */
export const FRAGMENT_WHOLE_MAX_CHARS = 80;
const EDGE_WORDS = 4;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Percent-encodes a fragment term; `-`, `,` and `&` have meanings in the directive and are encoded too. */
function encodeTerm(text) {
    // A lone surrogate cannot be percent-encoded; it is shown as the replacement character instead.
    const wellFormed = text.replace(LONE_SURROGATE, "\uFFFD");
    return encodeURIComponent(wellFormed)
        .replace(/-/g, "%2D")
        .replace(/[!'()*]/g, encodeChar);
}
function encodeChar(c) {
    return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}
/** `url` with a text fragment for `quote`; `url` unchanged when there is nothing to point at. */
export function linkToQuote(url, quote) {
    const words = quote
        .replace(/\s+/g, " ")
        .trim()
        .replace(/[.:;!?]+$/, "")
        .split(" ")
        .filter((w) => w !== "");
    if (words.length === 0)
        return url;
    const whole = words.join(" ");
    const directive = whole.length <= FRAGMENT_WHOLE_MAX_CHARS || words.length <= EDGE_WORDS * 2
        ? encodeTerm(whole)
        : `${encodeTerm(words.slice(0, EDGE_WORDS).join(" "))},${encodeTerm(words.slice(-EDGE_WORDS).join(" "))}`;
    const base = url.includes("#") ? url.slice(0, url.indexOf("#")) : url;
    return `${base}#:~:text=${directive}`;
}
//# sourceMappingURL=text-fragment.js.map