import { u as blocksOf } from "./cli-bot-yKxFviL5.js";
import { n as plainTable, r as tableCells } from "./cli-plain-table-RDtlfawY.js";
import { t as linkToQuote } from "./cli-text-fragment-nJBAWmMI.js";
import { z } from "zod";
// dist/adapters/slack/block-kit.js
/** Slack's published Block Kit limits; the renderer degrades text to stay inside every one. */
const SECTION_TEXT_MAX_CHARS = 3e3;
const CONTEXT_TEXT_MAX_CHARS = 3e3;
const BUTTON_VALUE_MAX_CHARS = 2e3;
/** Slack truncates `text` at 40,000 characters and advises staying under 4,000. */
const FALLBACK_TEXT_MAX_CHARS = 4e3;
const ACTION_FEEDBACK_UP = "gms_feedback_up";
const ACTION_FEEDBACK_DOWN = "gms_feedback_down";
const ACTION_SHARE = "gms_share";
const ACTION_SOURCES = "gms_sources";
// dist/adapters/slack/button-values.js
const FeedbackValueSchema = z.object({
	q: z.string(),
	i: z.string(),
	a: z.boolean()
});
const ShareValueSchema = z.object({
	k: z.string(),
	q: z.string(),
	c: z.string()
});
function encodeFeedbackValue(answer) {
	const intent = answer.intent.slice(0, 100);
	return fitJson(answer.question, (q) => ({
		q,
		i: intent,
		a: answer.answered
	}));
}
function decodeFeedbackValue(value) {
	const parsed = FeedbackValueSchema.safeParse(parseJson(value));
	if (!parsed.success) return null;
	return {
		question: parsed.data.q,
		intent: parsed.data.i,
		answered: parsed.data.a
	};
}
function encodeShareValue(share) {
	const c = share.conversationId.slice(0, 200);
	return fitJson(share.question, (q) => ({
		k: share.key.slice(0, 100),
		q,
		c
	}));
}
function decodeShareValue(value) {
	const parsed = ShareValueSchema.safeParse(parseJson(value));
	if (!parsed.success) return null;
	return {
		key: parsed.data.k,
		question: parsed.data.q,
		conversationId: parsed.data.c
	};
}
/** Encodes `make(question)`, shortening the question until the value fits Slack's limit. */
function fitJson(question, make) {
	let room = question.length;
	for (;;) {
		const value = Buffer.from(JSON.stringify(make(question.slice(0, room))), "utf8").toString("base64url");
		if (value.length <= 2e3 || room === 0) return value;
		room = Math.min(room - 1, Math.floor(room * BUTTON_VALUE_MAX_CHARS / value.length));
		room = Math.max(0, room);
	}
}
function parseJson(value) {
	try {
		return JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
	} catch {
		return null;
	}
}
/** The sources button carries what the share button does: the stored answer's key, or the question. */
const encodeSourcesValue = encodeShareValue;
const decodeSourcesValue = decodeShareValue;
// dist/adapters/slack/slack-text.js
/** Escapes Slack's control characters so that text from users and documents is shown, never parsed. */
function escapeSlack(text) {
	return neutraliseMrkdwn(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=(?:everyone|here|channel)\b)/gi, "@​"));
}
/**
* Slack's mrkdwn has no escape character: a zero-width space after each formatting mark (bold, italic,
* strike, code, fences) keeps document text from formatting itself. Links need `<url|label>`, which the
* escaped `<` never forms, and a bare address shows itself.
*/
function neutraliseMrkdwn(text) {
	return text.replace(/[*_~`]/g, "$&​");
}
/** Escapes `raw`, shortened first (with an ellipsis) so that the escaped result has at most `max` characters. */
function fitEscaped(raw, max) {
	if (max < 1) return "";
	let room = max;
	for (;;) {
		const escaped = escapeSlack(shorten(raw, room));
		if (escaped.length <= max || room <= 1) return escaped.length <= max ? escaped : "…";
		room = Math.max(1, Math.min(room - 1, Math.floor(room * max / escaped.length)));
	}
}
/** Shortens to at most `max` characters, preferring a word boundary, ending in "…". */
function shorten(text, max) {
	if (text.length <= max) return text;
	if (max <= 1) return "…";
	let cut = max - 1;
	if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
	const space = text.lastIndexOf(" ", cut);
	if (space > cut * .7) cut = space;
	return `${text.slice(0, cut).trimEnd()}…`;
}
function isHighSurrogate(code) {
	return code >= 55296 && code <= 56319;
}
/** Collapses runs of whitespace (quotes span lines in the documents) to single spaces. */
function oneLine(text) {
	return text.replace(/\s+/g, " ").trim();
}
const LEADING_MENTIONS = /^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/;
/** Turns a Slack message into the plain question: leading @mentions dropped, markup made literal. */
function questionFromSlack(text) {
	return slackToPlain(text.replace(LEADING_MENTIONS, "")).trim();
}
/** Slack's `<…>` tokens to what a person sees, then entities back to characters. */
function slackToPlain(text) {
	return text.replace(/<([^<>]*)>/g, (_match, inner) => plainToken(inner)).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function plainToken(inner) {
	const bar = inner.indexOf("|");
	const target = bar === -1 ? inner : inner.slice(0, bar);
	const label = bar === -1 ? null : inner.slice(bar + 1);
	if (target.startsWith("@")) return label ? `@${label.replace(/^@/, "")}` : target;
	if (target.startsWith("#")) return label ? `#${label}` : target;
	if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0] ?? ""}`;
	return label ?? target;
}
// dist/adapters/slack/messages.js
/** The adapter's own words, in both of the bot's languages. */
const MESSAGES = {
	sv: {
		helpful: "👍 Hjälpsamt",
		notHelpful: "👎 Inte hjälpsamt",
		share: "Dela i kanalen",
		sources: "Källor",
		computed: "beräknat",
		more: (n) => `… och ${n} till (se texten)`,
		askedBy: (user) => `<@${user}> frågade:`,
		question: "Fråga:",
		noText: "(inget svar)",
		yes: "Ja.",
		no: "Nej.",
		moreRows: (n) => `… och ${n} till`,
		noAddress: "ingen offentlig adress",
		sourcesButton: "📄 Källor",
		noSources: "Svaret bygger inte på något dokument."
	},
	en: {
		helpful: "👍 Helpful",
		notHelpful: "👎 Not helpful",
		share: "Share in channel",
		sources: "Sources",
		computed: "computed",
		more: (n) => `… and ${n} more (see the text)`,
		askedBy: (user) => `<@${user}> asked:`,
		question: "Question:",
		noText: "(no answer)",
		yes: "Yes.",
		no: "No.",
		moreRows: (n) => `… and ${n} more`,
		noAddress: "no public address",
		sourcesButton: "📄 Sources",
		noSources: "This answer rests on no document."
	}
};
/** Sent when a handler fails: we don't know the asker's language yet, so both. */
const APOLOGY = "Sorry, something went wrong while answering. Please try again. / Förlåt, något gick fel. Försök igen.";
const THANKS_FOR_FEEDBACK = "Thanks for the feedback! / Tack för återkopplingen!";
const CANNOT_POST_HERE = "I can't post in this conversation. Invite me with `/invite @GMS bot` and try again. / Jag kan inte skriva här: bjud in mig och försök igen.";
// dist/adapters/slack/render.js
/** Beyond this many documents the rest are counted, not listed. */
const SOURCES_SHOWN_MAX = 10;
/** The answer as Block Kit plus a plain fallback; pure, and within every Slack limit whatever the input. */
function renderAnswer(answer, options = {}) {
	const state = {
		language: answer.language,
		tables: 0
	};
	const top = questionBlock(answer, options);
	const body = blocksOf(answer).flatMap((block) => renderBlock(block, state));
	if (!body.some((b) => b.type === "section" || b.type === "table")) body.unshift(section(MESSAGES[answer.language].noText));
	const actions = buttons(answer, options);
	const tail = actions.length > 0 ? [{
		type: "actions",
		elements: actions
	}] : [];
	const room = 50 - top.length - tail.length;
	return {
		text: fallbackText(answer),
		blocks: [
			...top,
			...body.slice(0, room),
			...tail
		]
	};
}
function renderBlock(block, state) {
	const words = MESSAGES[state.language];
	switch (block.kind) {
		case "lead": return [section(escapeFit(block.text, SECTION_TEXT_MAX_CHARS))];
		case "note": return [{
			type: "context",
			elements: [mrkdwn(escapeFit(block.text, CONTEXT_TEXT_MAX_CHARS))]
		}];
		case "yesno": return [section(`*${block.verdict === "yes" ? words.yes : words.no}* ${escapeFit(block.text, 2980)}`)];
		case "items": return [section(itemLines(block.items, state.language))];
		case "table": return tableBlocks(block, state);
		case "sources": return block.documents.length > 0 ? [sourcesBlock(block.documents, state.language)] : [];
		default: return block;
	}
}
function questionBlock(answer, options) {
	const words = MESSAGES[answer.language];
	const user = options.askedBy && /^[UW][A-Z0-9]{2,20}$/.test(options.askedBy) ? options.askedBy : "";
	if (!user && !options.restate) return [];
	const who = user ? words.askedBy(user) : words.question;
	return [{
		type: "context",
		elements: [mrkdwn(`${who} _${fitEscaped(oneLine(answer.question), 3e3 - who.length - 3) || "…"}_`)]
	}];
}
/** "• …" lines while they fit a section, then "… and N more". */
function itemLines(items, language) {
	const lines = [];
	let used = 0;
	for (const [i, item] of items.entries()) {
		const line = `• ${escapeFit(item, 600)}`;
		const reserve = i < items.length - 1 ? 40 : 0;
		if (used + line.length + 1 + reserve > 3e3) {
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
	if (state.tables >= 1) return [section(`\`\`\`${escapeSlack(plainTable(table, state.language, 2992, oneLine))}\`\`\``)];
	state.tables += 1;
	const cells = tableCells(table, oneLine).map((row) => row.slice(0, 20).map((text) => ({
		type: "raw_text",
		text: cut(text, 200) || "–"
	})));
	const total = table.total ? cells.pop() : void 0;
	const [header = [], ...body] = cells;
	const room = 99 - (total ? 1 : 0);
	const shown = body.length > room ? body.slice(0, room - 1) : body;
	const out = [{
		type: "table",
		rows: [
			header,
			...shown,
			...total ? [total] : []
		],
		column_settings: table.columns.slice(0, 20).map((c) => ({
			align: c.align,
			is_wrapped: true
		}))
	}];
	if (shown.length < body.length) out.push({
		type: "context",
		elements: [mrkdwn(MESSAGES[state.language].moreRows(body.length - shown.length))]
	});
	return out;
}
/** One line per document: linked title, publisher, date and its headline quote. */
function sourcesBlock(documents, language) {
	const hidden = Math.max(0, documents.length - SOURCES_SHOWN_MAX);
	const shown = documents.slice(0, hidden > 0 ? 9 : SOURCES_SHOWN_MAX);
	const elements = shown.map((d, i) => mrkdwn(sourceLine(i === 0 ? d : {
		...d,
		quote: ""
	}, language)));
	if (hidden > 0) elements.push(mrkdwn(MESSAGES[language].moreRows(documents.length - shown.length)));
	return {
		type: "context",
		elements
	};
}
function sourceLine(doc, language) {
	const title = escapeFit(oneLine(doc.title) || doc.docId, 80);
	const url = linkableUrl(doc.url === null ? null : linkToQuote(doc.url, doc.quote));
	const name = url ? `<${url}|${title}>` : title;
	const meta = [shortPublisher(doc.publisher), doc.date].filter((m) => !!m).map((m) => escapeFit(oneLine(m), 40));
	if (!url) meta.push(`_${MESSAGES[language].noAddress}_`);
	const quote = escapeFit(oneLine(doc.quote), 90);
	const line = `[${doc.n}] ${[name, ...meta].join(" · ")}${quote ? ` — “${quote}”` : ""}`;
	return line.length <= 3e3 ? line : escapeFit(oneLine(doc.title), 200);
}
/** "Regeringskansliet, Socialdepartementet" → "Regeringskansliet": the department is in the document. */
function shortPublisher(publisher) {
	return publisher?.split(",")[0]?.trim() || null;
}
/** Every quote of the answer, grouped by document: what the sources button shows the asker. */
function renderSourceQuotes(answer) {
	const words = MESSAGES[answer.language];
	const byId = new Map(answer.citations.map((c) => [c.id, c]));
	const documents = blocksOf(answer).flatMap((b) => b.kind === "sources" ? b.documents : []);
	const blocks = documents.slice(0, 50).map((doc) => {
		const text = [sourceLine({
			...doc,
			quote: ""
		}, answer.language), ...doc.citations.map((id) => `> ${escapeFit(oneLine(byId.get(id)?.quote ?? ""), 700)}`)].join("\n");
		return section(text.length <= 3e3 ? text : escapeFit(text, SECTION_TEXT_MAX_CHARS));
	});
	if (blocks.length === 0) blocks.push(section(words.noSources));
	return {
		text: fitEscaped(documents.map((d) => `[${d.n}] ${oneLine(d.title)}: ${oneLine(d.quote)}`).join("\n") || words.noSources, FALLBACK_TEXT_MAX_CHARS),
		blocks
	};
}
/** An http(s) address safe inside `<url|title>`, or null to show the title unlinked. */
function linkableUrl(url) {
	if (url === null || url.length > 400) return null;
	let href;
	try {
		href = new URL(url).href;
	} catch {
		return null;
	}
	if (!/^https?:\/\//.test(href)) return null;
	return href.replace(/\|/g, "%7C").replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E");
}
function buttons(answer, options) {
	const words = MESSAGES[answer.language];
	const out = [];
	const fits = (v) => v !== void 0 && v.length > 0 && v.length <= 2e3;
	if (fits(options.sourcesValue) && answer.citations.length > 0) out.push(button(ACTION_SOURCES, words.sourcesButton, options.sourcesValue));
	if (fits(options.shareValue)) out.push(button(ACTION_SHARE, words.share, options.shareValue, "primary"));
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
		text: {
			type: "plain_text",
			text,
			emoji: true
		},
		value
	};
	return style ? {
		...element,
		style
	} : element;
}
/** Plain text for notifications and clients without blocks (or tables): the answer, then the titles. */
function fallbackText(answer) {
	const language = answer.language;
	const parts = [];
	let sources = "";
	for (const block of blocksOf(answer)) switch (block.kind) {
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
			parts.push(plainTable(block, language, 2e3, oneLine));
			break;
		case "sources":
			sources = block.documents.map((d) => `[${d.n}] ${oneLine(d.title) || d.docId}`).join("; ");
			break;
		default: return block;
	}
	return fitEscaped(`${parts.join("\n").trim() || MESSAGES[language].noText}${sources ? `\n\n${MESSAGES[language].sources}: ${sources}` : ""}`, FALLBACK_TEXT_MAX_CHARS);
}
function escapeFit(text, max) {
	return fitEscaped(text.trim(), max);
}
function cut(text, max) {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function section(text) {
	return {
		type: "section",
		text: mrkdwn(text)
	};
}
function mrkdwn(text) {
	return {
		type: "mrkdwn",
		text
	};
}
export { SECTION_TEXT_MAX_CHARS as S, ACTION_SHARE as _, CANNOT_POST_HERE as a, CONTEXT_TEXT_MAX_CHARS as b, questionFromSlack as c, decodeShareValue as d, decodeSourcesValue as f, ACTION_FEEDBACK_UP as g, ACTION_FEEDBACK_DOWN as h, APOLOGY as i, shorten as l, encodeSourcesValue as m, renderAnswer as n, THANKS_FOR_FEEDBACK as o, encodeShareValue as p, renderSourceQuotes as r, escapeSlack as s, SOURCES_SHOWN_MAX as t, decodeFeedbackValue as u, ACTION_SOURCES as v, FALLBACK_TEXT_MAX_CHARS as x, BUTTON_VALUE_MAX_CHARS as y };

//# sourceMappingURL=cli-render-C31bY9DB.js.map