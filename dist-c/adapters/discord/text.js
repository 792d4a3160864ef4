const ZWSP = "\u200b";
export const ELLIPSIS = "…";
/**
 * Makes mentions inert even if `allowed_mentions` were ever lost (copy-paste, a quote in a document):
 * `@everyone`/`@here` get a zero-width space after the `@`, and `<@…>`, `<@&…>`, `<#…>` after the `<`.
 */
export function neutraliseMentions(text) {
    return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#])/g, `<${ZWSP}`);
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Makes document text inert as markdown: emphasis, spoilers and code marks are escaped, a masked link
 * `[label](url)` is broken with a zero-width space, so no deceptive link can appear (a bare address shows
 * itself, so it may stay linked).
 */
export function neutraliseMarkdown(text) {
    return text
        .replace(/[\\*_~`|]/g, "\\$&")
        .replace(/\]\(/g, `]${ZWSP}(`)
        .replace(/^(\s*)([>#]|-#)/gm, "$1\\$2");
}
/** Text safe to send: well-formed UTF-16 (a lone surrogate cannot be encoded), mention- and markdown-free. */
export function displayable(text) {
    return neutraliseMarkdown(neutraliseMentions(text.replace(LONE_SURROGATE, "\uFFFD")));
}
/** Cuts to at most `max` UTF-16 units, ending in an ellipsis, never splitting a surrogate pair. */
export function truncate(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 0)
        return "";
    if (max === 1)
        return ELLIPSIS;
    let end = max - ELLIPSIS.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
/** Only plain http(s) addresses are linked; anything that could break out of `<…>` is dropped. */
export function safeUrl(url) {
    if (url === null || url.length > URL_MAX)
        return null;
    if (neutraliseMentions(url) !== url)
        return null;
    return /^https?:\/\/[^\s<>]+$/i.test(url) ? url : null;
}
/** Longer addresses are not linked: they would crowd out the quote in a 1,024-character field. */
export const URL_MAX = 512;
//# sourceMappingURL=text.js.map