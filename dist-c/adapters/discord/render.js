import { ButtonStyle, ComponentType, } from "discord.js";
import { blocksOf } from "../../bot/index.js";
import { plainTable } from "../plain-table.js";
import { linkToQuote } from "../text-fragment.js";
import { feedbackCustomId, sourcesCustomId } from "./feedback.js";
import { displayable, safeUrl, truncate } from "./text.js";
// Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const CONTENT_MAX = 2000;
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const FIELD_NAME_MAX = 256;
export const FIELD_VALUE_MAX = 1024;
export const FOOTER_MAX = 2048;
export const EMBED_TOTAL_MAX = 6000;
// Our own choices, so that one long part cannot crowd out the rest.
export const TITLE_SHOWN_MAX = 200;
export const QUOTE_MAX = 300;
/** A source line shows this much of its headline quote; the sources button shows every quote whole. */
export const SOURCE_QUOTE_SHOWN_MAX = 70;
export const SOURCE_TITLE_SHOWN_MAX = 80;
/** An aligned table in a code block: narrow enough for a phone, short enough to leave room for sources. */
export const TABLE_CODE_MAX = 1800;
export const TABLE_CELL_MAX = 36;
/** Room kept at the end of the description for the sources. */
export const SOURCES_RESERVE = 1200;
/** One colour per kind of answer, so a glance tells a figure from a decline. */
export const COLOURS = {
    figure: 0x2e7d32,
    table: 0x6a1b9a,
    yesno: 0x1565c0,
    text: 0x5865f2,
    declined: 0x9e9e9e,
};
export const FOOTER = {
    sv: "Svaren kommer enbart från de citerade dokumenten",
    en: "Answers come only from the cited documents",
};
const WORDS = {
    sv: {
        up: "Hjälpsamt",
        down: "Inte hjälpsamt",
        sources: "Källor",
        yes: "Ja.",
        no: "Nej.",
        noAddress: "ingen offentlig adress",
        none: "Svaret bygger inte på något dokument.",
    },
    en: {
        up: "Helpful",
        down: "Not helpful",
        sources: "Sources",
        yes: "Yes.",
        no: "No.",
        noAddress: "no public address",
        none: "This answer rests on no document.",
    },
};
/** The answer as one embed within every Discord limit: shortened, never rejected. */
export function renderAnswer(answer, options = {}) {
    const lang = answer.language;
    const footer = truncate(FOOTER[lang], FOOTER_MAX);
    const title = options.showQuestion === false ? "" : truncate(clean(answer.question), TITLE_SHOWN_MAX);
    const blocks = blocksOf(answer);
    const budget = Math.min(EMBED_DESCRIPTION_MAX, EMBED_TOTAL_MAX - title.length - footer.length);
    const description = describe(blocks, lang, budget) || "—";
    const embed = {
        description,
        footer: { text: footer },
        color: colourOf(answer, blocks),
    };
    if (title)
        embed.title = title;
    const components = options.feedbackId ? [buttonRow(options.feedbackId, answer)] : [];
    return { embeds: [embed], components };
}
function colourOf(answer, blocks) {
    if (!answer.answered)
        return COLOURS.declined;
    if (blocks.some((b) => b.kind === "table"))
        return COLOURS.table;
    if (blocks.some((b) => b.kind === "yesno"))
        return COLOURS.yesno;
    return answer.figures.length > 0 ? COLOURS.figure : COLOURS.text;
}
/** The blocks as markdown: the answer first, the sources within what is left. */
function describe(blocks, lang, budget) {
    const body = blocks.filter((b) => b.kind !== "sources").map((b) => blockText(b, lang));
    const sources = blocks.flatMap((b) => b.kind === "sources" ? [sourceLines(b.documents, lang)] : []);
    const sourceText = truncate(sources.join("\n"), Math.min(SOURCES_RESERVE, Math.floor(budget / 3)));
    const room = budget - (sourceText ? sourceText.length + 2 : 0);
    const main = truncate(body.filter((t) => t !== "").join("\n"), room);
    return [main, sourceText].filter((t) => t !== "").join("\n\n");
}
function blockText(block, lang) {
    switch (block.kind) {
        case "lead":
            return clean(block.text);
        case "note":
            return `*${clean(block.text)}*`;
        case "yesno":
            return `**${block.verdict === "yes" ? WORDS[lang].yes : WORDS[lang].no}** ${clean(block.text)}`;
        case "items":
            return block.items.map((i) => `• ${clean(i)}`).join("\n");
        case "table":
            return `\`\`\`\n${plainTable(block, lang, TABLE_CODE_MAX, codeSafe, TABLE_CELL_MAX)}\n\`\`\``;
        case "sources":
            return sourceLines(block.documents, lang);
        default: {
            const _exhaustive = block;
            return _exhaustive;
        }
    }
}
function sourceLines(documents, lang) {
    // The headline figure's quote is shown once, on its document's line; the rest are behind the button.
    return documents
        .map((d, i) => sourceLine(d, lang, i === 0 ? SOURCE_QUOTE_SHOWN_MAX : 0))
        .join("\n");
}
/** `[1] [title](url) · publisher · date` and the headline quote; the address points at the quote. */
export function sourceLine(doc, lang, quoteMax) {
    const title = maskText(truncate(clean(doc.title) || clean(doc.docId), SOURCE_TITLE_SHOWN_MAX));
    const url = doc.url === null ? null : safeUrl(linkToQuote(doc.url, doc.quote));
    const name = url ? `[${title}](${url})` : title;
    const publisher = doc.publisher?.split(",")[0]?.trim() || null;
    const meta = [publisher, doc.date].filter((m) => !!m).map(clean);
    if (!url)
        meta.push(`*${WORDS[lang].noAddress}*`);
    const quote = quoteMax > 0 ? truncate(clean(doc.quote), quoteMax) : "";
    return `\`[${doc.n}]\` ${[name, ...meta].join(" · ")}${quote ? `\n> ${quote}` : ""}`;
}
/** Every quote of the answer, grouped by document: what the sources button shows the asker. */
export function renderSourceQuotes(answer) {
    const lang = answer.language;
    const byId = new Map(answer.citations.map((c) => [c.id, c]));
    const documents = blocksOf(answer).flatMap((b) => (b.kind === "sources" ? b.documents : []));
    const parts = documents.map((d) => {
        const quotes = d.citations.map((id) => `> ${truncate(clean(byId.get(id)?.quote ?? ""), QUOTE_MAX)}`);
        return [sourceLine(d, lang, 0), ...quotes].join("\n");
    });
    const description = truncate(parts.join("\n\n") || WORDS[lang].none, EMBED_DESCRIPTION_MAX);
    const title = WORDS[lang].sources;
    return { embeds: [{ title, description, color: COLOURS.text }], components: [] };
}
/** A short plain-text message (notes, apologies), neutralised and within the content limit. */
export function renderNotice(text) {
    return { content: truncate(displayable(text), CONTENT_MAX), embeds: [], components: [] };
}
/** Every character Discord counts towards an embed's 6,000. */
export function embedSize(embed) {
    const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
    return ((embed.title?.length ?? 0) +
        (embed.description?.length ?? 0) +
        (embed.footer?.text.length ?? 0) +
        (embed.author?.name.length ?? 0) +
        fields);
}
function clean(text) {
    return displayable(text.replace(/\s+/g, " ").trim());
}
/** A masked link's text may not close its own brackets. */
function maskText(text) {
    return text.replace(/[[\]]/g, (c) => (c === "[" ? "(" : ")"));
}
/** Inside a code block only a closing fence could escape. */
function codeSafe(text) {
    return clean(text).replace(/`/g, "'");
}
function buttonRow(id, answer) {
    const lang = answer.language;
    const button = (customId, emoji, label) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: customId,
        emoji: { name: emoji },
        label,
    });
    const components = [
        button(feedbackCustomId("up", id), "👍", WORDS[lang].up),
        button(feedbackCustomId("down", id), "👎", WORDS[lang].down),
    ];
    if (answer.citations.length > 0) {
        components.unshift(button(sourcesCustomId(id), "📄", WORDS[lang].sources));
    }
    return { type: ComponentType.ActionRow, components };
}
//# sourceMappingURL=render.js.map