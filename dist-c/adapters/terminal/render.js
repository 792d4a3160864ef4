import { blocksOf } from "../../bot/index.js";
import { plainTable } from "../plain-table.js";
import { oneLine, stripControl } from "./sanitize.js";
const STYLES = {
    bold: "\u001b[1m",
    dim: "\u001b[2m",
    cyan: "\u001b[36m",
    yellow: "\u001b[33m",
};
const RESET = "\u001b[0m";
/** A terminal table is wide enough for a laptop window; longer cells are cut. */
export const TABLE_MAX_CHARS = 4000;
export const TABLE_CELL_MAX = 48;
/** A source line shows this much of its headline quote; `sources` shows every quote whole. */
export const SOURCE_QUOTE_SHOWN_MAX = 160;
function painter(color) {
    return color ? (style, text) => `${STYLES[style]}${text}${RESET}` : (_style, text) => text;
}
const WORDS = {
    sv: {
        sources: "Källor",
        yes: "Ja.",
        no: "Nej.",
        noAddress: "ingen offentlig adress",
        more: "skriv ”källor” för alla citat",
    },
    en: {
        sources: "Sources",
        yes: "Yes.",
        no: "No.",
        noAddress: "no public address",
        more: "type “sources” for every quote",
    },
};
const QUOTES = { sv: ["”", "”"], en: ["“", "”"] };
/** An answer as plain terminal text: the answer, then one line per document with its headline quote. */
export function renderAnswer(answer, options) {
    const paint = painter(options.color);
    const lang = answer.language;
    const parts = blocksOf(answer).map((block) => renderBlock(block, lang, paint));
    const text = parts.filter((p) => p !== "").join("\n");
    return answer.answered ? text : paint("yellow", text);
}
function renderBlock(block, lang, paint) {
    switch (block.kind) {
        case "lead":
        case "note":
            return stripControl(block.text, true).trim();
        case "yesno":
            return `${paint("bold", block.verdict === "yes" ? WORDS[lang].yes : WORDS[lang].no)} ${oneLine(block.text)}`;
        case "items":
            return block.items.map((i) => `• ${oneLine(i)}`).join("\n");
        case "table":
            return plainTable(block, lang, TABLE_MAX_CHARS, oneLine, TABLE_CELL_MAX);
        case "sources": {
            const lines = block.documents.flatMap((d) => sourceLines(d, lang, paint, SOURCE_QUOTE_SHOWN_MAX));
            return ["", paint("bold", `${WORDS[lang].sources}:`), ...lines].join("\n");
        }
        default: {
            const _exhaustive = block;
            return _exhaustive;
        }
    }
}
function sourceLines(doc, lang, paint, quoteMax) {
    const [open, close] = QUOTES[lang];
    const title = oneLine(doc.title) || oneLine(doc.docId);
    const meta = [doc.publisher, doc.date].filter((m) => !!m).map(oneLine);
    // The file name too: in a terminal the reader may want to open the document itself.
    const about = [`(${oneLine(doc.docId)})`, ...meta].join(" · ");
    const head = `  ${paint("bold", `[${doc.n}]`)} ${title} ${paint("dim", about)}`;
    const lines = [head];
    const quote = oneLine(doc.quote);
    if (quote !== "" && quoteMax > 0) {
        const shown = quote.length <= quoteMax ? quote : `${quote.slice(0, quoteMax - 1)}…`;
        lines.push(`      ${paint("dim", `${open}${shown}${close}`)}`);
    }
    const url = doc.url === null ? "" : oneLine(doc.url);
    lines.push(`      ${url !== "" ? paint("cyan", url) : paint("dim", `(${WORDS[lang].noAddress})`)}`);
    return lines;
}
/** Every quote of an answer, by document: the chat's `sources` command after an answer. */
export function renderSourceQuotes(answer, options) {
    const paint = painter(options.color);
    const lang = answer.language;
    const [open, close] = QUOTES[lang];
    const byId = new Map(answer.citations.map((c) => [c.id, c]));
    const lines = [paint("bold", `${WORDS[lang].sources}:`)];
    for (const block of blocksOf(answer)) {
        if (block.kind !== "sources")
            continue;
        for (const doc of block.documents) {
            lines.push(...sourceLines(doc, lang, paint, 0));
            for (const id of doc.citations) {
                const quote = oneLine(byId.get(id)?.quote ?? "");
                lines.push(`      ${paint("dim", `${open}${quote}${close}`)}`);
            }
        }
    }
    return lines.join("\n");
}
//# sourceMappingURL=render.js.map