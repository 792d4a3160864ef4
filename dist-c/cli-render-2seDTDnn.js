import { u as blocksOf } from "./cli-bot-yKxFviL5.js";
import { n as plainTable } from "./cli-plain-table-RDtlfawY.js";
import { t as linkToQuote } from "./cli-text-fragment-nJBAWmMI.js";
import { t as createBoundedMap } from "./cli-bounded-map-CIN9NrKS.js";
import { ButtonStyle, ComponentType } from "discord.js";
import { randomBytes } from "node:crypto";
// dist/adapters/discord/feedback.js
const PREFIX = "gms:fb:";
const REASON_PREFIX = "gms:why:";
const TOKEN_MAX = 100 - `${PREFIX}down:`.length;
function feedbackCustomId(vote, id) {
	return `${PREFIX}${vote}:${id}`;
}
/** `null` unless the custom id is one of ours. */
function parseFeedbackCustomId(customId) {
	const match = /^gms:fb:(up|down):([\s\S]{1,100})$/.exec(customId);
	if (!match?.[1] || !match[2]) return null;
	return {
		vote: match[1],
		id: match[2]
	};
}
const SOURCES_PREFIX = "gms:src:";
function sourcesCustomId(id) {
	return `${SOURCES_PREFIX}${id}`;
}
/** The answer id of a sources button, or `null` unless the custom id is one of ours. */
function parseSourcesCustomId(customId) {
	return /^gms:src:([\s\S]{1,100})$/.exec(customId)?.[1] ?? null;
}
/** The "what was wrong?" modal's custom id: the same token as the 👎 it follows. */
function reasonCustomId(id) {
	return `${REASON_PREFIX}${id}`;
}
function parseReasonCustomId(customId) {
	return customId.startsWith(REASON_PREFIX) ? customId.slice(8) || null : null;
}
/** The key that tells one answer from another in the log, from the token's random part. */
function answerKey(id) {
	return `discord:${id.split(".")[0] ?? id}`;
}
/**
* Tokens are `random.answered.intent.question…`, the question cut to fit the custom_id: clicks on
* answers from before a restart still log their question, and the store adds the untruncated one.
*/
function createFeedbackStore(max) {
	const subjects = createBoundedMap(max);
	const answers = createBoundedMap(max);
	return {
		remember(answer) {
			const head = `${randomBytes(6).toString("base64url")}.${answer.answered ? 1 : 0}.${answer.intent.slice(0, 20)}.`;
			const id = `${head}${answer.question.slice(0, TOKEN_MAX - head.length)}`;
			subjects.set(id, {
				question: answer.question.slice(0, 500),
				intent: answer.intent,
				answered: answer.answered
			});
			answers.set(id, answer);
			return id;
		},
		recall: (id) => subjects.get(id) ?? decodeToken(id),
		answer: (id) => answers.get(id)
	};
}
function decodeToken(id) {
	const [random, answered, intent, ...rest] = id.split(".");
	if (!random || answered !== "0" && answered !== "1" || !intent) return void 0;
	return {
		question: rest.join("."),
		intent,
		answered: answered === "1"
	};
}
// dist/adapters/discord/text.js
const ZWSP = "​";
/**
* Makes mentions inert even if `allowed_mentions` were ever lost (copy-paste, a quote in a document):
* `@everyone`/`@here` get a zero-width space after the `@`, and `<@…>`, `<@&…>`, `<#…>` after the `<`.
*/
function neutraliseMentions(text) {
	return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#])/g, `<${ZWSP}`);
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
* Makes document text inert as markdown: emphasis, spoilers and code marks are escaped, a masked link
* `[label](url)` is broken with a zero-width space, so no deceptive link can appear (a bare address shows
* itself, so it may stay linked).
*/
function neutraliseMarkdown(text) {
	return text.replace(/[\\*_~`|]/g, "\\$&").replace(/\]\(/g, `]${ZWSP}(`).replace(/^(\s*)([>#]|-#)/gm, "$1\\$2");
}
/** Text safe to send: well-formed UTF-16 (a lone surrogate cannot be encoded), mention- and markdown-free. */
function displayable(text) {
	return neutraliseMarkdown(neutraliseMentions(text.replace(LONE_SURROGATE, "�")));
}
/** Cuts to at most `max` UTF-16 units, ending in an ellipsis, never splitting a surrogate pair. */
function truncate(text, max) {
	if (text.length <= max) return text;
	if (max <= 0) return "";
	if (max === 1) return "…";
	let end = max - 1;
	const last = text.charCodeAt(end - 1);
	if (last >= 55296 && last <= 56319) end -= 1;
	return `${text.slice(0, end).trimEnd()}…`;
}
/** Only plain http(s) addresses are linked; anything that could break out of `<…>` is dropped. */
function safeUrl(url) {
	if (url === null || url.length > 512) return null;
	if (neutraliseMentions(url) !== url) return null;
	return /^https?:\/\/[^\s<>]+$/i.test(url) ? url : null;
}
// dist/adapters/discord/render.js
const CONTENT_MAX = 2e3;
const EMBED_DESCRIPTION_MAX = 4096;
const FOOTER_MAX = 2048;
const EMBED_TOTAL_MAX = 6e3;
/** An aligned table in a code block: narrow enough for a phone, short enough to leave room for sources. */
const TABLE_CODE_MAX = 1800;
/** Room kept at the end of the description for the sources. */
const SOURCES_RESERVE = 1200;
/** One colour per kind of answer, so a glance tells a figure from a decline. */
const COLOURS = {
	figure: 3046706,
	table: 6953882,
	yesno: 1402304,
	text: 5793266,
	declined: 10395294
};
const FOOTER = {
	sv: "Svaren kommer enbart från de citerade dokumenten",
	en: "Answers come only from the cited documents"
};
const WORDS = {
	sv: {
		up: "Hjälpsamt",
		down: "Inte hjälpsamt",
		sources: "Källor",
		yes: "Ja.",
		no: "Nej.",
		noAddress: "ingen offentlig adress",
		none: "Svaret bygger inte på något dokument."
	},
	en: {
		up: "Helpful",
		down: "Not helpful",
		sources: "Sources",
		yes: "Yes.",
		no: "No.",
		noAddress: "no public address",
		none: "This answer rests on no document."
	}
};
/** The answer as one embed within every Discord limit: shortened, never rejected. */
function renderAnswer(answer, options = {}) {
	const lang = answer.language;
	const footer = truncate(FOOTER[lang], FOOTER_MAX);
	const title = options.showQuestion === false ? "" : truncate(clean(answer.question), 200);
	const blocks = blocksOf(answer);
	const embed = {
		description: describe(blocks, lang, Math.min(4096, 6e3 - title.length - footer.length)) || "—",
		footer: { text: footer },
		color: colourOf(answer, blocks)
	};
	if (title) embed.title = title;
	const components = options.feedbackId ? [buttonRow(options.feedbackId, answer)] : [];
	return {
		embeds: [embed],
		components
	};
}
function colourOf(answer, blocks) {
	if (!answer.answered) return COLOURS.declined;
	if (blocks.some((b) => b.kind === "table")) return COLOURS.table;
	if (blocks.some((b) => b.kind === "yesno")) return COLOURS.yesno;
	return answer.figures.length > 0 ? COLOURS.figure : COLOURS.text;
}
/** The blocks as markdown: the answer first, the sources within what is left. */
function describe(blocks, lang, budget) {
	const body = blocks.filter((b) => b.kind !== "sources").map((b) => blockText(b, lang));
	const sourceText = truncate(blocks.flatMap((b) => b.kind === "sources" ? [sourceLines(b.documents, lang)] : []).join("\n"), Math.min(SOURCES_RESERVE, Math.floor(budget / 3)));
	const room = budget - (sourceText ? sourceText.length + 2 : 0);
	return [truncate(body.filter((t) => t !== "").join("\n"), room), sourceText].filter((t) => t !== "").join("\n\n");
}
function blockText(block, lang) {
	switch (block.kind) {
		case "lead": return clean(block.text);
		case "note": return `*${clean(block.text)}*`;
		case "yesno": return `**${block.verdict === "yes" ? WORDS[lang].yes : WORDS[lang].no}** ${clean(block.text)}`;
		case "items": return block.items.map((i) => `• ${clean(i)}`).join("\n");
		case "table": return `\`\`\`\n${plainTable(block, lang, TABLE_CODE_MAX, codeSafe, 36)}\n\`\`\``;
		case "sources": return sourceLines(block.documents, lang);
		default: return block;
	}
}
function sourceLines(documents, lang) {
	return documents.map((d, i) => sourceLine(d, lang, i === 0 ? 70 : 0)).join("\n");
}
/** `[1] [title](url) · publisher · date` and the headline quote; the address points at the quote. */
function sourceLine(doc, lang, quoteMax) {
	const title = maskText(truncate(clean(doc.title) || clean(doc.docId), 80));
	const url = doc.url === null ? null : safeUrl(linkToQuote(doc.url, doc.quote));
	const name = url ? `[${title}](${url})` : title;
	const meta = [doc.publisher?.split(",")[0]?.trim() || null, doc.date].filter((m) => !!m).map(clean);
	if (!url) meta.push(`*${WORDS[lang].noAddress}*`);
	const quote = quoteMax > 0 ? truncate(clean(doc.quote), quoteMax) : "";
	return `\`[${doc.n}]\` ${[name, ...meta].join(" · ")}${quote ? `\n> ${quote}` : ""}`;
}
/** Every quote of the answer, grouped by document: what the sources button shows the asker. */
function renderSourceQuotes(answer) {
	const lang = answer.language;
	const byId = new Map(answer.citations.map((c) => [c.id, c]));
	const description = truncate(blocksOf(answer).flatMap((b) => b.kind === "sources" ? b.documents : []).map((d) => {
		const quotes = d.citations.map((id) => `> ${truncate(clean(byId.get(id)?.quote ?? ""), 300)}`);
		return [sourceLine(d, lang, 0), ...quotes].join("\n");
	}).join("\n\n") || WORDS[lang].none, EMBED_DESCRIPTION_MAX);
	return {
		embeds: [{
			title: WORDS[lang].sources,
			description,
			color: COLOURS.text
		}],
		components: []
	};
}
/** A short plain-text message (notes, apologies), neutralised and within the content limit. */
function renderNotice(text) {
	return {
		content: truncate(displayable(text), CONTENT_MAX),
		embeds: [],
		components: []
	};
}
function clean(text) {
	return displayable(text.replace(/\s+/g, " ").trim());
}
/** A masked link's text may not close its own brackets. */
function maskText(text) {
	return text.replace(/[[\]]/g, (c) => c === "[" ? "(" : ")");
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
		label
	});
	const components = [button(feedbackCustomId("up", id), "👍", WORDS[lang].up), button(feedbackCustomId("down", id), "👎", WORDS[lang].down)];
	if (answer.citations.length > 0) components.unshift(button(sourcesCustomId(id), "📄", WORDS[lang].sources));
	return {
		type: ComponentType.ActionRow,
		components
	};
}
export { parseSourcesCustomId as _, FOOTER as a, TABLE_CODE_MAX as c, renderSourceQuotes as d, sourceLine as f, parseReasonCustomId as g, parseFeedbackCustomId as h, EMBED_TOTAL_MAX as i, renderAnswer as l, createFeedbackStore as m, CONTENT_MAX as n, FOOTER_MAX as o, answerKey as p, EMBED_DESCRIPTION_MAX as r, SOURCES_RESERVE as s, COLOURS as t, renderNotice as u, reasonCustomId as v };

//# sourceMappingURL=cli-render-2seDTDnn.js.map