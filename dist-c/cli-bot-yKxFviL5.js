import { i as formatAmount } from "./cli-plain-table-RDtlfawY.js";
import { createRequire } from "node:module";
import { basename, extname, join } from "node:path";
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { z } from "zod";
import { stemmer } from "@orama/stemmers/swedish";
import MiniSearch from "minisearch";
import { isUtf8 } from "node:buffer";
import { fileURLToPath } from "node:url";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// dist/bot/blocks.js
/** The sentence that answers the question, in the asker's language. */
const LeadBlockSchema = z.object({
	kind: z.literal("lead"),
	text: z.string()
});
/** Figure lines: one amount, its year and what it is for, each with its document markers. */
const ItemsBlockSchema = z.object({
	kind: z.literal("items"),
	items: z.array(z.string())
});
const TableColumnSchema = z.object({
	label: z.string(),
	align: z.enum(["left", "right"])
});
const TableRowSchema = z.object({
	cells: z.array(z.string()),
	/** The citations (ids in `Answer.citations`) that back this row. */
	citations: z.array(z.number().int().positive()),
	/** The same as document numbers of the `sources` block, for display. */
	sources: z.array(z.number().int().positive())
});
/** Rows of like things (years, grants); `total` only where the documents support one. */
const TableBlockSchema = z.object({
	kind: z.literal("table"),
	columns: z.array(TableColumnSchema),
	rows: z.array(TableRowSchema),
	total: TableRowSchema.nullable()
});
/** A yes/no question's verdict, then its reason. */
const YesNoBlockSchema = z.object({
	kind: z.literal("yesno"),
	verdict: z.enum(["yes", "no"]),
	text: z.string()
});
/** A caveat or a further sentence. */
const NoteBlockSchema = z.object({
	kind: z.literal("note"),
	text: z.string()
});
/** One document: its headline quote shown, its other quotes kept for the sources button. */
const SourceEntrySchema$1 = z.object({
	n: z.number().int().positive(),
	docId: z.string(),
	title: z.string(),
	url: z.string().nullable(),
	publisher: z.string().nullable(),
	date: z.string().nullable(),
	quote: z.string(),
	/** Every citation id of this document, the headline quote's first. */
	citations: z.array(z.number().int().positive())
});
const SourcesBlockSchema = z.object({
	kind: z.literal("sources"),
	documents: z.array(SourceEntrySchema$1)
});
const AnswerBlockSchema = z.discriminatedUnion("kind", [
	LeadBlockSchema,
	ItemsBlockSchema,
	TableBlockSchema,
	YesNoBlockSchema,
	NoteBlockSchema,
	SourcesBlockSchema
]);
// dist/bot/answer.js
/** One quoted passage that backs a figure or a statement: `quote === doc.text.slice(start, end)`. */
const CitationSchema = z.object({
	id: z.number().int().positive(),
	docId: z.string(),
	title: z.string(),
	url: z.string().nullable(),
	quote: z.string(),
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative()
});
/** A figure shown to the asker; `derived` ones were computed (e.g. a sum) and cite every part. */
const FigureSchema = z.object({
	amountSek: z.number(),
	year: z.number().int().nullable(),
	label: z.string(),
	derived: z.boolean(),
	citations: z.array(z.number().int().positive())
});
const LanguageSchema = z.enum(["sv", "en"]);
z.object({
	question: z.string(),
	answered: z.boolean(),
	intent: z.string(),
	language: LanguageSchema,
	text: z.string(),
	figures: z.array(FigureSchema),
	citations: z.array(CitationSchema),
	/**
	* The same answer as structured blocks (lead, items, table, yes/no, notes, sources) for renderers.
	* `createAsk` always sets it; renderers read it through `blocksOf`, which also serves hand-made answers.
	*/
	blocks: z.array(AnswerBlockSchema).optional()
});
// dist/bot/build-blocks.js
const MARKER_RUN = /(?:\[\d+\])+/g;
const BULLET$1 = "• ";
/**
* The answer's blocks: the writer's own, else read from its lines (first line the lead, "• " lines items,
* the rest notes); markers renumbered to documents, and one sources entry per document.
*/
function buildBlocks(text, citations, docs, explicit) {
	const drafted = explicit && explicit.length > 0 ? [...explicit] : blocksFromText(text);
	const sources = sourceEntries(markerOrder(text, drafted), citations, docs);
	const docOf = /* @__PURE__ */ new Map();
	for (const s of sources) for (const id of s.citations) docOf.set(id, s.n);
	const renumber = (t) => renumberMarkers(t, docOf);
	const blocks = drafted.map((b) => withDocMarkers(b, renumber, docOf));
	if (sources.length > 0) blocks.push({
		kind: "sources",
		documents: sources
	});
	return blocks;
}
function blocksFromText(text) {
	const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
	const blocks = [];
	for (const [i, line] of lines.entries()) {
		const last = blocks.at(-1);
		if (line.startsWith(BULLET$1)) {
			const item = line.slice(2);
			if (last?.kind === "items") last.items.push(item);
			else blocks.push({
				kind: "items",
				items: [item]
			});
		} else blocks.push({
			kind: i === 0 ? "lead" : "note",
			text: line
		});
	}
	return blocks;
}
function withDocMarkers(block, renumber, docOf) {
	const row = (r) => ({
		...r,
		cells: r.cells.map(renumber),
		sources: [...new Set(r.citations.map((id) => docOf.get(id) ?? 0))].filter((n) => n > 0)
	});
	switch (block.kind) {
		case "lead":
		case "note":
		case "yesno": return {
			...block,
			text: renumber(block.text)
		};
		case "items": return {
			...block,
			items: block.items.map(renumber)
		};
		case "table": return {
			...block,
			rows: block.rows.map(row),
			total: block.total ? row(block.total) : null
		};
		default: return block;
	}
}
/** Citation ids in the order the reader meets them: the blocks' markers and rows, then the text's. */
function markerOrder(text, blocks) {
	const ids = [];
	for (const b of blocks) if (b.kind === "table") for (const r of b.rows) for (const id of r.citations) ids.push(id);
	else if (b.kind === "items") for (const item of b.items) markersOf(item, ids);
	else markersOf(b.text, ids);
	markersOf(text, ids);
	return ids;
}
/** Appends the numbers of a text's "[n]" markers to `out`, read in one pass with no regex. */
function markersOf(text, out) {
	for (let at = text.indexOf("["); at >= 0; at = text.indexOf("[", at + 1)) {
		let n = 0;
		let i = at + 1;
		for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) n = n * 10 + c - 48;
		if (i > at + 1 && text.charCodeAt(i) === 93) out.push(n);
	}
}
/** "[4][5]" → "[2]" when both quotes are from the second document listed. */
function renumberMarkers(text, docOf) {
	if (!text.includes("[")) return text;
	return text.replace(MARKER_RUN, (run) => {
		const ids = [];
		markersOf(run, ids);
		const docs = [...new Set(ids.map((id) => docOf.get(id) ?? 0))].filter((n) => n > 0);
		docs.sort((a, b) => a - b);
		return docs.length > 0 ? docs.map((n) => `[${n}]`).join("") : run;
	});
}
/** One entry per document, in reading order; its first-read quote is the headline. */
function sourceEntries(order, citations, docs) {
	const byId = new Map(citations.map((c) => [c.id, c]));
	const ordered = [.../* @__PURE__ */ new Set([...order.filter((id) => byId.has(id)), ...byId.keys()])];
	const entries = /* @__PURE__ */ new Map();
	for (const id of ordered) {
		const c = byId.get(id);
		if (!c) continue;
		const entry = entries.get(c.docId);
		if (entry) {
			entry.citations.push(id);
			continue;
		}
		const doc = docs.get(c.docId);
		entries.set(c.docId, {
			n: entries.size + 1,
			docId: c.docId,
			title: c.title,
			url: c.url,
			publisher: doc?.publisher ?? null,
			date: doc?.published ?? null,
			quote: c.quote,
			citations: [id]
		});
	}
	return [...entries.values()];
}
const NO_DOCUMENTS = /* @__PURE__ */ new Map();
/** An answer's blocks; an answer made without them (a test's, an older program's) gets them from its text. */
function blocksOf(answer) {
	return answer.blocks ?? buildBlocks(answer.text, answer.citations, NO_DOCUMENTS);
}
// dist/bot/conversation.js
/** Bounded memory: least recently used conversations go first, and none outlives the TTL. */
function createConversationStore(options) {
	const items = /* @__PURE__ */ new Map();
	return {
		get(id) {
			const item = items.get(id);
			if (!item) return void 0;
			items.delete(id);
			if (options.now() - item.at > options.ttlMs) return void 0;
			items.set(id, item);
			return item.state;
		},
		set(id, state) {
			items.delete(id);
			items.set(id, {
				state,
				at: options.now()
			});
			while (items.size > options.max) {
				const oldest = items.keys().next().value;
				if (oldest === void 0) break;
				items.delete(oldest);
			}
		},
		get size() {
			return items.size;
		}
	};
}
// dist/knowledge/amount-words.js
function entries(words, factor, flags = {}) {
	const word = {
		factor,
		currency: flags.currency ?? false,
		english: flags.english ?? false,
		attachedOnly: flags.attachedOnly ?? false,
		abbreviation: flags.abbreviation ?? false,
		needsCurrency: flags.needsCurrency ?? false
	};
	return words.map((w) => [w, word]);
}
const MILLION = 1e6;
const BILLION = 1e9;
const SCALE_WORDS = new Map([
	...entries([
		"miljon",
		"miljoner",
		"miljonen",
		"miljonerna"
	], MILLION),
	...entries([
		"milj",
		"mn",
		"mln"
	], MILLION, { abbreviation: true }),
	...entries(["million", "millions"], MILLION, { english: true }),
	...entries(["m"], MILLION, {
		english: true,
		attachedOnly: true
	}),
	...entries([
		"mkr",
		"mnkr",
		"msek"
	], MILLION, { currency: true }),
	...entries([
		"miljard",
		"miljarder",
		"miljarden",
		"miljarderna"
	], BILLION),
	...entries(["md", "mdr"], BILLION, { abbreviation: true }),
	...entries(["billion", "billions"], BILLION, { english: true }),
	...entries(["bn"], BILLION, {
		english: true,
		abbreviation: true
	}),
	...entries(["b"], BILLION, {
		english: true,
		attachedOnly: true
	}),
	...entries(["mdkr", "mdsek"], BILLION, { currency: true }),
	...entries(["tusen"], 1e3, { needsCurrency: true }),
	...entries(["thousand", "thousands"], 1e3, {
		english: true,
		needsCurrency: true
	}),
	...entries(["k"], 1e3, {
		english: true,
		attachedOnly: true,
		needsCurrency: true
	}),
	...entries([
		"tkr",
		"ksek",
		"tsek"
	], 1e3, { currency: true })
]);
/** Kronor after a number; "konor" is a typo seen in real press releases. */
const CURRENCY_WORDS$1 = /* @__PURE__ */ new Set([
	"kronor",
	"kronorna",
	"krona",
	"konor",
	"kr",
	"sek"
]);
/** "svenska kronor", "Swedish kronor". */
const CURRENCY_ADJECTIVES = /* @__PURE__ */ new Set(["svenska", "swedish"]);
/** Currency written before the number ("SEK 10 million", "kr 500", "MSEK 10"), with its scale. */
const PREFIX_CURRENCIES = /* @__PURE__ */ new Map([
	["sek", 1],
	["kr", 1],
	["msek", MILLION],
	["mkr", MILLION],
	["mnkr", MILLION],
	["mdkr", BILLION],
	["mdsek", BILLION],
	["tkr", 1e3],
	["ksek", 1e3]
]);
/** Other currencies: "10 miljoner euro" is not kronor, so it is no amount here. */
const FOREIGN_CURRENCY_AFTER = /^[ \t\u00A0\u202F\u2009]*(?:euro|eur|usd|dollar|dollars|pund|gbp|nok|dkk|chf|yen|jpy|€|\$|£|(?:norska|danska|isländska|danske|norske)[ \t\u00A0\u202F\u2009]+(?:kronor|kroner))(?![\p{L}\p{N}])/iu;
const FOREIGN_CURRENCY_BEFORE = /(?:(?<![\p{L}\p{N}])(?:eur|usd|gbp|nok|dkk|chf|us)|[€$£])[ \t\u00A0\u202F\u2009]*$/iu;
/** What a scale word may count instead of money ("tre miljoner invånare"): then it is no amount. */
const COUNTED_AFTER = /^[ \t\u00A0\u202F\u2009]+(?:invånare|människor|personer|patienter|barn|kvinnor|män|prover|analyser|tester|besök|doser|användare|ton|liter|kilometer|år|people|children|women|men|samples|analyses|tests|persons|inhabitants|patients|visits|doses|users|tonnes|tons|litres|liters|years|%|procent|percent)(?![\p{L}\p{N}])/iu;
/** A word just before a bare number that makes it a label, not money ("utgiftsområde 9", "kl 1200"). */
const IDENTIFIER_BEFORE = /(?<![\p{L}\p{N}])(?:utgiftsområde|utgiftsområdet|anslag|anslaget|anslagspost|anslagsposten|punkt|paragraf|kapitel|avsnitt|bilaga|sidan|sid|s\.|nr|nummer|dnr|diarienummer|år|året|åren|kl|klockan|tel|telefon|mobil|fax|postnummer|page|p\.|no\.|number|item|section|year|room)[ \t\u00A0\u202F\u2009]*$/iu;
/** A word just after a bare number that says what it counts ("3 500 patienter", "1200 år"). */
const UNIT_AFTER$1 = /^[ \t\u00A0\u202F\u2009]*(?:%|procent|percent|år|års|dagar|days|timmar|hours|st|stycken|personer|people|patienter|patients|barn|children|invånare|km|kg|meter|metres|meters)(?![\p{L}\p{N}])/iu;
const QUALIFIERS = [
	...[
		"knappt",
		"cirka",
		"ca",
		"ca.",
		"c:a",
		"drygt",
		"omkring",
		"nästan",
		"ungefär",
		"runt",
		"närmare",
		"uppemot",
		"strax under",
		"strax över",
		"about",
		"around",
		"roughly",
		"nearly",
		"almost",
		"approximately",
		"approx.",
		"circa",
		"just under",
		"just over"
	].map((w) => [w, "approx"]),
	...[
		"högst",
		"som mest",
		"som högst",
		"max",
		"max.",
		"maximalt",
		"upp till",
		"inte mer än",
		"at most",
		"up to",
		"no more than",
		"not more than",
		"a maximum of",
		"maximum"
	].map((w) => [w, "at-most"]),
	...[
		"minst",
		"som minst",
		"över",
		"mer än",
		"fler än",
		"more than",
		"over",
		"upwards of",
		"in excess of",
		"at least",
		"no less than",
		"not less than",
		"a minimum of",
		"minimum"
	].map((w) => [w, "at-least"])
];
const QUALIFIER_BY_WORDS = new Map(QUALIFIERS.map(([w, q]) => [w, q]));
const toPattern = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${QUALIFIERS.map(([w]) => w).sort((a, b) => b.length - a.length).map(toPattern).join("|")})[ \\t\\u00A0\\u202F\\u2009]+$`, "iu");
/** The qualifier word(s) that end right before `start`, with where they begin. */
const LETTER_OR_DIGIT$1 = /[\p{L}\p{N}]/u;
const ASKS_ABOUT = /(?<![\p{L}])(?:what|how)\s+about\s*$/iu;
const SPACE_RUNS$1 = /\s+/g;
function qualifierBefore(text, start) {
	const from = Math.max(0, start - 40);
	const match = QUALIFIER_BEFORE.exec(text.slice(from, start));
	if (match === null || match[1] === void 0) return null;
	const at = from + match.index;
	if (at > 0 && LETTER_OR_DIGIT$1.test(text[at - 1] ?? "")) return null;
	if (ASKS_ABOUT.test(text.slice(Math.max(0, at - 10), start))) return null;
	const qualifier = QUALIFIER_BY_WORDS.get(match[1].toLowerCase().replace(SPACE_RUNS$1, " "));
	return qualifier === void 0 ? null : {
		start: at,
		qualifier
	};
}
// dist/knowledge/key-cache.js
let loading = 0;
const everyCache = [];
/** Runs a load: key caches keep every key until it ends, so no sentence is read twice in one load. */
function whileLoading(load) {
	loading += 1;
	try {
		return load();
	} finally {
		loading -= 1;
	}
}
/**
* Remembers a pure function of a string: the same words recur in every document and question. Forgets
* everything once `max` keys are held (outside a load), so memory stays bounded without bookkeeping per key.
*/
function cacheByKey(compute, max) {
	const values = /* @__PURE__ */ new Map();
	everyCache.push(values);
	return (key) => {
		const hit = values.get(key);
		if (hit !== void 0 || values.has(key)) return hit;
		const value = compute(key);
		if (values.size >= max && loading === 0) values.clear();
		values.set(key, value);
		return value;
	};
}
// dist/knowledge/number-words.js
/** Swedish and English number words, as data; `parseNumberWord` also reads compounds ("tjugofem", "twenty-five"). */
/** `words[i]` is worth `first + i * step`. */
function table$1(words, first, step) {
	return Object.fromEntries(words.split(" ").map((word, i) => [word, first + i * step]));
}
/** Swedish words for 1–20 (and the other spelling of one and of 18). */
const SWEDISH_SMALL = {
	...table$1("en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo", 1, 1),
	ett: 1,
	aderton: 18
};
/** Swedish tens from 20 to 90. */
const SWEDISH_TENS = table$1("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio", 20, 10);
/** English words for 1–20. */
const ENGLISH_SMALL = table$1("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", 1, 1);
/** English tens from 20 to 90. */
const ENGLISH_TENS = table$1("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10);
/** 1–99 from one language's tables: "tjugofem", "twenty-five", "tolv". */
function parseBelowHundred(word, small, tens) {
	const direct = small[word] ?? tens[word];
	if (direct !== void 0) return direct;
	for (const [tensWord, tensValue] of Object.entries(tens)) {
		if (!word.startsWith(tensWord)) continue;
		const unit = small[word.slice(tensWord.length).replace(/^-/, "")];
		if (unit !== void 0 && unit < 10) return tensValue + unit;
	}
	return null;
}
/** 1–999 written as one word: "hundra", "tvåhundrafemtio", "tjugoen". */
function parseSwedishWord(word) {
	const at = word.indexOf("hundra");
	if (at < 0) return parseBelowHundred(word, SWEDISH_SMALL, SWEDISH_TENS);
	const head = word.slice(0, at);
	const tail = word.slice(at + 6);
	const multiplier = head === "" ? 1 : parseBelowHundred(head, SWEDISH_SMALL, {});
	const rest = tail === "" ? 0 : parseBelowHundred(tail, SWEDISH_SMALL, SWEDISH_TENS);
	if (multiplier === null || multiplier >= 10 || rest === null) return null;
	return multiplier * 100 + rest;
}
/** The value of one Swedish or English number word (lower-case), or null; "hundred" alone is 100. */
const parseNumberWord = cacheByKey((word) => readNumberWord(word), 2e4);
function readNumberWord(word) {
	const lower = word.toLowerCase();
	if (lower === "hundred") return 100;
	if (lower === "tusen" || lower === "thousand") return 1e3;
	return parseSwedishWord(lower) ?? parseBelowHundred(lower, ENGLISH_SMALL, ENGLISH_TENS);
}
const PHRASE_WORD = /\p{L}+(?:-\p{L}+)?/uy;
const PHRASE_GAP = /[ \t\u00A0\u202F\u2009]+/y;
/** The word after `pos` (skipping spaces when `gap`), lower-cased. */
function wordAfter(text, pos, gap) {
	let at = pos;
	if (gap) {
		PHRASE_GAP.lastIndex = pos;
		const spaces = PHRASE_GAP.exec(text);
		if (spaces === null) return null;
		at = pos + spaces[0].length;
	}
	PHRASE_WORD.lastIndex = at;
	const word = PHRASE_WORD.exec(text);
	if (word === null) return null;
	return {
		text: word[0].toLowerCase(),
		start: at,
		end: at + word[0].length
	};
}
const HALF = /* @__PURE__ */ new Set(["halv", "half"]);
const ONE_ARTICLE = /* @__PURE__ */ new Set([
	"en",
	"ett",
	"a",
	"an"
]);
const AND$1 = /* @__PURE__ */ new Set(["och", "and"]);
/** "en halv" / "a half" / "half a" at `pos`: one half, only before a scale word. */
function readHalf(text, first) {
	const second = wordAfter(text, first.end, true);
	if (second === null) return null;
	if (ONE_ARTICLE.has(first.text) && HALF.has(second.text)) return {
		value: .5,
		end: second.end
	};
	if (first.text === "half" && (second.text === "a" || second.text === "an")) return {
		value: .5,
		end: second.end
	};
	return null;
}
/** "och en halv" / "and a half" after a number: adds one half. */
function readAndAHalf(text, pos) {
	const and = wordAfter(text, pos, true);
	if (and === null || !AND$1.has(and.text)) return null;
	const article = wordAfter(text, and.end, true);
	if (article === null || !ONE_ARTICLE.has(article.text)) return null;
	const half = wordAfter(text, article.end, true);
	return half !== null && HALF.has(half.text) ? half.end : null;
}
/** How the next word extends `value` ("två" + "hundra", "hundred" + "fifty", "twenty" + "five"), or null. */
function extend(value, next) {
	if (next === 100 && value < 10) return value * 100;
	if (value >= 100 && value % 100 === 0 && value < 1e3 && next < 100) return value + next;
	if (value >= 20 && value < 100 && value % 10 === 0 && next < 10) return value + next;
	return null;
}
/** Follows a first number word with "hundra"/"hundred", tens, units and "and a half". */
function readRest(text, phrase) {
	let { value, end } = phrase;
	for (;;) {
		const halfEnd = Number.isInteger(value) ? readAndAHalf(text, end) : null;
		if (halfEnd !== null) return {
			...phrase,
			value: value + .5,
			end: halfEnd
		};
		let next = wordAfter(text, end, true);
		if (next?.text === "and" && value >= 100) next = wordAfter(text, next.end, true);
		const nextValue = next === null ? null : parseNumberWord(next.text);
		const extended = nextValue === null ? null : extend(value, nextValue);
		if (next === null || extended === null) return {
			...phrase,
			value,
			end
		};
		value = extended;
		end = next.end;
	}
}
const ARTICLE_OR_HALF = /* @__PURE__ */ new Set([...ONE_ARTICLE, "half"]);
/**
* Whether `readNumberPhrase` can read anything at a word (lower case, letters only) that `next` follows:
* most words are no number, and this answers without reading on.
*/
function mayStartNumberPhrase(word, next) {
	return next === "-" || ARTICLE_OR_HALF.has(word) || OPENING_PAIRS$1.has(pairOf(word)) && parseNumberWord(word) !== null;
}
/** A word's first two characters as one number (no string made): -1 for a word shorter than two. */
function pairOf(word) {
	return word.length < 2 ? -1 : word.charCodeAt(0) * 65536 + word.charCodeAt(1);
}
const OPENING_PAIRS$1 = new Set([
	SWEDISH_SMALL,
	SWEDISH_TENS,
	ENGLISH_SMALL,
	ENGLISH_TENS
].flatMap((t) => Object.keys(t)).concat([
	"hundra",
	"hundred",
	"tusen",
	"thousand"
]).map(pairOf));
/** Reads a number written in words starting at `pos` (the start of a word), or null. */
function readNumberPhrase(text, pos) {
	const first = wordAfter(text, pos, false);
	if (first === null) return null;
	const half = readHalf(text, first);
	if (half !== null) return half;
	const value = first.text === "a" || first.text === "an" ? 1 : parseNumberWord(first.text);
	return value === null ? null : readRest(text, {
		value,
		end: first.end
	});
}
/**
* The first two letters (as `pairOf` numbers them) of every word `mayStartNumberPhrase` can accept after
* anything but a hyphen: a word of two letters or more opening otherwise starts no number phrase.
*/
const NUMBER_PHRASE_PAIRS = /* @__PURE__ */ new Set([...OPENING_PAIRS$1, ...[...ARTICLE_OR_HALF].map(pairOf)]);
/** `pairOf` of the lower case of `text` at `pos` (two letters), or -1 where a letter's lower case is not plain. */
function lowerPairAt(text, pos) {
	const a = lowerLatin(text.charCodeAt(pos));
	const b = lowerLatin(text.charCodeAt(pos + 1));
	return a < 0 || b < 0 ? -1 : a * 65536 + b;
}
/** The lower case of a Latin-1 letter (A–Z, À–Þ but ×), itself for other Latin-1 units, -1 beyond. */
function lowerLatin(code) {
	if (code >= 65 && code <= 90) return code + 32;
	if (code >= 192 && code <= 222 && code !== 215) return code + 32;
	return code < 256 ? code : -1;
}
// dist/knowledge/word-chars.js
const WORD_UNIT = /[\p{L}\p{N}]/u;
const UNKNOWN$1 = 0;
const WORD$6 = 1;
const OTHER$2 = 2;
/** Half of an astral character (𝐀 is a letter): the loop leaves such a text to the regex. */
const SURROGATE$1 = 3;
/** A unit's kind, found once by the regex: `hit` when `unit` matches it, else OTHER; kept in `table`. */
function classify(table, unit, hit, code) {
	const kind = unit.test(String.fromCharCode(code)) ? hit : OTHER$2;
	table[code] = kind;
	return kind;
}
const WORD_KINDS = (/* @__PURE__ */ new Uint8Array(65536)).fill(SURROGATE$1, 55296, 57344);
function kindOf$1(code) {
	const kind = WORD_KINDS[code];
	if (kind === UNKNOWN$1) return classify(WORD_KINDS, WORD_UNIT, WORD$6, code);
	return kind ?? OTHER$2;
}
const HYPHEN = 45;
const EN_DASH = 8211;
/** Where the next word starts at or after `from` (text.length: none); -1 when an astral character comes first. */
function wordStart(text, from) {
	for (let i = from; i < text.length; i++) {
		const kind = kindOf$1(text.charCodeAt(i));
		if (kind === WORD$6) return i;
		if (kind === SURROGATE$1) return -1;
	}
	return text.length;
}
/** Where the word starting at `at` ends, a hyphen at its end kept ("bröst-"); -1 at an astral character. */
function wordEnd(text, at) {
	let i = at;
	for (;;) {
		for (; i < text.length; i++) {
			const kind = kindOf$1(text.charCodeAt(i));
			if (kind === SURROGATE$1) return -1;
			if (kind !== WORD$6) break;
		}
		if (i >= text.length) return i;
		const code = text.charCodeAt(i);
		if ((code === HYPHEN || code === EN_DASH) && i + 1 < text.length) {
			const next = kindOf$1(text.charCodeAt(i + 1));
			if (next === SURROGATE$1) return -1;
			if (next === WORD$6) {
				i += 1;
				continue;
			}
		}
		return code === HYPHEN ? i + 1 : i;
	}
}
const LETTER_UNIT = /\p{L}/u;
const LETTER$5 = 1;
const DIGIT$4 = 4;
const LETTER_KINDS = (/* @__PURE__ */ new Uint8Array(65536)).fill(SURROGATE$1, 55296, 57344).fill(DIGIT$4, 48, 58);
function letterKindOf(code) {
	const kind = LETTER_KINDS[code];
	if (kind === UNKNOWN$1) return classify(LETTER_KINDS, LETTER_UNIT, LETTER$5, code);
	return kind ?? OTHER$2;
}
/** Where the next letter or ASCII digit is at or after `from` (text.length: none); -1 when an astral character comes first. */
function letterOrDigitStart(text, from) {
	for (let i = from; i < text.length; i++) {
		const kind = letterKindOf(text.charCodeAt(i));
		if (kind === LETTER$5 || kind === DIGIT$4) return i;
		if (kind === SURROGATE$1) return -1;
	}
	return text.length;
}
/** Where the run of letters (or of ASCII digits) starting at `at` ends; -1 at an astral character. */
function runEnd(text, at) {
	const first = letterKindOf(text.charCodeAt(at));
	for (let i = at + 1; i < text.length; i++) {
		const kind = letterKindOf(text.charCodeAt(i));
		if (kind === SURROGATE$1) return -1;
		if (kind !== first) return i;
	}
	return text.length;
}
function inside(text, at) {
	return at >= 0 && at < text.length;
}
/** True when the unit at `at` is a letter of the BMP (/\p{L}/u). */
function isLetterAt(text, at) {
	return inside(text, at) && letterKindOf(text.charCodeAt(at)) === LETTER$5;
}
/** True when the unit at `at` is half of an astral character. */
function isSurrogateAt(text, at) {
	return inside(text, at) && letterKindOf(text.charCodeAt(at)) === SURROGATE$1;
}
/** True when the unit at `at` is an ASCII digit. */
function isDigitAt(text, at) {
	return inside(text, at) && letterKindOf(text.charCodeAt(at)) === DIGIT$4;
}
const LETTERS_OR_DIGIT = /\p{L}+|\d/gu;
const LETTERS_OR_DIGITS = /\p{L}+|\d+/gu;
/**
* The next token at or after `from` into `span`, as /\p{L}+|\d/u reads it (/\p{L}+|\d+/u with `digitRuns`);
* false when none. Text with astral characters near the token is left to that regex.
*/
function nextToken(text, from, digitRuns, span) {
	const start = letterOrDigitStart(text, from);
	if (start === text.length) return false;
	if (start >= 0) {
		const end = !digitRuns && isDigitAt(text, start) ? start + 1 : runEnd(text, start);
		if (end >= 0) {
			span.start = start;
			span.end = end;
			return true;
		}
	}
	const regex = digitRuns ? LETTERS_OR_DIGITS : LETTERS_OR_DIGIT;
	regex.lastIndex = from;
	const match = regex.exec(text);
	if (match === null) return false;
	span.start = match.index;
	span.end = match.index + match[0].length;
	return true;
}
const COORDINATING = /* @__PURE__ */ new Set([
	"och",
	"eller",
	"samt",
	"respektive",
	"resp",
	"som",
	"and",
	"or",
	"to"
]);
const LOWER_LETTER = /\p{Ll}/u;
/**
* Where the rest of a word broken at `hyphen` (a "-" that ends a line) ends, or -1 when the hyphen is no break
* inside a word. Reads at most a few spaces and one line break, then one run of letters.
*/
function brokenWordEnd(text, hyphen) {
	if (text.charCodeAt(hyphen) !== HYPHEN || !isLetterAt(text, hyphen - 1)) return -1;
	let i = hyphen + 1;
	for (let n = 0; n < 4 && (text[i] === " " || text[i] === "	"); n++) i += 1;
	if (text[i] === "\r") i += 1;
	if (text[i] !== "\n") return -1;
	i += 1;
	for (let n = 0; n < 4 && (text[i] === " " || text[i] === "	"); n++) i += 1;
	if (!LOWER_LETTER.test(text[i] ?? "")) return -1;
	const end = runEnd(text, i);
	if (end < 0) return -1;
	return COORDINATING.has(text.slice(i, end)) ? -1 : end;
}
/** A word broken at `hyphen` and read on to `end` (by `brokenWordEnd`), joined: "precisions-\nmedicin" → "precisionsmedicin". */
function joinBroken(text, start, hyphen, end) {
	let rest = hyphen + 1;
	while (rest < end && !isLetterAt(text, rest)) rest += 1;
	return text.slice(start, hyphen) + text.slice(rest, end);
}
/** The text with every word broken at a line end joined (`brokenWordEnd`): for names read off it, never for quotes. */
function joinBrokenWords(text) {
	let out = "";
	let from = 0;
	for (let hyphen = text.indexOf("-", from); hyphen >= 0; hyphen = text.indexOf("-", hyphen + 1)) {
		const end = brokenWordEnd(text, hyphen);
		if (end < 0) continue;
		let rest = hyphen + 1;
		while (rest < end && !isLetterAt(text, rest)) rest += 1;
		out += text.slice(from, hyphen);
		from = rest;
	}
	return out + text.slice(from);
}
// dist/knowledge/numerals.js
/** Numbers written in digits, and the small cursor helpers the amount and date readers share. */
const SPACE$2 = "[ \\u00A0\\u202F\\u2009]";
const SPACES$2 = /[ \t\u00A0\u202F\u2009]*/y;
const GAP$1 = /[ \t\u00A0\u202F\u2009]*(?:\r?\n[ \t\u00A0\u202F\u2009]*)?/y;
const WORD$5 = /\p{L}+/uy;
const NUMERALS = [
	{
		re: new RegExp(`(\\d{1,3}(?:(?:${SPACE$2}|\\r?\\n)\\d{3})+)(?:,(\\d+))?`, "y"),
		group: "space"
	},
	{
		re: /(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?/y,
		group: ","
	},
	{
		re: /(\d{1,3}(?:,\d{3})+)\.(\d+)/y,
		group: ","
	},
	{
		re: /(\d{1,3}(?:\.\d{3}){2,})(?:,(\d+))?/y,
		group: "."
	},
	{
		re: /(\d{1,3}(?:\.\d{3})+),(\d+)/y,
		group: "."
	},
	{
		re: /(\d+)[.,](\d+)/y,
		group: "single"
	},
	{
		re: /(\d+)/y,
		group: "plain"
	}
];
const PLAIN = NUMERALS.slice(-1);
const SEPARATORS = /* @__PURE__ */ new Set([
	" ",
	"\xA0",
	" ",
	" ",
	",",
	".",
	"\n",
	"\r"
]);
/** Where the run of ASCII digits from `pos` ends. */
function digitRunEnd(text, pos) {
	let i = pos;
	while (isDigitAt(text, i)) i += 1;
	return i;
}
function sticky(re, text, pos) {
	re.lastIndex = pos;
	return re.exec(text);
}
/** Position after any spaces on the same line. */
function skipSpaces(text, pos) {
	return pos + (sticky(SPACES$2, text, pos)?.[0].length ?? 0);
}
/** Position after a run of spaces and at most one line break, or null when there is none. */
function skipGap(text, pos) {
	const gap = sticky(GAP$1, text, pos)?.[0] ?? "";
	return gap.length > 0 ? pos + gap.length : null;
}
function wordAt(text, pos) {
	if (isLetterAt(text, pos)) {
		const end = runEnd(text, pos);
		const broken = end >= 0 && text.charCodeAt(end) === 45 ? brokenWordEnd(text, end) : -1;
		if (broken >= 0) return {
			word: joinBroken(text, pos, end, broken).toLowerCase(),
			end: broken
		};
		if (end >= 0) return {
			word: text.slice(pos, end).toLowerCase(),
			end
		};
	} else if (!isSurrogateAt(text, pos)) return null;
	const match = sticky(WORD$5, text, pos);
	return match === null ? null : {
		word: match[0].toLowerCase(),
		end: pos + match[0].length
	};
}
const ALNUM = /[\p{L}\p{N}]/u;
const JOINER$1 = /[-–:/.,]/;
const isAlnum = (ch) => ch !== void 0 && ALNUM.test(ch);
/** A number may not continue something else: "S2022", "08-405", "1:6", "09:00", "+46", "2024-05-23". */
function startsCleanly(text, pos) {
	const prev = text[pos - 1];
	if (prev === void 0) return true;
	if (isAlnum(prev) || prev === "+" || prev === "_") return false;
	return !(JOINER$1.test(prev) && isAlnum(text[pos - 2]));
}
/** A digit, or one of ".,:/" and a digit, at `at` (/^[.,:/]?\d/ on the text from there). */
function digitGoesOn(text, at) {
	if (isDigitAt(text, at)) return true;
	const c = text[at];
	return (c === "." || c === "," || c === ":" || c === "/") && isDigitAt(text, at + 1);
}
const NOT_DIGIT = /\D/g;
/** Reads digits at `pos` in one of the accepted groupings, or null ("08", "23.05.2024", "1:6"). */
function readNumeral(text, pos) {
	const run = digitRunEnd(text, pos);
	const plainOnly = run > pos && !(SEPARATORS.has(text[run] ?? "") && isDigitAt(text, run + 1));
	for (const { re, group } of plainOnly ? PLAIN : NUMERALS) {
		const match = sticky(re, text, pos);
		if (match === null) continue;
		const end = pos + match[0].length;
		if (digitGoesOn(text, end)) continue;
		const whole = match[1] ?? "";
		if (whole.startsWith("0") && isDigitAt(whole, 1)) return null;
		const fraction = match[2] ?? "";
		const single = group === "single" && fraction.length === 3 && whole.length <= 3;
		return {
			start: pos,
			end,
			digits: whole.replace(NOT_DIGIT, ""),
			fraction,
			ambiguous: single ? text[pos + whole.length] : null,
			grouped: group !== "single" && group !== "plain"
		};
	}
	return null;
}
/** The record of a wording (its `text` is the first string seen with it). */
const readingOf = cacheByKey((text) => ({
	text,
	amounts: void 0,
	dates: void 0,
	gms: void 0,
	starts: void 0,
	foreign: void 0,
	references: void 0,
	ministers: void 0,
	channels: void 0,
	deadlines: void 0,
	titled: void 0,
	quoted: void 0,
	person: void 0,
	tablesRead: 0,
	tablesHeld: 0,
	told: void 0
}), 2e4);
const bySegments = /* @__PURE__ */ new WeakMap();
/** Keeps the records of a document's sentences, in their order (made as the document is split). */
function keepReadings(segments, readings) {
	bySegments.set(segments, readings);
}
/** The record of each of a document's sentences, by index. */
function readingsOf(segments) {
	let readings = bySegments.get(segments);
	if (readings === void 0) {
		readings = segments.map((s) => readingOf(s.text));
		bySegments.set(segments, readings);
	}
	return readings;
}
// dist/knowledge/amounts.js
/** Finds amounts of money in Swedish and English text: "16,5 miljoner kronor", "SEK 10 million", "15 750 000 kr". */
/** The word right at `pos` (`glued`), else the one after a gap of spaces and at most one line break. */
function wordNear(text, pos, glued) {
	if (glued !== null) return glued;
	const at = skipGap(text, pos);
	return at === null ? null : wordAt(text, at);
}
/** A scale word right after the digits ("10m", "10 miljoner", "49,5 milj. kr"): `found` by `wordNear`. */
function readScale(found, glued) {
	const scale = found === null ? void 0 : SCALE_WORDS.get(found.word);
	if (found === null || scale === void 0) return null;
	if (!glued && scale.attachedOnly) return null;
	return {
		scale,
		end: found.end
	};
}
/** A currency word at or after `pos` ("kronor", "kr", "SEK", "svenska kronor"); returns its end. */
function readCurrency(text, pos) {
	return currencyEnd(text, wordNear(text, pos, wordAt(text, pos)));
}
/** Where the currency word `found` (by `wordNear`) ends, with "svenska" before "kronor"; null: none. */
function currencyEnd(text, found) {
	if (found === null) return null;
	if (CURRENCY_WORDS$1.has(found.word)) return found.end;
	if (!CURRENCY_ADJECTIVES.has(found.word)) return null;
	const nounAt = skipGap(text, found.end);
	const noun = nounAt === null ? null : wordAt(text, nounAt);
	return noun?.word.startsWith("kron") ? noun.end : null;
}
/** The scale and currency after a number; a dot after an abbreviation is kept only before kronor. */
function readUnit(text, pos, scaleAllowed = true) {
	const glued = wordAt(text, pos);
	const near = wordNear(text, pos, glued);
	const read = scaleAllowed ? readScale(near, glued !== null) : null;
	if (read?.scale.currency) return {
		...read,
		factor: read.scale.factor,
		currency: true
	};
	let end = read?.end ?? pos;
	if (read?.scale.abbreviation && text[end] === ".") {
		const dotted = readCurrency(text, end + 1);
		if (dotted !== null) end = dotted;
	}
	const currency = end > (read?.end ?? pos) ? end : read === null ? currencyEnd(text, near) : readCurrency(text, end);
	return {
		end: currency ?? end,
		factor: read?.scale.factor ?? 1,
		scale: read?.scale ?? null,
		currency: currency !== null
	};
}
/** Whole kronor, exactly: "14,5" miljoner → 145 × 1 000 000 / 10. */
function numeralValue(numeral, unit) {
	const english = unit.scale?.english === true;
	const thousands = numeral.ambiguous !== null && (unit.scale === null || numeral.ambiguous === "," && english);
	const digits = thousands ? numeral.digits + numeral.fraction : numeral.digits;
	const fraction = thousands ? "" : numeral.fraction;
	return Math.round(Number(digits + fraction) * unit.factor / 10 ** fraction.length);
}
/** "3 miljoner invånare", "10 miljoner euro": a scale word that counts something other than kronor. */
function countsSomethingElse(text, unit) {
	const after = text.slice(unit.end, unit.end + 40);
	return FOREIGN_CURRENCY_AFTER.test(after) || !unit.currency && COUNTED_AFTER.test(after);
}
/** "2022" written as a year would be: four digits, no grouping, 1900–2100. */
function isYearLike(numeral) {
	const year = Number(numeral.digits);
	return !numeral.grouped && numeral.fraction === "" && numeral.digits.length === 4 && year >= 1900 && year <= 2100;
}
/** A bare number in a question: ≥ 1000, not a year, phone number, date, label or count. */
function acceptsBare(text, numeral, value) {
	if (value < 1e3 || isAlnum(text[numeral.end])) return false;
	if (isYearLike(numeral)) return false;
	if (/^[-–]\d/.test(text.slice(numeral.end, numeral.end + 2))) return false;
	if (UNIT_AFTER$1.test(text.slice(numeral.end, numeral.end + 20))) return false;
	if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, numeral.start - 20), numeral.start))) return false;
	return !looksLikePhone(text, numeral);
}
/** Digits, spaces and dashes around the number holding seven or more digits: a phone number. */
function looksLikePhone(text, numeral) {
	const run = /[\d \u00A0\u202F\u2009\-–+]/;
	let from = numeral.start;
	let to = numeral.end;
	while (from > 0 && run.test(text[from - 1] ?? "")) from--;
	while (to < text.length && run.test(text[to] ?? "")) to++;
	const around = text.slice(from, to).trim();
	const digits = around.replace(/\D/g, "").length;
	return around.length > numeral.end - numeral.start && digits >= 7;
}
/** "10–15 miljoner kronor": the upper bound, "at most". */
function readRange(text, first) {
	const after = dashEnd(text, first.end);
	if (after === null) return null;
	const second = readNumeral(text, after);
	if (second === null) return null;
	const noUnit = {
		end: 0,
		factor: 1,
		scale: null,
		currency: false
	};
	return numeralValue(first, noUnit) < numeralValue(second, noUnit) ? second : null;
}
/** Where a dash between two numbers ends, a space or no-break space either side (/[ \u00A0]?[-–][ \u00A0]?/y). */
function dashEnd(text, pos) {
	let at = pos;
	if (text[at] === " " || text[at] === "\xA0") at += 1;
	if (text[at] !== "-" && text[at] !== "–") return null;
	at += 1;
	return text[at] === " " || text[at] === "\xA0" ? at + 1 : at;
}
/** An amount whose number is written in digits, starting at `pos`. */
function digitAmount(text, pos, loose) {
	if (!startsCleanly(text, pos)) return pos + 1;
	const first = readNumeral(text, pos);
	if (first === null) return pos + 1;
	const second = readRange(text, first);
	const numeral = second ?? first;
	const unit = readUnit(text, numeral.end);
	const value = numeralValue(numeral, unit);
	const money = unit.currency || unit.scale !== null && (!unit.scale.needsCurrency || loose);
	if (second !== null && !money) return first.end;
	if (!money && (unit.scale !== null || !(loose && acceptsBare(text, numeral, value)))) return first.end;
	if (countsSomethingElse(text, unit)) return unit.end;
	if (FOREIGN_CURRENCY_BEFORE.test(text.slice(Math.max(0, pos - 8), pos))) return unit.end;
	return {
		start: pos,
		end: unit.end,
		valueSek: value,
		qualifier: second ? "at-most" : null
	};
}
/** "SEK 10 million", "kr 500", "MSEK 10", starting at the currency word. */
function prefixAmount(text, pos, word, wordEnd) {
	const prefixFactor = PREFIX_CURRENCIES.get(word);
	if (prefixFactor === void 0) return null;
	const numeral = readNumeral(text, skipSpaces(text, word === "kr" && text[wordEnd] === "." ? wordEnd + 1 : wordEnd));
	if (numeral === null) return null;
	const unit = readUnit(text, numeral.end, prefixFactor === 1);
	if (unit.currency || prefixFactor > 1 && isYearLike(numeral)) return null;
	const factor = prefixFactor * unit.factor;
	const value = numeralValue(numeral, {
		...unit,
		factor
	});
	return {
		start: pos,
		end: unit.end,
		valueSek: value,
		qualifier: null
	};
}
/** "sex miljoner kronor", "en halv miljon", "ten million": words need a scale word. */
function wordAmount(text, pos) {
	const phrase = readNumberPhrase(text, pos);
	if (phrase === null) return null;
	const unit = readUnit(text, phrase.end);
	if (unit.scale === null || countsSomethingElse(text, unit)) return null;
	if (unit.scale.needsCurrency && !unit.currency) return null;
	const value = Math.round(phrase.value * unit.factor);
	return {
		start: pos,
		end: unit.end,
		valueSek: value,
		qualifier: null
	};
}
const OPENING_PAIRS = /* @__PURE__ */ new Set([...NUMBER_PHRASE_PAIRS, ...[...PREFIX_CURRENCIES.keys()].map((w) => lowerPairAt(w, 0))]);
/** Whether no reading can start at the word [pos, end): most words, told by their first two letters alone. */
function opensNoAmount(text, pos, end) {
	if (end - pos < 2 || text[end] === "-") return false;
	const pair = lowerPairAt(text, pos);
	return pair >= 0 && !OPENING_PAIRS.has(pair);
}
function holdsScale(hint) {
	hint.held ??= SCALE_HINT.test(hint.text);
	return hint.held;
}
/**
* Tries every reading at one word or digit (`matched`: the letters there, or a digit); returns the amount, or
* where to look next.
*/
function amountAt(text, pos, loose, end, hint) {
	if (isDigitAt(text, pos)) return digitAmount(text, pos, loose);
	if (opensNoAmount(text, pos, end)) return end;
	const word = text.slice(pos, end).toLowerCase();
	const numberWord = mayStartNumberPhrase(word, text[end]) && holdsScale(hint);
	return prefixAmount(text, pos, word, end) ?? (numberWord ? wordAmount(text, pos) : null) ?? end;
}
/** Every amount in `text`, in order and non-overlapping, with the qualifier word that precedes it. */
function findAmounts(text, options = {}) {
	return options.loose === true ? scanAmounts(text, true) : amountsOf(readingOf(text));
}
const NONE$8 = Object.freeze([]);
function frozen(amounts) {
	return amounts.length === 0 ? NONE$8 : Object.freeze(amounts);
}
/**
* A sentence's amounts, read once per wording and kept on its record: the ledger, the dates and the
* statements read the same sentences. Shared: never change the list.
*/
function amountsOf(reading) {
	reading.amounts ??= frozen(scanAmounts(reading.text, false));
	return reading.amounts;
}
const DIGIT$3 = /[0-9]/;
const SCALE_HINT = new RegExp(`${[...SCALE_WORDS].filter(([, scale]) => !scale.attachedOnly).map(([word]) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|[\u0130\u212A]`, "i");
function scanAmounts(text, loose) {
	const amounts = [];
	const hint = {
		text,
		held: null
	};
	if (!DIGIT$3.test(text) && !holdsScale(hint)) return amounts;
	const token = {
		start: 0,
		end: 0
	};
	let lastEnd = 0;
	let from = 0;
	while (nextToken(text, from, false, token)) {
		const result = amountAt(text, token.start, loose, token.end, hint);
		if (typeof result === "number") {
			from = Math.max(result, token.start + 1);
			continue;
		}
		if (!Number.isSafeInteger(result.valueSek)) {
			from = result.end;
			continue;
		}
		const found = qualifierBefore(text, result.start);
		const before = found !== null && found.start >= lastEnd ? found : null;
		const start = before?.start ?? result.start;
		const qualifier = before?.qualifier ?? result.qualifier;
		amounts.push({
			...result,
			start,
			qualifier,
			text: text.slice(start, result.end)
		});
		lastEnd = result.end;
		from = result.end;
	}
	return amounts;
}
// dist/knowledge/topics.js
const TOPICS = [
	{
		key: "barncancer",
		kind: "condition",
		sv: "barncancer",
		en: "childhood cancer",
		svPhrases: [
			"barncancer",
			"barn med cancer",
			"cancer hos barn",
			"barntumör"
		],
		enPhrases: [
			"childhood cancer",
			"childhood cancers",
			"pediatric cancer",
			"paediatric cancer",
			"children's cancer",
			"childrens cancer",
			"child cancer",
			"kids cancer",
			"cancer in children",
			"children with cancer"
		]
	},
	{
		key: "bröst- och äggstockscancer",
		kind: "condition",
		sv: "bröst- och äggstockscancer",
		en: "breast and ovarian cancer",
		svPhrases: [
			"bröstcancer",
			"äggstockscancer",
			"bröst- och äggstockscancer",
			"cancer som drabbar kvinnor",
			"kvinnors cancer",
			"kvinnocancer"
		],
		enPhrases: [
			"breast and ovarian cancer",
			"breast cancer",
			"ovarian cancer",
			"women's cancers",
			"womens cancers",
			"women's cancer",
			"cancers in women",
			"cancer in women",
			"gynaecological cancer",
			"gynecological cancer"
		]
	},
	{
		key: "lungcancer",
		kind: "condition",
		sv: "lungcancer",
		en: "lung cancer",
		svPhrases: ["lungcancer"],
		enPhrases: ["lung cancer", "lung cancers"]
	},
	{
		key: "sällsynta hälsotillstånd",
		kind: "condition",
		sv: "sällsynta hälsotillstånd",
		en: "rare diseases",
		svPhrases: [
			"sällsynta hälsotillstånd",
			"sällsynta diagnoser",
			"sällsynta sjukdomar"
		],
		enPhrases: [
			"rare diseases",
			"rare disease",
			"rare conditions",
			"rare health conditions",
			"rare disorders",
			"rare diagnoses"
		]
	},
	{
		key: "solida tumörer",
		kind: "condition",
		sv: "solida tumörer",
		en: "solid tumours",
		svPhrases: ["solida tumörer", "solid tumör"],
		enPhrases: [
			"solid tumours",
			"solid tumors",
			"solid tumour",
			"solid tumor"
		]
	},
	{
		key: "ärftlig hjärtsjukdom",
		kind: "condition",
		sv: "ärftlig hjärtsjukdom",
		en: "inherited heart disease",
		svPhrases: ["ärftlig hjärtsjukdom", "ärftliga hjärtsjukdomar"],
		enPhrases: [
			"inherited heart disease",
			"hereditary heart disease",
			"inherited cardiac disease"
		]
	},
	{
		key: "farmakogenomik",
		kind: "method",
		sv: "farmakogenomik",
		en: "pharmacogenomics",
		svPhrases: ["farmakogenomik", "farmakogenetik"],
		enPhrases: ["pharmacogenomics", "pharmacogenetics"]
	},
	{
		key: "datadelning",
		kind: "method",
		sv: "datadelning",
		en: "data sharing",
		svPhrases: ["datadelning", "dela data"],
		enPhrases: [
			"data sharing",
			"sharing data",
			"data exchange"
		]
	},
	{
		key: "kliniska studier",
		kind: "method",
		sv: "kliniska studier",
		en: "clinical trials",
		svPhrases: [
			"kliniska studier",
			"klinisk studie",
			"kliniska prövningar"
		],
		enPhrases: [
			"clinical trials",
			"clinical trial",
			"clinical studies",
			"clinical study"
		]
	},
	{
		key: "tidig upptäckt",
		kind: "method",
		sv: "tidig upptäckt av cancer",
		en: "early detection of cancer",
		svPhrases: ["tidig upptäckt", "tidig diagnos"],
		enPhrases: [
			"early detection",
			"early diagnosis",
			"detect cancer early",
			"early cancer detection"
		]
	},
	{
		key: "helgenomsekvensering",
		kind: "method",
		sv: "helgenomsekvensering",
		en: "whole-genome sequencing",
		svPhrases: ["helgenomsekvensering"],
		enPhrases: [
			"whole-genome sequencing",
			"whole genome sequencing",
			"wgs",
			"genome sequencing"
		]
	},
	{
		key: "samordning och uppföljning",
		kind: "method",
		sv: "samordning och uppföljning",
		en: "coordination and follow-up",
		svPhrases: ["samordning och uppföljning"],
		enPhrases: [
			"coordination and follow-up",
			"coordination and monitoring",
			"coordination"
		]
	}
];
/** Condition words too general to name an area on their own ("cancer"); they need a modifier ("prostatacancer", "akuta …"). */
const GENERIC_CONDITION_HEADS = new Set("cancer cancern tumör tumörer sjukdom sjukdomar sjukdomen hälsotillstånd diagnoser syndrom infektion infektioner störningar".split(" "));
/** Heads of Swedish words that name a condition: "prostatacancer", "akuta leukemier", "diabetes". */
const CONDITION_HEADS = [...GENERIC_CONDITION_HEADS, ..."leukemi leukemier lymfom melanom diabetes demens epilepsi".split(" ")];
// dist/knowledge/stopwords.js
const STOPWORDS = new Set(`och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan
  man när år säga hon under också efter eller nu sin där vid mot ska skall hade blev bli blir vara
  detta dessa denna där här hur vad vem vilka vilken vilket varför när då sedan än även samt
  alla allt andra annat någon något några mer mest mycket mkt mycke lite får fick fått få ges
  gick går gå gått dess deras hans hennes våra vår vårt er ert era min mitt mina din ditt dina oss
  dem honom henne ej ju väl bara redan just inom ramen enligt genom utan över åt via per samma
  the a an and or of to in on for with by at from as is are was were be been being it its this
  that these those what which who whom whose how much many did do does done has have had will
  would can could should may might there their they them he she we you your our his her i me my
  about into than then so not no yes also any all some more most much very just only over under
  get got give given go went gone going`.split(/\s+/));
/** Words of every funding sentence; never a topic on their own. */
const FUNDING_WORDS = new Set(`kronor kr krona konor sek miljon miljoner miljard miljarder mnkr mkr msek tkr tusen
  regeringen regering regeringens riksdagen riksdag riksdagens beslutar beslutade beslut beslutat avsätter avsatte bevilja
  beviljar beviljat betala betalar ut medel medlen pengar pengarna anslag anslaget stöd satsning
  satsningen satsar uppdrag uppdraget ytterligare totalt sammanlagt användas använda fördelas
  fördelar government million millions billion crowns kronor funding funds fund funded money
  grant grants granted allocated allocate allocation spent spend received receive receives paid
  pay pays total totally amount amounts went goes budget`.split(/\s+/));
// dist/knowledge/words.js
const STEM_CACHE_MAX = 5e4;
/** Letters (any script) and digits; a hyphen inside or at the end of a word stays with it ("bröst-"). */
const WORD$4 = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*-?/gu;
const FEW_WORDS = 16;
/** The words of `text` (at most the first `limit`), lower case, with their offsets. */
function words$1(text, limit = Number.POSITIVE_INFINITY) {
	return scanWords(text, limit, 0);
}
/** The words of a sentence with offsets in its document (the sentence starts at `offset`). */
function wordsAt(text, offset) {
	return scanWords(text, Number.POSITIVE_INFINITY, offset);
}
function scanWords(text, limit, offset) {
	const out = [];
	const lower = limit < FEW_WORDS ? "" : text.toLowerCase();
	const whole = lower.length === text.length && !text.includes("Σ");
	for (let at = wordStart(text, 0); at < text.length && out.length < limit;) {
		let end = at < 0 ? -1 : wordEnd(text, at);
		if (end < 0) return scanByRegex(text, limit, offset, whole ? lower : null);
		const broken = text.charCodeAt(end - 1) === 45 ? brokenWordEnd(text, end - 1) : -1;
		let word;
		if (broken < 0) word = whole ? lower.slice(at, end) : text.slice(at, end).toLowerCase();
		else {
			word = joinBroken(text, at, end - 1, broken).toLowerCase();
			end = broken;
		}
		out.push({
			word,
			start: offset + at,
			end: offset + end
		});
		at = wordStart(text, end);
	}
	return out;
}
/** As `scanWords`, by the regex itself: for a text with astral characters (`lower`: its lower case, when usable). */
function scanByRegex(text, limit, offset, lower) {
	const out = [];
	WORD$4.lastIndex = 0;
	for (let m = WORD$4.exec(text); m !== null && out.length < limit; m = WORD$4.exec(text)) {
		const at = m.index;
		const end = at + m[0].length;
		const word = lower !== null ? lower.slice(at, end) : m[0].toLowerCase();
		out.push({
			word,
			start: offset + at,
			end: offset + end
		});
	}
	return out;
}
/** Snowball Swedish stem of a lower-case word. */
const stem = cacheByKey(stemmer, STEM_CACHE_MAX);
/** Whether a word can name a topic: not a function word, not money talk, not a number. */
function isContentWord(word) {
	const first = word.charCodeAt(0);
	const digit = first >= 48 && first <= 57;
	return word.length > 1 && !digit && !STOPWORDS.has(word) && !FUNDING_WORDS.has(word);
}
/**
* Expands Swedish hyphen coordination: "bröst- och äggstockscancer" → bröstcancer, äggstockscancer.
* The shared head is the longest ending of the last word that `isWord` knows.
*/
function expandCoordination(tokens, isWord) {
	const out = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] ?? "";
		if (!t.endsWith("-")) {
			out.push(t);
			continue;
		}
		const prefix = t.slice(0, -1);
		const last = tokens.slice(i + 1, i + 4).find((w) => !w.endsWith("-") && !STOPWORDS.has(w));
		const head = last ? compoundHead(last, isWord) : null;
		out.push(head ? prefix + head : prefix);
	}
	return out;
}
/** The longest proper ending (≥ 4 letters) of a compound that is itself a known word. */
function compoundHead(word, isWord) {
	for (let i = 3; i <= word.length - 4; i++) {
		const tail = word.slice(i);
		if (isWord(tail)) return tail;
	}
	return null;
}
/** Content stems of a text, in order, hyphen coordination expanded. */
function contentStems(text, isWord = () => false) {
	const tokens = expandCoordination(words$1(text).map((t) => t.word), isWord);
	const out = [];
	for (const t of tokens) {
		if (!hasHyphen(t)) {
			if (isContentWord(t)) out.push(stem(t));
			continue;
		}
		for (const part of t.split(/[-–]/)) if (isContentWord(part)) out.push(stem(part));
	}
	return out;
}
/** Whether a word holds a hyphen or an en dash (most do not, and need no splitting). */
function hasHyphen(word) {
	return word.includes("-") || word.includes("–");
}
// dist/knowledge/area.js
const GENERIC = new Set(contentStems(`pilot piloter pilotprojekt pilotstudier projekt projektet arbete arbetet fortsatt fortsatta fortsätta
    implementering implementera nationell nationella klinisk kliniska praxis genomföra genomförande
    utveckling vidareutveckling uppskalning pågående etablera arbetssätt användning effektiv internationell
    inom ramen insatser del år åren gms genomic medicine sweden införa rutin`));
/** Stems of every word, stop words kept: "tiden till diagnos" must not read as "tidig diagnos". */
function phraseStems(text) {
	return words$1(text).map((w) => stem(w.word));
}
/** Whether `phrase` occurs in `text` as consecutive words (each compared by stem). */
function containsPhrase(textStems, phrase) {
	if (phrase.length === 0) return false;
	outer: for (let i = 0; i + phrase.length <= textStems.length; i++) {
		for (let j = 0; j < phrase.length; j++) if (textStems[i + j] !== phrase[j]) continue outer;
		return true;
	}
	return false;
}
function indexPhrases(owners) {
	const index = /* @__PURE__ */ new Map();
	owners.forEach((phrases, owner) => {
		for (const phrase of phrases) {
			const head = phrase[0];
			if (head === void 0) continue;
			const list = index.get(head) ?? [];
			list.push({
				owner,
				phrase
			});
			index.set(head, list);
		}
	});
	return index;
}
/** Per owner (of `owners`), whether `containsPhrase(text, p)` holds for one of its phrases: one pass over the text. */
function ownersIn(text, index, owners) {
	const found = new Array(owners).fill(false);
	for (let i = 0; i < text.length; i++) {
		const list = index.get(text[i]);
		if (list === void 0) continue;
		for (const { owner, phrase } of list) if (!found[owner] && phraseAt(text, i, phrase)) found[owner] = true;
	}
	return found;
}
/** Whether `phrase` stands in `text` from word `i` on. */
function phraseAt(text, i, phrase) {
	if (i + phrase.length > text.length) return false;
	for (let j = 0; j < phrase.length; j++) if (text[i + j] !== phrase[j]) return false;
	return true;
}
/** The topics of one kind, in order, and their phrases by first stem. */
function topicsOfKind(kind) {
	const topics = TOPICS.filter((t) => t.kind === kind);
	return {
		keys: topics.map((t) => t.key),
		index: indexPhrases(topics.map((t) => [...t.svPhrases, ...t.enPhrases].map(phraseStems)))
	};
}
const CONDITIONS = topicsOfKind("condition");
const METHODS = topicsOfKind("method");
/** The first topic of the kind (in the list's order) one of whose phrases the stems hold. */
function knownTopic(stems, kind) {
	const { keys, index } = kind === "condition" ? CONDITIONS : METHODS;
	return keys[ownersIn(stems, index, keys.length).indexOf(true)] ?? null;
}
/** A condition the topic list doesn't know, in the document's words: "prostatacancer", "akuta leukemier". */
function namedCondition(list) {
	for (let i = 0; i < list.length; i++) {
		const w = list[i] ?? "";
		if (!CONDITION_HEADS.some((h) => w === h || w.endsWith(h) && w.length > h.length + 2)) continue;
		const previous = list[i - 1] ?? "";
		if (/[ae]$/.test(previous) && isContentWord(previous) && !GENERIC.has(stem(previous))) return `${previous} ${w}`;
		if (!GENERIC_CONDITION_HEADS.has(w)) return w;
	}
	return null;
}
/** The normalised area of a purpose: a known condition, another named condition, a known method, else its first specific words. */
function describeArea(purpose) {
	const list = words$1(purpose).map((w) => w.word);
	const stems = list.map(stem);
	const area = knownTopic(stems, "condition") ?? namedCondition(list) ?? knownTopic(stems, "method");
	if (area) return area;
	return list.filter((w) => isContentWord(w) && !GENERIC.has(stem(w))).slice(0, 2).join(" ");
}
const TOPIC_KEYS = new Set(TOPICS.map((t) => t.key));
/** A known area's own words as stems: an English document's amount is found by the Swedish question words too. */
function areaTerms(area) {
	return TOPIC_KEYS.has(area) ? contentStems(area) : [];
}
// dist/knowledge/date-words.js
const S$1 = "[ \\t\\u00A0\\u202F\\u2009]";
/** Month names as written in running text, January first. */
const MONTH_NAMES_SV = "januari februari mars april maj juni juli augusti september oktober november december".split(" ");
const MONTH_NAMES_EN = "January February March April May June July August September October November December".split(" ");
const ABBREVIATIONS$1 = [
	"jan",
	"feb",
	"mar",
	"apr",
	"",
	"jun",
	"jul",
	"aug",
	"sept sep",
	"okt oct",
	"nov",
	"dec"
];
/** Swedish and English month names and abbreviations, lower-case, to the month number. */
const MONTHS$1 = new Map(MONTH_NAMES_SV.flatMap((sv, i) => {
	return [
		sv,
		(MONTH_NAMES_EN[i] ?? "").toLowerCase(),
		...(ABBREVIATIONS$1[i] ?? "").split(" ")
	].filter((n) => n !== "").map((name) => [name, i + 1]);
}));
const CUES = [
	["senast", "deadline"],
	["no later than", "deadline"],
	["not later than", "deadline"],
	["by", "deadline"],
	["under", "during"],
	["during", "during"],
	["throughout", "during"],
	["för", "for"],
	["for", "for"],
	["i", "in"],
	["in", "in"],
	["sedan", "since"],
	["since", "since"],
	["från och med", "since"],
	["fr.o.m.", "since"],
	["från", "since"],
	["from", "since"],
	["budgetåret", "budget-year"],
	["budgetår", "budget-year"],
	["budget year", "budget-year"],
	["fiscal year", "budget-year"],
	["financial year", "budget-year"]
];
const CUE_BY_WORDS = new Map(CUES);
const FILLERS = [
	"den",
	"år",
	"året",
	"åren",
	"the",
	"the year",
	"the years",
	"year",
	"years"
];
/** "under perioden 2023–2025" is during a span; "under perioden 21 januari 2019 och …" starts one. */
const SPAN_FILLERS = ["perioden", "the period"];
const phrase = (words) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, "\\.").replace(/ /g, `${S$1}+`)).join("|");
const CUE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${phrase(CUES.map(([w]) => w))})(?:${S$1}+(${phrase([...FILLERS, ...SPAN_FILLERS])}))?${S$1}+$`, "iu");
const LAST_WORDS = new Set([
	...CUES.map(([w]) => w),
	...FILLERS,
	...SPAN_FILLERS
].map((p) => p.split(" ").at(-1) ?? ""));
const SPACE_UNITS = /* @__PURE__ */ new Set([
	" ",
	"	",
	"\xA0",
	" ",
	" "
]);
const LATIN_LETTER = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/;
const LETTER$4 = /\p{L}/u;
/**
* False when no cue can stand right before `start` in [from, start): the text there must end in spaces after
* a word that ends a cue or a filler. Decided by the units alone; where it cannot tell, true.
*/
function mayHaveCue(text, from, start) {
	let k = start - 1;
	if (k < from || !SPACE_UNITS.has(text[k] ?? "")) return false;
	while (k >= from && SPACE_UNITS.has(text[k] ?? "")) k -= 1;
	if (k < from) return false;
	const last = text[k] ?? "";
	if (last === ".") return true;
	if (!LETTER$4.test(last)) return SURROGATE.test(last);
	let j = k;
	while (j > from && LETTER$4.test(text[j - 1] ?? "")) j -= 1;
	const word = text.slice(j, k + 1);
	return !LATIN_LETTER.test(word) || LAST_WORDS.has(word.toLowerCase());
}
const SURROGATE = /[\uD800-\uDFFF]/;
const SPACE_RUNS = /\s+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The cue word(s) right before `start` ("den", "år", "the year" may stand in between). */
function cueBefore(text, start, isSpan) {
	const from = Math.max(0, start - 40);
	if (!mayHaveCue(text, from, start)) return "none";
	const match = CUE_BEFORE.exec(text.slice(from, start));
	if (match === null || match[1] === void 0) return "none";
	const filler = match[2]?.toLowerCase().replace(SPACE_RUNS, " ");
	if (!isSpan && filler !== void 0 && SPAN_FILLERS.includes(filler)) return "none";
	const at = from + match.index;
	if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1] ?? "")) return "none";
	return CUE_BY_WORDS.get(match[1].toLowerCase().replace(SPACE_RUNS, " ")) ?? "none";
}
// dist/knowledge/lines.js
const NEWLINE = /[\r\n]/g;
/** Where the line starting at `start` ends (before its line break). */
function lineEnd(text, start) {
	NEWLINE.lastIndex = start;
	return NEWLINE.test(text) ? NEWLINE.lastIndex - 1 : text.length;
}
/** Where the next line starts, after the line break at `end` ("\r\n" is one). */
function nextLine(text, end) {
	return end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
}
const NOT_SPACE = /\S/g;
/** Where the line's first non-space character is (`end`: a blank line). */
function firstNonSpace(text, start, end) {
	NOT_SPACE.lastIndex = start;
	const at = NOT_SPACE.test(text) ? NOT_SPACE.lastIndex - 1 : end;
	return Math.min(at, end);
}
// dist/knowledge/segments.js
const ABBREVIATIONS = /* @__PURE__ */ new Set([
	"t.ex",
	"bl.a",
	"m.m",
	"s.k",
	"dvs",
	"ca",
	"kl",
	"nr",
	"resp",
	"jfr",
	"osv",
	"m.fl",
	"fr.o.m",
	"t.o.m",
	"d.v.s",
	"e.g",
	"i.e",
	"etc",
	"vs",
	"mr",
	"mrs",
	"dr",
	"st",
	"prof",
	"milj",
	"mdr",
	"mkr"
]);
const BULLET = /^(?:[*•\-–]|\d{1,2}[.)])\s+/;
const TOTAL_LABEL = /^(?:totalt|summa|sammanlagt|total|sum)\s*:/iu;
const LABELLED_AMOUNT = /^\p{Lu}[\p{L}\p{N} .&-]{1,60}:[ \t]{0,3}(?:SEK[ \t]?)?\d[\d \u00a0,.]{0,15}(?:mkr|mnkr|msek|miljoner(?: kronor)?|miljon|tkr|kr|kronor|sek|m|million)\.?$/iu;
const HEADING_MAX_WORDS = 16;
/**
* Splits a document into sentences, headlines and list items, keeping exact offsets. The result is shared
* by every reader of the same text: never change it.
*/
const segment = cacheByKey(splitText, 64);
function splitText(text) {
	const out = [];
	const readings = [];
	let paragraph = 0;
	let previousBlank = true;
	for (let start = 0; start < text.length;) {
		const end = lineEnd(text, start);
		const lead = firstNonSpace(text, start, end);
		if (lead === end) {
			if (!previousBlank) paragraph += 1;
			previousBlank = true;
		} else {
			previousBlank = false;
			let last = end;
			for (let from = lead; wrapsOn(text, from, last) || numberWrapsOn(text, last);) {
				from = nextLine(text, last);
				last = lineEnd(text, from);
			}
			splitLine(text, lead, text.slice(lead, last).trimEnd(), paragraph, out, readings);
			start = nextLine(text, last);
			continue;
		}
		start = nextLine(text, end);
	}
	keepReadings(out, readings);
	return out;
}
const WRAPPED_MIN_CHARS = 50;
const LOWER_START$1 = /^[ \t]*\p{Ll}/u;
/**
* The line ending at `end` runs on into the next: it is long, has no closing punctuation and is no list
* item, and the next line goes on in lower case ("… för arbete" / "inom Genomic Medicine Sweden …").
*/
function wrapsOn(text, lineStart, end) {
	if (end >= text.length || end - lineStart < WRAPPED_MIN_CHARS) return false;
	const next = nextLine(text, end);
	const following = text.slice(next, Math.min(text.length, next + FOLLOWING_PEEK));
	const lower = LOWER_START$1.test(following);
	if (!lower && !DIGIT_START.test(following)) return false;
	const line = text.slice(lineStart, end).trim();
	if (line.length < WRAPPED_MIN_CHARS || endsClosed(line) || BULLET.test(line)) return false;
	return lower || !BULLET.test(following.trimStart()) && endsOpen(line);
}
const DIGIT_START = /^[ \t]*\d/;
const LAST_WORD = /\p{L}+$/u;
/** The line ends in a word that leaves its sentence open: a function word or a month name. */
function endsOpen(line) {
	const word = LAST_WORD.exec(line.slice(-LAST_WORD_PEEK))?.[0]?.toLowerCase() ?? "";
	return STOPWORDS.has(word) || MONTHS$1.has(word);
}
const LAST_WORD_PEEK = 24;
const GROUP_GOES_ON = /[ \t]{0,4}\d{3}[ \t]{1,4}\p{L}/uy;
/**
* The line ending at `end` ends in the first groups of a number the next line finishes, as a PDF wraps
* "14 000" / "000 kronor": a digit group after a space ends the line, three digits and a word open the next.
*/
function numberWrapsOn(text, end) {
	let i = end;
	while (i > 0 && (text[i - 1] === " " || text[i - 1] === "	")) i -= 1;
	let digits = 0;
	while (digits < 4 && isDigitAt(text, i - 1 - digits)) digits += 1;
	if (digits === 0 || digits > 3 || !NUMBER_SPACE.has(text[i - 1 - digits] ?? "")) return false;
	if (end >= text.length) return false;
	GROUP_GOES_ON.lastIndex = nextLine(text, end);
	return GROUP_GOES_ON.test(text);
}
const NUMBER_SPACE = /* @__PURE__ */ new Set([
	" ",
	"\xA0",
	" ",
	" "
]);
const FOLLOWING_PEEK = 8;
/** A line's sentences; `trimmed` is the line without its edge spaces, starting at `bodyStart` in `text`. */
function splitLine(text, bodyStart, trimmed, paragraph, out, readings) {
	let body = trimmed;
	let start = bodyStart;
	const bullet = BULLET.exec(body);
	if (bullet) {
		start += bullet[0].length;
		body = body.slice(bullet[0].length);
	}
	const item = bullet !== null || LABELLED_AMOUNT.test(body) && !TOTAL_LABEL.test(body);
	const isHeading = !item && !endsClosed(body) && fewWords(body, HEADING_MAX_WORDS);
	const line = {
		text,
		start,
		paragraph,
		heading: isHeading,
		bullet: item
	};
	let begin = 0;
	const stop = STOP;
	stop.lastIndex = 0;
	for (let m = stop.exec(body); m; m = stop.exec(body)) {
		if (m[0].startsWith(".") && isAbbreviation(body, m.index)) continue;
		const end = m.index + m[0].length;
		addSentence(line, begin, end, out, readings);
		begin = end;
		while (begin < body.length && SPACE$1.test(body[begin] ?? "")) begin += 1;
	}
	if (begin < body.length) addSentence(line, begin, body.length, out, readings);
}
/** The sentence [s, e) of the line's body, with its record. */
function addSentence(line, s, e, out, readings) {
	const reading = readingOf(line.text.slice(line.start + s, line.start + e));
	readings.push(reading);
	out.push({
		index: out.length,
		start: line.start + s,
		end: line.start + e,
		text: reading.text,
		paragraph: line.paragraph,
		heading: line.heading,
		bullet: line.bullet
	});
}
const CLOSING = /* @__PURE__ */ new Set([
	".",
	"!",
	"?",
	":",
	";"
]);
const QUOTE_OR_PAREN = /* @__PURE__ */ new Set([
	"\"",
	"”",
	"»",
	")"
]);
/** Whether a line ends with closing punctuation, maybe inside a quote or parenthesis (/[.!?:;]["”»)]?$/). */
function endsClosed(body) {
	const last = body[body.length - 1] ?? "";
	if (CLOSING.has(last)) return true;
	return QUOTE_OR_PAREN.has(last) && CLOSING.has(body[body.length - 2] ?? "");
}
const SPACE_RUN = /\s+/g;
/** Whether `body.split(/\s+/)` has at most `max` words, counted no further than that. */
function fewWords(body, max) {
	SPACE_RUN.lastIndex = 0;
	let words = 1;
	while (SPACE_RUN.test(body)) if (++words > max) return false;
	return true;
}
const STOP = /[.!?]+["”»)]?(?:\[\d{1,3}\]){0,4}(?=\s+["“«(–—-]?[\p{Lu}\d])/gu;
const SPACE$1 = /\s/;
const WORD_BEFORE_STOP = /([\p{L}.]+)$/u;
const LEADING_DOTS = /^\.+/;
function isAbbreviation(body, dot) {
	const word = WORD_BEFORE_STOP.exec(body.slice(Math.max(0, dot - 12), dot))?.[1]?.toLowerCase() ?? "";
	if (word.length === 1) return true;
	return ABBREVIATIONS.has(word.replace(LEADING_DOTS, ""));
}
// dist/knowledge/budget.js
/** Sentences, headlines and list items per document (a 5 MB report of real prose has about 40,000). */
const MAX_SEGMENTS = 1e5;
/** Amounts per document: a funding decision states tens, a budget bill a few thousand. */
const MAX_AMOUNTS = 5e3;
/** Characters in one sentence: longer is no sentence anyone could be quoted from. */
const MAX_SEGMENT_CHARS = 8e3;
/** Why `doc` is over the budget, or null when it is within it. Linear in the text; stops at the first excess. */
function overBudget(doc) {
	const segments = segment(doc.text);
	if (segments.length > 1e5) return `has ${segments.length} sentences, over the ${MAX_SEGMENTS}-sentence budget`;
	let amounts = 0;
	const readings = readingsOf(segments);
	for (const s of segments) {
		if (s.text.length > 8e3) return `has a sentence of ${s.text.length} characters, over the ${MAX_SEGMENT_CHARS}-character budget`;
		amounts += amountsOf(readings[s.index]).length;
		if (amounts > 5e3) return `states over ${MAX_AMOUNTS} amounts, over the reading budget`;
	}
	return null;
}
/** The problem naming a document skipped for being over the budget (`reason` from `overBudget`). */
function overBudgetProblem(fileName, reason) {
	return {
		file: fileName,
		message: `${fileName} ${reason}; skipped`
	};
}
// dist/knowledge/cues.js
const INDEXED_UNITS = 592;
/** `byInitial` by the initial's UTF-16 unit (below `INDEXED_UNITS`), then by the second (`secondOf`, -1: none). */
function indexByUnit(byInitial, secondOf) {
	const out = new Array(INDEXED_UNITS).fill(void 0);
	for (const [initial, list] of byInitial) {
		const code = initial.charCodeAt(0);
		if (code >= INDEXED_UNITS) continue;
		const bySecond = /* @__PURE__ */ new Map();
		const short = list.filter((t) => secondOf(t) < 0);
		for (const t of list) {
			const second = secondOf(t);
			if (second >= 0 && !bySecond.has(second)) bySecond.set(second, list.filter((u) => secondOf(u) === second || secondOf(u) < 0));
		}
		out[code] = {
			bySecond,
			rest: short.length > 0 ? short : void 0
		};
	}
	return out;
}
/**
* The phrases that may start at `word`, in their order: those of its initial (`byInitial.get(word[0])`) whose
* first word has the word's second unit there; the others cannot match (`matchesAt` checks that unit first).
*/
function startingAs(word, byInitial, byUnit) {
	const code = word.charCodeAt(0);
	if (byUnit === void 0 || !(code < INDEXED_UNITS)) return byInitial.get(word[0] ?? "");
	const unit = byUnit[code];
	if (unit === void 0) return void 0;
	return (word.length > 1 ? unit.bySecond.get(word.charCodeAt(1)) : void 0) ?? unit.rest;
}
function compileCues(phrases) {
	const byInitial = /* @__PURE__ */ new Map();
	for (const phrase of phrases) {
		const parts = phrase.toLowerCase().split(/\s+/).filter((w) => w !== "").map((w) => w.endsWith("*") ? {
			word: w.slice(0, -1),
			prefix: true
		} : {
			word: w,
			prefix: false
		});
		const initial = parts[0]?.word[0];
		if (initial === void 0) continue;
		const list = byInitial.get(initial) ?? [];
		const opening = parts[0]?.word ?? "";
		list.push({
			phrase,
			parts,
			second: opening.length > 1 ? opening.charCodeAt(1) : -1
		});
		byInitial.set(initial, list);
	}
	const literals = [...byInitial.values()].flatMap((list) => list.map((c) => c.parts.map((p) => p.word)));
	const greek = literals.some((words) => words.some((w) => /[σς]/.test(w)));
	return {
		byInitial,
		literals: greek ? null : literals,
		hint: greek ? null : hintOf(literals),
		byUnit: indexByUnit(byInitial, (c) => c.second)
	};
}
const PLAIN_WORD = /^[a-zåäöéü0-9-]+$/;
const ODD_CASE = "[\\u0130\\u03A3\\u212A\\u212B]";
function hintOf(literals) {
	const longest = literals.map((words) => words.reduce((a, b) => b.length > a.length ? b : a, ""));
	if (longest.length === 0 || !longest.every((w) => PLAIN_WORD.test(w))) return null;
	return new RegExp(`${[...new Set(longest)].join("|")}|${ODD_CASE}`, "i");
}
/** False when the matcher's hint rules out every phrase in `text`; true when it may hold one. */
function hinted(text, matcher) {
	return matcher.hint == null || matcher.hint.test(text);
}
/** Whether a text may hold a phrase of `matcher`: every word of one phrase is in the text's lower case. */
function mayHold$1(text, matcher) {
	if (matcher.literals === null) return true;
	if (!hinted(text, matcher)) return false;
	return holdsAll(lowerCase(text), matcher.literals);
}
/** Whether `lower` includes every word of some phrase (loops: no closure made per phrase and call). */
function holdsAll(lower, literals) {
	for (const words of literals) {
		let all = true;
		for (const w of words) if (!lower.includes(w)) {
			all = false;
			break;
		}
		if (all) return true;
	}
	return false;
}
/**
* Whether any part of `text` (a line, a sentence of it) may hold a phrase of `matcher`: false when the whole
* text lacks a word of every phrase. Lower-casing a part is lower-casing the whole, unless a letter changes
* length or is Greek capital sigma: then any part may.
*/
function mayHoldAnywhere(text, matcher) {
	if (matcher.literals === null) return true;
	if (!hinted(text, matcher)) return false;
	const lower = lowerWhole(text);
	if (lower.length !== text.length || text.includes("Σ")) return true;
	return holdsAll(lower, matcher.literals);
}
/** The lower case of the text asked last, made once while the same text is asked again. */
function lowerCaseOfLast() {
	let last = "";
	let lower = "";
	return (text) => {
		if (text !== last) {
			last = text;
			lower = text.toLowerCase();
		}
		return lower;
	};
}
const lowerWhole = lowerCaseOfLast();
const lowerCase = lowerCaseOfLast();
function matchesAt$2(tokens, i, c) {
	if (i + c.parts.length > tokens.length) return false;
	const first = tokens[i].word;
	if (c.second >= 0 && (first.length < 2 || first.charCodeAt(1) !== c.second)) return false;
	for (let k = 0; k < c.parts.length; k++) {
		const p = c.parts[k];
		const w = tokens[i + k].word;
		if (p.prefix ? !w.startsWith(p.word) : w !== p.word) return false;
	}
	return true;
}
/** The tables merged: table `t` answers in bit `1 << t` of `tablesHit` (at most 31 tables). */
function combineCues(matchers) {
	const byInitial = /* @__PURE__ */ new Map();
	matchers.forEach((matcher, t) => {
		for (const [initial, list] of matcher.byInitial) {
			const into = byInitial.get(initial) ?? [];
			for (const compiled of list) into.push({
				compiled,
				bit: 1 << t
			});
			byInitial.set(initial, into);
		}
	});
	return {
		byInitial,
		byUnit: indexByUnit(byInitial, (t) => t.compiled.second)
	};
}
/** Which of the tables hold a phrase in `tokens`: bit t is `hasCue(tokens, matchers[t])`. */
function tablesHit(tokens, tables) {
	let hits = 0;
	for (let i = 0; i < tokens.length; i++) {
		const candidates = startingAs(tokens[i].word, tables.byInitial, tables.byUnit);
		if (candidates === void 0) continue;
		for (const { compiled, bit } of candidates) if ((hits & bit) === 0 && matchesAt$2(tokens, i, compiled)) hits |= bit;
	}
	return hits;
}
/** Every phrase of `matcher` in `text` (or in already tokenized words), in order. */
function findCues(text, matcher) {
	return scanCues(text, matcher, false);
}
/** The hits in order; with `first`, only the first (a yes/no question needs no more). */
function scanCues(text, matcher, first) {
	if (typeof text === "string" && !mayHold$1(text, matcher)) return [];
	const tokens = typeof text === "string" ? words$1(text) : text;
	const hits = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const candidates = startingAs(token.word, matcher.byInitial, matcher.byUnit);
		if (candidates === void 0) continue;
		for (const c of candidates) {
			if (!matchesAt$2(tokens, i, c)) continue;
			const last = tokens[i + c.parts.length - 1];
			hits.push({
				phrase: c.phrase,
				start: token.start,
				end: last.end
			});
			if (first) return hits;
		}
	}
	return hits;
}
function hasCue(text, matcher) {
	return scanCues(text, matcher, true).length > 0;
}
// dist/knowledge/clutter.js
const LINE_OPENERS = compileCues([
	"annons",
	"advertisement",
	"annonsörer",
	"foto",
	"bildtext",
	"bild",
	"photo",
	"läs också",
	"läs mer",
	"read more",
	"read also",
	"dela",
	"share",
	"prenumerera",
	"subscribe",
	"logga in",
	"log in",
	"tips",
	"kommentarer",
	"frågor om innehållet",
	"acceptera",
	"godkänn",
	"endast nödvändiga",
	"din webbläsare",
	"your browser",
	"publicerad",
	"uppdaterad",
	"published",
	"updated",
	"text",
	"av",
	"by",
	"start",
	"kontakta redaktionen",
	"från wikipedia",
	"from wikipedia",
	"sidan redigerades",
	"sidan ändrades",
	"this page was last edited",
	"texten är tillgänglig",
	"text is available"
]);
/** Words anywhere in a line that mark it as a banner or caption. */
const LINE_MARKERS = compileCues([
	"cookies",
	"kakor",
	"kakpolicy",
	"foto",
	"photo",
	"alla rättigheter",
	"all rights"
]);
/** A heading that opens a list of links: every line after it, to the paragraph's end, is clutter. */
const LIST_HEADINGS = compileCues([
	"relaterade artiklar",
	"relaterade nyheter",
	"relaterat",
	"referenser",
	"noter",
	"fotnoter",
	"källförteckning",
	"references",
	"footnotes",
	"related",
	"related articles",
	"fler nyheter",
	"mer om",
	"mest läst",
	"most read",
	"läs vidare",
	"läs mer",
	"läs också",
	"read more",
	"read also",
	"see also",
	"se även"
]);
const BYLINE_WORDS = 8;
/** Offsets [start, end) of each clutter line in `text` (shared: never changed by the caller). */
const clutterRanges = cacheByKey(findClutter, 64);
function findClutter(text) {
	const out = [];
	let inList = false;
	const marks = mayHoldAnywhere(text, LINE_MARKERS);
	for (let start = 0; start < text.length;) {
		const end = lineEnd(text, start);
		const next = nextLine(text, end);
		const lead = firstNonSpace(text, start, end);
		if (lead === end) {
			inList = false;
			start = next;
			continue;
		}
		const line = text.slice(start, end);
		const head = new LineHead(line, firstWordOf(text, lead, end));
		const clutter = inList || isClutterLine(line, head, marks);
		if (!inList && startsWith(head, LIST_HEADINGS, LIST_OPENERS$1) && head.tokens().length <= 4) inList = true;
		if (clutter || inList) out.push([start, end]);
		start = next;
	}
	return out;
}
/** The line's first word in lower case, read off the text (null: none; undefined: left to `LineHead`). */
function firstWordOf(text, lead, end) {
	const at = wordStart(text, lead);
	if (at < 0) return void 0;
	if (at >= end) return null;
	const stop = wordEnd(text, at);
	return stop < 0 || stop > end ? void 0 : text.slice(at, stop).toLowerCase();
}
const FIRST_WORD = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*-?/u;
/** A line's first words, read only as far as asked (most lines are asked only their first word). */
var LineHead = class {
	line;
	firstWord;
	words = null;
	constructor(line, firstWord) {
		this.line = line;
		this.firstWord = firstWord;
	}
	/** The first `HEAD_WORDS` words, as `words(line, HEAD_WORDS)`. */
	tokens() {
		this.words ??= words$1(this.line, HEAD_WORDS);
		return this.words;
	}
	/** The first word in lower case, or null for a line without words. */
	first() {
		if (this.firstWord === void 0) this.firstWord = this.words ? this.words[0]?.word ?? null : FIRST_WORD.exec(this.line)?.[0].toLowerCase() ?? null;
		return this.firstWord;
	}
};
/**
* The first word of each phrase of a table: a line that opens with none of them opens with no phrase.
* Null when a phrase opens with a prefix ("medfinansier*"): then any line may.
*/
function openers(matcher) {
	const out = /* @__PURE__ */ new Set();
	for (const list of matcher.byInitial.values()) for (const c of list) {
		const part = c.parts[0];
		if (!part || part.prefix) return null;
		out.add(part.word);
	}
	return out;
}
const LINE_OPENER_WORDS = openers(LINE_OPENERS);
const LIST_OPENERS$1 = openers(LIST_HEADINGS);
/** The phrases of one whole word: a line whose first word is one opens with a phrase, its words unread. */
function oneWordPhrases(matcher) {
	const out = /* @__PURE__ */ new Set();
	for (const list of matcher.byInitial.values()) for (const c of list) if (c.parts.length === 1 && c.parts[0]?.prefix === false) out.add(c.parts[0].word);
	return out;
}
const ONE_WORD = new Map([LINE_OPENERS, LIST_HEADINGS].map((m) => [m, oneWordPhrases(m)]));
/** The line's first words are one of the phrases (`first`: the first words of its phrases). */
function startsWith(head, matcher, first) {
	const word = head.first();
	if (word === null || first?.has(word) === false) return false;
	if (ONE_WORD.get(matcher)?.has(word)) return true;
	const tokens = head.tokens();
	const opening = tokens[0];
	if (!opening) return false;
	return findCues(tokens.slice(0, 4), matcher).some((h) => h.start === opening.start);
}
const BYLINE_OPENERS = /* @__PURE__ */ new Set([
	"av",
	"by",
	"text",
	"start",
	"bild"
]);
/** The first words of a line that `isClutterLine` reads: enough to tell a line of more than six. */
const HEAD_WORDS = 7;
/** Whether a line is clutter, from its first `HEAD_WORDS` words (`head`); `marks`: the document may hold a banner word. */
function isClutterLine(line, head, marks) {
	const trimmed = line.trim();
	if (trimmed.startsWith("©")) return true;
	if (marks && findCues(line, LINE_MARKERS).length > 0 && (/foto:|photo:/i.test(line) || !/[.!?]\s*$/.test(trimmed) || words$1(line).length <= 30)) return true;
	if (isNavigation(trimmed)) return true;
	if (isPageMarker(trimmed)) return true;
	if (isAllCaps(trimmed, head)) return true;
	if (!startsWith(head, LINE_OPENERS, LINE_OPENER_WORDS)) return false;
	if (BYLINE_OPENERS.has(head.first() ?? "")) return isByline(trimmed);
	return true;
}
const SEPARATOR$1 = /\s[|·>/]\s/g;
const STOP_AT_END = /[.!?]$/;
const MONEY$1 = /\d[\s\u00A0]*(?:kronor|miljon|kr\b)/i;
const PAGE_NUMBER = /(?:^|[\s|·])(?:sida|page|s\.)[ \t]{1,3}\d{1,4}[ \t]{0,3}(?:\(\d{1,4}\)|(?:av|of)[ \t]{1,3}\d{1,4})$/i;
const PAGE_LINE_MAX = 100;
/** "Regeringskansliet   Sida 2 (4)": a page header or footer of text taken from a PDF. */
function isPageMarker(line) {
	return line.length <= PAGE_LINE_MAX && PAGE_NUMBER.test(line);
}
/** "Nyheter | Debatt | Jobb", "Start > Nyheter > Skåne": site navigation. */
function isNavigation(line) {
	return twoSeparators(line) && !STOP_AT_END.test(line) && !MONEY$1.test(line);
}
/** Whether `line.match(SEPARATOR)` finds two or more, counted no further than that. */
function twoSeparators(line) {
	SEPARATOR$1.lastIndex = 0;
	return SEPARATOR$1.test(line) && SEPARATOR$1.test(line);
}
const SMALL_LETTER = /[a-zåäö]/;
/** "VÅRDVÄRLDEN IDAG", "MEST LÄST": a site name or section label in capitals. */
function isAllCaps(line, head) {
	if (SMALL_LETTER.test(line) || head.tokens().length > 6) return false;
	const letters = line.replace(/[^\p{L}]/gu, "");
	return letters.length >= 4 && letters === letters.toUpperCase();
}
const SPACE = /\s/g;
const CAPITAL_AT = /\p{Lu}/uy;
/** Where the run of non-space starting at `at` ends. */
function nonSpaceEnd(text, at) {
	SPACE.lastIndex = at;
	return SPACE.test(text) ? SPACE.lastIndex - 1 : text.length;
}
function isByline(line) {
	const rest = line.replace(/^\S+:?\s+/, "");
	let first = -1;
	let count = 0;
	for (let at = firstNonSpace(rest, 0, rest.length); at < rest.length;) {
		const end = nonSpaceEnd(rest, at);
		if (end !== at + 1 || rest[at] !== "|") {
			if (++count > BYLINE_WORDS) return false;
			if (first < 0) first = at;
		}
		at = firstNonSpace(rest, end, rest.length);
	}
	if (first < 0) return false;
	CAPITAL_AT.lastIndex = first;
	return CAPITAL_AT.test(rest) && !/[.!?:]$/.test(line);
}
/** Whether a span lies on a clutter line (ranges sorted by start). */
function inClutter(ranges, start) {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = lo + hi >> 1;
		const r = ranges[mid];
		if (!r) return false;
		if (start < r[0]) hi = mid - 1;
		else if (start >= r[1]) lo = mid + 1;
		else return true;
	}
	return false;
}
// dist/knowledge/role-cues.js
/** Money others add next to a grant: never a grant, never in a sum of grants. */
const CO_FUNDING = compileCues([
	"medfinansier*",
	"samfinansier*",
	"matchas med",
	"skjuter till",
	"skjuter dessutom till",
	"skjuter också till",
	"tillskjuter",
	"matchar",
	"bidrar samtidigt med",
	"bidrar med",
	"bidrar samtidigt",
	"bidrar själv med",
	"bidrar också med",
	"bidrar dessutom med",
	"står själv för",
	"själva lagt in",
	"själv lagt in",
	"själva satsat",
	"själv satsat",
	"själva bidragit med",
	"själv bidragit med",
	"contribute a further",
	"contributes a further",
	"contribute an additional",
	"contributes an additional",
	"will also contribute",
	"also contributes",
	"co-fund*",
	"cofund*",
	"match funding",
	"matched by",
	"ur den egna budgeten",
	"med egna medel",
	"ur egen budget",
	"ur sin egen budget",
	"lägger själv till",
	"lägger själva till",
	"from its own budget",
	"out of its own budget"
]);
/** An earlier figure retold for comparison ("jämfört med", "compares with"). */
const COMPARISON = compileCues([
	"jämfört med",
	"jämförelse",
	"att jämföra med",
	"compares with",
	"bygger på",
	"bygger vidare på",
	"builds on",
	"building on",
	"compared with",
	"compared to",
	"up from",
	"down from",
	"redan har fått",
	"redan fått",
	"redan har beviljats",
	"already received",
	"already been granted",
	"already promised",
	"already been promised",
	"already allocated",
	"already been allocated",
	"redan utlovats",
	"redan har utlovats",
	"redan beslutats",
	"redan har beslutats"
]);
/** "utöver de 92 miljoner", "on top of the SEK 92 million": the amount after it is other money of the same time. */
const BESIDES = compileCues([
	"utöver de",
	"utöver den",
	"förutom de",
	"förutom den",
	"on top of the",
	"on top of",
	"in addition to the",
	"in addition to",
	"besides the"
]);
/** A payment of a grant in instalments ("Under första halvåret betalas 40 miljoner ut"): a share of it. */
const INSTALMENT = compileCues([
	"halvåret",
	"halvår",
	"kvartalet",
	"delbetalning*",
	"första utbetalningen",
	"andra utbetalningen",
	"första delen",
	"andra delen",
	"first half",
	"second half",
	"each half",
	"half of the year",
	"per quarter",
	"each quarter",
	"varje halvår",
	"per kvartal",
	"instalment*",
	"installment*"
]);
/** A figure that is not yet decided: a budget bill's estimate, a plan, an expectation. */
const ESTIMATE = compileCues([
	"beräknas",
	"beräknar",
	"beräkning",
	"beräknat",
	"beräknade",
	"beräknades",
	"prognos",
	"estimated",
	"forecast",
	"aviserat",
	"aviserar",
	"föreslår",
	"föreslås",
	"budgetpropositionen",
	"budgetproposition",
	"förväntas",
	"planeras",
	"is estimated",
	"had estimated",
	"estimates",
	"proposes",
	"calls for",
	"are estimated",
	"estimated at",
	"budget bill",
	"is expected",
	"projected"
]);
const REPAID_PHRASES = [
	"inte förbrukats",
	"inte förbrukat",
	"inte hade förbrukats",
	"förbrukades inte",
	"oförbrukade",
	"oförbrukat",
	"outnyttjade",
	"outnyttjat",
	"betalades tillbaka",
	"betalats tillbaka",
	"betalade tillbaka",
	"återbetalades",
	"återbetalats",
	"återbetalade",
	"unspent",
	"was not spent",
	"were not spent",
	"paid back",
	"repaid",
	"återbetala",
	"återbetalas",
	"återbetalning",
	"återbetalningen",
	"betala tillbaka",
	"betalas tillbaka",
	"repay",
	"repays",
	"pay back"
];
/** Money left unspent or paid back: quoted when asked, never a grant. */
const REPAID = compileCues(REPAID_PHRASES);
/** Numbers that are money but not funding: costs, prices, savings, salaries, statistics, fundraising. */
const NOT_FUNDING = compileCues([
	"behövs",
	"behövas",
	"skulle behöva",
	"is needed",
	"are needed",
	"would be needed",
	"would need",
	"krävt att",
	"krävde att",
	"kräver att",
	"demanded that",
	"demands that",
	"kostar",
	"kosta",
	"kostade",
	"kostat",
	"kostnad*",
	"kostnaden",
	"pris*",
	"spara",
	"sparar",
	"besparing*",
	"månadslön",
	"lön",
	"lönen",
	"samlade in",
	"samlar in",
	"insamling*",
	"nyemission",
	"tar in",
	"omsätter",
	"omsättning*",
	"samlade",
	"samlar",
	"per invånare",
	"per patient",
	"per prov",
	"per analys",
	"per test",
	"costs",
	"cost",
	"price",
	"save",
	"saves",
	"savings",
	"salary",
	"raised",
	"per inhabitant",
	"per sample",
	"rättelse",
	"tidigare version",
	"rätta beloppet",
	"rätt belopp",
	"felaktigt",
	"correction",
	"earlier version",
	"correct amount",
	"incorrectly",
	"lönekostnad*",
	"personalkostnad*",
	"driftkostnad*",
	"driftskostnad*",
	"totalkostnad*",
	"merkostnad*",
	"ansökt om",
	"ansökte om",
	"ansöker om",
	"sökt om",
	"begärt",
	"begärde",
	"begär",
	"äskat",
	"äskade",
	"äskar",
	"applied for",
	"applies for",
	"requested",
	"had asked for",
	"hade räknat med",
	"hade hoppats",
	"hade förväntat",
	"had hoped",
	"had expected",
	"had counted on",
	...REPAID_PHRASES,
	"köpeskilling",
	"köpeskillingen",
	"purchase price",
	"sale price",
	"surplus",
	"deficit",
	"överskott",
	"överskottet",
	"underskott",
	"underskottet",
	"carried over",
	"carried forward"
]);
/** The writers' own proposal ("Vi föreslår …", "we propose"): an opinion, not money anyone decided or estimated. */
const PROPOSAL = compileCues([
	"vi föreslår",
	"föreslår vi",
	"vi kräver",
	"kräver vi",
	"vi vill att",
	"we propose",
	"we call for",
	"we urge",
	"yrkar",
	"yrkade",
	"yrkandet"
]);
/** A verb of change, its object between it and "med" ("ökar anslaget alltså med 4 miljoner"): a difference too. */
const CHANGE_VERBS = compileCues([
	"ökar",
	"ökas",
	"ökade",
	"ökat",
	"minskar",
	"minskas",
	"minskade",
	"höjs",
	"höjdes",
	"sänks",
	"sänktes",
	"increases",
	"increased",
	"rises",
	"rose",
	"falls",
	"fell"
]);
/** The word right before the amount that a change verb takes ("… med 4 miljoner", "… by SEK 4m"). */
const CHANGE_BY = compileCues(["med", "by"]);
/** A change of a sum ("ökas med 14 miljoner"): a difference between two figures, not money of its own. */
const DIFFERENCE = compileCues([
	"ökas med",
	"ökas därför med",
	"ökar med",
	"höjs med",
	"höjs därför med",
	"minskas med",
	"minskar med",
	"sänks med",
	"en ökning med",
	"ökning med",
	"ökningen på",
	"ökningen med",
	"höjningen på",
	"höjningen med",
	"minskningen på",
	"sänkningen på",
	"the increase of",
	"the rise of",
	"en minskning med",
	"minskning med",
	"en höjning med",
	"höjning med",
	"en sänkning med",
	"sänkning med",
	"an increase of",
	"a decrease of",
	"a rise of",
	"a cut of",
	"up by",
	"down by",
	"increases by",
	"increased by",
	"is increased by",
	"rises by",
	"reduced by",
	"cut by"
]);
/**
* Right after the amount, a comparison of two sums ("8 miljoner mer än i fjol", "SEK 4m more than last
* year"): the amount is their difference, no money of its own. Before an amount "mer än" is a qualifier.
*/
const MORE_THAN = compileCues([
	"mer än",
	"mera än",
	"mindre än",
	"fler än",
	"högre än",
	"lägre än",
	"mer jämfört med",
	"mindre jämfört med",
	"more than",
	"less than",
	"higher than",
	"lower than",
	"more compared with",
	"less compared with",
	"mer",
	"mera",
	"mindre",
	"more",
	"less"
]);
/** Money since a start no year is given for ("sedan starten", "since it began"): a total over unknown years. */
const SINCE_START = compileCues([
	"sedan starten",
	"sedan start",
	"sedan begynnelsen",
	"sedan satsningen startade",
	"sedan projektet startade",
	"sedan gms startade",
	"since the start",
	"since its start",
	"since the beginning",
	"since it began",
	"since it started",
	"since its launch",
	"so far received",
	"received so far",
	"received to date",
	"has received to date",
	"hittills fått",
	"fått hittills",
	"hittills har fått",
	"hittills betalats ut",
	"hittills totalt",
	"hittills sammanlagt"
]);
/** A stated sum: "totalt", "sammanlagt", "in total". */
const TOTAL = compileCues([
	"total revenues",
	"total revenue",
	"total income",
	"totala intäkter",
	"totala intäkterna",
	"totala budget",
	"totala budgeten",
	"totalbudget",
	"total budget",
	"totala kostnad",
	"totala kostnaden",
	"total cost",
	"intäkterna uppgick",
	"totalt",
	"sammanlagt",
	"sammantaget",
	"in total",
	"a total of",
	"altogether"
]);
/** The sentence says the money is not GMS's ("ingår inte i GMS", "not part of the GMS allocation"). */
const NOT_GMS = compileCues([
	"ingår inte i",
	"ingår inte",
	"inte en del av",
	"inte del av",
	"not part of",
	"is not part",
	"receives no funding"
]);
/**
* "That money … is separate from the government funding of GMS": the money told before the phrase is not
* GMS's; an amount after it is the GMS money it is set apart from ("separate from … SEK 80m in 2027").
*/
const SEPARATE_FROM = compileCues([
	"separate from",
	"skild från",
	"skilda från"
]);
compileCues([
	"fick",
	"erhöll",
	"uppgick",
	"var det",
	"finansierade",
	"beviljades",
	"got",
	"received",
	"funded",
	"was"
]);
/** Right after an amount: it is a part of the amount told before ("7,2 miljoner av den delen"). */
const PART_OF_PREVIOUS = compileCues([
	"av årets",
	"av fjolårets",
	"of this year's",
	"of last year's",
	"av den delen",
	"av dem",
	"av dessa",
	"of that",
	"of these",
	"of it",
	"of this",
	"av det",
	"av detta"
]);
/**
* "Regionen har tilldelats 3 200 tkr av de statliga medlen till GMS": the lone amount of its sentence is a
* share of the state's money told elsewhere, never a grant beside it. (With several amounts the phrase
* may close a list of them: "fick barncancer 10 miljoner och leukemier 9 miljoner av statens pengar".)
*/
const STATE_SHARE = compileCues([
	"av de statliga medlen",
	"av de statliga pengarna",
	"av statens medel",
	"av statens pengar",
	"of the state funding",
	"of the government funding",
	"of the state funds",
	"av de medel",
	"av medlen",
	"av de pengar",
	"av pengarna",
	"of the funds",
	"of the money"
]);
/** "5,8 miljoner kronor i månaden": a monthly rate, no year's money of its own (never summed as one). */
const COMMITMENT_AUTHORITY = compileCues([
	"bemyndigande*",
	"ekonomiska åtaganden",
	"framtida anslag",
	"commitment authority",
	"commitment authorisation",
	"future appropriations"
]);
const PER_MONTH = compileCues([
	"i månaden",
	"per månad",
	"varje månad",
	"om månaden",
	"a month",
	"per month",
	"each month",
	"every month"
]);
const FRACTIONS = [
	"hälften",
	"halva",
	"en tredjedel",
	"en fjärdedel",
	"två tredjedelar",
	"tre fjärdedelar",
	"merparten",
	"huvuddelen",
	"största delen",
	"den största delen",
	"half",
	"a half",
	"a third",
	"one third",
	"two thirds",
	"a quarter",
	"one quarter",
	"three quarters",
	"most",
	"the bulk",
	"the largest share"
];
const MONEY_REFERENCES_SV = [
	"medlen",
	"pengarna",
	"summan",
	"beloppet",
	"det",
	"dem",
	"dessa",
	"stödet"
];
const MONEY_REFERENCES_EN = [
	"it",
	"this",
	"that",
	"the money",
	"the funds",
	"the funding",
	"the grant"
];
/** A fraction of the money just told, before an amount in its clause: the amount is a share. */
const FRACTION_OF = compileCues(FRACTIONS.flatMap((f) => [...MONEY_REFERENCES_SV.map((r) => `${f} av ${r}`), ...MONEY_REFERENCES_EN.map((r) => `${f} of ${r}`)]));
/** Right before an amount: it is a part of the amount just before ("varav 14 miljoner"). */
const PART_LEAD = compileCues([
	"varav",
	"of which",
	"som fördelas med",
	"fördelat på",
	"fördelas med",
	"split into"
]);
/** A sentence that opens naming the largest share ("Största delen, 34 miljoner kronor, går till …"): a share. */
const LARGEST_SHARE = compileCues([
	"största delen",
	"den största delen",
	"merparten",
	"huvuddelen",
	"lejonparten",
	"the largest share",
	"the largest part",
	"the biggest share",
	"the bulk",
	"most of the money"
]);
/** The budget of a call for proposals: money not yet granted to anyone. */
const CALL_BUDGET = compileCues([
	"utlysning*",
	"utlyser",
	"call for proposals",
	"funding call",
	"the call"
]);
/** An amount given for each year of a span ("9 miljoner kronor per år under 2026 och 2027"): no multi-year sum. */
const PER_YEAR = compileCues([
	"per år",
	"om året",
	"årligen",
	"varje år",
	"per year",
	"a year",
	"annually",
	"each year"
]);
/** Money told as lasting several years ("det tvååriga anslaget", "a three-year grant"). */
const MULTI_YEAR = compileCues([
	"tvåårig*",
	"treårig*",
	"fyraårig*",
	"femårig*",
	"flerårig*",
	"two-year",
	"three-year",
	"multi-year",
	"multiyear"
]);
/** A project's running time ("projektet pågår 2026–2028", "the project runs from 2026 to 2028"). */
const PROJECT_RUNS = compileCues([
	"pågår",
	"löper",
	"projekttid*",
	"projektperiod*",
	"runs",
	"lasts",
	"running"
]);
/** Money for the work just told ("I fjol fick regionen 3,1 miljoner för samma arbete"): its area and purpose are that money's. */
const SAME_WORK = compileCues([
	"samma arbete",
	"samma ändamål",
	"samma syfte",
	"samma uppdrag",
	"samma insats",
	"samma satsning",
	"same work",
	"same purpose",
	"same project"
]);
/** A sentence opening with one of these speaks of what the sentence before named ("Institutionen bidrar med …"). */
const SUBJECT_REFERENCE = compileCues([
	"institutionen",
	"studien",
	"projektet",
	"regionen",
	"universitetet",
	"arbetet",
	"satsningen",
	"the study",
	"the project",
	"the institute",
	"the department"
]);
/** Words that point back to money just told: "Pengarna ingår inte i GMS-uppdraget" speaks of the last amount. */
const BACK_REFERENCE = compileCues([
	"pengarna",
	"medlen",
	"beloppet",
	"summan",
	"stödet",
	"anslaget",
	"det",
	"den",
	"de",
	"the money",
	"the funds",
	"the grant",
	"that money",
	"this money",
	"it",
	"they",
	"this"
]);
/** A share told as the state's money ("varav 82 miljoner kommer från staten"): the grant inside a mixed whole. */
const FROM_THE_STATE = compileCues([
	"från staten",
	"från regeringen",
	"av staten",
	"statliga medel",
	"statligt stöd",
	"from the state",
	"from the government",
	"government funding",
	"state funding"
]);
/** The rest of a whole comes from others ("och resten från regionerna"): the whole mixes funders. */
const REST_FROM_OTHERS = compileCues([
	"resten från",
	"resten kommer från",
	"återstoden från",
	"övrigt från",
	"övriga från",
	"resten står",
	"står för resten",
	"the rest from",
	"the rest comes from",
	"the remainder from",
	"the remainder comes from"
]);
const ADDED_MONEY = compileCues([
	"därutöver",
	"dessutom",
	"ytterligare",
	"utöver",
	"extra",
	"också",
	"även",
	"in addition",
	"additional",
	"additionally",
	"also",
	"further",
	"on top of"
]);
// dist/knowledge/co-funding.js
const FUNDED$1 = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"multi-year-total",
	"total"
]);
const GUESSED = /* @__PURE__ */ new Set([
	"publication-date",
	"decision-date",
	"none"
]);
/**
* "Institutionen bidrar med 500 tkr i medfinansiering": co-funding its own words leave undated funds the years
* of the grant told just before it (in its paragraph or the one before). Far from it, in a text about money
* for several years, no one year is its own: the publication year is no better a guess than the others.
*/
function markCoFunded(facts) {
	let funded = null;
	let multiYear = false;
	for (let i = 0; i < facts.length; i++) {
		const f = facts[i];
		const previous = funded === null ? null : facts[funded];
		const near = previous !== null && f.segment.paragraph - previous.segment.paragraph <= 1;
		if (f.role.role === "co-funding" && GUESSED.has(f.years.clue)) {
			if (near && previous) {
				f.cofunds = funded;
				f.years = previous.years;
			} else if (multiYear) f.years = {
				years: [],
				clue: "none"
			};
		}
		if (FUNDED$1.has(f.role.role) && f.segment.index >= (previous?.segment.index ?? -1)) funded = i;
		if (!multiYear && (f.role.role === "multi-year-total" || FUNDED$1.has(f.role.role) && hasCue(f.segment.text, MULTI_YEAR))) multiYear = true;
	}
}
// dist/knowledge/dates.js
/**
* Finds dates, months, years and spans of years in Swedish and English text, with the cue word before them.
* The match is the date itself ("31 mars 2023", "2021–2023", "2024"); the cue ("senast", "under", "för")
* and filler words between cue and date ("den", "år", "åren", "the", "year") stay outside it.
* "år 2024" alone has cue "none": "år" only says that a year follows, not how it is meant.
*/
const S = "[ \\t\\u00A0\\u202F\\u2009]";
const BEFORE_YEAR = `(?:${S}+|${S}{0,4}\\r?\\n${S}{0,4})`;
const MONTH = `(${[...MONTHS$1.keys()].sort((a, b) => b.length - a.length).join("|")})(?!\\p{L})\\.?`;
const ORDINAL = "(?:st|nd|rd|th|:a|:e)?";
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})${ORDINAL}\\.?${S}+(?:of${S}+)?${MONTH},?${BEFORE_YEAR}(\\d{4})`, "iuy");
const MONTH_DAY_YEAR = new RegExp(`${MONTH}${S}+(\\d{1,2})${ORDINAL},?${S}+(\\d{4})`, "iuy");
const MONTH_YEAR = new RegExp(`${MONTH},?${BEFORE_YEAR}(\\d{4})`, "iuy");
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/y;
const ISO_MONTH = /(\d{4})-(\d{2})/y;
const SPAN = new RegExp(`(?:(from|från|mellan|between)${S}+)?(\\d{4})(?:${S}*([-–—])${S}*|${S}+(till och med|t\\.o\\.m\\.|till|to|until|through|och|and)${S}+)(\\d{4}|\\d{2})`, "iuy");
const YEAR$3 = /(\d{4})/y;
const isYear$1 = (year) => year >= 1900 && year <= 2100;
function isValidDay(year, month, day) {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
/** A full date: year, month (1–12) and day, all valid. */
function fullDate(start, end, y, m, d) {
	const year = Number(y);
	const day = Number(d);
	if (!isYear$1(year) || !isValidDay(year, m, day)) return null;
	return {
		start,
		end,
		kind: "date",
		year,
		month: m,
		day,
		endYear: year
	};
}
function dayMonthYear(text, pos) {
	const m = sticky(DAY_MONTH_YEAR, text, pos);
	const month = MONTHS$1.get(m?.[2]?.toLowerCase() ?? "");
	if (m === null || month === void 0) return null;
	return fullDate(pos, pos + m[0].length, m[3] ?? "", month, m[1] ?? "");
}
function monthDayYear(text, pos) {
	const m = sticky(MONTH_DAY_YEAR, text, pos);
	const month = MONTHS$1.get(m?.[1]?.toLowerCase() ?? "");
	if (m === null || month === void 0) return null;
	return fullDate(pos, pos + m[0].length, m[3] ?? "", month, m[2] ?? "");
}
function isoDate$2(text, pos) {
	const m = sticky(ISO_DATE, text, pos);
	if (m === null) return null;
	return fullDate(pos, pos + m[0].length, m[1] ?? "", Number(m[2]), m[3] ?? "");
}
/** "december 2021", "2022-02": a month of a year. */
function monthOfYear(text, pos) {
	const named = sticky(MONTH_YEAR, text, pos);
	const iso = named === null ? sticky(ISO_MONTH, text, pos) : null;
	const m = named ?? iso;
	const month = named !== null ? MONTHS$1.get(named[1]?.toLowerCase() ?? "") : Number(iso?.[2]);
	const year = Number(named !== null ? named[2] : iso?.[1]);
	if (m === null || month === void 0 || month < 1 || month > 12 || !isYear$1(year)) return null;
	return {
		start: pos,
		end: pos + m[0].length,
		kind: "month",
		year,
		month,
		day: null,
		endYear: year
	};
}
const AND = /^(och|and)$/i;
const BETWEEN$2 = /^(mellan|between)$/i;
/** "2021-2023", "2021–23", "från 2021 till 2023", "mellan 2021 och 2023". */
function span(text, pos) {
	const m = sticky(SPAN, text, pos);
	if (m === null) return null;
	const [, opener, first, dash, word, last] = m;
	const betweenWord = word !== void 0 && AND.test(word);
	const year = Number(first);
	let endYear = Number(last);
	const consecutive = last?.length === 4 && endYear === year + 1;
	if (betweenWord && !consecutive && (opener === void 0 || !BETWEEN$2.test(opener))) return null;
	if (last?.length === 2) {
		if (dash === "-" && endYear <= 12) return null;
		endYear += year - year % 100;
	}
	if (!isYear$1(year) || !isYear$1(endYear) || endYear <= year) return null;
	return {
		start: pos,
		end: pos + m[0].length,
		kind: "span",
		year,
		month: null,
		day: null,
		endYear
	};
}
function bareYear(text, pos) {
	const m = sticky(YEAR$3, text, pos);
	const year = Number(m?.[1]);
	if (m === null || !isYear$1(year)) return null;
	return {
		start: pos,
		end: pos + 4,
		kind: "year",
		year,
		month: null,
		day: null,
		endYear: year
	};
}
const AT_DAY = [dayMonthYear];
const AT_YEAR = [
	isoDate$2,
	span,
	monthOfYear,
	bareYear
];
const AT_NONE = [];
const AT_WORD = [
	monthDayYear,
	span,
	monthOfYear
];
function readersAt(digits) {
	if (digits <= 2) return AT_DAY;
	return digits === 4 ? AT_YEAR : AT_NONE;
}
/** Nothing glued after: "20245", "2022/23", "2022:5", "2024-05-99", "1900-talet". */
function endsCleanly(text, end) {
	const next = text.slice(end, end + 4);
	return !/^(?:[\p{L}\p{N}]|[.,:/\-–]\d|-tal)/iu.test(next);
}
/** Amounts are in order and apart: a binary search finds the one that could overlap, no scan per date. */
function overlapsAny(parsed, amounts) {
	let lo = 0;
	let hi = amounts.length;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if ((amounts[mid]?.end ?? 0) <= parsed.start) lo = mid + 1;
		else hi = mid;
	}
	const a = amounts[lo];
	return a !== void 0 && a.start < parsed.end;
}
/** The first reading at a word or digit token that is clean and not part of an amount. */
function dateAt(text, token, amounts) {
	const pos = token.start;
	const digit = isDigitAt(text, pos);
	if (!digit && startsNoDate(text, pos, token.end)) return null;
	if (digit && !startsCleanly(text, pos)) return null;
	for (const parse of digit ? readersAt(token.end - token.start) : AT_WORD) {
		const parsed = parse(text, pos);
		if (parsed === null || !endsCleanly(text, parsed.end)) continue;
		if (!overlapsAny(parsed, amounts)) return parsed;
	}
	return null;
}
/** Every date, month, year and span of years in `text`, in order and non-overlapping. */
function findDates(text) {
	return datesOf(readingOf(text));
}
const NO_DATES = Object.freeze([]);
/**
* A sentence's dates, read once per wording and kept on its record: the ledger, the statements and the
* document's date line read the same sentences. Shared: never change the list.
*/
function datesOf(reading) {
	if (reading.dates !== void 0) return reading.dates;
	const dates = scanDates(reading);
	reading.dates = dates.length === 0 ? NO_DATES : Object.freeze(dates);
	return reading.dates;
}
const HAS_YEAR = /\d{4}/;
const WORD_STARTS = /* @__PURE__ */ new Set([
	...MONTHS$1.keys(),
	"from",
	"från",
	"mellan",
	"between"
]);
const START_LETTERS = new Set([...WORD_STARTS].map((word) => word.charCodeAt(0)));
function isPlainLetter(code) {
	const lower = code | 32;
	return lower >= 97 && lower <= 122 || code === 197 || code === 196 || code === 214 || code === 229 || code === 228 || code === 246;
}
/** A word of plain letters that starts no date, read from `text` without a slice for most words. */
function startsNoDate(text, start, end) {
	const first = text.charCodeAt(start);
	const starts = START_LETTERS.has(first < 128 ? first | 32 : first + (first < 224 ? 32 : 0));
	if (isPlainLetter(first) && !starts) return true;
	for (let i = start; i < end; i++) if (!isPlainLetter(text.charCodeAt(i))) return false;
	if (!starts) return true;
	return !WORD_STARTS.has(text.slice(start, end).toLowerCase());
}
/**
* The date `datesOf` finds starting at `at`, read at that place alone when the sentence's dates are not
* read yet. Only for a place no earlier date can reach over: right after a deadline cue, which no date holds.
*/
function dateStartingAt(reading, at) {
	if (reading.dates !== void 0) return reading.dates.find((d) => d.start === at);
	const text = reading.text;
	if (!HAS_YEAR.test(text)) return void 0;
	const token = {
		start: 0,
		end: 0
	};
	if (!nextToken(text, at, true, token) || token.start !== at) return void 0;
	const parsed = dateAt(text, token, amountsOf(reading));
	return parsed === null ? void 0 : withCue(text, parsed);
}
/** A reading as the scan keeps it: its text and the cue before it. */
function withCue(text, parsed) {
	const cue = cueBefore(text, parsed.start, parsed.kind === "span");
	const { start, end, kind, year, month, day, endYear } = parsed;
	return {
		start,
		end,
		kind,
		year,
		month,
		day,
		endYear,
		text: text.slice(start, end),
		cue
	};
}
function scanDates(reading) {
	const text = reading.text;
	if (!HAS_YEAR.test(text)) return [];
	const amounts = amountsOf(reading);
	const found = [];
	const token = {
		start: 0,
		end: 0
	};
	let from = 0;
	let next = 0;
	while (nextToken(text, from, true, token)) {
		from = token.end;
		while ((amounts[next]?.end ?? Number.POSITIVE_INFINITY) <= token.start) next += 1;
		if ((amounts[next]?.start ?? Number.POSITIVE_INFINITY) <= token.start) continue;
		const parsed = dateAt(text, token, amounts);
		if (parsed === null) continue;
		found.push(withCue(text, parsed));
		from = parsed.end;
	}
	return found;
}
// dist/knowledge/nearest-larger.js
/** Values by position; a position that holds none is `-Infinity`. */
var NearestLarger = class {
	leaves;
	max;
	constructor(values) {
		let leaves = 1;
		while (leaves <= values.length) leaves *= 2;
		this.leaves = leaves;
		this.max = new Array(2 * leaves).fill(Number.NEGATIVE_INFINITY);
		for (let i = 0; i < values.length; i++) this.max[leaves + i] = values[i];
		for (let n = leaves - 1; n >= 1; n--) this.max[n] = this.maxOf(2 * n, 2 * n + 1);
	}
	/** Sets the value at `position` (`-Infinity` takes it out). */
	set(position, value) {
		let n = this.leaves + position;
		this.max[n] = value;
		for (n >>= 1; n >= 1; n >>= 1) this.max[n] = this.maxOf(2 * n, 2 * n + 1);
	}
	/** The last position before `position` whose value is above `value`, or null. */
	before(position, value) {
		let n = this.leaves + position;
		while (n > 1 && !(n % 2 === 1 && this.at(n - 1) > value)) n >>= 1;
		if (n <= 1) return null;
		n -= 1;
		while (n < this.leaves) n = this.at(2 * n + 1) > value ? 2 * n + 1 : 2 * n;
		return n - this.leaves;
	}
	at(n) {
		return this.max[n] ?? Number.NEGATIVE_INFINITY;
	}
	maxOf(a, b) {
		return Math.max(this.at(a), this.at(b));
	}
};
// dist/knowledge/roles.js
const BUDGET_FRAME = /\bredovisas\s+mot\b|\banslagspost|\banslaget\s+\d|\bbudget\s+line\b|\bramanslag\b|(?:^|\s)ap\.\s?\d/i;
const SPEND_FRAME = /\bfår\s+\p{Lu}[\p{L}-]+(?:\s+\S+){0,4}\s+använda\s*$/u;
const PART_OPENING = /^\s*(?:av\s+(?:medlen|detta|dessa|dem|beloppet|summan|pengarna|det|anslaget|bidraget|stödet)|of\s+(?:this|these|which|that|it|the\s+(?:\d{4}\s+)?(?:money|funds|funding|grant|allocation)))\b/i;
const YEAR_OWN = /* @__PURE__ */ new Set(["årets", "fjolårets"]);
const RELATIVE_YEAR_OWN = /* @__PURE__ */ new Map([
	["nästa", "års"],
	["förra", "årets"],
	["föregående", "års"]
]);
const YEAR_OF = /* @__PURE__ */ new Set([
	"this",
	"next",
	"last"
]);
const MONEY_NOUNS = /* @__PURE__ */ new Set([
	"medel",
	"medlen",
	"pengar",
	"pengarna",
	"anslag",
	"anslaget",
	"stöd",
	"stödet",
	"money",
	"funds",
	"funding",
	"grant",
	"allocation"
]);
/** The sentence opens "Av <year's> … <money>" (up to two words between): a share of that year's money. */
function opensWithYearsMoney(words) {
	const w = (k) => words[k]?.word.toLowerCase() ?? "";
	let k;
	if (w(0) === "av" && YEAR_OWN.has(w(1))) k = 2;
	else if (w(0) === "av" && /^\d{4}$/.test(w(1)) && w(2) === "års") k = 3;
	else if (w(0) === "av" && RELATIVE_YEAR_OWN.get(w(1)) === w(2)) k = 3;
	else if (w(0) === "of" && YEAR_OF.has(w(1)) && w(2) === "year" && w(3) === "s") k = 4;
	else return false;
	for (const end = k + 3; k < end; k++) if (MONEY_NOUNS.has(w(k))) return true;
	return false;
}
const DEMONSTRATIVE = /^\s*(?:av\s+(?:detta|dessa|det|dem)|of\s+(?:this|these|that))\b/i;
const REMAINDER = /(?<!\p{L})(?:resterande|återstående|remaining|the\s+rest)\s*$/iu;
/** The words before an amount end "Resterande", "the remaining": it is the rest of a whole. */
const endsWithRemainder = (before) => REMAINDER.test(before);
const OF_NAMED_MONEY$1 = /^\s{0,3}(?:kronor\s|kr\s)?\s{0,3}av\s{1,3}(?:de|den|det|dessa)\s{1,3}(?:[\p{L}-]{1,30}\s{1,3}){0,2}[\p{L}-]{0,30}?(?:medel|medlen|pengar|pengarna|anslaget|stödet|bidraget)(?![\p{L}])/iu;
const TOTAL_WORD = /\b(?:totalt|sammanlagt|sammantaget|in\s+total|a\s+total\s+of)\b/i;
const CLAUSE_TABLES = [
	NOT_FUNDING,
	DIFFERENCE,
	CHANGE_VERBS,
	CALL_BUDGET,
	CO_FUNDING,
	COMPARISON,
	PER_YEAR,
	TOTAL,
	SINCE_START
];
const CLAUSE_CUES = combineCues(CLAUSE_TABLES);
const COST_CUES = combineCues([NOT_FUNDING]);
const SENTENCE_TABLES = [PROPOSAL, ESTIMATE];
const SENTENCE_CUES = combineCues(SENTENCE_TABLES);
const BOTH_CUES = combineCues([...CLAUSE_TABLES, ...SENTENCE_TABLES]);
const CLAUSE_BITS = (1 << CLAUSE_TABLES.length) - 1;
/** Whether the hits of `tablesHit` over `tables` include `matcher`'s. */
function hit(hits, tables, matcher) {
	return (hits & 1 << tables.indexOf(matcher)) !== 0;
}
function classifyRole(c) {
	const whole = c.clauseWords === c.sentenceWords;
	const both = whole ? tablesHit(c.sentenceWords, BOTH_CUES) : 0;
	const clause = whole ? both & CLAUSE_BITS : tablesHit(c.clauseWords, CLAUSE_CUES);
	const role = classifyKind(c, clause, whole ? both >>> CLAUSE_TABLES.length : null);
	return hit(clause, CLAUSE_TABLES, PER_YEAR) ? {
		...role,
		perYear: true
	} : role;
}
/** `clause`: the clause tables' hits in the clause's words; `sentence`: the sentence tables' (null: not read yet). */
function classifyKind(c, clause, sentence) {
	const capped = c.amount.qualifier === "at-most";
	const kind = capped ? null : kindOfMoney(c, clause, sentence);
	if (kind) return kind;
	const leadsAsPart = endsWithCue(c.before, PART_LEAD) || ENDS_WITH_COLON.test(c.before) && opensWithCue(c.sentence, PART_LEAD);
	const opensAsPart = PART_OPENING.test(c.sentence) || opensWithYearsMoney(c.sentenceWords) || REMAINDER.test(c.before) || c.afterReferencedWhole || hasCue(c.clauseAfter.slice(0, 40), PART_OF_PREVIOUS) || hasCue(c.before.slice(-60), FRACTION_OF) || c.clause === c.sentence && (hasCue(c.clauseAfter.slice(0, 40), STATE_SHARE) || OF_NAMED_MONEY$1.test(c.clauseAfter)) || hasCue(c.clauseWords, INSTALMENT) || opensWithCue(c.sentence, LARGEST_SHARE) || leadsAsPart;
	const nearestParent = DEMONSTRATIVE.test(c.sentence);
	if (capped) {
		if (hasCue(c.sentenceWords, COMMITMENT_AUTHORITY)) return {
			role: "budget-frame",
			isPart: false,
			nearestParent: false
		};
		return {
			role: "agency-cap",
			isPart: opensAsPart,
			nearestParent
		};
	}
	if (BUDGET_FRAME.test(c.sentence) || SPEND_FRAME.test(c.before) && c.after.trim().length < 3) return {
		role: "budget-frame",
		isPart: false,
		nearestParent: false
	};
	if (hit(clause, CLAUSE_TABLES, SINCE_START) && !opensAsPart) return {
		role: "multi-year-total",
		isPart: false,
		nearestParent: false,
		sinceStart: true
	};
	if (c.multiYear && !hit(clause, CLAUSE_TABLES, PER_YEAR) && (TOTAL_WORD.test(c.sentence) || !opensAsPart)) return {
		role: "multi-year-total",
		isPart: false,
		nearestParent: false
	};
	if (!opensAsPart && !c.listedPart && (c.sumOfAdded || hit(clause, CLAUSE_TABLES, TOTAL))) return {
		role: "total",
		isPart: false,
		nearestParent: false
	};
	if (leadsAsPart) return {
		role: "part",
		isPart: true,
		nearestParent,
		ofPrevious: true
	};
	if (opensAsPart || c.listedPart) return {
		role: "part",
		isPart: true,
		nearestParent
	};
	return {
		role: "grant",
		isPart: false,
		nearestParent: false
	};
}
const RANGE_FIRST = /(?:^|\s)(?:between|mellan)\s+(?:SEK\s*)?$/iu;
const RANGE_SECOND = /(?:^|\s)(?:between|mellan)\s+(?:SEK\s*)?[\d\s.,]{1,12}(?:\s?(?:million|miljoner|mnkr|mkr|msek|m|kr|kronor))?\s+(?:and|och)\s+(?:SEK\s*)?$/iu;
function rangeBound(before) {
	const end = before.slice(-50);
	return RANGE_FIRST.test(end) || RANGE_SECOND.test(end);
}
/** Money that is no grant, told by the words of its own clause: a cost, an estimate, co-funding, a comparison. */
function kindOfMoney(c, clause, read) {
	const as = (role) => ({
		role,
		isPart: false,
		nearestParent: false
	});
	const inClause = (matcher) => hit(clause, CLAUSE_TABLES, matcher);
	if (inClause(NOT_FUNDING) || opensWithCue(c.after, PER_MONTH) || rangeBound(c.before)) return as("not-funding");
	if (inClause(DIFFERENCE) || inClause(CHANGE_VERBS) && endsWithCue(c.before, CHANGE_BY) || opensWithCue(c.after, MORE_THAN)) return as(BUDGET_FRAME.test(c.sentence) ? "budget-frame" : "not-funding");
	const sentence = read ?? tablesHit(c.sentenceWords, SENTENCE_CUES);
	if (hit(sentence, SENTENCE_TABLES, PROPOSAL)) return as("not-funding");
	if (hit(sentence, SENTENCE_TABLES, ESTIMATE)) return as("estimate");
	if (inClause(CALL_BUDGET)) return as(c.pastRelative ? "comparison" : "budget-frame");
	if (inClause(CO_FUNDING) && !othersCoFundLater(c)) return as("co-funding");
	if (endsWithCue(c.before, BESIDES)) return as("comparison");
	if (inClause(COMPARISON)) return as(tablesHit(c.sentenceWords, COST_CUES) !== 0 ? "not-funding" : "comparison");
	return null;
}
const NEXT_CLAUSE = [
	", och ",
	", men ",
	"; ",
	", and ",
	", while "
];
const NEXT_CLAUSE_REACH = 200;
/**
* "… satsade regeringen 12 miljoner kronor på att bygga upp samarbetet, och regionerna gick in med lika mycket i
* medfinansiering": the co-funding is told in a later clause of its own, of other money; this amount is not it.
*/
function othersCoFundLater(c) {
	if (hasCue(c.before, CO_FUNDING)) return false;
	const after = c.after.slice(0, NEXT_CLAUSE_REACH);
	let cut = -1;
	for (const b of NEXT_CLAUSE) {
		const at = after.indexOf(b);
		if (at >= 0 && (cut < 0 || at < cut)) cut = at;
	}
	return cut >= 0 && !hasCue(after.slice(0, cut), CO_FUNDING);
}
const ENDS_WITH_COLON = /:\s*$/;
const DIVIDES = /\b(?:fördela|fördelas|fördelar|så här|följande|går till|as follows|split|divided|distributed)/i;
/** A line that announces a list of shares: ends with a colon and speaks of dividing money. */
function announcesDistribution(text) {
	return ENDS_WITH_COLON.test(text) && DIVIDES.test(text);
}
const UNIT_WORDS = /* @__PURE__ */ new Set([
	"miljoner",
	"miljon",
	"miljarder",
	"kronor",
	"kr",
	"sek",
	"million",
	"millions"
]);
const NEXT_WORD = /^[\s,]*([\p{L}]+)\.?/u;
/** The text after an amount opens with one of the phrases, past the rest of its unit ("… mer än i fjol"). */
function opensWithCue(text, matcher) {
	let at = 0;
	for (let m = NEXT_WORD.exec(text); m && UNIT_WORDS.has((m[1] ?? "").toLowerCase());) {
		at += m[0].length;
		m = NEXT_WORD.exec(text.slice(at));
	}
	const head = text.slice(at, at + 40);
	const lead = head.length - head.trimStart().length;
	return findCues(head, matcher).some((h) => h.start === lead);
}
/** The amount at `amountAt` in `text` is told beside other money ("on top of the SEK 92 million"). */
function toldBeside(text, amountAt) {
	return endsWithCue(text.slice(Math.max(0, amountAt - 40), amountAt), BESIDES);
}
/** The text ends with one of the phrases ("… varav"). */
function endsWithCue(text, matcher) {
	const tail = text.slice(-40);
	const end = tail.trimEnd().length;
	return findCues(tail, matcher).some((h) => h.end === end);
}
// dist/knowledge/sorted.js
/** How many of the ascending `positions` are below `limit` (a binary search). */
function countBelow(positions, limit) {
	let lo = 0;
	let hi = positions.length;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if (positions[mid] < limit) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
// dist/knowledge/fact-links.js
const WHOLES = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"total",
	"multi-year-total",
	"co-funding",
	"comparison"
]);
/** Links parts to wholes (by the words, then by arithmetic) and marks earlier years' figures as retold. */
function linkFacts(facts, docYear) {
	linkByWords(facts);
	remainderOfYearsShare(facts);
	linkForward(facts);
	linkLists(facts);
	linkAfterColon(facts);
	linkTrailingTotal(facts);
	splitByPayer(facts);
	markComparisons(facts, mainYear(facts) ?? docYear);
	inheritKind(facts);
	countTwins(facts);
}
const MAX_COLON_SHARES = 12;
/**
* "SEK 89 million: SEK 80 million through Kammarkollegiet and SEK 9 million through …": the amounts after a
* colon in the amount's own sentence are its shares when they add up to it exactly.
*/
function linkAfterColon(facts) {
	for (let i = 0; i < facts.length; i++) {
		const whole = facts[i];
		const next = facts[i + 1];
		if (!next || next.segment !== whole.segment || next.parent !== null) continue;
		if (!whole.doc.text.slice(whole.amount.end, next.amount.start).includes(":") || !WHOLES.has(whole.role.role)) continue;
		let j = i + 1;
		let sum = 0;
		while (j - i <= MAX_COLON_SHARES && facts[j]?.segment === whole.segment && facts[j]?.parent === null) {
			sum += facts[j].amount.valueSek;
			j++;
		}
		if (j - i < 3 || sum !== whole.amount.valueSek) continue;
		for (let k = i + 1; k < j; k++) facts[k].parent = i;
	}
}
const MAX_LINES_TO_TOTAL = 2;
/**
* "- Datadelning: 15 mkr … Totalt: 70 mkr": a list of shares with no whole before it, and a total line right
* under it that they add up to exactly, are that whole's shares; the whole is the money they split.
*/
function linkTrailingTotal(facts) {
	for (let i = 1; i < facts.length; i++) {
		const whole = facts[i];
		if (whole.role.role !== "total" || whole.list !== null || whole.parent !== null) continue;
		const last = facts[i - 1];
		const list = last.list;
		if (list === null || whole.segment.index - last.segment.index > MAX_LINES_TO_TOTAL) continue;
		let j = i - 1;
		let sum = 0;
		for (; j >= 0 && facts[j]?.list === list; j--) sum += facts[j].amount.valueSek;
		const items = facts.slice(j + 1, i);
		const shares = items.every((f) => f.parent === null && f.role.role === "part");
		if (items.length < 2 || !shares || sum !== whole.amount.valueSek) continue;
		for (let k = j + 1; k < i; k++) facts[k].parent = i;
		whole.role = {
			...whole.role,
			role: "grant"
		};
	}
}
/**
* "Av årets 89 miljoner går 80 via Kammarkollegiet och 9 via Folkhälsomyndigheten": shares paid by different
* agencies are grants of their own, and the whole they add up to is a stated total of them.
*/
function splitByPayer(facts) {
	const children = /* @__PURE__ */ new Map();
	for (const f of facts) {
		if (f.parent === null) continue;
		const list = children.get(f.parent);
		if (list) list.push(f);
		else children.set(f.parent, [f]);
	}
	for (const [i, parts] of children) {
		const whole = facts[i];
		const payers = new Set(parts.map((p) => p.payer));
		if (whole.role.role !== "grant" || payers.has(null) || payers.size < 2) continue;
		whole.role = {
			...whole.role,
			role: "total"
		};
		whole.payer = null;
		for (const p of parts) {
			p.parent = null;
			p.role = {
				...p.role,
				role: "grant",
				isPart: false
			};
		}
	}
}
function countTwins(facts) {
	const counts = /* @__PURE__ */ new Map();
	const key = (f) => `${f.parent}:${f.amount.valueSek}`;
	for (const f of facts) if (f.parent !== null) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
	for (const f of facts) if (f.parent !== null) f.twins = counts.get(key(f)) ?? 1;
}
/** Two lines in a row that each open with "varav" ("of which"). */
function siblingLines(above, below) {
	return below.index === above.index + 1 && opensWithVarav(above) && opensWithVarav(below);
}
function opensWithVarav(seg) {
	const head = words$1(seg.text, 2);
	return findCues(head, PART_LEAD).some((h) => h.start === head[0]?.start);
}
/** Each part to the larger amount told just before it (exported for its test against a plain scan). */
function linkByWords(facts) {
	let trees = null;
	facts.forEach((fact, i) => {
		if (!(fact.role.isPart || fact.role.role === "budget-frame")) return;
		trees ??= {
			larger: new NearestLarger(wholeValues(facts, false)),
			wholes: new NearestLarger(wholeValues(facts, true))
		};
		const { larger, wholes } = trees;
		const back = pointsBack(fact);
		const nearest = fact.role.nearestParent || back || fact.role.ofPrevious === true;
		const amount = fact.amount.valueSek;
		let j = larger.before(i, amount);
		while (j !== null) {
			const cand = facts[j];
			if (otherYears(cand, fact)) {
				j = larger.before(j, amount);
				continue;
			}
			if (cand.amount.qualifier === "approx" && cand.amount.valueSek <= amount * ROUNDED_MAX) {
				j = larger.before(j, amount);
				continue;
			}
			if (cand.segment !== fact.segment && toldBeside(cand.doc.text, cand.amount.start)) {
				j = larger.before(j, amount);
				continue;
			}
			if (cand.role.isPart && cand.segment === fact.segment && fact.role.isPart && !back && !fact.role.ofPrevious) {
				fact.parent = cand.parent;
				return;
			}
			if (fact.role.ofPrevious && cand.role.ofPrevious && siblingLines(cand.segment, fact.segment)) {
				fact.parent = cand.parent;
				return;
			}
			if (fact.role.role === "part" && cand.role.role === "estimate" && cand.segment !== fact.segment && larger.before(j, amount) !== null) {
				j = larger.before(j, amount);
				continue;
			}
			if (fact.tableLabel && fact.list !== null && cand.list === fact.list) {
				j = larger.before(j, amount);
				continue;
			}
			if (fact.role.role === "budget-frame") {
				if (cand.role.role !== "budget-frame" || cand.segment.paragraph !== fact.segment.paragraph) return;
				if (cand.parent !== null) {
					j = larger.before(j, amount);
					continue;
				}
			} else if (!nearest && cand.role.isPart) {
				j = wholes.before(j, amount);
				continue;
			}
			fact.parent = j;
			if (shareBefore(facts, i, j)) wholes.set(i - 1, Number.NEGATIVE_INFINITY);
			return;
		}
	});
}
/**
* "Av 2027 års medel behöll regionen 10 500 tkr. Resterande 69 500 tkr fördes vidare …": a remainder told right
* after a share of a year's money, whose whole the document names only by its year, is the rest of that
* year's money: it takes the share's years.
*/
const WEAK_YEARS = /* @__PURE__ */ new Set([
	"none",
	"publication-date",
	"stated-in-title"
]);
function remainderOfYearsShare(facts) {
	for (let i = 1; i < facts.length; i++) {
		const fact = facts[i];
		const share = facts[i - 1];
		const weak = WEAK_YEARS.has(fact.years.clue);
		if (!fact.role.isPart || fact.parent !== null || !weak) continue;
		if (!share.role.isPart || share.parent !== null || share.years.clue !== "stated-in-sentence") continue;
		if (fact.segment.index !== share.segment.index + 1) continue;
		if (fact.segment.paragraph !== share.segment.paragraph) continue;
		const before = fact.doc.text.slice(fact.segment.start, fact.amount.start);
		if (!endsWithRemainder(before)) continue;
		fact.years = share.years;
		fact.time = share.time;
		fact.restOf = i - 1;
	}
}
const ROUNDED_MAX = 1.1;
/** Each fact's amount where it may be a whole, else `-Infinity` (`sharesOut`: also where it is a share itself). */
function wholeValues(facts, sharesOut) {
	const out = [];
	for (const f of facts) {
		const open = f.role.role !== "agency-cap" && f.role.role !== "not-funding";
		out.push(open && !(sharesOut && f.role.isPart) ? f.amount.valueSek : Number.NEGATIVE_INFINITY);
	}
	return out;
}
const PART_OF_FOLLOWING = compileCues([
	"andel av",
	"share of",
	"som en del av",
	"som del av",
	"en del av",
	"del av",
	"som ingår i",
	"as part of",
	"as a part of",
	"part of a",
	"part of the"
]);
const DENIAL = /* @__PURE__ */ new Set([
	"inte",
	"ej",
	"icke",
	"ingen",
	"inget",
	"inga",
	"not",
	"no",
	"never",
	"aldrig"
]);
const ADJACENT_SHARE = /* @__PURE__ */ new Set([
	"of",
	"of the",
	"out of",
	"out of the",
	"av",
	"av de",
	"av totalt"
]);
const CURRENCY_WORDS = /* @__PURE__ */ new Set([
	"sek",
	"msek",
	"kr",
	"kronor"
]);
/** Whether the text between two amounts only says the first is "of" the second. */
function adjacentShare(between) {
	if (between.length > 24) return false;
	const words = between.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !CURRENCY_WORDS.has(w));
	return ADJACENT_SHARE.has(words.join(" "));
}
/** "9 miljoner …, som en del av ett tvåårigt uppdrag på sammanlagt 18 miljoner": the whole told after its share. */
function linkForward(facts) {
	facts.forEach((fact, i) => {
		let j = i + 1;
		while (facts[j]?.parent === i) j += 1;
		const next = facts[j];
		if (fact.parent !== null || !next) return;
		if (!sameOrNextSentence(fact, next) && !opensNextParagraph(fact, next)) return;
		if (next.amount.valueSek <= fact.amount.valueSek || next.parent === i) return;
		const kind = fact.role.role;
		if (!["grant", "part"].includes(kind) && !(kind === "co-funding" && next.role.role === kind)) return;
		const between = fact.doc.text.slice(fact.amount.end, next.amount.start);
		if (!adjacentShare(between)) {
			const hit = findCues(between, PART_OF_FOLLOWING)[0];
			if (!hit) return;
			const before = between.slice(0, hit.start).trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
			if (DENIAL.has(before)) return;
		}
		fact.parent = j;
		if (kind !== "co-funding") fact.role = {
			role: "part",
			isPart: true,
			nearestParent: false
		};
	});
}
/**
* "Region Norrbotten får 2,4 miljoner …, varav …. ¶ Pengarna är en del av de 80 miljoner …": a later
* paragraph's first sentence, pointing back with its subject, tells the whole of the money just told.
*/
function opensNextParagraph(fact, next) {
	if (next.segment.paragraph <= fact.segment.paragraph) return false;
	const opening = next.doc.text.slice(next.segment.start, next.amount.start);
	const first = words$1(opening)[0];
	return first !== void 0 && findCues(opening.slice(0, first.end), BACK_REFERENCE).some((h) => h.start === first.start);
}
/** "… 5 miljoner kronor av egna medel. Det är Skånes andel av … 20 miljoner kronor": one sentence on. */
function sameOrNextSentence(fact, next) {
	if (next.segment === fact.segment) return true;
	const gap = fact.doc.text.slice(fact.segment.end, next.segment.start);
	return next.segment.paragraph === fact.segment.paragraph && !gap.includes("\n");
}
/** Both amounts have years and share none. */
function otherYears(whole, share) {
	const a = whole.years.years;
	const b = share.years.years;
	return a.length > 0 && b.length > 0 && !b.some((y) => a.includes(y));
}
function pointsBack(fact) {
	return findCues(fact.doc.text.slice(fact.amount.end, Math.min(fact.segment.end, fact.amount.end + 40)), PART_OF_PREVIOUS).some((h) => h.start < 8);
}
/**
* "MSEK 30 goes to …, while the remaining MSEK 50 …": the amount before a remainder shares its whole.
* True when that amount became a share.
*/
function shareBefore(facts, i, whole) {
	const fact = facts[i];
	const before = facts[i - 1];
	if (!before || before.segment !== fact.segment || before.parent !== null || i - 1 === whole) return false;
	if (before.role.role !== "grant" || before.amount.valueSek >= facts[whole].amount.valueSek) return false;
	before.parent = whole;
	before.role = {
		role: "part",
		isPart: true,
		nearestParent: false
	};
	return true;
}
/**
* A list whose amounts add up exactly to an amount told before it is that amount's shares, whatever its
* heading says. An amount the document already told is a repeat, not one more share.
*/
function linkLists(facts) {
	if (facts.every((f) => f.list === null)) return;
	const lists = /* @__PURE__ */ new Map();
	facts.forEach((f, i) => {
		if (f.list === null) return;
		const members = lists.get(f.list);
		if (members) members.push(i);
		else lists.set(f.list, [i]);
	});
	const atAmount = positionsByAmount(facts);
	const told = /* @__PURE__ */ new Set();
	let toldUpTo = 0;
	for (const members of lists.values()) {
		if (members.length < 2) continue;
		const first = members[0];
		for (; toldUpTo < first; toldUpTo++) told.add(facts[toldUpTo].amount.valueSek);
		const fresh = members.filter((i) => !told.has(facts[i].amount.valueSek));
		const whole = (fresh.length >= 2 && fresh.length < members.length ? findWhole(facts, atAmount, first, fresh) : null) ?? findWhole(facts, atAmount, first, members);
		if (whole === null) {
			dropExceedingParent(facts, members);
			continue;
		}
		for (const i of whole.members) {
			const f = facts[i];
			f.parent = whole.index;
			f.role = {
				role: "part",
				isPart: true,
				nearestParent: false
			};
		}
	}
}
/** Each amount's positions in the facts, in order: a list's sum is looked up, not scanned for. */
function positionsByAmount(facts) {
	const at = /* @__PURE__ */ new Map();
	facts.forEach((f, i) => {
		const positions = at.get(f.amount.valueSek);
		if (positions) positions.push(i);
		else at.set(f.amount.valueSek, [i]);
	});
	return at;
}
function findWhole(facts, atAmount, first, members) {
	const sum = members.reduce((s, i) => s + facts[i].amount.valueSek, 0);
	const positions = atAmount.get(sum) ?? [];
	for (let k = countBelow(positions, first) - 1; k >= 0; k--) {
		const j = positions[k];
		if (WHOLES.has(facts[j].role.role)) return {
			index: j,
			members
		};
	}
	return null;
}
/** Shares that add up to more than their whole are not its shares. */
function dropExceedingParent(facts, members) {
	const parent = facts[members[0]]?.parent;
	if (parent === null || parent === void 0) return;
	if (members.reduce((s, i) => s + facts[i].amount.valueSek, 0) <= facts[parent].amount.valueSek) return;
	for (const i of members) facts[i].parent = null;
}
/** The year of the document's own news: its first grant with a known year. */
function mainYear(facts) {
	const lead = facts.find((f) => (f.role.role === "grant" || f.role.role === "multi-year-total") && f.years.years.length > 0);
	return lead ? Math.min(...lead.years.years) : null;
}
const RETOLD$1 = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"total"
]);
/** Money for years before the document's own ("I fjol fick GMS 58 miljoner") is an earlier grant retold. */
function markComparisons(facts, year) {
	for (const f of facts) {
		if (!RETOLD$1.has(f.role.role)) continue;
		const years = f.years.years;
		if (year !== null && years.length > 0 && Math.max(...years) < year || f.time.pastRelative) f.role = {
			...f.role,
			role: "comparison"
		};
	}
}
/** A share of co-funding is co-funding; a share of a retold figure is retold too. */
function inheritKind(facts) {
	for (const f of facts) {
		const parent = f.parent === null ? null : facts[f.parent];
		if (!parent) continue;
		const kind = parent.role.role;
		if (kind === "co-funding" || kind === "comparison") f.role = {
			...f.role,
			role: kind
		};
	}
}
// dist/knowledge/org-references.js
const REFERENCES = [
	["regionen", /\bRegion\s+\p{Lu}[\p{L}-]*(?:\s+län)?/gu],
	["regionstyrelsen", /\bRegion\s+\p{Lu}[\p{L}-]*(?:\s+län)?/gu],
	["regionfullmäktige", /\bRegion\s+\p{Lu}[\p{L}-]*(?:\s+län)?/gu],
	["institutionen", /\b(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:Institutet|institutet|universitet)(?![\p{L}])/gu],
	["universitetet", /\b(?:\p{Lu}[\p{L}-]*\s+){1,6}universitet(?![\p{L}])/gu],
	["stiftelsen", /\b(?:Stiftelsen|Fonden)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,6}/gu]
];
const BY_NOUN = new Map(REFERENCES);
/** The reference nouns themselves ("regionen"): a recipient or funder written so is resolved here. */
const REFERENCE_NOUNS = REFERENCES.map(([noun]) => noun);
const NOUN_LENGTHS = new Set(REFERENCE_NOUNS.map((noun) => noun.length));
const INDEX_CACHE_MAX = 16;
const indexes = new Map(REFERENCES.map(([noun, pattern]) => [noun, cacheByKey((t) => nameIndex(t, pattern), INDEX_CACHE_MAX)]));
function nameIndex(text, pattern) {
	const counts = /* @__PURE__ */ new Map();
	const ends = [];
	const best = [];
	let leader = null;
	for (const m of text.matchAll(pattern)) {
		const name = withoutGenitive(m[0]);
		const n = (counts.get(name) ?? 0) + 1;
		counts.set(name, n);
		if (leader === null || n >= (counts.get(leader) ?? 0)) leader = name;
		ends.push((m.index ?? 0) + m[0].length);
		best.push(leader);
	}
	return {
		ends,
		best
	};
}
/** "Region Skånes del": the region is Region Skåne (no region's name ends in a genitive s of its own). */
function withoutGenitive(name) {
	return name.startsWith("Region ") && name.endsWith("s") ? name.slice(0, -1) : name;
}
/** The organisation a reference word stands for: the name of its kind told most often before `at` (the latest on a tie). */
function resolveOrgReference(text, at, name) {
	if (name === null || !NOUN_LENGTHS.has(name.length)) return name;
	const noun = name.toLowerCase();
	const index = indexes.get(noun);
	if (!index || !BY_NOUN.has(noun)) return name;
	const { ends, best } = index(text);
	const before = countBelow(ends, at + 1);
	return before === 0 ? name : best[before - 1];
}
// dist/knowledge/organisations.js
/** Words that end a name: prepositions, conjunctions and verbs that follow a recipient. */
const NAME_STOP = new Set(`för till att som med i under inom på av om och samt senast efter från ska skall får kan har
  to for with in under within on of about and by that which`.split(/\s+/));
const DESCRIPTOR = /^(?:\p{L}*projekt(?:et)?|regionernas|myndigheten|organisationen|the|project)$/iu;
const GMS = /genomic\s+medicin\w*\s+sweden|\bgms\b/i;
function mentionsGms$1(text) {
	return GMS.test(text);
}
const REGION_NAME = /^region\s/i;
/** Whether a name is a region's own ("Region Skåne", never "regionerna"). */
function namesRegion(name) {
	return REGION_NAME.test(name);
}
const ABBREVIATION = /^\(\p{Lu}[\p{Lu}\d-]*\)$/u;
const DIRECTION = /^(?:norr|syd|söder|väst|öst|mellansverige|län|kommun|north|south|east|west|county)$/i;
const ORGANISATION_HEADS = [
	"universitetssjukhus",
	"sjukhus",
	"sjukhuset",
	"universitet",
	"universitetet",
	"institutet",
	"institut",
	"högskola",
	"högskolan",
	"lasarett",
	"lasarettet",
	"fonden",
	"myndigheten",
	"centrum",
	"regionerna"
];
function isOrganisationHead(word) {
	return ORGANISATION_HEADS.some((h) => word === h || h.length > 6 && word.endsWith(h));
}
const FIRST_WORDS = /^(?:\S+\s*){1,10}/u;
const SPACES$1 = /\s+/;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const END_PUNCTUATION = /[.,;:!?]+$/;
const END_SEPARATOR = /[.,;:]+$/;
const DIGITS_ONLY = /^\d+$/;
/** A name starting at `text`'s beginning: capitalised words, "(ABBR)", "Regionalt cancercentrum (RCC) norr". */
function readName(text) {
	const tokens = text.match(FIRST_WORDS)?.[0].trim().split(SPACES$1) ?? [];
	let i = 0;
	while (i < 2 && DESCRIPTOR.test(tokens[i] ?? "")) i += 1;
	if (!UPPER_START.test(tokens[i] ?? "")) return null;
	const name = [];
	for (; i < tokens.length; i++) {
		const raw = tokens[i] ?? "";
		const word = raw.replace(END_PUNCTUATION, "");
		const next = (tokens[i + 1] ?? "").replace(END_PUNCTUATION, "");
		const previous = name.at(-1) ?? "";
		if (!(UPPER_START.test(word) || ABBREVIATION.test(word) || LOWER_START.test(word) && ABBREVIATION.test(next) && !NAME_STOP.has(word) || DIRECTION.test(word) && (ABBREVIATION.test(previous) || UPPER_START.test(previous)) || isOrganisationHead(word) && UPPER_START.test(previous)) || name.length > 0 && NAME_STOP.has(word.toLowerCase())) break;
		name.push(word);
		if (word !== raw) break;
	}
	return name.length > 0 ? name.join(" ") : null;
}
const REFERENCE_AFTER_VERB = new RegExp(`(?:^|\\s)(?:får|fick|erhåller|erhöll)\\s+(${REFERENCE_NOUNS.join("|")})\\s*$`, "iu");
const COUNT_WORDS = new Set(`en ett två tre fyra fem sex sju åtta nio tio elva tolv one two three four five six seven eight nine ten
  eleven twelve several multiple flera`.split(/\s+/));
const GROUP_NOUNS = new Set(`projekt forskargrupper forskare företag kommuner projects groups researchers companies teams
  research`.split(/\s+/));
/** "three projects" when the words after "till"/"to" count groups of recipients; else null. */
function countedGroups(text) {
	const [a = "", b = "", c = ""] = text.slice(0, 60).split(SPACES$1, 3).map((w) => w.replace(END_SEPARATOR, ""));
	if ((COUNT_WORDS.has(a.toLowerCase()) || DIGITS_ONLY.test(a)) && GROUP_NOUNS.has(b.toLowerCase())) return b.toLowerCase() === "research" && c ? `${a} ${b} ${c}` : `${a} ${b}`;
	return null;
}
const ARTICLES$1 = new Set("a an the one en ett den det".split(" "));
const PROJECT_NOUNS = new Set(`project projects study studies trial programme group lab laboratory projekt projektet studie studien
  studier forskargrupp forskargruppen program programmet`.split(/\s+/));
const HOST_WORDS$1 = /* @__PURE__ */ new Set([
	"at",
	"vid",
	"på",
	"within",
	"inom",
	"hos"
]);
const PROJECT_WORDS_MAX = 6;
/** "a <…> project at <Name>" right after "to"/"till": the project and its host, else null. */
function hostedProject(text) {
	const words = text.slice(0, 200).split(SPACES$1, PROJECT_WORDS_MAX);
	if (!ARTICLES$1.has(words[0]?.toLowerCase() ?? "")) return null;
	const at = words.findIndex((w, i) => i > 0 && HOST_WORDS$1.has(w.toLowerCase()));
	const noun = words[at - 1]?.toLowerCase() ?? "";
	if (at < 2 || !(PROJECT_NOUNS.has(noun) || noun.endsWith("projekt"))) return null;
	if (words.slice(1, at).some((w) => !LOWER_START.test(w) || END_SEPARATOR.test(w))) return null;
	return hostName(text.slice(words.slice(0, at + 1).join(" ").length).trimStart());
}
const OF_NAME = /^\s+(?:of|för)\s+(?=\p{Lu})/u;
/** A host's name, with "of <Name>" kept: "the Department of Immunology", "University of Gothenburg". */
function hostName(text) {
	const head = readName(text);
	if (head === null) return null;
	const at = text.indexOf(head) + head.length;
	const of = OF_NAME.exec(text.slice(at, at + 8));
	const tail = of ? readName(text.slice(at + of[0].length)) : null;
	return tail ? `${text.slice(text.indexOf(head), at)}${of?.[0]}${tail}` : head;
}
const TILL = /^\s*(?:,\s*)?(?:till|to)\s+/i;
const TILL_AFTER_TIME = /^\s*(?:over|during|for|in|per|under|för|i|om)\s+(?:\p{L}+\s+)?(?:years?|år|åren|\d{4}),?\s+(?:till|to)\s+/iu;
const NAME_AFTER_VERB = /(?:^|\s)(?:får|fick|erhåller|erhöll)\s+((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4})(?:\s*\p{Ll}+){0,2}\s*$/u;
const SUBJECT_RECEIVES = /(?:^|[\s,])((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4}(?:\([\p{Lu}]+\))?(?:\s?(?:län|kommun))?)\s*(?:får|fick|erhåller|erhöll|receives|received|gets|got)\s/u;
const BRACKETED_SUBJECT = /\(((?:\p{Lu}[\p{L}-]*)(?:\s[\p{L}-]+){0,3})\)\s*(?:får|fick|erhåller|erhöll|receives|received|gets|got)\s/u;
const SUBJECT_HAS_RECEIVED = /(?:^|[\s,])((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4})\s*har\s+(?:[\p{Ll}\d]+\s+){0,3}fått\s/u;
const HAS_RECEIVED = /\bhar\s+((?:\p{Lu}[\p{L}-]*(?![\p{L}-])\s?){1,4})\s*fått\b/u;
const GIVEN_BEFORE = /\b(?:ger|gav|ge|gives|gave|give)\s+(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})\s+(?:\p{Ll}+\s+)?$/u;
const WITHIN_PROJECT = /inom\s+(?:ramen\s+för\s+)?(?:projektet\s+)?(?=\p{Lu})/u;
const PAYS_OUT = /\bbetalar?\s+ut\b|\bpays?\s+out\b/i;
const COMMISSIONS = /(?:\bger|\bge|\buppdra(?:r)?\s+åt|\bcommission(?:s|ed)?|\btask(?:s|ed)?|\binstruct(?:s|ed)?)\s+(\p{Lu}[\p{L}-]+)/u;
const COMMISSIONED = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:får\s+)?i\s+uppdrag/u;
const PAYER_BEFORE$1 = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:ska\s+|skall\s+)?$/u;
const PAYER_BEFORE_MODAL = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:ska|skall)\s+$/u;
const NO_SUBJECT = /^(?:Nu|Då|Det|Den|Där|I|In|The)$/i;
/** The recipient named by "till X" right after the amount, or "X får/har fått" before it. */
function findRecipient(before, after) {
	const till = TILL.exec(after) ?? TILL_AFTER_TIME.exec(after);
	if (till) {
		const rest = after.slice(till[0].length);
		const name = readName(rest) ?? hostedProject(rest) ?? countedGroups(rest);
		if (name) return name;
	}
	if (!RECEIVES.test(before)) return givenTo(before) ?? leaderWith(before) ?? labelledOrganisation(before) ?? fundedSubject(before);
	const afterVerb = NAME_AFTER_VERB.exec(before);
	if (afterVerb?.[1]) return afterVerb[1].trim();
	const referred = REFERENCE_AFTER_VERB.exec(before)?.[1];
	if (referred) return referred.toLowerCase();
	const bracketed = BRACKETED_SUBJECT.exec(before)?.[1];
	if (bracketed) return bracketed;
	const subject = SUBJECT_RECEIVES.exec(before);
	if (subject?.[1] && !NOT_A_NAME.has(subject[1].trim().split(/\s+/)[0]?.toLowerCase() ?? "")) return subject[1].trim();
	return givenTo(before);
}
const LABEL = /^\s*([^:]{2,60}):\s*(?:SEK\s*)?$/u;
const REGION_WORD = /^(?:region|regionen|landstinget)$|regionen$/iu;
/** The organisation a "<name>: <amount>" item is labelled with; an area's label ("Barncancer:") is none. */
function labelledOrganisation(before) {
	const label = LABEL.exec(before)?.[1]?.trim();
	return label ? organisationLabel(label) : null;
}
/** A label that is an organisation's name ("Region Skåne", "Karolinska universitetssjukhuset"); an area's is not. */
function organisationLabel(label) {
	if (label.length > 60 || readName(label) !== label) return null;
	const words = label.split(SPACES$1);
	return words.some((w) => REGION_WORD.test(w)) || isOrganisationHead(words.at(-1)?.toLowerCase() ?? "") ? label : null;
}
const FUNDED = /\b(?:funded|financed|finansieras|finansierad|finansierat|finansierade)\s+(?:by|av)\b/u;
const IS_AFTER_NAME = /^\s*(?:is|är|was|var|,)/u;
function fundedSubject(before) {
	if (!FUNDED.test(before)) return null;
	const name = readName(before);
	if (!name || NOT_A_NAME.has(name.split(SPACES$1)[0]?.toLowerCase() ?? "")) return null;
	const rest = before.slice(before.indexOf(name) + name.length);
	return IS_AFTER_NAME.test(rest) && !GOVERNMENT$3.test(name) ? name : null;
}
const NOT_A_NAME = new Set("idag igår imorgon nu då därmed därför dessutom samtidigt totalt sammanlagt nyligen snart härmed today yesterday now then also overall together".split(" "));
const LEAD_VERBS = /* @__PURE__ */ new Set([
	"lead",
	"leads",
	"leading",
	"leda",
	"leder"
]);
const WITH_WORDS = /* @__PURE__ */ new Set(["with", "med"]);
/** "<Name> will lead … with" right before the amount: the name that leads the work receives its money. */
function leaderWith(before) {
	const words = before.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
	if (!WITH_WORDS.has(words.at(-1)?.toLowerCase() ?? "")) return null;
	const lead = words.findIndex((w) => LEAD_VERBS.has(w.toLowerCase()));
	if (lead < 1 || lead > 5) return null;
	const start = before.search(/\p{Lu}/u);
	return start < 0 ? null : readName(before.slice(start));
}
const RECEIVES = /får|fick|erhåller|erhöll|receives|received|gets|got/iu;
const GIVES$1 = /ger|gav|ge|gives|gave|give/;
/** "X har fått" before the amount, or the one given to: "Regeringen ger samtidigt Socialstyrelsen …". */
function givenTo(before) {
	if (!GIVES$1.test(before) && !before.includes("fått")) return null;
	const inverted = HAS_RECEIVED.exec(before);
	if (inverted?.[1]) return inverted[1].trim();
	const subject = SUBJECT_HAS_RECEIVED.exec(before)?.[1]?.trim();
	if (subject && !NOT_A_NAME.has(subject.split(/\s+/)[0]?.toLowerCase() ?? "")) return subject;
	const given = GIVEN_BEFORE.exec(before);
	if (given?.[1]) return given[1].trim();
	return null;
}
/** "inom ramen för projektet X": whose project the money serves. */
function findProjectOwner(sentence) {
	const m = WITHIN_PROJECT.exec(sentence);
	return m ? readName(sentence.slice(m.index + m[0].length)) : null;
}
/** Who pays out: "ger X i uppdrag att … betala ut", "uppdra åt X att betala ut", "X betalar ut". */
function findPayer(sentence) {
	const pays = PAYS_OUT.exec(sentence);
	if (!pays) return findGrantor(sentence);
	const before = sentence.slice(0, pays.index);
	const commissioned = COMMISSIONS.exec(before)?.[1] ?? COMMISSIONED.exec(before)?.[1];
	if (commissioned) return commissioned;
	const direct = (/^betala\s/i.test(pays[0]) ? PAYER_BEFORE_MODAL : PAYER_BEFORE$1).exec(before)?.[1];
	return direct && direct !== "Regeringen" ? direct : null;
}
const GRANTS = /(?:^|[\s,])(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,5})(?![\p{L}-])\s+(?:beviljar|beviljade|har beviljat|awards|awarded|grants|granted|has granted)\b/u;
const NOT_AN_AGENCY = /^(?:Regeringen|Government|The Government|The Swedish Government|Nu|Då)$/i;
function findGrantor(sentence) {
	const name = GRANTS.exec(sentence)?.[1]?.replace(APPOSITION, "");
	return name && !NOT_AN_AGENCY.test(name) ? name : null;
}
const FUNDER_VERBS = /(?:^|[\s,])((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*){0,3})\s+(?:har\s+|ska\s+|will\s+|has\s+)?(?:(?:beslutat|beslutade|beslutar)\s+att\s+avsätta|satsar|satsade|satsat|skjuter\s+(?:\p{Ll}+\s+)?till|lägger\s+(?:\p{Ll}+\s+)?till|sköt\s+(?:\p{Ll}+\s+)?till|går\s+in\s+med|gick\s+in\s+med|bidrar|bidrog|beviljar|beviljade|beviljat|finansierar|finansierade|avsätter|avsatte|anslår|anslog|anslagit|kanaliserar|ger|gav|matchar|investerar|investerade|funds|funded|grants|granted|awards|awarded|co-funds?|adds?|allocates?|allocated|invests?|invested)\b/u;
const PASSIVE_FUNDER = /\b(?:finansieras|finansierades|bekostas|funded|financed)\s+(?:av|by)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})/u;
const THROUGH$1 = /\b(?:[Gg]enom|[Vv]ia|[Tt]hrough)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]+)/u;
const LEADING_PREPOSITION = /^(?:Genom|Via|Through|Enligt|Med|I|In)\s+/;
const GOVERNMENT$3 = /^(?:regeringen|staten|the\s+(?:swedish\s+)?government|government|sweden|swedish)$/i;
const GOVERNMENT_SUBJECT = /\b(?:regeringen|staten|statens|the\s+swedish\s+government|the\s+government)\b/i;
const APPOSITION = /^\p{L}*(?:rådet|myndigheten|stiftelsen|organisationen|föreningen|verket)\s+(?=\p{Lu})/iu;
/** Who gives the money, from the sentence's subject or its "finansieras av X"; the government is "regeringen". */
function findFunder(sentence) {
	const name = (FUNDER_VERBS.exec(sentence)?.[1] ?? PASSIVE_FUNDER.exec(sentence)?.[1] ?? null)?.replace(LEADING_PREPOSITION, "").replace(APPOSITION, "") ?? null;
	if (name && !NO_SUBJECT.test(name)) {
		const through = THROUGH$1.exec(sentence)?.[1];
		if (GOVERNMENT$3.test(name) || through && name === through && GOVERNMENT_SUBJECT.test(sentence)) return "regeringen";
		return name;
	}
	const government = GOVERNMENT_SUBJECT.exec(sentence);
	if (REGIONS_NAMED.test(sentence)) {
		const regions = REGIONS_GIVE.exec(sentence);
		if (regions && (government === null || regions.index < government.index)) return "regionerna";
	}
	if (government) return "regeringen";
	return awardedFrom(sentence) ?? shareOfNamed(sentence);
}
const OF_NAMED_MONEY = /\b(?:of|av)\s+(?:the\s+)?(\p{Lu}[\p{L}\d]*)(?:'s|:s)?[\s-](?:funding|funds|money|grant|pengarna|medlen|medel|bidraget|stödet)\b/u;
function shareOfNamed(sentence) {
	const name = OF_NAMED_MONEY.exec(sentence)?.[1];
	if (!name || NOT_A_GIVER.test(name) || NO_SUBJECT.test(name) || mentionsGms$1(name)) return null;
	return name;
}
const AWARDED_FROM = /\b(?:awarded|granted|received|receives|beviljats|beviljades|tilldelats|tilldelades)\b[^;]{0,80}?\b(?:from|från)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:(?:'s|:s)?\s\p{Lu}[\p{L}-]*){0,3})/u;
const POSSESSIVE = /(?:'s|:s)(?=\s|$)/gu;
const NOT_A_GIVER = /^(?:Socialstyrelsen|Kammarkollegiet|Folkhälsomyndigheten|SEK|MSEK|EUR|USD|NOK|DKK|GBP)$/;
function awardedFrom(sentence) {
	const name = AWARDED_FROM.exec(sentence)?.[1]?.replace(POSSESSIVE, "");
	const first = name?.split(SPACES$1)[0];
	if (!name || !first || NOT_A_GIVER.test(first) || NO_SUBJECT.test(first)) return null;
	return name;
}
const REGIONS_GIVE = /\b(?:regionerna|the\s+(?:\p{L}+\s+)?regions)\b[^.;]{0,60}?\b(?:bidrar|bidrog|går\s+in\s+med|gick\s+in\s+med|står\s+för|skjuter\s+till|skjuta\s+till|sköt\s+till|add|adds|added|contribute|contributes|contributed)\b/iu;
const REGIONS_NAMED = /regionerna|regions|\u017F/i;
/** "Genom Vinnova satsar regeringen …", "via Vinnova": the agency money passes through. */
function findChannel(sentence) {
	const english = THROUGH_AGENCY.exec(sentence)?.[1];
	if (english) return AGENCY_NAMES.get(english.toLowerCase()) ?? null;
	const name = THROUGH$1.exec(sentence)?.[1] ?? null;
	return name && !GOVERNMENT$3.test(name) ? name : null;
}
const AGENCY_NAMES = /* @__PURE__ */ new Map([
	["public health agency of sweden", "Folkhälsomyndigheten"],
	["public health agency", "Folkhälsomyndigheten"],
	["national board of health and welfare", "Socialstyrelsen"],
	["legal, financial and administrative services agency", "Kammarkollegiet"],
	["swedish research council", "Vetenskapsrådet"],
	["innovation agency", "Vinnova"]
]);
const THROUGH_AGENCY = new RegExp(`\\b(?:through|via|by)\\s+(?:the\\s+|sweden's\\s+)?(${[...AGENCY_NAMES.keys()].join("|")})\\b`, "i");
// dist/knowledge/fact-marks.js
const LEAD_PARAGRAPHS = 3;
const saysNotGms = cacheByKey((text) => hasCue(text, NOT_GMS), 2e4);
const separateAt = cacheByKey((text) => findCues(text, SEPARATE_FROM)[0]?.start ?? Number.POSITIVE_INFINITY, 2e4);
/**
* "Testbäddarna ingår inte i GMS", "Pengarna ingår inte i GMS-uppdraget": a sentence that says money is not
* GMS's speaks of the amounts whose sentences name its subject, or (when its subject points back) of the
* last amount told before it in its paragraph; an amount's own sentence may say it too.
*/
function markNotGms(facts, segments, clutter, namesGms = (seg) => mentionsGms$1(seg.text)) {
	let byStem = null;
	for (const seg of segments) {
		if (inClutter(clutter, seg.start) || !namesGms(seg)) continue;
		const denies = saysNotGms(seg.text);
		const apart = separateAt(seg.text);
		if (!denies && apart === Number.POSITIVE_INFINITY) continue;
		const tokens = words$1(seg.text);
		const subject = tokens[0];
		if (!subject) continue;
		const own = facts.filter((f) => f.segment === seg);
		if (own.length > 0) {
			for (const f of own) if (denies || f.amount.start - seg.start < apart) f.notGms = true;
			continue;
		}
		const opening = tokens.slice(0, 2);
		const pointsBack = (cues) => findCues(opening, cues).some((h) => h.start === subject.start);
		if (pointsBack(BACK_REFERENCE) || pointsBack(SUBJECT_REFERENCE)) {
			const last = facts.filter((f) => f.segment.index < seg.index && f.segment.paragraph === seg.paragraph).at(-1);
			if (last) last.notGms = true;
			continue;
		}
		byStem ??= factsByStem(facts);
		for (const f of byStem.get(stem(subject.word)) ?? []) f.notGms = true;
	}
}
/** A document about GMS names it in its headline or first paragraphs: its money is GMS's unless it says not. */
function aboutGms$1(segments, clutter, namesGms = (seg) => mentionsGms$1(seg.text)) {
	const paragraphs = /* @__PURE__ */ new Set();
	for (const seg of segments) {
		if (inClutter(clutter, seg.start)) continue;
		paragraphs.add(seg.paragraph);
		if (paragraphs.size > LEAD_PARAGRAPHS) return false;
		if (namesGms(seg)) return true;
	}
	return false;
}
const GOES_TO = /\b(?:går|gick|ges|betalas ut|goes|go|went|is paid)\s+(?=till\s|to\s)/u;
const DEMONSTRATIVES = /* @__PURE__ */ new Set([
	"the",
	"this",
	"that"
]);
const GRANT_NOUNS = /* @__PURE__ */ new Set([
	"grant",
	"money",
	"funds",
	"funding",
	"award",
	"contribution"
]);
const DEFINITE_GRANT_ENDINGS = [
	"-pengarna",
	"-medlen",
	"-bidraget",
	"-anslaget",
	"-stödet"
];
function namedGrant(tokens) {
	const [first, second, third] = tokens.map((t) => t.word.toLowerCase());
	if (first && DEFINITE_GRANT_ENDINGS.some((e) => first.endsWith(e))) return true;
	return first !== void 0 && DEMONSTRATIVES.has(first) && second !== void 0 && !GRANT_NOUNS.has(second) && third !== void 0 && GRANT_NOUNS.has(third);
}
/** The recipient a following sentence names for the last amount ("… sex miljoner kronor …. Pengarna går till X"). */
function markBackReferredRecipients(facts, segments, clutter) {
	let last = null;
	let next = 0;
	let previousParagraph = -1;
	let currentParagraph = -1;
	for (const seg of segments) {
		while (next < facts.length && facts[next].segment.index <= seg.index) {
			last = facts[next];
			next += 1;
		}
		if (inClutter(clutter, seg.start)) continue;
		if (seg.paragraph !== currentParagraph) {
			previousParagraph = currentParagraph;
			currentParagraph = seg.paragraph;
		}
		if (!last || last.recipient || last.segment === seg) continue;
		if (last.segment.paragraph < previousParagraph) continue;
		const tokens = words$1(seg.text, 3);
		const first = tokens[0];
		if (!first || !findCues(tokens.slice(0, 2), BACK_REFERENCE).some((h) => h.start === first.start) && !namedGrant(tokens)) continue;
		const goes = GOES_TO.exec(seg.text);
		if (!goes) continue;
		last.recipient = findRecipient("", seg.text.slice(goes.index + goes[0].length));
	}
}
/**
* "I fjol fick regionen 3,1 miljoner kronor för samma arbete": the purpose of the last amount told before,
* for the same recipient where one is named.
*/
function markSamePurpose(facts) {
	facts.forEach((f, i) => {
		if (f.purposeIsSentence || !opensWith(f.purpose, SAME_WORK)) return;
		const earlier = facts.slice(0, i).filter((e) => !e.purposeIsSentence && e.purpose !== f.purpose);
		const same = earlier.filter((e) => f.recipient !== null && e.recipient === f.recipient);
		const source = (same.length > 0 ? same : earlier).at(-1);
		if (source) f.purpose = source.purpose;
	});
}
function opensWith(text, cues) {
	if (!mayHold$1(text, cues)) return false;
	const tokens = words$1(text, 3);
	const first = tokens[0];
	return first !== void 0 && findCues(tokens, cues).some((h) => h.start === first.start);
}
function factsByStem(facts) {
	const out = /* @__PURE__ */ new Map();
	const seen = /* @__PURE__ */ new Map();
	for (const f of facts) {
		let stems = seen.get(f.segment);
		if (!stems) {
			stems = new Set(words$1(f.segment.text).map((t) => stem(t.word)));
			seen.set(f.segment, stems);
		}
		for (const st of stems) {
			const list = out.get(st);
			if (list) list.push(f);
			else out.set(st, [f]);
		}
	}
	return out;
}
// dist/knowledge/relative-time.js
const RELATIVE_YEARS = [
	[
		"i år",
		0,
		0
	],
	[
		"redan i år",
		0,
		0
	],
	[
		"under året",
		0,
		0
	],
	[
		"årets",
		0,
		0
	],
	[
		"innevarande år",
		0,
		0
	],
	[
		"this year",
		0,
		0
	],
	[
		"this year's",
		0,
		0
	],
	[
		"i fjol",
		-1,
		-1
	],
	[
		"fjolårets",
		-1,
		-1
	],
	[
		"fjolåret",
		-1,
		-1
	],
	[
		"förra året",
		-1,
		-1
	],
	[
		"förra årets",
		-1,
		-1
	],
	[
		"föregående års",
		-1,
		-1
	],
	[
		"föregående år",
		-1,
		-1
	],
	[
		"last year",
		-1,
		-1
	],
	[
		"last year's",
		-1,
		-1
	],
	[
		"nästa år",
		1,
		1
	],
	[
		"nästkommande år",
		1,
		1
	],
	[
		"nästa års",
		1,
		1
	],
	[
		"next year",
		1,
		1
	],
	[
		"next year's",
		1,
		1
	],
	[
		"de kommande två åren",
		0,
		1
	],
	[
		"de kommande tre åren",
		0,
		2
	],
	[
		"de kommande fyra åren",
		0,
		3
	],
	[
		"de kommande fem åren",
		0,
		4
	],
	[
		"de närmaste två åren",
		0,
		1
	],
	[
		"de närmaste tre åren",
		0,
		2
	],
	[
		"the next two years",
		0,
		1
	],
	[
		"the next three years",
		0,
		2
	],
	[
		"the coming two years",
		0,
		1
	],
	[
		"the coming three years",
		0,
		2
	],
	[
		"de senaste två åren",
		-1,
		0
	],
	[
		"de senaste tre åren",
		-2,
		0
	],
	[
		"de senaste fyra åren",
		-3,
		0
	],
	[
		"de senaste fem åren",
		-4,
		0
	],
	[
		"de två senaste åren",
		-1,
		0
	],
	[
		"de tre senaste åren",
		-2,
		0
	],
	[
		"the past two years",
		-1,
		0
	],
	[
		"the past three years",
		-2,
		0
	],
	[
		"the past four years",
		-3,
		0
	],
	[
		"the past five years",
		-4,
		0
	],
	[
		"the last two years",
		-1,
		0
	],
	[
		"the last three years",
		-2,
		0
	]
];
/** "året innan", "året därpå": one year before or after the year just told. One phrase a line. */
const TOLD_YEAR_OFFSETS = [
	["året innan", -1],
	["året dessförinnan", -1],
	["the year before", -1],
	["the previous year", -1],
	["året därpå", 1],
	["året därefter", 1],
	["året efter", 1],
	["the following year", 1],
	["the year after", 1]
];
const YEAR_BEFORE = compileCues(TOLD_YEAR_OFFSETS.map(([p]) => p));
const TOLD_OFFSET = new Map(TOLD_YEAR_OFFSETS);
const MATCHER = compileCues(RELATIVE_YEARS.map(([p]) => p));
const GENITIVE = /* @__PURE__ */ new Set([
	"årets",
	"fjolårets",
	"förra årets",
	"föregående års",
	"nästa års",
	"this year's",
	"last year's",
	"next year's"
]);
const OFFSETS = new Map(RELATIVE_YEARS.map(([p, from, to]) => [p, [from, to]]));
/** Relative year phrases in a sentence, longest first where they overlap ("redan i år" over "i år"). */
function findRelativeYears(tokens) {
	const found = findCues(tokens, MATCHER);
	const before = findCues(tokens, YEAR_BEFORE);
	if (found.length === 0 && before.length === 0) return [];
	const hits = found.map((h) => {
		const [from, to] = OFFSETS.get(h.phrase) ?? [0, 0];
		return GENITIVE.has(h.phrase) ? {
			start: h.start,
			end: h.end,
			from,
			to,
			genitive: true
		} : {
			start: h.start,
			end: h.end,
			from,
			to
		};
	}).sort((a, b) => a.start - b.start || b.end - a.end);
	const out = [];
	for (const h of hits) {
		const last = out.at(-1);
		if (last && h.start < last.end) continue;
		out.push(h);
	}
	for (const h of before) {
		const offset = TOLD_OFFSET.get(h.phrase) ?? -1;
		const told = [...out].reverse().find((r) => r.end <= h.start);
		if (told) {
			const year = offset < 0 ? told.from + offset : told.to + offset;
			out.push({
				start: h.start,
				end: h.end,
				from: year,
				to: year
			});
		} else out.push({
			start: h.start,
			end: h.end,
			from: offset,
			to: offset,
			beforeStated: true
		});
	}
	return out.sort((a, b) => a.start - b.start);
}
/** A report named with the year it reports on: "Verksamhetsberättelse 2026". */
const REPORT = compileCues([
	"verksamhetsberättelse",
	"verksamhetsberättelsen",
	"årsredovisning",
	"årsredovisningen",
	"årsrapport",
	"annual report",
	"annual review"
]);
const YEAR$2 = /^(?:19|20)\d\d$/;
const OPENING_LINES$1 = 4;
/** The year a document's opening lines say it reports on ("Verksamhetsberättelse 2026"), clutter left out. */
function reportYearOf(segments, isClutter) {
	const lines = [];
	for (const seg of segments) {
		if (lines.length >= OPENING_LINES$1) break;
		if (!isClutter(seg)) lines.push(seg.text);
	}
	return reportYear(lines);
}
/** The year a report's opening lines say it reports on: its "under året" is that year, not the year it came out. */
function reportYear(openingLines) {
	for (const line of openingLines) {
		if (!mayHold$1(line, REPORT)) continue;
		const tokens = words$1(line);
		for (const hit of findCues(tokens, REPORT)) {
			const next = tokens.find((t) => t.start >= hit.end);
			if (next && YEAR$2.test(next.word)) return Number(next.word);
		}
	}
	return null;
}
// dist/knowledge/fact-time.js
const FUNDING_CUES$1 = /* @__PURE__ */ new Set([
	"during",
	"for",
	"budget-year",
	"in",
	"none"
]);
function range$1(from, to) {
	const out = [];
	for (let y = from; y <= to && out.length < 50; y++) out.push(y);
	return out;
}
const NO_TIME = {
	reading: {
		years: [],
		clue: "none"
	},
	pastRelative: false,
	unresolvedSpan: 0
};
/**
* The year or years an amount's clause states, the nearest time phrase to the amount winning.
* A date or a month is a decision or a deadline, not a budget year, so only years and spans count.
*/
function clauseTime(tokens, dates, window, docYear, anchor = null) {
	const candidates = [];
	for (const d of dates) {
		if (d.start < window.start || d.end > window.end || d.kind === "date" || d.kind === "month") continue;
		if (!FUNDING_CUES$1.has(d.cue) && d.kind !== "span" && d.cue !== "since") continue;
		if (d.cue === "deadline") continue;
		if (d.cue === "since" && (docYear === null || docYear <= d.year)) continue;
		const last = d.cue === "since" ? docYear : d.endYear;
		const years = d.kind === "span" || d.cue === "since" ? range$1(d.year, last) : [d.year];
		candidates.push({
			at: d.start,
			end: d.end,
			time: {
				reading: d.cue === "since" ? {
					years,
					clue: "stated-in-sentence",
					sinceYear: true
				} : {
					years,
					clue: "stated-in-sentence"
				},
				pastRelative: false,
				unresolvedSpan: 0
			}
		});
	}
	const statedForMoney = candidates.length > 0;
	for (const r of findRelativeYears(tokens)) {
		if (r.start < window.start || r.end > window.end) continue;
		if (r.genitive && statedForMoney && window.amountStart - r.end > GENITIVE_REACH) continue;
		const base = r.beforeStated ? statedBefore(dates, r.start) ?? anchor : null;
		if (base !== null) {
			const years = [base + r.from];
			candidates.push({
				at: r.start,
				end: r.end,
				time: {
					reading: {
						years,
						clue: "stated-in-sentence"
					},
					pastRelative: r.from < 0,
					unresolvedSpan: 0
				}
			});
			continue;
		}
		const time = docYear === null ? {
			reading: {
				years: [],
				clue: "none"
			},
			pastRelative: r.to < 0,
			unresolvedSpan: r.to - r.from + 1
		} : {
			reading: {
				years: range$1(docYear + r.from, docYear + r.to),
				clue: "stated-in-sentence"
			},
			pastRelative: r.to < 0,
			unresolvedSpan: 0
		};
		candidates.push({
			at: r.start,
			end: r.end,
			time
		});
	}
	const gap = (c) => c.at >= window.amountEnd ? c.at - window.amountEnd : Math.max(0, window.amountStart - c.end);
	let best = null;
	for (const c of candidates) if (!best || gap(c) < gap(best)) best = c;
	return best?.time ?? NO_TIME;
}
const GENITIVE_REACH = 12;
/** "Under 2024 fick GMS … och året innan …": the last year stated in the sentence before `at`. */
function statedBefore(dates, at) {
	let year = null;
	for (const d of dates) if (d.end <= at && isYear(d)) year = d.year;
	return year;
}
/** A year or span told as such: not a decision date, a month or a deadline. */
function isYear(d) {
	return (d.kind === "year" || d.kind === "span") && d.cue !== "deadline";
}
const LEADING_YEAR = /^(\d{4})/;
const PERIOD_CACHE_MAX = 2e4;
/** The year of a `YYYY-MM(-DD)` date, or null. */
function yearOf(published) {
	const m = LEADING_YEAR.exec(published ?? "");
	return m ? Number(m[1]) : null;
}
const TWO_YEARS = /\d{4}\D{1,20}\d{4}|\d{4}-\d\d-\d\d\s*[–—-]\s*\d{4}|\d{4}\s*[–—-]\s*\d{1,2}\.?\s\p{L}{3,12}\s\d{4}/u;
const DATE_DASH = /^\s*[–—-]\s*$/;
const mayTellPeriod = cacheByKey((text) => TWO_YEARS.test(text) && hasCue(text, PROJECT_RUNS), PERIOD_CACHE_MAX);
/**
* "The project runs over the next three years, from 2026 to 2028": the one span a document says its project
* runs, the years of its money that no sentence or paragraph dates. Two different spans say nothing.
*/
function projectPeriod(sentences) {
	let found = null;
	for (const text of sentences) {
		if (!mayTellPeriod(text)) continue;
		const dates = findDates(text);
		for (const [i, d] of dates.entries()) {
			const next = dates[i + 1];
			const bounded = d.kind === "date" && next?.kind === "date" && DATE_DASH.test(text.slice(d.end, next.start)) && next.year > d.year;
			const endYear = bounded ? next?.year ?? d.year : d.endYear;
			if (d.kind !== "span" && !bounded || endYear <= d.year || d.cue === "deadline") continue;
			const years = range$1(d.year, endYear);
			if (found && found.years.join() !== years.join()) return {
				years: [],
				clue: "none"
			};
			found = {
				years,
				clue: "project-period"
			};
		}
	}
	return found ?? {
		years: [],
		clue: "none"
	};
}
// dist/knowledge/fact-windows.js
const SEPARATOR = /,|;|\s(?:och|samt|men|medan|and|but|while|whereas)\s|\s[–—]\s/giu;
/**
* Each amount's clause: from the last separator before it (not before the previous amount) to the first
* separator after it (not past the next amount). A separator inside a date ("2026 och 2027") does not count.
*/
function clauseWindows(sentence, amounts, dates) {
	const seps = [];
	SEPARATOR.lastIndex = 0;
	for (let m = SEPARATOR.exec(sentence.text); m !== null; m = SEPARATOR.exec(sentence.text)) {
		const at = sentence.start + m.index;
		if (!covers(dates, at) && !covers(amounts, at)) seps.push(at);
	}
	const out = [];
	for (let i = 0; i < amounts.length; i++) {
		const a = amounts[i];
		const prevEnd = amounts[i - 1]?.end ?? sentence.start;
		const nextStart = amounts[i + 1]?.start ?? sentence.end;
		let before;
		let after;
		for (const s of seps) {
			if (s < a.start && s >= prevEnd) before = s;
			if (after === void 0 && s >= a.end && s < nextStart) after = s;
		}
		out.push({
			start: before ?? prevEnd,
			end: after ?? nextStart,
			amountStart: a.start,
			amountEnd: a.end
		});
	}
	return out;
}
/** Whether one of the spans holds position `at`. */
function covers(spans, at) {
	for (const x of spans) if (x.start <= at && at < x.end) return true;
	return false;
}
/** The amounts inside one pair of parentheses of a sentence: "(barncancer 10 miljoner, …)". */
function parenthesisGroups(text, offset, amounts) {
	const groups = [];
	if (amounts.length < 2 || !text.includes("(")) return groups;
	for (const m of text.matchAll(/\(([^()]*)\)/g)) {
		const s = offset + (m.index ?? 0);
		const e = s + m[0].length;
		const inside = amounts.flatMap((a, i) => a.start >= s && a.end <= e ? [i] : []);
		if (inside.length >= 2) groups.push(inside);
	}
	return groups;
}
// dist/knowledge/decided.js
const DECISION = compileCues([
	"beslut*",
	"beslöt",
	"decided",
	"decision",
	"announced",
	"tillkännagav"
]);
const TODAY$1 = compileCues([
	"i dag",
	"idag",
	"today"
]);
const YEAR_MONTH = /^(\d{4})-(\d{2})/;
const MONTH_NUMBER = new Map([...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m, i) => [m.toLowerCase(), i % 12 + 1]));
/** The decision date a sentence gives, `YYYY-MM-DD` or `YYYY-MM`, as the text gives it; null when none. */
function decidedIn$1(tokens, dates, published) {
	if (!hasCue(tokens, DECISION)) return null;
	const full = dates.find((d) => d.cue !== "deadline" && (d.kind === "date" || d.kind === "month"));
	if (full) return iso(full.year, full.month, full.day);
	if (published && hasCue(tokens, TODAY$1)) return published;
	const docYear = YEAR_MONTH.exec(published ?? "");
	if (!docYear) return null;
	for (const [i, t] of tokens.entries()) {
		const month = MONTH_NUMBER.get(t.word);
		if (month === void 0 || ![
			"i",
			"in",
			"den",
			"on"
		].includes(tokens[i - 1]?.word ?? "")) continue;
		return iso(Number(docYear[1]) - (month > Number(docYear[2]) ? 1 : 0), month, null);
	}
	return null;
}
function iso(year, month, day) {
	return `${year}${month === null ? "" : `-${String(month).padStart(2, "0")}`}${day === null || month === null ? "" : `-${String(day).padStart(2, "0")}`}`;
}
// dist/knowledge/purpose.js
const MARKER = /(?:^|\s)(?:till|för|åt|to|for|towards)\s+/i;
const LEADING_NOISE = /^(?:\s|,|att\s|som\s+stöd\s+|i\s+\p{L}*anslag\s+|ska\s+|får\s+|går\s+|gå\s+|användas\s+|bland\s+annat\s+)+/iu;
const TRAILING_WORD = /(?:^|\s)(?:och|samt|resterande|återstående|and|the|remaining)$/i;
const FRAME = /^inom\s+ramen\s+för\s+(?:projektet\s+)?(?:\p{Lu}[\p{L}-]*\s+|\(\p{Lu}+\)\s+)+/u;
const BUDGET_LINES = [/\banslagspost(?:en)?\s+\d+\s+([^,.;]+)/i, /\banslaget\s+\d+:\d+\s+([^,.;]+)/i];
const TRAILING_TIME = /\s+(?:i år|i fjol|nästa år|under året|this year|next year|last year)$/i;
const TAIL_CHARS = 16;
const TRAILING_PUNCTUATION = /[\s,;:.]+$/;
function endsWith(text, pattern) {
	return pattern.test(text.length > TAIL_CHARS ? text.slice(-16) : text);
}
function trimTail(text) {
	let out = text.replace(TRAILING_PUNCTUATION, "");
	if (endsWith(out, TRAILING_TIME)) out = out.replace(TRAILING_TIME, "");
	while (endsWith(out, TRAILING_WORD)) out = out.replace(TRAILING_WORD, "").replace(TRAILING_PUNCTUATION, "");
	return out;
}
/** The budget line an amount is booked against: "anslagsposten 16 Åtgärder för en bättre cancervård". */
function readBudgetLine(sentence) {
	const name = BUDGET_LINES.map((re) => re.exec(sentence)?.[1]?.trim()).find((n) => n);
	return name ? trimTail(name) : null;
}
const DATE_CUE_AT_END = /\b(?:under|för|for|during|in|i|år|åren|budgetåret|enbart|only|senast|by)\s*$/i;
const SPACES = /\s{2,}/g;
const RECIPIENT_LEAD = /^\s*,?\s*(?:till|to)\s+(?:\p{Ll}+\s+){0,2}/u;
const COLON_AFTER = /^\s*:\s*([^,;()]+)/;
const LEADING_AND = /^\s*(?:och|samt|and)\s+/i;
const LIST_ITEM = /(?:^|[(,;:•])\s*([^(),;:•]*?)\s*:?\s*$/;
/**
* Removes date phrases (and their cue words) so "enbart för år 2024" leaves no purpose behind. `dates` are in
* order and apart, as `findDates` gives them: read from the last, no copy sorted per amount.
*/
function withoutDates(text, offset, dates) {
	let out = text;
	for (let k = dates.length - 1; k >= 0; k--) {
		const d = dates[k];
		const s = d.start - offset;
		const e = d.end - offset;
		if (s < 0 || e > text.length) continue;
		out = out.slice(0, s).replace(DATE_CUE_AT_END, "") + out.slice(e);
	}
	return out.replace(SPACES, " ");
}
/** What an amount is for, in the document's words: the phrase after "till/för/to/for". */
function readPurpose(after) {
	const m = MARKER.exec(after);
	if (!m) return null;
	const phrase = trimTail(after.slice(m.index + m[0].length).replace(LEADING_NOISE, "").replace(FRAME, ""));
	return phrase.length >= 3 ? phrase : null;
}
/** "till Region Västerbotten för att …" → "för att …": the recipient right after an amount is not its purpose. */
function skipRecipient(after, recipient) {
	if (!recipient) return after;
	const lead = RECIPIENT_LEAD.exec(after);
	if (!lead) return after;
	const rest = after.slice(lead[0].length);
	return rest.startsWith(recipient) ? rest.slice(recipient.length) : after;
}
/** A list item's topic stands before its amount: "barncancer 10 miljoner", "Sällsynta diagnoser: 16 miljoner". */
function readListPurpose(clause, after, bullet) {
	const colonAfter = COLON_AFTER.exec(after);
	if (colonAfter?.[1]) return trimTail(colonAfter[1]);
	const before = clause.replace(LEADING_AND, "");
	const item = LIST_ITEM.exec(before)?.[1]?.trim() ?? "";
	if (item.length < 3 || !bullet && item.split(/\s+/).length > 5) return null;
	if (!words$1(item).some((w) => isContentWord(w.word))) return null;
	return trimTail(item);
}
// dist/knowledge/years.js
const NONE$7 = {
	years: [],
	clue: "none"
};
/** Year clues that say nothing of the money itself: only the page's date, or nothing. */
const UNDATED_CLUES = /* @__PURE__ */ new Set(["publication-date", "none"]);
const FUNDING_CUES = /* @__PURE__ */ new Set([
	"during",
	"for",
	"budget-year"
]);
function range(from, to) {
	const out = [];
	for (let y = from; y <= to && out.length < 50; y++) out.push(y);
	return out;
}
/** Years an amount's own sentence says it funds: a funding cue, or a span of years. */
function statedYears(dates) {
	let year = null;
	let several = false;
	for (const d of dates) {
		if (d.kind === "span" && d.cue !== "deadline" && d.cue !== "since") return {
			years: range(d.year, d.endYear),
			clue: "stated-in-sentence"
		};
		if (!FUNDING_CUES.has(d.cue)) continue;
		if (year !== null && d.year !== year) several = true;
		year ??= d.year;
	}
	if (year !== null && !several) return {
		years: [year],
		clue: "stated-in-sentence"
	};
	return NONE$7;
}
/**
* The year a decision or a publication funds. Swedish government money is decided per budget year;
* a decision or release in December is, in practice, for the coming year.
*/
function yearOfDecision(year, month) {
	return month === 12 ? year + 1 : year;
}
/** "beslutade i december 2021": a decision date in the amount's sentence. */
function decisionYears(sentence, dates) {
	if (!/\bbeslut|\bdecided|\bdecision/i.test(sentence)) return NONE$7;
	const d = dates.find((x) => (x.kind === "month" || x.kind === "date") && x.cue !== "deadline");
	return d ? {
		years: [yearOfDecision(d.year, d.month)],
		clue: "decision-date"
	} : NONE$7;
}
/** "Genomik i vården – från pilot till rutin 2027": the one year a document's title names, for all its money. */
function titleYears(dates) {
	const told = dates.filter((d) => (d.kind === "year" || d.kind === "span") && d.cue !== "deadline" && d.cue !== "since");
	const first = told[0];
	if (!first || told.some((d) => d.year !== first.year || d.endYear !== first.endYear)) return NONE$7;
	return {
		years: range(first.year, first.endYear),
		clue: "stated-in-title"
	};
}
/** `YYYY-MM-DD` or `YYYY-MM` → the year it funds. */
function publicationYears(published) {
	const m = /^(\d{4})-(\d{2})/.exec(published ?? "");
	if (!m) return NONE$7;
	return {
		years: [yearOfDecision(Number(m[1]), Number(m[2]))],
		clue: "publication-date"
	};
}
/** How much a clue is trusted when two sources of one grant disagree. */
const CLUE_STRENGTH = {
	"stated-in-sentence": 5,
	parent: 4,
	"stated-in-paragraph": 3,
	"stated-in-title": 2,
	"project-period": 2,
	"other-document": 3,
	"decision-date": 2,
	"publication-date": 1,
	none: 0
};
// dist/knowledge/fact-wording.js
const REFERENCED_WHOLE = /^\s*(?:av\s+(?:de|årets|fjolårets|förra\s+årets|nästa\s+års|dessa|\p{L}+s)(?:\s+(?:totalt|sammanlagt))?|of\s+(?:the|this\s+year's|last\s+year's|next\s+year's|(?:the\s+)?\p{L}+'s)(?:\s+total)?)\s*$/iu;
const ADDED_TO = /^\s*(?:tillsammans\s+med|inklusive|together\s+with|including|added\s+to)(?:\s+(?:de|det|den|the|this|these|those))?\s*$/iu;
function readWording(doc, sentence, i, window, docYear, anchor, listedPart) {
	const { seg, tokens, amounts, dates } = sentence;
	const amount = amounts[i];
	const clauseEnd = amounts[i + 1]?.start ?? seg.end;
	const before = doc.text.slice(seg.start, amount.start);
	const afterRaw = doc.text.slice(amount.end, clauseEnd);
	const after = withoutDates(afterRaw, amount.end, dates);
	const single = amounts.length === 1;
	const clause = single ? seg.text : doc.text.slice(window.start, window.end);
	const whole = {
		start: seg.start,
		end: seg.end,
		amountStart: amount.start,
		amountEnd: amount.end
	};
	const own = clauseTime(tokens, dates, single ? whole : window, docYear, anchor);
	const time = own.reading.years.length > 0 || own.unresolvedSpan > 0 || single ? own : sentenceTime(tokens, dates, whole, amounts[i + 1]?.start, docYear, anchor);
	const stated = time.reading.years.length > 0 || time.unresolvedSpan > 0 ? time.reading : sentenceYears(dates, single);
	const opening = doc.text.slice(seg.start, amounts[0]?.start ?? 0);
	const referencesWhole = REFERENCED_WHOLE.test(opening);
	const referencedWhole = i === 0 && referencesWhole && amounts.length > 1;
	const sumOfAdded = i > 0 && !referencesWhole && ADDED_TO.test(opening);
	const role = classifyRole({
		sentence: seg.text,
		before,
		after,
		amount,
		multiYear: stated.years.length > 1 || time.unresolvedSpan > 1,
		listedPart,
		clause,
		clauseWords: single ? tokens : tokens.filter((t) => t.start >= window.start && t.end <= window.end),
		sentenceWords: tokens,
		clauseAfter: doc.text.slice(amount.end, window.end),
		afterReferencedWhole: i > 0 && referencesWhole,
		sumOfAdded,
		pastRelative: time.pastRelative
	});
	const named = findRecipient(before, after) ?? findProjectOwner(seg.text);
	return {
		time,
		stated,
		role,
		named,
		purpose: referencedWhole ? null : purposeOf(doc.text, seg, window, amount, after, role, named),
		payer: (single ? null : findChannel(afterRaw)) ?? findPayer(seg.text) ?? findChannel(seg.text),
		funder: findFunder(seg.text),
		decided: decidedIn$1(tokens, dates, doc.published),
		pointsBack: subjectPointsBack(tokens)
	};
}
/**
* The sentence's time for an amount whose clause has none. "SEK 18 million, up from SEK 16 million last year"
* after "… for 2028": a time pointing back that trails a later amount dates that amount, so the time told
* before the next amount wins over it.
*/
function sentenceTime(tokens, dates, whole, nextStart, docYear, anchor) {
	const late = clauseTime(tokens, dates, whole, docYear, anchor);
	if (!late.pastRelative || nextStart === void 0) return late;
	const early = clauseTime(tokens, dates, {
		...whole,
		end: nextStart
	}, docYear, anchor);
	return early.reading.years.length > 0 && !early.pastRelative ? early : late;
}
/** The purpose under another recipient than the one the wording names (a reference resolved in the document). */
function otherPurpose(text, seg, amounts, i, dates, role, recipient) {
	const window = clauseWindows(seg, amounts, dates)[i];
	const amount = amounts[i];
	const clauseEnd = amounts[i + 1]?.start ?? seg.end;
	return purposeOf(text, seg, window, amount, withoutDates(text.slice(amount.end, clauseEnd), amount.end, dates), role, recipient);
}
/** What the amount is for: a budget frame's line; else the phrase after it (past its recipient), or a list item's topic before it. */
function purposeOf(text, seg, window, amount, after, role, recipient) {
	if (role.role === "budget-frame") return readBudgetLine(seg.text);
	return readPurpose(skipRecipient(after, recipient)) ?? readListPurpose(text.slice(window.start, amount.start), after, seg.bullet);
}
/** The sentence opens with a word that stands for something told before ("Institutionen", "Den"). */
function subjectPointsBack(tokens) {
	const first = tokens[0];
	return first !== void 0 && findCues(tokens.slice(0, 2), SUBJECT_REFERENCE).some((h) => h.start === first.start);
}
/** Funding years the whole sentence states, when the amount's own clause states none. */
function sentenceYears(dates, single) {
	const reading = statedYears(dates);
	return single || reading.years.length > 0 ? reading : {
		years: [],
		clue: "none"
	};
}
// dist/knowledge/mixed-wholes.js
/**
* "GMS budget för 2029 är drygt 95 miljoner kronor, varav 82 miljoner kommer från staten och resten från
* regionerna": a whole whose share is the state's and whose rest is others' mixes funders. The whole is a
* stated total, and the state's share is the grant itself (not a share of one), so sums count it once.
*/
function markMixedWholes(facts) {
	for (const f of facts) {
		const whole = f.parent === null ? void 0 : facts[f.parent];
		if (!whole || whole.segment !== f.segment || f.role.role !== "part") continue;
		const after = f.segment.text.slice(f.amount.end - f.segment.start);
		if (!hasCue(ownClause(after), FROM_THE_STATE) || !hasCue(after, REST_FROM_OTHERS)) continue;
		if (whole.role.role !== "grant" && whole.role.role !== "total") continue;
		whole.role = {
			...whole.role,
			role: "total"
		};
		f.role = {
			role: "grant",
			isPart: false,
			nearestParent: false
		};
		f.parent = null;
		f.purpose = whole.purpose;
		f.purposeIsSentence = whole.purposeIsSentence;
	}
}
const CLAUSE_END = /\s(?:och|and)\s+(?:resten|återstoden|övrig\p{L}*|the rest|the remainder)\b|[,;]/u;
function ownClause(after) {
	const end = after.search(CLAUSE_END);
	return end < 0 ? after : after.slice(0, end);
}
/**
* "The regions contributed SEK 35 million": money the regions give of their own is co-funding beside the
* state's grant, whatever verb tells it (the co-funding words name most of it).
*/
const REGIONS_GIVING_ROLES = /* @__PURE__ */ new Set(["grant", "comparison"]);
function markRegionsMoney(facts) {
	for (const f of facts) if (REGIONS_GIVING_ROLES.has(f.role.role) && f.funder !== null && regionGives(f.funder)) f.role = {
		...f.role,
		role: "co-funding"
	};
}
function regionGives(funder) {
	return funder.toLowerCase() === "regionerna" || namesRegion(funder);
}
// dist/knowledge/per-year.js
/**
* "högst 150 000 kronor per år" in a two-year decision: an amount given per year whose own sentence names no
* year holds for each year of the multi-year total told before it.
*/
function spreadPerYear(facts) {
	let span = null;
	for (const f of facts) {
		if (f.role.perYear && f.years.clue !== "stated-in-sentence" && span && !f.aboutWriter) f.years = {
			years: [...span.years.years],
			clue: "stated-in-paragraph"
		};
		if (f.role.role === "multi-year-total" && f.years.years.length > 1 && !f.years.sinceYear) span = f;
	}
}
// dist/knowledge/revisions.js
/** Verbs that change a decided amount; without one, "från X till Y" is a range or a comparison. */
const REVISION_VERBS = compileCues([
	"höjs",
	"höjdes",
	"höjt",
	"höjts",
	"sänks",
	"sänktes",
	"sänkt",
	"sänkts",
	"ändras",
	"ändrades",
	"ändrat",
	"ändrats",
	"justeras",
	"justerades",
	"ökas",
	"ökades",
	"minskas",
	"minskades",
	"raised",
	"lowered",
	"increased",
	"reduced",
	"changed",
	"amended",
	"revised"
]);
const AMENDABLE = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"total",
	"multi-year-total"
]);
const FROM_END = /(?:^|[\s(])(?:från|from)\s*$/i;
const TO_BETWEEN = /^\s*(?:kronor|kr|sek)?\s*(?:till|to)\s*$/i;
/** Marks each amount told as "från A till B" after a verb of change: B revises A, and A is retold. */
function markRevisions(facts, doc) {
	for (let i = 1; i < facts.length; i++) {
		const old = facts[i - 1];
		const now = facts[i];
		if (old.segment !== now.segment || !AMENDABLE.has(old.role.role)) continue;
		if (!AMENDABLE.has(now.role.role)) continue;
		const between = doc.text.slice(old.amount.end, now.amount.start);
		const before = doc.text.slice(old.segment.start, old.amount.start);
		if (!TO_BETWEEN.test(between) || !FROM_END.test(before)) continue;
		if (!hasCue(now.segment.text, REVISION_VERBS)) continue;
		old.role = {
			...old.role,
			role: "comparison"
		};
		now.revises = i - 1;
	}
}
// dist/knowledge/study-hosts.js
const HOST_NOUNS = [
	["studien", "studie"],
	["projektet", "projekt"],
	["the study", "study"],
	["the project", "project"]
];
const NAME = String.raw`\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,5}(?:[ \t]+(?:universitet|institutet))?`;
const INTRODUCED = new RegExp(`(?:${HOST_NOUNS.map(([, noun]) => noun).join("|")})[ \\t]+(?:vid|på|at)[ \\t]+(${NAME})`, "gu");
const hostIndex = cacheByKey((text) => {
	const ends = [];
	const hosts = [];
	for (const m of text.matchAll(INTRODUCED)) {
		ends.push((m.index ?? 0) + m[0].length);
		hosts.push(m[1]);
	}
	return {
		ends,
		hosts
	};
}, 16);
/**
* The host of the study or project `words` introduces ("ett forskningsprojekt vid Lunds universitet") or
* begins by pointing back to (introduced before `at`); else null.
*/
function studyHost(text, at, words) {
	INTRODUCED.lastIndex = 0;
	const own = INTRODUCED.exec(words);
	if (own) return own[1];
	const lower = words.slice(0, 12).toLowerCase();
	if (!HOST_NOUNS.some(([definite]) => startsWithWord(lower, definite))) return null;
	const { ends, hosts } = hostIndex(text);
	const before = countBelow(ends, at + 1);
	return before === 0 ? null : hosts[before - 1];
}
function startsWithWord(text, word) {
	if (!text.startsWith(word)) return false;
	const next = text.charCodeAt(word.length);
	return Number.isNaN(next) || !/\p{L}/u.test(text[word.length]);
}
// dist/knowledge/tables.js
const UNITS = [
	["miljoner kronor", 1e6],
	["miljoner", 1e6],
	["mnkr", 1e6],
	["mkr", 1e6],
	["msek", 1e6],
	["sek million", 1e6],
	["million sek", 1e6],
	["tusental kronor", 1e3],
	["tusen kronor", 1e3],
	["tkr", 1e3],
	["ksek", 1e3],
	["kronor", 1],
	["sek", 1]
];
const UNIT_CUES = compileCues(UNITS.map(([u]) => u));
const FACTORS = new Map(UNITS);
const FRAME_CUES = compileCues([
	"anslag*",
	"anslagsutveckling",
	"ramanslag",
	"appropriation*",
	"budget"
]);
const CELL_SPLIT = /\t+| {2,}/;
const NUMBER$3 = /^\d{1,3}(?:[ \u00A0]\d{3})*(?:,\d+)?$|^\d+(?:[.,]\d+)?$/;
const YEAR$1 = /^(?:19|20)\d{2}$/;
const CAPTION_LINES = 3;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^[\s|:-]+$/;
const PIPE_LINE_START = /(?:^|\n)[ \t]*\|/;
const YEAR_CELL = /^((?:19|20)\d{2})(?![\d])/;
const SUM_LABELS = /* @__PURE__ */ new Set([
	"summa",
	"totalt",
	"total",
	"sum",
	"summa totalt",
	"totalsumma",
	"totals"
]);
const EMPHASIS = /^[*_]+|[*_]+$/g;
/** Rows of tab- or space-aligned tables whose caption names a unit: "2024  Socialstyrelsen  49,5". */
function findTableRows(text) {
	const pipes = text.includes("|") && PIPE_LINE_START.test(text);
	const aligned = text.includes("	") || text.includes("  ");
	if (!pipes && !aligned) return [];
	const lines = splitLines(text);
	const rows = [];
	if (pipes) rows.push(...readRuns(lines, isPipeRow, readPipeTable));
	if (aligned) rows.push(...readRuns(lines, isRow, readTable));
	return rows;
}
/** Each run of consecutive lines that pass `isLine`, read as one table by `read` (lines `from` to `to`). */
function readRuns(lines, isLine, read) {
	const rows = [];
	let i = 0;
	while (i < lines.length) {
		if (!isLine(lines[i])) {
			i += 1;
			continue;
		}
		let j = i;
		while (j < lines.length && isLine(lines[j])) j += 1;
		rows.push(...read(lines, i, j));
		i = j;
	}
	return rows;
}
function isPipeRow(line) {
	return !!line && line.text.trimStart().startsWith("|") && PIPE_ROW.test(line.text);
}
function readPipeTable(lines, from, to) {
	const header = lines[from];
	if (!header || to - from < 3 || !PIPE_RULE.test(lines[from + 1]?.text ?? "x")) return [];
	const above = lines.slice(Math.max(0, from - CAPTION_LINES), from).reverse();
	const unit = [header, ...above].map((l) => findCues(l.text, UNIT_CUES)[0]).find((u) => u !== void 0);
	const factor = unit ? FACTORS.get(unit.phrase) : void 0;
	if (factor === void 0) return [];
	const kind = findCues([...above, header].map((l) => l.text).join(" "), FRAME_CUES).length > 0 ? "frame" : "retold";
	const columnYears = yearsByColumn(pipeCells(header));
	const rows = [];
	for (const line of lines.slice(from + 2, to)) {
		const cells = pipeCells(line);
		if (columnYears) rows.push(...columnRows(cells, columnYears, factor, kind, header.start));
		else {
			const year = cells.find((c) => YEAR$1.test(c.text));
			const last = cells.at(-1);
			const row = year && last && last !== year ? cellRow(last, Number(year.text), factor, kind) : null;
			if (row) rows.push(row);
		}
	}
	return rows;
}
/** Each header cell's year ("| Område | 2026 | 2027 |", "Nod   2031"), or null when no cell is a year. */
function yearsByColumn(header) {
	const years = header.map((c) => {
		const m = YEAR_CELL.exec(c.text);
		return m ? Number(m[1]) : null;
	});
	return years.some((y) => y !== null) ? years : null;
}
/** A row of a table whose header gives each column's year: one amount per year cell, labelled by the first. */
function columnRows(cells, columnYears, factor, kind, table) {
	if (SUM_LABELS.has((cells[0]?.text ?? "").toLowerCase())) return [];
	const rows = [];
	for (const [k, cell] of cells.entries()) {
		const year = columnYears[k];
		if (k === 0 || year === null || year === void 0) continue;
		const row = cellRow(cell, year, factor, kind);
		const label = cells[0]?.text;
		if (row) rows.push({
			...row,
			table,
			...label ? { label } : {}
		});
	}
	return rows;
}
/** A pipe row's cells, each trimmed of spaces and emphasis, with where its text starts. */
function pipeCells(line) {
	const out = [];
	const t = line.text;
	let at = t.indexOf("|");
	while (at >= 0) {
		const next = t.indexOf("|", at + 1);
		if (next < 0) break;
		const raw = t.slice(at + 1, next);
		const trimmed = raw.trim().replace(EMPHASIS, "");
		const offset = raw.indexOf(trimmed);
		out.push({
			text: trimmed,
			start: line.start + at + 1 + Math.max(0, offset)
		});
		at = next;
	}
	return out;
}
/** A cell holding a number in the table's unit, read as that year's amount; null for "–" or text. */
function cellRow(cell, year, factor, kind) {
	if (!NUMBER$3.test(cell.text) || YEAR$1.test(cell.text)) return null;
	const value = Number(cell.text.replace(/[ \u00A0]/g, "").replace(",", "."));
	const valueSek = Math.round(value * factor);
	if (!Number.isSafeInteger(valueSek) || valueSek <= 0) return null;
	return {
		amount: {
			start: cell.start,
			end: cell.start + cell.text.length,
			text: cell.text,
			valueSek,
			qualifier: null
		},
		year,
		kind
	};
}
function splitLines(text) {
	const out = [];
	for (let start = 0; start < text.length;) {
		const end = lineEnd(text, start);
		out.push({
			start,
			text: text.slice(start, end)
		});
		start = nextLine(text, end);
	}
	return out;
}
function isRow(line) {
	return !!line && !isPipeRow(line) && CELL_SPLIT.test(line.text.trim());
}
function readTable(lines, from, to) {
	const captionLines = [...linesAbove(lines, from, CAPTION_LINES), lines[from]];
	const caption = captionLines.map((l) => l.text).join(" ");
	const unit = [...captionLines].reverse().map((l) => findCues(l.text, UNIT_CUES)[0]).find((u) => u !== void 0);
	const factor = unit ? FACTORS.get(unit.phrase) : void 0;
	if (factor === void 0) return [];
	const kind = findCues(caption, FRAME_CUES).length > 0 ? "frame" : "retold";
	const header = cellsOf(lines[from]);
	const columnYears = header[0] && !NUMBER$3.test(header[0].text) ? yearsByColumn(header) : null;
	if (columnYears) return sharesByColumn(lines.slice(from + 1, to), columnYears, factor, lines[from]);
	const rows = [];
	let budgetYear;
	for (const line of lines.slice(from, to)) {
		const row = readRow(line, factor, kind);
		if (row) {
			rows.push(row);
			continue;
		}
		if (kind !== "frame") continue;
		if (budgetYear === void 0) budgetYear = budgetYearAbove(lines, from, captionLines);
		const framed = budgetYear === null ? null : yearlessRow(line, budgetYear, factor);
		if (framed) rows.push({
			...framed,
			table: lines[from].start
		});
	}
	return rows;
}
/** Up to `count` non-blank lines right above line `from`, nearest last. */
function linesAbove(lines, from, count) {
	const out = [];
	for (let i = from - 1; i >= 0 && i >= from - 2 * count && out.length < count; i--) {
		const line = lines[i];
		if (line.text.trim() !== "") out.unshift(line);
	}
	return out;
}
const BUDGET_YEAR_CUES = compileCues([
	"budgetåret",
	"budgetår",
	"räkenskapsåret",
	"budget year",
	"fiscal year",
	"financial year"
]);
const BUDGET_YEAR_LINES = 40;
/** The one year the caption names, else the budget year the nearest line above names ("för budgetåret 2030"). */
function budgetYearAbove(lines, from, caption) {
	const captionYears = /* @__PURE__ */ new Set();
	for (const line of caption) for (const c of cellsOf(line)) for (const m of c.text.matchAll(YEAR_IN_TEXT)) captionYears.add(Number(m[1]));
	if (captionYears.size === 1) return [...captionYears][0] ?? null;
	if (captionYears.size > 1) return null;
	for (let i = from - 1; i >= 0 && i >= from - BUDGET_YEAR_LINES; i--) {
		const text = lines[i].text;
		for (const hit of findCues(text, BUDGET_YEAR_CUES)) {
			const m = YEAR_AFTER.exec(text.slice(hit.end, hit.end + 8));
			if (m) return Number(m[1]);
		}
	}
	return null;
}
const YEAR_IN_TEXT = /(?<![\d\p{L}])((?:19|20)\d{2})(?![\d\p{L}])/gu;
const YEAR_AFTER = /^\s{1,3}((?:19|20)\d{2})(?!\d)/;
/** A frame row with no year cell: its label, then its amount in the table's unit as the budget year's frame. */
function yearlessRow(line, year, factor) {
	const cells = cellsOf(line);
	const last = cells.at(-1);
	const label = cells[0];
	if (cells.length !== 2 || !last || !label || NUMBER$3.test(label.text)) return null;
	const row = cellRow(last, year, factor, "frame");
	return row ? {
		...row,
		label: label.text
	} : null;
}
/**
* A table whose header gives each column's year ("Nod   2031") is read only when arithmetic proves what it is:
* in every year column its rows add up exactly to its sum row ("Summa   95 000"). Its rows are then shares of
* that year's money, labelled by their first cell. Rows of other money ("Kömiljard   61 200   58 000") with no
* sum row to prove them are never read.
*/
function sharesByColumn(body, columnYears, factor, header) {
	const shares = [];
	const sums = /* @__PURE__ */ new Map();
	let summed = false;
	for (const line of body) {
		const cells = cellsOf(line);
		if (cells.length !== columnYears.length) return [];
		const label = cells[0]?.text ?? "";
		const isSum = SUM_LABELS.has(label.toLowerCase());
		for (const [k, cell] of cells.entries()) {
			const year = columnYears[k];
			if (k === 0 || year === null || year === void 0) continue;
			const row = cellRow(cell, year, factor, "share");
			if (isSum) {
				if (!row || summed) return [];
				sums.set(k, (sums.get(k) ?? 0) - row.amount.valueSek);
			} else if (row) {
				sums.set(k, (sums.get(k) ?? 0) + row.amount.valueSek);
				shares.push({
					...row,
					label,
					table: header?.start ?? line.start
				});
			}
		}
		if (isSum) summed = true;
	}
	if (!summed || shares.length < 2 || [...sums.values()].some((v) => v !== 0)) return [];
	return shares;
}
function readRow(line, factor, kind) {
	const cells = cellsOf(line);
	const year = cells.find((c) => YEAR$1.test(c.text));
	const last = cells.at(-1);
	if (!year || !last || last === year) return null;
	return cellRow(last, Number(year.text), factor, kind);
}
function cellsOf(line) {
	const out = [];
	for (const m of line.text.matchAll(/[^\t]+?(?= {2,}|\t|$)/g)) {
		const text = m[0].trim();
		if (text === "") continue;
		out.push({
			text,
			start: line.start + (m.index ?? 0) + m[0].indexOf(text)
		});
	}
	return out;
}
// dist/knowledge/wording-memo.js
const MET = Object.freeze([]);
/** Whether the wording was met before in this document; it is met from now on. */
function metBefore(reading) {
	if (reading.told !== void 0) return true;
	reading.told = MET;
	return false;
}
/** What was read of the `i`-th amount of the wording under `key` (all else it depends on), if it was. */
function toldBefore(reading, i, key) {
	const last = reading.told?.[i];
	return last !== void 0 && last.key === key ? last.value : void 0;
}
/** Keeps what was read of the `i`-th amount of the wording under `key`. */
function keepTold(reading, i, key, value) {
	if (reading.told === void 0 || reading.told === MET) reading.told = [];
	reading.told[i] = {
		key,
		value
	};
	return value;
}
/** Drops what the document's sentences told (every wording record it kept some on). */
function forgetTold(readings) {
	for (const r of readings) if (r.told !== void 0) r.told = void 0;
}
// dist/knowledge/facts.js
/** Every amount of one document as a raw fact, with the clues read from its sentence and surroundings. */
function extractFacts(doc) {
	const segments = segment(doc.text);
	const clutter = clutterRanges(doc.text);
	const reported = reportYearOf(segments, (s) => inClutter(clutter, s.start));
	const context = {
		segments,
		readings: readingsOf(segments),
		...statedYearsBySegment(segments),
		docYear: reported ?? yearOf(doc.published),
		titleYears: titleYears(findDates(doc.title)),
		publicationYears: reported !== null ? {
			years: [reported],
			clue: "publication-date"
		} : publicationYears(doc.published),
		projectYears: projectPeriod(proseSentences(segments, clutter)),
		...readOnce(segments)
	};
	const facts = [];
	const readings = readingsOf(segments);
	let lists = 0;
	for (const seg of segments) {
		const found = amountsOf(readings[seg.index]);
		if (found.length === 0 || inClutter(clutter, seg.start)) continue;
		const amounts = shiftAmounts(found, seg.start);
		const told = wordingReadings(doc, context, seg, amounts);
		const first = facts.length;
		for (let i = 0; i < amounts.length; i++) {
			const fact = readFact(doc, context, seg, amounts, i, told[i]);
			if (context.aboutBox[seg.index]) fact.aboutWriter = true;
			facts.push(fact);
		}
		for (const group of parenthesisGroups(seg.text, seg.start, amounts)) {
			lists += 1;
			for (const i of group) facts[first + i].list = lists;
		}
	}
	forgetTold(context.readings);
	facts.push(...tableFacts(doc, context, () => ++lists));
	markNotGms(facts, segments, clutter, (s) => context.gms[s.index] === true);
	markBackReferredRecipients(facts, segments, clutter);
	markSamePurpose(facts);
	if (aboutGms$1(segments, clutter, (s) => context.gms[s.index] === true)) {
		for (const f of facts) if (f.role.role !== "grant" || !UNDATED_CLUES.has(f.years.clue)) f.gmsContext = true;
	}
	markBulletLists(facts, () => ++lists);
	markCoFunded(facts);
	markRevisions(facts, doc);
	spreadPerYear(facts);
	linkFacts(facts, context.docYear);
	markMixedWholes(facts);
	markRegionsMoney(facts);
	return facts;
}
/** The texts of the sentences that are no heading and no clutter, in one pass. */
function proseSentences(segments, clutter) {
	const out = [];
	for (const s of segments) if ((!s.heading || LABEL_LINE$1.test(s.text)) && !inClutter(clutter, s.start)) out.push(s.text);
	return out;
}
const LABEL_LINE$1 = /^[\p{L} ]{2,30}:\s/u;
/** A sentence's amounts in document offsets, read by index (the list is frozen: `map` walks it slowly). */
function shiftAmounts(found, by) {
	const out = [];
	for (let k = 0; k < found.length; k++) out.push(shiftAmount(found[k], by));
	return out;
}
/** A sentence's dates in document offsets, as `shiftAmounts`. */
function shiftDates(found, by) {
	const out = [];
	for (let k = 0; k < found.length; k++) out.push(shiftDate(found[k], by));
	return out;
}
function shiftAmount(a, by) {
	return {
		start: a.start + by,
		end: a.end + by,
		valueSek: a.valueSek,
		qualifier: a.qualifier,
		text: a.text
	};
}
function shiftDate(d, by) {
	return {
		start: d.start + by,
		end: d.end + by,
		kind: d.kind,
		year: d.year,
		month: d.month,
		day: d.day,
		endYear: d.endYear,
		text: d.text,
		cue: d.cue
	};
}
function readOnce(segments) {
	const readings = readingsOf(segments);
	const once = {
		leadIndex: [],
		announces: [],
		gmsText: [],
		gmsHeading: [],
		gms: [],
		aboutBox: [],
		paragraphStart: [],
		paragraphEnd: [],
		yearCounts: /* @__PURE__ */ new Map()
	};
	let lead = -1;
	let about = false;
	for (const s of segments) {
		if (s.heading) about = isAboutHeading(s.text);
		once.aboutBox.push(about && !s.heading);
		once.leadIndex.push(lead);
		if (!s.bullet) lead = s.index;
		once.paragraphStart[s.paragraph] ??= s.index;
		once.paragraphEnd[s.paragraph] = s.index + 1;
		const gms = gmsIn(readings[s.index]);
		once.gms.push(gms);
		if (gms) {
			once.gmsText[s.paragraph] = true;
			if (s.heading) once.gmsHeading[s.paragraph] = true;
		}
	}
	return once;
}
const ABOUT_WORDS = /* @__PURE__ */ new Set(["about", "om"]);
const ABOUT_US = /* @__PURE__ */ new Set(["us", "oss"]);
const ABOUT_MAX_WORDS = 5;
const CAPITAL$1 = /^\p{Lu}/u;
const ABOUT_OPENING = /^(?:about|om)\s/i;
function isAboutHeading(text) {
	if (!ABOUT_OPENING.test(text)) return false;
	const heading = words$1(text, 6);
	const [first, second] = heading;
	if (!first || !second || heading.length > ABOUT_MAX_WORDS) return false;
	if (!ABOUT_WORDS.has(first.word)) return false;
	return ABOUT_US.has(second.word) || CAPITAL$1.test(text.slice(second.start, second.end));
}
/** The index of a paragraph's first segment (0 for none). */
function paragraphFirst(context, paragraph) {
	return context.paragraphStart[paragraph] ?? 0;
}
/** One past the index of a paragraph's last segment (0 for none). */
function paragraphEnd(context, paragraph) {
	return context.paragraphEnd[paragraph] ?? 0;
}
function paragraphYearCounts(context, paragraph) {
	let counts = context.yearCounts.get(paragraph);
	if (counts) return counts;
	counts = /* @__PURE__ */ new Map();
	const end = paragraphEnd(context, paragraph);
	for (let k = paragraphFirst(context, paragraph); k < end; k++) {
		const s = context.segments[k];
		const years = context.statedIn(s).years;
		for (const y of years.length > 0 ? years : openingYear(context, s)) counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	context.yearCounts.set(paragraph, counts);
	return counts;
}
const OPENING_YEAR_AT = 3;
/** Positions in a sentence's reading are the sentence's own. */
function openingYear(context, s) {
	const first = context.datesIn(s)[0];
	return first && first.kind === "year" && first.cue === "in" && first.start <= OPENING_YEAR_AT ? [first.year] : [];
}
function statedYearsBySegment(segments) {
	const readings = readingsOf(segments);
	const stated = new Array(segments.length);
	const datesIn = (s) => datesOf(readings[s.index]);
	const statedIn = (s) => {
		let reading = stated[s.index];
		if (reading === void 0) {
			reading = statedYears(datesIn(s));
			stated[s.index] = reading;
		}
		return reading;
	};
	return {
		datesIn,
		statedIn
	};
}
/** Whether a sentence speaks of GMS, read once per wording and kept on its record. */
function gmsIn(reading) {
	reading.gms ??= mentionsGms$1(reading.text);
	return reading.gms;
}
/**
* What the sentence's wording tells of each of its amounts, under the circumstances it is told in; a wording
* read before under the same ones is not read again (nor split into words).
*/
function wordingReadings(doc, context, seg, amounts) {
	const anchor = previousSentenceYear(context, seg);
	const listedPart = seg.bullet && leadAnnouncesList(context, seg);
	const reading = context.readings[seg.index];
	const repeated = metBefore(reading);
	const key = repeated ? `${context.docYear} ${anchor} ${listedPart} ${seg.bullet} ${doc.published}` : "";
	const out = [];
	for (let i = 0; repeated && i < amounts.length; i++) {
		const told = toldBefore(reading, i, key);
		if (told === void 0) break;
		out.push(told);
	}
	if (out.length === amounts.length) return out;
	const dates = shiftDates(context.datesIn(seg), seg.start);
	const windows = clauseWindows(seg, amounts, dates);
	const sentence = {
		seg,
		tokens: wordsAt(seg.text, seg.start),
		amounts,
		dates
	};
	for (let i = out.length; i < amounts.length; i++) {
		const read = readWording(doc, sentence, i, windows[i], context.docYear, anchor, listedPart);
		out.push(repeated ? keepTold(reading, i, key, read) : read);
	}
	return out;
}
function readFact(doc, context, seg, amounts, i, read) {
	const named = readRecipient(doc.text, seg, read.named);
	const purpose = named === read.named ? read.purpose : otherPurpose(doc.text, seg, amounts, i, shiftDates(context.datesIn(seg), seg.start), read.role, named);
	const recipient = named ?? studyHost(doc.text, seg.start, purpose ?? seg.text);
	const previous = context.segments[seg.index - 1];
	return {
		doc,
		segment: seg,
		amount: amounts[i],
		role: read.role,
		years: read.role.sinceStart ? NO_YEARS : readYears$1(context, seg, context.datesIn(seg), read.stated),
		time: read.time,
		purpose: purpose ?? seg.text,
		purposeIsSentence: purpose === null,
		recipient,
		payer: read.payer,
		funder: resolveOrgReference(doc.text, seg.start, read.funder),
		decided: read.decided,
		gmsContext: context.gms[seg.index] === true || neighbourhoodMentionsGms(context, seg),
		toldAbove: toldAbove(context, seg, previous?.paragraph === seg.paragraph && read.pointsBack),
		notGms: false,
		parent: null,
		list: null,
		twins: 1
	};
}
/** "till X", "X får"; "fick regionen" is the region the document named before, or no one. */
function readRecipient(text, seg, named) {
	const resolved = resolveOrgReference(text, seg.start, named);
	return resolved !== null && REFERENCE_NOUNS.includes(resolved) ? null : resolved;
}
function toldAbove(context, seg, pointsBack) {
	const first = paragraphFirst(context, seg.paragraph - 1);
	const above = paragraphEnd(context, seg.paragraph - 1) - first === 1 ? context.segments[first] : void 0;
	const heading = above?.heading && !seg.heading ? above.text : "";
	if (heading === "" && !pointsBack) return void 0;
	const told = `${heading} ${pointsBack ? context.segments[seg.index - 1]?.text : ""}`.trim();
	return told === "" ? void 0 : told;
}
/** The one year the sentence before (in the paragraph) names: "Året innan var stödet …" counts back from it. */
function previousSentenceYear(context, seg) {
	const previous = context.segments[seg.index - 1];
	if (!previous || previous.paragraph !== seg.paragraph) return null;
	let year = null;
	for (const d of context.datesIn(previous)) {
		if (!isYear(d)) continue;
		if (year !== null && d.year !== year) return null;
		year = d.year;
	}
	return year;
}
function readYears$1(context, seg, dates, stated) {
	if (stated.years.length > 0) return stated;
	const decided = decisionYears(seg.text, dates);
	if (decided.years.length > 0) return decided;
	if (dates.length === 0) {
		const para = paragraphYears(context, seg);
		if (para.years.length > 0) return para;
	}
	if (context.aboutBox[seg.index]) return NO_YEARS;
	if (context.titleYears.years.length > 0) return context.titleYears;
	if (context.projectYears.years.length > 0) return context.projectYears;
	return context.publicationYears;
}
const NO_YEARS = {
	years: [],
	clue: "none"
};
/** A funding year stated elsewhere in the paragraph, when the paragraph names exactly one. */
function paragraphYears(context, seg) {
	const counts = paragraphYearCounts(context, seg.paragraph);
	if (counts.size === 0) return NO_YEARS;
	const own = context.statedIn(seg).years;
	let year = null;
	for (const [y, n] of counts) {
		if (n - (own.includes(y) ? 1 : 0) <= 0) continue;
		if (year !== null) return NO_YEARS;
		year = y;
	}
	return year === null ? NO_YEARS : {
		years: [year],
		clue: "stated-in-paragraph"
	};
}
/** Whether the lead line of a list item announces the list (read once per lead, however many items follow). */
function leadAnnouncesList(context, seg) {
	const at = context.leadIndex[seg.index] ?? -1;
	const lead = context.segments[at];
	if (!lead) return false;
	let announces = context.announces[at];
	if (announces === void 0) {
		announces = announcesDistribution(lead.text);
		context.announces[at] = announces;
	}
	return announces;
}
/** The paragraph speaks of GMS, or a heading in the paragraph just before it does. */
function neighbourhoodMentionsGms(context, seg) {
	return context.gmsText[seg.paragraph] === true || context.gmsHeading[seg.paragraph - 1] === true;
}
function listOf(lists, table, next) {
	let id = lists.get(table);
	if (id === void 0) {
		id = next();
		lists.set(table, id);
	}
	return id;
}
/** Bullet items in a run, one amount each, are one list. */
function markBulletLists(facts, next) {
	let current = null;
	let previous = null;
	for (const f of facts) {
		const continues = previous !== null && f.segment.bullet && previous.segment.bullet && f.segment.index - previous.segment.index <= 2 && f.segment !== previous.segment;
		if (f.segment.bullet) f.item = f.doc.text.lastIndexOf("\n", f.segment.start) + 1;
		if (f.segment.bullet && f.list === null) {
			if (!continues || current === null) current = next();
			f.list = current;
		} else if (!f.segment.bullet) current = null;
		previous = f;
	}
}
/** The segment holding [start, end), by binary search: segments are in order and apart. */
function segmentAround(segments, start, end) {
	let lo = 0;
	let hi = segments.length;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if ((segments[mid]?.start ?? 0) <= start) lo = mid + 1;
		else hi = mid;
	}
	const seg = segments[lo - 1];
	return seg && seg.start <= start && end <= seg.end ? seg : void 0;
}
/**
* A table's rows ("2024  Socialstyrelsen  49,5" under "(miljoner kronor)"): an appropriation's rows are budget
* frames; other tables retell figures decided elsewhere, so each row is a further source of its grant.
*/
function tableFacts(doc, context, nextList) {
	const out = [];
	const lists = /* @__PURE__ */ new Map();
	for (const row of findTableRows(doc.text)) {
		const seg = segmentAround(context.segments, row.amount.start, row.amount.end);
		if (!seg) continue;
		const share = row.kind === "share";
		const role = row.kind === "frame" ? "budget-frame" : share ? "part" : "comparison";
		const recipient = share && row.label !== void 0 ? organisationLabel(row.label) : null;
		out.push({
			doc,
			segment: seg,
			amount: row.amount,
			role: {
				role,
				isPart: share,
				nearestParent: false
			},
			years: {
				years: [row.year],
				clue: "stated-in-sentence"
			},
			time: {
				reading: {
					years: [row.year],
					clue: "stated-in-sentence"
				},
				pastRelative: false,
				unresolvedSpan: 0
			},
			purpose: row.label ?? seg.text,
			purposeIsSentence: row.label === void 0,
			recipient,
			payer: null,
			funder: null,
			decided: null,
			gmsContext: mentionsGms$1(doc.text.slice(Math.max(0, seg.start - 600), seg.start)) || neighbourhoodMentionsGms(context, seg),
			notGms: false,
			parent: null,
			list: row.table === void 0 ? null : listOf(lists, row.table, nextList),
			twins: 1,
			...row.label !== void 0 ? { tableLabel: true } : {},
			...share ? { yearsShare: true } : {}
		});
	}
	return out;
}
// dist/knowledge/compare.js
/** Code-unit order: the same on every machine, whatever its locale (and no ICU start-up cost). */
function compareText(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
// dist/knowledge/ledger-group.js
const NOTHING = /* @__PURE__ */ new Set();
/** Whether a fact of document `docId` is in the group. */
function hasDocument(group, docId) {
	return group.seen ? group.seen.docIds.has(docId) : group.facts[0]?.doc.id === docId;
}
/** How many documents tell the group's grant. */
function documentCount(group) {
	return group.seen ? group.seen.docIds.size : 1;
}
function hasSegment(group, segment) {
	return group.seen ? group.seen.segments.has(segment) : group.facts[0]?.segment === segment;
}
function hasList(group, list) {
	return group.seen ? group.seen.lists.has(list) : group.facts[0]?.list === list;
}
/** Whether its facts stand in a list (or in more than one list, or in none and some list). */
function toldInList(group) {
	return group.seen ? group.seen.lists.size > 1 || !group.seen.lists.has(null) : group.facts[0]?.list !== null;
}
/** One fact per distinct reading that `sameGrant` checks (the one fact of a group of one). */
function repsOf(group) {
	return group.seen ? group.seen.reps : group.facts;
}
/** Records a fact pushed onto `group.facts` (a group of one gets its sets when a second fact comes). */
function remember$1(group, fact) {
	let seen = group.seen;
	if (!seen) {
		const first = group.facts[0];
		seen = {
			docIds: /* @__PURE__ */ new Set(),
			segments: /* @__PURE__ */ new Set(),
			lists: /* @__PURE__ */ new Set(),
			reps: [],
			repKeys: /* @__PURE__ */ new Set()
		};
		group.seen = seen;
		if (first !== fact) remember$1(group, first);
	}
	seen.docIds.add(fact.doc.id);
	seen.segments.add(fact.segment);
	seen.lists.add(fact.list);
	const key = [
		fact.doc.id,
		fact.years.years.join(),
		fact.years.clue,
		fact.funder,
		fact.payer,
		fact.twins <= 1
	].join("\0");
	if (seen.repKeys.has(key)) return;
	seen.repKeys.add(key);
	seen.reps.push(fact);
}
/** Adds a telling's stems and areas; a set of areas shared with the fact is copied only when it must grow. */
function addWords$1(group, terms, topics) {
	if (terms.length > 0 && !group.termLists.includes(terms)) {
		group.termLists.push(terms);
		if (group.terms) for (const t of terms) group.terms.add(t);
	}
	if (topics !== group.topics && topics.size > 0) {
		group.topics = grown(group.topics, topics, group.ownsTopics);
		group.ownsTopics = group.topics !== topics;
	}
}
/** Every stem of the group's tellings (most groups are never compared: the set is made only when asked). */
function termsOf(group) {
	if (group.terms === null) {
		const all = /* @__PURE__ */ new Set();
		for (const list of group.termLists) for (const t of list) all.add(t);
		group.terms = all;
	}
	return group.terms;
}
/** `have` with `more` added: `more` itself when `have` is an empty shared set, a copy when shared. */
function grown(have, more, owned) {
	if (have.size === 0 && !owned) return more;
	const own = owned ? have : new Set(have);
	for (const t of more) own.add(t);
	return own;
}
function newGroup(groups, fact) {
	const group = {
		facts: [fact],
		entry: emptyEntry(fact),
		termLists: [],
		terms: null,
		topics: NOTHING,
		ownsTopics: false,
		weak: [],
		listed: [],
		parent: null,
		cofunds: null,
		seen: null
	};
	groups.push(group);
	return group;
}
const FILLED_AT_FINISH = Object.freeze([]);
function emptyEntry(fact) {
	return {
		id: `${fact.doc.id}@${fact.amount.start}`,
		amountSek: fact.amount.valueSek,
		qualifier: fact.amount.qualifier,
		year: null,
		years: FILLED_AT_FINISH,
		yearClue: "none",
		purpose: fact.purpose,
		area: "",
		terms: FILLED_AT_FINISH,
		recipient: null,
		payer: null,
		funder: null,
		decided: null,
		weak: FILLED_AT_FINISH,
		role: fact.role.role,
		partOf: null,
		parts: [],
		gms: false,
		sources: FILLED_AT_FINISH,
		notes: FILLED_AT_FINISH,
		datesDisagree: false
	};
}
// dist/knowledge/ledger-candidates.js
/** The groups of one amount in the order they were listed, less those closed for good. */
var OpenGroups = class {
	closed;
	head = null;
	tail = null;
	taken = 0;
	constructor(closed) {
		this.closed = closed;
	}
	/** The first open group of `listed` (append-only) that passes `test`. */
	find(listed, test) {
		return this.findLink(listed, test)?.group;
	}
	/** The link of that group, with its place in `listed`. */
	findLink(listed, test) {
		this.catchUp(listed);
		let before = null;
		for (let link = this.head; link !== null; link = link.next) {
			if (this.closed(link.group)) {
				this.unlink(before, link);
				continue;
			}
			if (test(link.group)) return link;
			before = link;
		}
	}
	catchUp(listed) {
		for (; this.taken < listed.length; this.taken++) {
			const link = {
				group: listed[this.taken],
				at: this.taken,
				next: null
			};
			if (this.tail) this.tail.next = link;
			else this.head = link;
			this.tail = link;
		}
	}
	unlink(before, link) {
		if (before) before.next = link.next;
		else this.head = link.next;
		if (this.tail === link) this.tail = before;
	}
};
const SHORT = 16;
/** Per document: the open groups by amount, for the fact's list and for whether it is a share. */
var DocumentCandidates = class {
	docId;
	views = null;
	constructor(docId) {
		this.docId = docId;
	}
	/** The first group of `listed` (the groups of the fact's amount) that passes `test`, as `listed.find` would. */
	first(listed, fact, isShare, test) {
		const list = fact.list;
		if (list === null && !isShare || listed.length <= SHORT) return listed.find(test);
		return this.view(listed, list, isShare).find(listed, test);
	}
	/**
	* For a share of `wholeId`: the first group of its amount's listing that passes `test`, among the only ones
	* `sameGrant` may take (those of no whole and those of that whole), as `listed.find` would.
	*/
	firstShare(index, fact, wholeId, test) {
		const amount = fact.amount.valueSek;
		const loose = this.firstOf(index.loose(amount), fact.list, test);
		const whole = this.firstOf(index.ofWhole(amount, wholeId), fact.list, test);
		if (loose && whole) return loose.at < whole.at ? loose.group : whole.group;
		return loose?.group ?? whole?.group;
	}
	firstOf(bucket, list, test) {
		if (bucket.groups.length <= SHORT) {
			const i = bucket.groups.findIndex(test);
			return i < 0 ? void 0 : {
				group: bucket.groups[i],
				at: bucket.at[i]
			};
		}
		const link = this.view(bucket, list, true).findLink(bucket.groups, test);
		return link && {
			group: link.group,
			at: bucket.at[link.at]
		};
	}
	/** The open groups of `listing` for a fact of `list` (closing a group for good depends on nothing else). */
	view(listing, list, isShare) {
		this.views ??= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
		const ofKind = this.views[isShare ? 1 : 0];
		let byList = ofKind.get(listing);
		if (!byList) {
			byList = /* @__PURE__ */ new Map();
			ofKind.set(listing, byList);
		}
		let view = byList.get(list);
		if (!view) {
			view = this.openTo(list, isShare);
			byList.set(list, view);
		}
		return view;
	}
	/** What `sameGrant` refuses within one document, and keeps refusing as groups only grow. */
	openTo(list, isShare) {
		return new OpenGroups((g) => hasDocument(g, this.docId) && (list !== null && hasList(g, list) || isShare && g.entry.partOf !== null));
	}
};
// dist/knowledge/types.js
/**
* The one rule for what a computed sum may add up: GMS grants (and a multi-year total's share for one year),
* never other parts, totals, co-funding, caps or estimates.
*/
function countsAsGrant(entry) {
	return entry.revisedBy === void 0 && (entry.role === "grant" || entry.role === "part" && entry.yearShare === true || entry.role === "comparison" && entry.loneRetelling === true && !entry.partOf) && entry.gms;
}
/** The kind of money an answer treats an entry as: a lone retelling of an earlier grant or share is that money. */
function fundingRole(entry) {
	if (entry.role !== "comparison" || entry.loneRetelling !== true) return entry.role;
	return entry.partOf ? "part" : "grant";
}
// dist/knowledge/ledger-checks.js
const ROUNDING$1 = .06;
/** Thousands grouped with spaces: notes are read by people, not parsed. */
function kr(sek) {
	return `${String(Math.round(sek)).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} kr`;
}
/**
* Makes gaps visible: parts that don't add up to their whole, totals that itemised grants don't reach.
* A share told alone in prose ("Skånes andel", "7,2 miljoner av den delen") claims no complete split:
* a shortfall is only noted when every share was told as an item of a list (`listed`).
*/
function checkTotals(entries, listed = /* @__PURE__ */ new Set(), byId = new Map(entries.map((e) => [e.id, e]))) {
	for (const e of entries) {
		if (e.parts.length === 0) {
			if (e.role === "multi-year-total" && e.gms) checkMultiYear(e, entries);
			continue;
		}
		const shares = e.parts.map((id) => byId.get(id)).filter((p) => !!p && p.role !== "agency-cap");
		for (const split of byDocument(shares)) {
			const sum = split.reduce((s, p) => s + p.amountSek, 0);
			const itemised = split.length > 1 && split.every((p) => listed.has(p.id));
			if (sum !== e.amountSek && toldBySplitDocument(shares, split) === e.amountSek) continue;
			if (sum > e.amountSek || sum < e.amountSek && itemised) {
				e.notes.push(`The parts stated (${kr(sum)}) do not add up to the whole (${kr(e.amountSek)}).`);
				break;
			}
		}
		if (e.role === "multi-year-total" && e.gms && shares.length === 0) checkMultiYear(e, entries);
	}
}
/** The sum of every share the document that first told this split tells, whichever document told it first. */
function toldBySplitDocument(shares, split) {
	const doc = split[0]?.sources[0]?.docId;
	return shares.filter((p) => p.sources.some((s) => s.docId === doc)).reduce((sum, p) => sum + p.amountSek, 0);
}
/** The shares grouped by the document that first tells each, in order. */
function byDocument(shares) {
	const groups = /* @__PURE__ */ new Map();
	for (const p of shares) {
		const doc = p.sources[0]?.docId ?? "";
		const group = groups.get(doc);
		if (group) group.push(p);
		else groups.set(doc, [p]);
	}
	return [...groups.values()];
}
/** How many times a grant counts within the span: once, or once a year for an amount given per year. */
function yearsCounted(g, span) {
	if (!g.perYear) return span.has(g.year ?? 0) ? 1 : 0;
	return g.years.filter((y) => span.has(y)).length;
}
function checkMultiYear(total, entries) {
	if (total.years.length === 0) return;
	if (total.recipient !== null && !mentionsGms$1(total.recipient)) return;
	const span = new Set(total.years);
	const sum = entries.filter((g) => countsAsGrant(g) && g.year !== null && g.years.some((y) => span.has(y))).reduce((s, g) => s + g.amountSek * yearsCounted(g, span), 0);
	if (sum === total.amountSek) return;
	if (total.qualifier === "approx" && sum > total.amountSek && sum - total.amountSek <= total.amountSek * ROUNDING$1) return;
	const first = total.years[0];
	const last = total.years.at(-1);
	const gap = total.amountSek - sum;
	total.notes.push(gap > 0 ? `The itemised GMS grants for ${first}–${last} in these documents add up to ${kr(sum)}; ${kr(gap)} of the stated total is not itemised in any document.` : `The itemised GMS grants for ${first}–${last} in these documents add up to ${kr(sum)}, more than the stated total.`);
}
// dist/knowledge/given-by-gms.js
const GIVES = /* @__PURE__ */ new Set([
	"delade",
	"delar",
	"delat",
	"gav",
	"ger",
	"beviljade",
	"beviljar",
	"beviljat",
	"distributed",
	"awarded",
	"awards",
	"granted",
	"gave",
	"handed"
]);
const GMS_END = /* @__PURE__ */ new Set([
	"gms",
	"sweden",
	"styrgrupp",
	"styrgruppen"
]);
const HELPERS = [
	"har",
	"has",
	"hade",
	"had"
];
/**
* "GMS delade under året ut 1,8 miljoner kronor i utbildningsbidrag": money GMS gives away is not money to
* GMS. True when GMS is the subject of a giving verb told before the amount (at `amountAt` in `sentence`).
*/
function givenByGms(sentence, amountAt) {
	const at = givenByGmsAt(sentence);
	return at !== null && at < amountAt || byGmsAfter(sentence, amountAt);
}
const BY_GMS = /^(?:[^.;:]|\.(?=\d)){0,40}?(?<![\p{L}\p{N}])(?:by|av|från|from)\s+(?:the\s+)?(?:genomic\s+medicine\s+sweden|gms)(?![\p{L}\p{N}-])/iu;
const RECEIVED_FROM = /* @__PURE__ */ new Set([
	"awarded",
	"granted",
	"given",
	"tilldelats",
	"beviljats",
	"getts",
	"fått",
	"fick",
	"received"
]);
/** The amount at `amountAt` is told as given by GMS after it ("awarded SEK 5 million by GMS"). */
function byGmsAfter(sentence, amountAt) {
	if (!BY_GMS.test(sentence.slice(amountAt))) return false;
	return words$1(sentence.slice(0, amountAt)).some((w) => RECEIVED_FROM.has(w.word));
}
const GAP = "[^\\p{L}\\p{N}]+";
const MAY_GIVE = new RegExp(`(?:${[...GMS_END].join("|")})${GAP}(?:(?:${HELPERS.join("|")})${GAP})?(?:${[...GIVES].join("|")})(?![\\p{L}\\p{N}])`, "iu");
/** Where the first giving verb with GMS as its subject ends in `sentence`, or null. */
function givenByGmsAt(sentence) {
	if (!MAY_GIVE.test(sentence)) return null;
	const tokens = words$1(sentence);
	for (let i = 1; i < tokens.length; i++) {
		if (!GIVES.has(tokens[i]?.word ?? "")) continue;
		const subject = tokens[i - 1]?.word ?? "";
		const helper = HELPERS.includes(subject) ? tokens[i - 2]?.word : subject;
		if (helper && GMS_END.has(helper) && namesGms$1(tokens, helper === subject ? i - 1 : i - 2)) return tokens[i]?.end ?? null;
	}
	return null;
}
function namesGms$1(tokens, at) {
	const w = tokens[at]?.word;
	if (w === "gms") return true;
	if (w === "sweden") return tokens[at - 1]?.word === "medicine";
	return tokens[at - 1]?.word === "gms";
}
// dist/knowledge/ledger-entry.js
/** GMS under any of its names is one recipient. */
const GMS_NAME = "Genomic Medicine Sweden (GMS)";
const namesGms = cacheByKey(mentionsGms$1, 1e4);
const GIVING_CACHE_MAX = 2e4;
function finishEntry(group, areaOf) {
	const e = group.entry;
	const facts = group.facts;
	const best = chooseYears(facts);
	e.years = best.years.years;
	e.yearClue = best.years.clue;
	e.year = e.role === "multi-year-total" || e.years.length === 0 ? null : e.years[0] ?? null;
	const named = facts.find((f) => !f.purposeIsSentence) ?? facts[0];
	if (named) e.purpose = named.purpose;
	e.recipient = preferredRecipient(facts, true);
	e.payer = firstNamed(facts, "payer");
	e.funder = firstNamed(facts, "funder");
	e.decided = firstNamed(facts, "decided");
	e.sources = facts.map(toSource);
	e.area = areaOf(e.purpose);
	e.terms = sortedTerms(group.termLists, termsOfArea(e.area));
	e.gms = isGmsMoney(e, e.recipient ?? preferredRecipient(facts, false), facts);
	if (facts.some((f) => f.role.perYear)) e.perYear = true;
	e.notes = yearNotes(facts, best);
	e.weak = group.weak;
	if (unlinkedList(facts, e)) e.weak.push("A list item whose list adds up to no stated total.");
	e.datesDisagree = e.notes.length > 0;
	return e;
}
/** The first telling's value of `key` that is named at all, or null. */
function firstNamed(facts, key) {
	for (const f of facts) if (f[key] !== null) return f[key];
	return null;
}
const areaStems = /* @__PURE__ */ new Map();
function termsOfArea(area) {
	let stems = areaStems.get(area);
	if (!stems) {
		stems = areaTerms(area);
		if (stems.length > 0) areaStems.set(area, stems);
	}
	return stems;
}
/** The group's stems and its area's, each once, sorted (one telling's list holds each once already). */
function sortedTerms(lists, ofArea) {
	if (ofArea.length === 0 && lists.length <= 1) return lists[0] ? [...lists[0]].sort() : [];
	const all = new Set(ofArea.length === 0 ? lists[0] : ofArea);
	for (const list of lists) for (const t of list) all.add(t);
	return [...all].sort();
}
/** A share of a list that adds up to no amount the document states. */
function unlinkedList(facts, e) {
	return e.partOf === null && facts.some((f) => f.list !== null && f.parent === null && f.role.role !== "comparison");
}
/** The strongest clue wins; between equals, the document that told it first (the original announcement). */
function chooseYears(facts) {
	let best = facts[0];
	for (const f of facts) if (CLUE_STRENGTH[f.years.clue] > CLUE_STRENGTH[best.years.clue]) best = f;
	const weakest = CLUE_STRENGTH["decision-date"];
	if (CLUE_STRENGTH[best.years.clue] <= weakest) {
		const first = facts.find((f) => f.years.years.length > 0 && f.doc.id === facts[0]?.doc.id);
		if (first) return first;
	}
	return best;
}
function yearNotes(facts, chosen) {
	const notes = [];
	for (const f of facts) {
		if (f === chosen || f.years.years.length === 0 || sameYears$1(f, chosen)) continue;
		notes.push(`${f.doc.id} points to ${f.years.years.join("–")} (${f.years.clue}); ${chosen.doc.id} points to ${chosen.years.years.join("–")} (${chosen.years.clue}), which was kept.`);
	}
	return notes.length < 2 ? notes : [...new Set(notes)];
}
/** The same years, one by one (what comparing their `join()` tells, without the strings). */
function sameYears$1(a, b) {
	const [x, y] = [a.years.years, b.years.years];
	return x.length === y.length && x.every((year, i) => year === y[i]);
}
/** The recipient as the document that told the grant first names it (`firstOnly`), else as any telling does. */
function preferredRecipient(facts, firstOnly) {
	const firstDoc = facts[0]?.doc;
	let first = null;
	for (const f of facts) {
		if (firstOnly && f.doc !== firstDoc || f.recipient === null) continue;
		if (namesGms(f.recipient)) return GMS_NAME;
		first ??= f.recipient;
	}
	return first;
}
const NEVER_GMS = /* @__PURE__ */ new Set([
	"agency-cap",
	"budget-frame",
	"not-funding",
	"estimate"
]);
/** GMS money unless a named recipient other than GMS (or a region acting for it) takes it. */
const REGIONAL_FUNDER = /^(?:region(?:en|erna)?\b|regionfullmäktige|regionstyrelsen|landstinget|kommun|hälso- och sjukvårdsnämnden)/i;
function isGmsMoney(e, recipient, facts) {
	if (NEVER_GMS.has(e.role)) return false;
	if (facts.some((f) => f.role.role !== "comparison" && (f.notGms || givenAway(f))) || e.funder && (namesGms(e.funder) || e.role === "grant" && REGIONAL_FUNDER.test(e.funder))) return false;
	if (recipient && namesGms(recipient)) return true;
	const regionForGms = recipient !== null && namesRegion(recipient) && facts.some((f) => f.gmsContext);
	if (recipient !== null && !regionForGms) return false;
	return facts.some((f) => f.gmsContext) || regionForGms;
}
const givingIn = cacheByKey((text) => givenByGmsAt(text) ?? Number.POSITIVE_INFINITY, GIVING_CACHE_MAX);
/** Where in the sentence GMS first gives money away (past its end when it does not). */
function givingAt(segment) {
	return givingIn(segment.text);
}
function givenAway(f) {
	const at = f.amount.start - f.segment.start;
	return at > givingAt(f.segment) || byGmsAfter(f.segment.text, at);
}
function toSource(f) {
	const { doc, segment: s, amount } = f;
	return {
		docId: doc.id,
		start: s.start,
		end: s.end,
		text: doc.text.slice(s.start, s.end),
		amountText: amount.text,
		amountStart: amount.start,
		amountEnd: amount.end
	};
}
// dist/knowledge/document-language.js
const SWEDISH$1 = new Set("och att det som är för med till av på inte har ska kommer kronor miljoner regeringen också".split(" "));
const ENGLISH$1 = new Set("the and of to is for with that will has are was million government also from".split(" "));
const SAMPLE = 4e3;
const WORD$3 = /\p{L}+/gu;
const read = /* @__PURE__ */ new WeakMap();
/** The language a document is written in: Swedish unless its opening is more English than Swedish. */
function documentLanguage(doc) {
	let language = read.get(doc);
	if (language === void 0) {
		let sv = 0;
		let en = 0;
		for (const [w] of doc.text.slice(0, SAMPLE).toLowerCase().matchAll(WORD$3)) if (SWEDISH$1.has(w)) sv += 1;
		else if (ENGLISH$1.has(w)) en += 1;
		language = en > sv ? "en" : "sv";
		read.set(doc, language);
	}
	return language;
}
// dist/knowledge/merge-rules.js
const MORE_AREAS = `
farmakogenomik | pharmacogenomics, pharmacogenetics
ärftlig hjärtsjukdom, ärftliga hjärtsjukdomar | inherited heart disease, hereditary heart disease
solida tumörer | solid tumours, solid tumors
antibiotikaresistens | antibiotic resistance, antimicrobial resistance
infektionssjukdomar | infectious diseases
akuta leukemier, akut leukemi | acute leukaemia, acute leukemia, acute leukaemias
prostatacancer | prostate cancer
tjocktarmscancer | colorectal cancer, colon cancer
bioinformatik | bioinformatics
utbildning | training, education
`;
const AREAS = [...TOPICS.map((t) => ({
	key: t.key,
	sv: t.svPhrases,
	en: t.enPhrases
})), ...MORE_AREAS.trim().split("\n").map((line) => line.split("|").map((side) => side.split(",").map((p) => p.trim()))).map(([sv = [], en = []]) => ({
	key: sv[0] ?? "",
	sv,
	en
}))];
const SV_TOPICS = AREAS.map((t) => ({
	key: t.key,
	phrases: t.sv.map(phraseStems)
}));
const EN_TOPICS = AREAS.map((t) => ({
	key: t.key,
	phrases: t.en.map((p) => words$1(p).map((w) => w.word))
}));
const SV_INDEX = indexPhrases(SV_TOPICS.map((t) => t.phrases));
const EN_INDEX = indexPhrases(EN_TOPICS.map((t) => t.phrases));
/** The known areas a text names, in Swedish or English: "rare diseases" and "sällsynta diagnoser" are one. */
function topicsOf$1(text) {
	const plain = words$1(text).map((w) => w.word);
	const stems = plain.map(stem);
	const found = /* @__PURE__ */ new Set();
	const sv = ownersIn(stems, SV_INDEX, SV_TOPICS.length);
	const en = ownersIn(plain.some(hyphenated) ? plain.flatMap(hyphenParts) : plain, EN_INDEX, EN_TOPICS.length);
	SV_TOPICS.forEach((t, i) => {
		if (sv[i]) found.add(t.key);
	});
	EN_TOPICS.forEach((t, i) => {
		if (en[i]) found.add(t.key);
	});
	return found;
}
const hyphenated = (w) => w.length > 2 && w.slice(1, -1).includes("-");
/** "rare-disease" → "rare", "disease"; a word without an inner hyphen stays as it is. */
function hyphenParts(w) {
	return hyphenated(w) ? w.split("-").filter((p) => p !== "") : [w];
}
/** Two tellings that each name areas, none in common, are about different money. */
function topicsConflict(a, b) {
	if (a.size === 0 || b.size === 0) return false;
	for (const t of a) if (b.has(t)) return false;
	return true;
}
/** Two tellings that name the same area (in any language) share what they fund. */
function topicsAgree(a, b) {
	for (const t of a) if (b.has(t)) return true;
	return false;
}
// dist/knowledge/ledger-merge.js
/** "9 miljoner kronor per år under 2026 och 2027" tells the shares of a two-year 18 miljoner told elsewhere. */
function perYearWhole(byAmount, fact) {
	const years = fact.years.years;
	if (years.length < 2 || ![
		"grant",
		"part",
		"comparison"
	].includes(fact.role.role)) return null;
	if (!findCues(fact.doc.text.slice(fact.amount.end, Math.min(fact.segment.end, fact.amount.end + 40)), PER_YEAR).some((h) => h.start < 12)) return null;
	return (byAmount.get(fact.amount.valueSek * years.length) ?? []).find((g) => g.entry.role === "multi-year-total" && repsOf(g).some((f) => sameYears(f, years))) ?? null;
}
/**
* "9 miljoner kronor per år under 2026 och 2027" where each year's share of the 18 miljoner is already told: the
* telling retells them all, so it joins none of them (a comparison of its own, part of the same whole).
*/
function retellsEveryShare(same, fact, parentGroup) {
	const years = fact.years.years;
	if (!parentGroup || fact.parent !== null || years.length < 2 || !isStated(fact)) return false;
	return years.every((y) => same.some((g) => g.entry.partOf === parentGroup.entry.id && repsOf(g).some((f) => isStated(f) && f.years.years.length === 1 && f.years.years[0] === y)));
}
/**
* A share told in another document ("i år 9 miljoner kronor, som en del av … 18 miljoner") is the whole's
* share for the same year: the only one for that year, or the one naming the same area.
*/
function yearShareOf(same, fact, topics, parentGroup) {
	if (!parentGroup) return null;
	const years = fact.years.years;
	const shares = same.filter((g) => g.parent === parentGroup && !hasDocument(g, fact.doc.id) && g.entry.qualifier === fact.amount.qualifier && !topicsConflict(g.topics, topics) && !yearsContradict(repsOf(g), fact));
	const forYear = shares.filter((g) => isStated(fact) && years.length > 0 && repsOf(g).some((f) => isStated(f) && f.years.years.every((y) => years.includes(y))));
	if (forYear.length === 1) return forYear[0] ?? null;
	if (years.length > 1 && forYear.length > 0) {
		const written = Number(fact.doc.published?.slice(0, 4));
		return forYear.find((g) => g.entry.years.includes(written) || g.facts[0]?.years.years.includes(written)) ?? forYear[0] ?? null;
	}
	const named = shares.filter((g) => topicsAgree(g.topics, topics));
	return named.length === 1 ? named[0] ?? null : null;
}
function sameYears(f, years) {
	return sameList(f.years.years, years);
}
/** A share told again in the same document: another sentence, outside the group's lists, naming its area. */
function sameAreaAgain(group, fact, topics) {
	if (hasSegment(group, fact.segment) || fact.list !== null && hasList(group, fact.list)) return false;
	return topicsAgree(group.topics, topics);
}
function sameSpanSum(group, reps, fact) {
	const years = fact.years.years;
	if (fact.role.role !== "multi-year-total" || group.entry.role !== "multi-year-total") return false;
	if (years.length < 2 || !isStated(fact) || !docMentionsGms(fact.doc)) return false;
	if (fact.recipient !== null && !mentionsGms$1(fact.recipient) && !sameName$1(fact.recipient, group.entry.recipient)) return false;
	return reps.some((f) => isStated(f) && sameYears(f, years) && docMentionsGms(f.doc));
}
/** The group already holds a sentence of the fact's own bullet item: the item tells its money twice. */
function sameItem(group, fact) {
	return fact.item !== void 0 && group.facts.some((f) => f.item === fact.item && f.doc === fact.doc);
}
/** Two lists of years alike, element by element (what comparing their `join()` tells, without the strings). */
function sameList(a, b) {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
/** Same money told twice: same amount, compatible kinds, years, payers and recipients, not two shares of one whole. */
function sameGrant(group, fact, words, parentGroup) {
	const { terms } = words;
	const first = group.facts[0];
	if (!first || group.entry.amountSek !== fact.amount.valueSek) return false;
	const reps = repsOf(group);
	const sameDocument = hasDocument(group, fact.doc.id);
	if (!compatibleRoles(group.entry.role, fact.role.role, sameDocument)) return false;
	if (group.entry.qualifier !== fact.amount.qualifier && !sameDocument) return false;
	if (parentGroup && group.entry.partOf !== null) {
		if (group.entry.partOf !== parentGroup.entry.id) return false;
		if (sameDocument && !sameAreaAgain(group, fact, words.topics)) return false;
	}
	if (hasSegment(group, fact.segment)) return false;
	if (Boolean(fact.aboutWriter) !== Boolean(first.aboutWriter)) return false;
	if (sameDocument && fact.list !== null && hasList(group, fact.list) && !sameItem(group, fact)) return false;
	if (yearsContradict(reps, fact)) return false;
	if (!sameFunder(reps, fact)) return false;
	if (sameDocument) return true;
	if (sameSpanSum(group, reps, fact)) return true;
	if (topicsConflict(group.topics, words.topics)) return false;
	const onlyShare = fact.twins <= 1 && reps.every((f) => f.twins <= 1);
	if (!parentGroup && group.parent?.facts.some((f) => f.doc.id === fact.doc.id) && yearsMatch(group.facts, fact)) return true;
	if (parentGroup && group.entry.partOf === parentGroup.entry.id && onlyShare) return true;
	if (parentGroup && group.entry.partOf === parentGroup.entry.id && topicsAgree(group.topics, words.topics)) return true;
	const yearsAgree = reps.some((f) => sameYears(f, fact.years.years));
	if (!parentGroup && group.entry.partOf !== null && fact.role.role === "grant" && isStated(fact) && yearsAgree && (topicsAgree(group.topics, words.topics) || fact.payer !== null && paidBy(group, fact.payer) && (fact.purposeIsSentence || otherLanguage(group, fact)))) return true;
	const aboutGms = docMentionsGms(fact.doc) && reps.some((f) => docMentionsGms(f.doc));
	if (!parentGroup && group.entry.partOf === null && sameYearForGms(reps, fact)) return true;
	if (fact.role.role === "total" && group.entry.role === "multi-year-total") return aboutGms && withinSpan(reps, fact) && sharedTerms(group, terms) >= 2;
	if (fact.tableLabel && !topicsAgree(group.topics, words.topics) && sharedTerms(group, terms) < 1) return false;
	if (fact.role.role === "comparison" || group.entry.role === "comparison") return yearsAgree && fact.years.years.length > 0 && (aboutGms || sharedTerms(group, terms) >= 1);
	if (fact.years.years.length === 0 && aboutGms && fact.role.role !== "co-funding") return sharedTerms(group, terms) >= 1;
	return sharedTerms(group, terms) >= (yearsAgree ? 2 : 3);
}
const YEAR_KIND = {
	grant: "grant",
	comparison: "grant",
	estimate: "estimate",
	"budget-frame": "estimate",
	"co-funding": "co-funding"
};
/** Same amount, same stated years, the same kind, to GMS (no other recipient named) in documents about GMS. */
function sameYearForGms(reps, fact) {
	const kind = YEAR_KIND[fact.role.role];
	const neverSummed = kind === "co-funding" || kind === "estimate";
	const dated = (f) => isStated(f) || neverSummed && f.years.years.length > 0;
	const aboutGms = (f) => forGms(f) && (f.gmsContext || kind !== "grant");
	if (!kind || !dated(fact) || !aboutGms(fact)) return false;
	const years = fact.years.years;
	return reps.every(forGms) && reps.some(aboutGms) && reps.some((f) => dated(f) && sameYears(f, years) && YEAR_KIND[f.role.role] === kind);
}
function forGms(f) {
	return !f.notGms && docMentionsGms(f.doc) && (f.recipient === null || mentionsGms$1(f.recipient) || regionForGms(f, f.recipient));
}
function regionForGms(f, recipient) {
	return namesRegion(recipient) && mentionsGms$1(f.segment.text);
}
const RETOLD = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"total",
	"comparison",
	"multi-year-total"
]);
function compatibleRoles(a, b, sameDocument) {
	if (a === b) return true;
	if (!RETOLD.has(a) || !RETOLD.has(b)) return false;
	return !(a === "total" || b === "total") || sameDocument || a === "multi-year-total" || b === "multi-year-total";
}
/** "Forskningsrådet Forte" and "Forte" are one funder: one name ends the other. */
function sameName$1(a, b) {
	if (!a || !b) return false;
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}
/** Two funders named for one grant must be the same one (or one is the agency the other's money passes through). */
function sameFunder(facts, fact) {
	const same = sameName$1;
	if (!fact.funder) return true;
	return facts.every((f) => !f.funder || same(f.funder, fact.funder) || same(f.payer, fact.funder) || same(f.funder, fact.payer));
}
/**
* Different years read the same way (both stated, or both publication dates) mean different money;
* only a disagreement between different kinds of clue can be one grant retold.
*/
function yearsContradict(facts, fact) {
	if (fact.years.years.length === 0) return false;
	return facts.some((f) => f.years.years.length > 0 && !sameYears(f, fact.years.years) && !contains(f.years.years, fact.years.years) && (f.doc === fact.doc || f.years.clue === fact.years.clue || isStated(f) && isStated(fact)));
}
const gmsDocuments = /* @__PURE__ */ new WeakMap();
/** Whether a document speaks of GMS at all (read once per document). */
function docMentionsGms(doc) {
	let known = gmsDocuments.get(doc);
	if (known === void 0) {
		known = mentionsGms$1(doc.text);
		gmsDocuments.set(doc, known);
	}
	return known;
}
function withinSpan(reps, fact) {
	const years = fact.years.years;
	return reps.some((f) => f.years.years.length > 1 && years.length > 0 && years.every((y) => f.years.years.includes(y)));
}
function yearsMatch(facts, fact) {
	const years = fact.years.years;
	return years.length > 0 && facts.some((f) => sameYears(f, years));
}
/** A multi-year total's years hold the year of a grant told from it (or the other way round). */
function contains(a, b) {
	return a.length > 1 && b.every((y) => a.includes(y)) || b.length > 1 && a.every((y) => b.includes(y));
}
function isStated(f) {
	return f.years.clue === "stated-in-sentence" || f.years.clue === "stated-in-paragraph";
}
/** How many of a telling's stems (each once) the group's tellings name. */
function sharedTerms(group, terms) {
	const have = termsOf(group);
	let n = 0;
	for (const t of terms) if (have.has(t)) n += 1;
	return n;
}
/** A telling of the share or of its whole names this payer. */
function paidBy(group, payer) {
	return [...group.facts, ...group.parent?.facts ?? []].some((f) => f.payer === payer);
}
/** The fact is told in another language than every telling of the group. */
function otherLanguage(group, fact) {
	const own = documentLanguage(fact.doc);
	return group.facts.every((f) => documentLanguage(f.doc) !== own);
}
/**
* "Av 2027 års medel behöll Region Skåne 10 500 tkr": a share of a year's money whose whole its document never
* states is a share of that year's one GMS grant, when the documents placed so far tell exactly one.
*/
function yearsGrantOf(groups, fact) {
	const years = fact.years.years;
	if (!fact.role.isPart || fact.years.clue !== "stated-in-sentence" || years.length !== 1) return null;
	if (fact.notGms || !fact.gmsContext || !(fact.yearsShare || opensWithYearsMoney(words$1(fact.segment.text)))) return null;
	const stated = (f) => f.years.clue === "stated-in-sentence" && sameYears(f, years);
	const wholes = groups.filter((g) => g.entry.role === "grant" && g.entry.partOf === null && g.entry.amountSek > fact.amount.valueSek && g.facts.some((f) => stated(f) && forGms(f)));
	return wholes.length === 1 ? wholes[0] ?? null : null;
}
// dist/knowledge/ledger-share-index.js
const NONE$6 = Object.freeze({
	groups: Object.freeze([]),
	at: Object.freeze([])
});
var ShareIndex = class {
	buckets = /* @__PURE__ */ new Map();
	/** Lists `group` at place `at` of `amount`'s listing, under the whole it is a share of now (or none). */
	add(amount, group, at) {
		const bucket = this.bucket(amount, group.entry.partOf);
		bucket.groups.push(group);
		bucket.at.push(at);
	}
	/** The groups listed while a share of no whole: one may have become a share since (`sameGrant` reads that). */
	loose(amount) {
		return this.buckets.get(amount)?.loose ?? NONE$6;
	}
	/** The groups listed as shares of `wholeId` (a share never changes whole while the ledger is built). */
	ofWhole(amount, wholeId) {
		return this.buckets.get(amount)?.byWhole?.get(wholeId) ?? NONE$6;
	}
	bucket(amount, wholeId) {
		let of = this.buckets.get(amount);
		if (!of) {
			of = {
				loose: null,
				byWhole: null
			};
			this.buckets.set(amount, of);
		}
		if (wholeId === null) {
			of.loose ??= {
				groups: [],
				at: []
			};
			return of.loose;
		}
		of.byWhole ??= /* @__PURE__ */ new Map();
		let bucket = of.byWhole.get(wholeId);
		if (!bucket) {
			bucket = {
				groups: [],
				at: []
			};
			of.byWhole.set(wholeId, bucket);
		}
		return bucket;
	}
};
// dist/knowledge/ledger-terms.js
const CACHE_MAX = 5e4;
const OPEN_HYPHEN = /-(?![\p{L}\p{N}])/u;
const NO_STEMS = [];
const textStems = cacheByKey((text) => {
	const open = text.includes("-") && OPEN_HYPHEN.test(text);
	return {
		stems: open ? NO_STEMS : ownStems(text),
		open
	};
}, CACHE_MAX);
const wordStems = cacheByKey((word) => contentStems(word), CACHE_MAX);
const LONGER_LOWER = "İ";
/** `contentStems(text)` of a text without an open hyphen, each stem once, in order. */
function ownStems(text) {
	if (text.includes(LONGER_LOWER)) return unique$1(contentStems(text));
	const lower = text.toLowerCase();
	if (lower.length !== text.length || text.includes("Σ")) return stemsOfWords(text);
	const stems = /* @__PURE__ */ new Set();
	for (let at = wordStart(text, 0); at < text.length;) {
		const end = at < 0 ? -1 : wordEnd(text, at);
		if (end < 0) return stemsOfWords(text);
		for (const s of wordStems(lower.slice(at, end))) stems.add(s);
		at = wordStart(text, end);
	}
	return [...stems];
}
function stemsOfWords(text) {
	const stems = /* @__PURE__ */ new Set();
	for (const { word } of words$1(text)) for (const s of wordStems(word)) stems.add(s);
	return [...stems];
}
/** Whether every stem of `part` is in `whole` (a telling's few stems, looked for in its sentence's). */
function within$1(part, whole) {
	for (const s of part) if (!whole.includes(s)) return false;
	return true;
}
/** Each once, in order. */
function unique$1(stems) {
	return [...new Set(stems)];
}
const NO_TOPICS = /* @__PURE__ */ new Set();
const topicsOfText = cacheByKey(topicsOf$1, CACHE_MAX);
/** The known areas a telling's purpose (and recipient) names; a whole sentence names its other amounts' too. */
function tellingTopics(f) {
	return f.purposeIsSentence ? NO_TOPICS : topicsOfText(`${f.purpose} ${f.recipient ?? ""}`);
}
/** The area a purpose names (many amounts of one sentence share it). */
const areaOf = cacheByKey(describeArea, CACHE_MAX);
/** Reads ahead what joining these facts will ask of their texts (the answers are kept for the load). */
function readTellings(facts) {
	for (const f of facts.flat()) {
		textStems(f.segment.text);
		textStems(f.recipient ?? "");
		textStems(f.toldAbove ?? "");
		tellingTopics(f);
		areaOf(f.purpose);
		givingAt(f.segment);
	}
}
const sentStems = /* @__PURE__ */ new WeakMap();
/** Keeps the stems another thread read of a sentence (a copy of its segment), so they are not read again. */
function rememberStems(segment, stems) {
	sentStems.set(segment, stems);
}
/** The stems of one document's tellings, each telling's list made once. */
var TellingTerms = class {
	isWord;
	ofTelling = /* @__PURE__ */ new Map();
	/** `isWord`: the corpus's words, which expand "bröst- och äggstockscancer" to both cancers. */
	constructor(isWord) {
		this.isWord = isWord;
	}
	/** Tellings of another document come next (one document's are keyed by sentence and recipient). */
	nextDocument() {
		this.ofTelling.clear();
	}
	/** Each stem of the telling once: its sentence's own list when recipient and heading add none. */
	of(f) {
		const sent = sentStems.get(f.segment);
		const sentence = sent ? {
			stems: sent,
			open: false
		} : textStems(f.segment.text);
		const recipient = textStems(f.recipient ?? "");
		const above = textStems(f.toldAbove ?? "");
		if (!sentence.open && !recipient.open && !above.open && within$1(recipient.stems, sentence.stems) && within$1(above.stems, sentence.stems)) return sentence.stems;
		const key = `${f.segment.start}\u0000${f.recipient ?? ""}`;
		let terms = this.ofTelling.get(key);
		if (!terms) {
			terms = this.read(f.segment, f.recipient ?? "", f.toldAbove ?? "", [
				sentence,
				recipient,
				above
			]);
			this.ofTelling.set(key, terms);
		}
		return terms;
	}
	/** The stems of the three texts read as one (the same as each read alone unless one has an open hyphen). */
	read(segment, recipient, above, parts) {
		if (parts.some((p) => p.open)) return unique$1(contentStems(`${segment.text} ${recipient} ${above}`, this.isWord));
		const stems = /* @__PURE__ */ new Set();
		for (const p of parts) for (const s of p.stems) stems.add(s);
		return [...stems];
	}
};
// dist/knowledge/same-work.js
/**
* "Region X får 4,8 miljoner av de 16 miljoner … I fjol fick regionen 3,1 miljoner av GMS-medlen för samma
* arbete": an earlier year's figure for the same work is a share of that year's money for the same area, when
* exactly one entry is it. The area is read from the share told just before in the same document.
*/
function linkSameWorkRetellings(entries) {
	const candidates = entries.filter((e) => e.role === "comparison" && e.partOf === null && e.years.length > 0 && e.sources.length > 0 && e.sources.every((s) => s.docId === e.sources[0]?.docId) && hasCue(e.sources[0]?.text ?? "", SAME_WORK));
	if (candidates.length === 0) return;
	const byId = new Map(entries.map((e) => [e.id, e]));
	const shares = sharesIn(entries, new Set(candidates.map((e) => e.sources[0]?.docId ?? "")));
	const byAreaYears = /* @__PURE__ */ new Map();
	for (const o of entries) {
		if (!o.gms || o.role !== "part" && o.role !== "grant" || !o.area) continue;
		const key = `${o.area}|${o.years.join()}`;
		const list = byAreaYears.get(key);
		if (list) list.push(o);
		else byAreaYears.set(key, [o]);
	}
	for (const e of candidates) {
		const source = e.sources[0];
		if (!source) continue;
		const at = source.amountStart ?? source.start;
		const before = (shares.get(source.docId) ?? []).filter((s) => s.at < at).at(-1);
		const area = byId.get(before?.entry.partOf ?? "")?.area;
		const same = area ? byAreaYears.get(`${area}|${e.years.join()}`) ?? [] : [];
		const parent = same.length === 1 ? same[0] : void 0;
		if (!parent) continue;
		e.partOf = parent.id;
		parent.parts.push(e.id);
		if (!e.area) {
			e.area = parent.area;
			e.purpose = parent.purpose;
		}
	}
}
/** The shares (entries with a whole) told in each of the documents, in the order they are told. */
function sharesIn(entries, docs) {
	const out = /* @__PURE__ */ new Map();
	for (const entry of entries) {
		if (entry.partOf === null) continue;
		for (const s of entry.sources) {
			if (!docs.has(s.docId)) continue;
			const list = out.get(s.docId) ?? [];
			list.push({
				entry,
				at: s.amountStart ?? s.start
			});
			out.set(s.docId, list);
		}
	}
	for (const list of out.values()) list.sort((a, b) => a.at - b.at);
	return out;
}
// dist/knowledge/undated-beside.js
/** Makes such a grant earlier money of no known year (a retelling): never summed into the page's year. */
function markUndatedBesideDated(entries, note) {
	const datedIn = /* @__PURE__ */ new Map();
	for (const g of entries) {
		if (g.role !== "grant" || !g.gms || UNDATED_CLUES.has(g.yearClue)) continue;
		for (const s of g.sources) {
			const told = datedIn.get(s.docId);
			if (told) told.push(g);
			else datedIn.set(s.docId, [g]);
		}
	}
	for (const e of entries) {
		if (e.role !== "grant" || !e.gms || e.yearClue !== "publication-date") continue;
		const beside = e.sources.flatMap((s) => datedIn.get(s.docId) ?? []).find((g) => g.years.some((y) => e.years.includes(y)));
		if (!beside || e.sources.some((s) => hasCue(s.text, ADDED_MONEY))) continue;
		e.role = "comparison";
		e.years = [];
		e.year = null;
		e.yearClue = "none";
		note(e, `Dated by the page only, beside ${beside.id}, which the page dates itself: told as earlier money.`);
	}
}
// dist/knowledge/word-counts.js
/**
* How often each word (lower case, 3+ letters) occurs in the documents, hyphenated parts counted as
* words of their own ("huvud- och halscancer" teaches "huvud"). Built once per load and shared.
*/
function countWords(documents) {
	const tallies = /* @__PURE__ */ new Map();
	for (const doc of documents) countText(doc.text, tallies);
	const counts = /* @__PURE__ */ new Map();
	for (const [word, tally] of tallies) counts.set(word, tally.n);
	return counts;
}
const LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}{3,}(?![\p{L}\p{N}])/gu;
const SURROGATE_UNIT = /[\uD800-\uDFFF]/;
function countText(text, tallies) {
	const lower = text.toLowerCase();
	if (lower.length !== text.length || text.includes("Σ")) {
		countTokens(text, tallies);
		return;
	}
	if (SURROGATE_UNIT.test(lower)) {
		LETTER_RUN.lastIndex = 0;
		for (let m = LETTER_RUN.exec(lower); m !== null; m = LETTER_RUN.exec(lower)) tally(tallies, m[0]);
		return;
	}
	countRuns(lower, tallies);
}
const OTHER$1 = 0;
const LETTER$3 = 1;
const NUMBER$2 = 2;
const UNKNOWN = 3;
const KINDS$2 = (/* @__PURE__ */ new Uint8Array(65536)).fill(UNKNOWN);
function kindOf(code) {
	let kind = KINDS$2[code];
	if (kind === UNKNOWN) {
		const ch = String.fromCharCode(code);
		kind = /\p{L}/u.test(ch) ? LETTER$3 : /\p{N}/u.test(ch) ? NUMBER$2 : OTHER$1;
		KINDS$2[code] = kind;
	}
	return kind;
}
/** `LETTER_RUN`'s matches in a text of BMP characters, by a loop over its units instead of the regex. */
function countRuns(lower, tallies) {
	let previous = OTHER$1;
	for (let i = 0; i < lower.length;) {
		const kind = kindOf(lower.charCodeAt(i));
		if (kind !== LETTER$3) {
			previous = kind;
			i += 1;
			continue;
		}
		const start = i;
		while (i < lower.length && kindOf(lower.charCodeAt(i)) === LETTER$3) i += 1;
		const next = i < lower.length ? kindOf(lower.charCodeAt(i)) : OTHER$1;
		if (i - start >= 3 && previous !== NUMBER$2 && next !== NUMBER$2) tally(tallies, lower.slice(start, i));
		previous = LETTER$3;
	}
}
function countTokens(text, tallies) {
	for (const w of words$1(text)) if (!hasHyphen(w.word)) count(tallies, w.word);
	else for (const part of w.word.split(/[-–]/)) count(tallies, part);
}
const LETTERS$1 = /^\p{L}+$/u;
function count(tallies, part) {
	if (part.length >= 3 && LETTERS$1.test(part)) tally(tallies, part);
}
function tally(tallies, word) {
	const t = tallies.get(word);
	if (t === void 0) tallies.set(word, { n: 1 });
	else t.n += 1;
}
// dist/knowledge/ledger.js
/** Builds the ledger: one entry per grant, however many documents tell it. */
function buildLedger(documents, wordCounts = countWords(documents), factsOf = extractFacts) {
	const merge = new Merge(new TellingTerms((w) => wordCounts.has(w)));
	for (const doc of [...documents].sort(byPublication)) merge.addDocument(doc, factsOf(doc));
	const groups = merge.groups;
	const entries = groups.map((g) => finishEntry(g, areaOf)).filter((e) => e.role !== "not-funding");
	for (const g of groups) if (g.cofunds) takeCoFundedYears(g.entry, g.cofunds.entry);
	const byId = new Map(entries.map((e) => [e.id, e]));
	linkParts(entries, byId);
	splitByYear(entries, byId);
	markSpanGrants(entries);
	linkSameWorkRetellings(entries);
	for (const g of groups) g.entry.recipient ??= preferredRecipient(g.facts, false);
	markUndatedBesideDated(entries, noteWeak);
	markLoneRetellings(entries);
	markRevised(groups);
	for (const e of entries) {
		const why = weakYears(e);
		if (why) noteWeak(e, why);
	}
	resolveAgencyReferences(entries);
	checkTotals(entries, new Set(groups.filter(toldInList).map((g) => g.entry.id)), byId);
	return { entries };
}
/** The groups of the documents merged so far, and what finds a fact's group among them. */
var Merge = class {
	tellingTerms;
	groups = [];
	byAmount = /* @__PURE__ */ new Map();
	shares = new ShareIndex();
	constructor(tellingTerms) {
		this.tellingTerms = tellingTerms;
	}
	/** Places each fact of the document (a whole before its shares) in its group. */
	addDocument(doc, facts) {
		this.tellingTerms.nextDocument();
		const at = {
			facts,
			placed: [],
			candidates: new DocumentCandidates(doc.id),
			roundedHeadings: roundedHeadingsOf(facts)
		};
		for (const i of parentsFirst(facts)) at.placed[i] = this.place(at, i);
		facts.forEach((f, i) => {
			const group = at.placed[i];
			if (f.revises != null && group) group.revises = at.placed[f.revises] ?? null;
		});
	}
	place(at, i) {
		const { facts, placed } = at;
		const fact = facts[i];
		const terms = this.tellingTerms.of(fact);
		const topics = tellingTopics(fact);
		const parentGroup = fact.parent !== null ? placed[fact.parent] ?? null : fact.restOf != null ? placed[fact.restOf]?.parent ?? null : perYearWhole(this.byAmount, fact) ?? yearsGrantOf(this.groups, fact);
		const same = listedAt(this.byAmount, fact.amount.valueSek);
		const retold = retellsEveryShare(same, fact, parentGroup);
		if (retold) fact.role = {
			...fact.role,
			role: "comparison"
		};
		const group = (retold ? newGroup(this.groups, fact) : null) ?? roundedRepeat(facts, i, placed, at.roundedHeadings) ?? firstSame(at.candidates, this.shares, same, fact, parentGroup, (g) => sameGrant(g, fact, {
			terms,
			topics
		}, parentGroup)) ?? yearShareOf(same, fact, topics, parentGroup) ?? newGroup(this.groups, fact);
		noteWeakMerge(group, fact, terms);
		absorbRole(group, fact);
		const listing = preferExact(group, fact) || !group.listed.includes(fact.amount.valueSek);
		if (listing) {
			same.push(group);
			group.listed.push(fact.amount.valueSek);
		}
		if (!hasSegment(group, fact.segment) || !group.facts.includes(fact)) {
			group.facts.push(fact);
			remember$1(group, fact);
		}
		addWords$1(group, terms, topics);
		if (fact.cofunds != null) group.cofunds = placed[fact.cofunds] ?? null;
		if (parentGroup && group.entry.partOf === null) {
			group.entry.partOf = parentGroup.entry.id;
			group.parent = parentGroup;
		}
		if (listing) this.shares.add(fact.amount.valueSek, group, same.length - 1);
		return group;
	}
};
/** The first group of the fact's amount that is the same grant; a share looks only among its own whole's. */
function firstSame(candidates, shares, same, fact, parentGroup, test) {
	if (parentGroup === null) return candidates.first(same, fact, false, test);
	return candidates.firstShare(shares, fact, parentGroup.entry.id, test);
}
/** The groups listed under `amount`, in order: one growing array, so candidates can follow it. */
function listedAt(byAmount, amount) {
	let listed = byAmount.get(amount);
	if (!listed) {
		listed = [];
		byAmount.set(amount, listed);
	}
	return listed;
}
/** The places of the facts whose rounded amount stands in a heading ("nästan 8 miljoner"). */
function roundedHeadingsOf(facts) {
	const at = [];
	for (let j = 0; j < facts.length; j++) {
		const f = facts[j];
		if (f.amount.qualifier === "approx" && f.segment.heading) at.push(j);
	}
	return at;
}
/** Document order, except that a whole told after its share ("…, som en del av … 18 miljoner") comes first. */
function parentsFirst(facts) {
	if (facts.every((f, i) => f.parent === null || f.parent <= i)) return [...facts.keys()];
	const order = [];
	const done = /* @__PURE__ */ new Set();
	const visit = (i) => {
		if (done.has(i)) return;
		done.add(i);
		const parent = facts[i]?.parent;
		if (parent !== null && parent !== void 0 && parent > i) visit(parent);
		order.push(i);
	};
	for (let i = 0; i < facts.length; i++) visit(i);
	return order;
}
/** A merge across documents that shares fewer than two words is worth a second look. */
function noteWeakMerge(group, fact, terms) {
	if (group.facts[0] === fact || documentCount(group) === 1 && hasDocument(group, fact.doc.id)) return;
	if (sharedTerms(group, terms) >= 2) return;
	const other = group.facts[0]?.doc.id ?? "";
	group.weak.push(`${fact.doc.id} is taken as the same grant as ${other} on amount and year alone.`);
}
function byPublication(a, b) {
	return compareText(a.published ?? "9999", b.published ?? "9999") || compareText(a.id, b.id);
}
const ROLE_RANK = {
	comparison: 0,
	total: 1,
	grant: 2,
	part: 3,
	"multi-year-total": 4,
	"co-funding": 5
};
function absorbRole(group, fact) {
	const now = group.entry.role;
	const incoming = fact.role.role;
	if ((ROLE_RANK[incoming] ?? -1) > (ROLE_RANK[now] ?? 99)) group.entry.role = incoming;
}
const ROUNDING = .06;
/** The body's exact "7,8 miljoner kronor" is the entry's amount, not the headline's "nästan 8 miljoner". */
function preferExact(group, fact) {
	if (group.entry.qualifier !== "approx" || fact.amount.qualifier === "approx") return false;
	if (group.entry.amountSek === fact.amount.valueSek) return false;
	group.entry.amountSek = fact.amount.valueSek;
	group.entry.qualifier = fact.amount.qualifier;
	return true;
}
/** "nästan 8 miljoner" in a headline restates the exact "7,8 miljoner kronor" of the same document. */
function roundedRepeat(facts, i, placed, roundedHeadings) {
	const fact = facts[i];
	const approx = fact.amount.qualifier === "approx";
	if (approx && !fact.segment.heading) return null;
	for (const j of approx ? facts.keys() : roundedHeadings) {
		if (j >= i) break;
		const other = facts[j];
		if (other.segment === fact.segment) continue;
		if (approx === (other.amount.qualifier === "approx")) continue;
		const [rounded, exact] = approx ? [fact, other] : [other, fact];
		if (!(Math.abs(rounded.amount.valueSek - exact.amount.valueSek) <= exact.amount.valueSek * ROUNDING) || !rounded.segment.heading) continue;
		if (j < i) return placed[j] ?? null;
	}
	return null;
}
/**
* A figure only ever retold ("förstudien som Vinnova finansierade i fjol med 3,5 miljoner") stays a comparison
* but is the one source of that earlier grant: it counts as the grant, unless that year already has GMS grants.
* A retold share of a known whole ("I fjol fick regionen 3,1 miljoner … för samma arbete") is that share,
* unless the whole's shares of that amount are told as such.
*/
function markLoneRetellings(entries) {
	const retold = entries.filter((e) => e.role === "comparison" && e.years.length > 0);
	if (retold.length === 0) return;
	const funded = new Set(entries.filter((e) => e.role === "grant" && e.gms).flatMap((e) => e.years));
	const wholes = new Set(retold.map((e) => e.partOf));
	const shares = new Set(entries.filter((e) => e.role !== "comparison" && e.partOf && wholes.has(e.partOf)).map((e) => shareKey(e)));
	for (const e of retold) {
		if (e.partOf !== null ? shares.has(shareKey(e)) : besideOtherMoney(e) ? retellsYearMoney(e, entries) : e.years.some((y) => funded.has(y))) continue;
		e.loneRetelling = true;
		noteWeak(e, "Only told as an earlier year's figure in a later document.");
	}
}
/** Told beside the new money ("on top of the SEK 92 million"): other money of its year, not a total of it. */
function besideOtherMoney(e) {
	return e.sources.some((s) => s.amountStart !== void 0 && toldBeside(s.text, s.amountStart - s.start));
}
/** A GMS grant of the retelling's years has its amount, or that year's other grants add up to it. */
function retellsYearMoney(e, entries) {
	const ofYears = entries.filter((g) => g !== e && g.role === "grant" && g.gms && g.years.some((y) => e.years.includes(y)));
	const sum = ofYears.reduce((s, g) => s + g.amountSek, 0);
	return ofYears.some((g) => g.amountSek === e.amountSek) || sum === e.amountSek;
}
/** A grant an amending decision changed is no longer summed: the amended amount stands for it. */
function markRevised(groups) {
	for (const g of groups) {
		const old = g.revises?.entry;
		if (!old || old === g.entry) continue;
		old.revisedBy = g.entry.id;
		old.notes.push(`Changed to ${kr(g.entry.amountSek)} by ${g.entry.id}.`);
	}
}
function noteWeak(e, why) {
	e.weak = e.weak ?? [];
	e.weak.push(why);
}
function shareKey(e) {
	return `${e.partOf}|${e.amountSek}`;
}
function weakYears(e) {
	if (e.yearClue === "publication-date") return "The year comes from the publication date only.";
	if (e.years.length === 0) return "No document says which year this money is for.";
	return null;
}
/** Undated co-funding funds the years of the grant it is told beside, as the ledger dates that grant. */
function takeCoFundedYears(e, funded) {
	if (e.yearClue !== "none" || funded.years.length === 0) return;
	e.years = [...funded.years];
	e.year = funded.year ?? funded.years[0] ?? null;
	e.yearClue = "other-document";
}
function linkParts(entries, byId) {
	for (const e of entries) {
		const parent = e.partOf ? byId.get(e.partOf) : void 0;
		if (!parent) continue;
		parent.parts.push(e.id);
		if (e.years.length === 0 || e.yearClue === "publication-date") {
			e.years = [...parent.years];
			e.year = parent.year;
			e.yearClue = "parent";
		}
		if (e.role === "part" || e.role === "co-funding") e.gms = parent.gms && !isOwnMoneyOfGms(e);
		if (e.role === "part" && parent.role === "multi-year-total" && e.years.length === 1) e.yearShare = true;
		if (!e.sources.every(passedOn)) e.recipient ??= parent.recipient;
		e.payer ??= parent.payer;
		if (e.yearShare || e.sources.every((s) => s.text === e.purpose)) {
			e.purpose = parent.purpose;
			e.area = parent.area;
		}
	}
}
/**
* "Bidrag från Vinnova: 3 800 000 kronor … Projektperiod: 2031–2033": GMS money over several years, not said to
* be per year, is their multi-year total: never summed whole into one of its years.
*/
function markSpanGrants(entries) {
	for (const e of entries) if (e.role === "grant" && e.gms && e.years.length > 1 && !e.perYear) e.role = "multi-year-total";
}
/**
* "2 400 000 kronor … Projekttiden är 2030–2031. Av bidraget avser 1 400 000 kronor år 2030 och 1 000 000
* kronor år 2031": a grant over years whose shares are one per year and add up to it exactly is told year
* by year. The shares are each year's grant; the whole is their multi-year total, never summed beside them.
*/
function splitByYear(entries, byId) {
	for (const e of entries) {
		if (e.role !== "grant" || e.years.length < 2 || e.parts.length < 2) continue;
		const parts = e.parts.map((id) => byId.get(id)).filter((p) => !!p);
		const years = parts.map((p) => p.years.length === 1 && p.role === "part" ? p.years[0] : null);
		const sum = parts.reduce((s, p) => s + p.amountSek, 0);
		const covered = new Set(years);
		if (sum !== e.amountSek || covered.size !== parts.length || covered.size !== e.years.length) continue;
		if (!e.years.every((y) => covered.has(y))) continue;
		e.role = "multi-year-total";
		for (const p of parts) {
			p.yearShare = true;
			p.purpose = e.purpose;
			p.area = e.area;
		}
	}
}
const PASSED_ON = /* @__PURE__ */ new Set([
	"vidare",
	"on to",
	"onwards to",
	"fördes vidare",
	"förs vidare",
	"skickades vidare",
	"skickas vidare",
	"gick vidare",
	"går vidare",
	"fördelades vidare",
	"fördelas vidare",
	"passed on",
	"handed on",
	"was passed on",
	"were passed on",
	"is passed on"
]);
/** The source tells its amount as handed on: "5,6 miljoner kronor vidare till …", "SEK 2m on to …". */
function passedOn(s) {
	const at = s.amountStart !== void 0 ? s.amountStart - s.start : s.text.indexOf(s.amountText);
	if (at < 0) return false;
	const after = s.text.slice(at + s.amountText.length, at + s.amountText.length + 24).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
	return [
		1,
		2,
		3
	].some((n) => PASSED_ON.has(after.slice(0, n).join(" ")));
}
const AGENCY_REFERENCE = /^(?:myndigheten|verket|the agency)$/i;
function resolveAgencyReferences(entries) {
	for (const e of entries) {
		if (!e.recipient || !AGENCY_REFERENCE.test(e.recipient)) continue;
		const docId = e.sources[0]?.docId;
		e.recipient = entries.find((o) => o.payer && o.sources.some((s) => s.docId === docId))?.payer ?? e.recipient;
	}
}
function isOwnMoneyOfGms(e) {
	return e.funder !== null && e.funder !== void 0 && mentionsGms$1(e.funder);
}
// dist/knowledge/packed-passages.js
const FIELDS = 4;
/** The passages again, as `listPassages` made them (their ids are given when the runs are joined). */
function unpackPassages(packed, read) {
	const { numbers } = packed;
	const passages = [];
	for (let at = 0; at < numbers.length; at += FIELDS) {
		const doc = read[numbers[at]];
		const start = numbers[at + 1];
		const end = numbers[at + 2];
		const text = doc.text.slice(start, end);
		const heading = numbers[at + 3] === 1;
		passages.push({
			id: passages.length,
			docId: doc.id,
			start,
			end,
			text,
			score: 0,
			heading
		});
	}
	for (const [i, text] of packed.texts) passages[i].text = text;
	return passages;
}
// dist/knowledge/passages.js
/** Every sentence, headline and list item of the documents, in order. */
function listPassages(documents) {
	const passages = [];
	for (const doc of documents) {
		const clutter = clutterRanges(doc.text);
		for (const s of segment(doc.text)) {
			if (clutter.length > 0 && inClutter(clutter, s.start)) continue;
			const { start, end, text, heading } = s;
			passages.push({
				id: passages.length,
				docId: doc.id,
				start,
				end,
				text,
				score: 0,
				heading
			});
		}
	}
	return passages;
}
function buildIndex(passages) {
	const index = new MiniSearch({
		fields: ["text"],
		storeFields: [],
		tokenize: (text) => words$1(text).map((w) => w.word),
		processTerm: (term) => {
			const parts = term.split(/[-–]/).filter((w) => w.length > 1 && !STOPWORDS.has(w));
			return parts.length === 0 ? null : parts.map(stem);
		}
	});
	index.addAll(passages);
	return index;
}
/**
* A full-text index (minisearch) over the passages. It is built on the first search: most questions
* are answered from the ledger, and a one-shot `gms-bot ask` should not pay for an index it never reads.
*/
function createPassageIndex(passages) {
	let index = null;
	return {
		all: () => passages,
		search(query, options = {}) {
			index ??= buildIndex(passages);
			const hits = index.search(query, {
				combineWith: "OR",
				fuzzy: (t) => t.length >= 7 ? .2 : false
			});
			const found = [];
			for (const h of hits) {
				const p = passages[h.id];
				if (!p) continue;
				const passage = {
					...p,
					score: h.score
				};
				if (!options.filter || options.filter(passage)) found.push(passage);
			}
			found.sort((a, b) => b.score - a.score || compareText(a.docId, b.docId) || a.start - b.start);
			return found.slice(0, options.limit ?? 10);
		}
	};
}
// dist/knowledge/statements/budget-lines.js
const APPROPRIATION = /[Aa]nslag(?:et)?\s+(\d{1,2}:\d{1,2})((?:\s+[^\s,.;]+){1,8})/gu;
const POST = /anslagspost(?:en)?\s+(\d{1,3})((?:\s+[^\s,.;]+){0,8})/gu;
const SAME = /samma\s+anslag/u;
const FOOTNOTE_MARK = /(?<=\p{Ll})\d{1,2}$/u;
/** Every post (or appropriation named alone) a sentence books money against, in the order told. */
function readBudgetLines(view) {
	const out = [];
	let last = null;
	for (const s of view.segments) {
		const text = s.text.includes("-\n") ? joinBrokenWords(s.text) : s.text;
		if (!text.includes("anslag") && !text.includes("Anslag")) continue;
		const appropriations = [...text.matchAll(APPROPRIATION)];
		const same = SAME.test(text) ? last : null;
		const span = view.span(s.start, s.end);
		const posts = [...text.matchAll(POST)];
		for (const p of posts) {
			const owner = appropriations.filter((a) => (a.index ?? 0) < (p.index ?? 0)).at(-1);
			out.push({
				appropriation: owner ? name(owner) : same,
				post: p[1] ?? "",
				postName: (p[2] ?? "").trim().replace(FOOTNOTE_MARK, "") || null,
				span
			});
		}
		if (posts.length === 0) for (const a of appropriations) out.push({
			appropriation: name(a),
			post: null,
			postName: null,
			span
		});
		const told = appropriations.at(-1);
		if (told) last = name(told);
	}
	return out;
}
function name(m) {
	return `${m[1]}${m[2] ?? ""}`.trim();
}
// dist/knowledge/statements/word-spans.js
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const JOINER_CHARS = "-–/.:'";
const OTHER = 0;
const WORD$2 = 1;
const JOINER = 2;
const TABLE_SIZE = 8448;
const table = new Uint8Array(TABLE_SIZE);
for (let cp = 0; cp < TABLE_SIZE; cp++) table[cp] = WORD_CHAR.test(String.fromCodePoint(cp)) ? WORD$2 : JOINER_CHARS.includes(String.fromCodePoint(cp)) ? JOINER : OTHER;
const wide = /* @__PURE__ */ new Map();
function wideKind(cp) {
	let known = wide.get(cp);
	if (known === void 0) {
		const ch = String.fromCodePoint(cp);
		known = WORD_CHAR.test(ch) ? WORD$2 : JOINER_CHARS.includes(ch) ? JOINER : OTHER;
		wide.set(cp, known);
	}
	return known;
}
let size = 1;
function kindAt(text, i) {
	const c = text.charCodeAt(i);
	size = 1;
	if (c < TABLE_SIZE) return table[c];
	const cp = text.codePointAt(i);
	if (cp > 65535) size = 2;
	return wideKind(cp);
}
/**
* The words of `text` as start and end offsets, pairwise from the start of `out`; returns the number of
* words (entries past them are left from before: `out` is a buffer, reused without emptying it, which
* would give up its room each time).
*/
function wordSpans(text, out) {
	return hashedWordSpans(text, out, unusedHashes);
}
const unusedHashes = [];
/**
* As `wordSpans`, with each word's FNV-1a hash of its units (kept in a small integer's range) in `hashes`,
* read in the same pass: the cue tables look each word up by it.
*/
function hashedWordSpans(text, out, hashes) {
	let count = 0;
	const n = text.length;
	let i = 0;
	while (i < n) {
		if (kindAt(text, i) !== WORD$2) {
			i += size;
			continue;
		}
		const at = i;
		let h = hashUnits(FNV_BASIS, text, i, i + size);
		let end = i + size;
		let hashToEnd = h;
		for (let j = end; j < n;) {
			const kind = kindAt(text, j);
			if (kind === OTHER) break;
			h = hashUnits(h, text, j, j + size);
			j += size;
			if (kind === WORD$2) {
				end = j;
				hashToEnd = h;
			}
		}
		out[2 * count] = at;
		out[2 * count + 1] = end;
		hashes[count] = hashToEnd & HASH_MASK;
		count += 1;
		i = end;
	}
	return count;
}
const FNV_BASIS = 2166136261;
const FNV_PRIME = 16777619;
/** Hashes are kept in a small integer's range: a map keyed by them holds no boxed numbers. */
const HASH_MASK = 1073741823;
/** FNV-1a of `h` on over the units `from` to `to` of `text`. */
function hashUnits(h, text, from, to) {
	let out = h;
	for (let i = from; i < to; i++) out = Math.imul(out ^ text.charCodeAt(i), FNV_PRIME);
	return out;
}
/** A word's hash as `hashedWordSpans` gives it. */
function wordHash(text, from, to) {
	return hashUnits(FNV_BASIS, text, from, to) & HASH_MASK;
}
/**
* As in `words`: the text lower-cased once is each word lower-cased, unless lengths change or Σ occurs
* (then null: each word is lower-cased on its own).
*/
function lowerCaseOf(text) {
	const lower = text.toLowerCase();
	return lower.length === text.length && !text.includes("Σ") ? lower : null;
}
const spans$2 = [];
/** One value per word of `text`, made from its offsets and the text's lower case (`lowerCaseOf`). */
function mapWords(text, make) {
	const lower = lowerCaseOf(text);
	const count = wordSpans(lower ?? text, spans$2);
	const out = new Array(count);
	for (let k = 0; k < count; k++) out[k] = make(spans$2[2 * k], spans$2[2 * k + 1], lower);
	return out;
}
// dist/knowledge/statements/phrase-starts.js
const BITS = 32;
const tables = [];
const startingWith = /* @__PURE__ */ new Map();
const keyedBy = /* @__PURE__ */ new Map();
const COMPILED = Symbol("compiled table");
const isWild = (word) => word.includes("*") || word === "?";
function compile(table) {
	let c = table[COMPILED];
	if (c) return c;
	const id = tables.length;
	c = {
		id,
		lo: id < BITS ? 1 << id : 0,
		hi: id >= BITS && id < 64 ? 1 << id - BITS : 0,
		exact: /* @__PURE__ */ new Map(),
		wild: [],
		wildFirsts: [],
		wildKeys: []
	};
	for (const phrase of table) {
		const first = phrase[0] ?? "";
		const key = keyWord(phrase);
		if (isWild(first)) {
			c.wild.push(phrase);
			c.wildFirsts.push(first);
		} else {
			c.exact.set(first, [...c.exact.get(first) ?? [], phrase]);
			index(startingWith, first, c);
		}
		if (isWild(key)) c.wildKeys.push(key);
		else index(keyedBy, key, c);
	}
	tables.push(c);
	if (Object.isExtensible(table)) table[COMPILED] = c;
	return c;
}
/**
* Compiles every table among `values` (tables, or records of tables) at once: a table compiled later
* makes every sentence's and word's bits, read before it, be read again.
*/
function compileAll(values) {
	for (const v of values) if (isTable(v)) compile(v);
	else if (v !== null && typeof v === "object" && !Array.isArray(v)) {
		for (const t of Object.values(v)) if (isTable(t)) compile(t);
	}
}
function isTable(v) {
	return Array.isArray(v) && v.every((p) => Array.isArray(p) && p.every((w) => typeof w === "string"));
}
/**
* The word a phrase cannot do without that is rarest in text, as a rule its longest: "förutsättning" of
* "under förutsättning att", "förutsätter" of "förutsätter att".
*/
function keyWord(phrase) {
	let key = phrase[0] ?? "";
	let best = -1;
	for (const w of phrase) {
		const letters = w.replaceAll("*", "").length;
		if (w !== "?" && letters >= best) {
			key = w;
			best = letters;
		}
	}
	return key;
}
function index(map, word, c) {
	const list = map.get(word) ?? [];
	if (!list.includes(c)) map.set(word, [...list, c]);
}
/** Whether a word (or list) with these starts may hold a phrase of the table. */
function mayStart(starts, c) {
	return (starts.lo & c.lo | starts.hi & c.hi) !== 0 || (c.lo | c.hi) === 0 || c.id >= starts.known;
}
const WORD_CACHE_MAX = 1e5;
const byHash = /* @__PURE__ */ new Map();
const recent = new Array(4096).fill(void 0);
/** Whether `lower` from `at` to `end` is the word (compared in place: short words, no call). */
function isWordAt(lower, at, end, word) {
	if (word.length !== end - at) return false;
	for (let k = 0; k < word.length; k++) if (lower.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
	return true;
}
/** The entry's starts, read again when a table was compiled since. */
function fresh(e) {
	if (e.starts.known !== tables.length) e.starts = readWordStarts(e.word);
	return e.starts;
}
function wordStarts(word) {
	return startsAt(word, 0, word.length);
}
/** The starts of the word `lower.slice(at, end)` (lower case already). */
function startsAt(lower, at, end) {
	return startsHashed(lower, at, end, wordHash(lower, at, end));
}
/** As `startsAt`, the word's hash (`wordHash`) read already. */
function startsHashed(lower, at, end, h) {
	const slot = h & 4095;
	const last = recent[slot];
	if (last !== void 0 && isWordAt(lower, at, end, last.word)) return fresh(last);
	const bucket = byHash.get(h);
	for (const e of bucket ?? []) {
		if (!isWordAt(lower, at, end, e.word)) continue;
		recent[slot] = e;
		return fresh(e);
	}
	if (byHash.size >= WORD_CACHE_MAX) {
		byHash.clear();
		recent.fill(void 0);
	}
	const word = lower.slice(at, end);
	const entry = {
		word,
		starts: readWordStarts(word)
	};
	if (bucket !== void 0 && byHash.has(h)) bucket.push(entry);
	else byHash.set(h, [entry]);
	recent[slot] = entry;
	return entry.starts;
}
function readWordStarts(word) {
	const starts = {
		known: tables.length,
		lo: 0,
		hi: 0,
		keyLo: 0,
		keyHi: 0,
		word
	};
	for (const c of startingWith.get(word) ?? []) {
		starts.lo |= c.lo;
		starts.hi |= c.hi;
	}
	for (const c of keyedBy.get(word) ?? []) {
		starts.keyLo |= c.lo;
		starts.keyHi |= c.hi;
	}
	for (const c of tables) {
		if (c.wildFirsts.some((p) => wordMatches(p, word))) {
			starts.lo |= c.lo;
			starts.hi |= c.hi;
		}
		if (c.wildKeys.some((p) => wordMatches(p, word))) {
			starts.keyLo |= c.lo;
			starts.keyHi |= c.hi;
		}
	}
	return starts;
}
/** The tables any of the lists may hold a phrase of (a phrase stands within one list). */
function unionOf(lists) {
	const union = {
		known: tables.length,
		lo: 0,
		hi: 0,
		keyLo: 0,
		keyHi: 0
	};
	for (const s of lists) {
		union.lo |= s.lo;
		union.hi |= s.hi;
		union.known = Math.min(union.known, s.known);
	}
	return union;
}
const STARTS = Symbol("phrase starts");
function listStarts(toks) {
	const found = toks[STARTS];
	if (found !== void 0 && found.known === tables.length) return found;
	return tagStarts(toks, startsOf(toks.map((t) => t.word)));
}
/** The words `from` to `to` of a list, with their starts taken from the list's own. */
function sliceStarts(toks, from, to) {
	const part = toks.slice(from, to);
	tagStarts(part, combine(listStarts(toks).each.slice(from, to)));
	return part;
}
/** Gives a word list its starts, read before from the same words. */
function tagStarts(toks, starts) {
	if (Object.isExtensible(toks)) toks[STARTS] = starts;
	return starts;
}
function startsOf(words) {
	return combine(words.map(wordStarts));
}
function combine(each) {
	let lo = 0;
	let hi = 0;
	let keyLo = 0;
	let keyHi = 0;
	for (const s of each) {
		lo |= s.lo;
		hi |= s.hi;
		keyLo |= s.keyLo;
		keyHi |= s.keyHi;
	}
	return {
		known: tables.length,
		lo: lo & keyLo,
		hi: hi & keyHi,
		keyLo,
		keyHi,
		each
	};
}
/**
* The starts of a sentence's words, kept on its wording's record: the same sentence recurs across
* documents (boilerplate, lists), and is read once.
*/
function textStarts(reading) {
	const found = reading.starts;
	if (found !== void 0 && found.known === tables.length) return found;
	const starts = readTextStarts(reading.text);
	reading.starts = starts;
	return starts;
}
const spans$1 = [];
const hashes = [];
function readTextStarts(text) {
	const lower = lowerCaseOf(text);
	if (lower === null) {
		const count = wordSpans(text, spans$1);
		const each = new Array(count);
		for (let k = 0; k < count; k++) each[k] = wordStarts(text.slice(spans$1[2 * k], spans$1[2 * k + 1]).toLowerCase());
		return combine(each);
	}
	const count = hashedWordSpans(lower, spans$1, hashes);
	const each = new Array(count);
	for (let k = 0; k < count; k++) each[k] = startsHashed(lower, spans$1[2 * k], spans$1[2 * k + 1], hashes[k]);
	return combine(each);
}
const STAR$1 = 42;
/** "x*" matches words starting with x, "*x" words ending so, "*x*" words containing x, "?" any word. */
function wordMatches(pattern, word) {
	if (pattern === "?") return true;
	const last = pattern.length - 1;
	const head = pattern.charCodeAt(0) === STAR$1;
	const tail = pattern.charCodeAt(last) === STAR$1;
	if (head && tail && last > 1) {
		for (let at = 0; at + last - 1 <= word.length; at++) if (sameAt(word, at, pattern, 1, last)) return true;
		return false;
	}
	if (tail) return last <= word.length && sameAt(word, 0, pattern, 0, last);
	if (head) return last <= word.length && sameAt(word, word.length - last, pattern, 1, last + 1);
	return word === pattern;
}
/** Whether `pattern` from `from` to `to` stands in `word` at `at`. */
function sameAt(word, at, pattern, from, to) {
	for (let i = from; i < to; i++) if (word.charCodeAt(at + i - from) !== pattern.charCodeAt(i)) return false;
	return true;
}
// dist/knowledge/statements/tokens.js
/** A word of a sentence: few readers ask how it is written, so that is cut from the sentence when asked. */
var SentenceWord = class {
	word;
	start;
	end;
	text;
	offset;
	constructor(word, start, end, text, offset) {
		this.word = word;
		this.start = start;
		this.end = end;
		this.text = text;
		this.offset = offset;
	}
	get raw() {
		return this.text.slice(this.start - this.offset, this.end - this.offset);
	}
};
/** The words of `text`; offsets are relative to `offset` (the text's start in its document). */
function tokens(text, offset = 0) {
	return mapWords(text, (at, end, lower) => {
		return new SentenceWord(lower === null ? text.slice(at, end).toLowerCase() : lower.slice(at, end), offset + at, offset + end, text, offset);
	});
}
/**
* As `tokens`, each word's lower case taken from its starts (`textStarts` of the same text, word by word):
* no copy is made per word.
*/
function tokensWith(text, offset, each) {
	let k = 0;
	return mapWords(text, (at, end, lower) => {
		return new SentenceWord(each[k++]?.word ?? (lower === null ? text.slice(at, end).toLowerCase() : lower.slice(at, end)), offset + at, offset + end, text, offset);
	});
}
function phrases(lines) {
	return lines.split("\n").map((l) => l.trim()).filter((l) => l !== "").map((l) => l.split(/\s+/));
}
/** Whether the phrase stands at word `i`, within the words before `to`. */
function matchesAt$1(toks, i, to, phrase) {
	if (i + phrase.length > to) return false;
	for (let k = 0; k < phrase.length; k++) if (!wordMatches(phrase[k] ?? "", toks[i + k]?.word ?? "")) return false;
	return true;
}
const NO_HITS = Object.freeze([]);
/** Every place one of `table` starts, in token order (the longest phrase at each place). */
function findPhrases(toks, table) {
	return findPhrasesIn(toks, 0, toks.length, table);
}
/**
* As `findPhrases(toks.slice(from, to), table)`, its places counted in `toks`: a run of a sentence's
* words is read in place, with the sentence's starts.
*/
function findPhrasesIn(toks, from, to, table) {
	const c = compile(table);
	const starts = listStarts(toks);
	if (!mayStart(starts, c)) return NO_HITS;
	let hits = null;
	for (let i = from; i < to; i++) {
		const best = longestAt(toks, i, to, c, starts);
		if (best === null) continue;
		hits ??= [];
		hits.push({
			at: i,
			end: i + best.length,
			phrase: best
		});
	}
	return hits ?? NO_HITS;
}
/** The first place one of `table` starts, as `findPhrases(…)[0]` without reading on. */
function firstPhrase(toks, table) {
	return firstPhraseIn(toks, 0, toks.length, table);
}
/** As `findPhrasesIn(…)[0]`, without reading on. */
function firstPhraseIn(toks, from, to, table) {
	const c = compile(table);
	const starts = listStarts(toks);
	if (!mayStart(starts, c)) return void 0;
	for (let i = from; i < to; i++) {
		const best = longestAt(toks, i, to, c, starts);
		if (best !== null) return {
			at: i,
			end: i + best.length,
			phrase: best
		};
	}
}
/** Whether a text with these starts may hold a phrase of the table: when not, its words need not be read. */
function mayHold(starts, table) {
	return mayStart(starts, compile(table));
}
function hasPhrase(toks, table) {
	return firstPhrase(toks, table) !== void 0;
}
/** The longest phrase of the table at word `i`, ending by `to`: exact first words before wild ones, as listed. */
function longestAt(toks, i, to, c, starts) {
	const each = starts.each[i];
	if (each === void 0 || !mayStart(each, c)) return null;
	let found = null;
	for (const phrase of c.exact.get(toks[i]?.word ?? "") ?? NO_PHRASES) if ((found === null || phrase.length > found.length) && matchesAt$1(toks, i, to, phrase)) found = phrase;
	for (const phrase of c.wild) if ((found === null || phrase.length > found.length) && matchesAt$1(toks, i, to, phrase)) found = phrase;
	return found;
}
const NO_PHRASES = [];
// dist/knowledge/statements/cue-words.js
var cue_words_exports = /* @__PURE__ */ __exportAll({
	ADOPTION_VERBS: () => ADOPTION_VERBS,
	AUXILIARIES: () => AUXILIARIES,
	CONDITION_CUES: () => CONDITION_CUES,
	CONTACT_HEADINGS: () => CONTACT_HEADINGS,
	COPY_HEADINGS: () => COPY_HEADINGS,
	DEADLINE_CUES: () => DEADLINE_CUES,
	DEADLINE_KINDS: () => DEADLINE_KINDS,
	DECISION_VERBS: () => DECISION_VERBS,
	DEFINITION_SUBJECTS: () => DEFINITION_SUBJECTS,
	DEFINITION_VERBS: () => DEFINITION_VERBS,
	DISTRIBUTES: () => DISTRIBUTES,
	GOVERNMENT: () => GOVERNMENT$2,
	GOVERNMENT_VERBS: () => GOVERNMENT_VERBS,
	LEADS: () => LEADS,
	LEAD_TITLES: () => LEAD_TITLES,
	LED_BY: () => LED_BY,
	MEMBERS_BEFORE: () => MEMBERS_BEFORE,
	MEMBER_CUES: () => MEMBER_CUES,
	MINISTER_WORDS: () => MINISTER_WORDS,
	MINUTES_HEADINGS: () => MINUTES_HEADINGS,
	MONEY_WORDS: () => MONEY_WORDS,
	NEGATIONS: () => NEGATIONS,
	OPINION_CUES: () => OPINION_CUES,
	PAID_BY: () => PAID_BY,
	PAYS: () => PAYS,
	PENDING: () => PENDING,
	PERIOD_CUES: () => PERIOD_CUES,
	PRESS_HEADINGS: () => PRESS_HEADINGS,
	PURPOSE_OPENERS: () => PURPOSE_OPENERS,
	QUESTION_WORDS: () => QUESTION_WORDS,
	REQUISITION_FROM: () => REQUISITION_FROM,
	REQUISITION_WORDS: () => REQUISITION_WORDS,
	SAME_DATE: () => SAME_DATE,
	SIGNATURE_HEADINGS: () => SIGNATURE_HEADINGS,
	SPEECH_VERBS: () => SPEECH_VERBS,
	THROUGH: () => THROUGH,
	TITLE_WORDS: () => TITLE_WORDS,
	TODAY: () => TODAY
});
/** What a deadline is for; the first table that matches nearest before the date decides. */
const DEADLINE_KINDS = {
	repayment: phrases(`
    *återbetal*
    betalas tillbaka
    betala tillbaka
    repay*
    paid back
    pay back
    returned`),
	requisition: phrases(`
    *rekvisition*
    rekvirera*
    requisition*`),
	application: phrases(`
    *ansökningsdag*
    *ansök*
    application*
    apply`),
	report: phrases(`
    *redovis*
    *rapport*
    report*
    lämna in
    submit*`)
};
/** Words before a date that make it a deadline. */
const DEADLINE_CUES = phrases(`
  senast
  no later than
  not later than
  by
  sista ansökningsdag
  sista ansökningsdagen
  sista dag för ansökan
  sista dag att ansöka
  sista dagen att ansöka
  sista dag att söka
  ansökningstiden stänger
  application deadline
  deadline for applications
  closing date`);
/** "Vid samma tidpunkt ska …": the date of the deadline set just before. */
const SAME_DATE = phrases(`
  vid samma tidpunkt
  samma dag
  samma datum
  at the same time
  on the same date
  by the same date`);
/** Decision verbs that adopt a document or plan ("Verksamhetsberättelsen har fastställts av …"). */
const ADOPTION_VERBS = phrases(`
  fastställde
  fastställdes
  fastställts
  antogs
  adopted
  approved`);
/** Verbs that tell a decision whoever the subject is. */
const DECISION_VERBS = [...phrases(`
  beslutade
  beslutar
  beslutat
  beslutades
  decided
  decides
  has decided`), ...ADOPTION_VERBS];
/** Verbs that tell a decision when the government is their subject ("Regeringen avsätter …"). */
const GOVERNMENT_VERBS = phrases(`
  ger
  gav
  avsätter
  avsatte
  satsar
  beviljar
  tillför
  allocates
  allocated
  earmarks
  announced`);
const GOVERNMENT$2 = phrases(`
  regeringen
  the government
  the swedish government
  government`);
/** Small words between a subject and its verb: "Regeringen har i dag beslutat". */
const AUXILIARIES = new Set("har hade nu i dag idag samtidigt också även därför has had now today also then".split(" "));
/** Relative day words resolved against the document's date. */
const TODAY = phrases(`
  i dag
  idag
  nu
  today
  now`);
/** Headings of a government decision's signature block and of its copy list. */
const SIGNATURE_HEADINGS = phrases(`
  på regeringens vägnar
  on behalf of the government`);
/** Headings of a board's minutes' signature block ("Justeras", "Vid protokollet"). */
const MINUTES_HEADINGS = phrases(`
  justeras
  vid protokollet
  justerare
  underskrifter`);
const COPY_HEADINGS = phrases(`
  kopia till
  kopior till
  kopia
  copy to
  copies to
  cc`);
const PRESS_HEADINGS = phrases(`
  presskontakt
  presskontakter
  press contact
  press contacts
  media contact
  media contacts`);
const CONTACT_HEADINGS = phrases(`
  kontakt
  kontaktperson
  contact`);
/** Words of a title line under a contact: "Pressekreterare hos …". */
const TITLE_WORDS = phrases(`
  *sekreterare*
  press secretary
  *chef*
  *kommunikat*
  *ansvarig*
  *minister*
  professor*
  ordförande
  ordföranden
  generaldirektören
  forskare
  forskaren
  docent
  chair*
  *ledare
  överläkare
  generaldirektör
  head
  director
  spokes*`);
/** A minister's title is one word ending so ("sjukvårdsminister") or an English "Minister for …". */
const MINISTER_WORDS = phrases(`
  *minister
  statsråd*
  statsminister*`);
/** Words after which the members of GMS are listed ("I GMS ingår …", "GMS utgörs av …"). */
const MEMBER_CUES = phrases(`
  i gms ingår
  i samarbetet ingår
  i samverkan ingår
  i nätverket ingår
  utgörs av
  består av
  innefattar
  samarbete mellan
  samarbetsprojekt mellan
  samverkan mellan
  consists of
  is made up of
  brings together
  members are
  comprises`);
/** Words before which the members are listed ("där regionerna … samarbetar"). */
const MEMBERS_BEFORE = phrases(`
  samarbetar
  ingår i gms
  take part in gms
  are part of gms`);
const NEGATIONS = new Set("inte ej icke aldrig not never no".split(" "));
/** The subject of a definition: "GMS är en …", "Genomic Medicine Sweden is a …". */
const DEFINITION_SUBJECTS = phrases(`
  gms
  genomic medicine sweden
  genomic medicin sweden`);
const DEFINITION_VERBS = phrases(`
  är en
  är ett
  is a
  is an
  is the`);
/** Who pays out: active "X betalar ut", passive "betalas ut av/via X", "genom X satsar regeringen". */
const PAID_BY = phrases(`
  betalas ut av
  betalas ut via
  betalas ut genom
  paid out by
  paid out via
  paid out through
  kanaliserar ? ? via
  kanaliserar ? ? ? via
  kanaliserar ? via
  tar emot pengarna från
  tar emot medlen från
  receives the money from`);
/** "The … Agency (Kammarkollegiet) will pay the funds to …": the subject pays. */
const PAYS = phrases(`
  will pay
  shall pay
  is to pay
  pays the
  ska betala
  betalar`);
/** "Genom Vinnova satsar regeringen …": a channel only in a sentence about money. */
const THROUGH = phrases(`
  through
  via
  genom`);
/** Words that make a sentence about money when it names no amount. */
const MONEY_WORDS = phrases(`
  medel
  medlen
  pengar
  pengarna
  stöd*
  anslag*
  bidrag*
  money
  funds
  funding
  grant*`);
/** Passing money on to the others. */
const DISTRIBUTES = phrases(`
  fördelar
  fördela
  fördelade
  för dem vidare
  för pengarna vidare
  för medlen vidare
  distributes
  distribute
  distributed
  passes it on
  passes them on
  allocates it`);
/** Words that make the sentence's subject the one who requisitions ("Region Skåne rekvirerar …"). */
const REQUISITION_WORDS = phrases(`
  rekvirera
  rekvirerar
  requisition
  requisitions`);
const REQUISITION_FROM = phrases(`
  efter rekvisition från
  after requisition from
  upon requisition from`);
/** "… säger Karin Löfgren, ordförande …": the person quoted after a speech verb. */
const SPEECH_VERBS = phrases(`
  säger
  sa
  sade
  berättar
  konstaterar
  says
  said
  adds
  added
  told`);
/** "Svar på skriftlig fråga 2026/27:412 av Lena Ström (V)": who asked, after "av"/"by". */
const QUESTION_WORDS = phrases(`
  *fråga
  frågan
  interpellation*
  question
  questions`);
/** A piece whose closing names are its authors: a debate article, a reply, an op-ed. */
const OPINION_CUES = phrases(`
  debatt
  debattartikel
  replik
  slutreplik
  op-ed
  opinion
  skriver`);
/** A decision not yet taken: "bereds inom Regeringskansliet", "inget beslut har fattats". */
const PENDING = phrases(`
  bereds
  under beredning
  inte fattats
  inte fattat
  inte beslutat
  inte beslutats
  inget beslut
  no decision
  not yet decided
  not been decided
  not yet been decided
  under consideration
  being prepared`);
/** A sentence that says what something is for, in its first words: "Syftet är att …". */
const PURPOSE_OPENERS = phrases(`
  syftet är
  syftet med
  syftar till
  målet är
  målet med
  the aim
  the purpose
  the goal
  aims to
  is intended to`);
/** Words that make a span of years the time a project runs: "pågår 2026–2028", "under perioden". */
const PERIOD_CUES = phrases(`
  pågår
  löper
  perioden
  projekttid*
  projektperiod*
  runs
  run
  running
  lasts
  period`);
/** What money or a decision depends on: "förutsätter att riksdagen anvisar medel", "provided that". */
const CONDITION_CUES = phrases(`
  förutsätter att
  förutsatt att
  under förutsättning att
  på villkor att
  villkoret är
  är villkorad*
  provided that
  subject to
  conditional on
  depends on
  contingent on`);
/** Who leads work, named after the cue: "Projektet leds av Anna Berg", "the project, led by Example University". */
const LED_BY = phrases(`
  leds av
  ledd av
  ledda av
  ledas av
  letts av
  under ledning av
  led by
  is led by
  headed by
  coordinated by
  koordineras av`);
/** Who leads work, named before the cue: "Region Halland leder arbetet", "Region Kronoberg, som leder …". */
const LEADS = phrases(`
  leder
  ledde
  lett
  leads
  heads
  headed`);
/** A title naming who leads a project, the name before it: "Per Lund, projektledare i Region Halland". */
const LEAD_TITLES = phrases(`
  projektledare
  projektledaren
  project leader
  project lead
  project manager`);
// dist/knowledge/statements/stated-date.js
/** A date the date reader found, with its span in the document. */
function fromMatch(view, offset, d) {
	return {
		span: view.span(offset + d.start, offset + d.end),
		year: d.year,
		month: d.month,
		day: d.day,
		yearFrom: "text"
	};
}
const DAY_MONTH = /(\d{1,2})(?:[ \u00A0]+|\.)(\p{L}+)/uy;
/**
* "den 15 januari", "den 14 april": a day and month with no year, which the date reader leaves alone.
* The year is the document's, when it has one and the month is not after the document's own.
*/
function dayMonthAt(view, text, offset, pos) {
	DAY_MONTH.lastIndex = pos;
	const m = DAY_MONTH.exec(text);
	const month = MONTHS$1.get(m?.[2]?.toLowerCase() ?? "");
	const day = Number(m?.[1]);
	if (!m || month === void 0 || day < 1 || day > 31) return null;
	if (/^[ \u00A0]*\d{4}/.test(text.slice(pos + m[0].length))) return null;
	return {
		span: view.span(offset + pos, offset + pos + m[0].length),
		year: null,
		month,
		day,
		yearFrom: null
	};
}
/** A month named with no year ("i mars"): the year is the document's, or the one before when the month is later. */
function monthOnly(view, start, end, month) {
	const { year, month: docMonth } = view.date;
	const resolved = year === null ? null : docMonth !== null && month > docMonth ? year - 1 : year;
	return {
		span: view.span(start, end),
		year: resolved,
		month,
		day: null,
		yearFrom: resolved === null ? null : "document"
	};
}
/** "i dag", "today": the document's own date. */
function today(view, start, end) {
	const { year, month, day } = view.date;
	return {
		span: view.span(start, end),
		year,
		month,
		day,
		yearFrom: year === null ? null : "document"
	};
}
/** "2026-04-14": a full date and nothing else on the line. */
function isDateLine(view, s) {
	const trimmed = s.text.trim();
	const found = trimmed.length === s.text.length ? view.dates(s) : findDates(trimmed);
	const only = found.length === 1 ? found[0] : void 0;
	return only && only.kind === "date" && only.start === 0 && only.end === trimmed.length ? only : null;
}
// dist/knowledge/statements/decisions.js
const AGENT_STOPS = new Set("den i om på under att och the in on at that and".split(" "));
const MINISTRY = ["ministry", "departementet"];
const GOVERNMENT_WORDS$1 = new Set(GOVERNMENT$2.flat());
const FULL_MONTHS = new Set([...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m) => m.toLowerCase()));
const LATER_DECISION = /^\s*(?:i\s+ett\s+(?:särskilt|separat|senare)\s+beslut|i\s+särskild\s+ordning|in\s+a\s+(?:separate|later)\s+decision)/i;
const HEADER_SEGMENTS = 8;
/** Every sentence that tells a decision: who decided, when (as the text says), and about what. */
function readDecisions(view) {
	if (!view.mayAny(DECISION_VERBS) && !view.mayAny(GOVERNMENT_VERBS)) return [];
	const ownDate = decisionDocumentDate(view);
	const out = [];
	for (const s of view.segments) {
		if (!view.may(s, DECISION_VERBS) && !view.may(s, GOVERNMENT_VERBS)) continue;
		const words = view.words(s);
		const told = decisionIn(words);
		if (!told || view.clutter(s)) continue;
		const verbEnd = words.slice(told.verb.end).find((w) => !GOVERNMENT_WORDS$1.has(w.word) && w.word !== "av")?.start ?? s.end;
		if (LATER_DECISION.test(view.doc.text.slice(verbEnd, s.end))) continue;
		const date = dateOf$1(view, s, words);
		const fromDoc = ownDate !== null && date === null && told.government;
		out.push({
			decidedBy: told.by && told.by.charAt(0).toUpperCase() + told.by.slice(1),
			kind: hasPhrase(sliceStarts(words, told.verb.at, told.verb.end), ADOPTION_VERBS) ? "adopted" : "decided",
			date: fromDoc ? ownDate : date,
			fromDecisionDocument: ownDate !== null,
			about: view.doc.text.slice(verbEnd, s.end).trim(),
			amounts: amountsIn(view, s),
			span: view.span(s.start, s.end)
		});
	}
	return out;
}
function decisionIn(words) {
	const government = findPhrases(words, GOVERNMENT$2);
	for (const verb of findPhrases(words, DECISION_VERBS)) {
		const by = deciderNear(words, verb, government);
		return {
			verb,
			by,
			government: by !== null && isGovernment$2(by)
		};
	}
	for (const verb of findPhrases(words, GOVERNMENT_VERBS)) {
		const subject = government.find((g) => g.end <= verb.at && onlyAuxiliaries(words, g.end, verb.at)) ?? government.find((g) => g.at === verb.end);
		if (subject) return {
			verb,
			by: text(words, subject),
			government: true
		};
		const ministry = ministryBefore(words, verb.at);
		if (ministry) return {
			verb,
			by: ministry,
			government: true
		};
	}
	return null;
}
/** "The Ministry of Health and Social Affairs announced …", "Socialdepartementet meddelade …". */
function ministryBefore(words, verbAt) {
	const head = words.slice(0, verbAt);
	const named = head.findIndex((w) => MINISTRY.some((m) => w.word.startsWith(m) || w.word.endsWith(m)));
	if (named < 0 || named > 2 || verbAt > 10) return null;
	return head.map((w) => w.raw).join(" ");
}
/** Subject before the verb ("Regeringen har beslutat"), after it ("beslutade regeringen"), or "av X". */
function deciderNear(words, verb, government) {
	const before = government.find((g) => g.end <= verb.at && onlyAuxiliaries(words, g.end, verb.at));
	if (before) return text(words, before);
	const after = government.find((g) => g.at === verb.end);
	if (after) return text(words, after);
	const next = words[verb.end];
	if (next?.word === "av" || next?.word === "by") {
		const g = government.find((x) => x.at === verb.end + 1);
		if (g) return text(words, g);
		const agent = words.slice(verb.end + 1, verb.end + 4);
		const stop = agent.findIndex((w) => AGENT_STOPS.has(w.word) || /^\d/.test(w.word));
		const named = stop < 0 ? agent : agent.slice(0, stop);
		if (named[0] && /^\p{Lu}/u.test(named[0].raw)) return named.map((w) => w.raw).join(" ");
	}
	if (words[verb.at]?.word.endsWith("des")) return null;
	let i = verb.at - 1;
	while (i >= 0 && AUXILIARIES.has(words[i]?.word ?? "")) i--;
	const subject = words[i];
	return subject && /^\p{Lu}/u.test(subject.raw) && i <= 2 ? subject.raw : null;
}
function onlyAuxiliaries(words, from, to) {
	for (let i = from; i < to; i++) if (!AUXILIARIES.has(words[i]?.word ?? "")) return false;
	return to - from <= 3;
}
function text(words, hit) {
	return words.slice(hit.at, hit.end).map((w) => w.raw).join(" ");
}
function isGovernment$2(name) {
	return /^(?:regeringen|the government|the swedish government|government)$/i.test(name);
}
/** The decision date the sentence gives: a date or month, "i dag", or "den 14 april", "i mars". */
function dateOf$1(view, s, words) {
	for (const d of view.dates(s)) {
		if (d.cue === "deadline" || d.cue === "during" || d.cue === "for" || d.kind === "year" || d.kind === "span") continue;
		return fromMatch(view, s.start, d);
	}
	const now = findPhrases(words, TODAY)[0];
	if (now) {
		const first = words[now.at];
		const last = words[now.end - 1];
		if (first && last) return today(view, first.start, last.end);
	}
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (!w) continue;
		if (/^\d{1,2}$/.test(w.word)) {
			const d = dayMonthAt(view, s.text, s.start, w.start - s.start);
			if (d && !followsDeadline(words, i)) return withDocumentYear(view, d);
		}
		const month = MONTHS$1.get(w.word);
		if (month !== void 0 && FULL_MONTHS.has(w.word) && ["i", "in"].includes(words[i - 1]?.word ?? "")) return monthOnly(view, w.start, w.end, month);
	}
	return null;
}
function followsDeadline(words, i) {
	return ["senast", "by"].includes(words[i - 1]?.word ?? "") || words[i - 2]?.word === "senast";
}
function withDocumentYear(view, d) {
	const year = view.date.year;
	if (year === null || d.month === null) return d;
	const later = view.date.month !== null && d.month > view.date.month;
	return {
		...d,
		year: later ? year - 1 : year,
		yearFrom: "document"
	};
}
/**
* A government decision ("Regeringens beslut", signed "På regeringens vägnar") is dated on its own
* first lines: that date is the decision's.
*/
function decisionDocumentDate(view) {
	if (!view.segments.some((s) => s.heading && view.has(s, SIGNATURE_HEADINGS))) return null;
	for (const s of view.segments.slice(0, HEADER_SEGMENTS)) {
		const d = isDateLine(view, s);
		if (d) {
			const lead = s.text.length - s.text.trimStart().length;
			return fromMatch(view, s.start + lead, d);
		}
	}
	return null;
}
function amountsIn(view, s) {
	return view.amounts(s).map((a) => ({
		valueSek: a.valueSek,
		span: view.span(s.start + a.start, s.start + a.end)
	}));
}
// dist/knowledge/statements/names.js
const NAME_TAILS$1 = new Set("län kommun universitet universitetssjukhus högskola institutet institut norr syd väst öst".split(" "));
const NOT_NAMES = new Set("Det Den De Dessa Detta Medlen Medel Pengarna Nu Då Här Där Så Om I På Av Till För Med Efter Under Vid Enligt Som The This That It These Those They In On For With After Under At By".split(" "));
const WORD$1 = /^[\p{L}][\p{L}\d'’-]*/u;
const LEAD = /^[ \u00A0]*/;
const PAREN = /^\((\p{Lu}[\p{L}\d /-]*)\)/u;
const CAPITAL = /^\p{Lu}/u;
const NEXT_CAPITAL = /^ \p{Lu}/u;
const CONNECTORS = /* @__PURE__ */ new Set(["of", "for"]);
function joinsName(words, w, rest) {
	if (words.length === 0 || !NEXT_CAPITAL.test(rest)) return false;
	if (CONNECTORS.has(w)) return true;
	return w === "and" && words.some((x) => CONNECTORS.has(x));
}
/** A name read from `pos` on: capitalised words, their lower-case tails, an "(ABBR)" after. */
function nameAt(text, pos) {
	const words = [];
	let i = pos;
	for (;;) {
		const rest = text.slice(i, i + 80);
		const lead = LEAD.exec(rest)?.[0].length ?? 0;
		const piece = rest.slice(lead);
		const paren = PAREN.exec(piece);
		if (paren && words.length > 0) {
			words.push(paren[0]);
			i += lead + paren[0].length;
			continue;
		}
		let w = WORD$1.exec(piece)?.[0];
		if (!w) break;
		let width = w.length;
		const hyphen = i + lead + w.length - 1;
		const broken = w.endsWith("-") ? brokenWordEnd(text, hyphen) : -1;
		if (broken >= 0) {
			w = joinBroken(text, i + lead, hyphen, broken);
			width = broken - i - lead;
		}
		const capital = CAPITAL.test(w);
		const tail = words.length > 0 && NAME_TAILS$1.has(w.toLowerCase());
		if (!capital && !tail && !joinsName(words, w, piece.slice(width))) break;
		if (words.length === 0 && NOT_NAMES.has(w)) break;
		words.push(w);
		i += lead + width;
		if (words.length >= 6) break;
	}
	return words.length > 0 ? words.join(" ") : null;
}
/** The name that ends right before `pos` ("Region Skåne" in "Region Skåne, som …"). */
function nameBefore$1(text, pos) {
	const before = text.slice(Math.max(0, pos - 80), pos).replace(/[\s,]+$/u, "");
	const m = /((?:\p{Lu}[\p{L}\d'’-]*|\([\p{Lu}][\p{L}\d /-]*\)|län|universitet)(?:[ \u00A0]+(?:\p{Lu}[\p{L}\d'’-]*|\([\p{Lu}][\p{L}\d /-]*\)|län|universitet)){0,5})$/u.exec(before);
	if (!m?.[1]) return null;
	const words = m[1].split(/[ \u00A0]+/);
	while (words.length > 0 && NOT_NAMES.has(words[0] ?? "")) words.shift();
	if (words.length === 0 || !/^\p{Lu}/u.test(words[0] ?? "")) return null;
	return words.join(" ");
}
const PERSON = /^\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,3}$/u;
/** "Kristina Edholm": two to four capitalised words and nothing else. */
function isPersonName(text) {
	return PERSON.test(text.trim());
}
const PERSON_AT = /^[ \u00A0]*(\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,3})/u;
/** A person's name from `pos` on: two to four capitalised words. */
function personAt(text, pos) {
	return PERSON_AT.exec(text.slice(pos, pos + 80))?.[1] ?? null;
}
// dist/knowledge/statements/channels.js
const MAX_SUBJECT_WORDS = 10;
const NAMES_KEPT = 2e3;
const RELATIVES = /* @__PURE__ */ new Set([
	"som",
	"which",
	"who"
]);
const SUBJECT_VERBS = new Set("ska skall ansvarar fördelar distributes will shall must rekvirerar requisitions".split(" "));
/** Who pays out, distributes and requisitions, each with the amounts its sentence names. */
function readChannels(view) {
	const out = [];
	for (const s of view.segments) {
		if (s.heading) continue;
		const reading = view.reading(s);
		reading.channels ??= channelsIn(view, s);
		for (const c of reading.channels) out.push({
			kind: c.kind,
			organisation: c.organisation,
			amounts: c.amounts.map((a) => ({
				valueSek: a.valueSek,
				span: view.span(s.start + a.start, s.start + a.end)
			})),
			span: view.span(s.start, s.end)
		});
	}
	return out;
}
const NONE$5 = Object.freeze([]);
function channelsIn(view, s) {
	const out = [];
	const payer = payerIn(view, s);
	const each = payer ? channelPerAmount(view, s) : [];
	if (each.length > 0) out.push(...each);
	else add(out, view, s, "pays-out", payer);
	if (payer) add(out, view, s, "paid-to", payeeIn(s));
	add(out, view, s, "distributes", distributorIn(view, s));
	add(out, view, s, "requisitions", requisitionerIn(view, s));
	if (out.length === 0) return NONE$5;
	return out.map((c) => ({
		kind: c.kind,
		organisation: c.organisation,
		amounts: c.amounts.map((a) => ({
			valueSek: a.valueSek,
			start: a.span.start - s.start,
			end: a.span.end - s.start
		}))
	}));
}
function add(out, view, s, kind, organisation) {
	if (!organisation || isGovernment$1(organisation)) return;
	out.push({
		kind,
		organisation,
		amounts: amountsIn(view, s),
		span: view.span(s.start, s.end)
	});
}
/**
* "80 miljoner via Kammarkollegiet och 9 miljoner via Folkhälsomyndigheten": each agency with the amounts
* whose own clause names it; none when the sentence's amounts do not name two agencies.
*/
function channelPerAmount(view, s) {
	const amounts = amountsIn(view, s);
	if (amounts.length < 2) return [];
	const byAgency = /* @__PURE__ */ new Map();
	amounts.forEach((a, i) => {
		const to = amounts[i + 1]?.span.start ?? s.end;
		const agency = findChannel(view.doc.text.slice(a.span.end, to));
		if (!agency) return;
		const own = byAgency.get(agency);
		if (own) own.push(a);
		else byAgency.set(agency, [a]);
	});
	if (byAgency.size < 2) return [];
	const span = view.span(s.start, s.end);
	return [...byAgency].map(([organisation, own]) => ({
		kind: "pays-out",
		organisation,
		amounts: own,
		span
	}));
}
const isGovernment$1 = cacheByKey(namesGovernment, NAMES_KEPT);
function namesGovernment(name) {
	const words = name.split(/\s+/);
	return words.length <= 3 && hasPhrase(words.map((w, i) => ({
		word: w.toLowerCase(),
		raw: w,
		start: i,
		end: i
	})), GOVERNMENT$2);
}
const PAYER_VERBS = /betala|pay|bevilja|award|grant/i;
function payerIn(view, s) {
	const named = PAYER_VERBS.test(s.text) ? findPayer(s.text) : null;
	if (named) return named;
	if (!view.may(s, PAYS) && !view.may(s, PAID_BY) && !view.may(s, THROUGH)) return null;
	const words = view.words(s);
	const pays = findPhrases(words, PAYS)[0];
	const verb = pays ? words[pays.at] : void 0;
	if (pays && verb && pays.at <= MAX_SUBJECT_WORDS) {
		const after = words[pays.end];
		if (after && /^\p{Lu}/u.test(after.raw)) return nameAt(view.doc.text.slice(after.start, s.end), 0);
		const subject = agencyAt(s.text);
		const before = view.doc.text.slice(s.start, verb.start).trimEnd();
		if (subject && (before.endsWith(subject) || before.endsWith(`(${subject})`))) return subject;
	}
	const passive = findPhrases(words, PAID_BY)[0];
	const end = passive ? words[passive.end - 1] : void 0;
	if (end) return agencyAt(view.doc.text.slice(end.end, s.end));
	if (!(/\d/.test(s.text) || hasPhrase(words, MONEY_WORDS))) return null;
	for (const hit of findPhrases(words, THROUGH)) {
		const w = words[hit.end - 1];
		const name = w ? agencyAt(view.doc.text.slice(w.end, s.end)) : null;
		if (name) return name;
	}
	return null;
}
const PAID_TO = /\b(?:betala|betalar|betalas|pay|pays|paid)\b[^.;]*?\s(?:till|to)\s+(?=\p{Lu})/u;
/** Who the payer pays the money to, named after "till"/"to" in the paying sentence. */
function payeeIn(s) {
	const m = PAID_TO.exec(s.text);
	return m ? nameAt(s.text, m.index + m[0].length) : null;
}
/**
* The agency named next: "Socialstyrelsen", "innovationsmyndigheten Vinnova", "the Legal, Financial and
* Administrative Services Agency (Kammarkollegiet)" → the short name in brackets.
*/
function agencyAt(rest) {
	const bracketed = /^\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|and|och),?\s+)+\((\p{Lu}[\p{L}-]+)\)/u.exec(rest)?.[1];
	if (bracketed) return bracketed;
	const direct = nameAt(rest, /^\s*(?:the\s+)?/u.exec(rest)?.[0].length ?? 0);
	if (direct) return direct;
	const described = /^\s*\p{Ll}+(?:en|et)\s+(?=\p{Lu})/u.exec(rest);
	return described ? nameAt(rest, described[0].length) : null;
}
/** "Region Skåne ansvarar för att … fördela", "till Region Skåne, som … fördelar dem vidare". */
function distributorIn(view, s) {
	if (!view.may(s, DISTRIBUTES)) return null;
	const words = view.words(s);
	const cue = findPhrases(words, DISTRIBUTES)[0];
	if (!cue) return null;
	for (let i = cue.at - 1; i >= 0; i--) {
		const w = words[i];
		if (w && RELATIVES.has(w.word)) return nameBefore$1(view.doc.text, w.start);
	}
	return subjectOf$1(s, words);
}
function requisitionerIn(view, s) {
	if (!view.may(s, REQUISITION_FROM) && !view.may(s, REQUISITION_WORDS)) return null;
	const words = view.words(s);
	const from = findPhrases(words, REQUISITION_FROM)[0];
	const last = from ? words[from.end - 1] : void 0;
	if (last) return nameAt(view.doc.text.slice(last.end, s.end), 0);
	return hasPhrase(words, REQUISITION_WORDS) ? subjectOf$1(s, words) : null;
}
/** The name a sentence opens with, when a verb of doing follows it. */
function subjectOf$1(s, words) {
	const name = nameAt(s.text, 0);
	if (!name) return null;
	const count = name.split(/\s+/).length;
	return SUBJECT_VERBS.has(words[count]?.word ?? "") ? name : null;
}
// dist/knowledge/statements/deadlines.js
const KIND_ORDER = [
	"repayment",
	"requisition",
	"report",
	"application"
];
const SUBJECT = /^(\p{Lu}[\p{L}-]*(?:[ \u00A0][\p{L}-]+){0,3}?)[ \u00A0]+(?:ska|skall|must|shall|will|should)\b/u;
const NOT_SUBJECT = new Set("det den dessa detta medlen medel pengarna vid på i efter före under senast it this these the funds at on by after before".split(" "));
/** Every deadline the documents set: a date after "senast"/"by", its kind, who and to whom. */
function readDeadlines(view) {
	const cued = view.mayAny(DEADLINE_CUES) || view.mayAny(SAME_DATE);
	const out = [];
	for (const s of view.segments) {
		const calendar = opensWithDate(s) ? calendarDeadline(view, s) : null;
		if (calendar) {
			out.push(calendar);
			continue;
		}
		if (!cued || !view.may(s, DEADLINE_CUES) && !view.may(s, SAME_DATE)) continue;
		if (view.clutter(s)) continue;
		const reading = view.reading(s);
		reading.deadlines ??= deadlinesIn(view, s);
		const found = reading.deadlines;
		for (const d of found) out.push(placed(view, s, d));
		if (found.length > 0 || !view.may(s, SAME_DATE)) continue;
		const words = view.words(s);
		const same = sameDate(view, words, out.at(-1));
		const deadline = same ? deadlineOf(view, s, words, same, 0) : null;
		if (deadline) out.push(deadline);
	}
	return out;
}
const NONE$4 = Object.freeze([]);
function deadlinesIn(view, s) {
	const words = view.words(s);
	const cues = findPhrases(words, DEADLINE_CUES);
	if (cues.length === 0) return NONE$4;
	const dates = deadlineDates(view, s, words, cues.map((c) => c.end));
	const found = [];
	let clauseStart = 0;
	for (const date of dates) {
		const d = deadlineOf(view, s, words, date, clauseStart);
		if (d) {
			const { span, year, month, day, yearFrom } = d.by;
			found.push({
				kind: d.kind,
				what: d.what,
				who: d.who,
				counterpart: d.counterpart,
				by: {
					start: span.start - s.start,
					end: span.end - s.start,
					year,
					month,
					day,
					yearFrom
				}
			});
		}
		clauseStart = date.span.start - s.start;
	}
	return found.length === 0 ? NONE$4 : found;
}
const CALENDAR_SEPARATOR = /^[ \u00A0]*(?::|[–—-](?=[ \u00A0]))[ \u00A0]*/;
/** A line that opens with a digit and holds a colon or dash: maybe a calendar line. */
function opensWithDate(s) {
	const first = s.text.charCodeAt(0);
	return first >= 48 && first <= 57 && (s.text.includes(":") || s.text.includes("–"));
}
/**
* "15 januari 2028: sista dag att lämna in projektplaner", "1 november 2028: Region Skåne rekvirerar …":
* a calendar line, its date first, what falls due after it. Only a line that names what is due (a report,
* a requisition, an application, a repayment) is a deadline: "12 mars: Kick-off i Göteborg" is not.
*/
function calendarDeadline(view, s) {
	const d = view.dateAt(s, 0);
	const date = d ? fromMatch(view, s.start, d) : dayMonthAt(view, s.text, s.start, 0);
	if (!date || date.month === null) return null;
	const after = date.span.end - s.start;
	const separator = CALENDAR_SEPARATOR.exec(s.text.slice(after));
	if (!separator) return null;
	const restStart = s.start + after + separator[0].length;
	const kind = kindBefore(view.words(s), restStart, s.end);
	if (!kind) return null;
	const rest = s.text.slice(restStart - s.start);
	return {
		kind: kind.kind,
		what: kind.word,
		who: nameAt(s.text, restStart - s.start),
		counterpart: counterpart(rest, kind.end - restStart, kind.kind),
		by: date,
		span: view.span(s.start, s.end)
	};
}
/** A deadline read before, placed in this document. */
function placed(view, s, d) {
	const { start, end, year, month, day, yearFrom } = d.by;
	return {
		kind: d.kind,
		what: d.what,
		who: d.who,
		counterpart: d.counterpart,
		by: {
			span: view.span(s.start + start, s.start + end),
			year,
			month,
			day,
			yearFrom
		},
		span: view.span(s.start, s.end)
	};
}
/** The deadline of a date in a sentence, its clause starting at `clauseStart` (null: none told). */
function deadlineOf(view, s, words, date, clauseStart) {
	const kind = kindBefore(words, s.start + clauseStart, date.span.start) ?? kindBefore(words, s.start, s.end);
	if (!kind && date.yearFrom === "earlier-date") return null;
	return {
		kind: kind?.kind ?? "other",
		what: kind?.word ?? "",
		who: subjectOf(s.text),
		counterpart: counterpart(s.text.slice(0, nextKindStart(words, kind?.end ?? s.start, s.end) - s.start), kind ? kind.end - s.start : 0, kind?.kind ?? "other"),
		by: date,
		span: view.span(s.start, s.end)
	};
}
/** "Vid samma tidpunkt ska en ekonomisk redovisning lämnas": the date of the deadline just before. */
function sameDate(view, words, previous) {
	const hit = findPhrases(words, SAME_DATE)[0];
	const first = hit ? words[hit.at] : void 0;
	const last = hit ? words[hit.end - 1] : void 0;
	if (!previous || !first || !last || previous.span.docId !== view.doc.id) return null;
	return {
		...previous.by,
		span: view.span(first.start, last.end),
		yearFrom: "earlier-date"
	};
}
/** The dates right after a deadline cue ("senast den 31 mars 2027", "by 1 March"). */
const DATE_LEAD = /* @__PURE__ */ new Set([
	"den",
	"the",
	"on",
	"är",
	"is"
]);
function deadlineDates(view, s, words, cueEnds) {
	const found = [];
	for (const end of cueEnds) {
		let i = end;
		while (DATE_LEAD.has(words[i]?.word ?? "")) i++;
		const at = words[i];
		if (!at) continue;
		const local = at.start - s.start;
		const d = view.dateAt(s, local);
		const date = d ? fromMatch(view, s.start, d) : dayMonthAt(view, s.text, s.start, local);
		if (date && (date.year !== null || date.month !== null)) found.push(date);
	}
	return found;
}
/** The kind cue nearest before `until` and after `from` (document offsets). */
function kindBefore(words, from, until) {
	const first = words.findIndex((w) => w.start >= from);
	if (first < 0) return null;
	let to = first;
	while (to < words.length && words[to].end <= until) to++;
	let best = null;
	for (const kind of KIND_ORDER) for (const hit of findPhrasesIn(words, first, to, DEADLINE_KINDS[kind])) if (!best || hit.at > best.at) best = {
		kind,
		at: hit.at,
		end: hit.end
	};
	if (!best) return null;
	return {
		kind: best.kind,
		word: words.slice(best.at, best.end).map((w) => w.raw).join(" "),
		end: words[best.end - 1].end
	};
}
function subjectOf(sentence) {
	const who = SUBJECT.exec(sentence)?.[1] ?? null;
	const first = who?.split(/\s+/)[0]?.toLowerCase() ?? "";
	return who && !NOT_SUBJECT.has(first) ? who : null;
}
/** "… till Socialstyrelsen", "… från Kammarkollegiet": the other party, read after the cue. */
/** Where the next thing due is named: "… rekvirera medlen … och redovisa …" is two clauses. */
function nextKindStart(words, after, end) {
	const first = words.findIndex((w) => w.start >= after);
	if (first < 0) return end;
	let next = end;
	for (const k of KIND_ORDER) {
		const hit = firstPhraseIn(words, first, words.length, DEADLINE_KINDS[k]);
		if (hit) next = Math.min(next, words[hit.at].start);
	}
	return next;
}
const FROM_OR_TO = /\b(?:från|from|till|to)[ \u00A0]+/gu;
const TO = /\b(?:till|to)[ \u00A0]+/gu;
const THE = /the\s/iy;
function counterpart(sentence, from, kind) {
	const rest = sentence.slice(Math.max(0, from));
	const re = kind === "requisition" ? FROM_OR_TO : TO;
	re.lastIndex = 0;
	for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
		const at = m.index + m[0].length;
		THE.lastIndex = at;
		const name = nameAt(rest, at + (THE.exec(rest)?.[0].length ?? 0));
		if (name) return name;
	}
	return null;
}
// dist/knowledge/statements/document-view.js
const OPENING_CHARS = 200;
function viewDocument(doc) {
	const segments = segment(doc.text);
	const readings = readingsOf(segments);
	const starts = readings.map(textStarts);
	const any = unionOf(starts);
	const cache = new Array(segments.length).fill(void 0);
	let headings = null;
	let clutter = null;
	return {
		clutter(s) {
			clutter ??= clutterRanges(doc.text);
			return inClutter(clutter, s.start);
		},
		doc,
		segments,
		words(s) {
			let t = cache[s.index];
			if (!t) {
				const own = starts[s.index];
				t = tokensWith(s.text, s.start, own.each);
				tagStarts(t, own);
				cache[s.index] = t;
			}
			return t;
		},
		amounts: (s) => amountsOf(readings[s.index]),
		dates: (s) => datesOf(readings[s.index]),
		dateAt: (s, at) => dateStartingAt(readings[s.index], at),
		reading: (s) => readings[s.index],
		isName: (s) => {
			const reading = readings[s.index];
			reading.person ??= isPersonName(reading.text);
			return reading.person;
		},
		gms: (s) => {
			const reading = readings[s.index];
			reading.gms ??= mentionsGms$1(reading.text);
			return reading.gms;
		},
		may: (s, table) => mayHold(starts[s.index], table),
		mayAny: (table) => mayHold(any, table),
		has(s, table) {
			const reading = readings[s.index];
			const bit = tableBit(table);
			const read = reading.tablesRead ?? 0;
			if ((read & bit) !== 0) return ((reading.tablesHeld ?? 0) & bit) !== 0;
			const held = mayHold(starts[s.index], table) && hasPhrase(this.words(s), table);
			reading.tablesRead = read | bit;
			if (held) reading.tablesHeld = (reading.tablesHeld ?? 0) | bit;
			return held;
		},
		hasCue: (s, cues, bit) => {
			const reading = readings[s.index];
			const read = reading.tablesRead ?? 0;
			if ((read & bit) !== 0) return ((reading.tablesHeld ?? 0) & bit) !== 0;
			const held = hasCue(reading.text, cues);
			reading.tablesRead = read | bit;
			if (held) reading.tablesHeld = (reading.tablesHeld ?? 0) | bit;
			return held;
		},
		mayOpen: (s, table) => {
			const first = starts[s.index]?.each[0];
			return first !== void 0 && mayHold(first, table);
		},
		span: (start, end) => ({
			docId: doc.id,
			start,
			end,
			text: doc.text.slice(start, end)
		}),
		opening: () => {
			const end = Math.min(OPENING_CHARS, doc.text.length);
			return {
				docId: doc.id,
				start: 0,
				end,
				text: doc.text.slice(0, end)
			};
		},
		date: dateOf(doc.published ?? ""),
		headingOf: (s) => {
			headings ??= headingsOf(segments);
			return headings[s.index] ?? null;
		}
	};
}
const TABLE_BITS = 28;
const CUE_BITS = {
	notGms: 1 << TABLE_BITS,
	proposal: 1 << 29,
	repaid: 1 << 30
};
/** A table's bit in a wording's record of tables read (`has`); 0 past the first tables: read each time. */
function tableBit(table) {
	const id = compile(table).id;
	return id < TABLE_BITS ? 1 << id : 0;
}
/** Per segment, the nearest headline before it. */
function headingsOf(segments) {
	const headings = [];
	let last = null;
	for (const s of segments) {
		headings.push(last);
		if (s.heading) last = s;
	}
	return headings;
}
const dateOf = cacheByKey((published) => {
	const [y, m, d] = published.split("-").map(Number);
	return Object.freeze({
		year: y || null,
		month: m || null,
		day: d || null
	});
}, 1e4);
// dist/knowledge/statements/leads.js
const MAX_NAME_WORDS = 4;
const BETWEEN$1 = /* @__PURE__ */ new Set([
	"som",
	"which",
	"who",
	"that",
	"har",
	"hade",
	"has",
	"had",
	"have"
]);
const NOT_LEADING = /* @__PURE__ */ new Set([
	"till",
	"to",
	"til",
	"fram"
]);
const NAME_TAILS = /* @__PURE__ */ new Set([
	"län",
	"universitet",
	"universitetssjukhus",
	"kommun",
	"landsting"
]);
const capitalised = (t) => t !== void 0 && /^\p{Lu}/u.test(t.raw);
/** The capitalised words from `at` on, stopping at a gap other than a space. */
function nameAfter(text, offset, toks, at) {
	const out = [];
	for (let i = at; i < toks.length && out.length < MAX_NAME_WORDS; i++) {
		const t = toks[i];
		if (!t || !(capitalised(t) || out.length > 0 && NAME_TAILS.has(t.word))) break;
		const prev = out.at(-1);
		if (prev && text.slice(prev.end - offset, t.start - offset).trim() !== "") break;
		out.push(t);
	}
	return out;
}
/** The capitalised words ending right before `at` (a relative word and a comma passed over). */
function nameBefore(text, offset, toks, at) {
	let i = at - 1;
	while (i >= 0 && at - i <= 2 && BETWEEN$1.has(toks[i]?.word ?? "")) i -= 1;
	const out = [];
	const tail = toks[i];
	if (tail && NAME_TAILS.has(tail.word) && capitalised(toks[i - 1])) {
		out.push(tail);
		i -= 1;
	}
	for (; i >= 0 && out.length < MAX_NAME_WORDS; i--) {
		const t = toks[i];
		if (!t || !capitalised(t)) break;
		const next = out[0];
		if (next && text.slice(t.end - offset, next.start - offset).trim() !== "") break;
		out.unshift(t);
	}
	if (out.length === 1 && out[0] === toks[0]) return [];
	return out;
}
/** Sentences that say who leads a project or a piece of work, each with the leader's name as written. */
function readLeads(view) {
	const out = [];
	if (!(view.mayAny(LED_BY) || view.mayAny(LEADS) || view.mayAny(LEAD_TITLES))) return out;
	view.segments.forEach((s, i) => {
		if (s.heading) return;
		const hasBy = view.may(s, LED_BY);
		const hasVerb = view.may(s, LEADS);
		const hasTitle = view.may(s, LEAD_TITLES);
		if (!hasBy && !hasVerb && !hasTitle) return;
		const toks = view.words(s);
		const names = [];
		if (hasBy) for (const h of findPhrases(toks, LED_BY)) names.push(nameAfter(s.text, s.start, toks, h.end));
		if (hasVerb) for (const h of findPhrases(toks, LEADS)) {
			const next = toks[h.end]?.word ?? "";
			if (NOT_LEADING.has(next) || next === "by" || next === "av") continue;
			names.push(nameBefore(s.text, s.start, toks, h.at));
		}
		if (hasTitle) for (const h of findPhrases(toks, LEAD_TITLES)) names.push(nameBefore(s.text, s.start, toks, h.at));
		const before = view.segments[i - 1];
		const context = before && !before.heading ? view.span(before.start, before.end) : null;
		const seen = /* @__PURE__ */ new Set();
		for (const name of names) {
			const first = name[0];
			const last = name.at(-1);
			if (!first || !last) continue;
			const leader = view.span(first.start, last.end);
			if (seen.has(leader.text)) continue;
			seen.add(leader.text);
			out.push({
				leader,
				span: view.span(s.start, s.end),
				context
			});
		}
	});
	return out;
}
// dist/knowledge/statements/authors.js
const TITLED = /^[ \u00A0]*(?:\([\p{Lu}\p{L}]{1,5}\))?[ \u00A0]*,[ \u00A0]*(\S.*)$/u;
const CLOSING_SEGMENTS = 6;
/**
* The names that sign a piece: lines "Name (Party), title" together (two or more, or one in a debate
* article), or a lone name with its title line under it at the end ("Karin Löfgren" / "Ordförande, …").
*/
function readAuthors(view) {
	const opinion = view.segments.slice(0, 12).some((s) => view.has(s, OPINION_CUES));
	const out = [];
	let run = [];
	const flush = () => {
		if (run.length >= 2 || run.length === 1 && opinion) out.push(...run);
		run = [];
	};
	view.segments.forEach((s, i) => {
		const titled = titledLine(view, s, view.segments[i - 1]);
		if (titled) run.push(titled);
		else flush();
	});
	flush();
	const last = view.segments.length - CLOSING_SEGMENTS;
	view.segments.forEach((s, i) => {
		const next = view.segments[i + 1];
		const previous = view.segments[i - 1];
		if (i < last || !next || !view.isName(s) || underContactHeading(view, previous)) return;
		if (!view.has(next, TITLE_WORDS)) return;
		out.push({
			role: "signatory",
			name: s.text.trim(),
			title: next.text.trim(),
			span: view.span(s.start, s.end),
			context: [view.span(next.start, next.end)]
		});
	});
	return out;
}
function titledLine(view, s, previous) {
	const reading = view.reading(s);
	if (reading.titled === void 0) reading.titled = nameAndTitle(s.text);
	const titled = reading.titled;
	if (titled === null || underContactHeading(view, previous)) return null;
	return {
		role: "author",
		name: titled.name,
		title: titled.title,
		span: view.span(s.start, s.end),
		context: []
	};
}
/** "Annika Strand (S), ordförande i …": the name and the title after the comma, or null. */
function nameAndTitle(text) {
	if (!text.includes(",")) return null;
	const name = personAt(text, 0);
	if (!name) return null;
	const rest = text.slice(text.indexOf(name) + name.length);
	const title = TITLED.exec(rest)?.[1];
	if (!title || /[.!?]$/.test(title.trim()) === true) return null;
	return {
		name,
		title: title.trim()
	};
}
function underContactHeading(view, s) {
	return s !== void 0 && (isHeading(view, s, PRESS_HEADINGS) || isHeading(view, s, CONTACT_HEADINGS));
}
// dist/knowledge/statements/speakers.js
const MAX_WORDS_TO_BY = 4;
const BY = /* @__PURE__ */ new Set([
	"av",
	"by",
	"from"
]);
const PARTY = /^[ \u00A0]*\(([\p{Lu}\p{L}]{1,5})\)/u;
/** "… säger Sofia Lind, överläkare vid …": the person quoted, with the title after the comma. */
function readQuoted(view) {
	if (!view.mayAny(SPEECH_VERBS)) return [];
	const out = [];
	for (const s of view.segments) {
		if (!view.may(s, SPEECH_VERBS)) continue;
		const reading = view.reading(s);
		reading.quoted ??= quotedIn(view, s);
		const quote = quoteOf(view, s);
		for (const q of reading.quoted) {
			const person = {
				role: "quoted",
				name: q.name,
				title: q.title ?? titleInDocument(view.doc.text, q.name),
				span: view.span(s.start, s.end),
				context: []
			};
			if (quote) person.quote = quote;
			out.push(person);
		}
	}
	return out;
}
const OPENING_MARKS = /* @__PURE__ */ new Set([
	"–",
	"—",
	"\"",
	"“",
	"”",
	"«",
	"»"
]);
const MAX_QUOTE_SENTENCES = 6;
/**
* What a speech sentence quotes ("…, säger X."): from the opening dash or quotation mark at the start of
* its paragraph, when that is at most a few sentences before, through the sentence; null for no speech.
*/
function quoteOf(view, s) {
	if (!view.may(s, SPEECH_VERBS) || !hasPhrase(view.words(s), SPEECH_VERBS)) return null;
	let first = s;
	for (let i = s.index - 1; i >= 0 && s.index - i < MAX_QUOTE_SENTENCES; i--) {
		const before = view.segments[i];
		if (before.paragraph !== s.paragraph || before.heading) break;
		first = before;
	}
	const opens = OPENING_MARKS.has(first.text[0] ?? "") || OPENING_MARKS.has(view.doc.text.slice(Math.max(0, first.start - 2), first.start).trim());
	return view.span(opens ? first.start : s.start, s.end);
}
const NONE$3 = Object.freeze([]);
function quotedIn(view, s) {
	const found = [];
	const words = view.words(s);
	for (const hit of findPhrases(words, SPEECH_VERBS)) {
		const next = words[hit.end];
		if (!next || hasPhrase([next], MINISTER_WORDS)) continue;
		const titled = hasPhrase([next], TITLE_WORDS) ? words[hit.end + 1] : void 0;
		const local = (titled ?? next).start - s.start;
		const name = personAt(s.text, local);
		if (!name || !s.text.startsWith(name, local)) continue;
		const after = s.text.slice(local + name.length);
		const title = /^,[ \u00A0]*([^.!?]+)/u.exec(after)?.[1]?.trim() ?? (titled ? next.raw : null);
		found.push({
			name,
			title
		});
	}
	return found.length === 0 ? NONE$3 : found;
}
const TITLE_BEFORE = /((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\s+$/u;
const MAX_TITLE_LOOK = 60;
/** The title a document gives a person elsewhere ("Vi träffade GMS ordförande Lars Holm"); null for none. */
function titleInDocument(text, name) {
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		const before = TITLE_BEFORE.exec(text.slice(Math.max(0, at - MAX_TITLE_LOOK), at))?.[1];
		if (!before) continue;
		const words = tokens(before);
		const title = words.findIndex((w) => hasPhrase([w], TITLE_WORDS));
		if (title >= 0 && title === words.length - 1) return [...words.slice(0, title).filter((w) => /^\p{Lu}/u.test(w.raw)).map((w) => w.raw), words[title].raw].join(" ");
	}
	return null;
}
/** "Svar på skriftlig fråga 2026/27:412 av Lena Ström (V)": who asked the question, with the party. */
function readQuestioners(view) {
	if (!view.mayAny(QUESTION_WORDS)) return [];
	const out = [];
	for (const s of view.segments) {
		if (!view.may(s, QUESTION_WORDS)) continue;
		const words = view.words(s);
		for (const hit of findPhrases(words, QUESTION_WORDS)) {
			const by = words.slice(hit.end, hit.end + MAX_WORDS_TO_BY).find((w) => BY.has(w.word) && w.raw === w.word);
			if (!by) continue;
			const name = personAt(s.text, by.end - s.start);
			if (!name) continue;
			const at = s.text.indexOf(name, by.end - s.start);
			const party = PARTY.exec(s.text.slice(at + name.length))?.[1] ?? null;
			out.push({
				role: "questioner",
				name,
				title: party,
				span: view.span(s.start, s.end),
				context: []
			});
			break;
		}
	}
	return out;
}
// dist/knowledge/statements/people.js
const MAX_HEADING_CHARS = 40;
const MAX_SIGNERS = 3;
/** Ministers named in running text, signers of decisions, press and other contacts. */
function readPeople(view) {
	const named = [
		...readMinisters(view),
		...readSigners(view),
		...readMinutesSigners(view),
		...readContacts(view)
	];
	const more = [
		...readAuthors(view),
		...readQuestioners(view),
		...readQuoted(view)
	];
	const taken = new Set(named.map((p) => p.span.start));
	const people = [...named, ...more.filter((p) => !taken.has(p.span.start) || p.role === "quoted")];
	for (const p of people) if (isBareTitle(p.title)) p.opening = view.opening();
	return people;
}
/** A title of one word ("ordförande"): whose it is, the document's opening tells. */
function isBareTitle(title) {
	return title !== null && title !== "" && !/\s/.test(title.trim());
}
/** "sjukvårdsminister Kristina Edholm", "Health Minister Maja Örnberg", "Minister for Health Anna Ek". */
function readMinisters(view) {
	if (!view.mayAny(MINISTER_WORDS)) return [];
	const out = [];
	for (const s of view.segments) {
		if (!view.may(s, MINISTER_WORDS)) continue;
		const reading = view.reading(s);
		reading.ministers ??= ministersIn(view, s);
		const found = reading.ministers;
		const quote = found.length > 0 ? quoteOf(view, s) : null;
		for (const m of found) {
			const nameStart = s.start + m.nameAt;
			const minister = {
				role: "minister",
				name: m.name,
				title: m.title,
				span: view.span(s.start, s.end),
				context: [view.span(nameStart, nameStart + m.name.length)]
			};
			if (quote) minister.quote = quote;
			out.push(minister);
		}
	}
	return out;
}
const NONE$2 = Object.freeze([]);
function ministersIn(view, s) {
	const found = [];
	const words = view.words(s);
	for (const hit of findPhrases(words, MINISTER_WORDS)) {
		const titleWord = words[hit.at];
		if (!titleWord) continue;
		let titleStart = titleWord.start;
		const nameFrom = titleWord.end;
		const previous = words[hit.at - 1];
		if (/^\p{Lu}/u.test(titleWord.raw) && previous && /^\p{Lu}/u.test(previous.raw) && previous.end + 1 === titleWord.start) titleStart = previous.start;
		const after = s.text.slice(nameFrom - s.start);
		const name = ministerName(after);
		if (!name) continue;
		const nameAt = nameFrom - s.start + after.indexOf(name);
		found.push({
			name,
			title: s.text.slice(titleStart - s.start, nameAt).trim(),
			nameAt
		});
	}
	return found.length === 0 ? NONE$2 : found;
}
/** The name after a title; after "Minister for Health and Social Affairs" it is the last two words. */
function ministerName(after) {
	const forWhat = /^ for ((?:\p{Lu}[\p{L}-]*(?:(?: and |, | )(?=\p{Lu}))?)+)/u.exec(after);
	if (!forWhat?.[1]) return personAt(after, 0);
	const words = forWhat[1].split(/,? (?:and )?/).filter((w) => /^\p{Lu}/u.test(w));
	return words.length >= 3 ? words.slice(-2).join(" ") : null;
}
/** The names under "På regeringens vägnar": the minister signs first, the presenting official next. */
function readSigners(view) {
	return signatureBlock(view, SIGNATURE_HEADINGS, MAX_SIGNERS, "signer", (line, k) => view.isName(line) ? {
		name: line.text.trim(),
		title: k === 0 ? "statsråd" : "föredragande"
	} : null);
}
const MAX_MINUTES_SIGNERS = 4;
const MAX_SIGNER_LINE = 80;
const PARTY_AND_TITLE = /^\s*(?:\([\p{L}]{1,5}\))?\s*(?:,\s*(\S.*))?$/u;
/**
* "Justeras / Ulrika Forsberg (S), ordförande / Erik Lindqvist (S)", "Vid protokollet / Anna Holm,
* sekreterare": the people who sign a board's minutes, each with the title their line gives.
*/
function readMinutesSigners(view) {
	return signatureBlock(view, MINUTES_HEADINGS, MAX_MINUTES_SIGNERS, "signatory", (line) => {
		if (line.text.length > MAX_SIGNER_LINE) return null;
		const name = personAt(line.text, 0);
		const rest = name ? PARTY_AND_TITLE.exec(line.text.slice(line.text.indexOf(name) + name.length)) : null;
		return name && rest ? {
			name,
			title: rest[1]?.trim() ?? null
		} : null;
	});
}
/**
* The lines under each heading of the table, read by `signed` (given the line's place under the heading,
* from 0) until one is no signature or `max` are read.
*/
function signatureBlock(view, headings, max, role, signed) {
	if (!view.mayAny(headings)) return [];
	const out = [];
	view.segments.forEach((s, i) => {
		if (!isHeading(view, s, headings)) return;
		for (let j = i + 1; j <= i + max; j++) {
			const next = view.segments[j];
			const signer = next ? signed(next, j - i - 1) : null;
			if (!next || !signer) break;
			out.push({
				role,
				name: signer.name,
				title: signer.title,
				span: view.span(next.start, next.end),
				context: [view.span(s.start, s.end)]
			});
		}
	});
	return out;
}
/** "Presskontakt" or "Kontakt" then a name, then the title line; or "Kontakt: Maria Holm, …" on one line. */
function readContacts(view) {
	if (!view.mayAny(PRESS_HEADINGS) && !view.mayAny(CONTACT_HEADINGS)) return [];
	const out = [];
	view.segments.forEach((s, i) => {
		const role = isHeading(view, s, PRESS_HEADINGS) ? "press-contact" : isHeading(view, s, CONTACT_HEADINGS) ? "contact" : null;
		if (role) {
			const next = view.segments[i + 1];
			const name = next ? personAt(next.text, 0) : null;
			if (!next || !name || !isPersonName(next.text.split(",")[0] ?? "")) return;
			const titleLine = view.segments[i + 2];
			const titled = titleLine && view.has(titleLine, TITLE_WORDS) && !isPersonName(titleLine.text.split(",")[0] ?? "") ? titleLine : null;
			const pressTitle = titled !== null && /press/i.test(titled.text);
			out.push({
				role: pressTitle ? "press-contact" : role,
				name,
				title: titled ? titled.text.trim() : titleAfterComma(next.text),
				span: view.span(next.start, next.end),
				context: [view.span(s.start, s.end), ...titled ? [view.span(titled.start, titled.end)] : []]
			});
			return;
		}
		const inline = inlineContact(view, s);
		if (inline) out.push(inline);
	});
	return out;
}
/** "Kontakt: Maria Holm, SciLifeLab Data Centre". */
function inlineContact(view, s) {
	if (!s.text.includes(":")) return null;
	const m = /^(\p{L}+(?: \p{L}+)?):[ \u00A0]*/u.exec(s.text);
	if (!m?.[1]) return null;
	const label = sliceStarts(view.words(s), 0, m[1].split(" ").length);
	const press = hasPhrase(label, PRESS_HEADINGS);
	if (!press && !hasPhrase(label, CONTACT_HEADINGS)) return null;
	const name = personAt(s.text, m[0].length);
	if (!name) return null;
	const rest = s.text.slice(m[0].length + name.length);
	if (!/^\s*(?:,|$)/.test(rest)) return null;
	return {
		role: press ? "press-contact" : "contact",
		name,
		title: titleAfterComma(s.text.slice(m[0].length)),
		span: view.span(s.start, s.end),
		context: []
	};
}
function titleAfterComma(line) {
	const i = line.indexOf(",");
	return i >= 0 ? line.slice(i + 1).trim() || null : null;
}
/** A line that is exactly one of the headings (case and trailing colon aside). */
function isHeading(view, s, table) {
	if (s.text.length > MAX_HEADING_CHARS || !view.may(s, table)) return false;
	const words = view.words(s);
	const hit = findPhrases(words, table)[0];
	return hit !== void 0 && hit.at === 0 && hit.end === words.length && s.text.trim().length < 40;
}
// dist/knowledge/statements/lists.js
const LETTER$2 = /\p{L}/u;
/** "Kopia till" and the organisations listed under it, one a line, up to the next blank line. */
function readCopies(view) {
	if (!view.mayAny(COPY_HEADINGS)) return [];
	const out = [];
	view.segments.forEach((s, i) => {
		if (!isHeading(view, s, COPY_HEADINGS)) return;
		const heading = view.span(s.start, s.end);
		let paragraph = null;
		for (const item of view.segments.slice(i + 1)) {
			paragraph ??= item.paragraph;
			if (item.paragraph !== paragraph || /[.!?]$/.test(item.text.trim())) break;
			if (!LETTER$2.test(item.text)) break;
			out.push({
				name: item.text.trim(),
				heading,
				span: view.span(item.start, item.end)
			});
		}
	});
	return out;
}
function mentionsGms(words) {
	return words.some((w, i) => w.word === "gms" || w.word.startsWith("gms-") || w.word === "genomic" && (words[i + 1]?.word ?? "").startsWith("medicin"));
}
/** The sentence is about GMS: it names GMS, or its headline or the sentence before does. */
function aboutGms(view, s) {
	if (mentionsGms(view.words(s))) return true;
	const heading = view.headingOf(s);
	if (heading && mentionsGms(view.words(heading))) return true;
	const previous = view.segments[s.index - 1];
	return previous !== void 0 && previous.paragraph === s.paragraph && mentionsGms(view.words(previous));
}
/** "I GMS ingår Region Skåne, …", "GMS utgörs av …": who takes part, never "ingår inte i GMS". */
function readMembers(view) {
	if (!view.mayAny(MEMBER_CUES) && !view.mayAny(MEMBERS_BEFORE)) return [];
	const out = [];
	for (const s of view.segments) {
		if (!view.may(s, MEMBER_CUES) && !view.may(s, MEMBERS_BEFORE)) continue;
		const words = view.words(s);
		if (words.some((w) => NEGATIONS.has(w.word)) || !aboutGms(view, s)) continue;
		const list = listText$1(view, s, words);
		if (list !== null) out.push({
			members: splitList(list),
			span: view.span(s.start, s.end)
		});
	}
	return out;
}
/** The words that list the members: after "ingår", "utgörs av"; before "samarbetar" (from "där" on). */
function listText$1(view, s, words) {
	const after = findPhrases(words, MEMBER_CUES)[0];
	const last = after ? words[after.end - 1] : void 0;
	if (last) return view.doc.text.slice(last.end, s.end);
	const before = findPhrases(words, MEMBERS_BEFORE)[0];
	const verb = before ? words[before.at] : void 0;
	if (!before || !verb) return null;
	let from = before.at - 1;
	while (from >= 0 && !LIST_OPENERS.has(words[from]?.word ?? "")) from--;
	const first = words[from + 1];
	return first && from >= 0 ? view.doc.text.slice(first.start, verb.start) : null;
}
const LIST_OPENERS = /* @__PURE__ */ new Set([
	"där",
	"where",
	"i",
	"in"
]);
/** "A, B och C samt D" → [A, B, C, D]. */
function splitList(text) {
	return text.replace(/[.!?]\s*$/, "").replace(/^\s*(?:av|of)?\s*/, "").split(/,\s*|\s+(?:och|samt|and|as well as)\s+/u).map((x) => x.trim()).filter((x) => x !== "");
}
/** "GMS är en nationell satsning …", "Genomic Medicine Sweden (GMS) is a …". */
function readDefinitions(view) {
	if (!view.mayAny(DEFINITION_SUBJECTS)) return [];
	const out = [];
	for (const s of view.segments) {
		if (!view.mayOpen(s, DEFINITION_SUBJECTS)) continue;
		const words = view.words(s);
		if (words[0]?.word !== "gms" && words[0]?.word !== "genomic") continue;
		const subject = findPhrases(words, DEFINITION_SUBJECTS)[0];
		if (subject?.at !== 0) continue;
		let i = subject.end;
		if (words[i]?.word === "gms") i++;
		if (findPhrases(sliceStarts(words, i, i + 2), DEFINITION_VERBS)[0]?.at === 0) out.push({ span: view.span(s.start, s.end) });
	}
	return out;
}
// dist/knowledge/statements/measures.js
const COST_WORDS = compileCues([
	"kostar",
	"kostade",
	"kostat",
	"kosta",
	"kostnad",
	"kostnaden",
	"kostnader",
	"kostnaderna",
	"pris",
	"priset",
	"cost",
	"costs",
	"costed",
	"price",
	"priced"
]);
const CORRECTION_WORDS = compileCues([
	"rättelse",
	"rättelsen",
	"korrigering",
	"korrigeringen",
	"correction",
	"corrected"
]);
const MAY_CORRECT = /ättels|orrig|orrect/i;
/** Sentences telling what something costs, with their amounts and the years they are told of. */
function readCosts(view) {
	const out = [];
	const docYear = documentYear(view);
	for (const s of view.segments) {
		if (s.heading || view.amounts(s).length === 0 || view.clutter(s)) continue;
		const reading = view.reading(s);
		reading.costs ??= hasCue(s.text, COST_WORDS);
		if (!reading.costs) continue;
		out.push({
			amounts: stated(view, s),
			span: view.span(s.start, s.end),
			years: yearsOf(view, s, docYear())
		});
	}
	return out;
}
/** Sentences telling a number of things ("7 450 helgenomanalyser", "9,000 whole-genome analyses"). */
function readCounts(view) {
	const out = [];
	const docYear = documentYear(view);
	for (const s of view.segments) {
		if (s.heading || !DIGIT$2.test(s.text)) continue;
		const reading = view.reading(s);
		reading.counted ??= countedIn(s.text, view, s);
		const found = reading.counted;
		if (found.length === 0 || view.clutter(s)) continue;
		for (let k = 0; k < found.length; k += 2) out.push({
			counted: view.span(s.start + found[k], s.start + found[k + 1]),
			span: view.span(s.start, s.end),
			years: yearsOf(view, s, docYear())
		});
	}
	return out;
}
const CORRECTION_SENTENCES = 3;
/** "Rättelse …": the sentence that says it corrects, the rest of its paragraph, and every amount they name. */
function readCorrections$1(view) {
	const out = [];
	const segments = view.segments;
	for (const s of segments) {
		if (!MAY_CORRECT.test(s.text) || !hasCue(s.text, CORRECTION_WORDS)) continue;
		const rest = segments.slice(s.index + 1, s.index + 1 + CORRECTION_SENTENCES).filter((n) => n.paragraph === s.paragraph && !n.heading);
		const amounts = [s, ...rest].flatMap((n) => stated(view, n));
		if (amounts.length === 0) continue;
		out.push({
			span: view.span(s.start, s.end),
			said: rest.map((n) => view.span(n.start, n.end)),
			amounts
		});
	}
	return out;
}
function stated(view, s) {
	return view.amounts(s).map((a) => ({
		valueSek: a.valueSek,
		span: view.span(s.start + a.start, s.start + a.end)
	}));
}
const DIGIT$2 = /\d/;
const COUNTED = /(?<![\p{N}.,:/§-])(\d{1,3}(?:[ \u00a0,]\d{3})+|\d{1,7})[ \u00a0]+(\p{Ll}[\p{L}-]{0,40})/gu;
const YEAR = /^(?:19|20)\d\d$/;
const NOT_COUNTED = new Set(`kronor kr mkr msek tkr sek miljoner miljon miljarder miljard million millions billion procent percent
  år års åren året years year månader månad månaden months month veckor vecka weeks week dagar dag dagen days
  day timmar hours minuter minutes sekunder seconds kl
  januari februari mars april maj juni juli augusti september oktober november december
  january february march may june july august october
  jan feb mar apr jun jul aug sep sept okt oct nov dec`.split(/\s+/));
/** Start and end (in the text) of each number that counts things, with its word; amounts and dates are not. */
function countedIn(text, view, s) {
	let taken = null;
	const found = [];
	for (const m of text.matchAll(COUNTED)) {
		const start = m.index ?? 0;
		const number = m[1] ?? "";
		const word = (m[2] ?? "").toLowerCase();
		if (YEAR.test(number) || NOT_COUNTED.has(word) || STOPWORDS.has(word)) continue;
		taken ??= [...view.amounts(s), ...view.dates(s)];
		if (taken.some((t) => t.start < start + number.length && start < t.end)) continue;
		found.push(start, start + m[0].length);
	}
	return found;
}
/** The year a document tells of (a report's year, else the year it came out), read when first asked. */
function documentYear(view) {
	let year;
	return () => {
		year ??= reportYearOf(view.segments, view.clutter) ?? view.date.year;
		return year;
	};
}
/** The years a sentence tells: written, relative to its document's year ("i fjol"), else the document's. */
function yearsOf(view, s, docYear) {
	const words = view.words(s);
	const written = words.filter((w) => YEAR.test(w.word)).map((w) => Number(w.word));
	const found = findRelativeYears(words);
	const relative = found.flatMap((r) => relativeYears(r, written, docYear));
	const own = written.length === 0 && docYear !== null && found.some((r) => r.beforeStated);
	const told = [.../* @__PURE__ */ new Set([
		...own ? [docYear] : [],
		...written,
		...relative
	])];
	return told.length > 0 ? told : docYear === null ? [] : [docYear];
}
function relativeYears(r, written, docYear) {
	const base = r.beforeStated ? written[0] ?? docYear : docYear;
	if (base === null) return [];
	return Array.from({ length: r.to - r.from + 1 }, (_, i) => base + r.from + i);
}
// dist/knowledge/statements/other-money.js
/** "Testbäddarna ingår inte i GMS", "ingår inte i statens årliga stöd till GMS". */
function readNotGms(view) {
	return view.segments.filter((s) => !s.heading && view.gms(s) && view.hasCue(s, NOT_GMS, CUE_BITS.notGms)).map((s) => ({ span: view.span(s.start, s.end) }));
}
/** The writers' own proposal with the kronor it asks for: an opinion, never money granted. */
function readProposals(view) {
	const out = [];
	for (const s of view.segments) {
		if (s.heading) continue;
		const amounts = view.amounts(s);
		if (amounts.length === 0 || !view.hasCue(s, PROPOSAL, CUE_BITS.proposal)) continue;
		out.push({
			amounts: amounts.map((a) => ({
				valueSek: a.valueSek,
				span: view.span(s.start + a.start, s.start + a.end)
			})),
			span: view.span(s.start, s.end)
		});
	}
	return out;
}
/** Money left unspent or paid back, with the next sentence when that one says where it went. */
function readRepayments(view) {
	const out = [];
	const segments = view.segments;
	for (let i = 0; i < segments.length; i++) {
		const s = segments[i];
		if (!s || s.heading) continue;
		const amounts = view.amounts(s);
		if (amounts.length === 0 || !view.hasCue(s, REPAID, CUE_BITS.repaid)) continue;
		const next = segments[i + 1];
		const said = next && !next.heading && next.paragraph === s.paragraph && view.amounts(next).length === 0 && view.hasCue(next, REPAID, CUE_BITS.repaid) ? view.span(next.start, next.end) : null;
		out.push({
			amounts: amounts.map((a) => ({
				valueSek: a.valueSek,
				span: view.span(s.start + a.start, s.start + a.end)
			})),
			span: view.span(s.start, s.end),
			said,
			opening: view.opening()
		});
	}
	return out;
}
const NUMBER$1 = /\d+(?:[ \u00a0.,]\d+)*/gu;
const SCALE = /[ \u00a0]*(?:miljoner|miljon|miljarder|miljard|million|millions|billion|bn|m|k|tusen|thousand)(?![\p{L}\p{N}])/iuy;
const CURRENCY_AFTER = new RegExp(FOREIGN_CURRENCY_AFTER.source.replace(/^\^/, ""), "iuy");
const BEFORE_WINDOW = 6;
/** Amounts in another currency, as written; a conversion in parentheses is marked as one. */
function readForeign(view) {
	const out = [];
	for (const s of view.segments) {
		const reading = view.reading(s);
		reading.foreign ??= foreignIn(s.text);
		const found = reading.foreign;
		for (let k = 0; k < found.length; k += 3) out.push({
			written: view.span(s.start + found[k], s.start + found[k + 1]),
			inParentheses: found[k + 2] === 1,
			span: view.span(s.start, s.end)
		});
	}
	return out;
}
const NONE$1 = Object.freeze([]);
const DIGIT$1 = /[0-9]/;
/** Each amount in another currency in `text`: its start, its end and 1 if within parentheses (else 0). */
function foreignIn(text) {
	if (!DIGIT$1.test(text)) return NONE$1;
	let out = null;
	NUMBER$1.lastIndex = 0;
	for (let m = NUMBER$1.exec(text); m !== null; m = NUMBER$1.exec(text)) {
		const at = m.index;
		const end = at + m[0].length;
		const scale = stickyAt(SCALE, text, end)?.[0] ?? "";
		const after = stickyAt(CURRENCY_AFTER, text, end + scale.length);
		const lead = text.slice(Math.max(0, at - BEFORE_WINDOW), at);
		const before = FOREIGN_CURRENCY_BEFORE.exec(lead);
		if (!after && !before) continue;
		const from = before ? at - lead.length + before.index : at;
		const to = end + scale.length + (after?.[0].length ?? 0);
		out ??= [];
		out.push(from, to, insideParentheses(text, from) ? 1 : 0);
	}
	return out ?? NONE$1;
}
function stickyAt(re, text, at) {
	re.lastIndex = at;
	return re.exec(text);
}
/** "SEK 4.5m (roughly EUR 400,000)": an opening parenthesis before it that is not yet closed. */
function insideParentheses(text, at) {
	const before = text.slice(0, at);
	return before.lastIndexOf("(") > before.lastIndexOf(")");
}
// dist/knowledge/statements/named-years.js
/** Every year a text names, spans counted whole ("2026–2028"), in order. */
function namedYears(text) {
	const years = /* @__PURE__ */ new Set();
	for (const d of findDates(text)) for (let y = d.year; y <= d.endYear; y++) years.add(y);
	return [...years].sort((a, b) => a - b);
}
// dist/knowledge/statements/pending.js
const SHORT_WORDS = 6;
/** Sentences that say a decision is not taken yet, with the sentence before when they need it. */
function readPending(view) {
	if (!view.mayAny(PENDING)) return [];
	const out = [];
	view.segments.forEach((s, i) => {
		if (s.heading || !view.has(s, PENDING)) return;
		const before = view.segments[i - 1];
		const needs = view.words(s).length <= SHORT_WORDS && before !== void 0 && !before.heading;
		if (needs && out.at(-1)?.span.start === before.start) out.pop();
		const context = needs ? view.span(before.start, before.end) : null;
		const span = view.span(s.start, s.end);
		out.push({
			span,
			context,
			years: namedYears(`${context?.text ?? ""} ${span.text}`)
		});
	});
	return out;
}
// dist/knowledge/statements/periods.js
/** "… under perioden 2026–2028", "the study runs from 2026 to 2028": a span of years a project runs. */
function readPeriods(view) {
	if (!view.mayAny(PERIOD_CUES)) return [];
	const out = [];
	view.segments.forEach((s, i) => {
		if (s.heading || !view.has(s, PERIOD_CUES)) return;
		const before = view.segments[i - 1];
		for (const d of view.dates(s)) {
			if (d.kind !== "span" || d.endYear <= d.year) continue;
			out.push({
				from: d.year,
				to: d.endYear,
				years: view.span(s.start + d.start, s.start + d.end),
				span: view.span(s.start, s.end),
				context: before && !before.heading ? view.span(before.start, before.end) : null
			});
		}
	});
	return out;
}
// dist/knowledge/statements/purposes.js
const MAX_LEAD_WORDS = 3;
/** Sentences that say what the money or the work is for. */
function readPurposes(view) {
	if (!view.mayAny(PURPOSE_OPENERS)) return [];
	return view.segments.filter((s) => !s.heading && view.may(s, PURPOSE_OPENERS) && findPhrases(view.words(s), PURPOSE_OPENERS).some((h) => h.at <= MAX_LEAD_WORDS)).map((s) => ({ span: view.span(s.start, s.end) }));
}
/** Sentences that say what money or a decision depends on. */
function readConditions(view) {
	if (!view.mayAny(CONDITION_CUES)) return [];
	return view.segments.filter((s) => !s.heading && view.has(s, CONDITION_CUES)).map((s) => {
		const span = view.span(s.start, s.end);
		return {
			span,
			years: namedYears(span.text)
		};
	});
}
// dist/knowledge/statements/references.js
const LABELS = /* @__PURE__ */ new Set([
	"diarienummer",
	"diarienr",
	"dnr",
	"ärendenummer",
	"beteckning",
	"ref",
	"reference"
]);
const OFFICE_NUMBER = /^[A-ZÅÄÖ][a-zåäö]{0,2}\d{4}\/\d{2,6}(?:\/\d{1,4})?$/u;
const RIKSDAG_NUMBER = /^\d{4}\/\d{2}:\d{1,5}$/u;
const REGISTRY_LETTERS = /^\p{Lu}{2,4}$/u;
const MAX_LINE = 120;
const WORD = /\S+/gu;
const MAY_HOLD = /\d[/:]|diarie|dnr|ärende|beteckning|\bref/iu;
const DIGIT = /[0-9]/;
/** Every reference number in the document's short lines, each with the line it stands on. */
function readReferences(view) {
	const out = [];
	for (const s of view.segments) {
		const reading = view.reading(s);
		reading.references ??= s.text.length > MAX_LINE || !DIGIT.test(s.text) || !MAY_HOLD.test(s.text) ? NONE : numbersIn(s.text);
		const found = reading.references;
		for (let k = 0; k < found.length; k += 3) {
			const start = s.start + found[k + 1];
			out.push({
				kind: found[k] === CASE ? "case" : "riksdag",
				number: view.span(start, s.start + found[k + 2]),
				span: view.span(s.start, s.end),
				inHeader: s.start < HEADER_CHARS && s.start < view.doc.text.length / 2
			});
		}
	}
	return out;
}
const HEADER_CHARS = 300;
const CASE = 0;
const RIKSDAG = 1;
const NONE = Object.freeze([]);
/** Each number in a line: its kind (`CASE`, `RIKSDAG`), start and end. */
function numbersIn(text) {
	const words = [...text.matchAll(WORD)].map((m) => ({
		text: m[0],
		at: m.index ?? 0
	}));
	const found = [];
	let taken = -1;
	words.forEach((w, i) => {
		if (i === taken) return;
		const bare = w.text.replace(/[.,;:)]+$/u, "");
		const label = (words[i - 1]?.text ?? "").replace(/[:.]+$/u, "").toLowerCase();
		const next = (words[i + 1]?.text ?? "").replace(/[.,;:)]+$/u, "");
		if (LABELS.has(label) && REGISTRY_LETTERS.test(bare) && /\d/.test(next)) {
			found.push(CASE, w.at, (words[i + 1]?.at ?? w.at) + next.length);
			taken = i + 1;
			return;
		}
		const kind = OFFICE_NUMBER.test(bare) ? CASE : RIKSDAG_NUMBER.test(bare) ? RIKSDAG : LABELS.has(label) && /\d/.test(bare) ? CASE : null;
		if (kind !== null) found.push(kind, w.at, w.at + bare.length);
	});
	return found.length === 0 ? NONE : found;
}
// dist/knowledge/statements/index.js
compileAll(Object.values(cue_words_exports));
function emptyStatements() {
	return {
		deadlines: [],
		decisions: [],
		pending: [],
		purposes: [],
		periods: [],
		people: [],
		copies: [],
		members: [],
		definitions: [],
		channels: [],
		conditions: [],
		notGms: [],
		proposals: [],
		foreign: [],
		references: [],
		budgetLines: [],
		repayments: [],
		leads: [],
		costs: [],
		counts: [],
		corrections: []
	};
}
/** Every statement of every document, in document order. */
function readStatements(documents) {
	const all = emptyStatements();
	for (const doc of documents) {
		const view = viewDocument(doc);
		append(all.deadlines, readDeadlines(view));
		append(all.decisions, readDecisions(view));
		append(all.pending, readPending(view));
		append(all.purposes, readPurposes(view));
		append(all.periods, readPeriods(view));
		append(all.conditions, readConditions(view));
		append(all.people, readPeople(view));
		append(all.copies, readCopies(view));
		append(all.members, readMembers(view));
		append(all.definitions, readDefinitions(view));
		append(all.channels, readChannels(view));
		append(all.notGms, readNotGms(view));
		append(all.proposals, readProposals(view));
		append(all.foreign, readForeign(view));
		append(all.references, readReferences(view));
		append(all.budgetLines, readBudgetLines(view));
		append(all.repayments, readRepayments(view));
		append(all.leads, readLeads(view));
		append(all.costs, readCosts(view));
		append(all.counts, readCounts(view));
		append(all.corrections, readCorrections$1(view));
	}
	return all;
}
/** Adds a reader's statements (mostly none): a loop, not a spread call per reader and document. */
function append(into, items) {
	for (const item of items) into.push(item);
}
// dist/knowledge/batch-reading.js
/** Reads a run of documents; a document over the reading budget is only named as skipped. */
function readBatch(documents) {
	return whileLoading(() => {
		const skipped = documents.map(overBudget);
		const read = documents.filter((_, i) => skipped[i] === null);
		return {
			skipped,
			facts: read.map(extractFacts),
			wordCounts: countWords(read),
			statements: readStatements(read),
			passages: listPassages(read)
		};
	});
}
/** Reads ahead what joining this thread's reading will ask of its facts: done while another thread reads. */
function prepareJoin(reading) {
	whileLoading(() => readTellings(reading.facts));
}
/** The texts `forTransfer` left out, cut again from the documents (in place). */
function restore(reading, read) {
	const texts = new Map(read.map((d) => [d.id, d.text]));
	const fill = (span) => {
		if (span.text === "" && span.end > span.start) span.text = texts.get(span.docId)?.slice(span.start, span.end) ?? "";
	};
	reading.facts.forEach((facts, i) => {
		const text = read[i]?.text ?? "";
		facts.forEach(({ segment: s }, k) => {
			if (s.text === "") s.text = text.slice(s.start, s.end);
			const stems = reading.stems?.[i]?.[k];
			if (stems) rememberStems(s, stems);
		});
	});
	forEachSpan(reading.statements, fill);
	if (reading.packedPassages) reading.passages = unpackPassages(reading.packedPassages, read);
}
/** Every span (docId, start, end, text) within the statements, however deep (no arrays made on the way). */
function forEachSpan(value, visit) {
	if (value === null || typeof value !== "object") return;
	if (Array.isArray(value)) {
		for (const v of value) forEachSpan(v, visit);
		return;
	}
	const o = value;
	if (typeof o.docId === "string" && typeof o.text === "string" && typeof o.start === "number") visit(o);
	for (const key in o) forEachSpan(o[key], visit);
}
/**
* The runs' readings joined as if all the documents had been read in one run: `batches[i]` read the
* documents of `runs[i]`; problems get one entry per skipped document, in document order.
*/
function joinBatches(runs, batches, problems) {
	const documents = [];
	const factsOf = /* @__PURE__ */ new Map();
	runs.forEach((run, r) => {
		const batch = batches[r];
		if (batch.detached) restore(batch, run.filter((_, i) => batch.skipped[i] == null));
		let read = 0;
		run.forEach((doc, i) => {
			const reason = batch.skipped[i];
			if (reason != null) {
				problems.push(overBudgetProblem(doc.fileName, reason));
				return;
			}
			const facts = batch.facts[read++] ?? [];
			for (const f of facts) f.doc = doc;
			factsOf.set(doc, facts);
			documents.push(doc);
		});
	});
	const wordCounts = joinCounts(batches.map((b) => b.wordCounts));
	return {
		documents,
		wordCounts,
		ledger: buildLedger(documents, wordCounts, (doc) => factsOf.get(doc) ?? extractFacts(doc)),
		passages: createPassageIndex(joinPassages(batches)),
		statements: joinStatements(batches.map((b) => b.statements))
	};
}
/** Counts summed; a word keeps the place of its first occurrence, as one count over all runs gives. */
function joinCounts(counts) {
	const [first, ...rest] = counts;
	const all = first ?? /* @__PURE__ */ new Map();
	for (const more of rest) for (const [w, n] of more) all.set(w, (all.get(w) ?? 0) + n);
	return all;
}
function joinPassages(batches) {
	if (batches.length === 1 && !batches[0]?.detached) return batches[0]?.passages ?? [];
	const all = [];
	for (const b of batches) for (const p of b.passages) {
		p.id = all.length;
		all.push(p);
	}
	return all;
}
function joinStatements(parts) {
	if (parts.length === 1 && parts[0]) return parts[0];
	const all = emptyStatements();
	for (const part of parts) for (const kind of Object.keys(all)) {
		const into = all[kind];
		for (const s of part[kind]) into.push(s);
	}
	return all;
}
// dist/knowledge/document-kind.js
const KINDS$1 = `
riksdagssvar          | svar på skriftlig fråga, svar på skriftliga frågor, interpellationssvar, svar på interpellation
regleringsbrev        | regleringsbrev*
regeringsbeslut       | regeringsbeslut
budgetproposition     | budgetproposition*, budget bill
verksamhetsberättelse | verksamhetsberättelse*, årsredovisning, annual report
debattartikel         | debatt, debattartikel, op ed, opinion
utlysning             | utlysning*, call for proposals
pressmeddelande       | pressmeddelande*, press release, press releases
nyhet                 | nyhet*, news, nyhetsartikel
protokoll             | protokoll, sammanträdesprotokoll, minutes
uppslagsverk          | wikipedia, encyklopedin, uppslagsverk*, encyclopedia
`.split("\n").filter((l) => l.includes("|")).map((l) => {
	const [kind = "", phrases = ""] = l.split("|");
	return {
		kind: kind.trim(),
		phrases: phrases.split(",").map((p) => p.trim().toLowerCase().split(/\s+/))
	};
});
const OPENING_LINES = 8;
const matches = (pattern, word) => pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
function names$2(line, phrase) {
	for (let i = 0; i + phrase.length <= line.length; i++) if (phrase.every((p, k) => matches(p, line[i + k] ?? ""))) return true;
	return false;
}
/** The document's kind: its metadata's, else the first kind its opening lines name; null when none. */
function documentKind(doc) {
	const given = doc.kind?.toLowerCase() ?? null;
	const known = KINDS$1.find((k) => k.kind === given || (given?.startsWith(k.kind) ?? false));
	if (known) return known.kind;
	const lines = doc.text.split("\n").filter((l) => l.trim() !== "").slice(0, OPENING_LINES).map((l) => words$1(l).map((w) => w.word));
	for (const l of lines) {
		const opening = KINDS$1.find((k) => k.phrases.some((p) => names$2(l.slice(0, p.length), p)));
		if (opening) return opening.kind;
	}
	return KINDS$1.find((k) => lines.some((l) => k.phrases.some((p) => names$2(l, p))))?.kind ?? given;
}
// dist/knowledge/document-date.js
const DATE_LINES = compileCues([
	"publicerad",
	"published",
	"publicerat",
	"datum",
	"date",
	"beslutsdatum"
]);
const HEAD_LINES = 25;
const HEAD_CHARS = 4e3;
/** The document's date from its own text, as YYYY-MM-DD; null when it states none. */
function publishedFromText(text) {
	const dated = text.slice(0, HEAD_CHARS).split(/\r?\n/).slice(0, HEAD_LINES).map((line) => ({
		line,
		date: findDates(line).find((d) => d.kind === "date")
	})).filter((l) => l.date !== void 0);
	const labelled = dated.find((l) => findCues(words$1(l.line).slice(0, 2), DATE_LINES).length > 0);
	const standalone = dated.find((l) => words$1(l.line).length <= 10 && !/[.!?]\s*$/.test(l.line.trim()));
	const chosen = labelled ?? standalone;
	if (chosen) return isoDate$1(chosen.date);
	const footer = footerDate(text);
	return footer ? isoDate$1(footer) : null;
}
const FOOTER_DATE_LINES = compileCues([
	"redigerades senast",
	"ändrades senast",
	"senast ändrad",
	"senast uppdaterad",
	"senast redigerad",
	"last edited",
	"last updated",
	"last update",
	"last modified"
]);
const FOOTER_CUE_WORDS = 6;
function footerDate(text) {
	const lines = text.slice(-2e3).split(/\r?\n/).slice(-8);
	for (const line of lines) {
		if (findCues(words$1(line).slice(0, FOOTER_CUE_WORDS), FOOTER_DATE_LINES).length === 0) continue;
		const date = findDates(line).find((d) => d.kind === "date");
		if (date) return date;
	}
	return null;
}
function isoDate$1(d) {
	return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
// dist/knowledge/documents.js
/** Larger files are not funding documents; reading them would only slow every start. */
const MAX_DOCUMENT_BYTES = 5242880;
const DOCUMENT_EXTENSIONS = /* @__PURE__ */ new Set([".txt", ".md"]);
const SOURCES_FILE = "sources.json";
const SourceEntrySchema = z.object({
	title: z.string().min(1).optional(),
	publisher: z.string().nullable().optional(),
	kind: z.string().nullable().optional(),
	published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: "published must be YYYY-MM-DD or YYYY-MM" }).nullable().optional(),
	url: z.string().url().nullable().optional()
});
const SourcesSchema = z.record(z.string(), SourceEntrySchema);
/** Reads every *.txt and *.md in `dir`; a bad file is reported by name and the rest still load. */
function loadDocuments(dir) {
	const problems = [];
	let names;
	try {
		names = readdirSync(dir).sort();
	} catch (error) {
		return {
			documents: [],
			problems: [{
				file: dir,
				message: `seeds folder ${dir} ${error.code === "ENOENT" ? "does not exist" : "cannot be read"}`
			}]
		};
	}
	const files = new FileReader();
	const meta = readSources(dir, names, problems, files);
	const documents = [];
	for (const name of names) {
		if (!DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) continue;
		const text = readDocumentText(join(dir, name), problems, files);
		if (text === null) continue;
		const id = basename(name, extname(name));
		documents.push(describeDocument(id, name, text, meta[id]));
	}
	return {
		documents,
		problems
	};
}
function readSources(dir, names, problems, files) {
	if (!names.includes(SOURCES_FILE)) return {};
	const path = join(dir, SOURCES_FILE);
	try {
		const bytes = files.read(path, MAX_DOCUMENT_BYTES);
		if (typeof bytes === "string") {
			problems.push({
				file: path,
				message: `${path} ${bytes}; metadata ignored`
			});
			return {};
		}
		const json = JSON.parse(bytes.toString("utf8"));
		const plain = plainSources(json);
		if (plain) return plain;
		const parsed = SourcesSchema.safeParse(json);
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0];
		const where = issue?.path.join(".") ?? "";
		problems.push({
			file: path,
			message: `${path}: ${where ? `${where}: ` : ""}${issue?.message ?? "invalid"}; metadata ignored`
		});
	} catch (error) {
		problems.push({
			file: path,
			message: `${path} is not valid JSON (${error.message}); metadata ignored`
		});
	}
	return {};
}
const PUBLISHED = /^\d{4}-\d{2}(-\d{2})?$/;
const isText = (v) => v === void 0 || v === null || typeof v === "string";
/**
* The entries when every one plainly passes `SourceEntrySchema` (checked as zod checks it), read without
* zod: thousands of entries take zod a while. Null otherwise, and zod reads them and names the problem.
*/
function plainSources(json) {
	if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
	const out = {};
	for (const [id, e] of Object.entries(json)) {
		if (id === "__proto__" || typeof e !== "object" || e === null || Array.isArray(e)) return null;
		const { title, publisher, kind, published, url } = e;
		if (title !== void 0 && (typeof title !== "string" || title.length < 1)) return null;
		if (!isText(publisher) || !isText(kind) || !isText(published) || !isText(url)) return null;
		if (typeof published === "string" && !PUBLISHED.test(published)) return null;
		if (typeof url === "string" && !URL.canParse(url)) return null;
		const entry = {};
		if (title !== void 0) entry.title = title;
		if (publisher !== void 0) entry.publisher = publisher;
		if (kind !== void 0) entry.kind = kind;
		if (published !== void 0) entry.published = published;
		if (url !== void 0) entry.url = url;
		out[id] = entry;
	}
	return out;
}
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;
const require = createRequire(import.meta.url);
let decode = null;
function withoutEntities(text) {
	if (!ENTITY.test(text)) return text;
	decode ??= require("entities").decodeHTMLStrict;
	return decode(text);
}
function readDocumentText(path, problems, files) {
	try {
		const bytes = files.read(path, MAX_DOCUMENT_BYTES);
		if (typeof bytes === "string") {
			problems.push({
				file: path,
				message: `${path} ${bytes}; skipped`
			});
			return null;
		}
		if (bytes.includes(0)) {
			problems.push({
				file: path,
				message: `${path} looks binary (contains NUL bytes); skipped`
			});
			return null;
		}
		if (!isUtf8(bytes)) throw new TypeError("invalid UTF-8");
		const text = withoutEntities(bytes.toString("utf8"));
		if (text.trim() === "") {
			problems.push({
				file: path,
				message: `${path} is empty; skipped`
			});
			return null;
		}
		return text;
	} catch (error) {
		const message = error instanceof TypeError ? "is not valid UTF-8" : `cannot be read (${error.message})`;
		problems.push({
			file: path,
			message: `${path} ${message}; skipped`
		});
		return null;
	}
}
/** Reads the files of one load into one reused buffer, so thousands of small files allocate almost nothing. */
var FileReader = class {
	buffer = Buffer.allocUnsafe(65536);
	/**
	* The bytes of a regular file of at most `max` bytes (valid until the next read), or why not. Opened
	* without blocking (a FIFO would hang start-up) and checked on the open descriptor, so a swapped file
	* or a device is never read.
	*/
	read(path, max) {
		const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
		try {
			const stat = fstatSync(fd);
			if (!stat.isFile()) return "is not a regular file";
			if (stat.size > max) return `is ${stat.size} bytes, over the ${max}-byte limit`;
			if (this.buffer.length < stat.size) this.buffer = Buffer.allocUnsafe(stat.size);
			let read = 0;
			while (read < stat.size) {
				const n = readSync(fd, this.buffer, read, stat.size - read, read);
				if (n === 0) break;
				read += n;
			}
			return this.buffer.subarray(0, read);
		} finally {
			closeSync(fd);
		}
	}
};
const TITLE_MIN_WORDS = 3;
const LABEL_LINE = /^\p{L}+(?:\s+\p{L}+){0,3}:\s/u;
const BOILERPLATE_LINE = /^(pressmeddelande\b|innehållet publicerades\b|publicerad\b|annons\b|foto:|press release\b|published\b|government offices of sweden\b|ministry of\b)/i;
function describeDocument(id, fileName, text, meta) {
	return {
		id,
		fileName,
		text,
		title: meta?.title ?? titleFromText(text) ?? id,
		publisher: meta?.publisher ?? null,
		kind: meta?.kind ?? null,
		published: meta?.published ?? publishedFromText(text),
		url: meta?.url ?? null
	};
}
/**
* A headline that a PDF broke with a hyphen ("… med precisions-" / "medicin under 2030") goes on with its
* next line, the word joined; `next` is where that line starts.
*/
function brokenTitle(text, line, next) {
	const hyphen = text.lastIndexOf("-", next);
	if (!line.endsWith("-") || hyphen < 0 || brokenWordEnd(text, hyphen) < 0) return line;
	const rest = text.slice(next, lineEnd(text, next)).trim();
	return rest.length === 0 ? line : `${line.slice(0, -1)}${rest}`;
}
/** The first line that reads like a headline: a few words, not a label or web-page clutter. */
function titleFromText(text) {
	const clutter = clutterRanges(text);
	const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
	for (let m = lineRe.exec(text); m && m[0] !== ""; m = lineRe.exec(text)) {
		const line = m[0].replace(/^#+\s*/, "").trim();
		const lineWords = line.split(/\s+/);
		if (lineWords.length < TITLE_MIN_WORDS || BOILERPLATE_LINE.test(line)) continue;
		if (LABEL_LINE.test(line) || line.includes(" | ")) continue;
		if (lineWords.every((w) => /^\P{Ll}/u.test(w))) continue;
		if (inClutter(clutter, m.index + m[0].indexOf(line[0] ?? ""))) continue;
		const whole = brokenTitle(text, line, m.index + m[0].length);
		return whole.length > 200 ? `${whole.slice(0, 199)}…` : whole;
	}
	return null;
}
// dist/knowledge/corrections.js
const CORRECTIONS_FILE = "corrections.json";
const MAX_CORRECTIONS_BYTES = 1048576;
const ROLES = [
	"grant",
	"part",
	"total",
	"multi-year-total",
	"co-funding",
	"agency-cap",
	"budget-frame",
	"comparison",
	"estimate",
	"not-funding"
];
const Place = z.object({
	doc: z.string().min(1),
	quote: z.string().min(1)
}).strict();
const CorrectionSchema = Place.extend({
	role: z.enum(ROLES).optional(),
	years: z.array(z.number().int().min(1900).max(2100)).max(50).optional(),
	recipient: z.string().nullable().optional(),
	funder: z.string().nullable().optional(),
	gms: z.boolean().optional(),
	partOf: Place.nullable().optional()
}).strict();
const CorrectionsSchema = z.array(CorrectionSchema).max(1e4);
/** The folder's corrections, validated; a missing file is none, a broken one is a problem and none. */
function readCorrections(dir, problems) {
	const path = join(dir, CORRECTIONS_FILE);
	let text;
	try {
		const stat = statSync(path);
		if (!stat.isFile() || stat.size > MAX_CORRECTIONS_BYTES) {
			problems.push({
				file: path,
				message: `${path} is not a regular file under 1 MB; corrections not applied`
			});
			return [];
		}
		text = readFileSync(path, "utf8");
	} catch {
		return [];
	}
	try {
		const parsed = CorrectionsSchema.safeParse(JSON.parse(text));
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0];
		problems.push({
			file: path,
			message: `${path}: correction ${issue?.path.join(".")} ${issue?.message}; corrections not applied`
		});
	} catch (error) {
		problems.push({
			file: path,
			message: `${path} is not valid JSON (${error.message}); corrections not applied`
		});
	}
	return [];
}
/** Applies each correction to the entry that quotes it; one that matches nothing is reported, never ignored. */
function applyCorrections(entries, corrections, problems) {
	for (const c of corrections) {
		const entry = findEntry(entries, c);
		if (!entry) {
			problems.push({
				file: CORRECTIONS_FILE,
				message: `correction for ${c.doc} “${c.quote}” matches no ledger entry; not applied`
			});
			continue;
		}
		if (c.role) entry.role = c.role;
		if (c.years) {
			entry.years = [...c.years].sort((a, b) => a - b);
			entry.year = entry.role === "multi-year-total" ? null : entry.years[0] ?? null;
		}
		if (c.recipient !== void 0) entry.recipient = c.recipient;
		if (c.funder !== void 0) entry.funder = c.funder;
		if (c.gms !== void 0) entry.gms = c.gms;
		if (c.partOf !== void 0 && !setParent(entries, entry, c.partOf)) problems.push({
			file: CORRECTIONS_FILE,
			message: `correction for ${c.doc} “${c.quote}”: its whole “${c.partOf?.quote}” matches no ledger entry; part-of not applied`
		});
		entry.corrected = true;
		entry.notes.push("Corrected by the maintainers (corrections.json).");
	}
}
function findEntry(entries, place) {
	return entries.find((e) => e.sources.some((s) => s.docId === place.doc && s.text.includes(place.quote)));
}
function setParent(entries, entry, place) {
	const old = entries.find((e) => e.id === entry.partOf);
	if (old) old.parts = old.parts.filter((id) => id !== entry.id);
	if (place === null) {
		entry.partOf = null;
		return true;
	}
	const parent = findEntry(entries, place);
	if (!parent || parent === entry) return false;
	entry.partOf = parent.id;
	parent.parts.push(entry.id);
	return true;
}
// dist/knowledge/snapshot.js
let codeHash = null;
function knowledgeCodeHash() {
	if (codeHash) return codeHash;
	const dir = fileURLToPath(new URL(".", import.meta.url));
	const recursive = basename(dir) === "knowledge";
	const hash = createHash("sha256");
	for (const name of readdirSync(dir, { recursive }).map(String).sort()) if (/\.[cm]?[jt]s$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
	codeHash = hash.digest("hex");
	return codeHash;
}
/** Same documents (text and metadata) read by the same code → same key. */
function snapshotKey(documents) {
	const hash = createHash("sha256").update(knowledgeCodeHash());
	for (const d of documents) hash.update(JSON.stringify([
		d.id,
		d.title,
		d.publisher,
		d.kind,
		d.published,
		d.url,
		d.text
	]));
	return hash.digest("hex").slice(0, 32);
}
const SpanSchema = z.object({
	docId: z.string(),
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	text: z.string()
});
const YEARS = z.array(z.number().int());
const EntrySchema = z.object({
	id: z.string(),
	amountSek: z.number().int().nonnegative(),
	qualifier: z.enum([
		"approx",
		"at-most",
		"at-least"
	]).nullable(),
	year: z.number().int().nullable(),
	years: YEARS,
	yearClue: z.string(),
	purpose: z.string(),
	area: z.string(),
	terms: z.array(z.string()),
	recipient: z.string().nullable(),
	payer: z.string().nullable(),
	role: z.string(),
	partOf: z.string().nullable(),
	parts: z.array(z.string()),
	gms: z.boolean(),
	sources: z.array(SpanSchema.extend({ amountText: z.string() }).passthrough()).min(1),
	notes: z.array(z.string()),
	datesDisagree: z.boolean()
}).passthrough();
const SnapshotSchema = z.object({
	ledger: z.object({ entries: z.array(EntrySchema) }).passthrough(),
	passages: z.array(SpanSchema.extend({
		id: z.number(),
		score: z.number(),
		heading: z.boolean()
	})),
	statements: z.object({ deadlines: z.array(z.unknown()) }).passthrough(),
	skipped: z.array(z.object({
		file: z.string(),
		message: z.string()
	}))
});
function checksum(key, body) {
	return createHash("sha256").update(key).update("\n").update(body).digest("hex");
}
/**
* The snapshot for `key`, or null when there is none or anything is off: a checksum over the content, the
* schema, and every quote still equal to its document's text. The caller then rebuilds; nothing is trusted.
*/
function readSnapshot(dir, key, documents) {
	try {
		const raw = readFileSync(join(dir, `${key}.json`), "utf8");
		const newline = raw.indexOf("\n");
		const body = raw.slice(newline + 1);
		if (newline < 0 || raw.slice(0, newline) !== checksum(key, body)) return null;
		const parsed = SnapshotSchema.safeParse(JSON.parse(body));
		if (!parsed.success) return null;
		const snapshot = parsed.data;
		return quotesHold(snapshot, documents) ? snapshot : null;
	} catch {
		return null;
	}
}
/** Every quote of the snapshot is exactly its document's text at its offsets, and amounts are in them. */
function quotesHold(snapshot, documents) {
	const texts = new Map(documents.map((d) => [d.id, d.text]));
	const holds = (s) => texts.get(s.docId)?.slice(s.start, s.end) === s.text;
	return snapshot.passages.every(holds) && snapshot.ledger.entries.every((e) => e.sources.every((s) => holds(s) && s.text.includes(s.amountText)));
}
/** Best effort: a read-only install simply rebuilds each time. Written whole, then renamed, so readers never see half. */
function writeSnapshot(dir, key, snapshot) {
	try {
		mkdirSync(dir, { recursive: true });
		const temporary = join(dir, `${key}.${process.pid}.tmp`);
		const body = JSON.stringify(snapshot);
		writeFileSync(temporary, `${checksum(key, body)}\n${body}`);
		renameSync(temporary, join(dir, `${key}.json`));
	} catch {}
}
// dist/knowledge/knowledge.js
/** Reads a seeds folder and builds the ledger and passage index; problems are reported, not thrown. */
function loadKnowledge(seedsDir, options = {}) {
	const begun = beginLoad(seedsDir, options);
	return "ledger" in begun ? begun : begun.finish([readBatch(begun.documents)]);
}
/**
* Reads the folder's documents: the knowledge itself when a snapshot of them is kept, else a
* pending load. With `cacheDir`, finishing writes the snapshot; corrections apply after it either way.
*/
function beginLoad(seedsDir, options = {}) {
	const loaded = whileLoading(() => loadDocuments(seedsDir));
	const problems = loaded.problems;
	const cacheDir = options.cacheDir;
	const key = cacheDir && loaded.documents.length > 0 ? snapshotKey(loaded.documents) : null;
	if (cacheDir && key !== null) {
		const snapshot = readSnapshot(cacheDir, key, loaded.documents);
		if (snapshot) return corrected(seedsDir, fromSnapshot(loaded.documents, problems, snapshot));
	}
	return {
		documents: loaded.documents,
		finish(batches) {
			const skipped = [];
			const knowledge = join$1(runsOf(loaded.documents, batches), batches, skipped);
			problems.push(...skipped);
			knowledge.problems = problems;
			if (cacheDir && key !== null) writeSnapshot(cacheDir, key, {
				ledger: knowledge.ledger,
				passages: [...knowledge.passages.all()],
				statements: knowledge.statements,
				skipped
			});
			return corrected(seedsDir, knowledge);
		}
	};
}
/** Corrections apply after the snapshot, so editing them never needs a rebuild. */
function corrected(seedsDir, knowledge) {
	const corrections = readCorrections(seedsDir, knowledge.problems);
	if (corrections.length === 0) return knowledge;
	const ledger = structuredClone(knowledge.ledger);
	applyCorrections(ledger.entries, corrections, knowledge.problems);
	return {
		...knowledge,
		ledger
	};
}
function fromSnapshot(loaded, problems, snapshot) {
	const skipped = new Set(snapshot.skipped.map((p) => p.file));
	const documents = loaded.filter((d) => !skipped.has(d.fileName));
	problems.push(...snapshot.skipped);
	return {
		documents,
		wordCounts: countWords(documents),
		ledger: snapshot.ledger,
		passages: createPassageIndex(snapshot.passages),
		statements: snapshot.statements,
		problems
	};
}
/** The runs the batches read: consecutive, as long as each batch's list of documents. */
function runsOf(documents, batches) {
	const runs = [];
	let at = 0;
	for (const b of batches) {
		runs.push(documents.slice(at, at + b.skipped.length));
		at += b.skipped.length;
	}
	return runs;
}
/** Builds from documents already read; a document over the reading budget is skipped as a problem. */
function fromDocuments(documents, problems = []) {
	const all = [...problems];
	return join$1([documents], [readBatch(documents)], all);
}
function join$1(runs, batches, problems) {
	return {
		...whileLoading(() => joinBatches(runs, batches, problems)),
		problems
	};
}
// dist/knowledge/project-names.js
const PROJECT_NAME$1 = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\p{Lu}[\p{Lu}\p{N}]*)+(?![\p{L}\p{N}])/gu;
const named$1 = /* @__PURE__ */ new WeakMap();
/** The project names the documents write (lower case), each to the ids of the documents that write it. */
function projectNamesOf(documents) {
	let names = named$1.get(documents);
	if (!names) {
		const found = /* @__PURE__ */ new Map();
		for (const d of documents) {
			if (!d.text.includes("-")) continue;
			for (const m of d.text.matchAll(PROJECT_NAME$1)) {
				const name = m[0].toLowerCase();
				found.set(name, (found.get(name) ?? /* @__PURE__ */ new Set()).add(d.id));
			}
		}
		names = found;
		named$1.set(documents, names);
	}
	return names;
}
// dist/bot/lexicon.js
const LINES = `
cue help          | =help, =hjälp, =commands, =kommandon, =usage, =meny, =menu, what can i ask, what can you do, vad kan jag fråga, vad kan du, vad kan jag, how does this work, how does it work, how do i use, hur funkar
cue sources       | sources, source, källor, källorna, källa, documents, dokument, dokumenten, references, referenser
cue payer         | paid it out, pays it out, pay it out, paid them out, pays them out, betalar ut dem, betalade ut dem, betalar ut det, betalade ut det, through which, via which, genom vilken, genom vilka, via vilken, which agency, vilken myndighet, betalar ut, betalade ut, betalas ut, betala ut, pays out, pay out, paid out, payer, utbetal*, which agency pays
cue pays          | pays, pay, paid, paying, betalar, betalade, betalades, betalas, betalat, betalats
cue distributor   | handles the money, handles it, handled the money, who handles, hanterar pengarna, hanterar medlen, administrerar, administers, förvaltar, decides how, who decides how, beslutar om fördelningen, bestämmer fördelningen, who splits, distribut*, fördelar, fördela, fördelade ut, passes on, passes it on, vidare
cue receives      | been funded, was funded, were funded, is funded, are funded, got funded, get funded, blivit finansierad, gets, get, got, gotten, getting, receive, receives, received, får, fick, fått, erhöll, erhåller, tar emot, goes, went, gick, går
cue gives         | fund, finance, contributing, finances, financed, lagt, lagt ut, lagt på, satsat, satsade, finansiera, finansierar, finansierade, finansierades, finansieras, finansierat, finansierats, lägger, lägga, hand out, handed out, hands out, delade ut, delar ut, dela ut, contribute, contributes, contributed, chipping in, chip in, chips in, chipped in, put in, putting in, skjuta till, skjuter till, sköt till, skjutit till, lagt in, lägger in, la in, la, lade, bidragit, satsat, gav, ger, gett, givit, gave, given, give, gives, bidrar, bidrog, contributes, contributed, finansierade, finansierar, funded, funds, put into, put in, satsar, satsade, invest*
cue recipient     | mottagare*, recipient, recipients, till vem, to whom
cue deadline      | lämnas in, lämna in, lämnar in, lämnats in, be submitted, submitted, submit, hand in, handed in, deadline, deadlines, tidsgräns*, tidsfrist*, ansökningsdag*, sista ansökningsdag, application deadline, closing date, due, senast, by when, sista dag, sista dagen, last day, när ska, when must, when should, när måste
cue report        | interim, final report, report*, rapport*, slutrapport*, delrapport*, slutredovisning*, delredovisning*, återrapport*, redovisning*, redovisa, redovisas, redovisat
cue requisition   | requisition*, rekvisition*, rekvirera*, rekv, have to ask for, has to ask for, must ask for
cue repay         | repay*, repaid, isn t used, isn t spent, aren t used, wasn t used, weren t used, not been used, hasn t been used, pay back, paid back, pays back, paying back, tillbaka, återbetal*, förbrukat*, outnyttja*, happens to unused, happens to the unused, happens to money not, inte används, inte har använts, inte använts, inte använda, not used, unused, not spent, unspent, oanvända, left over, blir över, inte förbrukas, inte förbrukats, betalas tillbaka, betala tillbaka, betalade tillbaka, paid back, pay back, paying back, pays back, returned
cue minister      | minister responsible, responsible minister, ansvarig minister, ansvarige minister, minist*, statsråd*, socialminist*, sjukvårdsminist*, näringsminist*, finansminist*, statsminist*, utbildningsminist*, forskningsminist*, health minister, minister for health, hälsominist*
cue asker         | riksdagsledamot, riksdagsledamoten, ledamoten, member of parliament, which mp, ställde frågan, ställde, frågade, asked the question, who asked, skriftliga frågan, skriftlig fråga, written question, interpellation*, questioner
cue author        | who wrote, vem skrev, wrote, skrev, author, authors, författare*, skribent*, undertecknare, op ed
cue answered      | svarade, svar, svaret, answered, answer, replied, reply
cue adopt         | adopted, adopt, adopts, antogs, antog, antagit, fastställdes, fastställde, fastställt, fastställts, approved, approve
cue period        | run, runs, running, pågår, löper, how long, hur länge, period, perioden, project period, projekttid*, projektperiod*
cue condition     | if the riksdag, om riksdagen, riksdagen anvisar, riksdagens beslut, if parliament, parliament approves, what happens if, vad händer om, depend, depends, depending, dependent, förutsätt*, villkor*, condition, conditions, conditional, beror på, hänger på, contingent, provided that
cue apply         | ansökningsdag*, sista ansökningsdag, sista ansökningsdagen, application deadline, closing date, last day to apply, apply, applying, ansöka, ansöker, söka medel, söka pengar, how do i apply, how can i apply, hur ansöker, hur söker, for my, för mitt, för min, till mitt, till min, my startup, my company, my project, my research, mitt bolag, mitt företag, mitt projekt, min forskning
cue press         | press contact, press, pressansvarig*, presskontakt*, pressekreterare*, press secretary, press officer, kontaktperson, contact, spokesperson
cue decision      | adopted, antogs, antog, fastställdes, decide, decides, bestämde, bestämdes, decision, decisions, beslut, beslutet, besluten, beslutades, beslutade, beslutat, decided, regeringsbeslut*, taken, fattade, fattades, fattas, fattat, fattats
cue signed        | justerade, justerat, justerar, justerades, föredrog, föredragande, föredragit, presented the decision, signature, signatures, underskrift*, undertecknad, signed, signerade, undertecknade, undertecknat, undertecknades, skrev under, sign*
cue lead          | ledde, leder, lett, leds, ledd, ledda, ledning, ledare, ledaren, led, leads, leading, lead, heads, headed, in charge of, ansvarar för, ansvarade för
cue copy          | copy, copies, kopia, kopior, kopian, cc
cue members       | who s in, who is in, who are in, vilka är med, members, member, medlem*, participants, participate*, deltar, ingår i gms, vilka ingår, takes part, are part of gms, is part of gms, är med i, med i gms, med i genomic medicine sweden, partners, parter, partner, partnerna, samarbetspartner*, samverkanspartner*
cue orgKinds      | universities, which region, vilken region, regions, regioner, regionerna, universitet, universiteten, lärosäten, lärosätena, organisations, organizations
cue regionKind    | region, regions, regioner, regionerna, regionernas, vilken region, which region, nod, noden, nodens, node, node's, vilken nod, which node
# A node is a region as GMS's partner: its money is its share of the year's grant, not an area's
cue node          | nod, noden, nodens, node, node's, vilken nod, which node
cue universityKind | universities, universitet, universiteten, lärosäten, lärosätena
cue breakdown     | which part, what part, which parts, biggest part, largest part, smallest part, vilken del, vilka delar, största delen, minsta delen, which area, what area, vilket område, vilka områden, which areas, what areas, vilka projekt, which projects, what projects, vilka satsningar, which initiatives, vilka delar, each area, every area, per area, by area, varje område, per område, break down, breakdown, split, divided, fördelning*, fördelades, fördelas, uppdelning*, uppdelad, delades upp, delas upp, what parts, into parts, delar, consist*, består, landar
cue purpose       | what for, for what, purpose, aim, aims, the goal, goals, målet, målen, syfte*, till vad, användes, används, what was it for, vad gick det till
cue why           | why, varför, how come
cue total         | how big, how large, hur stor, hur stort, since the start, since the beginning, since it started, since it began, sedan starten, sedan start, sedan början, från början, från start, from the start, from the beginning, all time, of all time, all years, alla år, alla åren, samtliga år, allt inräknat, all in, everything included, all included, together, both, båda, totalsumma*, total*, tot, sammanlagt, sammantaget, in all, altogether, sum, summa, allt som allt, tillsammans, combined, i hela, everything, allt
cue howMuch       | how much, hur mycket, hur mkt, hur mycke, hur stort, hur stor, how many kronor, how many crowns, hur många kronor, hur många miljoner, hur många mkr, hur många msek, hur många kr, how many million, how many millions, how many sek, how many msek, how many swedish kronor
cue amount        | siffror*, siffran, summor, summorna, figures, numbers, earmarked, earmark, öronmärkt*, set aside, payment, payments, cash, moneys, monies, dough, $$, stöd*, belopp*, amount*, funding, finansiering*, pengar*, money, budget, anslag*, stöd, satsning*, allocat*, grant*, medel, medlen, kronor, sek, mnkr, msek, mkr
cue cost          | cost*, kostar, kostade, kostnad*, price, pris, priset, how expensive, hur dyr*, per person, per capita, per invånare, per inhabitant, per citizen, per medborgare
cue frame         | belastas, belastar, charged to, booked against, appropriation*, anslagspost*, budget line, budget frame, budgetram*, använda för uppdraget, use for the assignment, use for the commission
cue ownWork       | egen del, egna del, egen andel, own share, own use, eget bruk, admin, admin cap, cap, administrative, förvaltning, eget arbete, egna arbete, own work, administration, for itself, keep for its own, keep, själv, själva, its own
cue cofund        | lägger själv till, lägger själva till, själv till, själva till, egna budgeten, egen budget, own budget, medfin*, co-fin*, cofin*, samfin*, medfinansiering*, co-fund*, cofund*, co fund*, samfinansiering*, matching, matchas, matchar, medfinansierar, egen insats, bidrar själv, bidrar själva, själva in, själv in, själva med, put in itself, puts in itself, put in themselves, puts in themselves
cue notGms        | inte gms, inte till gms, inte för gms, inte går till gms, går inte till gms, utanför gms, annat än gms, andra än gms, förutom gms, icke gms, not gms, not to gms, not for gms, not go to gms, non gms, outside gms, other than gms, besides gms, isn t gms, isnt gms, aren t gms, doesn t go to gms, didn t go to gms
cue stateMoney    | statliga gms medel*, statliga gms medlen, statliga gms pengar*, statens gms medel*, statens gms medlen, statens gms pengar*, statliga medlen, government money, government's money, government funding, government funds, state money, state's money, state funding, public money, public funding, statens pengar, statliga pengar, statliga medel, statens medel, statens stöd, statligt stöd, statliga stödet, statens anslag, statligt anslag, statliga anslaget, gms money, gms funding, gms pengar*, gms medel, gms medlen, gms s pengar, gms s money, gms s funding, gms anslag*, gms stöd*, gms finansiering*, statlig finansiering*, statliga finansieringen, statens finansiering, government's funding, state's funding, stödet till gms, anslaget till gms, som gms, as gms, state's support, state support, government support
cue granted       | beviljades, beviljade, beviljats, beviljat, beviljas, granted, awarded
cue isIt          | is it, is that, is this, are they, are these, is the money, är det, är de, är detta, är pengarna, är medlen, ingår det, ingår de
cue earlier       | previous, earlier, förra, föregående, tidigare, fjolårets, previous round, last round, förra omgången, förra rundan, förra gången, last time
cue perMonth      | i månaden, per månad, varje månad, om månaden, månadsvis, a month, per month, each month, every month, monthly
cue need          | behöver, behövs, behövde, behov, behovet, need, needs, needed, would need
cue proposal      | yrkar, yrkade, yrkat, yrkande, yrkandet, yrkanden, moved, motion, föreslår, föreslog, föreslagit, föreslås, förslag, förslaget, propose, proposes, proposed, proposal, suggest, suggests, suggested, kräver, krävde, demand, demands, vill, ville, want, wants, wanted
cue estimate      | budgetprop*, budget bill*, estimate*, beräknas, beräknat, beräknade, beräknades, beräknar, beräkning*, budget bill, budgetpropositionen, planned, planerat
cue followUp      | ^and, ^och, ^what about, ^how about, ^hur är det med, ^hur blir det med, ^samma för, ^same for, ^then, ^also, ^även, ^men, ^än, ^varav, ^därav, ^of which, ^av dem, ^av dessa, ^av det, ^av detta, ^and of that, ^of that, ^how much of that, ^how much of it, ^how much of those, ^hur mycket av det, ^hur mycket av dem, ^hur mkt av det
cue said          | sa, sade, sagt, säger, say, says, said, told, tycker, tyckte, tyckt, uttalade, uttalat, kommenterade, kommenterar, commented, comment, comments, quote, quotes, quoted, citat, citatet, citerade, citeras
cue says          | what do the documents say, what does the document say, vad säger dokumenten, vad står det, vad står det om, tell me about, berätta om, what is said about, what is written about, säger dokumenten, say about
cue published     | announced, announce, was announced, tillkännagavs, tillkännagav, offentliggjordes, presenterades, publicerades, publicerad, publicerat, publicerats, publiceringsdatum, published, publication date, date of publication, came out, utkom
cue documents     | which documents, vilka dokument, which document, vilket dokument, which sources, vilka källor, in which, i vilka
cue change        | ökas, ökades, höjs, höjdes, diff, differens, go up, went up, gone up, gick upp, go down, went down, gick ner, rise, rose, risen, fall, fell, steg, sjönk, ökar, minskar, increas*, decreas*, difference, grow*, growth, compare*, compared, ökning*, ökade, ökat, öka, minskning*, minskade, minskat, skillnad*, skiljer, skilde, skiljde, skilja, jämför*, up or down, upp eller ner, change, förändring*, drop, drops, dropped, nedgång*
cue down          | decreas*, minskade, minskat, minskar, minskning*, sjönk, sjunkit, drop, drops, dropped, fall, fell, gick ner, went down, go down, nedgång*
cue times         | how many times, times larger, times more, times bigger, times as much, times higher, hur många gånger, gånger mer, gånger så mycket, gånger större, gånger högre, gånger så stor, gånger så stort
cue versus        | står sig mot, står det sig mot, står de sig mot, jämfört med, jämförs med, i förhållande till, compared with, compared to, compare with, compare to, stack up against, versus, vs
cue more          | more, mer, mera, större, högre, bigger, larger, higher, exceed*, surpass*, översteg, överstiger, överskred, överskrider
cue less          | less, mindre, fewer, lägre, smaller, lower, understeg, understiger
cue than          | than, än
cue either        | or, eller
cue share         | andel*, share, percent, percentage, procent, proportion, fraction, hur stor del, what part of, %
cue shareNoun     | andel*, share, proportion, fraction, hur stor del, what part of
cue largest       | största, högsta, largest, biggest, most, mest, störst*, highest, top, topp
cue smallest      | minsta, lägsta, smallest, least, minst, lägst, lowest
cue average       | average, genomsnitt*, snitt, i snitt, on average, mean, medelvärde
cue perYear       | per year, per år, each year, $each, vardera, var för sig, respektive, $respektive år, varje år, every year, yearly, annual*, årlig*, om året, a year, år för år, year by year, by year
cue overview      | overview, översikt*, summary, sammanfattning, trend, trends, utveckling, utvecklingen, over time, över tid, going up, going down, går upp, går ner
cue title:chair   | ordförande, ordföranden, chair, chairs, chaired, chairman, chairperson, chairwoman
cue title:project-leader | projektledare, projektledaren, project leader, project lead, projektets ledare
cue title:head    | generaldirektör, generaldirektören, director general, verksamhetschef, chef, head of
cue title:coordinator | koordinator, samordnare, coordinator
cue title:prime-minister | statsminister, statsministern, prime minister, premier
cue firstYear     | first fund, first funded, first gave, first give, first got, first get, first received, the first time, första gången, för första gången, when did the funding start, when did funding start, when did it start, since when, sedan när, first year, första året, first funded, när började, när startade finansieringen, when did the money start, när kom de första pengarna
cue whichYears    | vilka år, vilka åren, which years, what years, vilka årtal, under vilka år, in which years, how many years, hur många år
cue list          | list, lista, alla, every, all, each, samtliga, varje, var och en
cue included      | included, include, includes, ingår, ingick, inkluderad*, inräknad*, part of, del av, counted, count as, counts as, räknas, räknas som
cue mayUse        | may use, might use, could use, can use, allowed to use, may spend, får använda, fick använda, får disponera
cue including     | inkl, inklusive, including, incl, medräknat, inberäknat
cue ownMoney      | egna medel, egna pengar, own funds, own money, of its own, their own money, its own money
cue fresh         | new money, nya pengar, nya medel, färska pengar, fresh money, nytillskott, new funding, ny finansiering, nya anslag, new grant
cue onTopOf       | on top of, utöver, in addition to, besides, extra, additional
cue whatIs        | what is, what are, what does, whats, vad är, vad betyder, vad gör, vad innebär, what was
cue whoIs         | who is, who was, who are, vem är, vem var, vilka är, who wrote, vem skrev, author, författare*, skribent*
cue passOn        | vidare, skickar vidare, skickas vidare, skickade vidare, för vidare, förs vidare, fördes vidare, fördelar vidare, fördelas vidare, går vidare, gick vidare, vidare till, passes on, passed on, pass on, passing on, hands on, handed on, hand on, on to other, to other regions, in other regions, till andra regioner, till övriga regioner
cue thatAmount    | that amount, det beloppet, den summan, that sum, that grant, det anslaget, those funds, de pengarna, that money, the amount
cue whichLine     | vilket anslag, vilken anslagspost, vilka anslag, vilka anslagsposter, which appropriation, what appropriation, which budget line, what budget line, which budget lines
cue caseNumber    | diarienummer, diarienumret, diarienumren, diarienr, dnr, ärendenummer, ärendenumret, beteckning, beteckningen, case number, case numbers, reference number, reference numbers, registration number, file number, ref nr, ref no
cue next          | nästa, next, kommande, upcoming, coming, will decide, will the government decide, ska besluta, kommer att besluta, kommer regeringen att besluta, kommer regeringen besluta
cue latest        | most recently, most recent, latest, senaste, senast beslutade, newest, nyaste
cue aboutBot      | are you a bot, r u a bot, ru a bot, are u a bot, is this a bot, is this bot a real person, are you a real person, are you human, r u human, are you a person, is this a person, are you an ai, is this ai, är du en bot, är du en robot, är du en människa, är du människa, är du en person, är det en bot, är detta en bot, är du ai
cue greeting      | ^hi, ^hello, ^hey, ^hej, ^hallå, ^tjena, ^god morgon, ^god dag, ^god kväll, ^good morning, ^good afternoon, ^good evening, ^hejsan
cue request       | give me, ge mig, show me, visa mig, tell me, list me, can i get, kan jag få
cue count         | how many, hur många, number of, antal*, antalet
cue correction    | rättelse, rättelsen, rättelser, rättad, rättade, rättat, rättats, correction, corrections, corrected, korrigerad*, korrigering*, korrigerade
cue area          | område*, area, areas, field, fields
cue atMost        | max, maximum, maximalt, högst, at most, up to, upp till, can one project get, can a project get, can each project get, kan ett projekt få, kan ett projekt beviljas, kan varje projekt få, per project at most, högst per projekt
cue without       | men inte, but not, utan, exklusive, exkl, excluding, exclude, excluded, without, not counting, not including, except, bortsett från, räkna inte med, räknat inte med, räkna bort, inte inräknat, inte medräknat
cue thanks        | thanks, thank you, thank, thx, ty, tack, tackar, tusen tack, cheers, bra svar, perfekt, toppen, great, nice, ok, okej, okay, fint, grymt, super

question who      | who, vem, vilka, whom, whos, who s, hoo
question what     | what, vad, wat, wut, va, vadå
question which    | which, wich, whitch, vilken, vilket, vilka, vilke
question when     | when, när, datum, date, vilken dag, which day, wen, whn
question how      | how, hur, hw, hoe
question where    | where, var
question yesNo    | ^is, ^are, ^was, ^were, ^did, ^does, ^do, ^has, ^have, ^can, ^ingår, ^är, ^var, ^fick, ^får, ^finns, ^har, ^gick, ^blev, ^stämmer

topic antibiotikaresistens     | amr, antibiotic resistance, antimicrobial resistance, antibiotikaresistens, resistens, antibiotic, antibiotics
topic infektionssjukdomar      | infectious diseases, infectious disease, infections, infection, infektionssjukdomar, infektion, infektioner
topic bröst- och äggstockscancer | bröst äggstock, bröst och äggstock, bröst äggstockscancer, brca, brca1, brca2, hereditary breast cancer, hereditary breast and ovarian cancer, ärftlig bröstcancer
topic helgenomsekvensering     | wgs, whole genome sequencing, whole-genome sequencing, whole genome, helgenom*
topic precisionsmedicin        | precision medicine, precisionsmedicin, personalised medicine, personalized medicine
topic barncancer               | childhood cancer, paediatric cancer, pediatric cancer, children's cancer, kids cancer, child cancer
topic sällsynta diagnoser      | rare diseases, rare disease, rare diagnoses, rare conditions, rare disorders, sällsynta, sällsynt, sällsynta sjukdomar
topic farmakogenomik           | pharmacogenomics, pharmacogenetics, pgx, farmako, pharmaco, farmakogenomik, farmakogenetik, farmgen, farmagen, pharmgen
topic ärftlig hjärtsjukdom     | hjärta, hjärtat, heart, hjärt, inherited heart disease, hereditary heart disease, inherited cardiac disease, heart disease, hjärtsjukdom, hjärtsjukdomar
topic datadelning              | data sharing, sharing data, data exchange, datadelning
topic akuta leukemier          | acute leukaemia, acute leukemia, acute leukaemias, acute leukemias, akut leukemi
topic solida tumörer           | solid tumours, solid tumors, solid tumour, solid tumor
topic hälsoekonomi             | health economics, health economic, health-economic, health economy, hälsoekonomi, hälsoekonomisk*
topic hjärtmottagning          | heart clinic, cardiac clinic

org Region Skåne               | rs, region skåne, region skane, skåne, skane, skånes, region scania, scania
org Skånes universitetssjukhus | sus, skånes universitetssjukhus, skane university hospital, skåne university hospital
org Socialstyrelsen            | sos, socialstyrelsen, socialstyrelsens, national board of health and welfare, nbhw
org Karolinska institutet      | ki, karolinska, karolinska institutet, karolinska institute, kis
org Kammarkollegiet            | kamk, kammarkollegiet, legal financial and administrative services agency
org Regionalt cancercentrum    | rcc, regionalt cancercentrum, regionala cancercentrum, regional cancer centre, regional cancer center, regional cancer centres
org Vinnova                    | vinnova, vinnovas
org Forte                      | forte, fortes
org SciLifeLab                 | scilifelab, scilifelabs, science for life laboratory
org Barncancerfonden           | bcf, barncancerfonden, barncancerfondens, childhood cancer fund, swedish childhood cancer fund
org Folkhälsomyndigheten       | folkhälsomyndigheten, fohm, fhm, public health agency, public health agency of sweden
org Region Västerbotten        | region västerbotten, västerbotten, västerbottens, region vasterbotten, vasterbotten, vasterbottens
org Region Uppsala             | region uppsala, uppsala, uppsalas
org Region Örebro län          | röl, region örebro län, region örebro, region orebro, örebro, orebro, örebros
org Region Stockholm           | region stockholm, stockholm, sll, stockholms läns landsting
org Västra Götalandsregionen   | vgr, västra götalandsregionen, region västra götaland, västra götaland, region vastra gotaland, vastra gotaland, vastra gotalandsregionen
org Region Östergötland        | region östergötland, östergötland, rög
org Region Halland             | region halland
org Region Jönköpings län      | region jönköpings län, region jönköping
org Region Kalmar län          | region kalmar län, region kalmar
org Region Gävleborg           | region gävleborg
org Region Dalarna             | region dalarna
org Region Norrbotten          | region norrbotten
org Region Västernorrland      | region västernorrland
org Region Jämtland Härjedalen | region jämtland härjedalen, region jämtland
org Region Värmland            | region värmland
org Region Västmanland         | region västmanland
org Region Sörmland            | region sörmland
org Region Kronoberg           | region kronoberg
org Region Blekinge            | region blekinge
org Region Gotland             | region gotland, region gotlands
org Sahlgrenska universitetssjukhuset | sahlgrenska, sahlgrenska universitetssjukhuset, sahlgrenska university hospital
org Karolinska universitetssjukhuset  | karolinska universitetssjukhuset, karolinska university hospital
org Akademiska sjukhuset       | akademiska, akademiska sjukhuset, uppsala university hospital
org regionerna                 | regionerna, the regions, regions, regionernas, the seven regions, de sju regionerna
org Biobank Sverige            | biobank sverige, biobank sweden
org Lunds universitet          | lunds universitet, lund university, lunds uni, lund uni
org Uppsala universitet        | uppsala universitet, uppsala university, uppsala uni
org Göteborgs universitet      | göteborgs universitet, university of gothenburg, gothenburg university, goteborgs universitet
org Linköpings universitet     | linköpings universitet, linköping university, linkoping university, liu
org Örebro universitet         | örebro universitet, örebro university, orebro university
org Stockholms universitet     | stockholms universitet, stockholm university
org Umeå universitet           | umeå universitet, umeå university, umea universitet, umea university, umeå uni, umea uni, umu
org regeringen                 | regeringen, government, the government, govt, the govt, gov t, swedish government, the swedish government, sweden s government, svenska regeringen, svenska staten, swedish state, regeringens, government's, staten, statens, the state, state
org GMS                        | gms, genomic medicine sweden, genomic medicine, gms-pengar*, gms-medel*
org EU                         | eu, european union, eu4health

time -1     | i fjol, ifjol, förra året, fjolåret, fjolårets, last year, last year's, last yr, föregående år
time 0      | i år, this year, this year's, this yr, årets, innevarande år, current year
time +1     | nästa år, next year, next year's, next yr, kommande år, nästkommande år
time latest | senaste året, latest year, most recent year
time prev   | året innan, året före, the year before, the previous year, previous year, föregående år, förra
time same   | samma år, samma året, det året, det år, just det året, that year, the same year, same year, that same year
time after  | året efter, året därpå, året därefter, the year after, the following year, following year, the next year

doc pressmeddelande       | pm, press release, press releases, pressmeddelande*
doc regeringsbeslut       | regeringsbeslut*, rb, beslutet, decision document, beslutsdokumentet
doc regleringsbrev        | regleringsbrev*, appropriation direction*, letter of appropriation, appropriation letter*
doc riksdagssvar          | riksdagssvar*, riksdagen, parliament, written answer, skriftlig fråga, frågesvar*, interpellationssvar*
doc debattartikel         | debattartikel*, debattör*, op ed, opinion piece, debate article, debaters
doc verksamhetsberättelse | annual report, verksamhetsberättelse*, årsrapport*
doc utlysning             | utlysning*, call for proposals, call, calls
doc budgetproposition     | budgetprop*, bp, budget bill, budget bills
doc nyhet                 | news item, news article, nyhetsartikel*, artikeln, the article, article
doc protokoll             | protokoll*, sammanträdesprotokoll*, minutes, board minutes, regionstyrelse*, regional board, regional council
doc uppslagsverk          | wikipedia, wikipedias, uppslagsverk*, encyclopedia, encyclopaedia

offtopic weather | weather, väder, vädret, temperature, temperatur, regn, rain, snow, snö
offtopic sports  | football, fotboll, hockey, ishockey, matchen, soccer, sport, sports, olympics, allsvenskan, fotbollsmatch*, match result
offtopic foreign | norway, norge, norges, denmark, danmark, danmarks, finland, finlands, germany, tyskland, usa, america, uk, britain, norwegian, danish, finnish
offtopic food    | sushi, kebab, pub, pubs, nightclub, pizza, pizzas, pizzeria, pizzor, restaurant, restaurants, restaurang, restauranger, café, cafe, kafé, lunch, dinner, middag, fika, burger, hamburgare
offtopic travel  | train, trains, tåg, tåget, tågbiljett*, flight, flights, flyg, flyget, hotel, hotels, hotell, bus ticket, bussbiljett*, taxi
offtopic misc    | stock price, aktie, aktien, aktiekurs, recipe, recept, movie, election, bitcoin

noise general    | pga, på grund av, skickar, skickas, skickade, händer, hände, hänt, happens, happened, according, enligt, enl, gäller, gällde, gälla, acc, gonna, tomorrow, imorgon, week, vecka, veckan, kommenterade, commented, comment, stod, must, should, shall, will, unused, leftover, remaining, oanvända, oförbrukade, kvar, återstående, skulle, borde, måste, announces, aviserade, meddelade, presenterade, said, stated, states, written, nämns, nämnde, nämner, handlar, handlade, behandlar, mentioned, mention, mentions, concern, concerns, discuss, discusses, står, säger, sa, sagt, happened, hände, hänt, used, use, using, användas, använda, använde, make, made, gjorde, görs, göra, take, took, tog, tar, ta, ta, really, verkligen, actually, faktiskt, exakt, precisely, currently, nuvarande, just nu, right now, lately, nyligen, recently, ever, någonsin, still, fortfarande, already, redan, yet, ännu, new, nya, nytt, ny, old, gamla, first, första, last, sista, second, andra, other, others, annat, övriga, whole, hela, much, lots, mycket, lot, big, stor, small, liten, many, många, several, flera, few, få, good, bra, bad, dålig, kind, sort, sorts, slags, type, typ, way, sätt, thing, things, saker, sak, okay, och, so, så, same, samma, such, sådan, sådana, well, ja, yes, no, nej, inte, not, maybe, kanske, probably, nog, please, tack, thanks, right, rätt, correct, true, sant, stämmer
noise project    | per project, per projekt, each project, varje projekt, ett projekt, per ansökan, per application
noise channel    | agency, agencies, myndighet, myndigheten, myndigheter, channel, kanal
noise filler     | back to, tillbaka till, in english, på engelska, in swedish, på svenska, regionfullmäktige, pott, potten, pot, the pot, kitty, among, amongst, else, annat, finns, fanns, funnits, exists, exist, existing, come, comes, came, kommer, news, nyheter, nyheterna, nytt, updates, uppdateringar, itemised, itemized, specificerat, specificerad, redovisat i detalj, doesnt, doesn t, does not, inte godkänner, approve, approves, godkänner, heter, hette, named, called, steering group, the steering group, with dates, with the dates, with their dates, med datum, med datumen, with sources, med källor, one, egen, eget, egna, own, single, enskild*, individual, års, so far, hittills, until now, to date, nåt, något, nån, nånting, anything, something, ba, asså, table, tabell, chart, graf, graph, euro, euros, eur, dollar, dollars, usd, pls, plz, please, snälla, typ, ungefär, egentligen, alltså, liksom, exakt, precis, kolla, yo, mm, hmm, lol, btw, fyi, quick, question, fråga, frågan, undrar, wondering, jag, undrade, wonder, know, veta, vet, säg, say, tell, me, us, berätta, visa, show, give, ge, mig, oss, kan, du, you, can, could, would, there, bot, gms-bot, hey, hi, ok, again, igen, nu, now, then, sen, exactly, roughly, approx, approximately, about, om, cirka, ca, like, liksom, ju, väl, någon, some, thing, grej, grejen, info, information, uppgift*, siffr*, figure*, number*, s, t, spent, spend, goes, wise, tror, think, mean, menar, med, från, from, heller, either, too, också, year, years, år, åren, året, years', yr, year's, årets, period, perioden, during, under, mellan, between, to, till, in, i, for, för, of, av, på, on, into, kr, kronor, sek, miljoner, miljon, million, millions, m, mn, mil, mille, k, tkr, miljard, miljarder, billion
tail -            | spåret, spår, delen, del, biten, bit, posten, post, pengarna, pengar, satsningen, satsning, anslaget, projektet, projekt, piloten, pilot, medlen, summan, potten, beloppet, grejen, studien, insatsen
`;
const RANK_WORDS = /* @__PURE__ */ new Map([
	["two", 2],
	["två", 2],
	["three", 3],
	["tre", 3],
	["four", 4],
	["fyra", 4],
	["five", 5],
	["fem", 5]
]);
const GIVING_BODIES = /* @__PURE__ */ new Set([
	"EU",
	"Vinnova",
	"Forte",
	"Barncancerfonden"
]);
function parseLine(line) {
	const bar = line.indexOf("|");
	const [role = "", ...value] = line.slice(0, bar).trim().split(/\s+/);
	return line.slice(bar + 1).split(",").map((p) => p.trim().toLowerCase()).filter(Boolean).map((phrase) => {
		const mark = phrase[0];
		const at = mark === "^" ? "start" : mark === "$" ? "end" : mark === "=" ? "whole" : "anywhere";
		const tokens = (at === "anywhere" ? phrase : phrase.slice(1)).split(/[\s\-'’]+/).filter(Boolean);
		return {
			role,
			value: value.join(" "),
			tokens,
			at
		};
	});
}
const TOKEN = /\p{Lu}{2,}(?:-\p{Lu}[\p{Lu}\p{N}]*)+|[\p{L}\p{N}]+|%|→|->/gu;
const HYPHENATED = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** Where the text writes a name the documents know, however it is cased: start → end. */
function namedSpans(text, isName) {
	const spans = /* @__PURE__ */ new Map();
	if (!isName || !text.includes("-")) return spans;
	for (const m of text.matchAll(HYPHENATED)) if (isName(m[0].toLowerCase())) spans.set(m.index ?? 0, (m.index ?? 0) + m[0].length);
	return spans;
}
function tokenize(text, isName) {
	const out = [];
	const names = namedSpans(text, isName);
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
		const start = m.index;
		const nameEnd = names.get(start);
		if (nameEnd !== void 0) {
			out.push({
				word: text.slice(start, nameEnd).toLowerCase(),
				start,
				end: nameEnd
			});
			TOKEN.lastIndex = nameEnd;
			continue;
		}
		const word = m[0].toLowerCase();
		const month = monthCompound(word);
		if (month === null) out.push({
			word,
			start,
			end: start + word.length
		});
		else out.push({
			word: month,
			start,
			end: start + month.length
		}, {
			word: word.slice(month.length),
			start: start + month.length,
			end: start + word.length
		});
	}
	return out;
}
const MONTH_WORDS = [...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m) => m.toLowerCase());
let monthTails = null;
/** "februaribeslutet", "junipressmeddelandet": a month joined to a one-word decision or document cue is two words. */
function monthCompound(word) {
	const month = MONTH_WORDS.find((m) => word.length > m.length + 3 && word.startsWith(m));
	if (month === void 0) return null;
	monthTails ??= LEXICON.filter((e) => (e.role === "doc" || e.role === "cue" && e.value === "decision") && e.tokens.length === 1).map((e) => e.tokens[0] ?? "");
	const tail = word.slice(month.length);
	return monthTails.some((t) => t.endsWith("*") ? tail.startsWith(t.slice(0, -1)) : tail === t) ? month : null;
}
const LEXICON = LINES.split("\n").filter((l) => l.includes("|") && !l.trimStart().startsWith("#")).flatMap(parseLine);
/** Topic and organisation aliases: the translator uses them to reach the documents' own words. */
function aliasesOf(role) {
	return LEXICON.filter((e) => e.role === role && !e.tokens.some((t) => t.endsWith("*"))).map((e) => [e.tokens.join(" "), e.value]);
}
// dist/bot/english-names.js
const AREA_NAMES = [
	["helgenomsekvensering av bakterier och virus", "whole-genome sequencing of bacteria and viruses"],
	["antibiotikaresistens", "antibiotic resistance"],
	["infektionssjukdomar", "infectious diseases"],
	["bakterier och virus", "bacteria and viruses"],
	["barncancer", "childhood cancer"],
	["barn med cancer", "childhood cancer"],
	["akuta leukemier", "acute leukaemia"],
	["sällsynta diagnoser", "rare diseases"],
	["sällsynta hälsotillstånd", "rare diseases"],
	["solida tumörer", "solid tumours"],
	["ärftlig hjärtsjukdom", "inherited heart disease"],
	["farmakogenomik", "pharmacogenomics"],
	["bröstcancer", "breast and ovarian cancer"],
	["äggstockscancer", "breast and ovarian cancer"],
	["lungcancer", "lung cancer"],
	["prostatacancer", "prostate cancer"],
	["hälsoekonomisk", "health economics"],
	["genetisk vägledning", "genetic counselling"],
	["precisionsmedicin", "precision medicine"],
	["precisionsdiagnostik", "precision diagnostics"],
	["molekylär diagnostik", "genetic and molecular diagnostics"],
	["genetisk diagnostik", "genetic diagnostics"],
	["helgenomsekvensering", "whole-genome sequencing"],
	["tidig upptäckt", "early detection"],
	["samordning", "coordination and follow-up"],
	["uppföljning", "follow-up"],
	["förlossningsvård", "maternity care"],
	["hälsodata", "health data"],
	["datadelning", "data sharing"],
	["cancervård", "cancer care"],
	["kliniska studier", "clinical trials"],
	["life science", "life science"],
	["eget arbete", "its own work"],
	["sitt eget", "its own work"],
	["eget", "its own work"],
	["regeringsuppdrag", "government assignments"],
	["piloter", "pilot projects"],
	["pilotprojekt", "pilot projects"]
];
/** Each role's English name: what the amount is when its purpose has no English name. */
const ROLE_NAMES$1 = {
	grant: "a government grant",
	part: "a share of a grant",
	total: "a stated total",
	"multi-year-total": "total funding",
	"co-funding": "co-funding",
	"agency-cap": "the agency's own costs",
	"budget-frame": "a budget frame",
	comparison: "an earlier figure",
	estimate: "an estimate",
	"not-funding": "a cost"
};
const PILOT_STEMS = [
	"piloter",
	"pilotprojekt",
	"pilot"
].map(phraseStems);
const AREA_STEMS = AREA_NAMES.map(([sv, en]) => ({
	stems: phraseStems(sv),
	en
}));
const purposeStems = cacheByKey(phraseStems, 2e4);
/** Each role's Swedish name: what the amount is when the purpose read is only a fragment of its sentence. */
const SWEDISH_ROLE_NAMES = {
	grant: "anslag",
	part: "del av ett anslag",
	total: "angiven summa",
	"multi-year-total": "total finansiering",
	"co-funding": "medfinansiering",
	"agency-cap": "myndighetens egna kostnader",
	"budget-frame": "budgetram",
	comparison: "tidigare belopp",
	estimate: "beräkning",
	"not-funding": "kostnad"
};
const NO_PURPOSE = new Set(`fjol fjolårets nästa kommande året åren samtidigt bidrar bidrog receives receive will gets får fick
  fått ska skall kommer uppgår uppgick uppgått amounts amounted totals beräknas beräknar beräknat ändamålet
  ändamål`.split(/\s+/));
const NAME_WORDS$1 = new Set(aliasesOf("org").flatMap(([alias]) => alias.split(" ")));
/** "Genomic Medicine Sweden får", "de", "I fjol fick GMS": a purpose that names no purpose. */
function isPurposeless(purpose) {
	return !words$1(purpose).some((w) => isContentWord(w.word) && !NO_PURPOSE.has(w.word) && !NAME_WORDS$1.has(w.word));
}
/** A short name for what an entry is for in Swedish: the term its purpose names, else its own words. */
function swedishPurpose(entry, max) {
	const stems = purposeStems(`${entry.area} ${entry.purpose}`);
	const named = AREA_NAMES.find((_a, i) => containsPhrase(stems, AREA_STEMS[i]?.stems ?? []));
	if (named) return named[0];
	if (isPurposeless(entry.purpose)) return SWEDISH_ROLE_NAMES[fundingRole(entry)];
	return entry.purpose.length <= max ? entry.purpose : `${entry.purpose.slice(0, max - 1)}…`;
}
/** What an entry is for, in English: a named area the purpose mentions, else its role. */
function englishPurpose(entry) {
	const stems = purposeStems(`${entry.area} ${entry.purpose}`);
	const named = AREA_STEMS.find((a) => containsPhrase(stems, a.stems));
	if (!named) return roleName(entry, "en");
	return PILOT_STEMS.some((p) => containsPhrase(stems, p)) && !named.en.startsWith("pilot") ? `pilot projects in ${named.en}` : named.en;
}
const GOVERNMENT$1 = /^(?:regeringen|staten)$/i;
/**
* What the role is called in the language, the label of an entry whose purpose says nothing; a grant another
* giver than the state gives says so ("a grant from EU").
*/
function roleName(entry, language) {
	const role = fundingRole(entry);
	const giver = entry.funder;
	if (role === "grant" && giver && !GOVERNMENT$1.test(giver)) return language === "sv" ? `bidrag från ${giver}` : `a grant from ${giver}`;
	return language === "sv" ? SWEDISH_ROLE_NAMES[role] : ROLE_NAMES$1[role];
}
/** The asker's topic words in English when they name a known area ("barncancer" → "childhood cancer"). */
function topicInEnglish(swedish) {
	const stems = purposeStems(swedish);
	const named = AREA_STEMS.find((a) => a.stems.length === stems.length && containsPhrase(stems, a.stems));
	return named ? named.en : swedish;
}
const COMMON_ORGS = /* @__PURE__ */ new Map();
for (const [alias, name] of aliasesOf("org")) {
	if (name !== name.toLowerCase() || !alias.startsWith("the ")) continue;
	if (!COMMON_ORGS.has(name)) COMMON_ORGS.set(name, {
		sv: name,
		en: alias
	});
}
/** "regionerna" / "the regions" for a ledger's "Regionerna"; other names as they are. */
function organisationName(name, language) {
	const common = COMMON_ORGS.get(name.toLowerCase());
	return common ? common[language] : name;
}
// dist/bot/say.js
/** Picks the Swedish or English wording. */
function say(language, sv, en) {
	return language === "sv" ? sv : en;
}
const TOPIC_BY_KEY = new Map(TOPICS.map((t) => [t.key, t]));
const PHRASES_BY_FIRST$1 = /* @__PURE__ */ new Map();
TOPICS.forEach((t, topic) => {
	for (const phrase of t.svPhrases.map(phraseStems)) {
		if (phrase[0] === void 0) continue;
		const list = PHRASES_BY_FIRST$1.get(phrase[0]) ?? [];
		list.push({
			topic,
			phrase
		});
		PHRASES_BY_FIRST$1.set(phrase[0], list);
	}
});
const purposeTopics = /* @__PURE__ */ new WeakMap();
/** Every known topic an entry's purpose names ("barncancer och cancer som drabbar kvinnor" names two). */
/** Whether the entry is about a known area, by its words or its area key. */
function namesTopic(entry) {
	return TOPIC_BY_KEY.has(entry.area) || topicsOf(entry).length > 0;
}
function topicsOf(entry) {
	let found = purposeTopics.get(entry);
	if (!found) {
		const stems = phraseStems(entry.purpose);
		const named = /* @__PURE__ */ new Set();
		stems.forEach((s, i) => {
			for (const { topic, phrase } of PHRASES_BY_FIRST$1.get(s) ?? []) if (containsPhrase(stems.slice(i, i + phrase.length), phrase)) named.add(topic);
		});
		found = [...named].sort((a, b) => a - b).map((i) => TOPICS[i]).filter((t) => t !== void 0);
		purposeTopics.set(entry, found);
	}
	return found;
}
const labels = {
	sv: /* @__PURE__ */ new WeakMap(),
	en: /* @__PURE__ */ new WeakMap()
};
/** A short label for an entry: the areas it names in the asker's language, else the document's words. */
function entryLabel(entry, language) {
	let label = labels[language].get(entry);
	if (label === void 0) {
		label = readLabel(entry, language);
		labels[language].set(entry, label);
	}
	return label;
}
function readLabel(entry, language) {
	const named = topicsOf(entry);
	const conditions = named.filter((t) => t.kind === "condition");
	const shown = conditions.length > 0 ? conditions : named.slice(0, 1);
	if (shown.length === 0) {
		const topic = TOPIC_BY_KEY.get(entry.area);
		if (topic) return topicName(topic.key, language);
		if (language === "en") return englishPurpose(entry);
		return isPurposeless(entry.purpose) ? roleName(entry, "sv") : shorten(entry.purpose, 90);
	}
	return listText(shown.map((t) => language === "sv" ? t.sv : t.en), language);
}
function topicName(key, language) {
	const topic = TOPIC_BY_KEY.get(key);
	return topic ? language === "sv" ? topic.sv : topic.en : key;
}
function shorten(full, max) {
	const text = oneLine(full);
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(" ");
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
/** The text with its first letter in upper case ("riksdagssvaret" → "Riksdagssvaret"). */
function capital(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
/** "2021", "2021–2023", or "" when unknown. */
function yearsText(entry) {
	if (entry.years.length === 0) return "";
	const first = entry.years[0];
	const last = entry.years.at(-1);
	return first === last ? String(first) : `${first}–${last}`;
}
/** Joins "a, b and c" / "a, b och c". */
function listText(items, language, joiner) {
	if (items.length <= 1) return items[0] ?? "";
	return `${items.slice(0, -1).join(", ")} ${joiner ?? say(language, "och", "and")} ${items.at(-1)}`;
}
/** A quote wrapped over lines in its document (a PDF's text) reads as one line in an answer. */
function oneLine(text) {
	return text.includes("\n") || text.includes("\r") ? text.replace(/\s*[\r\n]+\s*/g, " ") : text;
}
// dist/bot/answers/context.js
function amountText(ctx, sek) {
	return formatAmount(sek, ctx.language);
}
const QUALIFIER_WORDS = {
	approx: ["cirka", "about"],
	"at-least": ["minst", "at least"],
	"at-most": ["högst", "at most"]
};
/** "minst 100 miljoner kronor": an amount with the word its qualifier reads as. */
function qualifiedText(ctx, sek, qualifier) {
	const amount = amountText(ctx, sek);
	if (qualifier === null) return amount;
	const [sv, en] = QUALIFIER_WORDS[qualifier];
	return `${ctx.language === "sv" ? sv : en} ${amount}`;
}
/**
* What a sum of qualified amounts is: at least when some addend is "över 100 miljoner" and none is
* approximate or a ceiling, about when any is approximate (or bounds pull both ways), else exact.
*/
function sumQualifier(parts) {
	const kinds = new Set(parts.map((p) => p.qualifier).filter((q) => q !== null));
	if (kinds.size === 0) return null;
	if (kinds.size === 1) return [...kinds][0] ?? null;
	return "approx";
}
/** A stated figure: every source of the entry cited, its amount in each quote. */
function entryFigure(ctx, entry) {
	const { ids, text } = ctx.citations.markers(entry.sources);
	const converted = entry.sources.length > 0 && entry.sources.every((s) => scaledCell(s.amountText, entry));
	return {
		figure: {
			amountSek: entry.amountSek,
			year: entry.year,
			label: converted ? `${figureLabel(ctx, entry)} (${ctx.language === "sv" ? "omräknat från tabellens enhet" : "converted from the table's unit"})` : figureLabel(ctx, entry),
			derived: converted,
			citations: ids
		},
		markers: text
	};
}
const BARE_CELL = /^\d{1,3}(?:[ \u00A0]\d{3})*(?:,\d+)?$/;
/** The cell is a bare number whose own value is not the entry's amount: the table's unit scaled it. */
function scaledCell(text, entry) {
	if (!BARE_CELL.test(text)) return false;
	const value = Number(text.replace(/[ \u00A0]/g, "").replace(",", "."));
	return Number.isFinite(value) && value !== entry.amountSek;
}
/** The label says what kind of amount it is when the number alone would mislead (a ceiling, an estimate). */
function figureLabel(ctx, entry) {
	const label = entryLabel(entry, ctx.language);
	const sv = ctx.language === "sv";
	if (entry.qualifier === "at-most") return `${sv ? "högst" : "at most"}: ${label}`;
	if (entry.qualifier === "approx") return `${sv ? "cirka" : "about"}: ${label}`;
	if (entry.qualifier === "at-least") return `${sv ? "minst" : "at least"}: ${label}`;
	if (entry.role === "multi-year-total") return `${sv ? "totalt" : "total"} ${entry.years[0]}–${entry.years.at(-1)}: ${label}`;
	return label;
}
/** A computed figure (a sum): cites every part. */
function derivedFigure(amountSek, year, label, parts, qualifier = null) {
	const citations = [...new Set(parts.flatMap((p) => p.citations))].sort((a, b) => a - b);
	const word = qualifier?.of == null ? null : QUALIFIER_WORDS[qualifier.of][qualifier.ctx.language === "sv" ? 0 : 1];
	return {
		amountSek,
		year,
		label: word ? `${word}: ${label}` : label,
		derived: true,
		citations
	};
}
function decline(intent, text) {
	return {
		intent,
		answered: false,
		text,
		figures: []
	};
}
/** The draft with a sentence first ("Dokumenten anger inga medel …"), in its text and its blocks alike. */
function withLead(draft, lead) {
	const blocks = draft.blocks ? [{
		kind: "lead",
		text: lead
	}, ...draft.blocks] : void 0;
	return {
		...draft,
		text: `${lead}\n${draft.text}`,
		...blocks ? { blocks } : {}
	};
}
// dist/bot/condition-compounds.js
const LINKS = [
	"",
	"a",
	"s",
	"e",
	"o"
];
const HEADS = [...new Set([...GENERIC_CONDITION_HEADS].map((h) => stem(h)))];
const MIN_MODIFIER = 4;
/**
* The known condition compounds an organ or body word's stem makes: "prostat" → ["prostatacanc"],
* "njur" → ["njurcanc"]. So "prostata" or "njure" asks about that cancer. A few lookups, no index.
*/
function conditionCompounds(modifier, known) {
	if (modifier.length < MIN_MODIFIER) return [];
	const out = [];
	for (const link of LINKS) for (const head of HEADS) {
		const compound = modifier + link + head;
		if (known(compound)) out.push(compound);
	}
	return out;
}
// dist/bot/word-forms.js
const ENDINGS$1 = [["in", ["i"]], ["isk", ["i", "ik"]]];
const MIN_STEM = 6;
/** The base forms a stem shares with its other forms (none for most stems). */
function baseForms(stem) {
	if (stem.length < MIN_STEM) return [];
	const out = [];
	for (const [ending, bases] of ENDINGS$1) {
		if (!stem.endsWith(ending)) continue;
		const root = stem.slice(0, -ending.length);
		for (const base of bases) out.push(root + base);
	}
	return out;
}
/** The stems with their base forms added. */
function withBaseForms(stems) {
	const out = /* @__PURE__ */ new Set();
	for (const s of stems) {
		out.add(s);
		for (const b of baseForms(s)) out.add(b);
	}
	return out;
}
// dist/bot/match.js
const MONTH_STEMS = new Set([...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m) => stem(m.toLowerCase())));
/** The stem is a month's ("maj", "juni"): it says when, never what. */
function isMonthStem(s) {
	return MONTH_STEMS.has(s);
}
function withoutMonths(stems) {
	for (const m of MONTH_STEMS) stems.delete(m);
	return stems;
}
const SPLIT_CACHE_MAX = 1e4;
function createEntryIndex(knowledge, isWord) {
	const grantsPerDoc = /* @__PURE__ */ new Map();
	for (const e of knowledge.ledger.entries) {
		if (fundingRole(e) !== "grant") continue;
		const doc = e.sources[0]?.docId ?? "";
		grantsPerDoc.set(doc, (grantsPerDoc.get(doc) ?? 0) + 1);
	}
	const titles = new Map(knowledge.documents.filter((d) => (grantsPerDoc.get(d.id) ?? 0) <= 1).map((d) => [d.id, contentStems(d.title, isWord)]));
	const purposeStems = cacheByKey((purpose) => contentStems(purpose, isWord), 5e4);
	const entries = knowledge.ledger.entries.map((entry) => ({
		entry,
		purpose: withoutMonths(withBaseForms(purposeStems(entry.purpose))),
		terms: withoutMonths(withBaseForms([...entry.terms, ...entry.sources.flatMap((s) => titles.get(s.docId) ?? [])])),
		topics: new Set(topicsOf(entry).map((t) => t.key))
	}));
	const knownStems = new Set(entries.flatMap((e) => [...e.terms, ...e.purpose]));
	const splits = cacheByKey((stem) => splitCompound(stem, knownStems), SPLIT_CACHE_MAX);
	const postings = /* @__PURE__ */ new Map();
	for (const e of entries) {
		const areas = [e.entry.area, ...e.topics].map((a) => `area:${a}`);
		for (const key of /* @__PURE__ */ new Set([
			...e.terms,
			...e.purpose,
			...areas
		])) {
			const list = postings.get(key) ?? [];
			list.push(e);
			postings.set(key, list);
		}
	}
	const byId = new Map(entries.map((e) => [e.entry.id, e.entry]));
	const byAmount = /* @__PURE__ */ new Map();
	for (const { entry } of entries) {
		const list = byAmount.get(entry.amountSek);
		if (list) list.push(entry);
		else byAmount.set(entry.amountSek, [entry]);
	}
	return {
		entries,
		byId,
		knownStems,
		splits,
		conditionsOf: cacheByKey((s) => conditionCompounds(s, (c) => knownStems.has(c)), SPLIT_CACHE_MAX),
		postings,
		byYear: entriesByYear(knowledge),
		byAmount
	};
}
function entriesByYear(knowledge) {
	const byYear = /* @__PURE__ */ new Map();
	for (const e of knowledge.ledger.entries) {
		if (e.year === null) continue;
		for (const year of e.perYear ? e.years : [e.year]) {
			const list = byYear.get(year);
			if (list) list.push(e);
			else byYear.set(year, [e]);
		}
	}
	for (const list of byYear.values()) list.sort(byEntryOrder);
	return byYear;
}
/** The entries that share at least one stem, compound part or area with the question. */
function reachable(query, index) {
	const out = /* @__PURE__ */ new Set();
	const add = (key) => {
		for (const e of index.postings.get(key) ?? []) out.add(e);
	};
	for (const s of query.stems) {
		add(s);
		for (const base of baseForms(s)) add(base);
		for (const split of index.splits(s)) add(split.head);
		for (const compound of index.conditionsOf(s)) add(compound);
	}
	for (const t of query.topics) add(`area:${t}`);
	return out;
}
function splitCompound(stem, known) {
	const out = [];
	for (let i = 3; i <= stem.length - 3; i++) {
		const head = stem.slice(i);
		if (!known.has(head)) continue;
		const mod = stem.slice(0, i);
		const mods = [mod, ...mod.endsWith("s") ? [mod.slice(0, -1)] : []].filter((m) => known.has(m));
		if (mods.length > 0) out.push({
			mods,
			head
		});
	}
	return out;
}
/** "barncanc" found as "barn" + "canc" in an entry that says "barn … cancer". */
function hasParts(splits, terms) {
	return splits.some((s) => terms.has(s.head) && s.mods.some((m) => terms.has(m)));
}
/** How well an entry matches the question's topic: purpose words count most, then its sentences. */
function topicScore(e, query, index) {
	let score = 0;
	let mask = 0;
	query.stems.forEach((s, i) => {
		const points = stemScore(e, s, index);
		score += points;
		if (points > 0) mask |= 1 << i % 31;
	});
	query.topics.forEach((t, i) => {
		if (e.entry.area !== t && !e.topics.has(t)) return;
		score += 4;
		mask |= 1 << (query.stems.length + i) % 31;
	});
	return {
		s: score,
		mask
	};
}
/**
* "the nordic rare disease hub thing": of the matched entries, those holding every asked word beside the
* named areas' own words ("nordic", "hub"), when any does; else all of them.
*/
function narrowedByOtherWords(query, index, matched) {
	const areaStems = new Set(query.topics.flatMap((t) => phraseStems(t)));
	const other = query.stems.filter((s) => !areaStems.has(s));
	if (other.length === 0 || query.topics.length === 0) return matched;
	const holding = matched.filter((e) => other.every((s) => stemScore(e, s, index) > 0));
	return holding.length > 0 ? holding : matched;
}
function stemScore(e, s, index) {
	const forms = [s, ...baseForms(s)];
	if (forms.some((f) => e.purpose.has(f))) return 3;
	if (forms.some((f) => e.terms.has(f))) return 1;
	const splits = index.splits(s);
	if (splits.length > 0 && (hasParts(splits, e.purpose) || hasParts(splits, e.terms))) return 2;
	const compounds = index.conditionsOf(s);
	if (compounds.some((c) => e.purpose.has(c))) return 2;
	return compounds.some((c) => e.terms.has(c)) ? 1 : 0;
}
/**
* An entry that has some of the question's words another entry has, and none besides, answers less of it
* ("kliniska studier" has "study" only; "ärftlig tarmcancer" only the "ärftlig" of "ärftlig hjärtsjukdom").
* Per year when several are asked; never between two named areas ("barncancer och lungcancer").
*/
function dropCovered(scored, query) {
	if (query.topics.length > 1 || query.stems.length < 2) return scored;
	const groupOf = (x) => query.years.length > 1 ? x.e.entry.year : null;
	const masks = /* @__PURE__ */ new Map();
	for (const x of scored) {
		const set = masks.get(groupOf(x)) ?? /* @__PURE__ */ new Set();
		set.add(x.mask);
		masks.set(groupOf(x), set);
	}
	const topicBits = query.topics.length === 0 ? 0 : 1 << query.stems.length % 31;
	const covered = (x) => {
		if ((x.mask & topicBits) !== 0) return false;
		for (const m of masks.get(groupOf(x)) ?? []) if (m !== x.mask && (m & x.mask) === x.mask) return true;
		return false;
	};
	return scored.filter((x) => !covered(x));
}
function hasTopic(query) {
	return query.stems.length > 0 || query.topics.length > 0 || query.unknown.length > 0;
}
/** Entries about the question's topic that `accept` allows, best first; the weakest matches are dropped. */
function matchTopic(query, index, accept = () => true) {
	const all = [];
	for (const e of reachable(query, index)) {
		if (!accept(e)) continue;
		const score = topicScore(e, query, index);
		if (score.s > 0) all.push({
			e,
			...score
		});
	}
	const scored = dropCovered(all, query);
	const best = Math.max(0, ...scored.map((x) => x.s));
	const bestOf = /* @__PURE__ */ new Map();
	if (query.years.length > 1) for (const x of scored) bestOf.set(x.e.entry.year, Math.max(bestOf.get(x.e.entry.year) ?? 0, x.s));
	const floor = query.topics.length > 0 ? .25 : .6;
	const siblingKey = (x) => `${x.e.entry.partOf}|${x.e.entry.year}`;
	const bestSibling = /* @__PURE__ */ new Map();
	for (const x of scored) if (x.e.entry.partOf) bestSibling.set(siblingKey(x), Math.max(bestSibling.get(siblingKey(x)) ?? 0, x.s));
	const weakSibling = (x) => query.topics.length === 1 && x.e.entry.partOf !== null && x.s < (bestSibling.get(siblingKey(x)) ?? 0);
	return scored.filter((x) => x.s >= (bestOf.get(x.e.entry.year) ?? best) * floor && !weakSibling(x)).sort((a, b) => b.s - a.s || Number(b.e.entry.gms) - Number(a.e.entry.gms) || byEntryOrder(a.e.entry, b.e.entry)).map((x) => x.e);
}
/** Stable order: year, then grants before parts, then larger amounts, then id. */
function byEntryOrder(a, b) {
	return (a.year ?? 0) - (b.year ?? 0) || Number(a.partOf !== null) - Number(b.partOf !== null) || b.amountSek - a.amountSek || compareText(a.id, b.id);
}
/** The entries of the years, each once (an amount given per year is listed under each of its years). */
function entriesOfYears(index, years) {
	if (years.length === 1) return index.byYear.get(years[0] ?? 0) ?? [];
	return [...new Set(years.flatMap((y) => index.byYear.get(y) ?? []))];
}
/** "10 miljoner kronor per år 2030–2032": the amount is given for each of several years. */
function givenPerYear(entry) {
	return entry.perYear === true && entry.years.length > 1;
}
/** What an entry adds to a sum over the years: its amount, or once a year for an amount given per year. */
function amountInYears(entry, years) {
	if (!entry.perYear || years.length === 0) return entry.amountSek;
	const inside = entry.years.filter((y) => years.includes(y)).length;
	return entry.amountSek * Math.max(1, inside);
}
function inYears(entry, years) {
	return years.length === 0 || entry.years.some((y) => years.includes(y));
}
/** The question names something the documents talk about (a known topic, or a word some entry uses). */
function knowsTopic(index, query) {
	if (query.topics.length > 0 || query.unknown.length > 0) return true;
	return query.stems.some((s) => knowsStem(index, s));
}
/** Some entry names the stem, or a compound or condition made of stems some entries name. */
function knowsStem(index, s) {
	return index.knownStems.has(s) || index.splits(s).length > 0 || index.conditionsOf(s).length > 0;
}
// dist/bot/answers/scope.js
/** The documents that state these entries: who/when answers look only there. */
function documentsOf(entries) {
	const docs = /* @__PURE__ */ new Set();
	for (const e of entries) {
		const entry = "entry" in e ? e.entry : e;
		for (const s of entry.sources) docs.add(s.docId);
	}
	return docs;
}
/**
* The document each entry was first read from (its id is `docId@offset`): the one telling it as its own
* money, where a retelling document ("året innan var det 58 miljoner") only quotes it.
*/
function owningDocuments(entries) {
	return new Set(entries.map((e) => owningDocument("entry" in e ? e.entry : e)));
}
/** One of the entry's quotes lies in the statement's sentence: the statement speaks of that money. */
function toldIn(entry, span) {
	return entry.sources.some((s) => s.docId === span.docId && s.start < span.end && span.start < s.end);
}
/** The payer an entry's sentences name, or its whole's. */
function payerOf(ctx, entry) {
	return entry.payer ?? (entry.partOf ? ctx.index.byId.get(entry.partOf)?.payer ?? null : null);
}
function owningDocument(entry) {
	return entry.id.slice(0, entry.id.lastIndexOf("@"));
}
/**
* The GMS grants of the asked years, each once (an entry over two asked years is listed under both);
* `wholes` leaves out shares, so a year's share of a longer grant and parts of a split are not listed.
*/
function yearGrants(ctx, years, wholes = false) {
	const grants = entriesOfYears(ctx.index, years).filter((e) => countsAsGrant(e) && (!wholes || e.partOf === null));
	return [...new Set(grants)];
}
/** The documents that tell a GMS grant of the asked years (or the grants given) as their own money. */
function yearOwners(ctx, years, only) {
	const grants = only ? only.map((e) => "entry" in e ? e.entry : e) : yearGrants(ctx, years);
	const last = Math.max(...years);
	const decisions = new Set(ctx.knowledge.statements.decisions.filter((d) => d.fromDecisionDocument && (d.date?.year ?? 0) <= last).map((d) => d.span.docId));
	const decided = [...documentsOf(grants)].filter((id) => decisions.has(id));
	return /* @__PURE__ */ new Set([...owningDocuments(grants), ...decided]);
}
// dist/bot/answers/budget-lines.js
/** The budget lines read at load from the entry's own sentences ("anslaget 1:6 …, anslagsposten 16 …"). */
function budgetLinesOf(ctx, entry) {
	return ctx.knowledge.statements.budgetLines.filter((b) => toldIn(entry, b.span));
}
// dist/bot/deciders.js
const DECIDERS = [
	[["Regeringen"], ["The government", "The Swedish government"]],
	[["Socialdepartementet"], ["The Ministry of Health and Social Affairs"]],
	[["Regionstyrelsen"], ["The regional executive board"]],
	[[
		"GMS styrgrupp",
		"GMS styrgruppen",
		"Styrgruppen"
	], ["The GMS steering group"]],
	[["Riksdagen"], ["The Riksdag", "Parliament"]]
];
const byName$2 = /* @__PURE__ */ new Map();
for (const line of DECIDERS) for (const name of [...line[0], ...line[1]]) byName$2.set(name.toLowerCase(), line);
/** "The Government" in a Swedish answer is "Regeringen"; a decider no line knows stays as written. */
function deciderName(by, language) {
	const line = byName$2.get(by.toLowerCase());
	return (line ? language === "sv" ? line[0][0] : line[1][0] : void 0) ?? by;
}
/** The government, however a document names it. */
function isGovernment(by) {
	return by !== null && byName$2.get(by.toLowerCase()) === DECIDERS[0];
}
// dist/bot/answers/document-says.js
const HITS = 5;
/** The document has a passage with the words in this order (lower case, as `words` gives them). */
function documentSays(ctx, docId, phrase, notAfter) {
	if (phrase.length === 0) return false;
	return ctx.knowledge.passages.search(phrase.join(" "), {
		limit: HITS,
		filter: (p) => p.docId === docId
	}).some((p) => {
		const said = words$1(p.text).map((w) => w.word);
		return said.some((_, i) => phrase.every((w, k) => said[i + k] === w) && !(notAfter && said.slice(0, i).some((w) => notAfter.has(w))));
	});
}
// dist/bot/citations.js
/** The documents by id, built once per knowledge and shared by every answer's citation list. */
function documentsById(knowledge) {
	return new Map(knowledge.documents.map((d) => [d.id, d]));
}
function createCitationList(docs) {
	const cited = [];
	const byKey = /* @__PURE__ */ new Map();
	const bySpan = /* @__PURE__ */ new Map();
	const cite = (span) => {
		const seen = bySpan.get(span);
		if (seen) return seen.id;
		const key = `${span.docId}:${span.start}:${span.end}`;
		const existing = byKey.get(key);
		if (existing) {
			bySpan.set(span, existing);
			return existing.id;
		}
		const doc = docs.get(span.docId);
		const citation = {
			id: cited.length + 1,
			docId: span.docId,
			title: doc?.title ?? span.docId,
			url: doc?.url ?? null,
			quote: doc ? doc.text.slice(span.start, span.end) : span.text,
			start: span.start,
			end: span.end
		};
		cited.push(citation);
		byKey.set(key, citation);
		bySpan.set(span, citation);
		return citation.id;
	};
	return {
		cite,
		markers(spans) {
			if (spans.length === 1 && spans[0]) {
				const id = cite(spans[0]);
				return {
					ids: [id],
					text: `[${id}]`
				};
			}
			const ids = [...new Set(spans.map(cite))];
			return {
				ids,
				text: ids.map((i) => `[${i}]`).join("")
			};
		},
		all: () => [...cited]
	};
}
// dist/bot/answers/memo.js
const caches = /* @__PURE__ */ new WeakMap();
function memo(knowledge, key, compute) {
	let cache = caches.get(knowledge);
	if (!cache) {
		cache = /* @__PURE__ */ new Map();
		caches.set(knowledge, cache);
	}
	if (!cache.has(key)) cache.set(key, compute());
	return cache.get(key);
}
/** Each document by its id, made once per load. */
function documentsByIdOf(knowledge) {
	return memo(knowledge, "documents-by-id", () => documentsById(knowledge));
}
// dist/bot/answers/quoted-names.js
const lowered = /* @__PURE__ */ new WeakMap();
/** Whether one of the entry's quoted sentences names any of `names` (given in lower case), as whole words. */
/**
* The entry's quote names the organisation as a party to the money, not only as another's host
* ("SciLifeLab … funded … with around SEK 600 million a year and hosted by KTH, Karolinska Institutet").
*/
function quotesParty(entry, ...names) {
	return entry.sources.some((s) => {
		const lower = s.text.toLowerCase();
		return names.some((n) => namesWord(lower, n, HOST_WORDS));
	});
}
/** Words after which an organisation is named as another's host, not as giving or getting. */
const HOST_WORDS = /* @__PURE__ */ new Set([
	"hosted",
	"co-hosted",
	"cohosted",
	"värd",
	"värdar",
	"värdas",
	"värdorganisation",
	"värduniversitet"
]);
function quotesName(entry, ...names) {
	return entry.sources.some((s) => {
		let text = lowered.get(s);
		if (text === void 0) {
			text = s.text.toLowerCase();
			lowered.set(s, text);
		}
		const lower = text;
		return names.some((n) => namesWord(lower, n));
	});
}
const LETTER$1 = /[\p{L}\p{N}]/u;
const isLetter = (c) => c !== void 0 && LETTER$1.test(c);
/**
* `name` in `text` as a word of its own, or in the genitive ("Region Skånes"): "eu" is not in
* "vidareutveckling", nor "ki" in "kliniska".
*/
function namesWord(text, name, notAfter) {
	if (name === "") return false;
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		if (isLetter(text[at - 1])) continue;
		if (notAfter && text.slice(0, at).split(/[^\p{L}-]+/u).some((w) => notAfter.has(w))) continue;
		const end = at + name.length;
		if (!isLetter(text[end])) return true;
		if (text[end] === "s" && !isLetter(text[end + 1])) return true;
	}
	return false;
}
// dist/bot/answers/organisation.js
/** Every organisation the ledger names as recipient, payer or funder, longest first. */
function organisations(ctx) {
	return memo(ctx.knowledge, "organisations", () => {
		const names = /* @__PURE__ */ new Set();
		for (const { entry } of ctx.index.entries) for (const n of [
			entry.recipient,
			entry.payer,
			entry.funder
		]) if (n) names.add(n);
		return [...names].sort((a, b) => b.length - a.length);
	});
}
/** The ledger's spelling of an organisation the question names ("Karolinska institutet" for "KI"). */
function ledgerName(ctx, asked) {
	const lower = asked.toLowerCase();
	return organisations(ctx).find((n) => n.toLowerCase() === lower) ?? organisations(ctx).find((n) => n.length >= 3 && n.toLowerCase().includes(lower)) ?? asked;
}
/**
* The organisation a "how much did X get" question names (GMS is asked elsewhere): one in the role of
* recipient, or named with nothing around it in a question about what someone received.
*/
function askedRecipient(ctx) {
	const { orgs } = ctx.query;
	const named = orgs.find((o) => o.role === "recipient" || o.role === "distributor" && ctx.query.cues.has("receives"));
	if (named) return ledgerName(ctx, named.name);
	const any = orgs.filter((o) => o.role === "any").map((o) => ledgerName(ctx, o.name));
	return any.find((n) => receivedBy(ctx, n).length > 0) ?? any.find((n) => givenBy(ctx, n).length === 0) ?? null;
}
/** The organisation the question names as the giver ("från Forte", "vad gav Barncancerfonden"). */
function askedFunder(ctx) {
	const asked = ctx.query.orgs.find((o) => o.role === "funder" || o.role === "payer") ?? ctx.query.orgs.find((o) => o.role === "any" && o.name !== "GMS" && ctx.query.cues.has("ownMoney")) ?? ctx.query.orgs.find((o) => o.role === "any" && receivedBy(ctx, ledgerName(ctx, o.name)).length === 0);
	return asked ? ledgerName(ctx, asked.name) : null;
}
/** What the ledger says the organisation received: grants to it, and caps on its own work. */
function receivedBy(ctx, name) {
	return byOrganisation(ctx, "received", name).filter((e) => inYears(e, ctx.query.years));
}
const lookups = /* @__PURE__ */ new WeakMap();
const LOOKUP_MAX = 1e3;
function byOrganisation(ctx, kind, name) {
	let found = lookups.get(ctx.index);
	if (!found) {
		const entries = ctx.index.entries.map((e) => e.entry);
		found = {
			received: cacheByKey((lower) => entries.filter((e) => received(e, lower)), LOOKUP_MAX),
			given: cacheByKey((lower) => entries.filter((e) => given(e, lower)), LOOKUP_MAX)
		};
		lookups.set(ctx.index, found);
	}
	return found[kind](name.toLowerCase());
}
function received(e, lower) {
	const recipient = e.recipient?.toLowerCase() ?? "";
	return recipient === lower || (ALIASES.get(lower)?.includes(recipient) ?? false) || e.role === "agency-cap" && e.recipient === null && e.purpose.toLowerCase().includes(lower) || fundingRole(e) === "grant" && e.payer?.toLowerCase() !== lower && e.funder?.toLowerCase() !== lower && quotesParty(e, lower);
}
const ALIASES = /* @__PURE__ */ new Map();
for (const [alias, name] of aliasesOf("org")) if (alias.length >= 7 && name !== "GMS") ALIASES.set(name.toLowerCase(), [...ALIASES.get(name.toLowerCase()) ?? [], alias]);
/** What the organisation gave or paid: entries it funds or pays out. */
function givenBy(ctx, name) {
	return byOrganisation(ctx, "given", name).filter((e) => inYears(e, ctx.query.years));
}
function given(e, lower) {
	const names = [lower, ...ALIASES.get(lower) ?? []];
	const funder = e.funder?.toLowerCase() ?? "";
	if (names.some((n) => funder === n || funder.startsWith(`${n} `)) || e.payer?.toLowerCase() === lower) return true;
	if (lower === "gms") return !e.gms && e.sources.some((s) => s.amountStart !== void 0 && givenByGms(s.text, s.amountStart - s.start));
	return !e.funder && e.recipient?.toLowerCase() !== lower && !e.sources.every(passedOn) && quotesParty(e, ...names);
}
// dist/bot/answers/foreign.js
const MAX_QUOTED$1 = 3;
const WHOLE_WORDS = /* @__PURE__ */ new Set([
	"total",
	"totalt",
	"totala",
	"sammanlagt",
	"budget",
	"budgeten",
	"funded"
]);
const SEK_WHOLES = /* @__PURE__ */ new Set([
	"total",
	"multi-year-total",
	"budget-frame"
]);
/**
* The question asks for a whole ("i hela", "in total"), or money of a named project no amount in kronor
* names (`wholeAsked` false), that only a document's amount in another currency states: that amount, quoted.
* Null when kronor answer it or the question names nothing to look for.
*/
function answerForeign(ctx, wholeAsked = true) {
	const { query } = ctx;
	if (wholeAsked && !query.cues.has("total")) return null;
	const inKronor = (name) => givenBy(ctx, name).length + receivedBy(ctx, name).length > 0;
	if ((query.years.length > 0 || query.cues.has("cofund")) && query.orgs.some((o) => inKronor(o.name))) return null;
	const { names, terms } = subjectTerms(ctx);
	if (names.length + terms.length === 0) return null;
	const found = [...foreignByDocument(ctx).entries()].filter(([id]) => names.every((n) => documentSays(ctx, id, [n])) && !statesSekWhole(ctx, id)).flatMap(([id, list]) => {
		const title = stemsOf(ctx.knowledge.documents.find((d) => d.id === id)?.title ?? "");
		return list.filter((f) => {
			const own = stemsOf(f.span.text);
			return terms.every((t) => own.has(t) || title.has(t));
		});
	});
	const wholes = found.filter((f) => words$1(f.span.text).some((w) => WHOLE_WORDS.has(w.word)));
	const shown = (wholes.length > 0 ? wholes : found).slice(0, MAX_QUOTED$1);
	if (shown.length === 0) return null;
	const list = [...new Set(shown.map((f) => f.written.text))].map((w) => {
		const spans = shown.filter((f) => f.written.text === w).map((f) => f.span);
		return `${w} ${ctx.citations.markers(spans).text}`;
	}).join(say(ctx.language, " och ", " and "));
	return {
		intent: "amount",
		answered: true,
		text: say(ctx.language, `Dokumenten anger det bara i en annan valuta: ${list}. Boten citerar beloppet som det står; det är inget belopp i kronor och räknas aldrig om eller läggs ihop med andra.`, `The documents state it only in another currency: ${list}. The bot quotes it as written; it is no amount in kronor and is never converted or added to others.`),
		figures: []
	};
}
/** What the question names: project names, and organisations and topic stems as words to find. */
function subjectTerms(ctx) {
	const { query } = ctx;
	const orgs = query.orgs.flatMap((o) => words$1(o.name).map((w) => stem(w.word)));
	const own = query.stems.length > 0 ? query.ownStems() : [];
	const stems = own.length > 0 ? own : query.stems;
	return {
		names: query.names.map((n) => n.toLowerCase()),
		terms: [.../* @__PURE__ */ new Set([...orgs, ...stems])]
	};
}
function stemsOf(text) {
	return new Set(words$1(text).map((w) => stem(w.word)));
}
/** Amounts in another currency that are no conversion of kronor, by document. */
function foreignByDocument(ctx) {
	return memo(ctx.knowledge, "foreign-by-document", () => {
		const out = /* @__PURE__ */ new Map();
		for (const f of ctx.knowledge.statements.foreign ?? []) {
			if (f.inParentheses) continue;
			out.set(f.span.docId, [...out.get(f.span.docId) ?? [], f]);
		}
		return out;
	});
}
/** The document states a whole in kronor (a stated total, a multi-year total, a budget). */
function statesSekWhole(ctx, id) {
	return ctx.index.entries.some(({ entry }) => SEK_WHOLES.has(entry.role) && entry.sources.some((s) => s.docId === id));
}
const CONVERSION_GAP = 12;
/**
* The amount in another currency that an entry's kronor convert, as the document writes it ("EUR 1.5
* million" before "(about SEK 17 million)"): the answer says what the document told, not only its conversion.
*/
function convertedFrom(ctx, entry) {
	const byDoc = foreignByDocument(ctx);
	for (const s of entry.sources) {
		const at = s.amountStart;
		if (at === void 0) continue;
		for (const f of byDoc.get(s.docId) ?? []) {
			const gap = at - f.written.end;
			if (gap < 0 || gap > CONVERSION_GAP) continue;
			if (f.span.text.slice(f.written.end - f.span.start, at - f.span.start).includes("(")) return f.written.text;
		}
	}
	return null;
}
// dist/bot/answers/stated-dates.js
/** "14 april 2026", "April 2026", "14 april" (no year given), in the asker's language. */
function dateText(d, language) {
	const month = d.month ? (language === "sv" ? MONTH_NAMES_SV : MONTH_NAMES_EN)[d.month - 1] : null;
	return [
		d.day && month ? String(d.day) : null,
		month,
		d.year === null ? null : String(d.year)
	].filter((p) => p !== null).join(" ");
}
/** How much a decision's date can be trusted: its own decision document, a full date, a month, no year. */
function rankDate(d) {
	if (!d.date) return 0;
	if (d.fromDecisionDocument && d.date.day !== null && d.date.year !== null) return 4;
	if (d.date.day !== null && d.date.year !== null) return 3;
	if (d.date.year !== null) return 2;
	return 1;
}
// dist/bot/answers/describe.js
const GRANT_KINDS = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"total",
	"multi-year-total",
	"comparison"
]);
/** One sentence about one entry: amount, year, what it funds in the document's words, then its sources. */
function describeEntry(ctx, entry, options = {}) {
	const { markers } = entryFigure(ctx, entry);
	const lang = ctx.language;
	const amount = qualified(ctx, entry);
	const years = yearsText(entry);
	const quoted = `“${shorten(entry.purpose, options.purposeMax ?? 90)}”`;
	const label = entryLabel(entry, lang);
	const named = lang === "sv" ? label !== shorten(entry.purpose, 90) : label !== ROLE_NAMES$1[fundingRole(entry)];
	const purpose = named ? label : quoted;
	const wholeSentence = !named && GRANT_KINDS.has(entry.role) && entry.sources.some((s) => entry.purpose.includes(s.amountText));
	const bare = isPurposeless(entry.purpose) && label === roleName(entry, lang) || wholeSentence;
	const to = bare ? "" : say(lang, ` till ${purpose}`, ` for ${purpose}`);
	let sentence;
	switch (entry.role) {
		case "agency-cap":
			sentence = say(lang, `Högst ${amount}${years ? ` (${years})` : ""} får användas${entry.recipient ? ` av ${entry.recipient}` : ""} för ${purpose}`, `At most ${amount}${years ? ` (${years})` : ""} may be used${entry.recipient ? ` by ${entry.recipient}` : ""} for ${purpose}`);
			break;
		case "budget-frame":
			sentence = entry.partOf ? say(lang, `${amount}${years ? ` (${years})` : ""} bokförs mot ${appropriation$1(ctx, entry, "anslaget ")}anslagsposten ${purpose}`, `${amount}${years ? ` (${years})` : ""} is booked against ${appropriation$1(ctx, entry, "appropriation ")}the budget line ${purpose}`) : say(lang, `${amount}${years ? ` (${years})` : ""} är en budgetram${bare ? "" : `: ${purpose}`}`, `${amount}${years ? ` (${years})` : ""} is a budget frame${bare ? "" : `: ${purpose}`}`);
			break;
		case "estimate": {
			const area = named ? to : "";
			sentence = say(lang, `${amount}${years ? ` (${years})` : ""}${area} är en beräkning, inte ett beslut`, `${amount}${years ? ` (${years})` : ""}${area} is an estimate, not a decision`);
			break;
		}
		case "total":
			sentence = say(lang, `${amount}${years ? ` (${years})` : ""} totalt${named ? ` till ${purpose}` : ""}`, `${amount}${years ? ` (${years})` : ""} in total${named ? ` for ${purpose}` : ""}`);
			break;
		case "co-funding": {
			const giver = entry.funder ? organisationName(entry.funder, lang) : null;
			const from = giver ? say(lang, ` från ${giver}`, ` from ${giver}`) : "";
			const area = named && !bare ? say(lang, ` till ${purpose}`, ` for ${purpose}`) : "";
			sentence = say(lang, `${amount}${years ? ` (${years})` : ""} i medfinansiering${from}${area}`, `${amount}${years ? ` (${years})` : ""} in co-funding${from}${area}`);
			break;
		}
		case "multi-year-total":
			sentence = say(lang, `${entry.recipient ? `${entry.recipient} fick ` : ""}${amount} totalt${years ? ` under ${years}` : ""} (${quoted})`, `${entry.recipient ? `${entry.recipient} received ` : ""}${amount} in total${years ? ` over ${years}` : ""}${englishFor(entry)}`);
			break;
		default: {
			const who = bare && entry.role === "part" && entry.recipient && !mentionsGms$1(entry.recipient) ? say(lang, ` till ${entry.recipient}`, ` to ${entry.recipient}`) : "";
			sentence = `${amount}${years ? ` (${years})` : ""}${to}${who}`;
		}
	}
	if (options.underWhole) return `${sentence} ${markers}.${noteText(ctx, entry)}`;
	return `${sentence} ${markers}.${partOfText(ctx, entry)}${notGmsText(ctx, entry)}${decidedText(ctx, entry)}${whoText(ctx, entry)}${noteText(ctx, entry)}`;
}
/** "anslaget 1:6 Bidrag till folkhälsa och sjukvård, ": named when the line's own sentence names it. */
function appropriation$1(ctx, entry, word) {
	const told = budgetLinesOf(ctx, entry).find((b) => b.appropriation !== null);
	return told?.appropriation ? `${word}${told.appropriation}, ` : "";
}
/** " for whole-genome sequencing …": what a total is for in English words, when they are known. */
function englishFor(entry) {
	const en = englishPurpose(entry);
	return en === ROLE_NAMES$1[fundingRole(entry)] ? "" : ` for ${en}`;
}
/** "knappt 2 miljoner" is about 2 million, never exactly; a cap's "högst" is said by its own sentence. */
function qualified(ctx, entry) {
	const amount = amountText(ctx, entry.amountSek);
	const foreign = convertedFrom(ctx, entry);
	if (foreign !== null) return `${foreign} (${entry.qualifier === "approx" ? say(ctx.language, "cirka ", "about ") : ""}${amount})`;
	if (entry.qualifier === "approx") return say(ctx.language, `cirka ${amount}`, `about ${amount}`);
	if (entry.qualifier === "at-least") return say(ctx.language, `minst ${amount}`, `at least ${amount}`);
	if (entry.qualifier === "at-most" && entry.role !== "agency-cap") return say(ctx.language, `högst ${amount}`, `up to ${amount}`);
	return perYearShare(ctx, entry) || givenPerYear(entry) && countsAsGrant(entry) ? say(ctx.language, `${amount} per år`, `${amount} a year`) : amount;
}
/** "7,8 miljoner, 3,9 miljoner per år under 2026 och 2027": a share of its whole's years, times them, is the whole. */
function perYearShare(ctx, entry) {
	const whole = entry.partOf ? ctx.index.byId.get(entry.partOf) : void 0;
	return whole !== void 0 && entry.years.length > 1 && whole.years.join() === entry.years.join() && entry.amountSek * entry.years.length === whole.amountSek;
}
function partOfText(ctx, entry) {
	const parent = entry.partOf ? ctx.index.byId.get(entry.partOf) : void 0;
	if (!parent) return "";
	const { markers } = entryFigure(ctx, parent);
	const amount = amountText(ctx, parent.amountSek);
	return say(ctx.language, ` Det är en del av ${amount} ${markers}.`, ` It is part of ${amount} ${markers}.`);
}
/** The ledger knows which money is not GMS's; the answer must say so, not let it pass as GMS funding. */
function notGmsText(ctx, entry) {
	if (entry.gms || entry.role !== "grant" && entry.role !== "part") return "";
	if (entry.recipient) return say(ctx.language, ` Mottagare: ${entry.recipient} – inte GMS.`, ` Recipient: ${entry.recipient} – not GMS.`);
	return say(ctx.language, " Medlen går inte till GMS.", " This money does not go to GMS.");
}
/**
* Who decided and when, from the decisions the entry's documents tell about this money (or about the
* grant it is part of): "Beslutat av regeringen den 14 april 2026 [3]."
*/
function decidedText(ctx, entry) {
	if (entry.role === "multi-year-total" || entry.role === "co-funding") return "";
	const best = [...decisionsOf(ctx, entry)].sort((a, b) => rankDate(b) - rankDate(a))[0];
	if (!best || !isGovernment(best.decidedBy)) return "";
	if (!best.date || best.date.year === null) return say(ctx.language, " Beslutat av regeringen.", " Decided by the government.");
	const date = dateText(best.date, ctx.language);
	const { text } = ctx.citations.markers([best.span]);
	return say(ctx.language, ` Beslutat av regeringen ${best.date.day ? "den " : "i "}${date} ${text}.`, ` Decided by the government ${best.date.day ? "on" : "in"} ${date} ${text}.`);
}
/**
* Decisions in the entry's documents that name its amount or its whole's; one that names none
* ("Regeringen beslutade om pengarna i mars") only right after a sentence stating it.
*/
function decisionsOf(ctx, entry) {
	const docs = new Set(entry.sources.map((s) => s.docId));
	const whole = entry.partOf ? ctx.index.byId.get(entry.partOf) : void 0;
	const amounts = /* @__PURE__ */ new Set([entry.amountSek, ...whole ? [whole.amountSek] : []]);
	const follows = (d) => entry.sources.some((s) => s.docId === d.span.docId && s.end <= d.span.start && d.span.start - s.end <= 3);
	const byDoc = decisionsByDocument(ctx);
	return [...docs].flatMap((doc) => byDoc.get(doc) ?? []).sort((a, b) => a.order - b.order).map((x) => x.d).filter((d) => d.amounts.length === 0 ? follows(d) : d.amounts.some((a) => amounts.has(a.valueSek)));
}
/** The decisions of each document, with their place in the statements' order: built once per load. */
function decisionsByDocument(ctx) {
	return memo(ctx.knowledge, "decisions-by-document", () => {
		const byDoc = /* @__PURE__ */ new Map();
		ctx.knowledge.statements.decisions.forEach((d, order) => {
			const list = byDoc.get(d.span.docId);
			if (list) list.push({
				d,
				order
			});
			else byDoc.set(d.span.docId, [{
				d,
				order
			}]);
		});
		return byDoc;
	});
}
function whoText(ctx, entry) {
	if (entry.role === "agency-cap" || entry.role === "budget-frame" || !entry.payer) return "";
	if (entry.funder === entry.payer && !/^regeringen$/i.test(entry.funder ?? "")) return say(ctx.language, ` Finansieras av ${entry.payer}.`, ` Funded by ${entry.payer}.`);
	return say(ctx.language, ` ${entry.payer} betalar ut medlen.`, ` Paid out by ${entry.payer}.`);
}
function noteText(ctx, entry) {
	const revised = entry.revisedBy ? ctx.index.byId.get(entry.revisedBy) : void 0;
	if (revised) {
		const amount = amountText(ctx, revised.amountSek);
		const { text } = ctx.citations.markers(revised.sources);
		return say(ctx.language, ` Obs: beloppet ändrades senare till ${amount} ${text}.`, ` Note: the amount was later changed to ${amount} ${text}.`);
	}
	if (entry.notes.length === 0 || entry.role === "multi-year-total") return "";
	if (entry.datesDisagree) {
		if (new Set(entry.sources.map((s) => s.docId)).size < 2) return "";
		return say(ctx.language, ` Obs: källorna daterar beslutet olika (se citaten); ${yearsText(entry)} är den bäst belagda läsningen.`, ` Note: the sources date this decision differently (see the quotes); ${yearsText(entry)} is the best-supported reading.`);
	}
	return say(ctx.language, " Obs: delbeloppen i källorna går inte jämnt ut med helheten.", " Note: the parts in the sources do not add up to the whole.");
}
// dist/bot/answers/grant-table.js
function shortLabel(ctx, entry) {
	if (entry.role === "co-funding" && !namesTopic(entry)) return coFundingLabel(entry, ctx.language);
	const label = entryLabel(entry, ctx.language);
	return label.length <= 50 ? label : swedishPurpose(entry, 50);
}
function coFundingLabel(entry, language) {
	const role = language === "sv" ? SWEDISH_ROLE_NAMES["co-funding"] : ROLE_NAMES$1["co-funding"];
	if (!entry.funder) return role;
	return `${role} ${language === "sv" ? "från" : "from"} ${organisationName(entry.funder, language)}`;
}
function row(ctx, entry) {
	const { figure, markers } = entryFigure(ctx, entry);
	const label = entry.role === "multi-year-total" || entry.role === "total" ? say(ctx.language, "totalt (angivet)", "stated total") : shortLabel(ctx, entry) + notGms$1(ctx, entry);
	const perYear = givenPerYear(entry) ? say(ctx.language, " per år", " a year") : "";
	const amount = qualifiedText(ctx, entry.amountSek, entry.qualifier) + perYear;
	return {
		cells: [
			yearsText(entry) || "–",
			amount,
			label,
			markers
		],
		citations: figure.citations,
		sources: []
	};
}
/** "Testbäddarna ingår inte i GMS": a grant listed beside GMS's money says it is not GMS's. */
function notGms$1(ctx, entry) {
	return (entry.role === "grant" || entry.role === "part") && !entry.gms ? say(ctx.language, " (inte GMS)", " (not GMS)") : "";
}
/** The grants as a table; the total row only when the caller knows the documents support it. */
function grantTable(ctx, entries, total) {
	const l = ctx.language;
	const columns = [
		{
			label: say(l, "År", "Year"),
			align: "left"
		},
		{
			label: say(l, "Belopp", "Amount"),
			align: "right"
		},
		{
			label: say(l, "Till", "For"),
			align: "left"
		},
		{
			label: say(l, "Källa", "Source"),
			align: "left"
		}
	];
	const totalRow = total ? {
		cells: [
			say(l, "Summa", "Total"),
			qualifiedText(ctx, total.amountSek, total.qualifier ?? null),
			say(l, "uträknat av boten", "computed by the bot"),
			total.citations.map((n) => `[${n}]`).join("")
		],
		citations: total.citations,
		sources: []
	} : null;
	return {
		kind: "table",
		columns,
		rows: [...entries].sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0)).map((e) => row(ctx, e)),
		total: totalRow
	};
}
/**
* The draft with its list shown as a table: the first line leads, the table replaces the "• " lines,
* and other lines stay as notes ("…:" ends as a sentence once its list is a table).
*/
function withTable(draft, table, lead, extra = []) {
	const after = extra.map((text) => ({
		kind: "note",
		text
	}));
	if (lead !== void 0) return {
		...draft,
		blocks: [
			{
				kind: "lead",
				text: lead
			},
			table,
			...after
		]
	};
	const lines = draft.text.split("\n").filter((line) => line.trim() !== "");
	const sentence = (line) => line.replace(/:\s*$/, ".");
	const [first = "", ...rest] = lines;
	const notes = rest.filter((line) => !line.startsWith("• ")).map((line) => ({
		kind: "note",
		text: sentence(line)
	}));
	return {
		...draft,
		blocks: [
			{
				kind: "lead",
				text: sentence(first)
			},
			table,
			...notes
		]
	};
}
/** One row per year: its amount (a sum when several grants, marked computed) and its sources. */
function yearTable(ctx, years) {
	const l = ctx.language;
	return {
		kind: "table",
		columns: [
			{
				label: say(l, "År", "Year"),
				align: "left"
			},
			{
				label: say(l, "Belopp", "Amount"),
				align: "right"
			},
			{
				label: say(l, "Beslut", "Grants"),
				align: "right"
			},
			{
				label: say(l, "Källa", "Source"),
				align: "left"
			}
		],
		rows: years.map((y) => ({
			cells: [
				String(y.year),
				amountText(ctx, y.sum),
				y.count > 1 ? say(l, `${y.count} (summerat)`, `${y.count} (summed)`) : "1",
				y.citations.map((n) => `[${n}]`).join("")
			],
			citations: y.citations,
			sources: []
		})),
		total: null
	};
}
// dist/bot/answers/computed.js
/** GMS grants by year (only what `countsAsGrant` allows), in the asked years or all. */
function yearSums(ctx, entries, label) {
	const byYear = /* @__PURE__ */ new Map();
	for (const e of entries) {
		if (e.year === null || !inYears(e, ctx.query.years)) continue;
		byYear.set(e.year, [...byYear.get(e.year) ?? [], e]);
	}
	return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, list]) => {
		const parts = list.map((e) => entryFigure(ctx, e).figure);
		const sum = list.reduce((s, e) => s + e.amountSek, 0);
		return {
			year,
			sum,
			entries: list,
			figure: list.length === 1 && parts[0] ? parts[0] : derivedFigure(sum, year, label(year), parts)
		};
	});
}
/** The one GMS grant every entry is (a share of a share of …) part of; null when they are not all of one. */
function oneGrantOf(ctx, entries) {
	let found = null;
	for (const e of entries) {
		let top = e;
		for (let n = 0; top?.partOf && n < 5; n++) top = ctx.index.byId.get(top.partOf);
		if (!top || top === e || !countsAsGrant(top) || found && found !== top) return null;
		found = top;
	}
	return found;
}
/** The money a question is about: its topic's grants and shares (no whole and its own part twice), else GMS's grants. */
function subjectEntries(ctx) {
	if (!hasTopic(ctx.query)) return ctx.index.entries.map((e) => e.entry).filter(countsAsGrant);
	const found = matchTopic(ctx.query, ctx.index, (e) => fundingRole(e.entry) === "grant" || e.entry.role === "part").map((e) => e.entry);
	const byId = new Map(found.map((e) => [e.id, e]));
	const byArea = (w) => new Set(w.parts.map((p) => ctx.index.byId.get(p)?.area)).size > 1;
	const slice = (e) => {
		const whole = e.partOf ? byId.get(e.partOf) : void 0;
		return whole !== void 0 && whole.area === e.area && !byArea(whole);
	};
	return found.filter((e) => !slice(e) && !e.parts.some((p) => byId.has(p) && !slice(byId.get(p))));
}
function subjectName(ctx) {
	const words = ctx.query.topicWords.join(" ");
	if (!hasTopic(ctx.query) || !words) return "GMS";
	return ctx.language === "en" ? `“${topicInEnglish(words)}”` : `”${words}”`;
}
function markers(f) {
	return f.citations.map((c) => `[${c}]`).join("");
}
const computed = (ctx) => say(ctx.language, "(uträknat av boten)", "(computed by the bot)");
function nothing(ctx, intent) {
	return decline(intent, say(ctx.language, `Dokumenten anger inga belopp för ${subjectName(ctx)}${ctx.query.years.length ? ` ${ctx.query.years.join(", ")}` : ""}.`, `The documents state no amounts for ${subjectName(ctx)}${ctx.query.years.length ? ` in ${ctx.query.years.join(", ")}` : ""}.`));
}
/** "Per-year overview": each year's GMS grants, summed where there are several, each cited. */
function answerOverview(ctx) {
	const sums = yearSums(ctx, subjectEntries(ctx), (y) => say(ctx.language, `summa ${y}`, `sum ${y}`));
	if (sums.length === 0) return nothing(ctx, "overview");
	const lines = sums.map((s) => `• ${s.year}: ${amountText(ctx, s.sum)} ${markers(s.figure)}${s.figure.derived ? ` ${computed(ctx)}` : ""}`);
	lines.unshift(say(ctx.language, `${subjectName(ctx)} per år:`, `${subjectName(ctx)} per year:`));
	const first = sums[0];
	if (ctx.query.cues.has("firstYear") && first) lines.unshift(say(ctx.language, `Första året med medel till ${subjectName(ctx)} i dokumenten är ${first.year}: ${amountText(ctx, first.sum)} ${markers(first.figure)}.`, `The first year with funding for ${subjectName(ctx)} in the documents is ${first.year}: ${amountText(ctx, first.sum)} ${markers(first.figure)}.`));
	return withTable({
		intent: "overview",
		answered: true,
		text: lines.join("\n"),
		figures: sums.map((s) => s.figure)
	}, yearTable(ctx, sums.map((s) => ({
		year: s.year,
		sum: s.sum,
		count: s.entries.length,
		citations: s.figure.citations
	}))));
}
/** "Average per year": the years' sum over the number of funded years, derived and citing every grant. */
function answerAverage(ctx) {
	const sums = yearSums(ctx, subjectEntries(ctx), (y) => say(ctx.language, `summa ${y}`, `sum ${y}`));
	if (sums.length === 0) return nothing(ctx, "average");
	const total = sums.reduce((s, y) => s + y.sum, 0);
	const average = Math.round(total / sums.length / 1e4) * 1e4;
	const years = sums.map((s) => s.year);
	const figure = derivedFigure(average, null, say(ctx.language, `genomsnitt per år ${years[0]}–${years.at(-1)}`, `average per year ${years[0]}–${years.at(-1)}`), sums.map((s) => s.figure));
	return {
		intent: "average",
		answered: true,
		text: [say(ctx.language, `I genomsnitt ${amountText(ctx, average)} per år för ${subjectName(ctx)} (${sums.length} år med belopp, ${years[0]}–${years.at(-1)}) ${computed(ctx)}:`, `On average ${amountText(ctx, average)} a year for ${subjectName(ctx)} (${sums.length} years with amounts, ${years[0]}–${years.at(-1)}) ${computed(ctx)}:`), ...sums.map((s) => `• ${s.year}: ${amountText(ctx, s.sum)} ${markers(s.figure)}`)].join("\n"),
		figures: [figure, ...sums.map((s) => s.figure)]
	};
}
/** "Which year got the most?", "the smallest grant": a year when years are asked about, else one grant. */
function answerExtreme(ctx) {
	const largest = !ctx.query.cues.has("smallest");
	const aboutYears = ctx.query.coverage.noise.some((w) => YEAR_WORDS.has(w)) || ctx.query.coverage.used.some((w) => YEAR_WORDS.has(w));
	const entries = subjectEntries(ctx);
	if (aboutYears) {
		const sums = yearSums(ctx, entries, (y) => say(ctx.language, `summa ${y}`, `sum ${y}`));
		const pick = [...sums].sort((a, b) => largest ? b.sum - a.sum : a.sum - b.sum)[0];
		if (!pick) return nothing(ctx, "extreme");
		const text = say(ctx.language, `${largest ? "Mest" : "Minst"} fick ${subjectName(ctx)} ${pick.year}: ${amountText(ctx, pick.sum)} ${markers(pick.figure)}${pick.figure.derived ? ` ${computed(ctx)}` : ""}. Alla år:`, `${subjectName(ctx)} got the ${largest ? "most" : "least"} in ${pick.year}: ${amountText(ctx, pick.sum)} ${markers(pick.figure)}${pick.figure.derived ? ` ${computed(ctx)}` : ""}. All years:`);
		const lines = sums.map((s) => `• ${s.year}: ${amountText(ctx, s.sum)} ${markers(s.figure)}`);
		const figures = [pick.figure, ...sums.filter((s) => s !== pick).map((s) => s.figure)];
		return {
			intent: "extreme",
			answered: true,
			text: [text, ...lines].join("\n"),
			figures
		};
	}
	const areas = ctx.query.cues.has("breakdown") || ctx.query.cues.has("area");
	const split = new Set(ctx.index.entries.map((e) => e.entry.partOf).filter((id) => id !== null));
	const byId = ctx.index.byId;
	const regionShare = (e) => {
		const whole = e.partOf ? byId.get(e.partOf) : void 0;
		if (whole === void 0 || e.recipient === null) return false;
		if (e.recipient === whole.recipient) return whole.partOf !== null && !namesTopic(e);
		return !namesTopic(e) || namesTopic(whole);
	};
	const isArea = (e) => (!split.has(e.id) || namesTopic(e)) && !e.sources.some(passedOn) && !regionShare(e);
	const wholes = new Set(ctx.index.entries.filter((e) => ctx.query.amounts.some((a) => a.valueSek === e.entry.amountSek)).map((e) => e.entry.id));
	const ofWhole = (e) => wholes.size === 0 || e.partOf !== null && wholes.has(e.partOf);
	const inYear = (areas ? ctx.index.entries.map((e) => e.entry).filter((e) => e.role === "part" && isArea(e) && ofWhole(e) && (e.gms || wholes.size > 0)) : entries).filter((e) => inYears(e, ctx.query.years)).sort(byEntryOrder);
	const ranked = [...inYear].sort((a, b) => largest ? b.amountSek - a.amountSek : a.amountSek - b.amountSek);
	const pick = ranked[0];
	if (!pick) return nothing(ctx, "extreme");
	const rank = ctx.query.rank ?? 1;
	if (rank > 1) return rankedEntries(ctx, ranked, rank, largest);
	const intro = say(ctx.language, `${largest ? "Största" : "Minsta"} beloppet${hasTopic(ctx.query) ? ` för ${subjectName(ctx)}` : ""}:`, `The ${largest ? "largest" : "smallest"} amount${hasTopic(ctx.query) ? ` for ${subjectName(ctx)}` : ""}:`);
	const tied = inYear.filter((e) => e.amountSek === pick.amountSek);
	return {
		intent: "extreme",
		answered: true,
		text: tied.length === 1 ? `${intro} ${describeEntry(ctx, pick)}` : [intro, ...tied.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n"),
		figures: tied.map((e) => entryFigure(ctx, e).figure)
	};
}
/** The `rank` largest (smallest) of `ranked`, and any tied with the last of them. */
function rankedEntries(ctx, ranked, rank, largest) {
	const cut = ranked[Math.min(rank, ranked.length) - 1]?.amountSek ?? 0;
	const shown = ranked.filter((e, i) => i < rank || e.amountSek === cut);
	return {
		intent: "extreme",
		answered: true,
		text: [say(ctx.language, `De ${shown.length} ${largest ? "största" : "minsta"} beloppen${hasTopic(ctx.query) ? ` för ${subjectName(ctx)}` : ""}${ranked.length < rank ? ` (dokumenten anger bara ${ranked.length})` : ""}:`, `The ${shown.length} ${largest ? "largest" : "smallest"} amounts${hasTopic(ctx.query) ? ` for ${subjectName(ctx)}` : ""}${ranked.length < rank ? ` (the documents state only ${ranked.length})` : ""}:`), ...shown.map((e, i) => `${i + 1}. ${describeEntry(ctx, e)}`)].join("\n"),
		figures: shown.map((e) => entryFigure(ctx, e).figure)
	};
}
/** "Hur stor andel gick till barncancer 2024?": the area's money over GMS's grants that year, in percent. */
function answerShare(ctx) {
	if (!hasTopic(ctx.query)) return decline("share", say(ctx.language, "Andel av vad? Ange ett område, till exempel barncancer.", "A share of what? Name an area, for example childhood cancer."));
	const label = (y) => say(ctx.language, `summa ${y}`, `sum ${y}`);
	const part = yearSums(ctx, subjectEntries(ctx), label);
	const named = ctx.query.amounts[0]?.valueSek;
	const wholeEntries = ctx.index.entries.map((e) => e.entry).filter((e) => named === void 0 ? countsAsGrant(e) : e.amountSek === named).filter((e, i, all) => named === void 0 || all.findIndex((o) => o.year === e.year) === i);
	const whole = new Map(yearSums(ctx, wholeEntries, label).map((s) => [s.year, s]));
	const lines = [];
	const figures = [];
	for (const p of part) {
		const w = whole.get(p.year);
		if (!w || w.sum === 0) continue;
		const percent = shareText(ctx, p.sum, w.sum);
		lines.push(say(ctx.language, `${p.year}: ${amountText(ctx, p.sum)} ${markers(p.figure)} av ${named === void 0 ? "GMS-medlen " : ""}${amountText(ctx, w.sum)} ${markers(w.figure)} = ${percent} ${computed(ctx)}.`, `${p.year}: ${amountText(ctx, p.sum)} ${markers(p.figure)} of ${named === void 0 ? "GMS's " : ""}${amountText(ctx, w.sum)} ${markers(w.figure)} = ${percent} ${computed(ctx)}.`));
		figures.push(p.figure, w.figure);
		const grant = named === void 0 ? oneGrantOf(ctx, p.entries) : null;
		if (grant && grant.amountSek !== w.sum && grant.amountSek > p.sum) {
			const g = entryFigure(ctx, grant).figure;
			const ofGrant = shareText(ctx, p.sum, grant.amountSek);
			lines.push(say(ctx.language, `${p.year}: av anslaget det ingår i, ${amountText(ctx, grant.amountSek)} ${markers(g)}, är det ${ofGrant} ${computed(ctx)}.`, `${p.year}: of the grant it is part of, ${amountText(ctx, grant.amountSek)} ${markers(g)}, it is ${ofGrant} ${computed(ctx)}.`));
			figures.push(g);
		}
	}
	if (lines.length === 0) return nothing(ctx, "share");
	lines.unshift(say(ctx.language, `Andelen för ${subjectName(ctx)}:`, `The share for ${subjectName(ctx)}:`));
	const all = ctx.query.span && part.length > 1 ? overallShare(ctx, part, [...whole.values()]) : null;
	if (all) {
		lines.push(all.line);
		figures.push(...all.figures);
	}
	return {
		intent: "share",
		answered: true,
		text: lines.join("\n"),
		figures
	};
}
/** "21,3 %", "21.3%": a part over its whole, one decimal at most, in the asker's language. */
function shareText(ctx, part, whole) {
	const sv = ctx.language === "sv";
	const value = (100 * part / whole).toLocaleString(sv ? "sv-SE" : "en-GB", { maximumFractionDigits: 1 });
	return sv ? `${value} %` : `${value}%`;
}
/** The part's sum over the whole's sum across every asked year (a year with no part adds to the whole only). */
function overallShare(ctx, part, whole) {
	const years = whole.map((w) => w.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	const label = say(ctx.language, `summa ${first}–${last}`, `sum ${first}–${last}`);
	const sum = (list) => list.reduce((s, y) => s + y.sum, 0);
	const p = derivedFigure(sum(part), null, label, part.map((y) => y.figure));
	const w = derivedFigure(sum(whole), null, label, whole.map((y) => y.figure));
	if (w.amountSek === 0) return null;
	const percent = shareText(ctx, p.amountSek, w.amountSek);
	return {
		line: say(ctx.language, `${first}–${last} sammanlagt: ${amountText(ctx, p.amountSek)} ${markers(p)} av ${amountText(ctx, w.amountSek)} ${markers(w)} = ${percent} ${computed(ctx)}.`, `${first}–${last} in all: ${amountText(ctx, p.amountSek)} ${markers(p)} of ${amountText(ctx, w.amountSek)} ${markers(w)} = ${percent} ${computed(ctx)}.`),
		figures: [p, w]
	};
}
// dist/bot/answers/frame-difference.js
/**
* "What is the difference between what Socialstyrelsen may use and what it pays out in 2026?": the frame an
* agency may use and the grant it pays out, told by one decision. Their difference is answered only as the
* decision states it (the cap for the agency's own work); a frame and a grant are never subtracted by the bot.
*/
function answerFrameDifference(ctx) {
	const { query } = ctx;
	const asked = query.orgs[0];
	const org = asked ? ledgerName(ctx, asked.name) : null;
	const entries = ctx.index.entries.map((e) => e.entry).filter((e) => inYears(e, query.years));
	const frames = entries.filter((e) => e.role === "budget-frame" && e.partOf === null && (!org || e.sources.some((s) => s.text.includes(org))));
	for (const frame of frames) {
		const doc = frame.sources[0]?.docId;
		const inDoc = (e) => e.sources.some((s) => s.docId === doc);
		const paid = entries.find((e) => e.role === "grant" && inDoc(e) && (!org || e.payer === org) && e.years.join() === frame.years.join());
		if (!paid) continue;
		return describe(ctx, org, frame, paid, entries.find((e) => e.role === "agency-cap" && inDoc(e) && e.amountSek === frame.amountSek - paid.amountSek));
	}
	return decline("change", say(ctx.language, "Dokumenten anger inte både vad myndigheten får använda och vad den betalar ut det året.", "The documents don't state both what the agency may use and what it pays out that year."));
}
function describe(ctx, org, frame, paid, cap) {
	const [f, p] = [entryFigure(ctx, frame), entryFigure(ctx, paid)];
	const who = org ?? say(ctx.language, "Myndigheten", "The agency");
	const lines = [say(ctx.language, `${who} får använda ${amountText(ctx, frame.amountSek)} ${f.markers} och betalar ut ${amountText(ctx, paid.amountSek)} ${p.markers}.`, `${who} may use ${amountText(ctx, frame.amountSek)} ${f.markers} and pays out ${amountText(ctx, paid.amountSek)} ${p.markers}.`)];
	const figures = [f.figure, p.figure];
	if (cap) {
		const c = entryFigure(ctx, cap);
		lines.unshift(say(ctx.language, `Skillnaden är ${amountText(ctx, cap.amountSek)}: det som beslutet låter myndigheten använda för sitt eget arbete ${c.markers}.`, `The difference is ${amountText(ctx, cap.amountSek)}: what the decision lets the agency use for its own work ${c.markers}.`));
		figures.unshift(c.figure);
	} else lines.push(say(ctx.language, "Dokumenten säger inte vad skillnaden mellan beloppen är till för.", "The documents don't say what the difference between the two is for."));
	return {
		intent: "change",
		answered: true,
		text: lines.join("\n"),
		figures
	};
}
// dist/bot/answers/largest-change.js
/**
* "vilket år ökade stödet mest?", "biggest drop in funding": every step from one year with GMS grants to
* the next, computed, and the largest increase (or decrease) first. A year with no money told is skipped
* and said so, never read as zero.
*/
function answerLargestChange(ctx) {
	const steps = yearSteps(ctx);
	const down = ctx.query.cues.has("down");
	const best = [...steps].sort((a, b) => down ? a.diff - b.diff : b.diff - a.diff)[0];
	if (!best || (down ? best.diff >= 0 : best.diff <= 0)) return decline("change", say(ctx.language, `Dokumenten visar ingen ${down ? "minskning" : "ökning"} från ett år till nästa.`, `The documents show no ${down ? "decrease" : "increase"} from one year to the next.`));
	return {
		intent: "change",
		answered: true,
		text: [say(ctx.language, `Störst ${down ? "minskning" : "ökning"}: ${stepText(ctx, best)} (uträknat av boten). Alla år:`, `The largest ${down ? "decrease" : "increase"}: ${stepText(ctx, best)} (computed by the bot). Every year:`), ...steps.map((s) => `• ${s.from}–${s.to}: ${signed(ctx, s.diff)} ${cited(s)}${gapNote(ctx, s)}`)].join("\n"),
		figures: [best.figure, ...steps.filter((s) => s !== best).map((s) => s.figure)]
	};
}
/** Consecutive years with GMS grants (within the asked span, if any), each step's change computed. */
function yearSteps(ctx) {
	const asked = ctx.query.years;
	const years = [...new Set(ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && e.year !== null).map((e) => e.year))].filter((y) => asked.length < 2 || y >= Math.min(...asked) && y <= Math.max(...asked)).sort((a, b) => a - b);
	const steps = [];
	for (let i = 1; i < years.length; i++) {
		const from = years[i - 1];
		const to = years[i];
		const a = yearTotal(ctx, from);
		const b = yearTotal(ctx, to);
		if (!a.figure || !b.figure) continue;
		const diff = b.sum - a.sum;
		const citations = [.../* @__PURE__ */ new Set([...a.figure.citations, ...b.figure.citations])].sort((x, y) => x - y);
		const label = say(ctx.language, `förändring ${from}–${to}`, `change ${from}–${to}`);
		steps.push({
			from,
			to,
			diff,
			figure: {
				amountSek: diff,
				year: null,
				label,
				derived: true,
				citations
			}
		});
	}
	return steps;
}
function stepText(ctx, s) {
	const a = yearTotal(ctx, s.from).sum;
	const b = yearTotal(ctx, s.to).sum;
	const cites = cited(s);
	return say(ctx.language, `från ${amountText(ctx, a)} ${s.from} till ${amountText(ctx, b)} ${s.to} ${cites}, ${signed(ctx, s.diff)}${percent(ctx, a, s.diff)}`, `from ${amountText(ctx, a)} in ${s.from} to ${amountText(ctx, b)} in ${s.to} ${cites}, ${signed(ctx, s.diff)}${percent(ctx, a, s.diff)}`);
}
function signed(ctx, diff) {
	return `${diff >= 0 ? "+" : "−"}${amountText(ctx, Math.abs(diff))}`;
}
function gapNote(ctx, s) {
	if (s.to - s.from <= 1) return "";
	const missing = s.to - s.from === 2 ? `${s.from + 1}` : `${s.from + 1}–${s.to - 1}`;
	return say(ctx.language, ` (inga medel angivna för ${missing})`, ` (no funding stated for ${missing})`);
}
const cited = (s) => s.figure.citations.map((n) => `[${n}]`).join("");
// dist/bot/answers/change.js
function yearBefore(ctx, year) {
	if (year === void 0) return void 0;
	const years = ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && e.year !== null && e.year < year).map((e) => e.year ?? 0);
	return years.length > 0 ? Math.max(...years) : void 0;
}
/** "+395 %": the change over the first year's sum, one decimal at most. */
function percent(ctx, from, diff) {
	if (from === 0) return "";
	const value = (100 * diff / from).toLocaleString(ctx.language === "sv" ? "sv-SE" : "en-GB", {
		maximumFractionDigits: 1,
		signDisplay: "always"
	});
	return ctx.language === "sv" ? `, ${value} %` : `, ${value}%`;
}
/**
* "how many times larger": the later year's money as a multiple of the earlier's, two decimals at most, so a
* multiple is never rounded into a whole one it is not (4,95, not 5).
*/
function ratioText(ctx, from, to) {
	if (from === 0) return "";
	const value = (to / from).toLocaleString(ctx.language === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
	return say(ctx.language, `, ${value} gånger så mycket`, `, ${value} times as much`);
}
/** GMS's grants in one year, with their sum as a derived figure citing each. */
function yearTotal(ctx, year) {
	const grants = ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && e.year === year);
	if (grants.length === 0) return {
		sum: 0,
		figure: null
	};
	const parts = grants.map((g) => entryFigure(ctx, g).figure);
	const sum = grants.reduce((s, g) => s + g.amountSek, 0);
	const label = say(ctx.language, `GMS ${year}`, `GMS ${year}`);
	return {
		sum,
		figure: grants.length === 1 ? parts[0] ?? null : derivedFigure(sum, year, label, parts)
	};
}
/**
* What the one organisation asked about received in a year: its single stated share (a grant or a part,
* also one told only in retrospect), never a sum of several.
*/
function organisationYears(ctx, name, first, last) {
	const received = receivedBy(ctx, name);
	const inYear = (year) => received.filter((e) => e.year === year && ["grant", "part"].includes(fundingRole(e)));
	let a = inYear(first);
	let b = inYear(last);
	const docsOf = (e) => new Set(e.sources.map((s) => s.docId));
	const sameDoc = (one, many) => {
		const docs = docsOf(one);
		const told = many.filter((e) => e.sources.some((s) => docs.has(s.docId)));
		return told.length === 1 ? told : many;
	};
	if (a.length === 1 && b.length > 1) b = sameDoc(a[0], b);
	else if (b.length === 1 && a.length > 1) a = sameDoc(b[0], a);
	const sum = (found) => {
		const only = found.length === 1 ? found[0] : void 0;
		if (!only) return {
			sum: 0,
			figure: null
		};
		return {
			sum: only.amountSek,
			figure: entryFigure(ctx, only).figure
		};
	};
	return [sum(a), sum(b)];
}
/** "did childhood cancer funding go up from 2025 to 2026?": the topic's one amount in each year, never a sum. */
function compareTopic(ctx, first, last) {
	const entries = subjectEntries(ctx);
	const of = (year) => {
		const all = entries.filter((e) => e.year === year);
		const gms = all.filter((e) => e.gms);
		const found = all.length > 1 && gms.length === 1 ? gms : all;
		const only = found.length === 1 ? found[0] : void 0;
		return only ? {
			sum: only.amountSek,
			figure: entryFigure(ctx, only).figure
		} : {
			sum: 0,
			figure: null
		};
	};
	const name = subjectName(ctx);
	return compare(ctx, {
		name,
		lead: {
			sv: `Till ${name}:`,
			en: `For ${name}:`
		},
		first,
		last,
		a: of(first),
		b: of(last)
	}, (missing) => say(ctx.language, `Dokumenten anger inte ett enskilt belopp till ${name} ${missing}, så ingen jämförelse kan göras.`, `The documents state no single amount for ${name} in ${missing}, so there is nothing to compare.`));
}
/** "How much did the funding increase from 2023 to 2024?": both years' totals and the difference, computed. */
function answerChange(ctx) {
	if (ctx.query.cues.has("mayUse")) return answerFrameDifference(ctx);
	if (asksLargestChange(ctx.query)) return answerLargestChange(ctx);
	if (ctx.query.appropriation) return answerAppropriation(ctx, ctx.query.appropriation);
	const last = ctx.query.years.at(-1);
	const first = ctx.query.years.length > 1 ? ctx.query.years[0] : yearBefore(ctx, last);
	if (first === void 0 || last === void 0) return decline("change", "");
	const org = ctx.query.orgs[0];
	if (org) {
		const name = ledgerName(ctx, org.name);
		const [a, b] = organisationYears(ctx, name, first, last);
		return compare(ctx, {
			name,
			first,
			last,
			a,
			b
		}, (missing) => say(ctx.language, `Dokumenten anger inte ett enskilt belopp som ${name} fick ${missing}, så ingen jämförelse kan göras.`, `The documents state no single amount ${name} received in ${missing}, so there is nothing to compare.`));
	}
	if (hasTopic(ctx.query)) return compareTopic(ctx, first, last);
	return compare(ctx, {
		name: "GMS",
		first,
		last,
		a: yearTotal(ctx, first),
		b: yearTotal(ctx, last)
	}, (missing) => say(ctx.language, `Dokumenten anger inga medel till GMS för ${missing}, så ingen jämförelse kan göras.`, `The documents state no GMS funding for ${missing}, so there is nothing to compare.`));
}
/** Both years' money and the difference, computed; or why there is nothing to compare. */
function compare(ctx, c, none) {
	const { name, first, last, a, b } = c;
	if (!a.figure || !b.figure) return decline("change", none(!a.figure ? first : last));
	const diff = b.sum - a.sum;
	const cites = [.../* @__PURE__ */ new Set([...a.figure.citations, ...b.figure.citations])].sort((x, y) => x - y);
	const change = {
		amountSek: diff,
		year: null,
		label: say(ctx.language, `förändring ${first}–${last}`, `change ${first}–${last}`),
		derived: true,
		citations: cites
	};
	const markers = (f) => f.citations.map((n) => `[${n}]`).join("");
	const svChange = diff === 0 ? "oförändrat" : `${diff > 0 ? "en ökning" : "en minskning"} med ${amountText(ctx, Math.abs(diff))}${percent(ctx, a.sum, diff)}`;
	const enChange = diff === 0 ? "unchanged" : `${diff > 0 ? "an increase" : "a decrease"} of ${amountText(ctx, Math.abs(diff))}${percent(ctx, a.sum, diff)}`;
	const times = ctx.query.cues.has("times") ? ratioText(ctx, a.sum, b.sum) : "";
	return {
		intent: "change",
		answered: true,
		text: say(ctx.language, `${c.lead?.sv ?? `${name} fick`} ${amountText(ctx, a.sum)} ${first} ${markers(a.figure)} och ${amountText(ctx, b.sum)} ${last} ${markers(b.figure)}: ${svChange}${times} (uträknat av boten).`, `${c.lead?.en ?? `${name} received`} ${amountText(ctx, a.sum)} in ${first} ${markers(a.figure)} and ${amountText(ctx, b.sum)} in ${last} ${markers(b.figure)}: ${enChange}${times} (computed by the bot).`),
		figures: [
			change,
			a.figure,
			b.figure
		]
	};
}
/** "vilket år ökade stödet mest?": the largest step between years, not one pair of years. */
function asksLargestChange(q) {
	return (q.cues.has("largest") || q.cues.has("smallest")) && q.years.length !== 1 && q.years.length !== 2 && q.orgs.length === 0 && !hasTopic(q);
}
/** The budget frames the documents book against the asked appropriation in the asked years, each quoted. */
function answerAppropriation(ctx, asked) {
	const names = (e) => budgetLinesOf(ctx, e).some((b) => b.appropriation?.split(/\s/)[0] === asked);
	const found = ctx.index.entries.map((x) => x.entry).filter((e) => e.role === "budget-frame" && inYears(e, ctx.query.years) && names(e));
	const when = ctx.query.years.join(", ");
	if (found.length === 0) return decline("change", say(ctx.language, `Dokumenten anger inget belopp för anslaget ${asked}${when ? ` ${when}` : ""}.`, `The documents state no amount for appropriation ${asked}${when ? ` in ${when}` : ""}.`));
	const lead = say(ctx.language, `Om anslaget ${asked}${when ? ` ${when}` : ""} anger dokumenten:`, `On appropriation ${asked}${when ? ` in ${when}` : ""} the documents state:`);
	const figures = found.map((e) => entryFigure(ctx, e));
	return {
		intent: "change",
		answered: true,
		text: [lead, ...found.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n"),
		figures: figures.map((f) => f.figure)
	};
}
// dist/bot/answers/per-payer.js
const EACH = [
	"which",
	"perYear",
	"who",
	"breakdown"
];
/** "which agencies paid out GMS money, and how much each": a payer asked for with amounts, naming none. */
function asksPerPayer(q) {
	return (q.cues.has("pays") || q.cues.has("payer")) && q.cues.has("howMuch") && EACH.some((c) => q.cues.has(c)) && q.orgs.length === 0 && q.stems.length === 0 && q.topics.length === 0;
}
function answerPerPayer(ctx) {
	const byPayer = /* @__PURE__ */ new Map();
	const unpaid = [];
	for (const { entry } of ctx.index.entries) {
		if (!countsAsGrant(entry) || !inYears(entry, ctx.query.years)) continue;
		const payer = payerOf(ctx, entry);
		if (payer === null) {
			unpaid.push(entry);
			continue;
		}
		byPayer.set(payer, [...byPayer.get(payer) ?? [], entry]);
	}
	if (byPayer.size === 0) return null;
	const lines = [];
	const figures = [];
	for (const [payer, entries] of [...byPayer].sort((a, b) => a[0].localeCompare(b[0], "sv"))) {
		const own = entries.map((e) => entryFigure(ctx, e));
		const told = own.map((f, i) => `${amountText(ctx, entries[i]?.amountSek ?? 0)} (${yearsText(entries[i])}) ${f.markers}`);
		const sum = entries.reduce((s, e) => s + e.amountSek, 0);
		if (entries.length > 1) {
			const label = say(ctx.language, `summa ${payer}`, `sum ${payer}`);
			figures.push(derivedFigure(sum, null, label, own.map((f) => f.figure)));
		}
		figures.push(...own.map((f) => f.figure));
		const total = entries.length > 1 ? say(ctx.language, `, sammanlagt ${amountText(ctx, sum)} (uträknat av boten)`, `, in all ${amountText(ctx, sum)} (computed by the bot)`) : "";
		lines.push(`• ${payer}: ${listText(told, ctx.language)}${total}`);
	}
	const lead = say(ctx.language, "GMS-medel efter myndigheten som betalar ut dem:", "GMS money by the agency that pays it out:");
	const rest = listText(unpaid.map((e) => `${amountText(ctx, e.amountSek)} (${yearsText(e)})`), ctx.language);
	const note = unpaid.length === 0 ? [] : [say(ctx.language, `(För ${rest} anger dokumenten ingen utbetalande myndighet vid beloppet.)`, `(For ${rest} the documents name no paying agency with the amount.)`)];
	return {
		intent: "payer",
		answered: true,
		text: [
			lead,
			...lines,
			...note
		].join("\n"),
		figures
	};
}
// dist/bot/answers/asked.js
/**
* The entries about the asked topic; null when the question names none. Words no entry knows are noise
* ("taken", "other"), unless they name a condition the documents don't cover: then nothing matches.
*/
function topicEntries(ctx) {
	if (!hasTopic(ctx.query)) return null;
	const matched = matchTopic(ctx.query, ctx.index);
	return matched.length === 0 && ctx.query.unknown.length === 0 ? null : matched;
}
/**
* "vem betalar ut pengarna till lungcancer?", "who pays the 14,5 million?": the entries asked about, or
* null when the question names no topic or amount.
*/
function askedEntries(ctx) {
	const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
	const topic = topicEntries(ctx);
	if (!topic && amounts.size === 0) return null;
	const wanted = (e) => inYears(e, ctx.query.years) && (amounts.size === 0 || amounts.has(e.amountSek));
	const both = (topic ?? ctx.index.entries).map((e) => e.entry).filter(wanted);
	if (both.length > 0 || !topic || amounts.size === 0) return both;
	const docs = documentsOf(topic);
	return ctx.index.entries.map((e) => e.entry).filter((e) => wanted(e) && e.sources.some((s) => docs.has(s.docId)));
}
const SEARCH_FLOOR = .5;
/** The documents whose sentences name the asked words ("AMR" → the decision about antibiotikaresistens). */
function searchedDocuments(ctx) {
	const query = ctx.query.stems.join(" ");
	const hits = query === "" ? [] : ctx.knowledge.passages.search(query, { limit: 10 });
	const best = hits[0]?.score ?? 0;
	return new Set(hits.filter((h) => h.score >= best * SEARCH_FLOOR).map((h) => h.docId));
}
/**
* The documents a who/when question is about: those stating the asked money or naming the asked topic,
* within the asked year (a multi-year total spans too much to tie it to one); null when it names none.
*/
function askedDocuments(ctx) {
	const numbered = numberedDocuments(ctx);
	if (numbered.size > 0) return numbered;
	const years = ctx.query.years;
	const yearDocs = years.length === 0 ? null : documentsOf(ctx.index.entries.filter((e) => e.entry.role !== "multi-year-total" && inYears(e.entry, years)));
	const entries = askedEntries(ctx);
	if (!entries) return yearDocs;
	const docs = documentsOf(entries);
	if (topicEntries(ctx) && ctx.query.unknown.length === 0 && ctx.query.amounts.length === 0) {
		for (const doc of searchedDocuments(ctx)) if (!yearDocs || yearDocs.has(doc)) docs.add(doc);
	}
	return docs;
}
/**
* "beslutet S2026/01867": the documents filed under the numbers the question names; a decision's own number
* heads it, so minutes that only cite it as their basis are left out when the decision itself is loaded.
*/
function numberedDocuments(ctx) {
	const asked = new Set(ctx.query.references.map((r) => r.toLowerCase()));
	if (asked.size === 0) return /* @__PURE__ */ new Set();
	const named = ctx.knowledge.statements.references.filter((r) => asked.has(r.number.text.toLowerCase()));
	const decisionDocs = decisionDocuments$1(ctx);
	const own = named.filter((r) => decisionDocs.has(r.span.docId) || r.inHeader);
	return new Set((own.length > 0 ? own : named).map((r) => r.span.docId));
}
/** The documents that are decisions themselves (not retellings of one), read once per load. */
function decisionDocuments$1(ctx) {
	return memo(ctx.knowledge, "decision-documents", () => new Set(ctx.knowledge.statements.decisions.filter((d) => d.fromDecisionDocument).map((d) => d.span.docId)));
}
/** "the april 2026 decision": the month the question names, if any. */
function askedMonth(ctx) {
	return ctx.query.months[0] ?? null;
}
/** A filter on spans: only those in `docs`, or all when `docs` is null. */
function inDocuments(docs) {
	return (s) => docs === null || docs.has(s.docId);
}
// dist/bot/answers/measures.js
const MAX_QUOTED = 3;
/** "vad kostar en trioanalys?", "how many analyses 2026": the statements of that cost or count; null when none. */
function answerCostOrCount(ctx) {
	const { query } = ctx;
	const kind = query.cues.has("cost") ? "cost" : query.cues.has("count") ? "count" : null;
	if (kind === null || query.topicWords.length + query.coverage.unplaced.length === 0) return null;
	const keys = subjectKeys(query);
	const found = ofSubject(kind === "cost" ? ctx.knowledge.statements.costs : ctx.knowledge.statements.counts, keys, new Set(query.years), ofOrgs(ctx)).slice(0, MAX_QUOTED);
	if (found.length === 0) return null;
	const lines = found.map((s) => `• “${s.span.text}” ${ctx.citations.markers([s.span]).text}`);
	const lead = kind === "cost" ? say(ctx.language, "Det här säger dokumenten om kostnaden – en kostnad, inga medel till GMS:", "What the documents say about the cost – a cost, not funding of GMS:") : say(ctx.language, "Det här säger dokumenten om antalet – ett antal, inga medel:", "What the documents say about the number – a count, not funding:");
	const first = found[0];
	const figures = first && "amounts" in first ? costFigure(ctx, first) : [];
	return {
		intent: "passage",
		answered: true,
		text: [lead, ...lines].join("\n"),
		figures
	};
}
/** The cost as stated ("omkring 25 000 kronor"), labelled a cost, cited to its sentence. */
function costFigure(ctx, cost) {
	const amount = cost.amounts[0];
	if (!amount) return [];
	const citations = ctx.citations.markers([cost.span]).ids;
	const label = say(ctx.language, "kostnad", "cost");
	return [{
		amountSek: amount.valueSek,
		year: null,
		label,
		derived: false,
		citations
	}];
}
/** "was there a correction?", "stämmer 12 miljoner?": the documents' corrections, quoted whole. */
function answerCorrection(ctx) {
	const all = ctx.knowledge.statements.corrections;
	const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
	const naming = all.filter((c) => c.amounts.some((a) => asked.has(a.valueSek)));
	const found = (naming.length > 0 ? naming : all).slice(0, MAX_QUOTED);
	if (found.length === 0) return decline("passage", say(ctx.language, "Dokumenten rättar inget belopp.", "The documents correct no figure."));
	const lines = found.map((c) => {
		const spans = [c.span, ...c.said];
		return `• “${spans.map((s) => s.text).join(" ")}” ${ctx.citations.markers(spans).text}`;
	});
	return {
		intent: "passage",
		answered: true,
		text: [say(ctx.language, "Det här säger dokumentens rättelse – det rätta beloppet gäller, inte det först skrivna:", "What the documents' correction says – the corrected figure stands, not the one first written:"), ...lines].join("\n"),
		figures: []
	};
}
/** Whether the question names an amount a document's own correction names ("stämmer 12 miljoner till RS?"). */
function namesCorrectedAmount(knowledge, query) {
	if (query.amounts.length === 0) return false;
	const corrected = memo(knowledge, "corrected-amounts", () => new Set(knowledge.statements.corrections.flatMap((c) => c.amounts.map((a) => a.valueSek))));
	return query.amounts.some((a) => corrected.has(a.valueSek));
}
const KEY_LETTERS = 6;
const MIN_KEY = 4;
const CUE_WORDS = [["average", ["snitt", "average"]]];
const NAME_WORDS = /* @__PURE__ */ new Set([
	"genomic",
	"genomi",
	"medicine",
	"medici",
	"sweden",
	"gms"
]);
function subjectKeys(query) {
	const areas = TOPICS.filter((t) => query.topics.includes(t.key)).flatMap((t) => [...t.svPhrases, ...t.enPhrases]);
	const words = [
		...query.topicWords,
		...query.stems,
		...query.coverage.unplaced,
		...areas.flatMap((p) => p.split(/[^\p{L}]+/u))
	].map((w) => w.toLowerCase());
	for (const [cue, more] of CUE_WORDS) if (query.cues.has(cue)) words.push(...more);
	const long = words.filter((w) => w.length >= MIN_KEY && !NAME_WORDS.has(w));
	const subjects = /* @__PURE__ */ new Map();
	for (const w of long) {
		const opening = w.slice(0, KEY_LETTERS);
		if (NAME_WORDS.has(opening)) continue;
		const same = [...subjects.keys()].find((o) => o.startsWith(opening) || opening.startsWith(o));
		const keys = subjects.get(same ?? opening) ?? /* @__PURE__ */ new Set();
		keys.add(opening);
		if (w.length >= 12) keys.add(w.slice(-6));
		subjects.set(same ?? opening, keys);
	}
	return [...subjects.values()].map((keys) => [...keys]);
}
/**
* The statements naming most of the asked subject, of the asked years (one of the asked organisation's own
* documents, or told first of the asked year, counts as naming one more), the latest first: a cost falls over
* the years.
*/
function ofSubject(statements, keys, years, ofOrg) {
	if (keys.length === 0) return [];
	const named = statements.filter((s) => years.size === 0 || s.years.some((y) => years.has(y))).map((s) => ({
		s,
		n: keysIn(s.span.text, keys)
	})).filter(({ n }) => n > 0).map(({ s, n }) => ({
		s,
		n: n + Number(ofOrg(s.span.docId, s.span.text)) + Number(years.has(s.years[0] ?? 0))
	}));
	const most = Math.max(0, ...named.map(({ n }) => n));
	return named.filter(({ n }) => n >= most - 1).sort((a, b) => b.n - a.n || latest(b.s.years) - latest(a.s.years)).map(({ s }) => s);
}
/** Whether a statement is of an organisation the question names: its sentence or its document's title names it. */
function ofOrgs(ctx) {
	const names = ctx.query.orgs.filter((o) => o.name !== "GMS").map((o) => o.name.toLowerCase());
	if (names.length === 0) return () => false;
	const byId = documentsByIdOf(ctx.knowledge);
	return (docId, text) => {
		const doc = byId.get(docId);
		const named = `${text} ${doc?.title ?? ""} ${doc?.publisher ?? ""}`.toLowerCase();
		return names.some((n) => named.includes(n));
	};
}
function latest(years) {
	return years.length === 0 ? 0 : Math.max(...years);
}
/** How many of the subject's words the text names (a word is named by any of its keys inside one of its words). */
function keysIn(text, subjects) {
	const words = text.toLowerCase().split(/[^\p{L}]+/u);
	return subjects.filter((keys) => keys.some((k) => words.some((w) => w.includes(k)))).length;
}
// dist/bot/answers/quoted-kinds.js
const MAX_PASSAGES$1 = 3;
const MONEY = /\d[\d ,.]{0,15}(?:miljon|miljard|milj|kronor|kr\b|mkr|msek|sek\b|million|billion|bn\b|m\b)|\bsek ?\d/iu;
const KINDS = [{
	cue: "need",
	words: /* @__PURE__ */ new Set([
		"behöver",
		"behövs",
		"behövde",
		"behövts",
		"behov",
		"behovet",
		"behoven",
		"need",
		"needs",
		"needed"
	]),
	lead: ["Det här säger dokumenten om behovet – inga beslutade medel:", "What the documents say is needed – no money decided:"],
	none: ["Dokumenten anger inget behov i kronor för det.", "The documents state no need in kronor for that."]
}, {
	cue: "perMonth",
	words: /* @__PURE__ */ new Set([
		"månaden",
		"månad",
		"månadsvis",
		"month",
		"monthly"
	]),
	lead: ["Det här säger dokumenten om belopp per månad – inget årsbelopp att summera:", "What the documents say about monthly amounts – no year's figure to add up:"],
	none: ["Dokumenten anger inget belopp per månad.", "The documents state no monthly amount."]
}];
/** The kind of no-grant money the question asks for, if any. */
function asksQuotedKind(ctx) {
	return KINDS.some((k) => ctx.query.cues.has(k.cue));
}
/** Sentences with an amount that tell the kind asked, those naming the question's subject first. */
function answerQuotedKind(ctx) {
	const kind = KINDS.find((k) => ctx.query.cues.has(k.cue)) ?? KINDS[0];
	const subject = [...ctx.query.topicWords, ...ctx.query.orgs.map((o) => o.name)];
	const found = ctx.knowledge.passages.search([...kind.words, ...subject].join(" "), {
		limit: 50,
		filter: (p) => !p.heading && MONEY.test(p.text) && tells(p.text, kind.words)
	}).slice(0, MAX_PASSAGES$1);
	if (found.length === 0) return decline("passage", say(ctx.language, ...kind.none));
	const lines = found.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
	return {
		intent: "passage",
		answered: true,
		text: [say(ctx.language, ...kind.lead), ...lines].join("\n"),
		figures: []
	};
}
function tells(text, words) {
	return text.toLowerCase().split(/[^\p{L}]+/u).some((w) => words.has(w));
}
// dist/bot/answers/quoted-language.js
/** " (quoted in Swedish)" for an English answer that quotes a Swedish document; else nothing. */
function swedishQuoteNote(ctx, spans) {
	if (ctx.language === "sv") return "";
	const byId = documentsByIdOf(ctx.knowledge);
	return spans.some((s) => {
		const doc = byId.get(s.docId);
		return doc !== void 0 && documentLanguage(doc) === "sv";
	}) ? " (quoted in Swedish)" : "";
}
// dist/bot/answers/said.js
const MAX_QUOTES$1 = 4;
const MAX_QUOTE_CHARS = 400;
/** Whether the question asks what someone said: a speech word with a person or a minister asked. */
function asksSaid(ctx) {
	const { cues, people } = ctx.query;
	return (people.length > 0 || cues.has("minister")) && (cues.has("said") || cues.has("says"));
}
/**
* The quotes of the asked people (or of the ministers, when none is named), each quote once; null when
* none of them is quoted, so the caller answers as before (where they are named, what they are).
*/
function answerSaid(ctx, intent) {
	if (!asksSaid(ctx)) return null;
	const inDocs = inDocuments(askedDocuments(ctx));
	const asked = ctx.query.people.map((p) => p.toLowerCase());
	const quoted = ctx.knowledge.statements.people.filter((p) => p.quote !== void 0 && inDocs(p.span) && (asked.length > 0 ? asked.some((a) => isAsked(p.name, a)) : p.role === "minister"));
	const seen = /* @__PURE__ */ new Set();
	const all = quoted.filter((p) => !seen.has(p.quote.text) && seen.add(p.quote.text));
	if (all.length === 0) return null;
	const subject = subjectWords(ctx);
	const naming = all.filter((p) => subject.some((w) => p.quote.text.toLowerCase().includes(w)));
	const quotes = naming.length > 0 ? naming : all;
	const named = ctx.query.topicWords.filter((w) => subject.some((s) => w.startsWith(s))).join(" ");
	const unnamed = subject.length > 0 && naming.length === 0 ? [say(ctx.language, `(Inget av citaten nämner ”${named}”.)`, `(None of the quotes mentions “${named}”.)`)] : [];
	const shown = quotes.slice(0, MAX_QUOTES$1);
	const lines = shown.map((p) => {
		const who = p.title ? `${p.name} (${p.title})` : p.name;
		const marker = ctx.citations.markers([p.quote]).text;
		return `• ${who}: “${shorten(p.quote.text, MAX_QUOTE_CHARS)}” ${marker}`;
	});
	const note = swedishQuoteNote(ctx, shown.map((p) => p.quote));
	const names = [...new Set(shown.map((p) => p.name))];
	const one = names.length === 1 ? names[0] : void 0;
	const intro = one ? say(ctx.language, `Så här citeras ${one} i dokumenten:`, `What the documents quote ${one} saying${note}:`) : say(ctx.language, "Så här citeras de i dokumenten:", `What the documents quote them saying${note}:`);
	const more = quotes.length > MAX_QUOTES$1 ? [say(ctx.language, `… och ${quotes.length - MAX_QUOTES$1} citat till.`, `… and ${quotes.length - MAX_QUOTES$1} more quotes.`)] : [];
	return {
		intent,
		answered: true,
		text: [
			intro,
			...unnamed,
			...lines,
			...more
		].join("\n"),
		figures: []
	};
}
/** The stems the question asks about besides the people's names ("barncanc" in "vad sa Örnberg om barncancer"). */
function subjectWords(ctx) {
	const names = new Set(ctx.query.people.flatMap((p) => p.toLowerCase().split(/\s+/)));
	const own = ctx.query.topicWords.filter((w) => !names.has(w));
	return ctx.query.stems.filter((s) => own.some((w) => w.startsWith(s)));
}
/** The asked name is the person's whole name, or one of its words ("Örnberg", "Maja"). */
function isAsked(name, asked) {
	const own = name.toLowerCase();
	if (own === asked) return true;
	return !asked.includes(" ") && own.split(/\s+/).includes(asked);
}
// dist/bot/answers/passages.js
const MAX_PASSAGES = 3;
/** "Vad säger dokumenten om helgenomsekvensering?": the best matching sentences, quoted. */
function answerPassages(ctx) {
	const said = answerSaid(ctx, "passage");
	if (said) return said;
	if (ctx.query.cues.has("correction")) return answerCorrection(ctx);
	if (asksQuotedKind(ctx)) return answerQuotedKind(ctx);
	const words = [
		...ctx.query.names,
		...ctx.query.topicWords,
		...ctx.query.people
	];
	const orgs = ctx.query.orgs.map((o) => o.name);
	const query = (words.length > 0 ? [...words, ...ctx.query.names.length > 0 ? orgs : []] : orgs).join(" ");
	const money = [
		"howMuch",
		"amount",
		"total"
	].some((c) => ctx.query.cues.has(c));
	const found = ctx.knowledge.passages.search(query, {
		limit: money ? 6 : MAX_PASSAGES,
		filter: (p) => !p.heading && (p.text.length > 30 || ctx.query.people.length > 0)
	});
	if (money) found.sort((a, b) => Number(/\d/.test(b.text)) - Number(/\d/.test(a.text)));
	const orgNames = ctx.query.names.length > 0 ? orgs.map((n) => n.toLowerCase()) : [];
	const projectDocs = new Set(found.filter((p) => ctx.query.names.some((n) => namesWord(p.text.toLowerCase(), n.toLowerCase()))).map((p) => p.docId));
	const byOrg = found.filter((p) => orgNames.some((n) => namesWord(p.text.toLowerCase(), n)));
	const inProject = byOrg.filter((p) => projectDocs.has(p.docId));
	const ownSentences = inProject.length > 0 ? inProject : byOrg;
	const names = ownSentences.length > 0 ? [] : ctx.query.names.map((n) => n.toLowerCase());
	if (ownSentences.length > 0) found.splice(0, found.length, ...ownSentences);
	if (names.length > 0) {
		const naming = found.filter((p) => names.some((n) => namesWord(p.text.toLowerCase(), n)));
		if (naming.length > 0) found.splice(0, found.length, ...naming);
	}
	const surnames = ctx.query.people.map((n) => (n.split(/\s+/).at(-1) ?? n).toLowerCase());
	if (surnames.length > 0) {
		const naming = found.filter((p) => surnames.some((n) => namesWord(p.text.toLowerCase(), n)));
		found.splice(0, found.length, ...naming);
	}
	found.splice(MAX_PASSAGES);
	if (found.length === 0) return decline("passage", say(ctx.language, "Dokumenten säger inget om det.", "The documents say nothing about that."));
	return {
		intent: "passage",
		answered: true,
		text: [say(ctx.language, "Det här säger dokumenten:", `This is what the documents say${swedishQuoteNote(ctx, found)}:`), ...found.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`)].join("\n"),
		figures: []
	};
}
// dist/bot/answers/person.js
const MAX_CITES = 2;
const MAX_NAMES$1 = 8;
/** What each role is called, Swedish then English. */
const ROLE_NAMES = {
	minister: ["minister", "minister"],
	signer: ["undertecknade ett regeringsbeslut", "signed a government decision"],
	"press-contact": ["presskontakt", "press contact"],
	contact: ["kontaktperson", "contact"],
	author: ["undertecknade texten", "signed the text as an author"],
	signatory: ["undertecknade dokumentet", "signed the document"],
	questioner: ["ställde frågan", "asked the question"],
	quoted: ["citeras", "quoted"]
};
/** The roles a named person has, said in the asker's language with the document's own title. */
function roleText(p, language) {
	const [sv, en] = ROLE_NAMES[p.role];
	const role = language === "sv" ? sv : en;
	if (p.role === "minister") return p.title ?? role;
	if (p.role === "signer" && p.title === "föredragande") return say(language, "föredragande, undertecknade regeringsbeslutet", "presenting official (föredragande), co-signed the government decision");
	if (p.role === "questioner" && p.title) return `${role} (${p.title})`;
	return p.title ? `${role}: ${p.title}` : role;
}
/** "Olof Sandberg" asked as "Sandberg" or "Olof Sandberg": the same surname, and the first name if given. */
function sameName(asked, name) {
	const a = asked.toLowerCase().split(/\s+/);
	const b = name.toLowerCase().split(/\s+/);
	if (a.at(-1) !== b.at(-1)) return false;
	return a.length === 1 || a[0] === b[0];
}
/** "Who is Anna Wedin?": every role the documents give the person, each cited; else what they say of them. */
function answerPerson(ctx) {
	const asked = ctx.query.people.length > 0 ? ctx.query.people : ctx.query.topicWords;
	const found = ctx.knowledge.statements.people.filter((p) => asked.some((a) => sameName(a, p.name)));
	if (found.length === 0) return answerPassages(ctx);
	return {
		intent: "minister",
		answered: true,
		text: byName$1(found).map(([name, group]) => {
			const roles = /* @__PURE__ */ new Map();
			for (const p of group) {
				const text = roleText(p, ctx.language);
				roles.set(text, [
					...roles.get(text) ?? [],
					...p.context.slice(0, 1),
					p.span
				]);
			}
			const parts = [...roles].map(([text, spans]) => `${text} ${ctx.citations.markers(spans.slice(0, 4)).text}`);
			return say(ctx.language, `${name} i dokumenten: ${listText(parts, "sv")}.`, `${name} in the documents: ${listText(parts, "en")}.`);
		}).join("\n"),
		figures: []
	};
}
/** "Who wrote the op-ed?", "Vem ställde frågan?": the people in that role, in the documents asked about. */
function answerRole(ctx, role) {
	const named = (r) => ctx.knowledge.statements.people.filter((p) => p.role === r);
	const authors = named(role);
	const all = authors.length > 0 || role !== "author" ? authors : named("signatory");
	const docs = askedDocuments(ctx);
	const inDocs = all.filter((p) => inDocuments(docs)(p.span));
	const found = inDocs.length > 0 ? inDocs : all;
	if (found.length === 0) return decline("minister", role === "author" ? say(ctx.language, "Dokumenten namnger ingen skribent.", "The documents name no author.") : say(ctx.language, "Dokumenten namnger ingen som ställt en fråga.", "The documents name no one who asked a question."));
	const names = byName$1(found).map(([name, group]) => {
		return `${name}${group[0]?.title ? ` (${group[0].title})` : ""} ${ctx.citations.markers(group.slice(0, MAX_CITES).map((p) => p.span)).text}`;
	});
	return {
		intent: "minister",
		answered: true,
		text: role === "author" ? say(ctx.language, `Texten är undertecknad av ${listText(names, "sv")}.`, `Signed by ${listText(names, "en")}.`) : say(ctx.language, `Frågan ställdes av ${listText(names, "sv")}.`, `The question was asked by ${listText(names, "en")}.`),
		figures: []
	};
}
function byName$1(people) {
	const groups = /* @__PURE__ */ new Map();
	for (const p of people) groups.set(p.name, [...groups.get(p.name) ?? [], p]);
	return [...groups.entries()].slice(0, MAX_NAMES$1);
}
const TITLES = /* @__PURE__ */ new Map();
for (const e of LEXICON) if (e.role === "cue" && e.value.startsWith("title:")) TITLES.set(e.value, [...TITLES.get(e.value) ?? [], e.tokens.join(" ")]);
/** The title cues the question holds. */
function askedTitles(cues) {
	return [...TITLES.keys()].filter((t) => cues.has(t));
}
/** "vem är projektledare", "who chairs the steering group": the people whose title is the one asked. */
function answerTitle(ctx) {
	const asked = askedTitles(ctx.query.cues);
	const words = asked.flatMap((t) => TITLES.get(t) ?? []);
	const orgs = ctx.query.orgs.map((o) => o.name.toLowerCase());
	const ofOrg = (p, title) => orgs.some((o) => title.includes(o)) || words.includes(title) && orgs.some((o) => p.opening?.text.toLowerCase().includes(o) === true);
	const titled = ctx.knowledge.statements.people.filter((p) => {
		const title = p.title?.toLowerCase() ?? "";
		return words.some((w) => namesWord(title, w)) && (orgs.length === 0 || ofOrg(p, title));
	});
	const ofGms = titled.filter((p) => mentionsGms$1(p.title ?? ""));
	const found = ctx.query.mentionsGms && orgs.length === 0 && ofGms.length > 0 ? ofGms : titled;
	const first = asked[0] ?? "";
	if (found.length === 0) {
		const sv = TITLES.get(first)?.[0] ?? "";
		const en = first.slice(6).replace("-", " ");
		return decline("minister", say(ctx.language, `Dokumenten namnger ingen ${sv}.`, `The documents name no ${en}.`));
	}
	const lines = byName$1(found).map(([name, group]) => {
		const roles = [...new Set(group.map((p) => roleText(p, ctx.language)))];
		const cites = ctx.citations.markers(group.map((p) => p.span)).text;
		return `${name} (${listText(roles, ctx.language)}) ${cites}`;
	});
	return {
		intent: "minister",
		answered: true,
		text: say(ctx.language, `Enligt dokumenten: ${listText(lines, "sv")}.`, `According to the documents: ${listText(lines, "en")}.`),
		figures: []
	};
}
// dist/bot/route.js
const money = (q) => [
	"howMuch",
	"amount",
	"total",
	"ownWork",
	"frame",
	"cofund",
	"stateMoney"
].some((c) => q.cues.has(c));
const named = (q) => q.stems.length > 0 || q.topics.length > 0 || q.orgs.length > 0 || q.names.length > 0;
const comparesYears = (q) => (q.cues.has("more") || q.cues.has("less")) && (q.cues.has("than") || q.cues.has("versus")) && q.years.length >= 2;
const subjectless = (f) => !f.topical && f.q.orgs.length === 0 && f.q.names.length === 0;
/** The conversation's last question asked a subject's money in a month ("sällsynta dec 2027"). */
const subjectInMonth = (previous) => (previous.months?.length ?? 0) > 0 && (previous.stems.length > 0 || previous.topics.length > 0);
/** "Vad beslutade regeringen i februari 2022?": what was decided in a month, with no amount or subject named. */
const asksDecidedMonth = (q) => q.cues.has("decision") && q.months.length > 0 && q.years.length > 0 && q.amounts.length === 0 && ![
	"who",
	"when",
	"signed",
	"copy",
	"yesNo",
	"howMuch"
].some((c) => q.cues.has(c));
/** "How much was announced in December 2026?": the money first told by documents published that month. */
const asksAnnouncedMonth = (q) => (q.cues.has("published") || q.cues.has("receives") && !named(q) && q.docKinds.length === 0) && q.months.length > 0 && q.years.length > 0 && q.amounts.length === 0 && (money(q) || q.cues.has("receives")) && ![
	"who",
	"when",
	"decision"
].some((c) => q.cues.has(c));
const NOT_STATED = [
	"who",
	"when",
	"deadline",
	"report",
	"requisition",
	"repay",
	"signed",
	"copy",
	"payer",
	"breakdown",
	"change",
	"share",
	"largest",
	"smallest",
	"average",
	"included",
	"onTopOf",
	"fresh",
	"press",
	"members",
	"whoIs",
	"asker",
	"author",
	"adopt",
	"period"
];
/** Operations other than "is it GMS money?": a yes/no about them ("did it go up?") is theirs to answer. */
const OTHER_ASKS = [
	"howMuch",
	"change",
	"more",
	"less",
	"than",
	"either",
	"share",
	"largest",
	"smallest",
	"average",
	"breakdown",
	"overview",
	"perYear",
	"whichYears",
	"decision",
	"deadline",
	"payer",
	"when",
	"who"
];
const KIND_CUES = [
	"estimate",
	"cofund",
	"frame",
	"ownWork"
];
/** Another kind of money than grants is asked for itself, not "including" beside the grants. */
const otherKindAlone = (q) => KIND_CUES.some((c) => q.cues.has(c)) && !q.cues.has("including");
const RULES = [
	{
		intent: "help",
		all: ["help"]
	},
	{
		intent: "out-of-scope",
		when: ({ q }) => q.offTopic.length > 0
	},
	{
		intent: "not-funding",
		all: ["apply"],
		none: ["deadline", "condition"],
		when: ({ q }) => q.docKinds.length === 0
	},
	{
		intent: "funder",
		all: ["who", "gives"],
		none: [
			"howMuch",
			"cofund",
			"ownWork",
			"total",
			"payer",
			"pays",
			"decision",
			"signed"
		],
		when: ({ q, topical }) => q.orgs.length === 0 && q.mentionsGms && !topical && q.amounts.length === 0
	},
	{
		intent: "greeting",
		all: ["aboutBot"]
	},
	{
		intent: "amount",
		any: ["regionKind", "universityKind"],
		when: ({ q }) => (q.cues.has("howMuch") || q.cues.has("largest") || q.cues.has("smallest")) && q.orgs.length === 0 && !named(q)
	},
	{
		intent: "amount",
		all: ["notGms"],
		when: ({ q }) => !named(q)
	},
	{
		intent: "reference",
		all: ["caseNumber"]
	},
	{
		intent: "reference",
		all: ["whichLine"],
		none: ["howMuch"]
	},
	{
		intent: "amount",
		all: ["requisition", "howMuch"],
		when: ({ q }) => q.orgs.some((o) => o.role === "requisitioner")
	},
	{
		intent: "members",
		any: ["included", "members"],
		none: [
			"howMuch",
			"receives",
			"gives"
		],
		when: ({ q, topical }) => q.mentionsGms && !topical && !money(q) && q.amounts.length === 0 && q.years.length === 0 && q.orgs.some((o) => o.name !== "GMS")
	},
	{
		intent: "about-gms",
		all: ["says"],
		when: ({ q, topical }) => q.mentionsGms && !topical
	},
	{
		intent: "deadline",
		all: ["says"],
		any: [
			"repay",
			"requisition",
			"report",
			"condition"
		]
	},
	{
		intent: "passage",
		all: ["says"],
		when: ({ q }) => q.docKinds.length === 0 && (named(q) || !money(q)) || !money(q) && q.years.length === 0
	},
	{
		intent: "members",
		all: ["members"],
		none: [
			"howMuch",
			"signed",
			"copy"
		],
		when: ({ q }) => (q.docKinds.length > 0 || q.references.length > 0) && !money(q) && q.amounts.length === 0
	},
	{
		intent: "documents",
		all: ["documents"],
		when: ({ q }) => named(q) || q.years.length > 0
	},
	{
		intent: "documents",
		all: ["which"],
		none: [
			"amount",
			"howMuch",
			"author",
			"signed",
			"copy",
			"press",
			"asker",
			"minister",
			"deadline",
			"members"
		],
		when: ({ q }) => q.docKinds.length > 0 && !money(q) && q.amounts.length === 0
	},
	{
		intent: "sources",
		all: ["documents"],
		when: ({ q }) => !money(q) && q.amounts.length === 0
	},
	{
		intent: "documents",
		all: ["sources"],
		when: ({ q, topical }) => topical && !money(q)
	},
	{
		intent: "documents",
		all: ["published"],
		none: [
			"minister",
			"who",
			"whoIs"
		],
		when: ({ q, topical }) => (topical || q.docKinds.length > 0) && !q.cues.has("howMuch")
	},
	{
		intent: "sources",
		all: ["sources"],
		none: [
			"howMuch",
			"largest",
			"smallest",
			"average",
			"share",
			"total"
		],
		when: ({ q }) => !money(q) || q.cues.has("documents")
	},
	{
		intent: "amount",
		all: ["estimate", "versus"],
		any: ["howMuch", "receives"]
	},
	{
		intent: "amount",
		all: ["estimate", "than"],
		any: ["more", "less"]
	},
	{
		intent: "amount",
		all: ["estimate", "decision"],
		none: ["yesNo"],
		when: ({ q }) => q.years.length > 0 && q.amounts.length === 0
	},
	{
		intent: "change",
		all: ["change", "mayUse"]
	},
	{
		intent: "inclusion",
		all: ["stateMoney"],
		any: [
			"yesNo",
			"isIt",
			"included"
		],
		none: OTHER_ASKS
	},
	{
		intent: "stated",
		all: ["proposal"],
		when: ({ q }) => q.docKinds.length > 0
	},
	{
		intent: "amount",
		when: ({ q }) => asksPerPayer(q)
	},
	{
		intent: "passage",
		all: ["correction"]
	},
	{
		intent: "passage",
		all: ["need", "howMuch"],
		none: ["apply"]
	},
	{
		intent: "passage",
		all: ["perMonth"],
		any: [
			"howMuch",
			"amount",
			"receives"
		]
	},
	{
		intent: "stated",
		all: ["proposal", "who"],
		none: ["howMuch", "minister"]
	},
	{
		intent: "stated",
		all: ["proposal", "what"],
		none: ["howMuch", "minister"]
	},
	{
		intent: "amount",
		any: ["payer", "pays"],
		none: ["who"],
		when: ({ q }) => q.cues.has("what") && q.orgs.some((o) => o.role === "payer" || o.role === "funder")
	},
	{
		intent: "overview",
		all: ["firstYear"],
		when: (f) => subjectless(f) && f.q.amounts.length === 0
	},
	{
		intent: "overview",
		all: ["whichYears"],
		when: (f) => subjectless(f) && f.q.amounts.length === 0
	},
	{
		intent: "amount",
		all: ["whichYears"],
		when: ({ topical }) => topical
	},
	{
		intent: "deadline",
		all: ["when"],
		any: ["payer", "pays"],
		none: [
			"who",
			"howMuch",
			"which",
			"decision"
		],
		when: ({ q }) => q.amounts.length > 0 || q.years.length > 0 || q.cues.has("deadline")
	},
	{
		intent: "payer",
		any: ["payer"],
		none: ["howMuch"]
	},
	{
		intent: "payer",
		all: ["who", "pays"],
		none: ["howMuch"]
	},
	{
		intent: "payer",
		all: ["how", "pays"],
		none: ["howMuch", "who"]
	},
	{
		intent: "distributor",
		all: ["distributor"],
		none: ["howMuch"]
	},
	{
		intent: "amount",
		when: ({ q, topical }) => asksDecidedMonth(q) && !topical
	},
	{
		intent: "amount",
		when: ({ q, topical }) => asksAnnouncedMonth(q) && !topical
	},
	{
		intent: "decision",
		any: ["copy", "signed"],
		none: ["howMuch"]
	},
	{
		intent: "recipient",
		all: ["recipient"],
		none: ["howMuch"]
	},
	{
		intent: "recipient",
		all: [
			"orgKinds",
			"which",
			"receives"
		],
		none: ["howMuch", "members"]
	},
	{
		intent: "recipient",
		all: ["who", "receives"],
		none: [
			"howMuch",
			"cofund",
			"gives",
			"breakdown"
		]
	},
	{
		intent: "deadline",
		all: ["condition"],
		none: ["howMuch"]
	},
	{
		intent: "deadline",
		all: ["period"],
		any: ["when", "how"],
		none: ["howMuch"]
	},
	{
		intent: "deadline",
		any: [
			"deadline",
			"report",
			"requisition",
			"repay"
		],
		none: ["howMuch"]
	},
	{
		intent: "deadline",
		all: ["repay"],
		when: ({ q }) => q.amounts.length === 0
	},
	{
		intent: "decision",
		all: ["decision", "latest"],
		none: [
			"howMuch",
			"signed",
			"copy",
			"press"
		],
		when: ({ q }) => q.years.length === 0 && q.stems.length === 0 && q.topics.length === 0 && q.amounts.length === 0
	},
	{
		intent: "pending",
		all: ["decision", "yesNo"],
		none: [
			"howMuch",
			"who",
			"when",
			"signed",
			"copy"
		],
		when: ({ q }) => q.years.length > 0 && q.stems.length === 0 && q.topics.length === 0 && q.amounts.length === 0 && q.months.length === 0
	},
	{
		intent: "stated",
		all: ["amount", "which"],
		none: ["when"],
		when: ({ q }) => q.docKinds.length > 0
	},
	{
		intent: "stated",
		any: ["what", "says"],
		none: NOT_STATED,
		when: ({ q }) => q.docKinds.length > 0 && !named(q) && q.years.length === 0 && q.amounts.length === 0
	},
	{
		intent: "stated",
		none: NOT_STATED,
		when: ({ q }) => q.docKinds.length > 0 && (money(q) || q.years.length > 0 || [
			"receives",
			"gives",
			"granted",
			"atMost"
		].some((c) => q.cues.has(c)))
	},
	{
		intent: "minister",
		when: ({ q }) => askedTitles(q.cues).length > 0 && q.amounts.length === 0 && (!money(q) || q.cues.has("who") && !q.cues.has("howMuch"))
	},
	{
		intent: "minister",
		all: ["lead"],
		any: [
			"who",
			"which",
			"whoIs"
		],
		when: ({ q }) => !money(q) && q.amounts.length === 0 && askedTitles(q.cues).length === 0
	},
	{
		intent: "minister",
		all: ["who"],
		any: ["asker", "author"],
		none: ["howMuch"]
	},
	{
		intent: "minister",
		all: ["which", "asker"],
		none: ["howMuch"]
	},
	{
		intent: "minister",
		any: ["who", "whoIs"],
		when: ({ q }) => q.people.length > 0 && !money(q) && q.amounts.length === 0
	},
	{
		intent: "minister",
		all: ["whoIs"],
		when: ({ q }) => q.stems.length === 1 && q.topics.length === 0 && q.orgs.length === 0 && !money(q)
	},
	{
		intent: "minister",
		all: ["minister"]
	},
	{
		intent: "decision",
		all: ["decision"],
		any: ["who", "when"],
		none: ["howMuch"]
	},
	{
		intent: "inclusion",
		any: ["onTopOf", "included"],
		when: ({ q, topical }) => topical && q.amounts.length === 0 && q.months.length > 0
	},
	{
		intent: "pending",
		all: ["decision", "yesNo"],
		none: ["howMuch"],
		when: ({ q }) => q.stems.length > 0 && q.amounts.length === 0 && q.years.length === 0
	},
	{
		intent: "press",
		all: ["press"]
	},
	{
		intent: "members",
		all: ["members"],
		when: ({ q }) => q.amounts.length === 0
	},
	{
		intent: "members",
		all: ["orgKinds"],
		any: ["which", "how"],
		when: ({ q }) => !money(q)
	},
	{
		intent: "about-gms",
		any: ["whatIs", "what"],
		none: [
			"average",
			"perYear",
			"total"
		],
		when: (f) => f.q.mentionsGms && subjectless(f) && !money(f.q) && f.q.years.length === 0
	},
	{
		intent: "share",
		all: ["share"],
		none: ["change"],
		when: ({ q }) => q.orgs.length === 0 && !comparesYears(q) && !(q.cues.has("versus") && q.years.length === 2 && !q.cues.has("shareNoun"))
	},
	{
		intent: "inclusion",
		any: [
			"included",
			"onTopOf",
			"fresh"
		],
		when: ({ q }) => q.amounts.length >= 1
	},
	{
		intent: "change",
		any: ["largest", "smallest"],
		all: ["either"],
		when: (f) => f.q.years.length === 2 && subjectless(f)
	},
	{
		intent: "change",
		all: ["change"],
		when: ({ q }) => asksLargestChange(q) && q.amounts.length === 0
	},
	{
		intent: "extreme",
		any: ["largest", "smallest"],
		when: ({ q }) => (q.amounts.length === 0 || q.cues.has("breakdown")) && (q.cues.has("breakdown") || q.cues.has("area"))
	},
	{
		intent: "breakdown",
		all: ["breakdown"],
		when: ({ q }) => !q.orgs.some((o) => o.role === "funder" && o.name !== "regeringen")
	},
	{
		intent: "change",
		all: ["change"],
		when: (f) => f.q.years.length >= 1 && subjectless(f)
	},
	{
		intent: "change",
		all: ["change"],
		when: ({ q, topical }) => q.years.length === 2 && q.orgs.length === 1 && !topical
	},
	{
		intent: "change",
		any: [
			"change",
			"than",
			"versus",
			"either"
		],
		when: ({ q, topical }) => q.years.length === 2 && q.orgs.length === 0 && topical && (q.cues.has("change") || q.cues.has("more") || q.cues.has("less") || q.cues.has("versus"))
	},
	{
		intent: "not-funding",
		all: ["average", "cost"],
		when: ({ q }) => q.amounts.length === 0 && q.topicWords.length > 0
	},
	{
		intent: "average",
		all: ["average"]
	},
	{
		intent: "extreme",
		any: ["largest", "smallest"],
		when: ({ q }) => q.amounts.length === 0
	},
	{
		intent: "overview",
		all: ["overview"]
	},
	{
		intent: "overview",
		all: ["perYear"],
		none: [
			...KIND_CUES,
			"howMuch",
			"count"
		],
		when: ({ q, topical }) => topical && q.amounts.length === 0 && q.years.length === 0 && q.orgs.length === 0
	},
	{
		intent: "overview",
		all: ["perYear"],
		none: KIND_CUES,
		when: (f) => subjectless(f) && f.q.amounts.length === 0
	},
	{
		intent: "change",
		all: ["more"],
		any: ["than", "versus"],
		when: (f) => f.q.years.length >= 2 && subjectless(f)
	},
	{
		intent: "change",
		all: ["versus"],
		when: (f) => f.q.years.length === 2 && subjectless(f)
	},
	{
		intent: "change",
		all: ["times"],
		when: (f) => f.q.years.length === 2 && (subjectless(f) || f.topical && f.q.orgs.length === 0)
	},
	{
		intent: "change",
		all: ["more", "either"],
		when: (f) => f.q.years.length === 2 && subjectless(f)
	},
	{
		intent: "change",
		all: ["less", "either"],
		when: (f) => f.q.years.length === 2 && subjectless(f)
	},
	{
		intent: "change",
		all: ["less"],
		any: ["than", "versus"],
		when: (f) => f.q.years.length >= 2 && subjectless(f)
	},
	{
		intent: "not-funding",
		any: ["count", "cost"],
		when: ({ q }) => q.amounts.length === 0
	},
	{
		intent: "passage",
		any: ["whoIs", "whatIs"],
		none: ["gives"],
		when: ({ q }) => !money(q) && q.amounts.length === 0 && q.years.length === 0 && named(q)
	},
	{
		intent: "passage",
		when: ({ q }) => q.people.length > 0 && !money(q) && q.years.length === 0
	},
	{
		intent: "purpose",
		when: ({ q, topical }) => q.amounts.length > 0 && (q.cues.has("purpose") || q.cues.has("why") || !topical)
	},
	{
		intent: "decision",
		any: ["decision"],
		when: ({ q }) => !money(q) && !(q.cues.has("receives") && q.mentionsGms)
	},
	{
		intent: "amount",
		all: ["estimate"]
	},
	{
		intent: "decision",
		all: ["decision", "yesNo"],
		none: ["howMuch"]
	},
	{
		intent: "purpose",
		any: ["why", "purpose"],
		when: ({ q }) => !named(q) && q.years.length === 0
	},
	{
		intent: "total",
		all: ["total", "including"],
		none: KIND_CUES,
		when: ({ q }) => q.years.length > 0 && q.amounts.length === 0 && q.orgs.length === 0
	},
	{
		intent: "purpose",
		any: ["purpose"],
		none: ["howMuch", "total"],
		when: (f) => subjectless(f) && f.q.years.length > 0 && f.q.amounts.length === 0
	},
	{
		intent: "total",
		any: ["total"],
		when: (f) => subjectless(f) && !otherKindAlone(f.q)
	},
	{
		intent: "total",
		all: ["list"],
		when: (f) => subjectless(f) && f.q.amounts.length === 0
	},
	{
		intent: "total",
		when: (f) => f.q.span && subjectless(f) && !otherKindAlone(f.q)
	},
	{
		intent: "passage",
		all: ["when"],
		when: ({ q, topical }) => topical && !money(q) && q.topics.length === 0 && q.amounts.length === 0 && q.years.length === 0
	},
	{
		intent: "clarify",
		none: [
			"receives",
			"gives",
			"pays"
		],
		when: ({ q }) => !money(q) && q.orgs.length > 0 && q.coverage.unplaced.length > 0 && q.years.length === 0 && !q.mentionsGms
	},
	{
		intent: "amount",
		when: ({ q, topical }) => money(q) || topical || q.orgs.length > 0
	},
	{
		intent: "amount",
		when: ({ q }) => q.years.length > 0 || q.mentionsGms || q.latest
	},
	{
		intent: "amount",
		any: [
			"why",
			"purpose",
			"list"
		]
	},
	{
		intent: "greeting",
		all: ["greeting"]
	},
	{
		intent: "thanks",
		when: ({ q }) => q.cues.has("thanks") && q.coverage.unplaced.length === 0
	},
	{
		intent: "clarify",
		when: ({ q }) => q.coverage.unplaced.length > 0
	}
];
function holds(rule, f) {
	const has = (c) => f.q.cues.has(c);
	return (rule.all ?? []).every(has) && (rule.any === void 0 || rule.any.some(has)) && !(rule.none ?? []).some(has) && (rule.when?.(f) ?? true);
}
/** Chooses the answer writer from the reading; null when nothing in it points anywhere. */
function chooseIntent(q, topical) {
	const f = {
		q,
		topical
	};
	return RULES.find((r) => holds(r, f))?.intent ?? null;
}
/** The question names something of its own to ask about. */
function ownSubject(q) {
	return q.stems.length > 0 || q.topics.length > 0 || q.unknown.length > 0 || q.orgs.length > 0 || q.amounts.length > 0 || q.people.length > 0;
}
/**
* A follow-up leans on the conversation: "och 2024?", "what about lung cancer?", "varför?",
* "vem betalar det?", "how was that amount split?".
*/
function isFollowUp(q, intent, previous) {
	if (!previous) return false;
	if (intent === "thanks" || intent === "greeting") return false;
	if (q.cues.has("followUp")) return true;
	if (q.coverage.used.length === 0 && q.coverage.unplaced.length > 0) return false;
	const wordCount = q.coverage.used.length + q.coverage.noise.length + q.coverage.unplaced.length;
	const pointsBack = q.coverage.noise.some((w) => PRONOUNS.has(w)) || q.cues.has("thatAmount") || q.cues.has("isIt") || pointsAtOrg(q, previous);
	if (!ownSubject(withoutOrgPointer(q, previous)) && (pointsBack || q.years.length === 0 && wordCount <= 3)) return intent !== "help";
	if (!ownSubject(q) && q.years.length === 0 && intent !== null && OF_THE_ANSWER.has(intent)) return true;
	return (intent === null || intent === "amount") && wordCount <= 4 && !q.cues.has("howMuch") && !ownSubject(q);
}
const OF_THE_ANSWER = /* @__PURE__ */ new Set([
	"extreme",
	"breakdown",
	"share"
]);
const BOTH_WORDS = new Set("both båda bägge dem them those these dessa".split(" "));
const PRONOUNS = new Set("det den de dem dom dessa detta it that they them those this".split(" "));
const PLURAL_POINTERS = /* @__PURE__ */ new Set([
	...BOTH_WORDS,
	"de",
	"they"
]);
function pointsAtAll(q, previous) {
	if ((previous.shown?.length ?? 0) < 2) return false;
	return wordsOf(q).some((w) => PLURAL_POINTERS.has(w));
}
function wordsOf(q) {
	return q.text.toLowerCase().split(/[^\p{L}]+/u);
}
const ORG_POINTERS = /* @__PURE__ */ new Set([
	"regionen",
	"myndigheten",
	"universitetet",
	"institutet",
	"stiftelsen",
	"region",
	"agency",
	"university",
	"foundation"
]);
function pointsAtOrg(q, previous) {
	if (q.orgs.length > 0 || previous.orgs.length === 0) return false;
	const words = wordsOf(q);
	return words.some((w, i) => ORG_POINTERS.has(w) && (w.endsWith("en") || w.endsWith("et") || words[i - 1] === "the"));
}
/** The question without the noun that points back to the conversation's organisation ("regionen"): no topic. */
function withoutOrgPointer(q, previous) {
	if (!pointsAtOrg(q, previous)) return q;
	const pointer = (w) => ORG_POINTERS.has(w.toLowerCase()) || [...ORG_POINTERS].some((p) => p.startsWith(w.toLowerCase()));
	return {
		...q,
		stems: q.stems.filter((w) => !pointer(w)),
		topicWords: q.topicWords.filter((w) => !pointer(w))
	};
}
/** Intents about one grant: a follow-up asks them of the grant just shown, not of its whole topic. */
const ABOUT_THE_GRANT = /* @__PURE__ */ new Set([
	"purpose",
	"payer",
	"distributor",
	"recipient",
	"deadline",
	"breakdown",
	"decision",
	"inclusion",
	"minister"
]);
/** The words that ask about years as such ("which year", "vilket år"). */
const YEAR_WORDS = /* @__PURE__ */ new Set([
	"year",
	"years",
	"år",
	"året",
	"åren",
	"årtal"
]);
/** "vilket år fick gms mest?", "which year was the smallest": a year is what is asked for. */
function asksWhichYear(q) {
	return [...q.coverage.used, ...q.coverage.noise].some((w) => YEAR_WORDS.has(w)) && (q.cues.has("which") || q.cues.has("largest") || q.cues.has("smallest"));
}
/** "och för 2029?": a follow-up that asks nothing but another year (or nothing at all) of the same. */
function onlyFollowsUp(q) {
	return [...q.cues].every((c) => c === "followUp") && q.stems.length === 0 && q.topics.length === 0 && q.unknown.length === 0 && q.orgs.length === 0 && q.amounts.length === 0;
}
/** The follow-up's reading, with what it leaves out taken from the conversation: only that part. */
function mergeFollowUp(asked, previous, intent) {
	const q = reanchored(withoutOrgPointer(asked, previous), previous);
	const topical = q.stems.length > 0 || q.topics.length > 0 || q.unknown.length > 0;
	const ownYears = q.years.length > 0;
	const whatDecided = q.cues.has("decision") && q.cues.has("what") && !q.cues.has("who") && !q.cues.has("when");
	const grant = intent !== null && ABOUT_THE_GRANT.has(intent) && !topical && !ownYears && !whatDecided;
	const otherKind = KIND_CUES.some((c) => q.cues.has(c));
	const otherYears = ownYears && ABOUT_THE_GRANT.has(previous.intent) && q.years.some((y) => !previous.years.includes(y));
	const otherOrg = q.orgs.length > 0 && q.orgs.every((o) => !previous.orgs.some((p) => p.name === o.name)) && [...q.cues].every((c) => c === "followUp");
	const amounts = q.amounts.length > 0 || topical || otherKind || whatDecided || otherYears || otherOrg ? [] : grant ? pointsAtAll(q, previous) ? previous.shown ?? previous.subject : previous.subject : previous.amounts;
	const back = q.cues.has("prev") && !ownYears;
	const forward = q.cues.has("after") && !ownYears;
	const same = q.cues.has("same") && !ownYears;
	const shown = previous.years.length > 0 ? previous.years : previous.shownYear ? [previous.shownYear] : [];
	const earlier = previous.earlierYears ?? [];
	const between = q.cues.has("change") && !ownYears && previous.years.length === 1 && earlier.length === 1 && earlier[0] !== previous.years[0] ? [...earlier, ...previous.years].sort((a, b) => a - b) : null;
	const seen = previous.yearsSeen ?? [];
	const overYears = q.cues.has("total") && !topical && !ownYears && !same && seen.length > 1 && previous.stems.length > 0;
	const [was] = previous.years;
	const against = q.cues.has("versus") && !topical && q.years.length === 1 && previous.years.length === 1 && was !== void 0 && !q.years.includes(was);
	const years = !ownYears && asksWhichYear(q) && previous.years.length <= 1 ? [] : against ? [...previous.years, ...q.years].sort((a, b) => a - b) : overYears ? seen : ownYears ? q.years : same ? shown : back || forward ? shown.map((y) => back ? y - 1 : y + 1) : between ?? previous.years;
	const wide = q.cues.has("total") && !topical && (previous.years.length > 0 || same && shown.length > 0) && !overYears;
	const both = wide && q.coverage.noise.concat(q.coverage.used).some((w) => BOTH_WORDS.has(w)) ? previous.earlierSubject : void 0;
	if (both) return mergeFollowUp({
		...q,
		stems: [.../* @__PURE__ */ new Set([...both.stems, ...previous.stems])],
		topicWords: [.../* @__PURE__ */ new Set([...both.topicWords, ...previous.topicWords])],
		topics: both.topics.length > 0 && previous.topics.length > 0 ? [.../* @__PURE__ */ new Set([...both.topics, ...previous.topics])] : []
	}, {
		...previous,
		earlierSubject: void 0
	}, intent);
	return {
		...q,
		cues: against ? /* @__PURE__ */ new Set([...q.cues, "change"]) : previous.said && q.people.length > 0 ? /* @__PURE__ */ new Set([...q.cues, "said"]) : q.cues,
		years,
		docKinds: q.docKinds.length > 0 || !onlyFollowsUp(q) ? q.docKinds : previous.docKinds ?? [],
		months: q.months.length > 0 || ownYears || topical && !subjectInMonth(previous) ? q.months : previous.months ?? [],
		yearsFromConversation: !ownYears && years.length > 0,
		span: ownYears ? q.span : years.length > 1,
		stems: topical ? q.stems : wide ? [] : previous.stems,
		topicWords: topical ? q.topicWords : wide ? [] : previous.topicWords,
		topics: topical ? q.topics : wide ? [] : previous.topics,
		unknown: topical ? q.unknown : [],
		orgs: q.orgs.length > 0 || topical ? q.orgs : previous.orgs,
		mentionsGms: q.mentionsGms || !topical && previous.mentionsGms,
		amounts: q.amounts.length > 0 ? q.amounts : amounts.map((valueSek) => ({
			start: 0,
			end: 0,
			text: "",
			valueSek,
			qualifier: null
		})),
		...q.threshold === null && q.amounts.length === 0 && amounts === previous.amounts && previous.threshold ? {
			threshold: previous.threshold,
			questionMark: true
		} : {}
	};
}
/**
* "compared to last year?" after "rare diseases 2028": a comparison's relative year is read from the year
* discussed (2027), not from the date of asking.
*/
function reanchored(q, previous) {
	const steps = q.relativeSteps ?? [];
	const [was] = previous.years;
	if (steps.length === 0 || steps.length !== q.years.length || previous.years.length !== 1) return q;
	if (was === void 0 || !COMPARING_CUES$1.some((c) => q.cues.has(c))) return q;
	return {
		...q,
		years: steps.map((s) => was + s).sort((a, b) => a - b)
	};
}
const COMPARING_CUES$1 = [
	"change",
	"versus",
	"more",
	"less",
	"than"
];
// dist/bot/answers/against-estimate.js
const ASKS_ESTIMATE = [
	"estimate",
	"versus",
	"more",
	"less",
	"than"
];
/**
* "Hur mycket fick GMS för 2028, och hur står det sig mot budgetpropositionens beräkning?", "is the 2028
* money more than the estimate?".
*/
function asksAgainstEstimate(query) {
	const { cues } = query;
	const compares = cues.has("versus") || (cues.has("more") || cues.has("less")) && cues.has("than") || cues.has("decision");
	return cues.has("estimate") && compares && [
		"howMuch",
		"receives",
		"more",
		"less",
		"decision"
	].some((c) => cues.has(c));
}
/**
* The money decided first, as a question without the estimate would get it; then the estimate for the same
* years, said to be one. No difference is computed: an estimate and a decision are not the same kind.
*/
function answerAgainstEstimate(ctx, answerDecided) {
	const cues = new Set([...ctx.query.cues].filter((c) => !ASKS_ESTIMATE.includes(c)));
	const decided = answerDecided({
		...ctx,
		query: {
			...ctx.query,
			cues
		}
	});
	const shown = (e) => decided.figures.some((f) => f.amountSek === e.amountSek && f.year === e.year);
	const years = ctx.query.years.length > 0 ? ctx.query.years : [...new Set(decided.figures.flatMap((f) => f.year === null ? [] : [f.year]))];
	const all = ctx.index.entries.map((e) => e.entry).filter((e) => e.role === "estimate" && inYears(e, years));
	const estimates = all.filter((e) => !shown(e));
	if (estimates.length === 0 && all.length > 0) return decided;
	if (estimates.length === 0) {
		const none = say(ctx.language, "Dokumenten anger ingen beräkning för det året.", "The documents state no estimate for that year.");
		return {
			...decided,
			text: `${decided.text}\n${none}`
		};
	}
	const lines = estimates.map((e) => {
		const { figure, markers } = entryFigure(ctx, e);
		const year = e.year ?? "";
		return {
			figure,
			text: say(ctx.language, `Beräknat, inget beslut: ${amountText(ctx, e.amountSek)} för ${year} ${markers}.`, `Estimated, not decided: ${amountText(ctx, e.amountSek)} for ${year} ${markers}.`)
		};
	});
	const figures = [...decided.figures, ...lines.map((l) => l.figure)];
	const text = [decided.text, ...lines.map((l) => l.text)].join("\n");
	const notes = lines.map((l) => ({
		kind: "note",
		text: l.text
	}));
	const blocks = decided.blocks ? { blocks: [...decided.blocks, ...notes] } : {};
	return withVerdict$1(ctx, {
		...decided,
		intent: "amount",
		answered: true,
		text,
		figures,
		...blocks
	}, decided, estimates);
}
/**
* "was the 84m less than the budget bill estimate?": yes or no first, when one decided amount and one
* estimate for its year are set against each other by "more"/"less … than".
*/
function withVerdict$1(ctx, draft, decided, estimates) {
	const { cues } = ctx.query;
	const more = cues.has("more");
	if (more === cues.has("less") || !cues.has("than")) return draft;
	const [amount] = decided.figures.filter((f) => !f.derived);
	const [estimate] = estimates;
	if (!amount || !estimate || estimates.length !== 1) return draft;
	const yes = more ? amount.amountSek > estimate.amountSek : amount.amountSek < estimate.amountSek;
	const a = amountText(ctx, amount.amountSek);
	const b = amountText(ctx, estimate.amountSek);
	return withLead(draft, yes ? say(ctx.language, `Ja: ${a} är ${more ? "mer" : "mindre"} än de beräknade ${b}.`, `Yes: ${a} is ${more ? "more" : "less"} than the ${b} estimated.`) : say(ctx.language, `Nej: ${a} är inte ${more ? "mer" : "mindre"} än de beräknade ${b}.`, `No: ${a} is not ${more ? "more" : "less"} than the ${b} estimated.`));
}
// dist/bot/answers/examples.js
function landmarks(ctx) {
	return memo(ctx.knowledge, "landmarks", () => {
		const entries = ctx.index.entries.map((e) => e.entry).sort(byEntryOrder);
		const timesStated = /* @__PURE__ */ new Map();
		for (const e of entries) timesStated.set(e.amountSek, (timesStated.get(e.amountSek) ?? 0) + 1);
		const funded = entries.filter((e) => e.gms && (fundingRole(e) === "grant" || fundingRole(e) === "part"));
		const seen = /* @__PURE__ */ new Set();
		const areas = funded.filter((e) => {
			const label = entryLabel(e, "sv");
			if (label.length > 40 || seen.has(label) || e.year === null) return false;
			seen.add(label);
			return true;
		});
		const years = funded.map((e) => e.year).filter((y) => y !== null);
		return {
			areas,
			latestYear: years.length > 0 ? Math.max(...years) : null,
			span: entries.find((e) => e.role === "multi-year-total" && e.gms && e.years.length > 1) ?? null,
			whole: entries.filter((e) => e.parts.length > 1).at(-1) ?? null,
			part: funded.filter((e) => e.partOf !== null && timesStated.get(e.amountSek) === 1).at(-1) ?? null
		};
	});
}
/** "barncancer, lungcancer och datadelning": a few of the areas the documents fund. */
function fundedAreas(ctx, max = 5) {
	const all = landmarks(ctx).areas;
	const named = all.filter((e) => topicsOf(e).length > 0);
	return listText((ctx.language === "sv" ? [...named, ...all.filter((e) => !named.includes(e))] : named).slice(0, max).map((e) => entryLabel(e, ctx.language)), ctx.language);
}
/** Example questions built from what the documents actually state. */
function exampleQuestions(ctx) {
	const l = landmarks(ctx);
	const sv = ctx.language === "sv";
	const out = [];
	const area = l.areas.filter((e) => topicsOf(e).length > 0).at(-1) ?? (sv ? l.areas.at(-1) : void 0);
	if (area) {
		const label = entryLabel(area, ctx.language);
		out.push(sv ? `Hur mycket gick till ${label} ${area.year}?` : `How much went to ${label} in ${area.year}?`);
	}
	if (l.latestYear) out.push(sv ? `Hur mycket fick GMS ${l.latestYear}?` : `How much did GMS get in ${l.latestYear}?`);
	const span = l.span ? `${l.span.years[0]}–${l.span.years.at(-1)}` : "";
	out.push(sv ? `Vad fick GMS totalt${span ? ` ${span}` : ""}?` : `What did GMS receive in total${span ? ` ${span}` : ""}?`);
	if (l.whole) out.push(sv ? `Hur fördelades ${amountText(ctx, l.whole.amountSek)}?` : `How was the ${amountText(ctx, l.whole.amountSek)} split?`);
	if (l.part) out.push(sv ? `Vad var ${amountText(ctx, l.part.amountSek)} till?` : `What was the ${amountText(ctx, l.part.amountSek)} for?`);
	return out;
}
/** Follow-up examples: another year and another area from the documents. */
function followUpExamples(ctx) {
	const l = landmarks(ctx);
	const other = l.areas[0] ? entryLabel(l.areas[0], ctx.language) : null;
	const year = l.latestYear;
	return [year ? say(ctx.language, `”och ${year}?”`, `“and ${year}?”`) : null, other ? say(ctx.language, `”och ${other}?”`, `“what about ${other}?”`) : null].filter((p) => p !== null).join(", ");
}
// dist/bot/answers/amount-entries.js
const MAX_FIGURES$1 = 8;
/**
* A computed sum is only ever a sum of GMS grants and their shares: never co-funding, totals, caps,
* estimates or a call's budget, next to grants or among themselves.
*/
function sameKind(entries) {
	return entries.filter((e) => countsAsGrant(e) || e.role === "part" && e.gms);
}
function answerEntries(ctx, listed, wantsSum) {
	if (listed.length === 0) return noTopic(ctx);
	const yearly = (e) => e.perYear === true;
	const found = ctx.query.cues.has("perYear") ? [...listed.filter(yearly), ...listed.filter((e) => !yearly(e))] : listed;
	const named = ctx.query.topics.length > 0;
	const byArea = (e) => {
		const area = phraseStems(e.area);
		return ctx.query.orgs.length === 0 && ctx.query.stems.every((s) => area.includes(s));
	};
	const areaWholes = named ? found.filter((e) => isAreaWhole(e, found, byArea(e))) : [];
	const ordered = named ? [...areaWholes, ...withoutWholes(specificFirst(found), false).filter((e) => !areaWholes.includes(e))] : hasTopic(ctx.query) && found.length <= MAX_FIGURES$1 ? ownAreaFirst(ctx, found) : wholesFirstWhenCut(found);
	const entries = ordered.slice(0, MAX_FIGURES$1);
	const figures = entries.map((e) => entryFigure(ctx, e).figure);
	const lines = entries.map((e) => describeEntry(ctx, e));
	const condition = asksCondition(ctx);
	const asked = ctx.query.years;
	const beyond = (e) => asked.length > 0 && e.years.some((y) => !asked.includes(y));
	const summable = sameKind((named ? withoutWholes(entries.filter((e) => !areaWholes.some((w) => w.id === e.partOf))) : withoutNested(entries)).filter((e) => !sharedWithOtherArea(e, ctx.query.topics, condition) && !beyond(e)));
	if (wantsSum && summable.length > 1) {
		const sum = summable.reduce((s, e) => s + e.amountSek, 0);
		const year = new Set(summable.map((e) => e.year)).size === 1 ? summable[0]?.year ?? null : null;
		const parts = summable.map((e) => entryFigure(ctx, e).figure);
		figures.unshift(derivedFigure(sum, year, say(ctx.language, "summa", "sum"), parts));
		lines.unshift(say(ctx.language, `Sammanlagt ${amountText(ctx, sum)} (uträknat av boten):`, `In total ${amountText(ctx, sum)} (computed by the bot):`));
	}
	const shared = entries.filter((e) => sharedWithOtherArea(e, ctx.query.topics, condition));
	const sharedList = shared.map((e) => amountText(ctx, e.amountSek)).join(", ");
	const note = wantsSum && shared.length > 0 ? say(ctx.language, `(Medel som också gäller ett annat område räknas inte in i någon summa: ${sharedList}.)`, `(Money shared with another area is never added into a sum: ${sharedList}.)`) : "";
	const wider = wantsSum && summable.length > 1 ? withoutNested(entries).filter(beyond) : [];
	const unsummed = wantsSum && summable.length === 0 && entries.length > 1;
	const widerList = wider.map((e) => amountText(ctx, e.amountSek)).join(", ");
	const ids = new Set(entries.map((e) => e.id));
	const inside = wantsSum && summable.length > 1 ? entries.filter((e) => !summable.includes(e) && e.partOf !== null && ids.has(e.partOf)) : [];
	const insideList = listText(inside.map((e) => amountText(ctx, e.amountSek)), ctx.language);
	const notes = [
		...note ? [note] : [],
		...inside.length > 0 ? [say(ctx.language, `(${insideList} ingår i andra belopp i listan och räknas bara en gång.)`, `(${insideList} ${inside.length === 1 ? "is" : "are"} part of other amounts listed and counted once.)`)] : [],
		...unsummed ? [say(ctx.language, "(Boten lägger bara ihop anslag till GMS; medfinansiering, beräkningar, tak och ramar summeras aldrig.)", "(The bot only adds up grants to GMS; co-funding, estimates, caps and frames are never summed.)")] : [],
		...wider.length > 0 ? [say(ctx.language, `(Belopp för fler år än de du frågar om räknas inte in i summan: ${widerList}.)`, `(Amounts over more years than you asked about are not added into the sum: ${widerList}.)`)] : []
	];
	lines.push(...notes);
	const draft = {
		intent: "amount",
		answered: true,
		text: lines.join("\n"),
		figures
	};
	const years = new Set(entries.map((e) => e.year));
	if (entries.length < 3 && !(entries.length > 1 && years.size > 1)) return draft;
	const sum = figures[0]?.derived ? figures[0] : null;
	const table = grantTable(ctx, entries, null);
	if (sum) return withTable(draft, table, (lines[0] ?? "").replace(/:\s*$/, "."), notes);
	const lead = ordered.length > entries.length ? say(ctx.language, `Dokumenten anger ${ordered.length} belopp; här är ${entries.length} av dem (fråga om ett år eller område för resten).`, `The documents state ${ordered.length} amounts; here are ${entries.length} of them (ask about a year or an area for the rest).`) : say(ctx.language, `Dokumenten anger ${entries.length} belopp.`, `The documents state ${entries.length} amounts.`);
	return withTable(draft, table, note ? `${lead}\n${note}` : lead, notes.filter((n) => n !== note));
}
/**
* "akuta leukemier totalt": money for the asked area and another together ("barncancer och akuta
* leukemier") is not the asked area's alone, so it is listed but never added into its total.
*/
function sharedWithOtherArea(e, asked, condition) {
	if (asked.length === 0 && !condition) return false;
	return topicsOf(e).some((t) => t.kind === "condition" && !asked.includes(t.key));
}
/** The question names a condition, by a known area or a word headed by one ("akuta leukemier"). */
function asksCondition(ctx) {
	return ctx.query.topicWords.some((w) => CONDITION_HEADS.some((h) => w.toLowerCase().endsWith(h)));
}
/** More amounts than are shown: whole grants first, their shares only where room is left. */
function wholesFirstWhenCut(found) {
	if (found.length <= MAX_FIGURES$1) return found;
	const ids = new Set(found.map((e) => e.id));
	const inside = (e) => e.partOf !== null && ids.has(e.partOf);
	return [...found.filter((e) => !inside(e)), ...found.filter(inside)];
}
/**
* For a named area, a share that names it ("8,5 miljoner … barncancer") answers better than the
* whole it belongs to (16,5 miljoner for two areas): shares go first, right before their whole.
*/
function specificFirst(entries, movesUp = () => true) {
	const out = [];
	for (const e of entries) {
		if (out.includes(e)) continue;
		for (const part of entries) if (part.partOf === e.id && !out.includes(part) && movesUp(part, e)) out.push(part);
		out.push(e);
	}
	return out;
}
/** Shares whose own area is an asked word ("prostatacancer") go before a whole about a wider area. */
function ownAreaFirst(ctx, entries) {
	const stems = new Set(ctx.query.stems);
	const own = (e) => {
		const area = phraseStems(e.area);
		return area.length > 0 && area.every((s) => stems.has(s));
	};
	return specificFirst(entries, (part, whole) => own(part) && !own(whole));
}
/** A whole whose shares are listed too, that names one area only: it is that area's money, not a mix. */
function isAreaWhole(e, listed, byArea) {
	const shares = listed.filter((p) => p.partOf === e.id);
	if (shares.length === 0) return false;
	const topics = topicsOf(e).length;
	return topics === 1 || byArea && topics === 0 && e.area !== "" && shares.every((p) => p.area === e.area);
}
/** Drops wholes whose shares for the area are listed: the sum counts what went to the area. */
function withoutWholes(entries, dropCaps = true) {
	const parents = new Set(entries.map((e) => e.partOf));
	return entries.filter((e) => !parents.has(e.id) && !(dropCaps && e.role === "agency-cap"));
}
/** Drops entries whose whole is also listed, so a sum never counts the same money twice. */
function withoutNested(entries) {
	const ids = new Set(entries.map((e) => e.id));
	return entries.filter((e) => !(e.partOf && ids.has(e.partOf)) && e.role !== "agency-cap");
}
function askedAbout(ctx) {
	const { query } = ctx;
	if (query.unknown.length > 0) return quoted$3(ctx, query.asked || query.unknown.join(" "));
	if (query.topics.length > 0) return listText(query.topics.map((t) => topicName(t, ctx.language)), ctx.language);
	const named = query.topicWords;
	return named.length > 0 ? quoted$3(ctx, [...new Set(named)].join(" ")) : say(ctx.language, "det du frågar om", "what you asked about");
}
function quoted$3(ctx, text) {
	return say(ctx.language, `”${text}”`, `“${text}”`);
}
function covered(ctx) {
	const areas = fundedAreas(ctx);
	return areas ? say(ctx.language, ` De tar upp bl.a. ${areas}.`, ` They cover areas such as ${areas}.`) : "";
}
function noTopic(ctx) {
	return decline("amount", say(ctx.language, `Dokumenten nämner ingen finansiering för ${askedAbout(ctx)}.${covered(ctx)}`, `The documents mention no funding for ${askedAbout(ctx)}.${covered(ctx)}`));
}
// dist/bot/answers/node-shares.js
/** Of the entries, the node shares when the question asks of a node and any is one; else all of them. */
function nodeSharesFirst(ctx, found) {
	if (!ctx.query.cues.has("node")) return found;
	const shares = found.filter((e) => {
		const whole = e.partOf ? ctx.index.byId.get(e.partOf) : void 0;
		return e.role === "part" && whole !== void 0 && whole.recipient?.toLowerCase() !== e.recipient?.toLowerCase() && !namesTopic(e);
	});
	return shares.length > 0 ? shares : found;
}
// dist/bot/answers/paid-by.js
/**
* "vad betalar KamK ut 2027": the grants of the documents whose sentences say the organisation pays them
* out ("Kammarkollegiet får i uppdrag att betala ut medlen"), the amounts those sentences name when they
* name any; for when no entry records it as the payer.
*/
function paidOutBy(ctx, name) {
	const lower = name.toLowerCase();
	const said = ctx.knowledge.statements.channels.filter((c) => c.kind === "pays-out" && c.organisation.toLowerCase() === lower);
	const found = /* @__PURE__ */ new Set();
	const byDocument = entriesByDocument(ctx);
	for (const c of said) {
		const amounts = new Set(c.amounts.map((a) => a.valueSek));
		for (const e of byDocument.get(c.span.docId) ?? []) {
			if (!inYears(e, ctx.query.years)) continue;
			if ((amounts.size > 0 ? amounts.has(e.amountSek) : fundingRole(e) === "grant" && toGms(e)) && e.role !== "co-funding") found.add(e);
		}
	}
	return [...found];
}
const byDocumentOf = /* @__PURE__ */ new WeakMap();
function entriesByDocument(ctx) {
	let found = byDocumentOf.get(ctx.index);
	if (!found) {
		const map = /* @__PURE__ */ new Map();
		for (const { entry } of ctx.index.entries) for (const docId of new Set(entry.sources.map((s) => s.docId))) {
			const list = map.get(docId);
			if (list) list.push(entry);
			else map.set(docId, [entry]);
		}
		found = map;
		byDocumentOf.set(ctx.index, found);
	}
	return found;
}
function toGms(e) {
	const to = e.recipient?.toLowerCase() ?? "";
	return e.gms && (to === "" || to.includes("gms") || to.includes("genomic medicine"));
}
// dist/bot/answers/paid-to.js
/**
* "how much goes to Region Skåne in 2027": the grants a paying sentence says are paid to the organisation
* ("Kammarkollegiet ska betala ut medlen till Region Skåne"): the amounts the sentence names, or else the
* one grant its document announces for the asked years. Nothing when a document leaves it open.
*/
function paidTo(ctx, name) {
	const lower = name.toLowerCase();
	const out = {
		entries: [],
		passages: []
	};
	const grants = ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && e.partOf === null && inYears(e, ctx.query.years));
	for (const c of ctx.knowledge.statements.channels) {
		if (c.kind !== "paid-to" || c.organisation.toLowerCase() !== lower) continue;
		const inDoc = grants.filter((e) => e.sources.some((s) => s.docId === c.span.docId));
		const named = c.amounts.map((a) => a.valueSek);
		const meant = named.length > 0 ? inDoc.filter((e) => named.includes(e.amountSek)) : inDoc.slice(0, 1);
		if (named.length === 0 && inDoc.length !== 1) continue;
		for (const e of meant) if (!out.entries.includes(e)) out.entries.push(e);
		if (meant.length > 0) out.passages.push(c.span);
	}
	return out;
}
// dist/bot/answers/amount-by-org.js
/**
* "vad får Region X 2027": the share for exactly the asked year stands for its multi-year whole, which
* its answer names ("a part of 18 million for 2026–2027"); the whole is not a second figure for that year.
*/
function yearsOwnShares(found, years) {
	if (years.length === 0) return found;
	const wholes = new Set(found.filter((e) => e.partOf !== null && ofYearsOnly(e, years)).map((e) => e.partOf));
	const kept = found.filter((e) => !wholes.has(e.id) || ofYearsOnly(e, years));
	return kept.length > 0 ? kept : found;
}
/**
* "What share of the 2028 pharmacogenomics money goes to Region Uppsala?": the organisation's one share of
* a whole, and what part of that whole it is (computed, citing both).
*/
function withShareOfWhole(ctx, draft, found) {
	const part = found.length === 1 ? found[0] : void 0;
	const whole = part?.partOf ? ctx.index.byId.get(part.partOf) : void 0;
	if (!ctx.query.cues.has("share") || !part || !whole || whole.amountSek <= 0) return draft;
	const { figure, markers } = entryFigure(ctx, whole);
	const pct = shareText(ctx, part.amountSek, whole.amountSek);
	const line = say(ctx.language, `Det är ${pct} av ${amountText(ctx, whole.amountSek)} ${markers} (uträknat av boten).`, `That is ${pct} of ${amountText(ctx, whole.amountSek)} ${markers} (computed by the bot).`);
	return {
		...draft,
		text: `${draft.text}\n${line}`,
		figures: [...draft.figures, figure]
	};
}
/** "hur mycket får Region Skåne 2027": its own share before the whole paid to it to pass on. */
function ownSharesFirst(found) {
	const wholes = new Set(found.filter((e) => e.yearShare !== true).map((e) => e.partOf));
	return [...found.filter((e) => !wholes.has(e.id)), ...found.filter((e) => wholes.has(e.id))];
}
/** "örebro sällsynta '27": of the topic's entries, those the named organisation received, when it received any. */
function theirsOnly(ctx, matched) {
	const entries = matched.map((e) => e.entry);
	const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
	if (names.length === 0) return entries;
	const places = ctx.query.orgs.filter((o) => o.name.startsWith("Region ")).map((o) => stem(o.name.slice(7).toLowerCase()));
	const theirs = (e) => {
		const to = e.recipient?.toLowerCase() ?? "";
		return names.includes(to) || places.some((p) => words$1(to).some((w) => stem(w.word) === p));
	};
	const own = entries.filter(theirs);
	if (own.length > 0) return own;
	return entries.filter((e) => namesOrganisation(ctx, e, names));
}
const ORG_NAMES = /* @__PURE__ */ new Map();
for (const [alias, name] of aliasesOf("org")) {
	const key = name.toLowerCase();
	ORG_NAMES.set(key, [...ORG_NAMES.get(key) ?? [[key]], alias.split(" ")]);
}
/** The entry gives, pays or gets through the organisation, or a document telling it names it as a party. */
function namesOrganisation(ctx, e, names) {
	return names.some((name) => {
		if ([
			e.funder,
			e.payer,
			e.recipient
		].some((n) => n?.toLowerCase() === name)) return true;
		const forms = ORG_NAMES.get(name) ?? [name.split(" ")];
		return e.sources.some((s) => forms.some((f) => documentSays(ctx, s.docId, f, HOST_WORDS)));
	});
}
/** "hur mkt får Folkhälsomyndigheten använda själv", "KI medfin": money of the organisation named, if one is. */
function ofAskedOrganisation(ctx, e) {
	const org = ctx.query.orgs[0];
	if (!org) return true;
	const name = ledgerName(ctx, org.name).toLowerCase();
	return e.recipient?.toLowerCase() === name || e.payer?.toLowerCase() === name || e.funder?.toLowerCase() === name || quotesParty(e, name);
}
/** A cap in the asked years whose sentence names the organisation ("Kammarkollegiet may use at most …"). */
function capNaming(ctx, name) {
	const lower = name.toLowerCase();
	return ctx.index.entries.some(({ entry: e }) => e.role === "agency-cap" && inYears(e, ctx.query.years) && quotesName(e, lower));
}
/** No cap on the organisation's own work in the asked years: said so, with the years the documents give one. */
function noOwnWorkCap(ctx, name) {
	const anyYear = {
		...ctx,
		query: {
			...ctx.query,
			years: []
		}
	};
	const years = [...new Set(receivedBy(anyYear, name).filter((e) => e.role === "agency-cap" && e.year !== null).map((e) => e.year))].sort((a, b) => a - b);
	const asked = ctx.query.years.join(", ");
	const known = years.map(String);
	const other = known.length === 0 ? "" : say(ctx.language, ` De anger ett sådant tak för ${listText(known, "sv")}.`, ` They state one for ${listText(known, "en")}.`);
	return decline("amount", say(ctx.language, `Dokumenten anger inget tak för vad ${name} får använda till eget arbete${asked ? ` ${asked}` : ""}.${other}`, `The documents state no cap on what ${name} may use for its own work${asked ? ` in ${asked}` : ""}.${other}`));
}
/** The at-most amounts in the documents telling what an organisation gives. */
function ceilingsBeside(ctx, given) {
	const docs = documentsOf(given);
	return ctx.index.entries.map((e) => e.entry).filter((e) => e.qualifier === "at-most" && e.sources.some((s) => docs.has(s.docId)));
}
/** "vad gav Barncancerfonden?", "medfinansiering från regionerna": what the organisation put in. */
/** "the EU", "the regions": an organisation named by a common noun or initials reads with "the". */
function theName(name) {
	return /^(?:EU|regionerna)$/.test(name) ? `the ${organisationName(name, "en").replace(/^the /, "")}` : name;
}
function answerFunderAmounts(ctx, name, roles) {
	const viaIt = ctx.query.orgs.some((o) => o.role === "payer" && o.name === name);
	const paying = ctx.query.cues.has("payer") || ctx.query.cues.has("pays") || viaIt;
	const lower = name.toLowerCase();
	const otherPayer = (e) => {
		const payer = payerOf(ctx, e);
		return payer !== null && payer.toLowerCase() !== lower;
	};
	const theirs = (e) => paying ? (e.role !== "co-funding" || e.funder?.toLowerCase() === lower) && !otherPayer(e) : e.funder?.toLowerCase() !== "regeringen" || e.payer?.toLowerCase() === lower || name === "regeringen";
	const put = givenBy(ctx, name).filter((e) => theirs(e) && (roles.has(e.role) || ![
		"not-funding",
		"comparison",
		"estimate"
	].includes(fundingRole(e))));
	const alone = ctx.query.orgs.some((o) => o.name === name && o.role === "any");
	if (paying && (put.length === 0 || viaIt) || alone) {
		for (const e of paidOutBy(ctx, name)) if (!put.includes(e)) put.push(e);
	}
	const ofKind = put.filter((e) => roles.has(e.role));
	const given = !roles.has("grant") ? ofKind : put;
	const forGms = ctx.query.mentionsGms && name !== "GMS" ? given.filter((e) => e.gms) : [];
	const all = forGms.length > 0 ? forGms : given;
	const pool = new Set(all);
	const onTopic = hasTopic(ctx.query) ? matchTopic(ctx.query, ctx.index, (e) => pool.has(e.entry)).map((e) => e.entry) : [];
	const ceilings = ctx.query.cues.has("atMost") ? ceilingsBeside(ctx, all) : [];
	const found = (ceilings.length > 0 ? ceilings : onTopic.length > 0 ? onTopic : all).sort((a, b) => rank(b) - rank(a));
	function rank(e) {
		return (roles.has(e.role) ? 2 : 0) + (e.gms ? 1 : 0);
	}
	if (ctx.query.cues.has("yesNo") && ctx.query.mentionsGms && name !== "GMS" && found.length > 0) {
		const draft = answerEntries(ctx, found, false);
		const from = theName(name);
		const lead = forGms.length > 0 ? say(ctx.language, `Ja, dokumenten anger medel från ${name} till GMS:`, `Yes, the documents state money from ${from} to GMS:`) : say(ctx.language, `Nej: dokumenten anger inga medel från ${name} till GMS. De anger:`, `No: the documents state no money from ${from} to GMS. They state:`);
		return {
			...draft,
			text: `${lead}\n${draft.text}`
		};
	}
	if (found.length > 0) return answerEntries(ctx, found, ctx.query.cues.has("total"));
	const either = !ctx.query.orgs.some((o) => o.role === "funder" || o.role === "payer");
	const cofund = roles.has("co-funding") && !roles.has("grant");
	const english = theName(name);
	return decline("amount", say(ctx.language, `Dokumenten anger ${cofund ? "ingen medfinansiering" : "inga medel"} ${either ? "till eller " : ""}från ${name}${ctx.query.years.length ? ` ${ctx.query.years.join(", ")}` : ""}.`, `The documents state no ${cofund ? "co-funding" : "money"} ${either ? "to or " : ""}from ${english}${ctx.query.years.length ? ` in ${ctx.query.years.join(", ")}` : ""}.`));
}
/** "hur mycket fick Socialstyrelsen?": what it received, or that the documents name it only as a payer. */
function answerRecipientAmounts(ctx, name, funder, roles) {
	const from = funder?.toLowerCase() ?? "";
	const found = receivedBy(ctx, name).filter((e) => !funder || e.funder?.toLowerCase() === from || e.payer?.toLowerCase() === from || quotesName(e, from));
	const wantsSum = ctx.query.cues.has("total");
	if (ctx.query.orgs.some((o) => o.name === name && o.role === "any") && found.length > 0 && found.every((e) => e.role === "agency-cap")) {
		const years = ctx.query.years;
		const paid = paidOutBy(ctx, name).filter((e) => !found.includes(e) && (years.length === 0 || inYears(e, years)));
		found.unshift(...paid);
	}
	const topical = hasTopic(ctx.query) ? onAskedTopic(ctx, name, found) : null;
	if (topical) return withShareOfWhole(ctx, answerEntries(ctx, yearsOwnShares(topical, ctx.query.years), wantsSum), topical);
	if (found.length > 0) {
		const shown = ownSharesFirst(yearsOwnShares(nodeSharesFirst(ctx, found), ctx.query.years));
		const draft = withShareOfWhole(ctx, answerEntries(ctx, shown, wantsSum), shown);
		return hasTopic(ctx.query) ? withLead(draft, notForTopic(ctx, name)) : draft;
	}
	if (funder) {
		const given = answerFunderAmounts(ctx, funder, roles);
		if (!given.answered) return given;
		return withLead(given, say(ctx.language, `Dokumenten anger inga medel från ${funder} till ${name}. Det ${funder} ger enligt dokumenten:`, `The documents state no money from ${organisationName(funder, "en")} to ${organisationName(name, "en")}. What ${organisationName(funder, "en")} gives, according to the documents:`));
	}
	const paid = paidTo(ctx, name);
	if (paid.entries.length > 0) {
		const draft = answerEntries(ctx, paid.entries, ctx.query.cues.has("total"));
		const { text } = ctx.citations.markers(paid.passages);
		const note = say(ctx.language, `Betalas ut till ${name} ${text}.`, `Paid out to ${name} ${text}.`);
		return {
			...draft,
			text: `${draft.text}\n${note}`
		};
	}
	return decline("amount", say(ctx.language, `Dokumenten anger inga medel som ${name} fick${ctx.query.years.length ? ` ${ctx.query.years.join(", ")}` : ""}; fråga gärna vem som betalar ut eller fördelar medlen.`, `The documents state no money that ${name} received${ctx.query.years.length ? ` in ${ctx.query.years.join(", ")}` : ""}; you can ask who pays out or distributes the money.`));
}
/** "Dokumenten anger inga medel till Region Skåne för sällsynta diagnoser": the asked area is none of it. */
function notForTopic(ctx, name) {
	const about = askedAbout(ctx);
	return say(ctx.language, `Dokumenten anger inga medel till ${name} för ${about}. Det de anger för ${name}:`, `The documents state no money for ${about} to ${organisationName(name, "en")}. What they state for ${organisationName(name, "en")}:`);
}
const granted = (e) => ["grant", "part"].includes(fundingRole(e));
const PLACE_WORD_MIN = 5;
/**
* "hur mycket får skåne för prostatacancer": of the organisation's money, that about the asked topic; else
* the topic's money whose sentence names the organisation's place ("Skånes universitetssjukhus får 7,2
* miljoner … för prostatacancer"). Null when neither is, so the organisation's money is answered as before.
*/
function onAskedTopic(ctx, name, found) {
	const pool = new Set(found);
	const place = name.toLowerCase().split(/\s+/).filter((w) => w.length >= PLACE_WORD_MIN && w !== "region");
	const matched = matchTopic(ctx.query, ctx.index, (e) => inYears(e.entry, ctx.query.years)).map((e) => e.entry).filter((e) => pool.has(e) || place.length > 0 && granted(e) && quotesName(e, ...place));
	if (matched.length === 0) return null;
	const kept = ctx.query.cues.has("total") || !ctx.query.cues.has("ownWork") ? matched.filter((p) => !matched.some((w) => keptSliceOf(p, w))) : matched;
	return kept.filter((e) => !kept.some((p) => p.partOf === e.id));
}
/** `part` is the slice a recipient keeps of `whole`, which was paid to the same recipient. */
function keptSliceOf(part, whole) {
	return part.partOf === whole.id && part.yearShare !== true && part.recipient !== null && part.recipient === whole.recipient;
}
// dist/bot/answers/each-recipient.js
/** The receivers the question names (two or more), each as the documents name it; else null. */
function namedRecipients(ctx) {
	const asked = ctx.query.orgs.filter((o) => o.role === "recipient" || o.role === "any");
	if (asked.length < 2 || asked.length !== ctx.query.orgs.length) return null;
	const names = asked.map((o) => askedRecipient({
		...ctx,
		query: {
			...ctx.query,
			orgs: [o]
		}
	}));
	if (names.some((n) => n === null)) return null;
	const unique = [...new Set(names)];
	return unique.length >= 2 ? unique : null;
}
/** The one share each of two organisations got of the same whole, when there is exactly one such pair. */
function sharesOfOneWhole(ctx, a, b) {
	const sharesOf = (name) => receivedBy(ctx, name).filter((e) => e.partOf !== null);
	const pairs = sharesOf(a).flatMap((x) => sharesOf(b).filter((y) => y.partOf === x.partOf && y.recipient !== x.recipient).map((y) => [x, y]));
	return pairs.length === 1 ? pairs[0] ?? null : null;
}
function answerEachRecipient(ctx, names, roles) {
	const drafts = names.map((name) => ({
		name,
		draft: answerRecipientAmounts({
			...ctx,
			query: {
				...ctx.query,
				orgs: ctx.query.orgs.filter((o) => o.name === name)
			}
		}, name, null, roles)
	}));
	const [first, second] = names;
	const pair = first && second && names.length === 2 ? sharesOfOneWhole(ctx, first, second) : null;
	let lead = "";
	if (pair) {
		const [x, y] = pair;
		const more = x.amountSek >= y.amountSek ? x : y;
		const less = more === x ? y : x;
		const whole = x.partOf ? ctx.index.byId.get(x.partOf) : void 0;
		const of = whole ? amountText(ctx, whole.amountSek) : "";
		const verdict = ctx.query.cues.has("more") || ctx.query.cues.has("less") ? (ctx.query.cues.has("less") ? x.amountSek < y.amountSek : x.amountSek > y.amountSek) ? say(ctx.language, "Ja. ", "Yes. ") : say(ctx.language, "Nej. ", "No. ") : "";
		lead = x.amountSek === y.amountSek ? `${verdict}${say(ctx.language, `Lika mycket: ${amountText(ctx, x.amountSek)} var.`, `The same: ${amountText(ctx, x.amountSek)} each.`)}\n` : `${verdict}${say(ctx.language, `${more.recipient} fick mer: ${amountText(ctx, more.amountSek)} mot ${amountText(ctx, less.amountSek)} för ${less.recipient}, båda andelar av ${of}.`, `${more.recipient} got more: ${amountText(ctx, more.amountSek)} against ${amountText(ctx, less.amountSek)} for ${less.recipient}, both shares of ${of}.`)}\n`;
	}
	const indent = (text) => text.split("\n").map((l) => `  ${l}`).join("\n");
	return {
		intent: "amount",
		answered: drafts.some((d) => d.draft.answered),
		text: lead + drafts.map(({ name, draft }) => `${name}:\n${indent(draft.text)}`).join("\n"),
		figures: drafts.flatMap(({ draft }) => draft.figures)
	};
}
// dist/bot/answers/generic-area.js
/** The question names an area only by a generic head ("cancer"), and nothing else to narrow it. */
function onlyGenericArea(ctx) {
	const { query } = ctx;
	return query.topics.length === 0 && query.topicWords.length > 0 && query.orgs.length === 0 && query.names.length === 0 && query.amounts.length === 0 && query.topicWords.every((w) => GENERIC_CONDITION_HEADS.has(w.toLowerCase()));
}
/** The funded areas the head names, offered back as a question. */
function answerGenericArea(ctx) {
	const heads = ctx.query.topicWords.map((w) => w.toLowerCase());
	const funded = new Set(ctx.index.entries.flatMap((e) => topicsOf(e.entry).map((t) => t.key)));
	const areas = TOPICS.filter((t) => funded.has(t.key) && heads.some((h) => names$1(t, h)));
	const list = listText(areas.map((t) => topicName(t.key, ctx.language)), ctx.language, say(ctx.language, "eller", "or"));
	const asked = heads.join(" ");
	return {
		intent: "clarify",
		answered: false,
		text: areas.length > 0 ? say(ctx.language, `”${asked}” är flera områden i dokumenten: ${list}. Vilket menar du?`, `“${asked}” covers several areas in the documents: ${list}. Which one do you mean?`) : say(ctx.language, `Dokumenten anger inga medel för ”${asked}” som ett eget område.`, `The documents state no money for “${asked}” as an area of its own.`),
		figures: []
	};
}
function names$1(topic, head) {
	return [
		topic.sv,
		topic.en,
		...topic.svPhrases,
		...topic.enPhrases
	].some((p) => p.toLowerCase().includes(head));
}
// dist/bot/answers/meta.js
/** The help text: what can be asked, with examples in the asker's language. */
function answerHelp(ctx, intent = "help") {
	const examples = exampleQuestions(ctx).map((q) => `• ${q}`);
	const followUps = followUpExamples(ctx);
	const text = say(ctx.language, [
		"Jag svarar på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS), med källa för varje siffra. Exempel:",
		...examples,
		"• Vem betalar ut pengarna? Vem fördelar dem?",
		"• När ska redovisningen lämnas?",
		"• Vilka ministrar nämns? Vad är GMS?",
		"• källor – listar dokumenten",
		...followUps ? [`Följdfrågor fungerar: ${followUps}.`] : []
	].join("\n"), [
		"I answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS), citing a source for every figure. Try:",
		...examples,
		"• Who pays out the money? Who distributes it?",
		"• When is the report due?",
		"• Which ministers are named? What is GMS?",
		"• sources – lists the documents",
		...followUps ? [`Follow-ups work: ${followUps}.`] : []
	].join("\n"));
	return {
		intent,
		answered: true,
		text: (ctx.query.cues.has("aboutBot") ? `${say(ctx.language, "Jag är en bot: jag läser bara dokumenten jag har fått och svarar likadant på samma fråga.", "I'm a bot: I only read the documents I was given, and the same question gets the same answer.")}\n` : "") + text,
		figures: []
	};
}
const MAX_SOURCES = 25;
/** Every loaded document: title, publisher, date and address. */
function answerSources(ctx) {
	const docs = ctx.knowledge.documents;
	if (docs.length === 0) return {
		intent: "sources",
		answered: false,
		text: say(ctx.language, "Inga dokument är inlästa.", "No documents are loaded."),
		figures: []
	};
	const lines = docs.slice(0, MAX_SOURCES).map((d, i) => {
		const meta = [d.publisher, d.published].filter(Boolean).join(", ");
		return `${i + 1}. ${d.title}${meta ? ` (${meta})` : ""}${d.url ? ` – ${d.url}` : ""}`;
	});
	lines.unshift(say(ctx.language, `Svaren bygger på ${docs.length} dokument:`, `Answers come from ${docs.length} documents:`));
	if (docs.length > MAX_SOURCES) {
		const more = docs.length - MAX_SOURCES;
		lines.push(say(ctx.language, `… och ${more} till.`, `… and ${more} more.`));
	}
	return {
		intent: "sources",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
/** "Try for example …": a question the loaded documents can answer. */
function hint(ctx) {
	const example = exampleQuestions(ctx)[0];
	if (!example) return say(ctx.language, "Skriv ”hjälp” för exempel.", "Type “help” for examples.");
	return say(ctx.language, `Fråga till exempel ”${example}” eller skriv ”hjälp”.`, `Try for example “${example}” or type “help”.`);
}
function answerOutOfScope(ctx) {
	return {
		intent: "out-of-scope",
		answered: false,
		text: say(ctx.language, `Det kan jag inte svara på: jag svarar bara på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS). ${hint(ctx)}`, `I can't answer that: I only answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS). ${hint(ctx)}`),
		figures: []
	};
}
function answerEmpty(ctx) {
	return {
		intent: "empty",
		answered: false,
		text: say(ctx.language, `Ställ en fråga. ${hint(ctx)}`, `Please ask a question. ${hint(ctx)}`),
		figures: []
	};
}
function answerTooLong(ctx, max) {
	return {
		intent: "too-long",
		answered: false,
		text: say(ctx.language, `Frågan är för lång – ställ en kortare fråga (högst ${max} tecken). ${hint(ctx)}`, `That question is too long – please ask a shorter question (at most ${max} characters). ${hint(ctx)}`),
		figures: []
	};
}
function answerThanks(ctx) {
	return {
		intent: "thanks",
		answered: true,
		text: say(ctx.language, "Varsågod! Fråga gärna mer – skriv ”hjälp” för exempel.", "You're welcome! Ask away – type “help” for examples."),
		figures: []
	};
}
// dist/bot/answers/not-gms.js
const GIVEN$1 = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"multi-year-total",
	"co-funding"
]);
/** Whether the question asks for the money that is not GMS's, about nothing narrower. */
function asksNotGms(ctx) {
	const q = ctx.query;
	return q.cues.has("notGms") && q.stems.length === 0 && q.topics.length === 0 && q.orgs.length === 0 && q.names.length === 0;
}
function answerNotGms(ctx) {
	const { years } = ctx.query;
	const others = ctx.index.entries.map((e) => e.entry).filter((e) => !e.gms && GIVEN$1.has(fundingRole(e)) && (years.length === 0 || inYears(e, years)));
	const listed = others.filter((e) => !others.some((w) => w.id === e.partOf));
	if (listed.length === 0) return decline("amount", say(ctx.language, "Dokumenten nämner inga pengar som går till andra än GMS.", "The documents mention no money that goes to others than GMS."));
	const draft = answerEntries(ctx, byYear(listed), false);
	const lead = say(ctx.language, "Pengar i dokumenten som inte går till GMS:", "Money in the documents that does not go to GMS:");
	return {
		...draft,
		text: `${lead}\n${draft.text}`
	};
}
function byYear(entries) {
	return [...entries].sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
}
// dist/bot/answers/passed-on.js
/** The money handed on, of the asked years, organisation and whole; null when none is asked or told. */
function answerPassedOn(ctx) {
	const { query } = ctx;
	if (!query.cues.has("passOn")) return null;
	const asked = new Set(query.amounts.map((a) => a.valueSek));
	const handing = query.orgs.filter((o) => o.name !== o.name.toLowerCase());
	const names = handing.map((o) => ledgerName(ctx, o.name).toLowerCase());
	const wholeOf = (e) => e.partOf ? ctx.index.byId.get(e.partOf) : void 0;
	const paid = new Set(handing.flatMap((o) => paidTo(ctx, ledgerName(ctx, o.name)).entries));
	const byOrg = (e) => {
		const whole = wholeOf(e);
		const related = [whole?.recipient, whole?.payer].map((n) => n?.toLowerCase() ?? "");
		return whole !== void 0 && paid.has(whole) || names.some((n) => related.includes(n) || quotesName(e, n));
	};
	const about = hasTopic(query) ? new Set(matchTopic(query, ctx.index).map((e) => e.entry)) : null;
	const onTopic = (e) => {
		for (let x = e, n = 0; x && n < 4; x = wholeOf(x), n++) if (about === null || about.has(x)) return true;
		return false;
	};
	const handedOn = ctx.index.entries.map((e) => e.entry).filter((e) => e.sources.some(passedOn) && inYears(e, query.years) && (names.length === 0 || byOrg(e)) && (asked.size === 0 || asked.has(wholeOf(e)?.amountSek ?? NaN)));
	const onIt = handedOn.filter(onTopic);
	const found = onIt.length > 0 ? onIt : handedOn;
	return found.length > 0 ? answerEntries(ctx, found, false) : null;
}
// dist/bot/answers/inclusion.js
/** The ledger's entries of one amount. */
function ofAmount(ctx, sek) {
	return ctx.index.entries.map((e) => e.entry).filter((e) => e.amountSek === sek);
}
function within(part, whole, byId) {
	for (let p = part; p?.partOf; p = byId.get(p.partOf)) if (p.partOf === whole.id) return true;
	return false;
}
const sharesDoc = (a, b) => a.sources.some((s) => b.sources.some((t) => t.docId === s.docId));
function relation(part, whole, ctx) {
	if (within(part, whole, ctx.index.byId)) return "part";
	if (STATED_SUMS.has(whole.role)) return sumsTo(part, whole, ctx) ? "part" : "untold";
	if (part.role === "co-funding" && whole.role !== "co-funding") return "beside";
	return sharesDoc(part, whole) ? "separate" : "untold";
}
const STATED_SUMS = /* @__PURE__ */ new Set(["total", "multi-year-total"]);
/** The grants of the total's years add up to it exactly, the part among them. */
function sumsTo(part, whole, ctx) {
	const grants = yearGrants(ctx, whole.years, true);
	const sum = grants.reduce((s, g) => s + g.amountSek, 0);
	return grants.includes(part) && sum === whole.amountSek;
}
/** Of the entries of the whole's amount: one the part lies within, then one told beside it, then grants. */
function rankWholes(wholes, parts, ctx) {
	const score = (w) => (parts.some((p) => within(p, w, ctx.index.byId)) ? 4 : 0) + (parts.some((p) => sharesDoc(p, w)) ? 2 : 0) + (w.role === "grant" ? 1 : 0);
	return [...wholes].sort((a, b) => score(b) - score(a));
}
/** "the regions' 20 million": of the entries of an amount, those the named organisation gave or got. */
function ofAskedOrgs$1(ctx, entries) {
	const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
	const theirs = entries.filter((e) => [
		e.funder,
		e.recipient,
		e.payer
	].some((n) => names.includes(n?.toLowerCase() ?? "")));
	return theirs.length > 0 ? theirs : entries;
}
const VERDICTS = {
	part: {
		included: "yes",
		onTop: "no"
	},
	beside: {
		included: "no",
		onTop: "yes"
	},
	separate: {
		included: "no",
		onTop: "yes"
	},
	untold: {
		included: "no",
		onTop: null
	}
};
function reasonText(ctx, rel) {
	switch (rel) {
		case "part": return say(ctx.language, "Det ingår i det andra beloppet.", "It is part of the other amount.");
		case "beside": return say(ctx.language, "Det är medfinansiering vid sidan av, inte en del av det andra beloppet.", "It is co-funding beside it, not part of the other amount.");
		case "separate": return say(ctx.language, "Dokumenten anger det som ett eget belopp, inte som en del av det andra.", "The documents state it as a separate amount, not as part of the other.");
		case "untold": return say(ctx.language, "Inget av dokumenten anger det som en del av det andra.", "None of the documents states it as part of the other.");
	}
}
/**
* "Ingår 400 000 i 66,4 miljoner?", "is the 6 million on top of the 15,75 million?": yes or no first, then
* the evidence. A verdict only where both amounts are stated and the documents tell how they relate.
*/
function answerInclusion(ctx) {
	const { query } = ctx;
	if (query.cues.has("fresh") && query.amounts.length === 1) return answerFresh(ctx);
	const asked = [...query.amounts].sort((a, b) => a.valueSek - b.valueSek).map((a) => a.valueSek);
	const wholeSek = asked.at(-1) ?? 0;
	const topical = hasTopic(query) ? new Set(matchTopic(query, ctx.index).map((e) => e.entry)) : null;
	const ofPart = ofAskedOrgs$1(ctx, ofAmount(ctx, asked[0] ?? 0));
	const onTopic = topical ? ofPart.filter((e) => topical.has(e)) : ofPart;
	const parts = asked.length >= 2 ? onTopic.length > 0 ? onTopic : ofPart : hasTopic(query) ? matchTopic(query, ctx.index).map((e) => e.entry).filter((e) => e.amountSek !== wholeSek) : [];
	if (asked.length === 0 && query.months.length > 0 && hasTopic(query)) return againstDecision(ctx, parts);
	if (asked.length === 1 && parts.length === 0 && query.years.length > 0 && query.cues.has("onTopOf")) return besides(ctx, wholeSek);
	if (asked.length === 1 && parts.length === 0 && query.cues.has("cofund")) return notOfKind(ctx, wholeSek);
	const whole = rankWholes(ofAmount(ctx, wholeSek), parts, ctx)[0];
	const converted = whole && query.foreign.length > 0 ? conversionOf(ctx, whole, query.foreign) : null;
	if (whole && converted) return answerConversion(ctx, whole, converted);
	if (!whole || parts.length === 0) return decline("inclusion", say(ctx.language, `Dokumenten anger inte hur ${asked.map((a) => amountText(ctx, a)).join(" och ")} hänger ihop.`, `The documents don't say how ${asked.map((a) => amountText(ctx, a)).join(" and ")} relate.`));
	return judge(ctx, parts, whole);
}
/** Co-funding asked as part of GMS's money: no, it is the giver's own money beside the grants, listed. */
function notOfKind(ctx, whole) {
	const years = ctx.query.years.length > 0 ? ctx.query.years : fundedYears(ctx).filter((y) => yearSum(ctx, y) === whole);
	const givers = new Set(ctx.query.orgs.map((o) => ledgerName(ctx, o.name)));
	const cofunding = ctx.index.entries.map((e) => e.entry).filter((e) => e.role === "co-funding" && inYears(e, years) && (givers.size === 0 || !!e.funder && givers.has(e.funder)));
	return verdictDraft(ctx, "no", say(ctx.language, "medfinansiering är givarens egna pengar bredvid statens medel till GMS, aldrig en del av dem.", "co-funding is the giver's own money beside the state's grants to GMS, never part of them."), cofunding.map((e) => describeEntry(ctx, e)), cofunding.map((e) => entryFigure(ctx, e).figure));
}
/** The asked years' GMS grants other than the named amount (and its own parts), each with its sources. */
function besides(ctx, named) {
	const grants = yearGrants(ctx, ctx.query.years);
	const own = grants.filter((e) => e.amountSek === named);
	const ownIds = new Set(own.map((e) => e.id));
	const others = grants.filter((e) => e.amountSek !== named && !(e.partOf && ownIds.has(e.partOf)));
	if (own.length === 0) return decline("inclusion", say(ctx.language, `Dokumenten anger inga ${amountText(ctx, named)} till GMS det året.`, `The documents state no ${amountText(ctx, named)} for GMS that year.`));
	const lead = others.length === 0 ? say(ctx.language, `Dokumenten anger inga andra medel till GMS det året än ${amountText(ctx, named)}.`, `The documents state no other GMS funding that year than ${amountText(ctx, named)}.`) : say(ctx.language, `Utöver ${amountText(ctx, named)} anger dokumenten:`, `Besides ${amountText(ctx, named)}, the documents state:`);
	const shown = others.length > 0 ? others : own;
	return {
		intent: "inclusion",
		answered: true,
		text: [lead, ...shown.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n"),
		figures: shown.map((e) => entryFigure(ctx, e).figure)
	};
}
/** Yes or no on how one of the parts relates to the whole, with both as evidence. */
function judge(ctx, asked, whole) {
	const { query } = ctx;
	const granted = (e) => ["grant", "part"].includes(fundingRole(e)) ? 1 : 0;
	const parts = [...asked].sort((a, b) => granted(b) - granted(a));
	const part = parts.find((p) => within(p, whole, ctx.index.byId)) ?? parts.find((p) => p.year === whole.year && sharesDoc(p, whole)) ?? parts.find((p) => sharesDoc(p, whole)) ?? parts[0];
	const rel = relation(part, whole, ctx);
	const verdict = query.cues.has("onTopOf") && !query.cues.has("included") ? VERDICTS[rel].onTop : VERDICTS[rel].included;
	const reason = reasonText(ctx, rel);
	const items = [describeEntry(ctx, part), describeEntry(ctx, whole)];
	const figures = [entryFigure(ctx, part).figure, entryFigure(ctx, whole).figure];
	if (verdict === null) return {
		intent: "inclusion",
		answered: true,
		text: [reason, ...items.map((i) => `• ${i}`)].join("\n"),
		figures
	};
	return verdictDraft(ctx, verdict, `${reason.charAt(0).toLowerCase()}${reason.slice(1)}`, items, figures);
}
/** "the February decision": the GMS grants decided in the month asked (and in its year, when one is asked). */
function decidedInAskedMonth(ctx) {
	const { months, years } = ctx.query;
	return ctx.index.entries.map((e) => e.entry).filter((e) => {
		const decided = e.decided ?? "";
		if (!e.gms || e.role !== "grant" || decided.length < 7) return false;
		const year = Number(decided.slice(0, 4));
		return months.includes(Number(decided.slice(5, 7))) && (years.length === 0 || years.includes(year));
	});
}
/**
* "Was the lung cancer money on top of the February decision?": the subject's money against the one grant
* decided that month. Two decisions in that month (different years, or several grants) get no verdict.
*/
function againstDecision(ctx, parts) {
	const wholes = decidedInAskedMonth(ctx);
	const whole = wholes.length === 1 ? wholes[0] : void 0;
	const rest = parts.filter((p) => p !== whole);
	if (!whole || rest.length === 0) return decline("inclusion", say(ctx.language, wholes.length > 1 ? "Flera beslut fattades den månaden; ange året eller beloppet." : "Dokumenten anger inget beslut den månaden som jag kan jämföra med.", wholes.length > 1 ? "Several decisions were made that month; please give the year or the amount." : "The documents state no decision that month that I can compare with."));
	return judge(ctx, rest, whole);
}
/** "Is the 12,5 million new money?": no when the documents tell it as a share of a larger grant. */
function answerFresh(ctx) {
	const sek = ctx.query.amounts[0]?.valueSek ?? 0;
	const entries = ofAskedOrgs$1(ctx, ofAmount(ctx, sek));
	const part = entries.find((e) => e.partOf !== null) ?? entries[0];
	const whole = part?.partOf ? ctx.index.byId.get(part.partOf) : void 0;
	if (!part) return decline("inclusion", say(ctx.language, `Dokumenten nämner inte ${amountText(ctx, sek)}.`, `The documents don't mention ${amountText(ctx, sek)}.`));
	const items = [describeEntry(ctx, part), ...whole ? [describeEntry(ctx, whole)] : []];
	const reason = whole ? say(ctx.language, `det är en del av ${amountText(ctx, whole.amountSek)}, inte pengar utöver dem.`, `it is part of ${amountText(ctx, whole.amountSek)}, not money on top of it.`) : "";
	const figures = [part, ...whole ? [whole] : []].map((e) => entryFigure(ctx, e).figure);
	if (!whole) return {
		intent: "inclusion",
		answered: true,
		text: items.join("\n"),
		figures
	};
	return verdictDraft(ctx, "no", reason, items, figures);
}
/** A yes or a no first (a verdict block, so each platform shows it plainly), then the evidence. */
function verdictDraft(ctx, verdict, reason, items, figures) {
	const word = say(ctx.language, verdict === "yes" ? "Ja" : "Nej", verdict === "yes" ? "Yes" : "No");
	return {
		blocks: [{
			kind: "yesno",
			verdict,
			text: reason.charAt(0).toUpperCase() + reason.slice(1)
		}, {
			kind: "items",
			items
		}],
		intent: "inclusion",
		answered: true,
		text: [`${word}: ${reason}`, ...items.map((i) => `• ${i}`)].join("\n"),
		figures
	};
}
/**
* "SEK 84 million (approximately EUR 7.5 million)": the whole's own sentence restates it in another currency,
* in parentheses, with the amount asked (read at load as a foreign statement): that restatement.
*/
function conversionOf(ctx, whole, asked) {
	for (const f of ctx.knowledge.statements.foreign) {
		if (!f.inParentheses || !toldIn(whole, f.span)) continue;
		const digits = f.written.text.replace(/[\s\u00a0]/g, "").replace(",", ".");
		if (asked.some((a) => digits.includes(a))) return f.written.text;
	}
	return null;
}
function answerConversion(ctx, whole, restated) {
	return verdictDraft(ctx, "no", say(ctx.language, `det är samma pengar omräknade (”${restated}”), inte ett belopp utöver ${amountText(ctx, whole.amountSek)}.`, `it is the same money converted (“${restated}”), not an amount on top of ${amountText(ctx, whole.amountSek)}.`), [describeEntry(ctx, whole)], [entryFigure(ctx, whole).figure]);
}
/** Every year some GMS grant is for, in order. */
function fundedYears(ctx) {
	return [...ctx.index.byYear.keys()].sort((a, b) => a - b);
}
/** A year's GMS grants added up, a share never beside its own whole. */
function yearSum(ctx, year) {
	return withoutNested(yearGrants(ctx, [year])).reduce((s, e) => s + e.amountSek, 0);
}
// dist/bot/answers/quoted-line.js
/** “The sentences, on one line” [1][2]: spans quoted together with their markers. */
function quotedLine(ctx, ...spans) {
	return `“${oneLine(spans.map((s) => s.text).join(" "))}” ${ctx.citations.markers(spans).text}`;
}
// dist/bot/answers/reply.js
/** How many of the question's topic stems a text shares. */
function shared(ctx, text) {
	const stems = new Set(ctx.query.stems);
	return new Set(phraseStems(text).filter((s) => stems.has(s))).size;
}
const pendingText = (p) => `${p.context?.text ?? ""} ${p.span.text}`;
/** The pending decisions that share the most topic words with the question (all when it names none). */
function pendingAbout(ctx, docs) {
	const asked = ctx.query.years;
	const pool = ctx.knowledge.statements.pending.filter((p) => (docs === null || docs.has(p.span.docId)) && (asked.length === 0 || p.years.length === 0 || p.years.some((y) => asked.includes(y))));
	if (ctx.query.stems.length === 0) return pool;
	const scores = pool.map((p) => shared(ctx, pendingText(p)));
	const best = Math.max(0, ...scores);
	return pool.filter((_, i) => best > 0 && scores[i] === best);
}
/** A pending statement quoted, with the sentence before it when it needs it, and cited. */
function quoted$2(ctx, p) {
	return quotedLine(ctx, ...[...p.context ? [p.context] : [], p.span]);
}
/**
* "Vad svarade ministern om flerårigt anslag?": in the answers to parliamentary questions, what the
* minister said is pending; null when no such answer is about the asked words.
*/
function answerReply(ctx) {
	const answers = new Set(ctx.knowledge.statements.people.filter((p) => p.role === "questioner").map((p) => p.span.docId));
	if (answers.size === 0) return null;
	const about = pendingAbout(ctx, answers);
	const subjectless = !knowsTopic(ctx.index, ctx.query);
	const found = about.length > 0 || !subjectless ? about : pendingAbout({
		...ctx,
		query: {
			...ctx.query,
			stems: []
		}
	}, answers);
	if (found.length === 0) return null;
	const lines = found.map((p) => `• ${quoted$2(ctx, p)}`);
	lines.unshift(say(ctx.language, "Ministern svarade att inget beslut är fattat ännu:", "The minister answered that no decision has been taken yet (quoted in Swedish):"));
	return {
		intent: "minister",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
/**
* "Har regeringen beslutat om ett flerårigt anslag?": no, when a sentence says that decision is pending
* and no decision the documents tell is as much about the asked words.
*/
function answerNotDecided(ctx, decisions) {
	if (ctx.query.stems.length === 0) return null;
	const pending = pendingAbout(ctx, null).filter((p) => !decidedSince(ctx, p));
	const best = Math.max(0, ...pending.map((p) => shared(ctx, pendingText(p))));
	if (best === 0 || decisions.some((d) => shared(ctx, d.span.text) >= best)) return null;
	const items = pending.map((p) => quoted$2(ctx, p));
	const reason = say(ctx.language, "Enligt dokumenten är det beslutet inte fattat ännu.", "According to the documents, that decision has not been taken yet (quoted in Swedish).");
	return {
		blocks: [{
			kind: "yesno",
			verdict: "no",
			text: reason
		}, {
			kind: "items",
			items
		}],
		intent: "decision",
		answered: true,
		text: [`${say(ctx.language, "Nej", "No")}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`, ...items.map((i) => `• ${i}`)].join("\n"),
		figures: []
	};
}
/** Every year the pending sentence names has a decided GMS grant in the documents. */
function decidedSince(ctx, p) {
	return p.years.length > 0 && p.years.every((y) => yearGrants(ctx, [y], true).length > 0);
}
// dist/bot/answers/decided-year.js
/**
* "Är beslutet om 2028 fattat?", "has the government decided on 2029?": yes with the year's decided GMS
* grants; no when the documents give that year only an estimate or nothing. Either way a document that
* said the decision was not yet taken is quoted with its date, so an older "not yet" is not hidden.
*/
function answerDecidedYear(ctx) {
	const years = ctx.query.years;
	const decided = yearGrants(ctx, years, true);
	const estimates = unique(entriesOfYears(ctx.index, years).filter((e) => e.role === "estimate"));
	const pending = ctx.knowledge.statements.pending.filter((p) => p.years.some((y) => years.includes(y)));
	const shown = decided.length > 0 ? decided : estimates;
	const items = [...shown.map((e) => describeEntry(ctx, e)), ...pending.map((p) => notYet(ctx, p))];
	const figures = shown.map((e) => entryFigure(ctx, e).figure);
	const asked = listText(years.map(String), ctx.language);
	if (decided.length > 0) return verdictDraft(ctx, "yes", say(ctx.language, `dokumenten anger beslutade medel till GMS för ${asked}.`, `the documents give decided GMS funding for ${asked}.`), items, figures);
	return verdictDraft(ctx, "no", estimates.length > 0 ? say(ctx.language, `dokumenten anger inget beslut om medel för ${asked}, bara en beräkning.`, `the documents give no decision on funding for ${asked}, only an estimate.`) : say(ctx.language, `dokumenten anger inget beslut om medel till GMS för ${asked}.`, `the documents give no decision on GMS funding for ${asked}.`), items, figures);
}
function unique(entries) {
	return [...new Map(entries.map((e) => [e.id, e])).values()];
}
/** "Not yet decided", quoted with the date of the document that said so. */
function notYet(ctx, p) {
	const published = ctx.knowledge.documents.find((d) => d.id === p.span.docId)?.published;
	const when = published ? ` (${published})` : "";
	return say(ctx.language, `Ett dokument${when} skrev att beslutet inte var fattat: ${quoted$2(ctx, p)}`, `A document${when} said the decision had not been taken${swedishQuoteNote(ctx, [p.span])}: ${quoted$2(ctx, p)}`);
}
/**
* "Vem fattade beslutet om 2025 års medel?", "who decided the 2026 money?": the year's decided GMS grants,
* each with who decided and when as its documents tell; null when the year has none.
*/
function answerYearDecisions(ctx) {
	const years = ctx.query.years;
	const decided = yearGrants(ctx, years, true);
	if (decided.length === 0) return null;
	const items = decided.map((e) => `• ${describeEntry(ctx, e)}`);
	const asked = listText(years.map(String), ctx.language);
	return {
		intent: "decision",
		answered: true,
		text: [say(ctx.language, `Beslutade medel till GMS för ${asked}:`, `Decided GMS funding for ${asked}:`), ...items].join("\n"),
		figures: decided.map((e) => entryFigure(ctx, e).figure)
	};
}
// dist/bot/answers/decision-figures.js
/** "What did the government decide in December 2021?": the decisions dated in the asked month, if any is. */
function inAskedMonth(ctx, decisions) {
	const month = askedMonth(ctx);
	if (month === null) return decisions;
	const years = ctx.query.years;
	const dated = decisions.filter((d) => d.date?.month === month && (years.length === 0 || d.date.year === null || years.includes(d.date.year)));
	return dated.length > 0 ? dated : decisions;
}
/** The ledger entries a decision sentence states: same document, inside the sentence, same amount. */
function entriesOf(ctx, d) {
	const amounts = new Set(d.amounts.map((a) => a.valueSek));
	if (amounts.size === 0) return [];
	return ctx.index.entries.map((e) => e.entry).filter((e) => amounts.has(e.amountSek) && toldIn(e, d.span));
}
/** Each decision's stated amounts as figures, once each, with the markers to put after its line. */
function decisionFigures(ctx, decisions) {
	const seen = /* @__PURE__ */ new Set();
	const figures = [];
	return {
		figures,
		notes: decisions.map((d) => {
			const parts = [];
			for (const e of entriesOf(ctx, d)) {
				if (seen.has(e.id)) continue;
				seen.add(e.id);
				const { figure, markers } = entryFigure(ctx, e);
				figures.push(figure);
				parts.push(`${amountText(ctx, e.amountSek)} ${markers}`);
			}
			return parts.length > 0 ? ` (${parts.join(", ")})` : "";
		})
	};
}
// dist/bot/answers/latest-decision.js
const NOT_DECIDED = /* @__PURE__ */ new Set([
	"estimate",
	"comparison",
	"not-funding"
]);
/** A dated decision's date as one sortable number. */
function dateKey(d) {
	const date = d.date;
	if (!date || date.year === null) return 0;
	return date.year * 1e4 + (date.month ?? 12) * 100 + (date.day ?? 31);
}
/**
* "vad är senaste beslutet?", "the latest decision": the decision the documents date last, with the
* money decided that day; null when no decision is dated with a year.
*/
function answerLatestDecision(ctx) {
	const today = ctx.today ? Number(ctx.today.replaceAll("-", "")) : Number.POSITIVE_INFINITY;
	const decisions = ctx.knowledge.statements.decisions.filter((d) => d.kind === "decided" && dateKey(d) <= today);
	const latest = Math.max(0, ...decisions.map(dateKey));
	if (latest === 0) return null;
	const chosen = decisions.filter((d) => dateKey(d) === latest);
	const first = chosen[0];
	const funded = ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && e.year !== null && e.year * 1e4 + 101 <= today).map((e) => e.year);
	if (Math.max(0, ...funded) > (first.date?.year ?? 0)) return null;
	const date = first.date ? dateText(first.date, ctx.language) : "";
	const decided = ctx.index.entries.map((e) => e.entry).filter((e) => e.decided === isoDate(first) && e.partOf === null && !NOT_DECIDED.has(fundingRole(e)));
	return {
		intent: "decision",
		answered: true,
		text: [say(ctx.language, `Senaste beslutet i dokumenten är från ${date}:`, `The latest decision in the documents is of ${date}${swedishQuoteNote(ctx, decided.length > 0 ? [] : chosen.map((d) => d.span))}:`), ...decided.length > 0 ? decided.map((e) => `• ${describeEntry(ctx, e)}`) : chosen.map((d) => `• ${ctx.citations.markers([d.span]).text} ${shorten(d.span.text, 160)}`)].join("\n"),
		figures: decided.map((e) => entryFigure(ctx, e).figure)
	};
}
/** The decision's date as the ledger writes it (`YYYY-MM-DD` or `YYYY-MM`). */
function isoDate(d) {
	const pad = (n) => String(n).padStart(2, "0");
	const { year, month, day } = d.date ?? {
		year: null,
		month: null,
		day: null
	};
	if (year === null) return "";
	return [
		String(year),
		...month ? [pad(month)] : [],
		...month && day ? [pad(day)] : []
	].join("-");
}
// dist/bot/org-kinds.js
const ORG_KINDS = [{
	cue: "regionKind",
	sv: "ingen region",
	en: "no region",
	equals: ["region", "landsting"],
	endsWith: ["regionen"],
	startsWith: []
}, {
	cue: "universityKind",
	sv: "inget universitet",
	en: "no university",
	equals: [
		"institutet",
		"institute",
		"university"
	],
	endsWith: ["universitet", "universitetet"],
	startsWith: ["högskola"]
}];
/** The kinds the question asks for; a name is kept when it is of one of them (all, when none is asked). */
function ofAskedKind(cues) {
	const kinds = ORG_KINDS.filter((k) => cues.has(k.cue));
	if (kinds.length === 0) return () => true;
	return (name) => {
		const words = name.toLowerCase().split(/[\s()]+/u);
		return kinds.some((k) => words.some((w) => k.equals.includes(w) || k.endsWith.some((e) => w.endsWith(e)) || k.startsWith.some((s) => w.startsWith(s))));
	};
}
/** "ingen region", "no university": none of the kind asked, in the asker's language; null when none is asked. */
function noneOfAskedKind(cues, language) {
	const kind = ORG_KINDS.find((k) => cues.has(k.cue));
	return kind ? kind[language] : null;
}
// dist/bot/answers/leads.js
const MAX_LEADS = 6;
/** The stems of a lead's sentence, the sentence before it and its document's title. */
function leadStems(ctx, lead) {
	const title = documentsByIdOf(ctx.knowledge).get(lead.span.docId)?.title ?? "";
	const text = `${lead.context?.text ?? ""} ${lead.span.text} ${title}`;
	return new Set(words$1(text).map((w) => stem(w.word)));
}
/** What the question names the work by: its topic stems, in the documents' Swedish and as asked. */
function subjectStems(ctx) {
	const { query } = ctx;
	const orgs = query.orgs.flatMap((o) => words$1(o.name).map((w) => stem(w.word)));
	return [.../* @__PURE__ */ new Set([...query.stems, ...orgs])];
}
function answerLead(ctx) {
	const inDocs = inDocuments(askedDocuments(ctx));
	const leads = ctx.knowledge.statements.leads.filter((l) => inDocs(l.span));
	const subject = subjectStems(ctx);
	if (subject.length === 0 && ctx.query.mentionsGms) {
		const cues = /* @__PURE__ */ new Set([...ctx.query.cues, "title:chair"]);
		const chair = answerTitle({
			...ctx,
			query: {
				...ctx.query,
				cues
			}
		});
		if (chair.answered) return chair;
	}
	const own = subject.length > 0 ? ctx.query.ownStems() : [];
	const names = (l) => {
		const stems = leadStems(ctx, l);
		return subject.some((s) => stems.has(s)) || own.some((s) => stems.has(s));
	};
	const ofKind = ofAskedKind(ctx.query.cues);
	const found = (subject.length === 0 ? ctx.query.mentionsGms ? [] : leads : leads.filter(names)).filter((l) => ofKind(l.leader.text));
	const line = (l) => `${l.leader.text} ${ctx.citations.markers([l.span]).text}`;
	if (found.length > 0) {
		const listed = listText(found.slice(0, MAX_LEADS).map(line), ctx.language);
		return {
			intent: "minister",
			answered: true,
			text: say(ctx.language, `Enligt dokumenten leds arbetet av ${listed}.`, `According to the documents, the work is led by ${listed}.`),
			figures: []
		};
	}
	const work = ctx.query.asked || (ctx.query.mentionsGms ? "GMS" : "");
	const none = work === "" ? say(ctx.language, "Dokumenten säger inte vem som leder det.", "The documents do not say who leads it.") : say(ctx.language, `Dokumenten säger inte vem som leder ”${work}”.`, `The documents do not say who leads “${work}”.`);
	if (leads.length === 0) return decline("minister", none);
	const others = listText(leads.slice(0, MAX_LEADS).map((l) => `${l.leader.text} ${ctx.citations.markers([l.span]).text}`), ctx.language);
	return decline("minister", `${none} ${say(ctx.language, `De nämner bara vem som leder delar av arbetet: ${others}.`, `They name only who leads parts of the work: ${others}.`)}`);
}
// dist/bot/answers/next-decision.js
/**
* "när kommer nästa beslut?", "when will the government decide on 2029?": no document dates a coming
* decision, so the answer says so, quotes what they say is not decided yet, and gives the latest decision;
* with a year asked, that year's state (decided, or only estimated).
*/
function answerNextDecision(ctx) {
	if (ctx.query.years.length > 0) return answerDecidedYear(ctx);
	const pending = pendingAbout(ctx, null).filter((p) => !decidedSince(ctx, p));
	const items = pending.map((p) => `• ${quoted$2(ctx, p)}`);
	const latest = answerLatestDecision(ctx);
	const lines = [
		say(ctx.language, "Dokumenten anger inget datum för nästa beslut.", "The documents give no date for the next decision."),
		...pending.length > 0 ? [say(ctx.language, "De säger att detta inte är beslutat ännu:", "They say this is not decided yet (quoted in Swedish):"), ...items] : [],
		...latest ? [latest.text] : []
	];
	return {
		intent: "decision",
		answered: pending.length > 0 || latest !== null,
		text: lines.join("\n"),
		figures: latest?.figures ?? []
	};
}
// dist/bot/answers/people.js
const MAX_NAMES = 8;
const MAX_CITES_PER_NAME$1 = 2;
/** Ministers named in the documents, with their titles and who signed decisions; or the press contacts. */
function answerMinisters(ctx) {
	const { cues } = ctx.query;
	if (askedTitles(cues).length > 0) return answerTitle(ctx);
	if (cues.has("lead") && !cues.has("minister")) return answerLead(ctx);
	if (cues.has("press")) return answerPress(ctx);
	const said = answerSaid(ctx, "minister");
	if (said) return said;
	if (cues.has("whoIs") || ctx.query.people.length > 0 && cues.has("who")) {
		if (!cues.has("minister") && !cues.has("author")) return answerPerson(ctx);
	}
	if (cues.has("asker")) return answerRole(ctx, "questioner");
	if (cues.has("author")) return answerRole(ctx, "author");
	const reply = cues.has("answered") ? answerReply(ctx) : null;
	if (reply) return reply;
	const inDocs = inDocuments(askedDocuments(ctx));
	const people = ctx.knowledge.statements.people;
	const ministers = people.filter((p) => p.role === "minister" && inDocs(p.span));
	const signers = people.filter((p) => p.role === "signer" && inDocs(p.span));
	if (ministers.length === 0 && signers.length === 0) return decline("minister", askedDocuments(ctx) === null ? say(ctx.language, "Dokumenten namnger ingen minister.", "The documents name no minister.") : say(ctx.language, "Dokumenten om det du frågar om namnger ingen minister.", "The documents about what you asked name no minister."));
	const named = byName(ministers).map(([name, group]) => `${name} (${group[0]?.title ?? ""}) ${ctx.citations.markers(spans(group, false)).text}`);
	const lines = named.length === 0 ? [] : [say(ctx.language, `Ministrar i dokumenten: ${listText(named, "sv")}.`, `Ministers in the documents: ${listText(named, "en")}.`)];
	if (signers.length > 0) lines.push(signerLine(ctx, signers));
	return {
		intent: "minister",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
/** People grouped by name in order of first mention, at most a few names. */
function byName(people) {
	const groups = /* @__PURE__ */ new Map();
	for (const p of people) {
		const group = groups.get(p.name);
		if (group) group.push(p);
		else groups.set(p.name, [p]);
	}
	return [...groups.entries()].slice(0, MAX_NAMES);
}
/** The lines that name them, a couple per person; with the heading over a signature or contact. */
function spans(group, withContext) {
	return group.slice(0, MAX_CITES_PER_NAME$1).flatMap((p) => withContext ? [...p.context.slice(0, 1), p.span] : [p.span]);
}
const MINISTER_TITLE = /statsråd|minist/i;
function signerLine(ctx, signers) {
	const ministers = signers.filter((p) => MINISTER_TITLE.test(p.title ?? ""));
	const asked = ctx.query.cues.has("minister") && ministers.length > 0 ? ministers : signers;
	const names = byName(asked).map(([name, group]) => {
		return `${name}${group[0]?.title ? ` (${group[0].title})` : ""} ${ctx.citations.markers(spans(group, true)).text}`;
	});
	if (asked.every((p) => p.role === "signatory")) return say(ctx.language, `Undertecknat av ${listText(names, "sv")}.`, `Signed by ${listText(names, "en")}.`);
	return say(ctx.language, `Regeringsbeslut undertecknat av ${listText(names, "sv")}.`, `Government decision signed by ${listText(names, "en")}.`);
}
/** "Who is the press contact for the April 2026 decision?": the contacts of the documents asked about. */
function answerPress(ctx) {
	const inDocs = inDocuments(decisionDocuments(ctx) ?? publishedIn(ctx) ?? yearDecisionDocuments(ctx) ?? ofAskedYears(ctx, askedDocuments(ctx)));
	const all = ctx.knowledge.statements.people.filter((p) => p.role === "press-contact" || p.role === "contact");
	const press = all.filter((p) => p.role === "press-contact" && inDocs(p.span));
	const listed = press.length > 0 ? press : all.filter((p) => inDocs(p.span));
	const orgs = ctx.query.orgs.map((o) => o.name.toLowerCase());
	const ofOrg = (p) => orgs.some((o) => namesWord(p.title?.toLowerCase() ?? "", o));
	const found = orgs.length === 0 ? listed : all.filter(ofOrg);
	if (found.length === 0) return decline("minister", say(ctx.language, "Dokumenten anger ingen presskontakt.", "The documents name no press contact."));
	const names = byName(found).map(([name, group]) => {
		return `${name}${group[0]?.title ? ` (${group[0].title})` : ""} ${ctx.citations.markers(spans(group, false)).text}`;
	});
	return {
		intent: "minister",
		answered: true,
		text: say(ctx.language, `Presskontakt enligt dokumenten: ${listText(names, "sv")}.`, `Press contact named in the documents: ${listText(names, "en")}.`),
		figures: []
	};
}
/**
* "presskontakt för 2027-beslutet": the documents telling a government decision on that year's money (else
* one taken that year); a steering group's split of the money is no such decision. Null when no decision
* or no year is asked.
*/
function yearDecisionDocuments(ctx) {
	const years = ctx.query.years;
	if (!ctx.query.cues.has("decision") || years.length === 0) return null;
	const government = ctx.knowledge.statements.decisions.filter((d) => isGovernment(d.decidedBy));
	const deciding = new Set(government.map((d) => d.span.docId));
	const owners = [...yearOwners(ctx, years)].filter((id) => deciding.has(id));
	if (owners.length > 0) return new Set(owners);
	const taken = government.filter((d) => years.includes(d.date?.year ?? 0));
	return taken.length > 0 ? new Set(taken.map((d) => d.span.docId)) : null;
}
/**
* "presskontakt för 2025 pressmeddelandet": a document kind dated by its year is the one published then;
* "press contact for the 2027 money": the documents granting that year's money. Else the asked kind's.
*/
function ofAskedYears(ctx, kind) {
	const years = ctx.query.years;
	if (years.length === 0) return kind;
	const published = ctx.knowledge.documents.filter((d) => years.includes(Number((d.published ?? "").slice(0, 4)))).map((d) => d.id).filter((id) => kind?.has(id) ?? true);
	const dated = ctx.query.docKinds.length > 0;
	const docs = kind ? new Set(dated ? published : []) : yearOwners(ctx, years);
	return docs.size > 0 ? docs : kind;
}
/**
* "presskontakt pm 17 dec": the documents published in the asked month, in the asked year when one is;
* null when the question names no month or no document is so dated.
*/
function publishedIn(ctx) {
	const month = askedMonth(ctx);
	if (month === null) return null;
	const inMonth = ctx.knowledge.documents.map((d) => ({
		id: d.id,
		date: (d.published ?? "").split("-").map(Number)
	})).filter((d) => d.date[1] === month);
	const inYear = inMonth.filter((d) => ctx.query.years.includes(d.date[0] ?? 0));
	const chosen = inYear.length > 0 ? inYear : inMonth;
	return chosen.length > 0 ? new Set(chosen.map((d) => d.id)) : null;
}
/**
* "the april 2026 decision": the documents that tell a decision dated in that month (and year); null
* when the question names no month.
*/
function decisionDocuments(ctx) {
	const month = askedMonth(ctx);
	if (month === null) return null;
	const years = ctx.query.years;
	const docs = new Set(ctx.knowledge.statements.decisions.filter((d) => d.date?.month === month && (years.length === 0 || years.includes(d.date.year ?? 0))).map((d) => d.span.docId));
	return docs.size > 0 ? docs : null;
}
/** The decisions the documents tell of: who signed, who got copies, when, or the sentences themselves. */
function answerDecisions(ctx) {
	const docs = askedDocuments(ctx) ?? orgDocuments(ctx);
	const signed = inDocuments(decidedIn(ctx) ?? docs);
	const ofKind = ctx.query.docKinds.length > 0 ? inDocuments(new Set(referenced(ctx).map((d) => d.id))) : null;
	const decisionSigners = ctx.knowledge.statements.people.filter((p) => p.role === "signer" && signed(p.span) && (ofKind?.(p.span) ?? true));
	const signers = decisionSigners.length > 0 || ofKind === null ? decisionSigners : ctx.knowledge.statements.people.filter((p) => p.role === "signatory" && ofKind(p.span));
	if (ctx.query.cues.has("signed") && signers.length > 0) return {
		intent: "decision",
		answered: true,
		text: signerLine(ctx, signers),
		figures: []
	};
	if (ctx.query.cues.has("copy")) return answerCopies(ctx, docs);
	if (ctx.query.cues.has("press")) return answerPress(ctx);
	const decisions = inAskedMonth(ctx, adoptionsFirst(ctx, notAfterYears(ctx, byAskedDecider(ctx, relevantDecisions(ctx, docs)))));
	if (ctx.query.cues.has("next")) return answerNextDecision(ctx);
	const notYet = answerNotDecided(ctx, ctx.knowledge.statements.decisions);
	if (notYet) return notYet;
	if (ctx.query.cues.has("when")) {
		const when = whenLine(ctx, decisions);
		if (when) return {
			intent: "decision",
			answered: true,
			text: when,
			figures: []
		};
	}
	const latest = ctx.query.cues.has("latest") ? answerLatestDecision(ctx) : null;
	if (latest) return latest;
	const byYear = asksYearDecision(ctx) ? answerYearDecisions(ctx) : null;
	if (byYear) return byYear;
	const chosen = decisions.slice(0, 8);
	if (chosen.length === 0) return decline("decision", noDecisionLine(ctx));
	const lines = chosen.map((d) => `• ${ctx.citations.markers([d.span]).text} ${shorten(d.span.text, 160)}`);
	const { figures, notes } = askedMonth(ctx) === null ? {
		figures: [],
		notes: []
	} : decisionFigures(ctx, chosen);
	lines.forEach((line, i) => {
		lines[i] = `${line}${notes[i] ?? ""}`;
	});
	lines.unshift(say(ctx.language, "Beslut som dokumenten beskriver:", `Decisions the documents describe${swedishQuoteNote(ctx, chosen.map((d) => d.span))}:`));
	const by = ctx.query.cues.has("who") ? byLine(ctx, chosen) : null;
	if (by) lines.unshift(by);
	else {
		const listed = new Set(chosen.map((d) => d.span.docId));
		const theirs = signers.filter((p) => listed.has(p.span.docId));
		if (theirs.length > 0) lines.push(signerLine(ctx, theirs));
	}
	return {
		intent: "decision",
		answered: true,
		text: lines.join("\n"),
		figures
	};
}
/** "Vem fattade beslutet om 2025 års medel?": who decided a year's money, nothing else named. */
function asksYearDecision(ctx) {
	const q = ctx.query;
	return q.cues.has("who") && !q.cues.has("when") && q.years.length > 0 && q.stems.length === 0 && q.topics.length === 0 && q.months.length === 0 && q.orgs.length === 0 && q.amounts.length === 0;
}
/**
* None of the asked time (or document): said so, with the months the documents do date decisions to,
* so "in January 2025" is not read as "no decisions at all".
*/
function noDecisionLine(ctx) {
	const all = ctx.knowledge.statements.decisions;
	if (all.length === 0) return say(ctx.language, "Dokumenten beskriver inga beslut.", "The documents describe no decisions.");
	const months = /* @__PURE__ */ new Map();
	for (const d of all) if (d.date?.year != null && d.date.month != null) months.set(d.date.year * 12 + d.date.month, dateText({
		...d.date,
		day: null
	}, ctx.language));
	const dated = [...months].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
	const shown = dated.slice(0, MAX_NAMES);
	const more = dated.length > shown.length ? say(ctx.language, " m.fl.", " and more") : "";
	const known = shown.length === 0 ? "" : say(ctx.language, ` De daterar beslut till ${listText(shown, "sv")}${more}.`, ` They date decisions to ${listText(shown, "en")}${more}.`);
	return say(ctx.language, `Dokumenten beskriver inget sådant beslut.${known}`, `The documents describe no such decision.${known}`);
}
/** "Vem beslutade …?": who decided, when every decision listed names a decider other than the government. */
function byLine(ctx, decisions) {
	const names = [...new Set(decisions.map((d) => d.decidedBy))];
	const [name] = names;
	if (names.length !== 1 || !name || isGovernment(name)) return null;
	const by = deciderName(name, ctx.language);
	return say(ctx.language, `Beslutet fattades av ${by}.`, `Decided by ${by}.`);
}
/** "Who adopted the annual report?": the adoptions (of a report, a plan) first, anywhere if none is asked. */
function adoptionsFirst(ctx, decisions) {
	if (!ctx.query.cues.has("adopt")) return decisions;
	const adopted = (list) => list.filter((d) => d.kind === "adopted");
	const here = adopted(decisions);
	if (here.length > 0) return here;
	const anywhere = adopted(ctx.knowledge.statements.decisions);
	return anywhere.length > 0 ? anywhere : decisions;
}
/** "fördelningen till Region Örebro län": the documents that state money to, from or via the asked organisation. */
function orgDocuments(ctx) {
	const names = new Set(ctx.query.orgs.map((o) => o.name));
	if (names.size === 0) return null;
	const docs = new Set(ctx.index.entries.filter((e) => [
		e.entry.recipient,
		e.entry.funder,
		e.entry.payer
	].some((n) => n && names.has(n))).flatMap((e) => e.entry.sources.map((s) => s.docId)));
	return docs.size > 0 ? docs : null;
}
const GOVERNMENT = [
	"regeringen",
	"government",
	"ministry"
];
const GOVERNMENT_WORDS = new Set(aliasesOf("org").filter(([alias, name]) => name.toLowerCase() === "regeringen" && !alias.includes(" ")).map(([alias]) => alias));
/** "when did the government decide …": decisions by someone else (a steering group) are not the answer. */
function byAskedDecider(ctx, decisions) {
	const named = decisions.filter((d) => namesDecider(ctx, d.decidedBy));
	if (named.length > 0) return named;
	if (!ctx.query.coverage.used.some((w) => GOVERNMENT_WORDS.has(w))) return decisions;
	const byGovernment = decisions.filter((d) => {
		const by = d.decidedBy?.toLowerCase() ?? "";
		return by === "" || GOVERNMENT.some((g) => by.includes(g));
	});
	return byGovernment.length > 0 ? byGovernment : decisions;
}
const DECIDER_WORD_MIN = 5;
/** The question names the decider by a word of its name other than the government's ("styrgruppen"). */
function namesDecider(ctx, decidedBy) {
	if (!decidedBy) return false;
	const own = decidedBy.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= DECIDER_WORD_MIN && !GOVERNMENT_WORDS.has(w) && w !== "gms");
	const { used, noise } = ctx.query.coverage;
	return [...used, ...noise].some((w) => own.some((o) => w.startsWith(o)));
}
/** "when was the 2025 funding decided": money for a year is decided before that year ends, never after. */
function notAfterYears(ctx, decisions) {
	const { years } = ctx.query;
	if (years.length === 0 || ctx.query.months.length > 0) return decisions;
	const last = Math.max(...years);
	return decisions.filter((d) => (d.date?.year ?? last) <= last);
}
/** "when was the 2024 money decided": the GMS grants of the asked years pick their decisions. */
function yearsGrants(ctx) {
	const { years } = ctx.query;
	if (years.length === 0) return [];
	return entriesOfYears(ctx.index, years).filter((e) => e.gms && (fundingRole(e) === "grant" || fundingRole(e) === "part"));
}
const MAX_WHOLE_DEPTH$1 = 4;
/**
* The decisions in the asked documents; with an amount asked, only those about that amount (or naming
* none: "Regeringen beslutade om pengarna i mars").
*/
function relevantDecisions(ctx, docs) {
	const inDocs = inDocuments(docs);
	const found = ctx.knowledge.statements.decisions.filter((d) => inDocs(d.span));
	const asked = ctx.query.amounts.map((a) => a.valueSek);
	const amounts = new Set(asked.length > 0 ? asked : (askedEntries(ctx) ?? yearsGrants(ctx)).map((e) => e.amountSek));
	if (amounts.size === 0) return found;
	for (const e of askedEntries(ctx) ?? []) {
		if (!amounts.has(e.amountSek)) continue;
		let whole = e.partOf ? ctx.index.byId.get(e.partOf) : void 0;
		for (let depth = 0; whole && depth < MAX_WHOLE_DEPTH$1; depth++) {
			amounts.add(whole.amountSek);
			whole = whole.partOf ? ctx.index.byId.get(whole.partOf) : void 0;
		}
	}
	const about = found.filter((d) => d.amounts.length === 0 ? (d.kind !== "adopted" || ctx.query.cues.has("adopt")) && (d.decidedBy === null || isGovernment(d.decidedBy) || namesDecider(ctx, d.decidedBy)) : d.amounts.some((a) => amounts.has(a.valueSek)));
	return asked.length > 0 || about.some((d) => d.amounts.length > 0) ? about : found;
}
/**
* "När beslutades …?": the best-dated decision first (a decision's own date line, then a full date, then
* a month), with every source that agrees; a source that dates it otherwise is named, not hidden.
*/
function whenLine(ctx, decisions) {
	const dated = decisions.filter((d) => d.date !== null).sort((a, b) => rankDate(b) - rankDate(a));
	const best = dated[0];
	if (!best?.date) return null;
	const agrees = (d) => d.date?.month === best.date?.month && (d.date?.day ?? best.date?.day) === best.date?.day && (d.date?.year ?? best.date?.year) === best.date?.year;
	const same = dated.filter(agrees);
	const other = dated.filter((d) => !agrees(d));
	const by = best.decidedBy ? deciderName(best.decidedBy, ctx.language) : say(ctx.language, "Beslutet", "The decision");
	const cites = ctx.citations.markers(same.flatMap((d) => [d.span, ...d.date ? [d.date.span] : []])).text;
	const date = dateText(best.date, ctx.language);
	const on = best.date.day ? say(ctx.language, "den", "on") : say(ctx.language, "i", "in");
	const lines = [best.decidedBy ? say(ctx.language, `${by} beslutade ${on} ${date} ${cites}.`, `${by} decided ${on} ${date} ${cites}.`) : say(ctx.language, `Beslutet fattades ${on} ${date} ${cites}.`, `The decision was taken ${on} ${date} ${cites}.`)];
	if (other.length > 0) {
		const others = other.map((d) => `${d.date ? dateText(d.date, ctx.language) : ""} ${ctx.citations.markers([d.span]).text}`);
		lines.push(say(ctx.language, `Obs: ${other.length === 1 ? "en källa" : "andra källor"} anger i stället ${listText(others, "sv")}.`, `Note: ${other.length === 1 ? "another source gives" : "other sources give"} ${listText(others, "en")} instead.`));
	}
	return lines.join("\n");
}
/**
* "the 2026 decision", "beslutet i april": the decision documents dated in the asked year and month; null
* when none is or neither is asked.
*/
function decidedIn(ctx) {
	const { years, months } = ctx.query;
	if (years.length === 0 && months.length === 0) return null;
	const docs = new Set(ctx.knowledge.statements.decisions.filter((d) => d.fromDecisionDocument && (years.length === 0 || years.includes(d.date?.year ?? 0)) && (months.length === 0 || months.includes(d.date?.month ?? 0))).map((d) => d.span.docId));
	return docs.size > 0 ? docs : null;
}
/** "Kopia till": who got a copy of the decisions asked about; a decision dated in the asked year first. */
function answerCopies(ctx, docs) {
	const { copies } = ctx.knowledge.statements;
	const inDocs = inDocuments(decidedIn(ctx) ?? docs);
	const found = copies.filter((c) => inDocs(c.span));
	if (found.length === 0) return decline("decision", say(ctx.language, "Dokumenten anger inga kopiemottagare.", "The documents list no copy recipients."));
	const byDoc = /* @__PURE__ */ new Map();
	for (const c of found) byDoc.set(c.span.docId, [...byDoc.get(c.span.docId) ?? [], c]);
	const lines = [...byDoc.values()].map((list) => {
		const heading = list[0]?.heading;
		const marker = ctx.citations.markers([...heading ? [heading] : [], ...list.map((c) => c.span)]).text;
		return `• ${listText(list.map((c) => c.name), ctx.language)} ${marker}`;
	});
	lines.unshift(say(ctx.language, "Kopia av beslutet gick till:", "Copies of the decision went to:"));
	return {
		intent: "decision",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
// dist/bot/answers/per-kind.js
const RECEIVED = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"multi-year-total"
]);
/** Whether the question asks how much organisations of a kind got, naming none of them. */
function asksPerKind(ctx) {
	const q = ctx.query;
	return (q.cues.has("howMuch") || q.cues.has("amount") || q.cues.has("largest") || q.cues.has("smallest")) && noneOfAskedKind(q.cues, ctx.language) !== null && q.orgs.length === 0 && q.stems.length === 0 && q.topics.length === 0;
}
function answerPerKind(ctx) {
	const { years, cues } = ctx.query;
	const ofKind = ofAskedKind(cues);
	const found = ctx.index.entries.map((e) => e.entry).filter((e) => e.recipient !== null && ofKind(e.recipient) && RECEIVED.has(fundingRole(e)) && (e.role !== "multi-year-total" || e.parts.length === 0) && (years.length === 0 || inYears(e, years)) && (e.role !== "multi-year-total" || years.length === 0 || e.years.every((y) => years.includes(y)))).sort(byRecipient);
	if (found.length === 0) {
		const none = noneOfAskedKind(cues, ctx.language) ?? "";
		return decline("amount", say(ctx.language, `Dokumenten anger inga medel till ${none.replace(/^ingen |^inget /, "någon ")}${years.length ? ` ${years.join(", ")}` : ""}.`, `The documents state ${none} receiving money${years.length ? ` in ${years.join(", ")}` : ""}.`));
	}
	const byName = /* @__PURE__ */ new Map();
	for (const e of found) {
		const name = e.recipient ?? "";
		const list = byName.get(name);
		if (list) list.push(e);
		else byName.set(name, [e]);
	}
	const groups = [...byName].map(([name, entries]) => [name, nodeSharesFirst(ctx, entries)]);
	const most = cues.has("largest");
	const least = !most && cues.has("smallest");
	if (most) groups.sort((a, b) => largest(b[1]) - largest(a[1]));
	if (least) groups.sort((a, b) => largest(a[1]) - largest(b[1]));
	const drafts = groups.map(([name, entries]) => ({
		name,
		draft: answerEntries(ctx, entries, false)
	}));
	return {
		intent: "amount",
		answered: true,
		text: (most || least ? mostLine(ctx, groups, most) : "") + drafts.map(({ name, draft }) => `${name}:\n${indent(draft.text)}`).join("\n"),
		figures: drafts.flatMap(({ draft }) => draft.figures)
	};
}
function largest(entries) {
	return Math.max(...entries.map((e) => e.amountSek));
}
/** The organisation with the largest (smallest) amount; amounts are compared as stated, never added up. */
function mostLine(ctx, groups, most) {
	const [first] = groups;
	if (!first) return "";
	const amount = amountText(ctx, largest(first[1]));
	return `${say(ctx.language, `${most ? "Störst" : "Minst"} belopp: ${first[0]}, ${amount}.`, `The ${most ? "largest" : "smallest"} amount: ${first[0]}, ${amount}.`)}\n`;
}
function indent(text) {
	return text.split("\n").map((line) => `  ${line}`).join("\n");
}
/** By recipient, the larger amounts first: each organisation's money together. */
function byRecipient(a, b) {
	return (a.recipient ?? "").localeCompare(b.recipient ?? "", "sv") || b.amountSek - a.amountSek;
}
// dist/bot/answers/excluded.js
const found = /* @__PURE__ */ new WeakMap();
/** The question leaves out an area or an organisation ("exklusive AMR", "not counting Vinnova"). */
function excludesSubject(ctx) {
	const { excluded } = ctx.query;
	return excluded.stems.length + excluded.topics.length + excluded.orgs.length > 0;
}
/** The entries the question leaves out: those about the excluded topic, or given, paid or received by the org. */
function excludedEntries(ctx) {
	let out = found.get(ctx.query);
	if (out) return out;
	const { excluded } = ctx.query;
	out = /* @__PURE__ */ new Set();
	if (excluded.stems.length + excluded.topics.length > 0) {
		const about = {
			...ctx.query,
			stems: excluded.stems,
			topics: excluded.topics,
			unknown: []
		};
		for (const e of matchTopic(about, ctx.index)) out.add(e.entry);
	}
	const names = excluded.orgs.map((o) => ledgerName(ctx, o).toLowerCase());
	if (names.length > 0) {
		for (const { entry } of ctx.index.entries) if ([
			entry.recipient,
			entry.funder,
			entry.payer
		].some((n) => names.includes(n?.toLowerCase() ?? ""))) out.add(entry);
	}
	found.set(ctx.query, out);
	return out;
}
/**
* "(Utan ”medfinansiering”.)": the answer says back what it left out; one that still shows money of the
* excluded area or organisation says it could not leave it out.
*/
function excludedNote(ctx, draft) {
	const { words } = ctx.query.excluded;
	if (words.length === 0 || !draft.answered) return "";
	const list = listText(words.map((w) => say(ctx.language, `”${w}”`, `“${w}”`)), ctx.language);
	const left = [...excludedEntries(ctx)];
	if (draft.figures.some((f) => left.some((e) => e.amountSek === f.amountSek && e.year === f.year))) return say(ctx.language, `(Jag kan inte räkna bort ${list} ur det här svaret.)`, `(I can't leave ${list} out of this answer.)`);
	return say(ctx.language, `(Utan ${list}.)`, `(Not counting ${list}.)`);
}
// dist/bot/answers/totals.js
/** "2021–2024" for consecutive years, "2021, 2022 och 2024" otherwise. */
function spanText(years, language) {
	const first = years[0];
	const last = years.at(-1);
	if (first === void 0 || last === void 0) return "";
	if (first === last) return String(first);
	if (last - first + 1 === years.length) return `${first}–${last}`;
	return listText(years.map(String), language);
}
function itemisedIn(ctx, years) {
	return gmsGrants(ctx, years).reduce((s, g) => s + amountInYears(g, years), 0);
}
/**
* A stated total of GMS's money over years ("54,75 miljoner 2021–2023"); a two-year grant told with its
* yearly shares is one grant's total, never the sum of everything in those years.
*/
function isYearsTotal(e) {
	return e.role === "multi-year-total" && e.gms && e.parts.length === 0;
}
const yearsTotalsOf = /* @__PURE__ */ new WeakMap();
/** The stated multi-year GMS totals, in ledger order: found once per index, not per question. */
function yearsTotals(ctx) {
	let out = yearsTotalsOf.get(ctx.index);
	if (!out) {
		out = ctx.index.entries.map((e) => e.entry).filter(isYearsTotal);
		yearsTotalsOf.set(ctx.index, out);
	}
	return out;
}
/** Stated multi-year GMS totals lying wholly inside the asked years, largest span first, not overlapping. */
function statedInside(ctx, years) {
	const asked = new Set(years);
	const totals = yearsTotals(ctx).filter((e) => e.years.length > 0 && e.years.every((y) => asked.has(y)) && e.amountSek >= itemisedIn(ctx, e.years)).sort((a, b) => b.years.length - a.years.length);
	const covered = /* @__PURE__ */ new Set();
	return totals.filter((t) => {
		if (t.years.some((y) => covered.has(y))) return false;
		for (const y of t.years) covered.add(y);
		return true;
	});
}
/** GMS's own grants (not parts, caps or frames) in the asked years. */
function gmsGrants(ctx, years) {
	const excluded = excludedEntries(ctx);
	return entriesOfYears(ctx.index, [...new Set(years)]).filter((e) => countsAsGrant(e) && !excluded.has(e)).sort(byEntryOrder);
}
/** "Hur mycket fick GMS 2024?", "total 2021–2023": a stated total when one matches, else the sum of grants, each cited. */
function answerYearTotal(ctx) {
	const asked = ctx.query.years;
	if (asked.length === 0) return allYears(ctx);
	const exact = yearsTotals(ctx).find((e) => e.years.join() === asked.join());
	const stated = excludesSubject(ctx) ? [] : exact ? [exact] : statedInside(ctx, asked);
	const covered = new Set(stated.flatMap((t) => t.years));
	const allGrants = gmsGrants(ctx, asked);
	if (stated.length === 0 && allGrants.length === 0) return noGrants(ctx, asked);
	const grantYears = allGrants.flatMap((g) => g.perYear ? g.years.filter((y) => asked.includes(y)) : [g.year ?? 0]);
	const funded = [.../* @__PURE__ */ new Set([...covered, ...grantYears])].sort((a, b) => a - b);
	const years = asked.length > 1 ? funded : asked;
	const lines = [];
	const figures = [];
	if (stated.length > 0) statedLines(ctx, stated, allGrants, asked, lines, figures);
	else grantsTotal(ctx, allGrants, years, lines, figures);
	const missing = asked.length > 1 && asked.length <= 12 ? asked.filter((y) => !funded.includes(y)) : [];
	if (missing.length > 0) {
		const list = spanText(missing, ctx.language);
		lines.push(say(ctx.language, `Dokumenten anger inga medel till GMS för ${list}.`, `The documents state no GMS funding for ${list}.`));
	}
	const apart = keptApart(ctx);
	if (apart) lines.push(apart);
	const draft = {
		intent: "total",
		answered: true,
		text: lines.join("\n"),
		figures
	};
	const rows = [...stated, ...allGrants.filter((g) => !covered.has(g.year ?? 0))];
	const itemised = stated.length > 0 ? [...stated, ...allGrants] : allGrants;
	if (itemised.length < 2 || rows.length === 0) return draft;
	const sum = stated.length === 0 ? figures.find((f) => f.derived) : void 0;
	const tableRows = stated.length > 0 ? itemised : rows;
	const shownRows = MAX_GRANT_LINES + stated.length;
	const summed = sum ? {
		...sum,
		qualifier: sumQualifier(rows)
	} : null;
	const shown = withTable(draft, grantTable(ctx, tableRows.slice(0, shownRows), summed));
	const rest = tableRows.length - shownRows;
	if (rest <= 0 || !shown.blocks) return shown;
	return {
		...shown,
		blocks: [...shown.blocks, {
			kind: "note",
			text: moreGrants(ctx, rest)
		}]
	};
}
/** No stated total: the grants of the years, summed when there are several. */
function grantsTotal(ctx, grants, years, lines, figures) {
	const grantFigures = grants.map((g) => entryFigure(ctx, g).figure);
	if (grants.length > 1) {
		const sum = grants.reduce((s, g) => s + amountInYears(g, years), 0);
		const year = years.length === 1 ? years[0] ?? null : null;
		const label = say(ctx.language, `summa av beviljade medel ${spanText(years, "sv")}`, `sum of grants ${spanText(years, "en")}`);
		const qualifier = sumQualifier(grants);
		figures.push(derivedFigure(sum, year, label, grantFigures, {
			ctx,
			of: qualifier
		}));
		lines.push(sumLine(ctx, void 0, sum, years, qualifier));
	}
	figures.push(...grantFigures);
	const single = grants.length === 1;
	lines.push(...grantLines(ctx, grants, single));
	if (single && grants[0]) lines.push(...partsLines(ctx, grants[0], figures));
}
/**
* Stated totals cover their years ("54,75 miljoner 2021–2023"); grants outside them are added; where the
* itemised grants don't reach a stated total, the answer says how much is not itemised.
*/
function statedLines(ctx, stated, grants, asked, lines, figures) {
	const covered = new Set(stated.flatMap((t) => t.years));
	const outside = grants.filter((g) => g.year !== null && !covered.has(g.year));
	const parts = [...stated, ...outside];
	const partFigures = parts.map((p) => entryFigure(ctx, p).figure);
	if (parts.length > 1) {
		const sum = parts.reduce((s, p) => s + p.amountSek, 0);
		const label = say(ctx.language, `totalt ${spanText(asked, "sv")}`, `total ${spanText(asked, "en")}`);
		const qualifier = sumQualifier(parts);
		const total = qualifiedText(ctx, sum, qualifier);
		figures.push(derivedFigure(sum, null, label, partFigures, {
			ctx,
			of: qualifier
		}));
		lines.push(say(ctx.language, `GMS fick sammanlagt ${total} (uträknat av boten av beloppen nedan):`, `GMS received ${total} in total (computed by the bot from the amounts below):`));
	}
	const gapFigures = [];
	const shownFigures = [];
	const bullet = parts.length > 1 ? "• " : "";
	lines.push(...grantLines(ctx, outside, false));
	for (const t of stated) {
		const { markers } = entryFigure(ctx, t);
		const span = spanText(t.years, ctx.language);
		lines.push(say(ctx.language, `${bullet}GMS fick ${qualifiedText(ctx, t.amountSek, t.qualifier)} totalt under ${span} ${markers}.`, `${bullet}GMS received ${qualifiedText(ctx, t.amountSek, t.qualifier)} in total over ${span} ${markers}.`));
		const itemised = grants.filter((g) => g.years.some((y) => t.years.includes(y)));
		const itemisedSum = itemised.reduce((s, g) => s + amountInYears(g, t.years), 0);
		if (itemisedSum === t.amountSek) continue;
		const label = say(ctx.language, `summa av enskilda beslut ${span}`, `sum of itemised grants ${span}`);
		gapFigures.push(derivedFigure(itemisedSum, null, label, itemised.map((g) => entryFigure(ctx, g).figure)));
		lines.push(sumLine(ctx, t, itemisedSum, t.years, sumQualifier(itemised)), ...grantLines(ctx, itemised, false));
		shownFigures.push(...itemised.map((g) => entryFigure(ctx, g).figure));
	}
	figures.push(...partFigures, ...gapFigures, ...shownFigures);
}
const MAX_GRANT_LINES = 15;
function moreGrants(ctx, rest) {
	return say(ctx.language, `… och ${rest} beslut till (se \`gms-bot ledger\`)`, `… and ${rest} more grants (see \`gms-bot ledger\`)`);
}
function grantLines(ctx, grants, single) {
	if (single) return grants.map((g) => describeEntry(ctx, g));
	const lines = grants.slice(0, MAX_GRANT_LINES).map((g) => `• ${describeEntry(ctx, g)}`);
	const rest = grants.length - MAX_GRANT_LINES;
	if (rest > 0) lines.push(`• ${moreGrants(ctx, rest)}`);
	return lines;
}
function sumLine(ctx, stated, sum, years, qualifier) {
	const s = qualifiedText(ctx, sum, qualifier);
	const asked = Number(ctx.today?.slice(0, 4));
	const coming = Number.isFinite(asked) && years.length > 0 && years.every((y) => y > asked);
	if (!stated) return say(ctx.language, `GMS ${coming ? "får" : "fick"} sammanlagt ${s} ${spanText(years, "sv")} (summan är uträknad av boten):`, `GMS ${coming ? "is to receive" : "received"} ${s} in ${spanText(years, "en")} in total (the sum is computed by the bot):`);
	const gap = amountText(ctx, Math.abs(stated.amountSek - sum));
	if (sum > stated.amountSek) return say(ctx.language, `De enskilda beslut som dokumenten beskriver summerar till ${s}, ${gap} mer än den angivna totalen:`, `The individual grants the documents describe add up to ${s}, ${gap} more than the stated total:`);
	return say(ctx.language, `De enskilda beslut som dokumenten beskriver summerar till ${s}; ${gap} av totalen redovisas inte i något av dokumenten:`, `The individual grants the documents describe add up to ${s}; ${gap} of the total is not itemised in any of the documents:`);
}
function partsLines(ctx, grant, figures) {
	const parts = grant.parts.map((id) => ctx.index.byId.get(id)).filter((p) => !!p && p.role === "part");
	if (parts.length === 0) return [];
	figures.push(...parts.map((p) => entryFigure(ctx, p).figure));
	return [say(ctx.language, "Fördelat så här:", "Split as follows:"), ...parts.map((p) => `• ${describeEntry(ctx, p, { underWhole: true })}`)];
}
/** The years the documents give GMS grants for, as "2021, 2022 och 2024". */
function grantYears(ctx) {
	const years = /* @__PURE__ */ new Set();
	for (const { entry } of ctx.index.entries) if (countsAsGrant(entry) && entry.year !== null) years.add(entry.year);
	return listText([...years].sort().map(String), ctx.language);
}
/** No year asked: every GMS grant the documents state, summed, plus any total they state themselves. */
function allYears(ctx) {
	const years = /* @__PURE__ */ new Set();
	for (const { entry } of ctx.index.entries) if (countsAsGrant(entry) && entry.year !== null) years.add(entry.year);
	if (years.size === 0) return decline("total", say(ctx.language, "Dokumenten anger inga medel till GMS.", "The documents state no GMS funding."));
	const span = [...years].sort((a, b) => a - b);
	const draft = answerYearTotal({
		...ctx,
		query: {
			...ctx.query,
			years: span,
			span: span.length > 1
		}
	});
	const totals = yearsTotals(ctx);
	if (totals.length === 0 || draft.text.includes(amountText(ctx, totals[0]?.amountSek ?? 0))) return draft;
	const told = totals.map((t) => `${amountText(ctx, t.amountSek)} (${t.years[0]}–${t.years.at(-1)}) ${entryFigure(ctx, t).markers}`);
	draft.figures.push(...totals.map((t) => entryFigure(ctx, t).figure));
	const note = say(ctx.language, `Dokumenten anger också totalbelopp: ${listText(told, "sv")}.`, `The documents also state totals: ${listText(told, "en")}.`);
	return {
		...draft,
		text: `${draft.text}\n${note}`
	};
}
function noGrants(ctx, years) {
	const known = grantYears(ctx);
	const none = decline("total", say(ctx.language, `Dokumenten anger inga medel till GMS för ${spanText(years, "sv")}.${known ? ` De anger GMS-medel för ${known}.` : ""}`, `The documents state no GMS funding for ${spanText(years, "en")}.${known ? ` They give GMS funding for ${known}.` : ""}`));
	const planned = estimatesFor(ctx, years);
	if (planned.length === 0) return none;
	const lines = planned.map((e) => describeEntry(ctx, e));
	return {
		...none,
		answered: true,
		text: `${none.text}\n${lines.join("\n")}`,
		figures: planned.map((e) => entryFigure(ctx, e).figure)
	};
}
/** Estimates for the asked years that name no other recipient (a budget bill's "stödet beräknas till …"). */
function estimatesFor(ctx, years) {
	const gms = (name) => name === null || /\bGMS\b/.test(name);
	return entriesOfYears(ctx.index, years).filter((e) => e.role === "estimate" && gms(e.recipient));
}
/** "summa 2026 inkl medfinansiering": another kind of money asked to be included is said to be kept apart. */
function keptApart(ctx) {
	const { cues } = ctx.query;
	if (!cues.has("including") || !KIND_CUES.some((c) => cues.has(c))) return null;
	return say(ctx.language, "(Medfinansiering, beräkningar och ramar läggs aldrig ihop med statens bidrag; fråga om dem för sig.)", "(Co-funding, estimates and frames are never added to the government's grants; ask about them on their own.)");
}
// dist/bot/answers/purpose.js
const PURPOSE_MAX = 200;
/** "What was the 14,5 million for?": every entry of that amount, with what it funds. */
function answerPurpose(ctx) {
	if (ctx.query.amounts.length === 0 && ctx.query.years.length > 0) return answerYearPurposes(ctx);
	const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
	const [only] = amounts;
	const all = (amounts.size === 1 && only !== void 0 ? ctx.index.byAmount.get(only) ?? [] : ctx.index.entries.map((e) => e.entry)).filter((e) => amounts.has(e.amountSek) && inYears(e, ctx.query.years));
	const onTopic = hasTopic(ctx.query) ? matchTopic(ctx.query, ctx.index, (e) => all.includes(e.entry)).map((e) => e.entry) : [];
	const recipient = ctx.query.orgs.length > 0 ? askedRecipient(ctx) : null;
	const theirs = recipient ? all.filter((e) => receivedBy(ctx, recipient).includes(e)) : [];
	if (recipient && theirs.length === 0 && onTopic.length === 0 && all.length > 0) {
		const got = answerRecipientAmounts(ctx, recipient, null, /* @__PURE__ */ new Set(["grant", "part"]));
		if (got.answered) {
			const asked = [...amounts].map((a) => amountText(ctx, a)).join(", ");
			const lead = say(ctx.language, `Nej, dokumenten anger inga ${asked} till ${recipient}. De anger:`, `No, the documents state no ${asked} for ${recipient}. They state:`);
			return {
				...got,
				intent: "purpose",
				text: `${lead}\n${got.text}`
			};
		}
	}
	const found = onTopic.length > 0 ? onTopic.slice(0, 1) : theirs.length > 0 ? theirs : all;
	const total = found.find((e) => e.role === "total" || e.role === "multi-year-total");
	if (total && found.length === 1 && ctx.query.cues.has("total") && total.years.length > 0) return answerYearTotal({
		...ctx,
		query: {
			...ctx.query,
			years: total.years,
			span: total.years.length > 1,
			amounts: []
		}
	});
	if (found.length === 0) {
		const asked = [...amounts].map((a) => amountText(ctx, a)).join(", ");
		const near = nearestAmounts(ctx, [...amounts]);
		const hint = near.length === 0 ? "" : say(ctx.language, ` Närmast i dokumenten: ${near.join(", ")}.`, ` The nearest in the documents: ${near.join(", ")}.`);
		return decline("purpose", say(ctx.language, `Inget av dokumenten nämner beloppet ${asked}.${hint}`, `None of the documents mentions ${asked}.${hint}`));
	}
	const notDecided = estimateOnly(ctx, found);
	if (notDecided) return notDecided;
	const lines = found.map((e) => {
		const described = describeEntry(ctx, e, { purposeMax: PURPOSE_MAX });
		const aim = statedAim(ctx, e);
		const line = aim ? `${described} ${aim}` : described;
		return found.length > 1 ? `• ${line}` : line;
	});
	if (found.length > 1) lines.unshift(say(ctx.language, `Dokumenten nämner ${found.length} belopp på ${amountText(ctx, found[0]?.amountSek ?? 0)}:`, `The documents mention ${found.length} amounts of ${amountText(ctx, found[0]?.amountSek ?? 0)}:`));
	return {
		intent: "purpose",
		answered: true,
		text: lines.join("\n"),
		figures: found.map((e) => entryFigure(ctx, e).figure)
	};
}
/**
* "did the govt give gms 85 million for 2028??": an amount only a budget bill estimates was not given: no,
* with the estimate, then the grant decided for those years (each cited); null when that is not the case.
*/
function estimateOnly(ctx, found) {
	if (!ctx.query.cues.has("yesNo") || found.length === 0) return null;
	if (!found.every((e) => e.role === "estimate")) return null;
	const years = [...new Set(found.flatMap((e) => e.years))];
	const decided = ctx.index.entries.map((x) => x.entry).filter((e) => e.gms && countsAsGrant(e) && e.years.some((y) => years.includes(y)));
	if (decided.length === 0) return null;
	const estimates = found.map((e) => describeEntry(ctx, e)).join(" ");
	const decidedLines = decided.map((e) => `• ${describeEntry(ctx, e)}`);
	const decidedFor = say(ctx.language, `Beslutat för ${years.join(", ")}:`, `Decided for ${years.join(", ")}:`);
	const given = ctx.query.cues.has("gives") || ctx.query.cues.has("receives");
	const no = say(ctx.language, "Nej.", "No.");
	const shown = given ? [...decided, ...found] : [...found, ...decided];
	return {
		intent: "purpose",
		answered: true,
		text: (given ? [
			`${no} ${decidedFor}`,
			...decidedLines,
			estimates
		] : [
			`${no} ${estimates}`,
			decidedFor,
			...decidedLines
		]).join("\n"),
		figures: shown.map((e) => entryFigure(ctx, e).figure)
	};
}
const AIM_REACH = 1;
/** The document's own "Syftet är …" sentence right after the entry's source sentence, quoted and cited. */
function statedAim(ctx, entry) {
	const aim = purposesOf(ctx, new Set(entry.sources.map((s) => s.docId))).find((p) => entry.sources.some((s) => s.docId === p.span.docId && p.span.start >= s.end && p.span.start - s.end <= AIM_REACH));
	if (!aim) return null;
	const marker = ctx.citations.markers([aim.span]).text;
	return say(ctx.language, `Syfte: “${oneLine(aim.span.text)}” ${marker}`, `Purpose: “${oneLine(aim.span.text)}” ${marker}`);
}
/** "vad är syftet med pengarna 2027": each of the year's GMS grants with what it funds and its stated aim. */
function answerYearPurposes(ctx) {
	const grants = yearGrants(ctx, ctx.query.years, true);
	if (grants.length === 0) return decline("purpose", say(ctx.language, "Dokumenten anger inga medel till GMS för det året.", "The documents state no GMS funding for that year."));
	return {
		intent: "purpose",
		answered: true,
		text: grants.map((e) => {
			const described = describeEntry(ctx, e, { purposeMax: PURPOSE_MAX });
			const aim = statedAim(ctx, e);
			return `• ${aim ? `${described} ${aim}` : described}`;
		}).join("\n"),
		figures: grants.map((e) => entryFigure(ctx, e).figure)
	};
}
const purposesByDoc = /* @__PURE__ */ new WeakMap();
/** The stated aims of some documents, in statement order: grouped by document once per knowledge. */
function purposesOf(ctx, docs) {
	const all = ctx.knowledge.statements.purposes;
	let byDoc = purposesByDoc.get(all);
	if (!byDoc) {
		byDoc = /* @__PURE__ */ new Map();
		for (const p of all) {
			const list = byDoc.get(p.span.docId);
			if (list) list.push(p);
			else byDoc.set(p.span.docId, [p]);
		}
		purposesByDoc.set(all, byDoc);
	}
	if (docs.size === 1) return byDoc.get([...docs][0] ?? "") ?? [];
	return all.filter((p) => docs.has(p.span.docId));
}
/** "the 7 million": amounts within a fifth of the asked one, each with its source, so a misremembered figure finds its way. */
function nearestAmounts(ctx, asked) {
	const close = /* @__PURE__ */ new Map();
	for (const { entry } of ctx.index.entries) if (asked.some((a) => Math.abs(entry.amountSek - a) <= a * .2) && !close.has(entry.amountSek)) close.set(entry.amountSek, entry);
	return [...close.values()].sort((a, b) => a.amountSek - b.amountSek).slice(0, 3).map((e) => `${amountText(ctx, e.amountSek)} ${entryFigure(ctx, e).markers}`);
}
// dist/bot/answers/repaid.js
/** The amounts paid back, of the asked years and organisations where the documents say; null when none is told. */
function answerRepaid(ctx) {
	const { query } = ctx;
	if (!query.cues.has("repay") || !(query.cues.has("howMuch") || query.cues.has("amount"))) return null;
	if (query.orgs.length === 0 && query.years.length === 0) return null;
	const names = query.orgs.map((o) => o.name.toLowerCase());
	const years = query.years.map(String);
	const told = (r) => `${r.span.text} ${r.said?.text ?? ""}`.toLowerCase();
	const byId = documentsByIdOf(ctx.knowledge);
	const docHead = (r) => {
		return `${byId.get(r.span.docId)?.title ?? ""} ${r.opening.text}`.toLowerCase();
	};
	const found = ctx.knowledge.statements.repayments.filter((r) => (years.length === 0 || years.some((y) => told(r).includes(y))) && (names.length === 0 || names.some((n) => told(r).includes(n) || docHead(r).includes(n))));
	if (found.length === 0) return null;
	const figures = [];
	const items = found.map((r) => {
		const { ids, text: marks } = ctx.citations.markers([r.span, ...r.said ? [r.said] : []]);
		for (const a of r.amounts) figures.push({
			amountSek: a.valueSek,
			year: null,
			label: say(ctx.language, "betalades tillbaka", "paid back"),
			derived: false,
			citations: ids
		});
		return `${r.amounts.map((a) => amountText(ctx, a.valueSek)).join(", ")} ${marks}`;
	});
	return {
		intent: "amount",
		answered: true,
		text: [say(ctx.language, "Pengar som inte förbrukades och betalades tillbaka (inget anslag, ingår i ingen summa):", "Money left unspent and paid back (no grant, in no sum):"), ...items.map((i) => `• ${i}`)].join("\n"),
		figures
	};
}
// dist/bot/answers/requisitioned.js
/**
* "hur mycket ska SoS rekvirera 2026": the money whose requisition the documents give to the asked
* organisation ("Socialstyrelsen ska rekvirera medlen …"): the amounts that sentence names, else its
* document's GMS grants of the asked years; null when no requisitioner is asked or none is told.
*/
function answerRequisitioned(ctx) {
	const org = ctx.query.orgs.find((o) => o.role === "requisitioner");
	if (!org || !ctx.query.cues.has("requisition")) return null;
	const told = ctx.knowledge.statements.channels.filter((c) => c.kind === "requisitions" && c.organisation === org.name);
	const years = ctx.query.years;
	const found = /* @__PURE__ */ new Map();
	for (const c of told) {
		const named = new Set(c.amounts.map((a) => a.valueSek));
		for (const { entry } of ctx.index.entries) {
			if (!countsAsGrant(entry) || found.has(entry)) continue;
			if (!(named.size > 0 ? named.has(entry.amountSek) && entry.sources.some((s) => s.docId === c.span.docId) : inYears(entry, years) && yearOwners(ctx, entry.years, [entry]).has(c.span.docId))) continue;
			found.set(entry, c);
		}
	}
	const entries = withoutNested([...found.keys()]);
	if (entries.length === 0) return null;
	const lines = entries.map((e) => describeEntry(ctx, e));
	const quotes = [...new Set(found.values())].map((c) => quotedLine(ctx, c.span));
	return {
		intent: "amount",
		answered: true,
		text: [
			...lines,
			say(ctx.language, `${org.name} rekvirerar medlen:`, `${org.name} requisitions the money:`),
			...quotes.map((q) => `• ${q}`)
		].join("\n"),
		figures: entries.map((e) => entryFigure(ctx, e).figure)
	};
}
// dist/bot/answers/amount.js
/**
* "is gms funded by the eu": a giver none of whose money the documents tell as GMS's is said so first, before
* what it does give.
*/
function withNoneToGms(ctx, funder, draft) {
	if (!draft.answered || !ctx.query.mentionsGms || funder === "GMS") return draft;
	if (givenBy(ctx, ledgerName(ctx, funder)).some((e) => e.gms)) return draft;
	return withLead(draft, say(ctx.language, `Nej, dokumenten anger inga medel från ${funder} till GMS. Det ${funder} ger enligt dokumenten:`, `No, the documents state no money from ${funder} to GMS. What ${funder} gives, according to the documents:`));
}
/** "anslagsposten 33": only the frame booked against that numbered line, when one is named. */
function onBudgetLine(ctx, e) {
	const line = ctx.query.budgetLine;
	return !line || budgetLinesOf(ctx, e).some((b) => b.post === line);
}
/** "16 miljoner till …": when the question names an amount, only entries of that amount. */
function amountAsked(ctx, e) {
	return ctx.query.amounts.length === 0 || ctx.query.amounts.some((a) => a.valueSek === e.entry.amountSek);
}
/**
* "totalen 2019 inklusive regionerna": a total the documents state for the asked years, with the grants
* and co-funding its documents tell beside it; the bot adds nothing up itself.
*/
function statedTotalIncluding(ctx) {
	const { cues, years } = ctx.query;
	if (!(cues.has("total") || cues.has("cofund")) || !cues.has("including") || years.length === 0) return [];
	const inYear = entriesOfYears(ctx.index, years);
	const totals = inYear.filter((e) => e.role === "total" && e.gms);
	const docs = new Set(totals.flatMap((t) => t.sources.map((s) => s.docId)));
	const beside = inYear.filter((e) => (e.role === "co-funding" || fundingRole(e) === "grant" && e.gms) && e.sources.some((s) => docs.has(s.docId)));
	return totals.length > 0 ? [...totals, ...beside] : [];
}
/**
* "hur mycket får örebro inkl egna pengar 2027": what the organisation received and what it puts in
* itself, side by side; its own money is co-funding, never added to what it got.
*/
function receivedWithOwn(ctx) {
	const { cues } = ctx.query;
	if (!cues.has("including") || !(cues.has("cofund") || cues.has("ownMoney"))) return [];
	const org = ctx.query.orgs.find((o) => o.role !== "payer");
	if (!org) return [];
	const name = ledgerName(ctx, org.name);
	const got = receivedBy(ctx, name);
	const own = givenBy(ctx, name).filter((e) => e.role === "co-funding");
	return got.length > 0 && own.length > 0 ? [...got, ...own] : [];
}
/** The shares, on the question's topic, of a whole whose amount the question names. */
function sharesOfAskedWhole(ctx) {
	const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
	if (asked.size === 0) return [];
	const wholes = new Set(ctx.index.entries.filter((e) => asked.has(e.entry.amountSek)).map((e) => e.entry.id));
	const isShare = (e) => e.entry.partOf !== null && wholes.has(e.entry.partOf) && !asked.has(e.entry.amountSek);
	return matchTopic(ctx.query, ctx.index, isShare).map((e) => e.entry);
}
/** Which kinds of money a question is about: the agency's own cap, budget lines, or grants and their parts. */
function wantedRoles(ctx) {
	const { cues } = ctx.query;
	const ownForGms = cues.has("ownMoney") && ctx.query.mentionsGms && ctx.query.orgs.some((o) => o.name !== "GMS" && o.name !== "regeringen");
	const givesOwn = cues.has("gives") && (cues.has("ownMoney") || cues.has("ownWork")) || ownForGms;
	if (cues.has("cofund") || givesOwn) return /* @__PURE__ */ new Set(["co-funding"]);
	if (cues.has("ownWork")) return /* @__PURE__ */ new Set(["agency-cap"]);
	if (cues.has("frame")) return /* @__PURE__ */ new Set(["budget-frame"]);
	if (cues.has("estimate")) return /* @__PURE__ */ new Set(["estimate"]);
	return /* @__PURE__ */ new Set(["grant", "part"]);
}
/** An amount asked with no subject and no year ("the 84m"). */
function amountAlone(query) {
	return query.amounts.length > 0 && !hasTopic(query) && query.years.length === 0;
}
/** "How much went to barncancer 2022?": the figures for a topic (and year), or a plain "not in the documents". */
function answerAmount(ctx) {
	const { query } = ctx;
	if (asksNotGms(ctx)) return answerNotGms(ctx);
	if (asksPerKind(ctx)) return answerPerKind(ctx);
	const perPayer = asksPerPayer(query) ? answerPerPayer(ctx) : null;
	if (perPayer) return perPayer;
	if (asksDecidedMonth(query)) return answerDecidedIn(ctx);
	if (asksTopicInMonth(query)) return answerTopicInMonth(ctx);
	if (asksAnnouncedMonth(query)) return answerAnnouncedIn(ctx);
	const foreign = answerForeign(ctx);
	if (foreign) return foreign;
	const requisitioned = answerRequisitioned(ctx);
	if (requisitioned) return requisitioned;
	const handedOn = answerPassedOn(ctx);
	if (handedOn) return handedOn;
	const repaid = answerRepaid(ctx);
	if (repaid) return repaid;
	if (query.names.length > 0) return answerNamed(ctx);
	if (onlyGenericArea(ctx)) return answerGenericArea(ctx);
	const statedWhole = statedTotalIncluding(ctx);
	if (statedWhole.length > 0) return answerEntries(ctx, statedWhole, false);
	const withOwn = receivedWithOwn(ctx);
	if (withOwn.length > 0) return answerEntries(ctx, withOwn, false);
	if (asksAgainstEstimate(query)) return answerAgainstEstimate(ctx, amountAlone(query) ? answerPurpose : answerAmount);
	const roles = wantedRoles(ctx);
	const byOrg = !hasTopic(query) || query.orgs.some((o) => o.role === "recipient");
	const each = roles.has("grant") && !hasTopic(query) ? namedRecipients(ctx) : null;
	if (each) return answerEachRecipient(ctx, each, roles);
	const recipient = roles.has("grant") && byOrg ? askedRecipient(ctx) : null;
	const funder = askedFunder(ctx);
	if (recipient) return answerRecipientAmounts(ctx, recipient, funder, roles);
	if (funder && roles.has("agency-cap") && query.orgs.some((o) => o.role === "any") && !capNaming(ctx, funder)) return noOwnWorkCap(ctx, funder);
	if (funder && !hasTopic(query)) return withNoneToGms(ctx, funder, answerFunderAmounts(ctx, funder, roles));
	if (!hasTopic(query) || !roles.has("grant")) {
		if (roles.has("grant") && (query.years.length > 0 || query.mentionsGms) && query.foreign.length === 0) return answerYearTotal(ctx);
		if (!roles.has("grant")) return answerKind(ctx, roles);
		return decline("amount", say(ctx.language, `Vilket område eller år undrar du över? ${hint(ctx)}`, `Which area or year do you mean? ${hint(ctx)}`));
	}
	const share = sharesOfAskedWhole(ctx);
	if (share.length > 0) return answerEntries(ctx, share, false);
	const overYears = (e) => roles.has("grant") && e.entry.role === "multi-year-total" && e.entry.parts.length === 0 && amountAsked(ctx, e);
	const wanted = (e) => roles.has(fundingRole(e.entry)) && amountAsked(ctx, e) || query.years.length === 0 && overYears(e);
	const inAskedYears = (accept) => (e) => accept(e) && inYears(e.entry, query.years);
	const known = query.unknown.length === 0;
	let inYear = known ? matchTopic(query, ctx.index, inAskedYears(wanted)) : [];
	let correction = "";
	if (inYear.length === 0 && known && query.amounts.length > 0) {
		inYear = matchTopic(query, ctx.index, inAskedYears((e) => roles.has(fundingRole(e.entry))));
		if (inYear.length > 0) correction = notThatAmount(ctx);
	}
	const ownStems = inYear.length === 0 && known ? query.ownStems() : [];
	if (ownStems.length > 0) inYear = matchTopic({
		...query,
		stems: ownStems,
		topics: []
	}, ctx.index, inAskedYears(wanted));
	const giver = query.orgs.find((o) => o.role === "funder");
	if (giver && inYear.length > 0) {
		const name = ledgerName(ctx, giver.name);
		const given = new Set(givenBy(ctx, name));
		const theirs = inYear.filter((e) => given.has(e.entry));
		if (theirs.length > 0) inYear = theirs;
		else if (name === "GMS" && inYear.some((e) => e.entry.gms)) inYear = inYear.filter((e) => e.entry.gms);
		else if (given.size > 0) return noneOnTopicFrom(ctx, name, roles);
	}
	if (inYear.length === 0 && known) inYear = matchTopic(query, ctx.index, inAskedYears(overYears));
	if (inYear.length === 0) return nothingInYears(ctx, known ? matchTopic(query, ctx.index, wanted) : []);
	const draft = answerEntries(ctx, theirsOnly(ctx, inYear), query.cues.has("total"));
	return correction ? {
		...draft,
		text: `${correction}\n${draft.text}`
	} : draft;
}
function noneOnTopicFrom(ctx, giver, roles) {
	const topic = askedAbout(ctx);
	const lead = say(ctx.language, `Jag hittar inga medel från ${giver} som dokumenten knyter till ${topic}. Det ${giver} ger enligt dokumenten:`, `I find no money from ${organisationName(giver, "en")} that the documents tie to ${topic}. What ${organisationName(giver, "en")} gives, according to the documents:`);
	return withLead(answerFunderAmounts(ctx, giver, roles), lead);
}
/**
* "hur mycket medfinansierar västerbotten själv": of co-funding, what the asked organisation gives itself
* when it gives any, before co-funding others put into its work.
*/
function ownCoFunding(ctx, roles, entries) {
	const org = ctx.query.orgs[0];
	if (!org || !roles.has("co-funding")) return entries;
	const name = ledgerName(ctx, org.name).toLowerCase();
	const own = entries.filter((e) => e.funder?.toLowerCase() === name);
	return own.length > 0 ? own : entries;
}
/** "medfinansiering 2027?", "vad får Socialstyrelsen använda?": money of one kind other than grants. */
function answerKind(ctx, roles) {
	const { query } = ctx;
	const ofYears = (years) => ctx.index.entries.filter((e) => roles.has(e.entry.role) && inYears(e.entry, years)).map((e) => e.entry).filter((e) => onBudgetLine(ctx, e) && ofAskedOrganisation(ctx, e)).sort((a, b) => Number(ofYearsOnly(b, years)) - Number(ofYearsOnly(a, years)));
	const onTopic = hasTopic(query) ? new Set(matchTopic(query, ctx.index, (e) => roles.has(e.entry.role)).map((e) => e.entry)) : /* @__PURE__ */ new Set();
	const all = ownCoFunding(ctx, roles, ofYears(query.years));
	const found = all.some((e) => onTopic.has(e)) ? all.filter((e) => onTopic.has(e)) : all;
	const wantsSum = query.cues.has("total");
	if (found.length === 0 && query.yearsFromConversation && query.orgs.length > 0) {
		const other = ofYears([]);
		if (other.length > 0) {
			const draft = answerEntries(ctx, other, wantsSum);
			const years = listText(query.years.map(String), ctx.language);
			const lead = say(ctx.language, `Dokumenten anger inget sådant för ${years}. De anger:`, `The documents state none for ${years}. They state:`);
			return {
				...draft,
				text: `${lead}\n${draft.text}`
			};
		}
	}
	return answerEntries(ctx, found, wantsSum);
}
/** "total EU grant for SHARE-GEN?": money whose sentences name the project, else what the documents say of it. */
function answerNamed(ctx) {
	const names = ctx.query.names.map((n) => n.toLowerCase());
	const named = ctx.index.entries.map((e) => e.entry).filter((e) => inYears(e, ctx.query.years) && quotesName(e, ...names));
	if (named.length > 0) return answerEntries(ctx, named, false);
	const byWho = namedProjectMoney(ctx, names);
	if (byWho.length > 0) return answerEntries(ctx, byWho, false);
	return answerForeign(ctx, false) ?? answerPassages(ctx);
}
/**
* "how much does GMS put into SHARE-GEN": in the documents that name the project, what the asked giver
* put in or the asked receiver got; nothing when the question names neither.
*/
function namedProjectMoney(ctx, names) {
	const writers = projectNamesOf(ctx.knowledge.documents);
	const docs = new Set(names.flatMap((n) => [...writers.get(n) ?? []]));
	if (docs.size === 0) return [];
	const inDocs = (e) => e.sources.some((s) => docs.has(s.docId));
	const funder = askedFunder(ctx);
	if (funder) return givenBy(ctx, funder).filter(inDocs);
	const recipient = ctx.query.orgs.length > 0 ? askedRecipient(ctx) : null;
	return recipient ? receivedBy(ctx, recipient).filter(inDocs) : [];
}
/**
* "How much was announced in December 2026?": the GMS money whose first document was published that
* month; a later document retelling older money announces nothing new.
*/
function answerAnnouncedIn(ctx) {
	const announced = announcedIn(ctx);
	if (announced.length > 0) return answerEntries(ctx, announced, false);
	return decline("amount", say(ctx.language, `Inget dokument publicerat i ${askedMonthText(ctx)} tillkännager nya medel till GMS.`, `No document published in ${askedMonthText(ctx)} announces new GMS funding.`));
}
/** "2027-12": each asked month of each asked year, as the documents' dates begin. */
function monthKeys(query) {
	return query.years.flatMap((y) => query.months.map((m) => `${y}-${String(m).padStart(2, "0")}`));
}
/** The GMS grant is told in an asked month: first told by a document published then, or decided then. */
function toldInMonths(ctx) {
	const keys = monthKeys(ctx.query);
	const docs = new Set(ctx.knowledge.documents.filter((d) => keys.some((k) => d.published?.startsWith(k))).map((d) => d.id));
	const own = (e) => docs.has(owningDocument(e)) || keys.some((k) => e.decided?.startsWith(k) === true);
	const last = [...keys].sort().at(-1) ?? "";
	const dated = new Map(ctx.knowledge.documents.map((d) => [d.id, d.published ?? ""]));
	const later = (e) => (dated.get(owningDocument(e)) ?? "").slice(0, 7) > last;
	const told = (e, depth) => {
		if (own(e)) return true;
		const whole = e.partOf ? ctx.index.byId.get(e.partOf) : void 0;
		return whole !== void 0 && depth < MAX_WHOLE_DEPTH && !later(e) && told(whole, depth + 1);
	};
	return (e) => told(e, 0);
}
const MAX_WHOLE_DEPTH = 3;
/** The shares the ledger lists under a whole. */
function childrenOf(ctx, whole) {
	return ctx.index.entries.map((e) => e.entry).filter((e) => e.partOf === whole.id);
}
/** The GMS grants (no shares) told in the asked months. */
function wholesOf(ctx, told) {
	return ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && told(e));
}
/** The GMS grants first told by documents published in the asked months. */
function announcedIn(ctx) {
	const keys = monthKeys(ctx.query);
	const docs = new Set(ctx.knowledge.documents.filter((d) => keys.some((k) => d.published?.startsWith(k))).map((d) => d.id));
	return ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && docs.has(owningDocument(e)));
}
/**
* "vad fick sällsynta diagnoser i december 2027?": a topic's money asked in a month (of no named document)
* is the topic's money told that month, whatever years it is for; never the topic's whole year.
*/
function asksTopicInMonth(query) {
	return hasTopic(query) && (money(query) || query.cues.has("receives") || query.cues.has("gives") || query.coverage.unplaced.length === 0) && query.months.length > 0 && query.years.length > 0 && query.amounts.length === 0 && query.docKinds.length === 0 && query.unknown.length === 0;
}
function answerTopicInMonth(ctx) {
	const month = askedMonthText(ctx);
	const toldThen = toldInMonths(ctx);
	const roles = wantedRoles(ctx);
	const told = (e) => e.gms && roles.has(fundingRole(e)) && toldThen(e);
	const anyYear = {
		...ctx,
		query: {
			...ctx.query,
			years: [],
			months: []
		}
	};
	const matched = matchTopic(anyYear.query, ctx.index, (e) => told(e.entry)).map((e) => e.entry);
	if (matched.length > 0) return withLead(answerEntries(anyYear, matched, false), say(ctx.language, `Tillkännagivet i ${month}:`, `Told in ${month}:`));
	const none = say(ctx.language, `Inget dokument tillkännager eller beslutar medel till ${askedAbout(ctx)} i ${month}.`, `No document announces or decides money for ${askedAbout(ctx)} in ${month}.`);
	const then = [.../* @__PURE__ */ new Set([...announcedIn(ctx), ...wholesOf(ctx, toldThen)])];
	const areas = [...new Set(then.flatMap((e) => [e, ...childrenOf(ctx, e)]).map((e) => entryLabel(e, ctx.language)))];
	return decline("amount", `${none}${areas.length === 0 ? "" : say(ctx.language, ` Det som tillkännages då gäller ${listText(areas, "sv")}.`, ` What is told then is for ${listText(areas, "en")}.`)}`);
}
function askedMonthText(ctx) {
	const { months, years } = ctx.query;
	return listText(years.flatMap((year) => months.map((month) => dateText({
		year,
		month,
		day: null
	}, ctx.language))), ctx.language);
}
/** "Vad beslutade regeringen i februari 2022?": the grants decided that month, else the decisions told. */
function answerDecidedIn(ctx) {
	const { months, years } = ctx.query;
	const keys = years.flatMap((y) => months.map((m) => `${y}-${String(m).padStart(2, "0")}`));
	const decided = ctx.index.entries.map((e) => e.entry).filter((e) => e.role === "grant" && keys.some((k) => e.decided?.startsWith(k)));
	if (decided.length > 0) return answerEntries(ctx, decided, false);
	const decisions = answerDecisions(ctx);
	const announced = decisions.answered ? [] : announcedIn(ctx);
	if (announced.length === 0) return decisions;
	const draft = answerEntries(ctx, announced, false);
	const month = askedMonthText(ctx);
	const lead = say(ctx.language, `Inget dokument daterar ett beslut till ${month}, men dokument publicerade i ${month} tillkännager detta:`, `No document dates a decision to ${month}, but documents published in ${month} announce this:`);
	return {
		...draft,
		text: `${lead}\n${draft.text}`
	};
}
/** "medfinansiering 2027?": money of exactly the asked years before money spread over others too. */
function ofYearsOnly(e, years) {
	return years.length > 0 && e.years.every((y) => years.includes(y));
}
/** Nothing in the asked years: other years when the topic has some, the documents' words, or a plain no. */
function nothingInYears(ctx, matched) {
	if (matched.length > 0) return noFigureForYears(ctx, matched);
	const funder = askedFunder(ctx);
	if (funder) {
		const given = noneOnTopicFrom(ctx, funder, wantedRoles(ctx));
		if (given.answered) return given;
	}
	const { query } = ctx;
	if (!money(query) && query.amounts.length === 0 && query.unknown.length === 0) {
		const passages = answerPassages(ctx);
		if (passages.answered) return passages;
	}
	return noTopic(ctx);
}
function notThatAmount(ctx) {
	const asked = ctx.query.amounts.map((a) => amountText(ctx, a.valueSek)).join(", ");
	return say(ctx.language, `Dokumenten anger inte ${asked} för detta. De anger:`, `The documents don't state ${asked} for this. They state:`);
}
function noFigureForYears(ctx, matched) {
	const years = [...new Set(matched.flatMap((e) => e.entry.years))].sort();
	const asked = ctx.query.years.length > 1 ? `${ctx.query.years[0]}–${ctx.query.years.at(-1)}` : String(ctx.query.years[0]);
	return decline("amount", say(ctx.language, `Dokumenten anger inget belopp för ${askedAbout(ctx)} ${asked}. De anger belopp för ${askedAbout(ctx)} endast för ${listText(years.map(String), "sv")}.`, `The documents state no figure for ${askedAbout(ctx)} in ${asked}. They give figures for ${askedAbout(ctx)} only for ${listText(years.map(String), "en")}.`));
}
// dist/bot/lexicon-match.js
const BY_FIRST = /* @__PURE__ */ new Map();
const BY_PREFIX = /* @__PURE__ */ new Map();
const PREFIX_KEY = 3;
for (const e of LEXICON) {
	if (e.role === "tail") continue;
	const first = e.tokens[0] ?? "";
	const [map, key] = first.endsWith("*") ? [BY_PREFIX, first.slice(0, PREFIX_KEY)] : [BY_FIRST, first];
	map.set(key, [...map.get(key) ?? [], e]);
}
const STAR = 42;
/** "utbetal*" matches a word that starts with "utbetal": compared in place, with no string cut per try. */
function tokenMatches(pattern, word) {
	const last = pattern.length - 1;
	if (pattern.charCodeAt(last) !== STAR) return pattern === word;
	if (word.length < last) return false;
	for (let i = 0; i < last; i++) if (pattern.charCodeAt(i) !== word.charCodeAt(i)) return false;
	return true;
}
function matchesAt(e, tokens, i) {
	const n = e.tokens.length;
	if (i + n > tokens.length) return false;
	if (e.at === "start" && i !== 0) return false;
	if (e.at === "end" && i + n !== tokens.length) return false;
	if (e.at === "whole" && (i !== 0 || n !== tokens.length)) return false;
	for (let k = 0; k < n; k++) if (!tokenMatches(e.tokens[k] ?? "", tokens[i + k]?.word ?? "")) return false;
	return true;
}
/**
* Every lexicon phrase in the tokens. Within one role a phrase inside a longer one is dropped
* ("senast beslutade" is not also "senast"); different roles may share tokens ("får": receives, yes/no).
*/
function findLexicon(tokens) {
	const hits = [];
	for (let i = 0; i < tokens.length; i++) {
		const word = tokens[i]?.word ?? "";
		const first = BY_FIRST.get(word);
		if (first) {
			for (const e of first) if (matchesAt(e, tokens, i)) hits.push({
				entry: e,
				from: i,
				to: i + e.tokens.length
			});
		}
		const prefixed = word.length >= PREFIX_KEY ? BY_PREFIX.get(word.slice(0, PREFIX_KEY)) : void 0;
		if (prefixed) {
			for (const e of prefixed) if (matchesAt(e, tokens, i)) hits.push({
				entry: e,
				from: i,
				to: i + e.tokens.length
			});
		}
	}
	hits.push(...compoundHits(tokens, hits));
	if (hits.length < 2) return hits;
	return hits.filter((h) => !hits.some((o) => o !== h && sameFamily(o.entry.role, h.entry.role) && o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from));
}
const NAMES$1 = /* @__PURE__ */ new Set([
	"topic",
	"org",
	"time",
	"offtopic"
]);
const CUE_OR_DOC = /* @__PURE__ */ new Set(["cue", "doc"]);
function sameFamily(a, b) {
	return a === b || NAMES$1.has(a) && NAMES$1.has(b) || CUE_OR_DOC.has(a) && CUE_OR_DOC.has(b);
}
function valuesOf(hits, role) {
	return [...new Set(hits.filter((h) => h.entry.role === role).map((h) => h.entry.value))];
}
const ORG_WORDS$1 = new Map(LEXICON.filter((e) => e.role === "org" && e.tokens.length === 1).map((e) => [e.tokens[0] ?? "", e]));
const DOC_WORDS = LEXICON.filter((e) => e.role === "doc" && e.tokens.length === 1).map((doc) => {
	const head = doc.tokens[0] ?? "";
	const prefix = head.endsWith("*");
	return {
		doc,
		prefix,
		stemmed: prefix ? head.slice(0, -1) : head
	};
});
const MIN_ORG = 4;
/**
* "vinnovautlysningen", "gms-verksamhetsberättelsen": a word no phrase matched that joins an organisation
* and a kind of document (with or without a linking "s") names both.
*/
function compoundHits(tokens, hits) {
	const out = [];
	tokens.forEach((t, i) => {
		if (hits.some((h) => h.from <= i && h.to > i)) return;
		for (const { doc, prefix, stemmed } of DOC_WORDS) {
			const at = t.word.indexOf(stemmed, MIN_ORG);
			if (at < 0 || !prefix && at + stemmed.length !== t.word.length) continue;
			const mod = t.word.slice(0, at);
			const org = ORG_WORDS$1.get(mod) ?? (mod.endsWith("s") ? ORG_WORDS$1.get(mod.slice(0, -1)) : void 0);
			if (!org) continue;
			out.push({
				entry: org,
				from: i,
				to: i + 1
			}, {
				entry: doc,
				from: i,
				to: i + 1
			});
			return;
		}
	});
	return out;
}
// dist/bot/answers/proposals.js
const QUOTE_MAX = 240;
const MAX_PROPOSALS = 4;
const ASKING = /* @__PURE__ */ new Set([
	"proposal",
	"who",
	"which",
	"what",
	"when",
	"more",
	"less",
	"amount",
	"howMuch"
]);
const STEM_CHARS = 6;
const MIN_WORD = 5;
/** "Hur mycket vill debattörerna att staten satsar?": a kind of document's proposals; null when it has none. */
function answerProposals(ctx, ids, named) {
	const proposals = ctx.knowledge.statements.proposals.filter((p) => ids.has(p.span.docId));
	if (proposals.length === 0) return null;
	return quoted$1(ctx, say(ctx.language, `I ${named} föreslås pengar som ingen har beslutat om – ett förslag, inte ett anslag:`, `${capital(named)} proposes money nobody has decided on – a proposal, not a grant:`), proposals);
}
/**
* "vem yrkade på högre medfinansiering?", "who proposed more money?": the proposals that share a word with
* the question (each names its proposer), else all of them, saying none names the subject; null when none.
*/
function answerWhoProposed(ctx) {
	const all = ctx.knowledge.statements.proposals;
	if (all.length === 0) return null;
	const words = ctx.query.coverage.used.map((w) => w.toLowerCase()).filter((w) => w.length >= MIN_WORD).map((w) => w.slice(0, STEM_CHARS));
	const cues = [...ctx.query.cues].filter((c) => !ASKING.has(c));
	const score = (p) => {
		const text = p.span.text.toLowerCase();
		const own = valuesOf(findLexicon(tokenize(p.span.text)), "cue");
		return words.filter((w) => text.includes(w)).length + cues.filter((c) => own.includes(c)).length;
	};
	const best = Math.max(...all.map(score));
	const naming = best > 0 ? all.filter((p) => score(p) === best) : all;
	return quoted$1(ctx, best > 0 ? say(ctx.language, "Förslaget i dokumenten (ett förslag, inget beslut):", "The proposal in the documents (a proposal, not a decision):") : say(ctx.language, "Inget förslag i dokumenten nämner det du frågar om. Förslagen som finns (inga beslut):", "No proposal in the documents names what you ask about. The proposals there are (none decided):"), naming);
}
function quoted$1(ctx, lead, proposals) {
	return {
		intent: "stated",
		answered: true,
		text: [lead, ...proposals.slice(0, MAX_PROPOSALS).map((p) => {
			const { text } = ctx.citations.markers([p.span]);
			const quote = shorten(p.span.text, QUOTE_MAX);
			return `• ${say(ctx.language, `”${quote}”`, `“${quote}”`)} ${text}`;
		})].join("\n"),
		figures: []
	};
}
// dist/bot/answers/document-states.js
const MAX_FIGURES = 8;
const KIND_NAMES$1 = {
	pressmeddelande: ["pressmeddelandet", "the press release"],
	regeringsbeslut: ["regeringsbeslutet", "the government decision"],
	riksdagssvar: ["riksdagssvaret", "the answer to parliament"],
	debattartikel: ["debattartikeln", "the opinion piece"],
	verksamhetsberättelse: ["verksamhetsberättelsen", "the annual report"],
	utlysning: ["utlysningen", "the call for proposals"],
	budgetproposition: ["budgetpropositionen", "the budget bill"],
	nyhet: ["artikeln", "the article"],
	protokoll: ["protokollet", "the minutes"],
	regleringsbrev: ["regleringsbrevet", "the appropriation directions (regleringsbrev)"],
	uppslagsverk: ["uppslagsverksartikeln", "the encyclopedia article"]
};
function kindName(ctx, kind) {
	const [sv, en] = KIND_NAMES$1[kind] ?? [kind, kind];
	return say(ctx.language, sv, en);
}
/** Every document's kind, read once per load. */
/** "vinnovas utlysning", "regionstyrelsens protokoll": the ids of the documents of the kinds the question names. */
function documentsOfAskedKinds(ctx) {
	return new Set(ctx.query.docKinds.flatMap((k) => (documentsByKind(ctx).get(k) ?? []).map((d) => d.id)));
}
function documentsByKind(ctx) {
	return memo(ctx.knowledge, "documents-by-kind", () => {
		const out = /* @__PURE__ */ new Map();
		for (const d of ctx.knowledge.documents) {
			const kind = documentKind(d);
			if (kind) out.set(kind, [...out.get(kind) ?? [], d]);
		}
		return out;
	});
}
/**
* The documents the question points to; "the June press release": only those published that month, and
* "the June 2025 press release" only that month of that year.
*/
function referenced(ctx) {
	const { docKinds, months, dates } = ctx.query;
	const numbered = numberedDocuments(ctx);
	if (numbered.size > 0) return ctx.knowledge.documents.filter((d) => numbered.has(d.id));
	const docs = docKinds.flatMap((k) => documentsByKind(ctx).get(k) ?? []);
	if (months.length === 0) return docs;
	const monthYears = dates.filter((d) => d.kind === "month").map((d) => d.year);
	return docs.filter((d) => months.includes(Number(d.published?.slice(5, 7))) && (monthYears.length === 0 || monthYears.includes(Number(d.published?.slice(0, 4)))));
}
/** Where an entry is first told in the documents: for listing it in the document's own order. */
function firstTold(entry, ids) {
	const own = entry.sources.filter((s) => ids.has(s.docId));
	const order = [...ids];
	const best = own.sort((a, b) => order.indexOf(a.docId) - order.indexOf(b.docId) || a.start - b.start)[0];
	return [order.indexOf(best?.docId ?? ""), best?.start ?? 0];
}
/** "vem yrkade på …" where the documents propose nothing. */
function noProposal(ctx) {
	return decline("stated", say(ctx.language, "Dokumenten innehåller inga förslag.", "The documents hold no proposals."));
}
/**
* "gms i år enl riksdagssvaret", "what did the minister tell parliament GMS gets in 2027?": the amounts
* that kind of document states for the years (and topic) asked, in its own order, never summed.
*/
function answerDocumentStates(ctx) {
	const { query } = ctx;
	if (query.docKinds.length === 0 && query.cues.has("proposal") && (query.cues.has("who") || query.cues.has("what"))) return answerWhoProposed(ctx) ?? noProposal(ctx);
	const docs = referenced(ctx);
	const named = query.docKinds.map((k) => kindName(ctx, k)).join(", ") || say(ctx.language, "det dokument du frågar om", "the document you ask about");
	if (docs.length === 0) return decline("stated", say(ctx.language, `Jag hittar inte ${named} bland dokumenten.`, `I can't find ${named} among the documents.`));
	const ids = new Set(docs.map((d) => d.id));
	if (query.cues.has("proposal")) {
		const proposed = answerProposals(ctx, ids, named);
		if (proposed) return proposed;
	}
	const roles = wantedRoles(ctx);
	const kindAsked = !roles.has("grant");
	const asked = new Set(query.amounts.map((a) => a.valueSek));
	const accept = (e) => e.sources.some((s) => ids.has(s.docId)) && inYears(e, query.years) && (asked.size === 0 || asked.has(e.amountSek)) && (!kindAsked || roles.has(e.role));
	const matched = hasTopic(query) ? matchTopic(query, ctx.index, (e) => accept(e.entry)).map((e) => e.entry) : ctx.index.entries.map((e) => e.entry).filter(accept);
	const funding = matched.filter((e) => e.role !== "budget-frame");
	const entries = (kindAsked || query.cues.has("total") || funding.length === 0 ? matched : funding).map((e) => ({
		e,
		at: firstTold(e, ids),
		first: askedFirst(ctx, e)
	})).sort((a, b) => b.first - a.first || a.at[0] - b.at[0] || a.at[1] - b.at[1]).map((x) => x.e).slice(0, MAX_FIGURES);
	if (entries.length === 0) return decline("stated", say(ctx.language, `${capital(named)} anger inget belopp för det du frågar om.`, `${capital(named)} states no amount for what you ask.`));
	return {
		intent: "stated",
		answered: true,
		text: [say(ctx.language, `Enligt ${named}:`, `According to ${named}:`), ...entries.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n"),
		figures: entries.map((e) => entryFigure(ctx, e).figure)
	};
}
/** "totalt", "max per projekt", "förra omgången": a total, a ceiling or an earlier figure answers first. */
function askedFirst(ctx, e) {
	const { cues } = ctx.query;
	if ((cues.has("total") || ctx.query.since !== null) && (e.role === "total" || e.role === "multi-year-total")) return 1;
	if (cues.has("atMost") && (e.qualifier === "at-most" || e.role === "agency-cap")) return 1;
	if (cues.has("earlier") && (e.role === "comparison" || beforeItsDocument(ctx, e))) return 1;
	return 0;
}
function beforeItsDocument(ctx, e) {
	const published = Number(ctx.knowledge.documents.find((d) => d.id === e.sources[0]?.docId)?.published?.slice(0, 4));
	return published > 0 && e.years.length > 0 && e.years.every((y) => y < published);
}
// dist/bot/answers/membership.js
const NOT_MEMBERS = /* @__PURE__ */ new Set(["gms", "regeringen"]);
const isProperName = (name) => name[0] !== name[0]?.toLowerCase();
/**
* "is region uppsala part of gms", "ingår KI i GMS?": yes where a member list names the organisation,
* else that no list names it, with the list that names the most members; null when no organisation is asked.
*/
function answerMembership(ctx) {
	const orgs = ctx.query.orgs.filter((o) => isProperName(o.name) && !NOT_MEMBERS.has(o.name.toLowerCase()));
	const lists = ctx.knowledge.statements.members;
	if (orgs.length === 0 || lists.length === 0) return null;
	const lines = [];
	for (const { name } of orgs) {
		const naming = lists.filter((m) => names(m, name));
		if (naming.length > 0) {
			const cites = ctx.citations.markers(naming.map((m) => m.span)).text;
			lines.push(say(ctx.language, `Ja: ${name} ingår i GMS ${cites}.`, `Yes: ${name} is part of GMS ${cites}.`));
			continue;
		}
		const longest = [...lists].sort((a, b) => b.members.length - a.members.length)[0];
		const cites = ctx.citations.markers([longest.span]).text;
		lines.push(say(ctx.language, `Dokumenten nämner inte ${name} bland dem som ingår i GMS; den längsta listan: “${longest.span.text}” ${cites}`, `The documents don't name ${name} among those in GMS; the longest list (in Swedish): “${longest.span.text}” ${cites}`));
	}
	return {
		intent: "members",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
function names(list, name) {
	const wanted = name.toLowerCase();
	return list.members.some((m) => m.toLowerCase() === wanted);
}
// dist/bot/answers/about.js
const MAX_QUOTES = 3;
/** The same boilerplate paragraph repeated across press releases is quoted once. */
function distinct(spans) {
	const seen = /* @__PURE__ */ new Set();
	return spans.filter((s) => {
		const key = s.text.slice(0, 60);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
/** "Vad är GMS?" / "who takes part?": the documents' own definitions and member lists, quoted. */
function answerAbout(ctx, members) {
	const membership = members ? answerMembership(ctx) : null;
	if (membership) return membership;
	if (members && (ctx.query.docKinds.length > 0 || ctx.query.references.length > 0)) return membersOfDocuments(ctx);
	const { statements } = ctx.knowledge;
	const chosen = memo(ctx.knowledge, members ? "members" : "about", () => distinct(members ? [...statements.members].sort((a, b) => b.members.length - a.members.length).map((m) => m.span) : statements.definitions.map((d) => d.span))).slice(0, MAX_QUOTES);
	const intent = members ? "members" : "about-gms";
	if (chosen.length === 0) return decline(intent, say(ctx.language, "Dokumenten beskriver inte det.", "The documents don't describe that."));
	return {
		intent,
		answered: true,
		text: [members ? say(ctx.language, "Så här beskriver dokumenten vilka som ingår i GMS:", `This is how the documents describe who takes part in GMS${swedishQuoteNote(ctx, chosen)}:`) : say(ctx.language, "Så här beskriver dokumenten Genomic Medicine Sweden (GMS):", `This is how the documents describe Genomic Medicine Sweden (GMS)${swedishQuoteNote(ctx, chosen)}:`), ...chosen.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`)].join("\n"),
		figures: []
	};
}
const MAX_DOCUMENTS$1 = 4;
/**
* "vilka partner nämns i regeringsbeslutet": the organisations each asked document names as taking part in
* GMS, quoted; a document naming none is said to name none, never answered by another document's list.
*/
function membersOfDocuments(ctx) {
	const docs = referenced(ctx);
	if (docs.length === 0) return decline("members", say(ctx.language, "Jag hittar inget sådant dokument.", "I can't find a document of that kind."));
	const lines = docs.slice(0, MAX_DOCUMENTS$1).map((d) => {
		const found = ctx.knowledge.statements.members.filter((m) => m.span.docId === d.id);
		const title = `${d.title} (${d.published ?? "–"})`;
		if (found.length === 0) return say(ctx.language, `• ${title}: namnger inga parter eller medlemmar i GMS.`, `• ${title}: names no partners or members of GMS.`);
		const names = [...new Set(found.flatMap((m) => m.members))].join("; ");
		const markers = ctx.citations.markers(found.map((m) => m.span)).text;
		return say(ctx.language, `• ${title}: ${names} ${markers}`, `• ${title}: ${names} ${markers}`);
	});
	return {
		intent: "members",
		answered: lines.some((_, i) => ctx.knowledge.statements.members.some((m) => m.span.docId === docs[i]?.id)),
		text: [say(ctx.language, "Så här namnger dokumenten dem som ingår i GMS:", `This is who the documents name as taking part in GMS${swedishQuoteNote(ctx, [])}:`), ...lines].join("\n"),
		figures: []
	};
}
// dist/bot/answers/breakdown.js
/** "How was the 49,5 million split?": a whole and the shares the documents list for it. */
function answerBreakdown(ctx) {
	const { query } = ctx;
	let wholes = splitWholes(ctx);
	const amounts = new Set(query.amounts.map((a) => a.valueSek));
	if (amounts.size > 0) wholes = wholes.filter((e) => amounts.has(e.entry.amountSek));
	wholes = wholes.filter((e) => inYears(e.entry, query.years));
	const orgs = query.orgs.filter((o) => o.name !== "GMS" && o.name !== "regeringen").map((o) => ledgerName(ctx, o.name));
	if (orgs.length > 0) {
		const told = ctx.knowledge.statements.channels.filter((c) => orgs.includes(c.organisation));
		wholes = wholes.filter(({ entry: e }) => [
			e.funder,
			e.payer,
			e.recipient
		].some((n) => !!n && orgs.includes(n)) || told.some((c) => e.sources.some((s) => s.docId === c.span.docId)));
	}
	if (hasTopic(query) && amounts.size === 0) {
		const allowed = new Set(wholes);
		wholes = matchTopic(query, ctx.index, (e) => allowed.has(e));
	}
	const whole = wholes.map((e) => e.entry).sort((a, b) => Number(b.gms) - Number(a.gms) || b.amountSek - a.amountSek)[0];
	if (!whole) return decline("breakdown", say(ctx.language, "Dokumenten bryter inte ned något sådant belopp i delar.", "The documents don't break such an amount down into parts."));
	const partsOf = (e) => e.parts.map((id) => ctx.index.byId.get(id)).filter((p) => !!p);
	const nested = partsOf(whole).flatMap((p) => [{
		p,
		mark: "•"
	}, ...partsOf(p).map((q) => ({
		p: q,
		mark: "  ◦"
	}))]);
	const parts = nested.map((n) => n.p);
	const head = entryFigure(ctx, whole);
	const lines = [say(ctx.language, `${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers} fördelas så här:`, `${amountText(ctx, whole.amountSek)}${whole.year ? ` (${whole.year})` : ""} ${head.markers} is split as follows:`), ...nested.map(({ p, mark }) => `${mark} ${describeEntry(ctx, p, { underWhole: true })}`)];
	const figures = [head.figure, ...parts.map((p) => entryFigure(ctx, p).figure)];
	return {
		intent: "breakdown",
		answered: true,
		text: lines.join("\n"),
		figures
	};
}
const wholesByIndex = /* @__PURE__ */ new WeakMap();
/** Entries the documents split into parts (other than an agency's own cap): found once per index. */
function splitWholes(ctx) {
	let wholes = wholesByIndex.get(ctx.index);
	if (!wholes) {
		wholes = ctx.index.entries.filter((e) => e.entry.parts.some((id) => ctx.index.byId.get(id)?.role !== "agency-cap"));
		wholesByIndex.set(ctx.index, wholes);
	}
	return wholes;
}
// dist/bot/edit-distance.js
/** Damerau–Levenshtein (optimal string alignment), giving up once past `limit`. */
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev2 = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
			cur.push(v);
			rowMin = Math.min(rowMin, v);
		}
		if (rowMin > limit) return limit + 1;
		prev2 = prev;
		prev = cur;
	}
	return prev[b.length] ?? limit + 1;
}
/** Short words are too easy to confuse: no correction below 5 letters, one edit up to 7, two from 8. */
function allowedEdits(length) {
	return length < 5 ? 0 : length < 8 ? 1 : 2;
}
/** A bit per letter (code point mod 32). Letters in one word and not the other each cost an edit. */
function letterMask(word) {
	let mask = 0;
	for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
	return mask;
}
function popcount(x) {
	let n = 0;
	for (let v = x >>> 0; v !== 0; v &= v - 1) n += 1;
	return n;
}
/** A cheap lower bound: letters in one word and not the other each cost an edit. */
function mayBeWithin(mask, other, limit) {
	return Math.max(popcount(mask & ~other), popcount(other & ~mask)) <= limit;
}
// dist/bot/answers/clarify.js
/** Terms a misread word may have meant: area names in both languages and the lexicon's aliases. */
const TERMS = [...TOPICS.flatMap((t) => [
	t.sv,
	t.en,
	...t.svPhrases,
	...t.enPhrases
].map((m) => ({
	match: m,
	sv: t.sv,
	en: t.en
}))), ...LEXICON.filter((e) => e.role === "topic" || e.role === "org").map((e) => ({
	match: e.tokens.join(" "),
	sv: e.value,
	en: e.value
}))];
const PART_MATCH_MIN = 5;
const CLARIFY_WORDS_MAX = 8;
/** Known terms close to the asker's word ("bröstcanser" → "bröst- och äggstockscancer"). */
function closestTerms(word, language) {
	const w = word.toLowerCase();
	const limit = w.length <= 4 ? 1 : w.length <= 7 ? 2 : 3;
	const partsToo = w.length >= PART_MATCH_MIN;
	const scored = TERMS.map((t) => {
		const parts = [t.match, ...partsToo ? t.match.split(" ").filter((p) => p.length >= PART_MATCH_MIN) : []];
		return {
			name: language === "sv" ? t.sv : t.en,
			d: Math.min(...parts.map((p) => editDistance(w, p, limit)))
		};
	}).filter((x) => x.d <= limit).sort((a, b) => a.d - b.d);
	return [...new Set(scored.map((x) => x.name))].slice(0, 3);
}
function quoted(ctx, words) {
	return listText([...new Set(words)].map((w) => say(ctx.language, `”${w}”`, `“${w}”`)), ctx.language);
}
/** A word the bot cannot place, and nothing else to go on: ask back with the closest known terms. */
function answerClarify(ctx) {
	const unplaced = ctx.query.coverage.unplaced;
	const near = [...new Set(unplaced.slice(0, CLARIFY_WORDS_MAX).flatMap((w) => closestTerms(w, ctx.language)))].slice(0, 3);
	if (near.length === 0) {
		const areas = fundedAreas(ctx);
		return {
			intent: "out-of-scope",
			answered: false,
			text: say(ctx.language, `Jag hittar inte ${quoted(ctx, unplaced)} i dokumenten; jag svarar bara på frågor om regeringens finansiering av Genomic Medicine Sweden (GMS)${areas ? `, bl.a. ${areas}` : ""}. ${hint(ctx)}`, `I can't find ${quoted(ctx, unplaced)} in the documents; I only answer questions about the Swedish government's funding of Genomic Medicine Sweden (GMS)${areas ? `, such as ${areas}` : ""}. ${hint(ctx)}`),
			figures: []
		};
	}
	return {
		intent: "clarify",
		answered: false,
		text: say(ctx.language, `Jag hittar inte ${quoted(ctx, unplaced)} i dokumenten. Menar du ${listText(near, "sv", "eller")}?`, `I can't find ${quoted(ctx, unplaced)} in the documents. Do you mean ${listText(near, "en", "or")}?`),
		figures: []
	};
}
/** Counts and costs ("how many analyses", "what does a test cost"): the bot answers funding only. */
function answerNotFunding(ctx) {
	if (ctx.query.cues.has("apply")) return {
		intent: "not-funding",
		answered: false,
		text: say(ctx.language, `Dokumenten beskriver statens medel till GMS, inte hur man söker pengar. ${hint(ctx)}`, `The documents describe the government's money for GMS, not how to apply for money. ${hint(ctx)}`),
		figures: []
	};
	const quoted = answerCostOrCount(ctx);
	if (quoted) return quoted;
	return {
		intent: "not-funding",
		answered: false,
		text: say(ctx.language, `Jag svarar bara på frågor om finansiering av GMS: kostnader, priser och antal som dokumenten nämner räknar jag inte som medel. ${hint(ctx)}`, `I only answer questions about GMS funding: costs, prices and counts the documents mention are not funding. ${hint(ctx)}`),
		figures: []
	};
}
/** The narrower question was answered: say which words were left out. */
function ignoredNote(ctx, said) {
	const lower = said.toLowerCase();
	const unplaced = ctx.query.coverage.unplaced.filter((w) => !lower.includes(w.toLowerCase()));
	if (unplaced.length === 0) return "";
	return say(ctx.language, `(Jag hittar inte ${quoted(ctx, unplaced)} i dokumenten och bortsåg från det.)`, `(I can't find ${quoted(ctx, unplaced)} in the documents and left it out.)`);
}
/**
* "how much did sweden spend on covid genomics": a word the documents use but no funding names was not
* what the figures match ("genomics" was): said back, so no one reads the sum as covid money.
*/
function unfundedNote(ctx, draft) {
	if (draft.figures.length === 0 || ctx.query.topics.length > 0) return "";
	const lower = draft.text.toLowerCase();
	const unfunded = ctx.query.topicWords.filter((w) => {
		const s = stem(w);
		return !knowsStem(ctx.index, s) && !partOfKnown(ctx, s) && !lower.includes(w.toLowerCase());
	});
	if (unfunded.length === 0 || unfunded.length === ctx.query.topicWords.length) return "";
	return say(ctx.language, `(Ingen finansiering i dokumenten gäller ${quoted(ctx, unfunded)}; beloppen ovan gäller inte det.)`, `(No funding in the documents is for ${quoted(ctx, unfunded)}; the amounts above are not about that.)`);
}
function partOfKnown(ctx, s) {
	if (isMonthStem(s)) return true;
	for (const known of ctx.index.knownStems) if (known.includes(s)) return true;
	return false;
}
// dist/bot/answers/conditions.js
const MAX_CONDITIONS = 3;
/** "Does the 2027 AMR payment depend on anything?": the conditions the documents about it state. */
function answerConditions(ctx) {
	const inDocs = inDocuments(askedDocuments(ctx));
	const found = ctx.knowledge.statements.conditions.filter((c) => inDocs(c.span));
	const years = ctx.query.years;
	const named = found.filter((c) => c.years.some((y) => years.includes(y)));
	const owners = years.length > 0 ? yearOwners(ctx, years) : null;
	const chosen = (named.length > 0 ? named : found.filter((c) => !owners || owners.has(c.span.docId) && c.years.length === 0)).slice(0, MAX_CONDITIONS);
	if (chosen.length === 0 && owners) return null;
	if (chosen.length === 0) return decline("deadline", say(ctx.language, "Dokumenten anger inga villkor för det.", "The documents state no condition for that."));
	const lines = chosen.map((c) => `• ${quotedLine(ctx, c.span)}`);
	lines.unshift(say(ctx.language, "Villkor enligt dokumenten:", `Conditions in the documents${swedishQuoteNote(ctx, chosen.map((c) => c.span))}:`));
	return {
		intent: "deadline",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
// dist/bot/answers/periods.js
const MIN_SHARED = 5;
function alike(a, b) {
	return a.length >= MIN_SHARED && b.length >= MIN_SHARED && (a.startsWith(b) || b.startsWith(a));
}
/** How many of the asked words and organisations the period's sentence (and the one before) names. */
function score(ctx, p) {
	const text = `${p.context?.text ?? ""} ${p.span.text}`;
	const stems = phraseStems(text);
	const words = ctx.query.stems.filter((q) => stems.some((s) => alike(q, s))).length;
	const lower = text.toLowerCase();
	return words + ctx.query.orgs.filter((o) => lower.includes(o.name.toLowerCase())).length;
}
/** "When does the KI health economics study run?": the years the documents say the asked project runs. */
function answerPeriods(ctx) {
	const periods = ctx.knowledge.statements.periods;
	const scores = periods.map((p) => score(ctx, p));
	const best = Math.max(0, ...scores);
	const found = best === 0 ? [] : periods.filter((_, i) => scores[i] === best);
	if (found.length === 0) return moneyYears(ctx) ?? untold(ctx);
	return {
		intent: "deadline",
		answered: true,
		text: found.slice(0, 3).map((p) => {
			const years = `${p.from}–${p.to}`;
			const spans = [...p.context ? [p.context] : [], p.span];
			const quote = oneLine(spans.map((s) => s.text).join(" "));
			return say(ctx.language, `Enligt dokumenten pågår det ${years}: “${quote}” ${ctx.citations.markers(spans).text}`, `According to the documents it runs ${years}: “${quote}” ${ctx.citations.markers(spans).text}`);
		}).join("\n"),
		figures: []
	};
}
function untold(ctx) {
	return decline("deadline", say(ctx.language, "Dokumenten säger inte under vilka år det pågår.", "The documents don't say which years it runs."));
}
/**
* "how long does the leukemia study run": with no sentence on when it runs, the years the documents give
* its money for, said to be that and no more; null when the question names no money with years.
*/
function moneyYears(ctx) {
	if (!hasTopic(ctx.query)) return null;
	const entries = matchTopic(ctx.query, ctx.index).map((e) => e.entry).filter((e) => e.years.length > 0 && e.role !== "estimate");
	if (entries.length === 0) return null;
	const years = [...new Set(entries.flatMap((e) => e.years))].sort((a, b) => a - b);
	const span = years.length === 1 ? `${years[0]}` : `${years[0]}–${years.at(-1)}`;
	const lines = entries.slice(0, 3).map((e) => `• ${describeEntry(ctx, e)}`);
	lines.unshift(say(ctx.language, `Dokumenten säger inte hur länge det pågår, men anger pengar för ${span}:`, `The documents don't say how long it runs, but give money for ${span}:`));
	return {
		intent: "deadline",
		answered: true,
		text: lines.join("\n"),
		figures: entries.slice(0, 3).map((e) => entryFigure(ctx, e).figure)
	};
}
// dist/bot/answers/deadlines.js
const MAX_DEADLINES = 12;
const ASKED_KINDS = [
	["repayment", "repay"],
	["requisition", "requisition"],
	["report", "report"],
	["application", "apply"]
];
const KIND_NAMES = {
	repayment: ["återbetalning", "repayment"],
	requisition: ["rekvisition", "requisition"],
	report: ["redovisning", "report"],
	application: ["sista ansökningsdag", "application deadline"],
	other: ["sista dag", "deadline"]
};
/** Every deadline under each stem of its sentence: stemmed once per load, not once per question. */
function deadlinesByStem(ctx) {
	return memo(ctx.knowledge, "deadlines-by-stem", () => {
		const byStem = /* @__PURE__ */ new Map();
		for (const d of ctx.knowledge.statements.deadlines) for (const s of new Set(phraseStems(d.span.text))) {
			const list = byStem.get(s);
			if (list) list.push(d);
			else byStem.set(s, [d]);
		}
		return byStem;
	});
}
/** How many of the asked stems each deadline's sentence names (those naming none are left out). */
function sharedStems(ctx, pool) {
	const inPool = new Set(pool);
	const shared = /* @__PURE__ */ new Map();
	const byStem = deadlinesByStem(ctx);
	for (const s of new Set(ctx.query.stems)) for (const d of byStem.get(s) ?? []) if (inPool.has(d)) shared.set(d, (shared.get(d) ?? 0) + 1);
	return shared;
}
function documentsFunding(ctx, years) {
	return documentsOf(ctx.index.entries.filter((e) => years.length > 0 && e.entry.role !== "multi-year-total" && inYears(e.entry, years)));
}
/**
* "när ska Region Skåne redovisa?": deadlines whose sentence names the asked words first; else those
* in the documents that fund the asked topic; else all.
*/
function narrowByTopic(ctx, found) {
	if (!hasTopic(ctx.query)) return found;
	const docs = documentsOf(matchTopic(ctx.query, ctx.index));
	const inDocs = found.filter((d) => docs.has(d.span.docId));
	const pool = inDocs.length > 0 ? inDocs : found;
	const shared = sharedStems(ctx, pool);
	const best = Math.max(0, ...shared.values());
	return best > 0 ? pool.filter((d) => shared.get(d) === best) : pool;
}
/** Whether the asked subject is that of a funded document, or shares a word with a deadline's sentence. */
function topicKnown(ctx, found) {
	if (documentsOf(matchTopic(ctx.query, ctx.index)).size > 0) return true;
	return Math.max(0, ...sharedStems(ctx, found).values()) > 0;
}
/** "när ska SoS redovisa?": the deadlines the asked organisation must meet, when a sentence names it so. */
function narrowByOrg(ctx, found) {
	const names = new Set(ctx.query.orgs.map((o) => o.name.toLowerCase()));
	const concerns = (d) => d.who !== null ? names.has(d.who.toLowerCase()) : [...names].some((n) => d.span.text.toLowerCase().includes(n));
	const own = found.filter(concerns);
	return own.length > 0 ? own : found;
}
/** "sista ansökningsdag i utlysningen": the deadlines of the kind of document named, when it sets any. */
function narrowByKind(ctx, found) {
	if (ctx.query.docKinds.length === 0) return found;
	const docs = documentsOfAskedKinds(ctx);
	const own = found.filter((d) => docs.has(d.span.docId));
	return own.length > 0 ? own : found;
}
/** Every deadline in date order (a date without a year last): sorted once per knowledge. */
function sortedDeadlines(ctx) {
	const key = (d) => [
		d.by.year ?? 9999,
		d.by.month ?? 0,
		d.by.day ?? 0
	];
	return [...ctx.knowledge.statements.deadlines].sort((a, b) => {
		const [x, y] = [key(a), key(b)];
		return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0);
	});
}
/** Report, requisition and repayment deadlines, in date order, each with the sentence that sets it. */
function answerDeadlines(ctx) {
	if (ctx.query.cues.has("period")) return answerPeriods(ctx);
	const conditions = conditionAsked(ctx) ? answerConditions(ctx) : null;
	if (conditions) return conditions;
	const asks = (cue) => ctx.query.cues.has(cue) && !(cue === "apply" && conditionAsked(ctx));
	const named = ASKED_KINDS.filter(([, cue]) => asks(cue)).map(([k]) => k);
	const paying = ctx.query.cues.has("payer") || ctx.query.cues.has("pays");
	const wanted = named.length === 0 && paying ? ["requisition"] : named;
	const years = ctx.query.years;
	const yearDocs = documentsFunding(ctx, years);
	const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
	const ofAmount = ctx.index.entries.filter((e) => asked.has(e.entry.amountSek));
	const granting = ofAmount.filter((e) => e.entry.gms && countsAsGrant(e.entry));
	const amountDocs = granting.length > 0 ? yearOwners(ctx, [...new Set(granting.flatMap((e) => e.entry.years))], granting) : documentsOf(ofAmount);
	const numbered = numberedDocuments(ctx);
	const all = memo(ctx.knowledge, "deadlines", () => sortedDeadlines(ctx)).filter((d) => (wanted.length === 0 || wanted.includes(d.kind)) && (asked.size === 0 || amountDocs.has(d.span.docId)) && (numbered.size === 0 || numbered.has(d.span.docId)));
	const ownDocs = years.length > 0 ? yearOwners(ctx, years) : /* @__PURE__ */ new Set();
	const own = all.filter((d) => ownDocs.has(d.span.docId));
	const candidates = own.length > 0 ? own : all.filter((d) => years.length === 0 || years.includes(d.by.year ?? 0) || yearDocs.has(d.span.docId));
	const found = narrowByKind(ctx, narrowByOrg(ctx, narrowByTopic(ctx, candidates)));
	if (named.length === 0 && hasTopic(ctx.query) && !topicKnown(ctx, candidates)) return decline("deadline", say(ctx.language, `Dokumenten anger ingen tidsgräns för ”${ctx.query.topicWords.join(" ")}”.`, `The documents set no deadline for “${ctx.query.topicWords.join(" ")}”.`));
	if (found.length === 0) return decline("deadline", say(ctx.language, "Dokumenten anger ingen sådan tidsgräns.", "The documents set no such deadline."));
	const sv = ctx.language === "sv";
	const lines = found.slice(0, MAX_DEADLINES).map((d) => {
		const marker = ctx.citations.markers([d.span]).text;
		const kind = KIND_NAMES[d.kind][sv ? 0 : 1];
		return `• ${dateText(d.by, ctx.language)}: ${kind} – “${shorten(d.span.text, 110)}” ${marker}`;
	});
	lines.unshift(say(ctx.language, "Tidsgränser i dokumenten:", "Deadlines in the documents:"));
	const more = found.length - MAX_DEADLINES;
	if (more > 0) lines.push(say(ctx.language, `… och ${more} till. Ange år eller område för att begränsa.`, `… and ${more} more. Name a year or an area to narrow it down.`));
	return {
		intent: "deadline",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
const conditionAsked = (ctx) => ctx.query.cues.has("condition") && !ctx.query.cues.has("repay");
// dist/bot/answers/documents.js
const MAX_DOCUMENTS = 10;
/** "Which documents mention data sharing?": each document that states money for it or says it, with one quote. */
function answerDocuments(ctx) {
	const { query } = ctx;
	const asked = new Set(query.amounts.map((a) => a.valueSek));
	if (query.docKinds.length > 0 && !hasTopic(query) && asked.size === 0) return answerKindDocuments(ctx);
	const found = /* @__PURE__ */ new Map();
	const entries = hasTopic(query) ? matchTopic(query, ctx.index) : ctx.index.entries;
	for (const { entry } of entries) {
		if (!inYears(entry, query.years)) continue;
		if (asked.size > 0 && (!asked.has(entry.amountSek) || entry.role === "comparison")) continue;
		for (const s of entry.sources) if (!found.has(s.docId)) found.set(s.docId, s);
	}
	const words = [...query.topicWords, ...query.people].join(" ");
	if (words && query.years.length === 0) {
		for (const p of ctx.knowledge.passages.search(words, {
			limit: 20,
			filter: (p) => !p.heading
		})) if (!found.has(p.docId)) found.set(p.docId, p);
	}
	if (query.docKinds.length > 0) {
		const ofKind = new Set(referenced(ctx).map((d) => d.id));
		for (const id of [...found.keys()]) if (!ofKind.has(id)) found.delete(id);
	}
	if (found.size === 0 || !hasTopic(query) && query.years.length === 0 && asked.size === 0) return decline("documents", say(ctx.language, "Inget dokument tar upp det.", "No document mentions that."));
	const titles = new Map(ctx.knowledge.documents.map((d) => [d.id, d]));
	const lines = [...found.entries()].slice(0, MAX_DOCUMENTS).map(([docId, span]) => {
		const doc = titles.get(docId);
		const undated = query.cues.has("published") ? say(ctx.language, " (odaterat)", " (undated)") : "";
		const date = doc?.published ? ` (${doc.published})` : undated;
		return `• ${doc?.title ?? docId}${date} ${ctx.citations.markers([span]).text}`;
	});
	const what = query.asked.trim();
	lines.unshift(query.cues.has("published") ? say(ctx.language, "Dokumenten och deras datum:", "The documents and their dates:") : what === "" ? say(ctx.language, "Dokument som tar upp det:", "Documents that mention it:") : say(ctx.language, `Dokument som tar upp ”${what}”:`, `Documents that mention “${what}”:`));
	return {
		intent: "documents",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
/**
* "vilka pm finns från 2026", "which press releases are there": the documents of the asked kind (published
* in the asked years, if any), each cited by its first line.
*/
function answerKindDocuments(ctx) {
	const years = ctx.query.years;
	const docs = referenced(ctx).filter((d) => years.length === 0 || years.includes(Number(d.published?.slice(0, 4))));
	const ids = new Set(docs.map((d) => d.id));
	const firstLines = /* @__PURE__ */ new Map();
	for (const { entry } of ctx.index.entries) for (const s of entry.sources) if (ids.has(s.docId) && !firstLines.has(s.docId)) firstLines.set(s.docId, s);
	for (const d of docs) if (!firstLines.has(d.id)) {
		const [p] = ctx.knowledge.passages.search(d.title, {
			limit: 1,
			filter: (x) => x.docId === d.id
		});
		if (p) firstLines.set(d.id, p);
	}
	if (docs.length === 0) return decline("documents", say(ctx.language, "Inget dokument av det slaget.", "No document of that kind."));
	const lines = [...docs].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "")).slice(0, MAX_DOCUMENTS).map((d) => {
		const span = firstLines.get(d.id);
		const marker = span ? ` ${ctx.citations.markers([span]).text}` : "";
		return `• ${d.title}${d.published ? ` (${d.published})` : ""}${marker}`;
	});
	lines.unshift(say(ctx.language, "Dokument av det slaget:", "Documents of that kind:"));
	return {
		intent: "documents",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
// dist/bot/answers/funders.js
/** The giver of a grant: its funder (the government when none is named), and the agency paying it out. */
function giverOf(ctx, e) {
	const whole = e.partOf ? ctx.index.byId.get(e.partOf) : void 0;
	const funder = e.funder ?? whole?.funder ?? "regeringen";
	const payer = payerOf(ctx, e);
	return {
		funder,
		via: payer && payer.toLowerCase() !== funder.toLowerCase() ? payer : null
	};
}
function giverName(ctx, funder, via, cofunding) {
	const name = organisationName(funder, ctx.language);
	return `${name.charAt(0).toUpperCase() + name.slice(1)}${via ? say(ctx.language, ` via ${via}`, ` through ${organisationName(via, "en")}`) : ""}${cofunding ? say(ctx.language, " (medfinansiering)", " (co-funding)") : ""}`;
}
function answerFunders(ctx) {
	const years = ctx.query.years;
	const asked = (e) => years.length === 0 || inYears(e, years);
	const grants = ctx.index.entries.map((x) => x.entry).filter((e) => countsAsGrant(e) && asked(e));
	const cofunding = ctx.index.entries.map((x) => x.entry).filter((e) => e.role === "co-funding" && e.gms && e.funder !== null && !/^(GMS|Genomic Medicine Sweden)/.test(e.funder ?? "") && fundingRole(e) !== "comparison" && asked(e));
	const listed = new Set([...grants, ...cofunding].map((e) => e.id));
	const shareOfListed = (e) => e.partOf !== null && listed.has(e.partOf);
	const groups = /* @__PURE__ */ new Map();
	for (const [entries, co] of [[grants, false], [cofunding, true]]) for (const e of entries.filter((x) => !shareOfListed(x))) {
		const { funder, via } = giverOf(ctx, e);
		const key = giverName(ctx, funder, via, co);
		groups.set(key, [...groups.get(key) ?? [], e]);
	}
	if (groups.size === 0) return decline("funder", say(ctx.language, `Dokumenten anger ingen som ger GMS pengar${years.length ? ` ${years.join(", ")}` : ""}.`, `The documents name no one giving GMS money${years.length ? ` in ${years.join(", ")}` : ""}.`));
	const figures = [];
	const lines = [];
	for (const [name, entries] of groups) {
		const amounts = entries.sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0)).map((e) => {
			const { figure, markers } = entryFigure(ctx, e);
			figures.push(figure);
			const when = yearsText(e);
			return `${qualifiedText(ctx, e.amountSek, e.qualifier)}${when ? ` (${when})` : ""} ${markers}`;
		});
		lines.push(`• ${name}: ${amounts.join(", ")}`);
	}
	return {
		intent: "funder",
		answered: true,
		text: [say(ctx.language, `Enligt dokumenten ger dessa GMS pengar${years.length ? ` ${years.join(", ")}` : ""}:`, `According to the documents, GMS is funded by${years.length ? ` (${years.join(", ")})` : ""}:`), ...lines].join("\n"),
		figures
	};
}
// dist/bot/answers/pending.js
/**
* "Har regeringen beslutat om ett flerårigt anslag?": no, when a document says that decision is not taken
* yet ("Något beslut har ännu inte fattats"); else the decisions the documents describe.
*/
function answerPending(ctx) {
	const q = ctx.query;
	if (q.years.length > 0 && q.stems.length === 0 && q.topics.length === 0 && q.months.length === 0) return answerDecidedYear(ctx);
	return answerNotDecided(ctx, ctx.knowledge.statements.decisions) ?? answerDecisions(ctx);
}
// dist/bot/answers/budget-line-answer.js
const MAX_LINES = 4;
/**
* "Vilket anslag belastas 2030 års medel?", "which appropriation is the money charged to": the budget lines
* the documents granting the asked money book it against, each quoted; never an amount in its stead.
*/
function answerBudgetLines(ctx) {
	const years = ctx.query.years;
	const docs = ctx.query.amounts.length > 0 ? tellersOf(ctx) : years.length > 0 ? yearOwners(ctx, years) : askedDocuments(ctx);
	const seen = /* @__PURE__ */ new Set();
	const found = [];
	for (const b of ctx.knowledge.statements.budgetLines) {
		if (docs && !docs.has(b.span.docId)) continue;
		if (b.appropriation === null) continue;
		const key = `${b.span.docId}|${b.appropriation}|${b.post ?? ""}`;
		if (seen.has(key)) continue;
		seen.add(key);
		found.push(b);
	}
	if (found.length === 0) return decline("reference", say(ctx.language, "Dokumenten anger inget anslag för det.", "The documents name no appropriation for that."));
	const chosen = found.slice(0, MAX_LINES);
	const lines = chosen.map((b) => `• ${line(ctx, b)} – ${quotedLine(ctx, b.span)}`);
	lines.unshift(say(ctx.language, "Medlen belastar enligt dokumenten:", `The money is charged to, according to the documents${swedishQuoteNote(ctx, chosen.map((b) => b.span))}:`));
	return {
		intent: "reference",
		answered: true,
		text: lines.join("\n"),
		figures: []
	};
}
/** "vilket anslag belastas de 40 miljonerna?": the documents that tell money of the asked amounts. */
function tellersOf(ctx) {
	const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
	const docs = /* @__PURE__ */ new Set();
	for (const { entry } of ctx.index.entries) if (asked.has(entry.amountSek)) for (const s of entry.sources) docs.add(s.docId);
	return docs;
}
function line(ctx, b) {
	const post = b.post ? say(ctx.language, `, anslagsposten ${b.post}`, `, post ${b.post}`) + (b.postName ? ` ${b.postName}` : "") : "";
	return `${say(ctx.language, "anslaget", "appropriation")} ${b.appropriation}${post}`;
}
// dist/bot/answers/references.js
/**
* "diarienr för beslutet om 66 mkr?", "what's the case number of the April decision": the numbers the asked
* documents are filed under (every document's, when none is asked), each with its document and date.
*/
function answerReferences(ctx) {
	if (ctx.query.cues.has("whichLine") && !ctx.query.cues.has("caseNumber")) return answerBudgetLines(ctx);
	const numbered = numberedDocuments(ctx);
	const asked = new Set(ctx.query.references.map((r) => r.toLowerCase()));
	const docs = numbered.size > 0 ? numbered : askedReferenceDocuments(ctx);
	const found = ctx.knowledge.statements.references.filter((r) => (docs === null || docs.has(r.span.docId)) && (asked.size === 0 || asked.has(r.number.text.toLowerCase())));
	if (found.length === 0) return decline("reference", say(ctx.language, "Dokumenten anger inget diarienummer för det.", "The documents give no reference number for that."));
	const titles = new Map(ctx.knowledge.documents.map((d) => [d.id, d]));
	const lines = found.map((r) => {
		const doc = titles.get(r.span.docId);
		const dated = doc?.published ? ` (${doc.published})` : "";
		return `• ${r.number.text}: ${doc?.title ?? r.span.docId}${dated} ${ctx.citations.markers([r.number]).text}`;
	});
	return {
		intent: "reference",
		answered: true,
		text: [lead(ctx, found), ...lines].join("\n"),
		figures: []
	};
}
function lead(ctx, found) {
	return found.length === 1 ? say(ctx.language, "Diarienummer:", "Reference number:") : say(ctx.language, "Diarienummer i dokumenten:", "Reference numbers in the documents:");
}
/** The documents asked about: by kind ("beslutet"), month, year, amount, subject or organisation; null when none is. */
function askedReferenceDocuments(ctx) {
	const q = ctx.query;
	const published = new Set(ctx.knowledge.documents.filter((d) => q.years.includes(Number(d.published?.slice(0, 4)))).map((d) => d.id));
	let docs = askedEntries(ctx) === null && published.size > 0 ? published : askedDocuments(ctx);
	const month = q.months[0];
	if (month !== void 0) {
		const dated = ctx.knowledge.documents.filter((d) => Number(d.published?.slice(5, 7)) === month);
		docs = intersect(docs, new Set(dated.map((d) => d.id)));
	}
	if (q.docKinds.length > 0) docs = intersect(docs, new Set(referenced(ctx).map((d) => d.id)));
	if (q.cues.has("decision")) {
		const narrowed = intersect(docs, new Set(decisionDocuments$1(ctx)));
		if (narrowed.size > 0) docs = narrowed;
	}
	const byOrg = orgDocuments(ctx);
	if (byOrg) docs = intersect(docs, byOrg);
	return docs;
}
function intersect(a, b) {
	return a === null ? b : new Set([...a].filter((x) => b.has(x)));
}
// dist/bot/answers/summing-to.js
const MAX_COMPONENTS = 4;
const MAX_CANDIDATES = 8;
/** The amounts told before the total in its document, same years, that add up to it exactly. */
function summingTo(ctx, total) {
	const source = total.sources[0];
	if (!source) return [];
	return subsetSumming(ctx.index.entries.map((e) => e.entry).filter((e) => e !== total && [
		"grant",
		"part",
		"co-funding"
	].includes(e.role) && e.years.join() === total.years.join() && e.sources.some((s) => s.docId === source.docId && s.start < source.start)).slice(0, MAX_CANDIDATES), total.amountSek) ?? [];
}
/** The smallest set of entries (at most a few) whose amounts add up to the target. */
function subsetSumming(entries, target) {
	for (let size = 2; size <= Math.min(MAX_COMPONENTS, entries.length); size++) {
		const found = choose(entries, size, 0, target);
		if (found) return found;
	}
	return null;
}
function choose(entries, size, from, left) {
	if (size === 0) return left === 0 ? [] : null;
	for (let i = from; i < entries.length; i++) {
		const e = entries[i];
		if (e.amountSek > left) continue;
		const rest = choose(entries, size - 1, i + 1, left - e.amountSek);
		if (rest) return [e, ...rest];
	}
	return null;
}
// dist/bot/answers/state-money.js
const MAX_ENTRIES = 3;
/** The question asks whether money is the state's (GMS's) funding. */
function asksStateMoney(ctx) {
	return ctx.query.cues.has("stateMoney");
}
/** The yes or no, with the money it is about; null when the question names no money the ledger has. */
function answerStateMoney(ctx) {
	const entries = askedMoney(ctx).slice(0, MAX_ENTRIES);
	if (!entries[0]) return null;
	const readings = entries.map((e) => readMoney(ctx, e));
	if (new Set(readings.map((r) => r.verdict)).size > 1) return eachItsOwn(ctx, entries, readings);
	const verdict = readings[0]?.verdict ?? null;
	const shown = [.../* @__PURE__ */ new Set([...entries, ...readings.flatMap((r) => r.components)])];
	const items = shown.map((e) => describeEntry(ctx, e));
	const distinct = [...new Set(readings.map((r) => r.reason))];
	const reasons = (verdict === "yes" ? distinct.slice(0, 1) : distinct).join(" ");
	const figures = shown.map((e) => entryFigure(ctx, e).figure);
	if (verdict !== null) return verdictDraft(ctx, verdict, lowerFirst(reasons), items, figures);
	return {
		intent: "inclusion",
		answered: true,
		text: [reasons, ...items.map((i) => `• ${i}`)].join("\n"),
		figures
	};
}
/** Money of different kinds under one description ("the 12 million"): each with its own answer. */
function eachItsOwn(ctx, entries, readings) {
	return {
		intent: "inclusion",
		answered: true,
		text: [say(ctx.language, "Det beror på vilket belopp du menar:", "That depends on which amount you mean:"), ...entries.map((e, i) => {
			const r = readings[i];
			return `• ${describeEntry(ctx, e)} ${verdictWord(ctx, r.verdict)}${lowerFirst(r.reason)}`;
		})].join("\n"),
		figures: entries.map((e) => entryFigure(ctx, e).figure)
	};
}
/** "… and is it GMS money?" asked beside another question: one line on the money the answer shows first. */
function stateMoneyNote(ctx, draft) {
	const { cues } = ctx.query;
	const asked = [
		"yesNo",
		"isIt",
		"included"
	].some((c) => cues.has(c));
	const other = OTHER_ASKS.some((c) => c !== "howMuch" && cues.has(c));
	if (!asksStateMoney(ctx) || !asked || other || !draft.answered || draft.intent === "inclusion") return "";
	const entry = shownEntry(ctx, draft);
	if (!entry) return "";
	const { verdict, reason } = readMoney(ctx, entry);
	return verdict === null ? reason : `${verdictWord(ctx, verdict)}${lowerFirst(reason)}`;
}
/** The entry behind the answer's first stated figure: of those with its amount and year, the one it cites. */
function shownEntry(ctx, draft) {
	const shown = draft.figures.find((f) => !f.derived);
	if (!shown) return void 0;
	const cited = new Set(ctx.citations.all().filter((c) => shown.citations.includes(c.id)).map((c) => `${c.docId}:${c.start}`));
	return ctx.index.entries.map((e) => e.entry).find((e) => e.amountSek === shown.amountSek && e.year === shown.year && e.sources.some((s) => cited.has(`${s.docId}:${s.start}`)));
}
/** The money asked about: amounts named, else a kind of document, an organisation's money or a topic. */
function askedMoney(ctx) {
	const { query } = ctx;
	const all = ctx.index.entries.map((e) => e.entry).filter((e) => inYears(e, query.years));
	if (query.amounts.length > 0) {
		const asked = new Set(query.amounts.map((a) => a.valueSek));
		const ofAmount = all.filter((e) => asked.has(e.amountSek));
		const pool = new Set(ofAmount);
		const onTopic = hasTopic(query) ? matchTopic(query, ctx.index, (e) => pool.has(e.entry)).map((e) => e.entry) : [];
		return ofAskedOrgs(ctx, onTopic.length > 0 ? onTopic : ofAmount);
	}
	if (query.docKinds.length > 0) {
		const docs = new Set(referenced(ctx).map((d) => d.id));
		return ofAskedOrgs(ctx, all.filter((e) => e.sources.some((s) => docs.has(s.docId)))).sort((a, b) => ownDoc(b, docs) - ownDoc(a, docs));
	}
	if (hasTopic(query)) {
		const matched = narrowedByOtherWords(query, ctx.index, matchTopic(query, ctx.index)).map((e) => e.entry);
		const granted = matched.filter((e) => e.role !== "co-funding");
		return query.cues.has("cofund") || granted.length === 0 ? matched : granted;
	}
	const org = query.orgs[0];
	if (org) return givenBy(ctx, ledgerName(ctx, org.name));
	return query.cues.has("cofund") ? all.filter((e) => e.role === "co-funding") : [];
}
/** 1 when every source of the entry is in the documents asked about. */
function ownDoc(e, docs) {
	return Number(e.sources.every((s) => docs.has(s.docId)));
}
/** Of the entries, those the named organisation gave, got or paid, when it has any. */
function ofAskedOrgs(ctx, entries) {
	const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
	const theirs = entries.filter((e) => [
		e.funder,
		e.recipient,
		e.payer
	].some((n) => names.includes(n?.toLowerCase() ?? "")) || names.some((n) => quotesName(e, n)));
	return theirs.length > 0 ? theirs : entries;
}
/** Whether one entry is the state's funding of GMS, and why, in the asker's language. */
function readMoney(ctx, e) {
	const lang = ctx.language;
	const none = [];
	if (e.role === "total" || e.role === "multi-year-total" && e.gms) return readTotal(ctx, e);
	if (countsAsGrant(e) || e.role === "part" && e.gms || e.role === "comparison" && e.gms) return {
		verdict: "yes",
		reason: say(lang, "Det räknas som statens stöd till GMS.", "It counts as the state's funding of GMS."),
		components: none
	};
	if (e.role === "co-funding") return {
		verdict: "no",
		reason: coFunding(ctx, e),
		components: none
	};
	if (e.role === "estimate") return {
		verdict: null,
		reason: say(lang, "Det är en beräkning i budgetpropositionen, inte ett beslut om pengar.", "It is an estimate in the budget bill, not a decision on money."),
		components: none
	};
	if (!e.gms) return {
		verdict: "no",
		reason: notGms(ctx, e),
		components: none
	};
	return {
		verdict: null,
		reason: say(lang, "Dokumenten säger inte hur mycket av det som är GMS pengar.", "The documents don't say how much of it is GMS's money."),
		components: none
	};
}
function coFunding(ctx, e) {
	if (e.funder === "GMS") return say(ctx.language, "Det är pengar som GMS själv bidrar med, inte pengar till GMS.", "It is money GMS itself puts in, not money for GMS.");
	const giver = e.funder && !ctx.query.cues.has("cofund") ? organisationName(e.funder, ctx.language) : null;
	const from = giver ? say(ctx.language, ` från ${giver}`, ` from ${giver}`) : "";
	return say(ctx.language, `Det är medfinansiering${from} vid sidan av statens stöd, inte en del av det.`, `It is co-funding${from} beside the state's funding, not part of it.`);
}
/** Money not GMS's: the sentence that says so, when its document has one. */
function notGms(ctx, e) {
	const said = notGmsSentence(ctx, e);
	const marker = said ? ` ${ctx.citations.markers([said]).text}` : "";
	if (e.recipient && !said) return say(ctx.language, `Pengarna går till ${e.recipient}, inte till GMS.`, `The money goes to ${e.recipient}, not to GMS.`);
	return say(ctx.language, `Det ingår inte i statens stöd till GMS${marker}.`, `It is not part of the state's funding of GMS${marker}.`);
}
/** The document's own "ingår inte i GMS" sentence nearest the entry's. */
function notGmsSentence(ctx, e) {
	const byDoc = memo(ctx.knowledge, "not-gms-by-document", () => {
		const out = /* @__PURE__ */ new Map();
		for (const n of ctx.knowledge.statements.notGms ?? []) out.set(n.span.docId, [...out.get(n.span.docId) ?? [], n.span]);
		return out;
	});
	let best = null;
	for (const s of e.sources) for (const span of byDoc.get(s.docId) ?? []) {
		const distance = Math.abs(span.start - s.start);
		if (!best || distance < best.distance) best = {
			span,
			distance
		};
	}
	return best?.span ?? null;
}
/** A stated total is the state's funding only if all it adds up is: its parts, else amounts that sum to it. */
function readTotal(ctx, total) {
	const parts = total.parts.map((id) => ctx.index.byId.get(id)).filter((e) => e !== void 0);
	const components = parts.length > 0 ? parts : summingTo(ctx, total);
	const lang = ctx.language;
	if (components.length === 0) return {
		verdict: total.gms && total.role === "multi-year-total" ? "yes" : null,
		reason: say(lang, "Dokumenten säger inte vad summan består av.", "The documents don't say what the sum is made of."),
		components
	};
	const others = components.filter((c) => readMoney(ctx, c).verdict !== "yes");
	if (others.length === 0) return {
		verdict: "yes",
		reason: say(lang, "Allt summan består av räknas som statens stöd till GMS.", "Everything the sum is made of counts as the state's funding of GMS."),
		components
	};
	const list = others.map((c) => amountOf(ctx, c)).join(say(lang, " och ", " and "));
	return {
		verdict: "no",
		reason: say(lang, `Summan innehåller ${list}, som inte är statens stöd till GMS.`, `The sum includes ${list}, which is not the state's funding of GMS.`),
		components
	};
}
function amountOf(ctx, e) {
	const { markers } = entryFigure(ctx, e);
	const giver = e.funder ? organisationName(e.funder, ctx.language) : null;
	const from = giver ? say(ctx.language, ` från ${giver}`, ` from ${giver}`) : "";
	const kind = e.role === "co-funding" ? say(ctx.language, ` i medfinansiering${from}`, ` in co-funding${from}`) : "";
	return `${amountText(ctx, e.amountSek)}${kind} ${markers}`;
}
/** "Ja: ", "No: ", or nothing when there is no yes or no. */
function verdictWord(ctx, verdict) {
	if (verdict === null) return "";
	return `${say(ctx.language, verdict === "yes" ? "Ja" : "Nej", verdict === "yes" ? "Yes" : "No")}: `;
}
function lowerFirst(text) {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
// dist/bot/threshold.js
const BEFORE_AMOUNT = [
	...words([
		"över",
		"mer än",
		"mera än",
		"more than",
		"over",
		"above",
		"högre än",
		"större än"
	], "above", false),
	...words([
		"higher than",
		"bigger than",
		"larger than",
		"greater than",
		"in excess of"
	], "above", false),
	...words([
		"minst",
		"at least",
		"no less than",
		"inte mindre än"
	], "above", true),
	...words([
		"under",
		"mindre än",
		"less than",
		"below",
		"lägre än",
		"lower than",
		"smaller than"
	], "below", false),
	...words(["fewer than", "färre än"], "below", false),
	...words([
		"högst",
		"at most",
		"no more than",
		"inte mer än",
		"max"
	], "below", true)
];
const VERBS = [
	...words([
		"exceed",
		"exceeded",
		"exceeds",
		"surpass",
		"surpassed",
		"surpasses"
	], "above", false),
	...words([
		"översteg",
		"överstiger",
		"överskred",
		"överskrider",
		"överstigit"
	], "above", false),
	...words(["understeg", "understiger"], "below", false)
];
const BETWEEN = /* @__PURE__ */ new Set([
	"sek",
	"kr",
	"the",
	"a",
	"total",
	"totalt",
	"sammanlagt"
]);
function words(phrases, direction, inclusive) {
	return phrases.map((p) => [p, {
		direction,
		inclusive
	}]);
}
const BEFORE = BEFORE_AMOUNT.map(([p, side]) => ({
	words: p.split(" "),
	side
}));
const VERB_SIDES = new Map(VERBS);
/** The bar the question sets, when it names one amount with a comparing word before it; else null. */
function readThreshold(tokens, amounts) {
	if (amounts.length !== 1) return null;
	const [amount] = amounts;
	if (!amount) return null;
	let end = tokens.findIndex((t) => t.start >= amount.start);
	if (end < 0) end = tokens.length;
	while (end > 0 && BETWEEN.has(tokens[end - 1]?.word ?? "")) end -= 1;
	const first = tokens.findIndex((t) => t.start >= amount.start);
	const matches = (phrase, from) => from >= 0 && phrase.every((w, i) => tokens[from + i]?.word === w);
	for (const { words: phrase, side } of BEFORE) if (matches(phrase, end - phrase.length) || first >= 0 && matches(phrase, first)) return {
		valueSek: amount.valueSek,
		...side,
		verb: false
	};
	for (let i = 0; i < end; i++) {
		const side = VERB_SIDES.get(tokens[i]?.word ?? "");
		if (side) return {
			valueSek: amount.valueSek,
			...side,
			verb: true
		};
	}
	return null;
}
/** Whether `value` clears the bar. */
function meetsThreshold(value, t) {
	if (t.direction === "above") return t.inclusive ? value >= t.valueSek : value > t.valueSek;
	return t.inclusive ? value <= t.valueSek : value < t.valueSek;
}
const THAN = /* @__PURE__ */ new Set(["än", "than"]);
const THAN_FILLERS = /* @__PURE__ */ new Set([
	"in",
	"i",
	"under",
	"för",
	"for",
	"år",
	"året",
	"the",
	"year"
]);
/** "fick barncancer mindre 2027 än 2026?": the year named after "än"/"than", when one is; else null. */
function readComparedYear(tokens) {
	for (let i = 0; i < tokens.length; i++) {
		if (!THAN.has(tokens[i]?.word ?? "")) continue;
		let k = i + 1;
		while (k < tokens.length && THAN_FILLERS.has(tokens[k]?.word ?? "")) k += 1;
		const word = tokens[k]?.word ?? "";
		if (/^(?:19|20)\d\d$/.test(word)) return Number(word);
	}
	return null;
}
// dist/bot/answers/threshold.js
const CITES = /\[\d+\]/;
const GIVEN = /* @__PURE__ */ new Set([
	"grant",
	"part",
	"total",
	"multi-year-total",
	"comparison",
	"co-funding"
]);
/**
* The figure a yes or no is about: a computed sum, or the one stated amount the answer gives (with, at most,
* the wholes it is part of). Several amounts side by side, or only an estimate, give none.
*/
function headline(ctx, draft) {
	const [first, ...rest] = draft.figures;
	if (!first) return null;
	if (first.derived) return first;
	const lead = draft.text.split("\n", 1)[0] ?? "";
	if (!CITES.test(lead)) return null;
	const told = ctx.index.entries.map((e) => e.entry).filter((e) => e.amountSek === first.amountSek && (first.year === null || e.years.includes(first.year)));
	if (!told.some((e) => GIVEN.has(e.role))) return null;
	const wholes = /* @__PURE__ */ new Set();
	for (const e of told) for (let w = e.partOf ? ctx.index.byId.get(e.partOf) : void 0, n = 0; w && n < 4; n++) {
		wholes.add(w.amountSek);
		w = w.partOf ? ctx.index.byId.get(w.partOf) : void 0;
	}
	const ids = new Set(told.map((e) => e.id));
	const parts = new Set(ctx.index.entries.map((e) => e.entry).filter((e) => e.partOf !== null && ids.has(e.partOf)).map((e) => e.amountSek));
	return rest.every((f) => f.derived || wholes.has(f.amountSek) || parts.has(f.amountSek) || f.amountSek === first.amountSek && f.year === first.year) ? first : null;
}
const COMPARE = {
	"above-false": ["mer än", "more than"],
	"above-true": ["minst", "at least"],
	"below-false": ["mindre än", "less than"],
	"below-true": ["högst", "at most"]
};
/** The draft with a verdict first, or null when it gives no one figure to measure. */
function withThresholdVerdict(ctx, threshold, draft) {
	if (!draft.answered) return null;
	const figure = headline(ctx, draft);
	if (!figure) return null;
	const yes = meetsThreshold(figure.amountSek, threshold);
	const [sv, en] = COMPARE[`${threshold.direction}-${threshold.inclusive}`] ?? ["", ""];
	const value = amountText(ctx, figure.amountSek);
	const bar = amountText(ctx, threshold.valueSek);
	return withVerdict(ctx, draft, yes, say(ctx.language, `${value} är ${yes ? "" : "inte "}${sv} ${bar}.`, `${value} is ${yes ? "" : "not "}${en} ${bar}.`));
}
/**
* "Fick barncancer mindre 2027 än 2026?": yes or no on the two years' stated figures the change answer shows,
* the year after "än"/"than" the one measured against. No verdict unless each year has one figure.
*/
function withComparisonVerdict(ctx, draft) {
	const { query } = ctx;
	const more = query.cues.has("more");
	const less = query.cues.has("less");
	if (!draft.answered || more === less || query.years.length !== 2) return null;
	const against = query.comparedYear ?? query.years[0];
	const subject = query.years.find((y) => y !== against);
	if (against === void 0 || subject === void 0) return null;
	const one = (y) => {
		const stated = draft.figures.filter((f) => !f.derived && f.year === y);
		const summed = draft.figures.filter((f) => f.derived && f.year === y);
		return stated.length === 1 ? stated[0] : summed.length === 1 ? summed[0] : void 0;
	};
	const a = one(subject);
	const b = one(against);
	if (!a || !b) return null;
	const yes = more ? a.amountSek > b.amountSek : a.amountSek < b.amountSek;
	const [sv, en] = more ? ["mer än", "more than"] : ["mindre än", "less than"];
	return withVerdict(ctx, draft, yes, say(ctx.language, `${amountText(ctx, a.amountSek)} ${subject} är ${yes ? "" : "inte "}${sv} ${amountText(ctx, b.amountSek)} ${against}.`, `${amountText(ctx, a.amountSek)} in ${subject} is ${yes ? "" : "not "}${en} ${amountText(ctx, b.amountSek)} in ${against}.`));
}
/** The draft with "Ja:"/"Yes:" or "Nej:"/"No:" and its reason first, in text and blocks alike. */
function withVerdict(ctx, draft, yes, reason) {
	const word = say(ctx.language, yes ? "Ja" : "Nej", yes ? "Yes" : "No");
	const rest = draft.blocks ?? blocksFromText(draft.text);
	return {
		...draft,
		text: `${word}: ${reason}\n${draft.text}`,
		blocks: [{
			kind: "yesno",
			verdict: yes ? "yes" : "no",
			text: reason
		}, ...rest]
	};
}
// dist/bot/answers/who.js
const MAX_CITES_PER_NAME = 3;
/** Who pays out or distributes, grouped by organisation in order of how often the documents say so. */
function channels(ctx, kind) {
	return memo(ctx.knowledge, `channels:${kind}`, () => {
		const found = /* @__PURE__ */ new Map();
		for (const c of ctx.knowledge.statements.channels) {
			if (c.kind !== kind) continue;
			const f = found.get(c.organisation) ?? {
				name: c.organisation,
				passages: [],
				amounts: []
			};
			f.passages.push(c.span);
			f.amounts?.push(c.amounts.map((a) => a.valueSek));
			found.set(c.organisation, f);
		}
		return [...found.values()].sort((a, b) => b.passages.length - a.passages.length);
	});
}
/** The payer each entry's own sentences name, cited there; a whole's payer stands for its shares. */
function payersOf(ctx, entries) {
	const found = /* @__PURE__ */ new Map();
	for (const e of entries) {
		if (!e.payer) continue;
		const whole = e.partOf ? ctx.index.byId.get(e.partOf) : void 0;
		const naming = (x) => x?.sources.filter((s) => s.text.includes(e.payer ?? "")) ?? [];
		const sources = [...naming(whole), ...naming(e)];
		const f = found.get(e.payer) ?? {
			name: e.payer,
			passages: []
		};
		for (const s of sources.length > 0 ? sources : e.sources) if (!f.passages.some((p) => p.docId === s.docId && p.start === s.start)) f.passages.push(s);
		found.set(e.payer, f);
	}
	return [...found.values()];
}
/** "… och till vem?": who gets the asked money; a share's recipient is its whole's, where the whole names one. */
function recipientsOf(ctx, entries) {
	const found = /* @__PURE__ */ new Map();
	for (const e of entries) {
		const whole = e.partOf ? ctx.index.byId.get(e.partOf) : void 0;
		const by = whole?.recipient ? whole : e;
		if (!by.recipient) continue;
		const f = found.get(by.recipient) ?? {
			name: by.recipient,
			passages: []
		};
		const naming = by.sources.filter((s) => s.text.includes(by.recipient ?? ""));
		for (const s of naming.length > 0 ? naming : by.sources) if (!f.passages.some((p) => p.docId === s.docId && p.start === s.start)) f.passages.push(s);
		found.set(by.recipient, f);
	}
	return [...found.values()];
}
/** With a topic, amount or year asked, only what the documents about it say. */
function inAskedDocuments(ctx, findings) {
	const docs = askedDocuments(ctx);
	return docs === null ? findings : keepPassages(findings, (p) => docs.has(p.docId));
}
/** With a year asked, only what the documents funding that year say: a 2022 decision says nothing of 2024. */
function inAskedYears(ctx, findings) {
	if (ctx.query.years.length === 0) return findings;
	const inYear = ctx.index.entries.filter((e) => inYears(e.entry, ctx.query.years) && (e.entry.role !== "multi-year-total" || e.entry.years.every((y) => ctx.query.years.includes(y))));
	const docs = documentsOf(inYear);
	const told = /* @__PURE__ */ new Map();
	for (const e of inYear) {
		if (!e.entry.gms) continue;
		for (const s of e.entry.sources) {
			const list = told.get(s.docId);
			if (list) list.push(s);
			else told.set(s.docId, [s]);
		}
	}
	const paidHere = (p) => (told.get(p.docId) ?? []).some((s) => s.start < p.end && s.end > p.start);
	const own = owningDocuments(inYear);
	const keep = (inDocs) => keepPassages(findings, (p, amounts) => amounts.length === 0 ? inDocs.has(p.docId) : docs.has(p.docId) && paidHere(p));
	const strict = keep(own);
	return strict.length > 0 ? strict : keep(docs);
}
/** A sentence naming amounts pays those: one none of whose amounts went to GMS pays someone else (a study). */
function paysGms(ctx, findings) {
	const gms = memo(ctx.knowledge, "gms-amounts", () => new Set(ctx.index.entries.filter((e) => e.entry.gms).map((e) => e.entry.amountSek)));
	return keepPassages(findings, (_, amounts) => amounts.length === 0 || amounts.some((a) => gms.has(a)));
}
/** The findings with only the passages `keep` allows; a name left with none is dropped. */
function keepPassages(findings, keep) {
	return findings.map((f) => {
		const kept = f.passages.flatMap((p, i) => keep(p, f.amounts?.[i] ?? []) ? [i] : []);
		return {
			name: f.name,
			passages: kept.flatMap((i) => f.passages[i] ?? []),
			amounts: kept.map((i) => f.amounts?.[i] ?? [])
		};
	}).filter((f) => f.passages.length > 0);
}
function render(ctx, findings) {
	return listText(findings.map((f) => `${f.name} ${ctx.citations.markers(f.passages.slice(0, MAX_CITES_PER_NAME)).text}`), ctx.language);
}
/** "Vem betalar ut pengarna?": the agencies the documents say pay out. */
function answerPayer(ctx) {
	const specific = askedEntries(ctx) ?? recipientsMoney(ctx);
	const all = () => channels(ctx, "pays-out");
	let findings = specific ? payersOf(ctx, specific) : paysGms(ctx, inAskedYears(ctx, all()));
	const unpaid = specific?.filter((e) => !payerOf(ctx, e)) ?? [];
	if (unpaid.length > 0 && (findings.length === 0 || unpaid.length < (specific?.length ?? 0))) {
		const docs = documentsOf(unpaid);
		const amounts = new Set(unpaid.map((e) => e.amountSek));
		const named = keepPassages(all(), (p, told) => docs.has(p.docId) && told.every((a) => amounts.has(a)));
		findings = [...findings, ...named.filter((f) => !findings.some((g) => g.name === f.name))];
	}
	if (findings.length === 0) return decline("payer", say(ctx.language, "Dokumenten säger inte vem som betalar ut medlen.", "The documents don't say who pays the money out."));
	const to = ctx.query.cues.has("recipient") && specific ? recipientsOf(ctx, specific) : [];
	const toText = to.length === 0 ? "" : ` ${say(ctx.language, "till", "to")} ${render(ctx, to)}`;
	return {
		intent: "payer",
		answered: true,
		text: say(ctx.language, `Pengarna betalas ut av ${render(ctx, findings)}${toText}.`, `The money is paid out by ${render(ctx, findings)}${toText}.`),
		figures: []
	};
}
/** "vem betalar ut örebros pengar": the money the asked organisation received; null when none is asked. */
function recipientsMoney(ctx) {
	const org = ctx.query.orgs.find((o) => o.role !== "payer" && o.role !== "funder");
	if (!org) return null;
	const got = receivedBy(ctx, ledgerName(ctx, org.name));
	return got.length > 0 ? got : null;
}
/** "Who distributes the money?": who passes it on to the parties. */
function answerDistributor(ctx) {
	const every = inAskedDocuments(ctx, channels(ctx, "distributes"));
	const asked = new Set(ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase()));
	const named = every.filter((f) => asked.has(f.name.toLowerCase()));
	const findings = named.length > 0 ? named : every;
	if (findings.length === 0) return decline("distributor", say(ctx.language, "Dokumenten säger inte vem som fördelar medlen.", "The documents don't say who distributes the money."));
	const [only] = findings;
	const to = findings.length === 1 && only ? distributedTo(only.passages[0]) : null;
	return {
		intent: "distributor",
		answered: true,
		text: to === null ? say(ctx.language, `Medlen fördelas av ${render(ctx, findings)} till övriga parter.`, `The money is distributed to the other parties by ${render(ctx, findings)}.`) : say(ctx.language, `Medlen fördelas av ${render(ctx, findings)} till ”${to}”.`, `The money is distributed by ${render(ctx, findings)} to “${to}”.`),
		figures: []
	};
}
const DISTRIBUTING = ["fördel", "distribut"];
const TO_WORDS = /* @__PURE__ */ new Set(["till", "to"]);
const TO_WITHIN = 4;
const MAX_TO_CHARS = 120;
/** The words after a distributing verb's "till"/"to" to the end of its sentence, as written; null if none. */
function distributedTo(span) {
	if (!span) return null;
	const toks = words$1(span.text);
	const verb = toks.findIndex((t) => DISTRIBUTING.some((d) => t.word.startsWith(d)));
	if (verb < 0) return null;
	const to = toks.slice(verb + 1, verb + 1 + TO_WITHIN).find((t) => TO_WORDS.has(t.word));
	if (!to) return null;
	const rest = span.text.slice(to.end).trim().replace(/[.;:]+$/u, "");
	return rest === "" || rest.length > MAX_TO_CHARS ? null : rest;
}
/** "Who receives the money?": the recipients named in the ledger, with the sentences that name them. */
function answerRecipient(ctx) {
	if (ctx.query.unknown.length > 0) {
		const what = ctx.query.unknown.join(" ");
		return decline("recipient", say(ctx.language, `Dokumenten nämner inte ”${what}”.`, `The documents don't mention “${what}”.`));
	}
	const found = /* @__PURE__ */ new Map();
	const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
	const topical = hasTopic(ctx.query) ? matchTopic(ctx.query, ctx.index) : ctx.index.entries;
	const parts = ctx.query.cues.has("included");
	const asked = (e) => amounts.has(e.amountSek) || parts && e.partOf !== null && amounts.has(ctx.index.byId.get(e.partOf)?.amountSek ?? -1);
	const entries = topical.filter((e) => inYears(e.entry, ctx.query.years) && (amounts.size === 0 || asked(e.entry)));
	for (const { entry } of entries) {
		if (!entry.recipient || entry.role === "agency-cap" || entry.role === "budget-frame") continue;
		const source = entry.sources.find((s) => s.text.includes(entry.recipient ?? "")) ?? entry.sources[0];
		if (!source) continue;
		const list = found.get(entry.recipient) ?? [];
		if (list.length < MAX_CITES_PER_NAME && !list.some((p) => p.start === source.start && p.docId === source.docId)) list.push(source);
		found.set(entry.recipient, list);
	}
	const ofKind = ofAskedKind(ctx.query.cues);
	for (const name of found.keys()) if (!ofKind(name)) found.delete(name);
	const payees = aboutTheMoney(ctx) ? inAskedYears(ctx, channels(ctx, "paid-to")).filter((p) => ofKind(p.name)) : [];
	if (found.size === 0 && payees.length === 0) {
		const none = noneOfAskedKind(ctx.query.cues, ctx.language);
		return decline("recipient", none ? say(ctx.language, `Dokumenten namnger ${none} som mottagare.`, `The documents name ${none} as a recipient.`) : say(ctx.language, "Dokumenten namnger ingen mottagare.", "The documents name no recipient."));
	}
	const findings = [...found.entries()].map(([name, passages]) => ({
		name,
		passages
	}));
	return {
		intent: "recipient",
		answered: true,
		text: [...payees.length > 0 ? [say(ctx.language, `Pengarna betalas ut till ${render(ctx, payees)}.`, `The money is paid out to ${render(ctx, payees)}.`)] : [], ...findings.length > 0 ? [say(ctx.language, `Mottagare enligt dokumenten: ${render(ctx, findings)}.`, `Recipients named in the documents: ${render(ctx, findings)}.`)] : []].join("\n"),
		figures: []
	};
}
/** A question about the money in general: no area, amount or organisation of its own. */
function aboutTheMoney(ctx) {
	const { query } = ctx;
	return !hasTopic(query) && query.amounts.length === 0 && query.orgs.length === 0;
}
// dist/bot/language.js
const SWEDISH = new Set(`hur mycket mkt mycke vad vem vilka vilken vilket när varför gick fick får går till och för att är
  som år av om det den en ett med på från kronor kr miljoner miljon pengar betalar ut vad var finns
  källor hjälp ska skall inom samt eller också beslutade beslut fördelas fördelning totalt sammanlagt
  hej tack berätta visa lista ge mig ingår deltar senast redovisning under åren barn barncancer
  kvinnors lungcancer sällsynta hälsotillstånd datadelning kliniska studier pengarna medlen fördelades
  gick kostar kostade många regioner universitet ska ökade ökning minskade minskning mest minst störst
  största skiljer sedan sen jämfört än mer mindre nästa förra senaste fjol alla varje hela`.split(/\s+/));
const ENGLISH = new Set(`how much what who which when why did does do is are was were went go goes the to for of and in on
  from with by money million millions sek allocated spent received receive pays paid sources help
  list show tell me about total altogether breakdown split deadline report decided decision
  rare diseases childhood lung breast ovarian sharing clinical trials early detection whole
  genome sequencing own work hello hi thanks please could can cancers womens women children kids
  budget line average overview funding numbers give year get got much many does do who whom
  spend spent grant grants allocated allocation good morning thanks thx ty cheers great nice okay
  deadlines report reports due signed university universities co regions agency share percent average
  largest smallest documents mention mentions whats who's it's whos paying pay
  wat wen hw r u ur pls plz yo lol biggest increase decrease drop rise most least highest lowest more
  less than since before after compared difference between all every each this that there any has
  have had gets latest last next first say says said told quote quotes quoted top area areas node`.split(/\s+/));
const SWEDISH_ENDINGS = [
	"ningen",
	"ningar",
	"ningarna",
	"arna",
	"erna",
	"orna",
	"heten",
	"ionen"
];
const ENDING_MIN_LENGTH = 6;
function endsSwedish(word) {
	return word.length >= ENDING_MIN_LENGTH && SWEDISH_ENDINGS.some((e) => word.endsWith(e));
}
/** The asker's language: Swedish letters and words vote for sv, English words for en; ties go to the hint. */
function detectLanguage(question, hint) {
	const written = question.match(/[\p{L}]+/gu) ?? [];
	const words = written.map((w) => w.toLowerCase());
	let sv = written.some((w, i) => (i === 0 || /^\p{Ll}/u.test(w)) && /[åäö]/i.test(w)) ? 1.5 : 0;
	let en = 0;
	for (const w of words) {
		if (SWEDISH.has(w) || !ENGLISH.has(w) && endsSwedish(w)) sv += 1;
		if (ENGLISH.has(w)) en += 1;
	}
	if (sv > en) return "sv";
	if (en > sv) return "en";
	return hint ?? (words.length > 0 && words.every((w) => !ENGLISH.has(w)) ? "sv" : "en");
}
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const INVISIBLE = /\p{Cf}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LEADING_MENTION = /^\s*(?:<@[!&]?[\w.-]+(?:\|[^>]*)?>|@[\p{L}\p{N}_.-]+(?:\s+bot)?)[\s,:]*/iu;
const MARKUP = /<[!@#][^<>\s]{0,80}>|<https?:[^<>\s]{0,500}>|https?:\/\/\S+/giu;
const RAW_MAX = 1e4;
function cleanQuestion(whole) {
	let text = (whole.length > RAW_MAX ? whole.slice(0, RAW_MAX) : whole).replace(LONE_SURROGATE, " ").replace(CONTROL, " ").replace(INVISIBLE, "");
	for (let i = 0; i < 3 && LEADING_MENTION.test(text); i++) text = text.replace(LEADING_MENTION, "");
	text = text.replace(MARKUP, " ").replace(/\s+/g, " ").trim();
	return {
		text,
		tooLong: text.length > 500 || whole.length > RAW_MAX
	};
}
// dist/bot/glossary.js
/** Multi-word English (and colloquial Swedish) phrases → document Swedish. Longest first when applied. */
const PHRASES = {
	"precision medicine": "precisionsmedicin",
	"precision diagnostics": "precisionsdiagnostik",
	"health data": "hälsodata",
	"own work": "eget arbete",
	"own administration": "eget arbete",
	"molecular diagnostics": "molekylär diagnostik",
	"genetic diagnostics": "genetisk diagnostik",
	"national board of health and welfare": "Socialstyrelsen",
	"legal, financial and administrative services agency": "Kammarkollegiet",
	"regional cancer centre": "regionalt cancercentrum",
	"regional cancer center": "regionalt cancercentrum",
	"life science strategy": "life science-strategi",
	"genomic medicine sweden": "GMS",
	"follow up": "uppföljning",
	"follow-up": "uppföljning",
	"cancer care": "cancervård",
	"training grants": "utbildningsbidrag",
	"multi-year funding": "flerårigt anslag",
	"multi-year grant": "flerårigt anslag",
	"multi-year appropriation": "flerårigt anslag",
	"multiyear funding": "flerårigt anslag",
	"training grant": "utbildningsbidrag",
	"training scholarships": "utbildningsbidrag",
	kvinnocancer: "bröst- och äggstockscancer"
};
/** Single English words → Swedish stems' source words. */
const WORDS$1 = {
	cancer: "cancer",
	cancers: "cancer",
	lung: "lung",
	lungs: "lung",
	children: "barn",
	study: "studie",
	bacteria: "bakterier",
	viruses: "virus",
	surveillance: "övervakning",
	studies: "studie",
	child: "barn",
	kids: "barn",
	pilot: "pilot",
	pilots: "piloter",
	genetic: "genetisk",
	molecular: "molekylär",
	diagnostics: "diagnostik",
	diagnosis: "diagnostik",
	coordination: "samordning",
	monitoring: "uppföljning",
	biomarkers: "biomarkörer",
	biomarker: "biomarkörer",
	screening: "screening",
	sequencing: "sekvensering",
	genome: "genom",
	infrastructure: "infrastruktur",
	research: "forskning",
	implementation: "implementering",
	women: "kvinnor",
	breast: "bröstcancer",
	ovarian: "äggstockscancer",
	rare: "sällsynta",
	diseases: "sjukdomar",
	disease: "sjukdom",
	healthcare: "sjukvård",
	agency: "myndighet",
	region: "region",
	scania: "Skåne",
	prostate: "prostata",
	leukaemia: "leukemi",
	leukemia: "leukemi",
	leukaemias: "leukemier",
	leukemias: "leukemier",
	acute: "akuta",
	pharmacogenomics: "farmakogenomik",
	pharmacogenetics: "farmakogenetik",
	melanoma: "melanom",
	lymphoma: "lymfom",
	tumour: "tumör",
	tumor: "tumör",
	tumours: "tumörer",
	tumors: "tumörer",
	brain: "hjärn",
	colorectal: "kolorektal",
	skin: "hud",
	blood: "blod",
	heart: "hjärt",
	dementia: "demens",
	infections: "infektioner",
	infection: "infektion"
};
/** Every synonym, English or Swedish, pointing to the topic's Swedish name as the documents write it. */
function topicPhrases() {
	const out = Object.fromEntries(aliasesOf("topic").filter(([alias, sv]) => alias !== sv));
	for (const t of TOPICS) {
		for (const p of t.enPhrases) out[p] = t.sv;
		for (const p of t.svPhrases) if (p.includes(" ")) out[p] = t.sv;
	}
	return out;
}
const ALL_PHRASES = Object.entries({
	...PHRASES,
	...topicPhrases()
}).sort((a, b) => b[0].length - a[0].length);
function escapeRegExp(s) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
const TARGETS = new Map(ALL_PHRASES.map(([from, to]) => [from.toLowerCase().replace(/[\s-]+/g, " "), to]));
const PHRASE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALL_PHRASES.map(([from]) => escapeRegExp(from).replace(/[\s-]+/g, "[\\s-]+")).join("|")})(?![\\p{L}\\p{N}])`, "giu");
const WORD_TARGETS = new Map(Object.entries(WORDS$1));
/** The question with English phrases and words replaced by the documents' Swedish. */
function translateToSwedish(question) {
	if (question === "") return question;
	const quoted = question.replace(/[’‘]/g, "'");
	return translateWords((quoted.includes("/") ? quoted.replace(/(\p{L})\/(\p{L})/gu, "$1 och $2") : quoted).replace(PHRASE_RE, (m) => ` ${TARGETS.get(m.toLowerCase().replace(/[\s-]+/g, " ")) ?? m} `));
}
/** Each word with a Swedish target replaced; the text is rebuilt only when one has one. */
function translateWords(text) {
	const parts = [];
	let last = 0;
	for (const m of text.matchAll(LETTERS)) {
		const target = WORD_TARGETS.get(m[0].toLowerCase());
		if (target === void 0) continue;
		parts.push(text.slice(last, m.index), target);
		last = m.index + m[0].length;
	}
	if (parts.length === 0) return text;
	parts.push(text.slice(last));
	return parts.join("");
}
const LETTERS = /[\p{L}]+/gu;
// dist/bot/name-typos.js
const NAME_MIN = 5;
const NAMES = [...new Set(aliasesOf("org").map(([alias]) => alias).filter((a) => !a.includes(" ") && a.length >= NAME_MIN))].map((name) => ({
	name,
	mask: letterMask(name)
}));
const LEXICON_WORDS = new Set(LEXICON.flatMap((e) => e.tokens));
/**
* The question with each misspelt one-word organisation name put right, when one name alone is that
* near; the same text when none is. Read before anything else, so every later reading sees the name.
*/
function correctNames(text, tokens, known) {
	let out = "";
	let at = 0;
	tokens.forEach((t, i) => {
		if (LEXICON_WORDS.has(t.word) || known(t.word)) return;
		const next = tokens[i + 1]?.word;
		const name = t.word.length < NAME_MIN ? swappedWord(t.word, next) : nearestName(t.word) ?? swappedWord(t.word, next) ?? nearestLexiconWord(t.word);
		if (name === null) return;
		out += `${text.slice(at, t.start)}${name}`;
		at = t.end;
	});
	return at === 0 ? text : out + text.slice(at);
}
function nearestName(word) {
	const limit = allowedEdits(word.length);
	let best = null;
	let bestD = limit + 1;
	let tie = false;
	const mask = letterMask(word);
	for (const { name, mask: other } of NAMES) {
		if (Math.abs(name.length - word.length) > limit || !mayBeWithin(mask, other, limit)) continue;
		const d = editDistance(word, name, limit);
		if (d < bestD) [best, bestD, tie] = [
			name,
			d,
			false
		];
		else if (d === bestD && d <= limit) tie = true;
	}
	return bestD <= limit && !tie ? best : null;
}
const SWAP_MIN = 4;
const SWAP_MIN_IN_PHRASE = 3;
const PAIRS = new Set(LEXICON.filter((e) => e.tokens.length >= 2).map((e) => `${e.tokens[0]} ${e.tokens[1]}`));
/** The one lexicon word this word is with two neighbouring letters swapped back; null when none or several. */
function swappedWord(word, next) {
	if (word.length < SWAP_MIN_IN_PHRASE) return null;
	const found = /* @__PURE__ */ new Set();
	for (let i = 0; i + 1 < word.length; i++) {
		const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
		if (swapped !== word && LEXICON_WORDS.has(swapped)) found.add(swapped);
	}
	const inPhrase = [...found].filter((w) => next !== void 0 && PAIRS.has(`${w} ${next}`));
	if (inPhrase.length === 1) return inPhrase[0];
	return found.size === 1 && word.length >= SWAP_MIN ? [...found][0] : null;
}
const NEAR_MIN = 5;
const WORDS = [...LEXICON_WORDS].filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w)).map((word) => ({
	word,
	mask: letterMask(word)
}));
const MEANING = new Map(LEXICON.filter((e) => e.tokens.length === 1).map((e) => [e.tokens[0], `${e.role} ${e.value}`]));
function nearestLexiconWord(word) {
	if (word.length < NEAR_MIN) return null;
	const mask = letterMask(word);
	let found = null;
	for (const { word: w, mask: other } of WORDS) {
		if (w[0] !== word[0] || Math.abs(w.length - word.length) > 1 || !mayBeWithin(mask, other, 1)) continue;
		if (editDistance(word, w, 1) > 1) continue;
		if (!MEANING.has(w)) continue;
		if (!(found === null || MEANING.get(found) === MEANING.get(w)) || found !== null && !MEANING.has(w)) return null;
		found ??= w;
	}
	return found;
}
// dist/bot/question-years.js
const TWO_DIGIT_MIN = 10;
const TWO_DIGIT_MAX = 39;
const UNIT_AFTER = /^\s*(?:%|procent|percent|kr\b|kronor|sek\b|mnkr|mkr|msek|tkr|miljon|million|mil\b|m\b|k\b)/iu;
const NUMBERED = /(?:anslagspost\p{L}*|post\p{L}*|punkt\p{L}*|nr|nummer|number|line|no|ap)\.?\s*$/iu;
const TWO_DIGITS = /\d\d/;
const APOSTROPHES = /* @__PURE__ */ new Set([
	"'",
	"’",
	"´",
	"`"
]);
const PLUS_BETWEEN_DIGITS = /(?<=\d)\+(?=\d)/g;
const O_IN_YEAR = /(?<![\p{L}\p{N}])(?=[0-9oO]*[oO])(?:19|20|2[oO])[0-9oO]{2}(?![\p{L}\p{N}])/gu;
const zeroes = (year) => year.replace(/[oO]/g, "0");
const BEFORE_WORDS = /* @__PURE__ */ new Set([
	"före",
	"before",
	"innan",
	"prior"
]);
const FROM_WORDS = /* @__PURE__ */ new Set([
	"från",
	"from",
	"fr.o.m",
	"fom"
]);
const SINCE_WORDS = /* @__PURE__ */ new Set([
	...FROM_WORDS,
	"sedan",
	"since",
	"sen"
]);
const DATED_NOUNS = /* @__PURE__ */ new Set([
	"beslutet",
	"beslut",
	"regeringsbeslutet",
	"pressmeddelandet",
	"pressmeddelande",
	"svaret",
	"artikeln",
	"rapporten",
	"decision",
	"release",
	"answer",
	"article",
	"report"
]);
function century(two) {
	const n = Number(two);
	return n >= TWO_DIGIT_MIN && n <= TWO_DIGIT_MAX ? 2e3 + n : null;
}
function overlaps(spans, s, e) {
	return spans.some((x) => s < x.end && e > x.start);
}
/** "'22", "-27", "22-24", "26-27", and a bare "26" when nothing else names a year. */
function shortYears(text, taken) {
	const found = [];
	if (!TWO_DIGITS.test(text)) return found;
	const add = (start, end, from, to) => {
		if (from === null || to === null || to < from || overlaps(taken, start, end)) return;
		if (!APOSTROPHES.has(text[start] ?? "") && UNIT_AFTER.test(text.slice(end))) return;
		found.push({
			start,
			end,
			from,
			to
		});
		taken.push({
			start,
			end
		});
	};
	for (const m of text.matchAll(/(?<![\p{L}\p{N},.])(\d\d)\s*[-–]\s*(\d\d)(?![\p{N},.])/gu)) add(m.index ?? 0, (m.index ?? 0) + m[0].length, century(m[1] ?? ""), century(m[2] ?? ""));
	for (const m of text.matchAll(/(?<![\p{L}\p{N}])['’´`-](\d\d)(?![\p{N}]|[,.]\d)/gu)) {
		const y = century(m[1] ?? "");
		add(m.index ?? 0, (m.index ?? 0) + m[0].length, y, y);
	}
	return found;
}
const DECADE = /(?<![\p{L}\p{N}])((?:19|20)\d0)(?:-?talet|-?tal|s|'s|’s)(?![\p{L}\p{N}])/gu;
function readDecades(text, taken) {
	const found = [];
	for (const m of text.matchAll(DECADE)) {
		const start = m.index ?? 0;
		const end = start + m[0].length;
		if (!overlaps(taken, start, end)) found.push({
			start,
			end,
			from: Number(m[1])
		});
	}
	return found;
}
const COMPARING_CUES = /* @__PURE__ */ new Set([
	"change",
	"versus",
	"more",
	"less",
	"than"
]);
function comparing(hits) {
	return hits.some((h) => (h.entry.role === "cue" || h.entry.role === "question") && COMPARING_CUES.has(h.entry.value));
}
function readYears(text, tokens, hits, amounts, today) {
	const dates = findDates(text.replace(PLUS_BETWEEN_DIGITS, " ").replace(O_IN_YEAR, zeroes));
	const years = /* @__PURE__ */ new Set();
	const spans = [];
	let since = null;
	let before = null;
	for (const d of dates) {
		spans.push({
			start: d.start,
			end: d.end
		});
		const prevToken = tokens.filter((t) => t.end <= d.start).at(-1);
		const prev = prevToken?.word ?? "";
		const bound = () => prevToken && spans.push({
			start: prevToken.start,
			end: prevToken.end
		});
		if (d.kind === "year" && BEFORE_WORDS.has(prev)) {
			before = d.year;
			bound();
			continue;
		}
		const before2 = tokens.filter((t) => t.end <= (prevToken?.start ?? 0)).at(-1)?.word ?? "";
		if (!(d.kind !== "year" && FROM_WORDS.has(prev) && DATED_NOUNS.has(before2)) && (d.cue === "since" || d.kind === "year" && SINCE_WORDS.has(prev))) {
			since = d.year;
			if (SINCE_WORDS.has(prev)) bound();
		}
		for (let y = d.year; y <= d.endYear && years.size < 50; y++) years.add(y);
	}
	const decades = readDecades(text, spans);
	for (const d of decades) for (let y = d.from; y <= d.from + 9; y++) years.add(y);
	spans.push(...decades);
	const taken = [...spans, ...amounts.map((a) => ({
		start: a.start,
		end: a.end
	}))];
	const short = shortYears(text, taken);
	for (const s of short) for (let y = s.from; y <= s.to; y++) years.add(y);
	spans.push(...short);
	if (years.size === 0 && before === null && TWO_DIGITS.test(text)) for (const m of text.matchAll(/(?<![\p{L}\p{N},.'’-])(\d\d)(?![\p{N},.%'’-])/gu)) {
		const y = century(m[1] ?? "");
		const start = m.index ?? 0;
		const end = start + m[0].length;
		if (y === null || overlaps(taken, start, end) || UNIT_AFTER.test(text.slice(end))) continue;
		if (NUMBERED.test(text.slice(0, start))) continue;
		years.add(y);
		spans.push({
			start,
			end
		});
	}
	const unresolved = [];
	const relativeSteps = [];
	const thisYear = today ? Number(today.slice(0, 4)) : null;
	const [named] = years;
	const anchor = years.size === 1 && comparing(hits) ? named ?? null : null;
	for (const h of hits) {
		if (h.entry.role !== "time") continue;
		const phrase = tokens.slice(h.from, h.to).map((t) => t.word).join(" ");
		if ([
			"latest",
			"prev",
			"after",
			"same"
		].includes(h.entry.value)) continue;
		const step = Number(h.entry.value);
		if (anchor !== null && step !== 0) years.add(anchor + step);
		else if (thisYear === null || !Number.isFinite(thisYear)) unresolved.push(phrase);
		else {
			years.add(thisYear + step);
			relativeSteps.push(step);
		}
	}
	const latest = hits.some((h) => h.entry.role === "time" && h.entry.value === "latest" || h.entry.value === "latest");
	return {
		years: [...years].sort((a, b) => a - b),
		span: dates.some((d) => d.kind === "span") || short.some((s) => s.to > s.from) || decades.length > 0,
		since,
		before,
		latest,
		dates: dates.filter((d) => d.kind === "date" || d.kind === "month"),
		spans,
		unresolved,
		relativeSteps
	};
}
// dist/bot/query.js
const YEAR_WITH_UNIT = /^\s*((?:19|20)\d\d)\s*(?:mnkr|mkr|msek|tkr|kr|sek|kronor|miljoner|milj|mn|m)\.?\s*$/i;
const SHORT_YEAR_WITH_UNIT = /^\s*(\d\d)\s*(?:mnkr|mkr|msek|tkr|kr|sek|kronor|miljoner|milj|mn|m)\.?\s*$/i;
const YEAR_MARKS = /* @__PURE__ */ new Set([
	"-",
	"'",
	"’",
	"´"
]);
function markedShortYear(text, a) {
	const digits = SHORT_YEAR_WITH_UNIT.exec(a.text)?.[1];
	const mark = text[a.start - 1] ?? "";
	const before = text[a.start - 2];
	if (!digits || !YEAR_MARKS.has(mark) || before !== void 0 && !/\s/.test(before)) return void 0;
	return `20${digits}`;
}
const GMS_WORD = /^(?:gms|genomic|medicine|medicin|sweden)$/;
const QUESTION_MARK = /\?\s*$/;
const BARE_MILLIONS = /(?<![\p{L}\p{N}.,'’-])(\d{1,3}[,.]\d{1,2})(?![\p{N}.,%]|\s*(?:%|procent|percent))/gu;
const MILLIONS_WORD = /miljon|million|mnkr|msek|mkr|\dm\b|\smn?\b/iu;
const BARE_AFTER_OF = /(?<![\p{L}])(?:av|of|than|än|utöver)\s+(?:the\s+|de\s+)?(\d{1,3})(?![\p{N}.,%\p{L}]|\s*(?:%|procent|percent))/dgiu;
const MIL = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?)\s*mil(?:le|j)?(?![\p{L}])/giu;
const ROLE_WORDS = new Set(LEXICON.filter((e) => !["topic", "tail"].includes(e.role) && e.tokens.length === 1 && !e.tokens[0]?.endsWith("*")).map((e) => e.tokens[0] ?? "").filter((w) => w.length > 0));
const ORG_WORDS = new Set(LEXICON.filter((e) => e.role === "org" && e.tokens.length === 1).flatMap((e) => e.tokens));
function parseQuestion(asked, vocabulary, options = {}) {
	const written = tokenize(asked, vocabulary.isName);
	const text = correctNames(asked, written, vocabulary.has);
	const tokens = text === asked ? written : tokenize(text, vocabulary.isName);
	const all = findLexicon(tokens);
	const scope = negatedScope(text, tokens, all);
	const scopeText = scope.to > scope.from ? textOf(text, tokens, scope) : "";
	const names = projectNames(text, vocabulary);
	const kept = scopeText === "" ? text : blank(text, tokens, scope);
	const swedish = translateToSwedish(kept);
	const asWritten = readText(text);
	const asSwedish = swedish === text ? asWritten : readText(swedish);
	const inScope = (h) => h.from >= scope.from && h.to <= scope.to;
	const listed = all.filter((h) => !inScope(h) || h.entry.role === "noise" || isNegation(h));
	const hits = [...listed, ...unlistedRegions(tokens, listed)];
	const references = referencesIn(text, vocabulary);
	const amounts = questionAmounts(text, asWritten.amounts);
	const when = readYears(text, tokens, hits, amounts.amounts, options.today);
	when.spans.push(...amounts.yearSpans);
	const years = /* @__PURE__ */ new Set([...when.years, ...amounts.years]);
	const negated = negatedYear(text, tokens, all);
	if (negated) years.delete(negated.year);
	const docKinds = valuesOf(hits, "doc");
	for (const y of documentYears(when.dates, docKinds)) if (years.size > 1) years.delete(y);
	const cues = /* @__PURE__ */ new Set([
		...valuesOf(hits, "cue"),
		...valuesOf(hits, "question"),
		...valuesOf(hits, "time").filter((v) => !/^[-+]?\d/.test(v))
	]);
	const [named] = years;
	let neighbour = null;
	if (years.size === 1 && named !== void 0) {
		if (cues.has("prev")) neighbour = named - 1;
		else if (cues.has("after")) neighbour = named + 1;
		if (neighbour !== null && !COMPARING.some((c) => cues.has(c))) years.delete(named);
		if (neighbour !== null) years.add(neighbour);
	}
	const claimed = /* @__PURE__ */ new Set();
	const rank = readRank(tokens, hits);
	if (rank) claimed.add(rank.word);
	for (const h of hits) if (h.entry.role !== "topic") addWords(claimed, tokens, h);
	addWords(claimed, tokens, scope);
	for (const t of tokens) if (references.some((r) => t.start < r.end && t.end > r.start)) claimed.add(t.word);
	for (const t of tokens) if (/^\p{L}/u.test(t.word) && when.spans.some((s) => t.start < s.end && t.end > s.start)) claimed.add(t.word);
	for (const w of sourceOpening(text, tokens)) claimed.add(w.toLowerCase());
	if (swedish !== text) for (const w of sourceOpening(swedish, asSwedish.words)) claimed.add(w.toLowerCase());
	for (const n of names) for (const part of n.toLowerCase().split("-")) claimed.add(part);
	if (scopeText !== "") for (const t of words$1(translateToSwedish(scopeText))) claimed.add(t.word);
	const topicPart = topicWords(swedish, vocabulary, claimed, asSwedish);
	const language = detectLanguage(text, options.hint);
	const orgs = askedOrgs(text, tokens, hits, language === "en");
	const mentionsGms = orgs.some((o) => o.name === "GMS") || GMS_PHRASE.test(text);
	const otherOrgs = orgs.filter((o) => (o.name !== "GMS" || o.role === "funder" || o.role === "payer") && o.name !== "regeringen");
	const query = {
		text,
		language,
		cues,
		years: [...years].sort((a, b) => a - b),
		span: when.span,
		since: when.since,
		before: when.before,
		latest: when.latest,
		dates: when.dates,
		months: months(tokens, hits),
		amounts: amounts.amounts,
		threshold: readThreshold(tokens, amounts.amounts),
		questionMark: QUESTION_MARK.test(text),
		rank: rank?.count ?? null,
		comparedYear: readComparedYear(tokens) ?? (cues.has("than") ? neighbour : null),
		stems: topicPart.stems,
		topicWords: topicPart.topicWords,
		relativeSteps: when.relativeSteps,
		topics: topicPart.topics,
		unknown: topicPart.unknown,
		orgs: otherOrgs,
		people: people(text, tokens, hits, vocabulary),
		names,
		budgetLine: budgetLine(tokens),
		appropriation: appropriation(text, tokens),
		offTopic: valuesOf(hits, "offtopic"),
		asked: askedWords(asWritten.words),
		coverage: {
			used: [],
			noise: [],
			unplaced: []
		},
		ownStems: once(() => swedish === kept ? [] : topicWords(kept, vocabulary, claimed).stems),
		mentionsGms,
		docKinds,
		references: references.map((r) => r.number),
		foreign: [...MAY_BE_FOREIGN.test(text) ? text.matchAll(FOREIGN) : []].map((m) => (m[1] ?? m[2] ?? "").replace(",", ".")),
		excluded: excludedPart(scopeText, all.filter(inScope), cues, vocabulary)
	};
	const scopeSpan = {
		start: tokens[scope.from]?.start ?? 0,
		end: tokens[scope.to - 1]?.end ?? 0
	};
	query.coverage = coverage(text, tokens, hits, [
		...when.spans,
		...amounts.amounts,
		...references,
		...scope.to > scope.from ? [scopeSpan] : [],
		...sourceSpan(text, tokens),
		...rank ? [rank] : []
	], query, vocabulary, asSwedish.words);
	for (const w of when.unresolved) query.coverage.unplaced.push(w);
	if (negated && years.size === 0) query.coverage.unplaced.push(negated.phrase);
	return query;
}
const REFERENCE_LIKE = /(?<![\p{L}\p{N}])(?:\d{4}\/\d{2}:\d{1,5}|(?:\p{L}{1,4}\s?)?\d{4}\/\d{2,6}(?:\/\d{1,4})?)/gu;
/** The reference numbers the documents are filed under that the question names, where they stand. */
function referencesIn(text, vocabulary) {
	if (!vocabulary.reference || !text.includes("/")) return [];
	const out = [];
	for (const m of text.matchAll(REFERENCE_LIKE)) {
		const start = m.index ?? 0;
		const number = vocabulary.reference(m[0].toLowerCase());
		if (number) out.push({
			number,
			start,
			end: start + m[0].length
		});
	}
	return out;
}
/** Adds the words of tokens `from` to `to` (exclusive). */
function addWords(into, tokens, r) {
	for (let i = r.from; i < r.to && i < tokens.length; i++) into.add(tokens[i]?.word ?? "");
}
/** The years of "the June 2025 press release": a month and year beside a kind of document name its date. */
function documentYears(dates, docKinds) {
	if (docKinds.length === 0) return [];
	return dates.filter((d) => d.kind === "month" && d.month !== null).map((d) => d.year);
}
/** "exklusive 2022", "except 2023": the year right after a negation is left out of the asked years. */
function negatedYear(text, tokens, hits) {
	const neg = hits.find(isNegation);
	const next = neg ? tokens[neg.to] : void 0;
	if (!neg || !next || !/^(19|20)\d\d$/.test(next.word)) return null;
	return {
		year: Number(next.word),
		phrase: text.slice(tokens[neg.from]?.start ?? 0, next.end)
	};
}
const FOREIGN = /(?<![\p{L}])(?:eur|euro|€|usd|\$)\s*(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*(?:million|miljoner|mn|m)?\s*(?:eur|euro|euros|€|usd|dollars?)(?![\p{L}])/giu;
const MAY_BE_FOREIGN = /eur|€|usd|\$|dollar/iu;
const SHORT_YEAR_MARK = /['’]$/u;
function readText(text) {
	const amounts = findAmounts(text, { loose: true }).filter((a) => !SHORT_YEAR_MARK.test(text.slice(Math.max(0, a.start - 1), a.start)));
	return {
		words: words$1(text),
		amounts
	};
}
const isNegation = (h) => h.entry.role === "cue" && h.entry.value === "without";
const NEGATION_SCOPE = 4;
/**
* The tokens a negation governs: from the word after "utan"/"excluding" up to a punctuation mark, a number
* or four words, whichever comes first. Empty (from === to) when the question negates nothing.
*/
function negatedScope(text, tokens, hits) {
	const neg = hits.find(isNegation);
	if (!neg) return {
		from: 0,
		to: 0
	};
	let to = neg.to;
	while (to < tokens.length && to - neg.to < NEGATION_SCOPE) {
		const t = tokens[to];
		const gap = text.slice(tokens[to - 1]?.end ?? 0, t?.start ?? 0);
		if (!t || /\d/.test(t.word) || /[,.;:?!–—()]/.test(gap)) break;
		to += 1;
	}
	return {
		from: neg.to,
		to
	};
}
function blank(text, tokens, r) {
	const start = tokens[r.from]?.start ?? 0;
	const end = tokens[r.to - 1]?.end ?? 0;
	return `${text.slice(0, start)}${" ".repeat(end - start)}${text.slice(end)}`;
}
function textOf(text, tokens, r) {
	return text.slice(tokens[r.from]?.start ?? 0, tokens[r.to - 1]?.end ?? 0);
}
/** What the negation leaves out: its cues (unless asked elsewhere too), organisations and topics. */
function excludedPart(scopeText, negated, cues, vocabulary) {
	if (scopeText === "") return {
		words: [],
		cues: [],
		orgs: [],
		stems: [],
		topics: []
	};
	const topic = topicWords(translateToSwedish(scopeText), vocabulary, /* @__PURE__ */ new Set());
	return {
		words: [scopeText],
		cues: valuesOf(negated, "cue").filter((c) => !cues.has(c)),
		orgs: valuesOf(negated, "org"),
		stems: topic.stems,
		topics: topic.topics
	};
}
const MONTHS = new Map([...MONTH_NAMES_SV, ...MONTH_NAMES_EN].flatMap((m, i) => [[m.toLowerCase(), i % 12 + 1], [m.toLowerCase().slice(0, 3), i % 12 + 1]]));
/** Months named; a word the lexicon reads otherwise ("may" in "may use") is none. */
function months(tokens, hits) {
	const claimed = (i) => hits.some((h) => h.entry.role !== "noise" && i >= h.from && i < h.to);
	const found = tokens.map((t, i) => claimed(i) || t.word === "may" && !monthMay(tokens, i) ? void 0 : MONTHS.get(t.word));
	return [...new Set(found.filter((m) => m !== void 0))];
}
const BEFORE_MONTH = /* @__PURE__ */ new Set([
	"in",
	"of",
	"during",
	"since",
	"until",
	"till",
	"by",
	"from",
	"before",
	"after",
	"early",
	"late",
	"mid"
]);
const NUMBER = /^\d/;
function monthMay(tokens, i) {
	const before = tokens[i - 1]?.word ?? "";
	const after = tokens[i + 1]?.word ?? "";
	return NUMBER.test(before) || NUMBER.test(after) || BEFORE_MONTH.has(before);
}
const GMS_PHRASE = /(?<![\p{L}])gms(?![\p{L}])|genomic medicin/iu;
const FOREIGN_CURRENCIES = /* @__PURE__ */ new Set([
	"eur",
	"euro",
	"euros",
	"€",
	"usd",
	"dollar",
	"dollars",
	"$",
	"nok",
	"dkk",
	"gbp",
	"£"
]);
/** The word right before or right after the amount names another currency ("EUR 2.4 million", "2 m euros"). */
function inForeignCurrency(text, a) {
	return [
		text.slice(Math.max(0, a.start - 8), a.start).trim().split(/\s+/).at(-1) ?? "",
		text.slice(a.end, a.end + 9).trim().split(/[\s,.?!]+/)[0] ?? "",
		...a.text.split(/\s+/)
	].some((w) => FOREIGN_CURRENCIES.has(w.toLowerCase()));
}
/** Amounts the question names; "lungcancer 2022 mnkr" names a year asked in a unit, not an amount. */
function questionAmounts(text, found) {
	const amounts = [];
	const years = [];
	const yearSpans = [];
	const foreign = found.filter((a) => inForeignCurrency(text, a));
	for (const a of found) {
		if (foreign.includes(a)) continue;
		const year = YEAR_WITH_UNIT.exec(a.text)?.[1] ?? markedShortYear(text, a);
		if (year) {
			years.push(Number(year));
			yearSpans.push(a);
		} else amounts.push(a);
	}
	if (amounts.every((a) => MILLIONS_WORD.test(a.text))) {
		for (const m of text.matchAll(BARE_MILLIONS)) {
			const start = m.index ?? 0;
			if ([...amounts, ...foreign].some((a) => start < a.end && start + m[0].length > a.start)) continue;
			const valueSek = Math.round(Number((m[1] ?? "0").replace(",", ".")) * 1e6);
			const bare = {
				start,
				end: start + m[0].length,
				text: m[0],
				valueSek,
				qualifier: null
			};
			if (!inForeignCurrency(text, bare)) amounts.push(bare);
		}
		if (amounts.length > 0) for (const m of text.matchAll(BARE_AFTER_OF)) {
			const [start, end] = m.indices?.[1] ?? [0, 0];
			if (end === 0 || [...amounts, ...foreign].some((a) => start < a.end && end > a.start)) continue;
			const valueSek = Number(m[1]) * 1e6;
			amounts.push({
				start,
				end,
				text: m[1] ?? "",
				valueSek,
				qualifier: null
			});
		}
	}
	for (const m of text.matchAll(MIL)) {
		const start = m.index ?? 0;
		if (amounts.some((a) => start < a.end && start + m[0].length > a.start)) continue;
		const valueSek = Math.round(Number((m[1] ?? "0").replace(",", ".")) * 1e6);
		amounts.push({
			start,
			end: start + m[0].length,
			text: m[0],
			valueSek,
			qualifier: null
		});
	}
	return {
		amounts,
		years,
		yearSpans
	};
}
const COMPARING = [
	"change",
	"versus",
	"more",
	"less",
	"than"
];
const FUNDER_BEFORE = /* @__PURE__ */ new Set([
	"från",
	"from",
	"by",
	"av"
]);
const PAYER_BEFORE = /* @__PURE__ */ new Set([
	"genom",
	"through",
	"via"
]);
const RECIPIENT_BEFORE = /* @__PURE__ */ new Set([
	"till",
	"to",
	"for",
	"för",
	"åt"
]);
const ARTICLES = /* @__PURE__ */ new Set([
	"the",
	"a",
	"an"
]);
const PASSIVE_BEFORE = /* @__PURE__ */ new Set([
	"is",
	"was",
	"are",
	"were",
	"been",
	"being"
]);
const LETTER = /\p{L}/u;
const isParticiple = (word) => word.endsWith("ed") || word === "given" || word === "paid";
/**
* Organisations in their roles: "från Forte" gives, "till RS" gets, "SoS betalade ut" pays, "vad fick KI"
* gets; an organisation named with nothing around it is "any".
*/
function askedOrgs(text, tokens, hits, english) {
	const cue = (value) => hits.some((h) => h.entry.role === "cue" && h.entry.value === value);
	const out = [];
	for (const h of hits.filter((x) => x.entry.role === "org")) {
		const back = ARTICLES.has(tokens[h.from - 1]?.word ?? "") ? 2 : 1;
		const before = tokens[h.from - back]?.word ?? "";
		const after = tokens[h.to]?.word ?? "";
		let role = "any";
		const last = tokens[h.to - 1];
		if (last && text[last.end] === "-" && LETTER.test(text[last.end + 1] ?? "") && !(GIVING_BODIES.has(h.entry.value) && moneyWordAt(hits, h.to))) {
			out.push({
				name: h.entry.value,
				role: "any"
			});
			continue;
		}
		if (h.to - h.from > 1 && moneyWordOver(hits, h.to - 1) && !GIVING_BODIES.has(h.entry.value)) {
			out.push({
				name: h.entry.value,
				role: "any"
			});
			continue;
		}
		if (FUNDER_BEFORE.has(before)) role = "funder";
		else if (GIVING_BODIES.has(h.entry.value) && moneyWordAt(hits, h.to)) role = "funder";
		else if (PASSIVE_BEFORE.has(before) && givingVerbAt(hits, h.to) && isParticiple(after)) role = "recipient";
		else if (PAYER_BEFORE.has(before)) role = "payer";
		else if (RECIPIENT_BEFORE.has(before) || before === "→" || before === "->") role = "recipient";
		else if (after === "→" || after === "->") role = "payer";
		else if ((cue("payer") || cue("pays")) && [
			"ut",
			"out",
			"pays",
			"paid"
		].includes(after)) role = "payer";
		else if (hits.some((v) => v.from === h.to && v.entry.role === "cue" && v.entry.value === "payer")) role = "payer";
		else if (givingVerbEndsAt(hits, h.from) && !english && askedSubjectBefore(tokens, hits, h.from)) role = "recipient";
		else if (givingVerbAt(hits, h.to) || givingVerbEndsAt(hits, h.from) && !english) role = "funder";
		else if (givingVerbEndsAt(hits, h.from)) role = "recipient";
		else if (hits.some((v) => v.to === h.from && v.entry.role === "cue" && v.entry.value === "receives")) role = "recipient";
		else if (cue("requisition")) role = "requisitioner";
		else if (cue("distributor")) role = "distributor";
		else if ((cue("gives") || cue("cofund")) && !(cue("receives") && cue("including"))) role = "unplaced-giving";
		else if (cue("receives")) role = "recipient";
		out.push({
			name: h.entry.value,
			role
		});
	}
	const giverPlaced = out.some((o) => o.role === "funder");
	for (const o of out) if (o.role === "unplaced-giving") o.role = giverPlaced ? "recipient" : "funder";
	return out;
}
/** "region gotland": a region the lexicon doesn't list is still an organisation (with no money stated). */
function unlistedRegions(tokens, hits) {
	const out = [];
	tokens.forEach((t, i) => {
		const next = tokens[i + 1];
		if (t.word !== "region" || !next || !isContentWord(next.word) || /^\d/.test(next.word)) return;
		if (hits.some((h) => h.entry.role === "org" && h.from <= i && h.to > i)) return;
		const name = `Region ${next.word[0]?.toUpperCase() ?? ""}${next.word.slice(1)}`;
		out.push({
			entry: {
				role: "org",
				value: name,
				tokens: [],
				at: "anywhere"
			},
			from: i,
			to: i + 2
		});
	});
	return out;
}
const GIVING = /* @__PURE__ */ new Set([
	"gives",
	"pays",
	"cofund"
]);
const WHO_SUBJECT = /* @__PURE__ */ new Set(["vem", "vilka"]);
const WHICH_SUBJECT = /* @__PURE__ */ new Set([
	"vilken",
	"vilket",
	"vilka"
]);
/** The giving verb ending at `at` has the question's "vem"/"vilken X" right before it as its subject. */
function askedSubjectBefore(tokens, hits, at) {
	const verb = hits.find((v) => v.to === at && v.entry.role === "cue" && GIVING.has(v.entry.value));
	if (!verb) return false;
	const one = tokens[verb.from - 1]?.word ?? "";
	const two = tokens[verb.from - 2]?.word ?? "";
	return WHO_SUBJECT.has(one) || WHICH_SUBJECT.has(two);
}
/** A money word ("money", "pengar", "funding") starts at `at`. */
function moneyWordAt(hits, at) {
	return hits.some((h) => h.from === at && h.entry.role === "cue" && h.entry.value === "amount");
}
/** "top 3", "3 största", "the three biggest": a count beside a largest/smallest cue (2–10), else null. */
function readRank(tokens, hits) {
	const countAt = (i) => {
		const t = tokens[i];
		if (!t) return null;
		const n = /^\d+$/.test(t.word) ? Number(t.word) : RANK_WORDS.get(t.word) ?? null;
		return n !== null && n >= 2 && n <= 10 ? {
			count: n,
			...t
		} : null;
	};
	for (const h of hits) {
		if (h.entry.role !== "cue" || h.entry.value !== "largest" && h.entry.value !== "smallest") continue;
		const n = countAt(h.to) ?? countAt(h.from - 1);
		if (n !== null) return n;
	}
	return null;
}
/** A money word ("pengarna", "gms-medlen" as state money) covers the token at `at`. */
function moneyWordOver(hits, at) {
	return hits.some((h) => h.from <= at && h.to > at && h.entry.role === "cue" && (h.entry.value === "amount" || h.entry.value === "stateMoney"));
}
function givingVerbAt(hits, at) {
	return hits.some((h) => h.from === at && h.entry.role === "cue" && GIVING.has(h.entry.value));
}
/** A giving verb right before `at` with no organisation right before it: "vad gav X", not "staten gav X". */
function givingVerbEndsAt(hits, at) {
	return hits.some((v) => v.to === at && v.entry.role === "cue" && GIVING.has(v.entry.value) && !hits.some((o) => o.entry.role === "org" && o.to === v.from));
}
const PROJECT_NAME = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\p{Lu}[\p{Lu}\p{N}]*)+(?![\p{L}\p{N}])/gu;
/** Project names whose every part the documents use: the documents name them. */
const HYPHENATED_WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
function projectNames(text, vocabulary) {
	if (!text.includes("-")) return [];
	const capitalised = [...text.matchAll(PROJECT_NAME)].map((m) => m[0]).filter((n) => n.split("-").every((p) => vocabulary.has(p.toLowerCase())));
	const isName = vocabulary.isName;
	const asked = isName ? [...text.matchAll(HYPHENATED_WORD)].map((m) => m[0]).filter((w) => isName(w.toLowerCase())) : [];
	return [.../* @__PURE__ */ new Set([...capitalised, ...asked])];
}
/** "anslagsposten 33": the number after a budget-line word. */
function budgetLine(tokens) {
	const i = tokens.findIndex((t) => t.word.startsWith("anslagspost"));
	const next = tokens[i + 1]?.word ?? "";
	return i >= 0 && /^\d+$/.test(next) ? next : null;
}
const APPROPRIATION_NUMBER = /^\s*(\d{1,2}:\d{1,2})(?![\d:])/;
function appropriation(text, tokens) {
	for (const t of tokens) {
		const m = t.word.startsWith("anslag") && !t.word.startsWith("anslagspost") || t.word.startsWith("appropriation") ? APPROPRIATION_NUMBER.exec(text.slice(t.end)) : null;
		if (m?.[1]) return m[1];
	}
	return null;
}
/** "Lena Hallengren": two or more capitalised words in a row that are no organisation or lexicon word. */
const SURNAME_IN_LOWER_CASE = 6;
function people(text, tokens, hits, vocabulary) {
	const inHit = (i) => hits.some((h) => h.entry.role !== "noise" && i >= h.from && i < h.to);
	const out = [];
	let run = [];
	const flush = () => {
		if (run.length >= 2) out.push(run.join(" "));
		run = [];
	};
	tokens.forEach((t, i) => {
		const raw = text.slice(t.start, t.end);
		const two = `${t.word} ${tokens[i + 1]?.word ?? ""}`;
		const alone = (/^\p{Lu}/u.test(raw) || raw.length >= SURNAME_IN_LOWER_CASE && !vocabulary.has(t.word)) && !inHit(i) ? vocabulary.person?.(t.word) : null;
		const named = vocabulary.person?.(`${two} ${tokens[i + 2]?.word ?? ""}`) ?? vocabulary.person?.(two) ?? alone;
		if (named && run.length === 0 && !out.includes(named)) out.push(named);
		if (/^\p{Lu}\p{Ll}+$/u.test(raw) && !inHit(i) && !ORG_WORDS.has(t.word)) run.push(raw);
		else flush();
	});
	flush();
	return [...new Set(out)];
}
/**
* The question's topic as document stems. A word the documents don't know is not a topic; when it names a
* condition ("prostatacancer", "diabetes") the documents simply don't cover what was asked.
*/
function topicWords(swedish, vocabulary, claimed, read = readText(swedish)) {
	const blocked = [...findDates(swedish), ...read.amounts];
	const tokens = read.words.filter((t) => !blocked.some((b) => t.start < b.end && t.end > b.start)).map((t) => t.word);
	const spelled = /* @__PURE__ */ new Map();
	const expanded = expandCoordination(joinSplitCompounds(tokens, vocabulary, spelled), (w) => vocabulary.has(w));
	const stems = /* @__PURE__ */ new Set();
	const named = /* @__PURE__ */ new Set();
	const unknown = /* @__PURE__ */ new Set();
	for (const token of expanded) for (const part of token.split(/[-–]/)) {
		if (!isTopicCandidate(part) || claimed.has(part)) continue;
		const known = placeWord(part, vocabulary);
		if (known !== null) {
			stems.add(stem(known));
			named.add(known);
		} else if (namesCondition(part) || LEXICON_TOPIC_WORDS.has(part)) unknown.add(spelled.get(part) ?? part);
	}
	const topics = namedTopics(read.words, stems);
	return {
		stems: [...stems],
		topicWords: [...named],
		topics,
		unknown: [...unknown]
	};
}
const LEXICON_TOPIC_WORDS = new Set(LEXICON.filter((e) => e.role === "topic" && !e.value.includes(" ")).map((e) => e.value));
function isTopicCandidate(word) {
	return isContentWord(word) && !ROLE_WORDS.has(word) && !ORG_WORDS.has(word) && !GMS_WORD.test(word);
}
/**
* The documents' word for a question word: itself, a spelling correction, a compound of two known words,
* or a compound whose tail is money talk ("lungcancerpengarna" → "lungcancer"). Null when none fits.
*/
function placeWord(word, vocabulary) {
	const known = vocabulary.correct(word);
	if (known !== null) return known;
	const head = withoutTail(word, vocabulary);
	if (head !== null) return vocabulary.correct(head);
	return knownParts(word, vocabulary) ? word : null;
}
const TAILS = LEXICON.filter((e) => e.role === "tail").flatMap((e) => e.tokens);
function withoutTail(word, vocabulary) {
	for (const tail of TAILS) {
		if (!word.endsWith(tail) || word.length < tail.length + 4) continue;
		const head = word.slice(0, -tail.length);
		for (const h of [head, head.endsWith("s") ? head.slice(0, -1) : ""]) if (h.length >= 4 && vocabulary.correct(h) !== null) return h;
	}
	return null;
}
/** "huvudcancer" from "huvud- och halscancer": a compound of two words the documents use. */
function knownParts(word, vocabulary) {
	const head = compoundHead(word, (w) => vocabulary.has(w));
	if (!head) return false;
	const mod = word.slice(0, word.length - head.length);
	return vocabulary.has(mod) || mod.endsWith("s") && vocabulary.has(mod.slice(0, -1));
}
function once(compute) {
	let value;
	let done = false;
	return () => {
		if (!done) {
			value = compute();
			done = true;
		}
		return value;
	};
}
/** "prostatacancer", "akuta leukemier", "diabetes": a condition, named or compounded. */
function namesCondition(word) {
	return CONDITION_HEADS.some((h) => word.endsWith(h) && word.length > h.length + 2 || word === h && !GENERIC_CONDITION_HEADS.has(h));
}
/** "barn cancer" → "barncancer" when the documents know the joined word. */
function joinSplitCompounds(tokens, vocabulary, spelled = /* @__PURE__ */ new Map()) {
	const out = [];
	for (let i = 0; i < tokens.length; i++) {
		const a = tokens[i] ?? "";
		const b = tokens[i + 1];
		const join = !b || !isContentWord(a) || !isContentWord(b) || a.endsWith("-") ? null : joinable(a, b, vocabulary) ? a + b : correctedCompound(a, b, vocabulary);
		if (b && join) {
			out.push(join);
			spelled.set(join, `${a} ${b}`);
			i += 1;
		} else out.push(sharedHead(tokens, i, vocabulary) ?? a);
	}
	return out;
}
const AND_WORDS = /* @__PURE__ */ new Set([
	"and",
	"och",
	"&",
	"or",
	"eller"
]);
/**
* "lung and breast cancer", "lung och bröstcancer": the modifier before "and" shares the condition head
* after it ("lungcancer"), when the documents know that compound.
*/
function sharedHead(tokens, i, vocabulary) {
	const [a, and] = tokens.slice(i, i + 2);
	if (!a || !and || !AND_WORDS.has(and) || !isContentWord(a)) return null;
	const [next, after] = tokens.slice(i + 2, i + 6).filter((w) => !w.endsWith("-") && !AND_WORDS.has(w));
	if (!next) return null;
	const head = after && CONDITION_HEADS.includes(after) ? after : CONDITION_HEADS.find((h) => next.endsWith(h) && next.length > h.length);
	return head && vocabulary.has(a + head) ? a + head : null;
}
function joinable(a, b, vocabulary) {
	return vocabulary.has(a + b) || CONDITION_HEADS.includes(b) && !vocabulary.has(a) && vocabulary.correct(a) === null;
}
function correctedCompound(a, b, vocabulary) {
	const head = vocabulary.has(b) ? null : vocabulary.correct(b);
	return head !== null && head !== b && vocabulary.has(a + head) ? a + head : null;
}
const PHRASES_BY_FIRST = /* @__PURE__ */ new Map();
TOPICS.forEach((t, topic) => {
	for (const phrase of t.svPhrases.map(phraseStems)) {
		const first = phrase[0];
		if (first === void 0) continue;
		const list = PHRASES_BY_FIRST.get(first) ?? [];
		list.push({
			topic,
			phrase
		});
		PHRASES_BY_FIRST.set(first, list);
	}
});
/** Topics named as phrases in the question, or as one word once split compounds are joined ("barn cancer"). */
function namedTopics(swedishWords, topicStems) {
	const stems = swedishWords.map((w) => stem(w.word));
	const named = /* @__PURE__ */ new Set();
	stems.forEach((s, i) => {
		for (const { topic, phrase } of PHRASES_BY_FIRST.get(s) ?? []) if (phrase.every((p, j) => stems[i + j] === p)) named.add(topic);
	});
	for (const s of topicStems) for (const { topic, phrase } of PHRASES_BY_FIRST.get(s) ?? []) if (phrase.length === 1) named.add(topic);
	return [...named].sort((a, b) => a - b).map((i) => TOPICS[i]?.key ?? "");
}
/** The asker's own topic words, as written: "prostate cancer" from "How much went to prostate cancer?". */
function askedWords(tokens) {
	const kept = tokens.map((w) => w.word).filter((w) => isContentWord(w) && !ROLE_WORDS.has(w) && !GMS_WORD.test(w) && !/\d/.test(w));
	return [...new Set(kept)].join(" ");
}
const YEARISH = /^(?:2\d{2}|19\d{2}|2\d{3}|(?:19|20)\d{2}\p{L}{1,3})$/u;
/**
* Each word of the question is used (the lexicon, a year, an amount, a topic, a known word), known noise,
* or unplaced: the last are said back to the asker.
*/
function coverage(text, tokens, hits, spans, query, vocabulary, swedishWords) {
	const out = {
		used: [],
		noise: [],
		unplaced: []
	};
	const stems = new Set(query.stems);
	const kept = new Set(swedishWords.map((t) => t.word));
	const translated = (w) => !kept.has(w) && (stems.size > 0 || query.topics.length > 0);
	tokens.forEach((t, i) => {
		const covered = hits.some((h) => i >= h.from && i < h.to);
		const inSpan = spans.some((s) => t.start < s.end && t.end > s.start);
		const isName = query.names.some((n) => n.toLowerCase() === t.word);
		const used = covered && hits.some((h) => i >= h.from && i < h.to && h.entry.role !== "noise");
		if (inSpan || isName || used) out.used.push(t.word);
		else if (YEARISH.test(t.word)) out.unplaced.push(text.slice(t.start, t.end));
		else if (covered || !isContentWord(t.word) || /^\d/.test(t.word)) out.noise.push(t.word);
		else if (GMS_WORD.test(t.word) || translated(t.word) || query.months.length > 0 && MONTHS.has(t.word)) out.used.push(t.word);
		else if (isPlaced(t.word, stems, vocabulary, query)) out.used.push(t.word);
		else out.unplaced.push(text.slice(t.start, t.end));
	});
	return out;
}
function isPlaced(word, stems, vocabulary, query) {
	if (stems.has(stem(word)) || query.unknown.some((u) => u.includes(word))) return true;
	const known = placeWord(word, vocabulary);
	const partOf = (w) => query.topicWords.some((t) => t.length > w.length && (t.startsWith(w) || t.endsWith(w)));
	return known !== null && (stems.has(stem(known)) || partOf(known));
}
const SOURCE_OPENINGS = [
	["according", "to"],
	["enligt"],
	["enl"]
];
const UPPER_FIRST = /^\p{Lu}/u;
const SOURCE_WORDS = 5;
/** The words of a source the question opens with ("According to Swedish Radio, …"), up to its comma. */
function sourceOpening(text, tokens) {
	for (const opening of SOURCE_OPENINGS) {
		if (!opening.every((w, k) => tokens[k]?.word.toLowerCase() === w)) continue;
		const comma = text.indexOf(",", tokens[opening.length - 1]?.end ?? 0);
		if (comma < 0) return [];
		const named = tokens.slice(opening.length).filter((t) => t.end <= comma);
		const isName = named.every((t) => UPPER_FIRST.test(text.slice(t.start, t.end)));
		return named.length > 0 && named.length <= SOURCE_WORDS && isName ? named.map((t) => t.word) : [];
	}
	return [];
}
/** Where the source the question opens with stands ("Swedish Radio" in "According to Swedish Radio, …"). */
function sourceSpan(text, tokens) {
	const named = sourceOpening(text, tokens);
	if (named.length === 0) return [];
	const from = tokens.find((t) => t.word === named[0]);
	const to = [...tokens].reverse().find((t) => t.word === named.at(-1));
	return from && to ? [{
		start: from.start,
		end: to.end
	}] : [];
}
// dist/bot/vocabulary.js
const CORRECTION_CACHE_MAX = 1e4;
function createVocabulary(knowledge, extra = []) {
	const counts = new Map(knowledge.wordCounts);
	const add = (w) => counts.set(w, (counts.get(w) ?? 0) + 1);
	for (const phrase of extra) for (const w of words$1(phrase)) add(w.word);
	let byLength = null;
	let known = null;
	const knownStems = () => {
		known ??= new Set([...counts.keys()].map(stem));
		return known;
	};
	const nearestKnown = cacheByKey((word) => {
		byLength ??= byLengthOf(counts);
		return nearest(word, byLength, counts);
	}, CORRECTION_CACHE_MAX);
	const isOrgan = (s) => conditionCompounds(s, (c) => knownStems().has(c)).length > 0;
	const names = projectNamesOf(knowledge.documents);
	const people = new Map(knowledge.statements.people.map((p) => [p.name.toLowerCase(), p.name]));
	const surnames = surnamesOf(people);
	const folded = new Map([...people].map(([lower, name]) => [foldMarks(lower), name]));
	const foldedSurnames = new Map([...surnames].map(([lower, name]) => [foldMarks(lower), name]));
	const references = new Map(knowledge.statements.references.map((r) => [r.number.text.toLowerCase(), r.number.text]));
	return {
		has: (w) => counts.has(w),
		isName: (w) => names.has(w),
		reference: (n) => references.get(n) ?? null,
		person: (name) => people.get(name) ?? surnames.get(name) ?? folded.get(foldMarks(name)) ?? foldedSurnames.get(foldMarks(name)) ?? null,
		correct: (word) => {
			if (counts.has(word)) return word;
			const s = stem(word);
			if (knownStems().has(s) || isOrgan(s) || hasKnownBase(word, counts)) return word;
			return nearestKnown(word);
		}
	};
}
const ENDINGS = [
	"erna",
	"arna",
	"orna",
	"ena",
	"na",
	"et",
	"en"
];
const BASE_MIN_CHARS = 3;
function hasKnownBase(word, counts) {
	return ENDINGS.some((e) => word.endsWith(e) && word.length - e.length >= BASE_MIN_CHARS && counts.has(word.slice(0, -e.length)));
}
/** The letters without their marks: "örnberg" → "ornberg". */
function foldMarks(text) {
	return text.normalize("NFD").replace(/\p{M}/gu, "");
}
const SURNAME_MIN_CHARS = 4;
/** Each surname that belongs to one person only, lower case, with the name as the documents write it. */
function surnamesOf(people) {
	const byLast = /* @__PURE__ */ new Map();
	for (const [lower, name] of people) {
		const parts = lower.split(/\s+/);
		const last = parts.at(-1) ?? "";
		if (parts.length < 2 || last.length < SURNAME_MIN_CHARS) continue;
		byLast.set(last, (byLast.get(last) ?? /* @__PURE__ */ new Set()).add(name));
	}
	const out = /* @__PURE__ */ new Map();
	for (const [last, names] of byLast) if (names.size === 1) out.set(last, [...names][0]);
	return out;
}
/** The known words by length, each with its letter mask, in sorted order (ties go to the first seen). */
function byLengthOf(counts) {
	const byLength = /* @__PURE__ */ new Map();
	for (const w of [...counts.keys()].sort()) {
		const list = byLength.get(w.length) ?? [];
		list.push({
			w,
			mask: letterMask(w)
		});
		byLength.set(w.length, list);
	}
	return byLength;
}
function nearest(word, byLength, counts) {
	const limit = allowedEdits(word.length);
	if (limit === 0 || word.length > 40) return null;
	const mask = letterMask(word);
	let best = null;
	for (let len = word.length - limit; len <= word.length + limit; len++) for (const { w: cand, mask: other } of byLength.get(len) ?? []) {
		if (!mayBeWithin(mask, other, limit)) continue;
		const d = editDistance(word, cand, limit);
		if (d > limit) continue;
		const n = counts.get(cand) ?? 0;
		if (!best || d < best.d || d === best.d && n > best.n) best = {
			w: cand,
			d,
			n
		};
	}
	return best?.w ?? null;
}
// dist/bot/create-ask.js
const COMPOSERS = {
	help: (ctx) => answerHelp(ctx),
	greeting: (ctx) => answerHelp(ctx, "greeting"),
	sources: answerSources,
	payer: answerPayer,
	funder: answerFunders,
	distributor: answerDistributor,
	recipient: answerRecipient,
	deadline: (ctx) => answerRepaid(ctx) ?? answerDeadlines(ctx),
	minister: answerMinisters,
	decision: answerDecisions,
	"about-gms": (ctx) => answerAbout(ctx, false),
	members: (ctx) => answerAbout(ctx, true),
	breakdown: answerBreakdown,
	purpose: answerPurpose,
	total: answerYearTotal,
	amount: answerAmount,
	passage: answerPassages,
	thanks: answerThanks,
	change: answerChange,
	"out-of-scope": answerOutOfScope,
	clarify: answerClarify,
	"not-funding": answerNotFunding,
	documents: answerDocuments,
	press: answerPress,
	share: answerShare,
	extreme: answerExtreme,
	average: answerAverage,
	overview: answerOverview,
	inclusion: (ctx) => (asksStateMoney(ctx) ? answerStateMoney(ctx) : null) ?? (ctx.query.amounts.length > 0 || ctx.query.months.length > 0 ? answerInclusion(ctx) : answerAmount(ctx)),
	stated: answerDocumentStates,
	pending: answerPending,
	reference: answerReferences
};
const SOCIAL_INTENTS = /* @__PURE__ */ new Set([
	"out-of-scope",
	"thanks",
	"greeting",
	"help",
	"clarify"
]);
const BROADENS = /* @__PURE__ */ new Set([
	"amount",
	"total",
	"overview",
	"change",
	"average",
	"extreme",
	"share"
]);
const WHO_INTENTS = /* @__PURE__ */ new Set([
	"payer",
	"recipient",
	"distributor"
]);
const TOPIC_SCOPED = /* @__PURE__ */ new Set([
	...WHO_INTENTS,
	"deadline",
	"decision"
]);
/** "when must the AMR money be reported?" where no document names AMR: the subject is all that was asked. */
const unknownOnly = (q) => q.unknown.length > 0 && q.stems.length === 0 && q.topics.length === 0;
function notMentioned(intent, q) {
	const what = q.unknown.join(" ");
	return decline(intent, say(q.language, `Dokumenten nämner inte ”${what}”.`, `The documents don't mention “${what}”.`));
}
const OWN_MONEY_CUES = ["total", ...KIND_CUES];
const NO_MONEY_INTENTS = /* @__PURE__ */ new Set([
	"minister",
	"press",
	"decision",
	"deadline",
	"payer",
	"distributor",
	"members",
	"about-gms",
	"documents",
	"sources",
	"reference",
	"passage",
	"pending"
]);
/** The whole the last answer was about, when the documents split it into parts; else null. */
function splitShown(index, previous) {
	const [whole] = previous.subject;
	return previous.subject.length === 1 && index.entries.some((e) => e.entry.amountSek === whole && e.entry.parts.length > 1) && whole !== void 0 ? whole : null;
}
/** Builds the bot: a pure function from a question (and conversation) to a cited Answer. */
function createAsk(options) {
	const { knowledge } = options;
	const vocabulary = createVocabulary(knowledge, TOPICS.flatMap((t) => t.svPhrases));
	const index = createEntryIndex(knowledge, (w) => vocabulary.has(w));
	const docs = documentsById(knowledge);
	const years = [...new Set(knowledge.ledger.entries.filter(countsAsGrant).flatMap((e) => e.years))].sort((a, b) => a - b);
	const conversations = options.conversations ?? createConversationStore({
		max: options.conversationMax ?? 1e3,
		ttlMs: options.conversationTtlMs ?? 18e5,
		now: options.now ?? Date.now
	});
	const readings = /* @__PURE__ */ new Map();
	const readQuestion = (text, hint, today) => {
		const key = `${hint ?? ""}\u0000${today ?? ""}\u0000${text}`;
		const known = readings.get(key);
		if (known) return known;
		const query = freezeQuery(parseQuestion(text, vocabulary, {
			hint,
			today
		}));
		if (readings.size >= READINGS_MAX) readings.clear();
		readings.set(key, query);
		return query;
	};
	return (question, context = {}) => {
		const raw = typeof question === "string" ? question : String(question ?? "");
		const clean = cleanQuestion(raw);
		const citations = createCitationList(docs);
		const base = {
			knowledge,
			index,
			citations
		};
		if (clean.text === "" || clean.tooLong) {
			const language = detectLanguage(clean.text.slice(0, 500), context.language);
			const ctx = {
				...base,
				query: emptyQuery(clean.text, language),
				language
			};
			const draft = clean.text === "" ? answerEmpty(ctx) : answerTooLong(ctx, 500);
			return finish(clean.tooLong ? `${[...raw.slice(0, 500)].join("").replace(/[\uD800-\uDBFF]$/, "")}…` : raw, language, draft, citations.all(), docs);
		}
		const previous = context.conversationId ? conversations.get(context.conversationId) : void 0;
		const parsed = readQuestion(clean.text, context.language ?? previous?.language, context.today);
		let query = resolveYears(parsed, years, context.today);
		if (!query.cues.has("correction") && namesCorrectedAmount(knowledge, query)) query = {
			...query,
			cues: /* @__PURE__ */ new Set([...query.cues, "correction"])
		};
		let intent = chooseIntent(query, knowsTopic(index, query));
		let repeated = false;
		if (previous && isFollowUp(query, intent, previous)) {
			const own = intent;
			query = mergeFollowUp(query, previous, own);
			const repeat = !(query.cues.has("change") && query.years.length === 2) && (own === null || own === "clarify" || own === "amount" && !OWN_MONEY_CUES.some((c) => query.cues.has(c)) && !(query.cues.has("howMuch") && NO_MONEY_INTENTS.has(previous.intent)));
			const last = [
				"breakdown",
				"purpose",
				"inclusion"
			].includes(previous.intent) && hasTopic(parsed) ? "amount" : previous.intent;
			intent = repeat ? last : chooseIntent(query, knowsTopic(index, query));
			const whole = own === "extreme" && !hasTopic(parsed) ? splitShown(index, previous) : null;
			if (whole !== null) {
				const amounts = [{
					start: 0,
					end: 0,
					text: "",
					valueSek: whole,
					qualifier: null
				}];
				query = {
					...query,
					amounts,
					cues: /* @__PURE__ */ new Set([...query.cues, "breakdown"])
				};
			}
			if (own === "extreme" && previous.intent === "extreme" && previous.amounts.length > 0) {
				query = {
					...query,
					cues: /* @__PURE__ */ new Set([...query.cues, "breakdown"])
				};
				intent = "extreme";
			}
			repeated = repeat;
		}
		const subject = hasTopic(query) || query.orgs.length > 0 && money(query);
		if (intent !== null && BROADENS.has(intent) && !subject && query.coverage.unplaced.length > 0) intent = "clarify";
		const ctx = {
			...base,
			query,
			language: query.language,
			...context.today ? { today: context.today } : {}
		};
		let draft = null;
		if (intent !== null && asksThreshold(query)) {
			const bar = barQuery(query);
			const barIntent = chooseIntent(bar, knowsTopic(index, bar));
			if (barIntent === "amount" || barIntent === "total") {
				const barCtx = {
					...ctx,
					query: bar
				};
				const bare = COMPOSERS[barIntent](barCtx);
				draft = withThresholdVerdict(barCtx, query.threshold, bare) ?? bare;
			}
		}
		draft ??= intent !== null && TOPIC_SCOPED.has(intent) && unknownOnly(query) ? notMentioned(intent, query) : COMPOSERS[intent ?? "out-of-scope"](ctx);
		if (draft.intent === "change" && query.cues.has("yesNo")) draft = withComparisonVerdict(ctx, draft) ?? draft;
		if (repeated && !draft.answered && intent !== null && WHO_INTENTS.has(intent)) draft = answerAmount(ctx);
		const note = ignoredNote(ctx, draft.text);
		if (note) draft = withNote(draft, note);
		const unfunded = unfundedNote(ctx, draft);
		if (unfunded) draft = withNote(draft, unfunded);
		const left = excludedNote(ctx, draft);
		if (left) draft = withNote(draft, left);
		const kind = stateMoneyNote(ctx, draft);
		if (kind) draft = withNote(draft, kind);
		const established = draft.answered || hasTopic(query) || query.years.length > 0;
		if (context.conversationId && established && !SOCIAL_INTENTS.has(draft.intent)) conversations.set(context.conversationId, remember(query, draft, previous));
		return finish(raw, query.language, draft, citations.all(), docs);
	};
}
const NOT_THRESHOLD = [
	"howMuch",
	"which",
	"what",
	"who",
	"when",
	"count",
	"share",
	"change",
	"list",
	"request",
	"overview",
	"perYear",
	"breakdown"
];
const BAR_CUES = /* @__PURE__ */ new Set([
	"yesNo",
	"more",
	"less",
	"than",
	"atMost",
	"smallest"
]);
/** A yes or no against one named amount: "did GMS get more than 80m in 2027?". */
function asksThreshold(q) {
	if (q.threshold === null || NOT_THRESHOLD.some((c) => q.cues.has(c))) return false;
	return q.cues.has("yesNo") || q.threshold.verb || q.questionMark;
}
/** The question as a "how much" with the bar left out. */
function barQuery(q) {
	const cues = new Set([...q.cues].filter((c) => !BAR_CUES.has(c)));
	cues.add("howMuch");
	return {
		...q,
		amounts: [],
		threshold: null,
		cues
	};
}
const READINGS_MAX = 1e3;
/** Freezes a shared reading's arrays and plain objects: a writer that changed one would change later answers. */
function freezeQuery(query) {
	deepFreeze(query);
	return query;
}
function deepFreeze(value) {
	if (value === null || typeof value !== "object" || value instanceof Set) return;
	Object.freeze(value);
	if (Array.isArray(value)) {
		for (const inner of value) if (typeof inner === "object") deepFreeze(inner);
		return;
	}
	const record = value;
	for (const key in record) {
		const inner = record[key];
		if (typeof inner === "object") deepFreeze(inner);
	}
}
/** A note after the answer, in its text and, when the writer built its own blocks, as a note block too. */
function withNote(draft, note) {
	const blocks = draft.blocks ? [...draft.blocks, {
		kind: "note",
		text: note
	}] : void 0;
	return {
		...draft,
		text: `${draft.text}\n${note}`,
		...blocks ? { blocks } : {}
	};
}
/** A new topic in the same years keeps the one before it, for "summa av dem?" / "total for both?". */
function earlierSubject(query, previous) {
	if (!(previous !== void 0 && previous.stems.length > 0 && query.stems.length > 0 && previous.stems.join(" ") !== query.stems.join(" ") && previous.years.join(" ") === query.years.join(" "))) return {};
	const { stems, topicWords, topics } = previous;
	return { earlierSubject: {
		stems,
		topicWords,
		topics
	} };
}
/** The year every stated figure of the answer is for, when they share one. */
const MAX_SHOWN = 10;
function oneYear(draft) {
	const years = new Set(draft.figures.filter((f) => !f.derived).map((f) => f.year));
	const [year] = years;
	return years.size === 1 && typeof year === "number" ? year : void 0;
}
function remember(query, draft, previous) {
	const followable = draft.intent === "total" ? "amount" : draft.intent;
	const stated = draft.figures.find((f) => !f.derived);
	const summed = draft.figures[0]?.derived ? draft.figures.filter((f) => !f.derived).map((f) => f.amountSek) : [];
	return {
		intent: followable,
		amounts: query.amounts.map((a) => a.valueSek),
		subject: summed.length > 0 ? summed : stated ? [stated.amountSek] : query.amounts.length > 0 ? query.amounts.map((a) => a.valueSek) : previous?.subject ?? [],
		shown: [...new Set(draft.figures.filter((f) => !f.derived).map((f) => f.amountSek))].slice(0, MAX_SHOWN),
		years: query.years,
		shownYear: oneYear(draft),
		months: query.months,
		earlierYears: previous && previous.stems.join(" ") === query.stems.join(" ") ? previous.years : [],
		yearsSeen: previous && query.stems.length > 0 && previous.stems.join(" ") === query.stems.join(" ") ? [.../* @__PURE__ */ new Set([...previous.yearsSeen ?? previous.years, ...query.years])].sort((a, b) => a - b) : query.years,
		...earlierSubject(query, previous),
		stems: query.stems,
		topicWords: query.topicWords,
		topics: query.topics,
		orgs: query.orgs,
		mentionsGms: query.mentionsGms,
		...query.cues.has("said") ? { said: true } : {},
		...query.docKinds.length > 0 ? { docKinds: query.docKinds } : {},
		language: query.language,
		...query.threshold ? { threshold: query.threshold } : {}
	};
}
/**
* "sedan 2022" runs to the last year the documents fund, "före 2023" from the first, and "senaste beslutet"
* means the last funded year (not after the date of asking).
*/
function resolveYears(query, funded, today) {
	const first = funded[0];
	const last = funded.at(-1);
	if (first === void 0 || last === void 0) return query;
	const years = new Set(query.years);
	let span = query.span;
	const addRange = (from, to) => {
		for (let y = from; y <= to && years.size < 50; y++) years.add(y);
		span = true;
	};
	if (query.since !== null && query.since <= last) addRange(query.since, last);
	if (query.before !== null && query.before > first) addRange(first, query.before - 1);
	if (query.latest && years.size === 0) {
		const asked = today ? Number(today.slice(0, 4)) : last;
		const latest = [...funded].reverse().find((y) => y <= asked);
		if (latest !== void 0) years.add(latest);
	}
	return {
		...query,
		years: [...years].sort((a, b) => a - b),
		span
	};
}
function emptyQuery(text, language) {
	return {
		text,
		language,
		cues: /* @__PURE__ */ new Set(),
		years: [],
		span: false,
		since: null,
		before: null,
		latest: false,
		dates: [],
		months: [],
		amounts: [],
		threshold: null,
		questionMark: false,
		comparedYear: null,
		stems: [],
		topicWords: [],
		topics: [],
		unknown: [],
		orgs: [],
		people: [],
		names: [],
		budgetLine: null,
		offTopic: [],
		asked: "",
		coverage: {
			used: [],
			noise: [],
			unplaced: []
		},
		ownStems: () => [],
		mentionsGms: false,
		docKinds: [],
		references: [],
		foreign: [],
		excluded: {
			words: [],
			cues: [],
			orgs: [],
			stems: [],
			topics: []
		}
	};
}
function finish(question, language, draft, citations, docs) {
	const { answered, intent, text, figures } = draft;
	return {
		question,
		answered,
		intent,
		language,
		text,
		figures,
		citations,
		blocks: buildBlocks(text, citations, docs, draft.blocks)
	};
}
export { loadDocuments as a, createPassageIndex as c, loadKnowledge as i, createConversationStore as l, beginLoad as n, prepareJoin as o, fromDocuments as r, readBatch as s, createAsk as t, blocksOf as u };

//# sourceMappingURL=cli-bot-yKxFviL5.js.map