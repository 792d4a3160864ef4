/** Escapes Slack's control characters so that text from users and documents is shown, never parsed. */
export function escapeSlack(text) {
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    // A bare "@here" is inert in Slack, but a zero-width space keeps it inert wherever the text is pasted next.
    return neutraliseMrkdwn(escaped.replace(/@(?=(?:everyone|here|channel)\b)/gi, "@\u200b"));
}
/**
 * Slack's mrkdwn has no escape character: a zero-width space after each formatting mark (bold, italic,
 * strike, code, fences) keeps document text from formatting itself. Links need `<url|label>`, which the
 * escaped `<` never forms, and a bare address shows itself.
 */
export function neutraliseMrkdwn(text) {
    return text.replace(/[*_~`]/g, "$&\u200b");
}
/** Escapes `raw`, shortened first (with an ellipsis) so that the escaped result has at most `max` characters. */
export function fitEscaped(raw, max) {
    if (max < 1)
        return "";
    let room = max;
    for (;;) {
        const escaped = escapeSlack(shorten(raw, room));
        if (escaped.length <= max || room <= 1)
            return escaped.length <= max ? escaped : "…";
        room = Math.max(1, Math.min(room - 1, Math.floor((room * max) / escaped.length)));
    }
}
/** Shortens to at most `max` characters, preferring a word boundary, ending in "…". */
export function shorten(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return "…";
    let cut = max - 1;
    // Never split a surrogate pair.
    if (isHighSurrogate(text.charCodeAt(cut - 1)))
        cut -= 1;
    const space = text.lastIndexOf(" ", cut);
    if (space > cut * 0.7)
        cut = space;
    return `${text.slice(0, cut).trimEnd()}…`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
/** Collapses runs of whitespace (quotes span lines in the documents) to single spaces. */
export function oneLine(text) {
    return text.replace(/\s+/g, " ").trim();
}
const LEADING_MENTIONS = /^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/;
/** Turns a Slack message into the plain question: leading @mentions dropped, markup made literal. */
export function questionFromSlack(text) {
    return slackToPlain(text.replace(LEADING_MENTIONS, "")).trim();
}
/** Slack's `<…>` tokens to what a person sees, then entities back to characters. */
export function slackToPlain(text) {
    const plain = text.replace(/<([^<>]*)>/g, (_match, inner) => plainToken(inner));
    return plain.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function plainToken(inner) {
    const bar = inner.indexOf("|");
    const target = bar === -1 ? inner : inner.slice(0, bar);
    const label = bar === -1 ? null : inner.slice(bar + 1);
    if (target.startsWith("@"))
        return label ? `@${label.replace(/^@/, "")}` : target;
    if (target.startsWith("#"))
        return label ? `#${label}` : target;
    if (target.startsWith("!"))
        return label ?? `@${target.slice(1).split("^")[0] ?? ""}`;
    return label ?? target;
}
//# sourceMappingURL=slack-text.js.map