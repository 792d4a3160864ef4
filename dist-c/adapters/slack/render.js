import { blocksOf } from "../../bot/index.js";
import { plainTable, tableCells } from "../plain-table.js";
import { linkToQuote } from "../text-fragment.js";
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP, ACTION_SHARE, ACTION_SOURCES, BUTTON_VALUE_MAX_CHARS, CONTEXT_MAX_ELEMENTS, CONTEXT_TEXT_MAX_CHARS, FALLBACK_TEXT_MAX_CHARS, LINK_URL_MAX_CHARS, MAX_BLOCKS, SECTION_TEXT_MAX_CHARS, SOURCE_PUBLISHER_SHOWN_MAX, SOURCE_QUOTE_SHOWN_MAX, SOURCE_TITLE_SHOWN_MAX, TABLE_CELL_MAX_CHARS, TABLE_CELLS_MAX, TABLE_ROWS_MAX, TABLES_PER_MESSAGE_MAX, } from "./block-kit.js";
import { encodeFeedbackValue } from "./button-values.js";
import { MESSAGES } from "./messages.js";
import { escapeSlack, fitEscaped, oneLine } from "./slack-text.js";
/** Beyond this many documents the rest are counted, not listed. */
export const SOURCES_SHOWN_MAX = CONTEXT_MAX_ELEMENTS;
/** The answer as Block Kit plus a plain fallback; pure, and within every Slack limit whatever the input. */
export function renderAnswer(answer, options = {}) {
    const state = { language: answer.language, tables: 0 };
    const top = questionBlock(answer, options);
    const body = blocksOf(answer).flatMap((block) => renderBlock(block, state));
    // An answer with no words of its own still says so, rather than sending sources alone.
    if (!body.some((b) => b.type === "section" || b.type === "table")) {
        body.unshift(section(MESSAGES[answer.language].noText));
    }
    const actions = buttons(answer, options);
    const tail = actions.length > 0 ? [{ type: "actions", elements: actions }] : [];
    const room = MAX_BLOCKS - top.length - tail.length;
    return { text: fallbackText(answer), blocks: [...top, ...body.slice(0, room), ...tail] };
}
function renderBlock(block, state) {
    const words = MESSAGES[state.language];
    switch (block.kind) {
        case "lead":
            return [section(escapeFit(block.text, SECTION_TEXT_MAX_CHARS))];
        case "note":
            return [
                { type: "context", elements: [mrkdwn(escapeFit(block.text, CONTEXT_TEXT_MAX_CHARS))] },
            ];
        case "yesno": {
            const verdict = block.verdict === "yes" ? words.yes : words.no;
            return [section(`*${verdict}* ${escapeFit(block.text, SECTION_TEXT_MAX_CHARS - 20)}`)];
        }
        case "items":
            return [section(itemLines(block.items, state.language))];
        case "table":
            return tableBlocks(block, state);
        case "sources":
            return block.documents.length > 0 ? [sourcesBlock(block.documents, state.language)] : [];
        default: {
            const _exhaustive = block;
            return _exhaustive;
        }
    }
}
function questionBlock(answer, options) {
    const words = MESSAGES[answer.language];
    // Only a well-formed user id becomes a mention; anything else is dropped rather than echoed.
    const user = options.askedBy && /^[UW][A-Z0-9]{2,20}$/.test(options.askedBy) ? options.askedBy : "";
    if (!user && !options.restate)
        return [];
    const who = user ? words.askedBy(user) : words.question;
    const question = fitEscaped(oneLine(answer.question), CONTEXT_TEXT_MAX_CHARS - who.length - 3);
    return [{ type: "context", elements: [mrkdwn(`${who} _${question || "…"}_`)] }];
}
/** "• …" lines while they fit a section, then "… and N more". */
function itemLines(items, language) {
    const lines = [];
    let used = 0;
    for (const [i, item] of items.entries()) {
        const line = `• ${escapeFit(item, 600)}`;
        const reserve = i < items.length - 1 ? 40 : 0;
        if (used + line.length + 1 + reserve > SECTION_TEXT_MAX_CHARS) {
            lines.push(MESSAGES[language].moreRows(items.length - i));
            break;
        }
        lines.push(line);
        used += line.length + 1;
    }
    return lines.join("\n");
}
/** One native table per message (its rows capped); a further table is aligned text in a code block. */
function tableBlocks(table, state) {
    if (state.tables >= TABLES_PER_MESSAGE_MAX) {
        const text = plainTable(table, state.language, SECTION_TEXT_MAX_CHARS - 8, oneLine);
        return [section(`\`\`\`${escapeSlack(text)}\`\`\``)];
    }
    state.tables += 1;
    const cells = tableCells(table, oneLine).map((row) => row.slice(0, TABLE_CELLS_MAX).map((text) => ({
        type: "raw_text",
        text: cut(text, TABLE_CELL_MAX_CHARS) || "–",
    })));
    const total = table.total ? cells.pop() : undefined;
    const [header = [], ...body] = cells;
    const room = TABLE_ROWS_MAX - 1 - (total ? 1 : 0);
    const shown = body.length > room ? body.slice(0, room - 1) : body;
    const rows = [header, ...shown, ...(total ? [total] : [])];
    const column_settings = table.columns
        .slice(0, TABLE_CELLS_MAX)
        .map((c) => ({ align: c.align, is_wrapped: true }));
    const out = [{ type: "table", rows, column_settings }];
    if (shown.length < body.length) {
        out.push({
            type: "context",
            elements: [mrkdwn(MESSAGES[state.language].moreRows(body.length - shown.length))],
        });
    }
    return out;
}
/** One line per document: linked title, publisher, date and its headline quote. */
function sourcesBlock(documents, language) {
    const hidden = Math.max(0, documents.length - SOURCES_SHOWN_MAX);
    const shown = documents.slice(0, hidden > 0 ? SOURCES_SHOWN_MAX - 1 : SOURCES_SHOWN_MAX);
    // The headline figure's quote is shown once, on its document's line; the rest are behind the button.
    const elements = shown.map((d, i) => mrkdwn(sourceLine(i === 0 ? d : { ...d, quote: "" }, language)));
    if (hidden > 0)
        elements.push(mrkdwn(MESSAGES[language].moreRows(documents.length - shown.length)));
    return { type: "context", elements };
}
export function sourceLine(doc, language) {
    const title = escapeFit(oneLine(doc.title) || doc.docId, SOURCE_TITLE_SHOWN_MAX);
    const url = linkableUrl(doc.url === null ? null : linkToQuote(doc.url, doc.quote));
    const name = url ? `<${url}|${title}>` : title;
    const meta = [shortPublisher(doc.publisher), doc.date]
        .filter((m) => !!m)
        .map((m) => escapeFit(oneLine(m), SOURCE_PUBLISHER_SHOWN_MAX));
    if (!url)
        meta.push(`_${MESSAGES[language].noAddress}_`);
    const quote = escapeFit(oneLine(doc.quote), SOURCE_QUOTE_SHOWN_MAX);
    const line = `[${doc.n}] ${[name, ...meta].join(" · ")}${quote ? ` — “${quote}”` : ""}`;
    return line.length <= CONTEXT_TEXT_MAX_CHARS ? line : escapeFit(oneLine(doc.title), 200);
}
/** "Regeringskansliet, Socialdepartementet" → "Regeringskansliet": the department is in the document. */
export function shortPublisher(publisher) {
    return publisher?.split(",")[0]?.trim() || null;
}
/** Every quote of the answer, grouped by document: what the sources button shows the asker. */
export function renderSourceQuotes(answer) {
    const words = MESSAGES[answer.language];
    const byId = new Map(answer.citations.map((c) => [c.id, c]));
    const documents = blocksOf(answer).flatMap((b) => (b.kind === "sources" ? b.documents : []));
    const blocks = documents.slice(0, MAX_BLOCKS).map((doc) => {
        const head = sourceLine({ ...doc, quote: "" }, answer.language);
        const quotes = doc.citations.map((id) => `> ${escapeFit(oneLine(byId.get(id)?.quote ?? ""), 700)}`);
        const text = [head, ...quotes].join("\n");
        return section(text.length <= SECTION_TEXT_MAX_CHARS ? text : escapeFit(text, SECTION_TEXT_MAX_CHARS));
    });
    if (blocks.length === 0)
        blocks.push(section(words.noSources));
    const text = fitEscaped(documents.map((d) => `[${d.n}] ${oneLine(d.title)}: ${oneLine(d.quote)}`).join("\n") ||
        words.noSources, FALLBACK_TEXT_MAX_CHARS);
    return { text, blocks };
}
/** An http(s) address safe inside `<url|title>`, or null to show the title unlinked. */
function linkableUrl(url) {
    if (url === null || url.length > LINK_URL_MAX_CHARS)
        return null;
    let href;
    try {
        href = new URL(url).href;
    }
    catch {
        return null;
    }
    if (!/^https?:\/\//.test(href))
        return null;
    return href
        .replace(/\|/g, "%7C")
        .replace(/&/g, "&amp;")
        .replace(/</g, "%3C")
        .replace(/>/g, "%3E");
}
function buttons(answer, options) {
    const words = MESSAGES[answer.language];
    const out = [];
    const fits = (v) => v !== undefined && v.length > 0 && v.length <= BUTTON_VALUE_MAX_CHARS;
    if (fits(options.sourcesValue) && answer.citations.length > 0) {
        out.push(button(ACTION_SOURCES, words.sourcesButton, options.sourcesValue));
    }
    if (fits(options.shareValue))
        out.push(button(ACTION_SHARE, words.share, options.shareValue, "primary"));
    if (options.feedback !== false) {
        const value = encodeFeedbackValue(answer);
        out.push(button(ACTION_FEEDBACK_UP, words.helpful, value));
        out.push(button(ACTION_FEEDBACK_DOWN, words.notHelpful, value));
    }
    return out;
}
function button(id, text, value, style) {
    const element = {
        type: "button",
        action_id: id,
        text: { type: "plain_text", text, emoji: true },
        value,
    };
    return style ? { ...element, style } : element;
}
/** Plain text for notifications and clients without blocks (or tables): the answer, then the titles. */
function fallbackText(answer) {
    const language = answer.language;
    const parts = [];
    let sources = "";
    for (const block of blocksOf(answer)) {
        switch (block.kind) {
            case "lead":
            case "note":
                parts.push(block.text);
                break;
            case "yesno":
                parts.push(`${block.verdict === "yes" ? MESSAGES[language].yes : MESSAGES[language].no} ${block.text}`);
                break;
            case "items":
                parts.push(block.items.map((i) => `• ${i}`).join("\n"));
                break;
            case "table":
                parts.push(plainTable(block, language, 2000, oneLine));
                break;
            case "sources":
                sources = block.documents.map((d) => `[${d.n}] ${oneLine(d.title) || d.docId}`).join("; ");
                break;
            default: {
                const _exhaustive = block;
                return _exhaustive;
            }
        }
    }
    const text = parts.join("\n").trim() || MESSAGES[language].noText;
    const tail = sources ? `\n\n${MESSAGES[language].sources}: ${sources}` : "";
    return fitEscaped(`${text}${tail}`, FALLBACK_TEXT_MAX_CHARS);
}
function escapeFit(text, max) {
    return fitEscaped(text.trim(), max);
}
function cut(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function section(text) {
    return { type: "section", text: mrkdwn(text) };
}
function mrkdwn(text) {
    return { type: "mrkdwn", text };
}
//# sourceMappingURL=render.js.map