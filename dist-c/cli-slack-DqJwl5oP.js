import { t as GmsError } from "./cli-errors-CiUP9eDM.js";
import { a as createVoteMemory, c as createFeedbackLimit, i as answerIdOf, n as REPLY_RETRIES, o as logFeedback, r as withRetries, s as logFeedbackReason, t as networkFailure } from "./cli-network-errors-C3pYnSd_.js";
import { t as dateOfAsking } from "./cli-date-of-asking-Ce9IgfzC.js";
import { _ as ACTION_SHARE, a as CANNOT_POST_HERE, c as questionFromSlack, d as decodeShareValue, f as decodeSourcesValue, g as ACTION_FEEDBACK_UP, h as ACTION_FEEDBACK_DOWN, i as APOLOGY, l as shorten, m as encodeSourcesValue, n as renderAnswer, o as THANKS_FOR_FEEDBACK, p as encodeShareValue, r as renderSourceQuotes, u as decodeFeedbackValue, v as ACTION_SOURCES } from "./cli-render-C31bY9DB.js";
import { t as createBoundedMap } from "./cli-bounded-map-CIN9NrKS.js";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from "@slack/bolt";
import { parse } from "node:querystring";
// dist/adapters/slack/ack-timer.js
/** Times a request from its headers (the moment the bot reads it) to the end of its response. */
function timeResponse(res, report) {
	const started = performance.now();
	res.once("finish", () => report(performance.now() - started, res.statusCode));
}
/** Logs acknowledgements near Slack's budget, then tells the caller's reporter (tests pass one). */
function reportSlowAcks(logger, next) {
	return (ms, status) => {
		if (ms > 2500) logger.warn({
			ms: Math.round(ms),
			status
		}, "slack: slow acknowledgement");
		next?.(ms, status);
	};
}
// dist/adapters/slack/bolt-logger.js
/** Bolt's logger interface over our pino logger, so its lines share our format and redaction. */
function createBoltLogger(logger) {
	let child = logger.child({ component: "slack-bolt" });
	const write = (level, parts) => {
		const err = parts.find((p) => p instanceof Error);
		const text = parts.map((p) => p instanceof Error ? p.message : String(p)).join(" ");
		if (err) child[level]({ err }, text);
		else child[level](text);
	};
	return {
		debug: (...parts) => write("debug", parts),
		info: (...parts) => write("info", parts),
		warn: (...parts) => write("warn", parts),
		error: (...parts) => write("error", parts),
		setLevel: () => {},
		getLevel: () => toBoltLevel(child.level),
		setName: (name) => {
			child = logger.child({ component: name });
		}
	};
}
function toBoltLevel(level) {
	if (level === "trace" || level === "debug") return LogLevel.DEBUG;
	if (level === "info") return LogLevel.INFO;
	if (level === "warn") return LogLevel.WARN;
	return LogLevel.ERROR;
}
// dist/adapters/slack/handler-kit.js
/** Keeps the answer for its buttons (share, sources) and returns the key the buttons carry. */
function keepAnswer(deps, answer) {
	const key = randomUUID();
	deps.shares.set(key, answer);
	return key;
}
/** The sources button's value: the kept answer's key, or the question to ask again after a restart. */
function sourcesValueFor(deps, answer, conversationId) {
	if (answer.citations.length === 0) return void 0;
	const key = keepAnswer(deps, answer);
	return encodeSourcesValue({
		key,
		question: answer.question,
		conversationId
	});
}
/** Asks the core; the composition root logs each question at info, this adds Slack's context at debug. */
function answerOnce(deps, question, context, where) {
	const started = performance.now();
	const answer = deps.ask(question === "" ? "help" : question, {
		today: dateOfAsking(),
		...context
	});
	const latencyMs = Math.round((performance.now() - started) * 1e3) / 1e3;
	deps.logger.debug({
		...where,
		question: shorten(question, 200),
		intent: answer.intent,
		answered: answer.answered,
		language: answer.language,
		latencyMs
	}, "slack question");
	return answer;
}
/**
* Runs a handler so that no failure escapes: it is logged with context and the asker gets an apology.
* Resolves true when the work itself succeeded (false: the answer was lost, and a retry may answer it).
*/
async function guarded(deps, where, work, apologise) {
	if (deps.inFlight.full()) {
		deps.logger.warn({ ...where }, "slack: too many answers under way; question not answered");
		await apologise().catch(() => void 0);
		return false;
	}
	return deps.inFlight.run(async () => {
		try {
			await deps.turn?.();
			await work();
			return true;
		} catch (err) {
			deps.logger.error({
				err,
				...where
			}, "slack handler failed");
			try {
				await apologise();
			} catch (apologyErr) {
				deps.logger.warn({
					err: apologyErr,
					...where
				}, "slack answer and apology dropped");
			}
			return false;
		}
	});
}
/** True for a Slack Web API "ok: false" answer (e.g. not_in_channel), as opposed to a network failure. */
function isPlatformError(err) {
	return typeof err === "object" && err !== null && err.code === "slack_webapi_platform_error";
}
// dist/adapters/slack/thread-followups.js
const NOT_FOR_THE_BOT = /* @__PURE__ */ new Set([
	"thanks",
	"greeting",
	"help",
	"out-of-scope",
	"empty",
	"error"
]);
const SOMEONE_MENTIONED = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;
function createAnsweredThreads(max = 5e3) {
	const threads = createBoundedMap(max);
	return {
		add: (channel, threadTs) => threads.set(`${channel}:${threadTs}`, true),
		has: (channel, threadTs) => threads.has(`${channel}:${threadTs}`)
	};
}
/** A message addressed to someone else (`<@U…>` other than the bot) is not for the bot. */
function mentionsSomeoneElse(text, botUserId) {
	for (const match of text.matchAll(SOMEONE_MENTIONED)) if (match[1] !== botUserId) return true;
	return false;
}
const QUESTION_WORDS = /* @__PURE__ */ new Set([
	...[
		"och",
		"men",
		"samt",
		"hur",
		"vad",
		"vem",
		"vilka",
		"vilken",
		"vilket",
		"när",
		"varför"
	],
	...[
		"var",
		"vart",
		"varifrån",
		"finns",
		"gäller",
		"stämmer",
		"kan",
		"får"
	],
	...[
		"and",
		"but",
		"also",
		"how",
		"what",
		"who",
		"whom",
		"which",
		"when",
		"why",
		"where"
	],
	...[
		"is",
		"are",
		"was",
		"were",
		"does",
		"did",
		"do",
		"can",
		"could"
	]
]);
const YEAR = /^(?:19|20)\d\d$/;
/** True when a thread reply reads as a question or follow-up: a question word or a year. */
function looksLikeQuestion(text) {
	return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((t) => QUESTION_WORDS.has(t) || YEAR.test(t));
}
/** A follow-up is answered only when it reads as a question to the bot, answered or declined. */
function worthAnswering(answer) {
	return !NOT_FOR_THE_BOT.has(answer.intent);
}
// dist/adapters/slack/events.js
const MessageEventSchema = z.object({
	channel: z.string(),
	user: z.string().optional(),
	text: z.string().optional(),
	ts: z.string(),
	thread_ts: z.string().optional(),
	bot_id: z.string().optional(),
	subtype: z.string().optional(),
	channel_type: z.string().optional()
});
const EnvelopeSchema = z.object({
	team_id: z.string().optional(),
	event_id: z.string().optional()
});
const QUESTION_SUBTYPES = /* @__PURE__ */ new Set(["thread_broadcast", "file_share"]);
/**
* Mentions in channels and every direct message become questions, answered in thread. With
* SLACK_THREAD_FOLLOWUPS, replies in a channel thread the bot answers in are questions too.
*/
function registerEventHandlers(app, deps) {
	app.event("app_mention", async ({ event, body, client }) => {
		await onMessage(deps, client.chat.postMessage.bind(client.chat), "mention", event, body);
	});
	app.message(async ({ message, body, client, context }) => {
		const parsed = MessageEventSchema.safeParse(message);
		const kind = parsed.success && isThreadReply(deps, parsed.data, context.botUserId) ? "thread" : "dm";
		await onMessage(deps, client.chat.postMessage.bind(client.chat), kind, message, body);
	});
}
/** A person's reply in a channel thread the bot answers in, not addressed to anyone else. */
function isThreadReply(deps, event, botUserId) {
	if (!deps.threadFollowups || event.channel_type === "im" || !event.thread_ts) return false;
	if (!deps.threads.has(event.channel, event.thread_ts)) return false;
	const text = event.text ?? "";
	if (botUserId && text.includes(`<@${botUserId}`)) return false;
	return !mentionsSomeoneElse(text, botUserId) && looksLikeQuestion(questionFromSlack(text));
}
async function onMessage(deps, postMessage, kind, rawEvent, rawBody) {
	const event = MessageEventSchema.safeParse(rawEvent);
	const envelope = EnvelopeSchema.safeParse(rawBody);
	if (!event.success || !envelope.success || !isQuestion(kind, event.data)) return;
	const { channel, ts } = event.data;
	const keys = deliveryKeys(channel, ts, envelope.data.event_id);
	const where = {
		kind,
		channel,
		user: event.data.user,
		ts
	};
	if (!firstDelivery(deps, keys, where)) return;
	const inDm = event.data.channel_type === "im" || channel.startsWith("D");
	const threadTs = inDm ? event.data.thread_ts : event.data.thread_ts ?? ts;
	const conversationId = `slack:${envelope.data.team_id ?? "-"}:${channel}:${threadTs ?? "main"}`;
	const post = (message) => postMessage({
		channel,
		thread_ts: threadTs,
		unfurl_links: false,
		unfurl_media: false,
		...message
	});
	if (!await guarded(deps, where, async () => {
		const answer = answerOnce(deps, questionFromSlack(event.data.text ?? ""), { conversationId }, where);
		if (kind === "thread" && !worthAnswering(answer)) return;
		const sourcesValue = sourcesValueFor(deps, answer, conversationId);
		await post(renderAnswer(answer, { sourcesValue }));
		if (!inDm && threadTs) deps.threads.add(channel, threadTs);
	}, () => post({ text: "Sorry, something went wrong while answering. Please try again. / Förlåt, något gick fel. Försök igen." }))) deps.seen.forget(keys);
}
function deliveryKeys(channel, ts, eventId) {
	const keys = [`message:${channel}:${ts}`];
	if (eventId) keys.push(`event:${eventId}`);
	return keys;
}
/** False for a retry, or for the same DM delivered as both message and app_mention. */
function firstDelivery(deps, keys, where) {
	if (deps.seen.firstTime(keys)) return true;
	deps.logger.debug(where, "slack event already handled");
	return false;
}
function isQuestion(kind, event) {
	if (event.bot_id !== void 0) return false;
	if (event.subtype !== void 0 && !QUESTION_SUBTYPES.has(event.subtype)) return false;
	return kind === "mention" || kind === "thread" || event.channel_type === "im";
}
// dist/adapters/slack/health-route.js
/** `GET /healthz` for load balancers and uptime checks: documents, ledger size, uptime. */
function createHealthRoute(health, logger) {
	return {
		path: "/healthz",
		method: ["GET"],
		handler: (_req, res) => {
			let status = 200;
			let body;
			try {
				const info = health();
				if (info.documents === 0) status = 503;
				body = {
					status: info.documents === 0 ? "no-documents" : "ok",
					...info
				};
			} catch (err) {
				logger.error({ err }, "slack healthz failed");
				status = 503;
				body = { status: "error" };
			}
			res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
			res.end(JSON.stringify(body));
		}
	};
}
// dist/adapters/slack/in-flight.js
/** Answers under way at once; well above a burst of 2,000 events, far below what fills memory. */
const MAX_IN_FLIGHT = 1e4;
function createInFlight(limit = MAX_IN_FLIGHT) {
	const running = /* @__PURE__ */ new Set();
	return {
		run(work) {
			const p = work();
			running.add(p);
			const forget = () => running.delete(p);
			p.then(forget, forget);
			return p;
		},
		async drain() {
			while (running.size > 0) await Promise.allSettled([...running]);
		},
		full: () => running.size >= limit
	};
}
// dist/adapters/slack/patient-respond.js
function patientRespond(respond, policy) {
	if (!respond) return void 0;
	return (message) => withRetries(() => respond(message), policy, worthRetrying);
}
function worthRetrying(outcome) {
	if (outcome.ok) return false;
	const status = outcome.error.statusCode;
	if (typeof status === "number") return status >= 500 || status === 429;
	return networkFailure(outcome.error) !== null;
}
// dist/adapters/slack/feedback.js
const REASON_CALLBACK = "gms_feedback_reason";
const REASON_BLOCK = "reason";
const FEEDBACK_ACTIONS = new RegExp(`^(?:${ACTION_FEEDBACK_UP}|${ACTION_FEEDBACK_DOWN})$`);
const MetadataSchema = z.object({
	v: z.string(),
	a: z.string()
});
/** 👍/👎 clicks (once per person and answer) and the optional "what was wrong?" after a 👎. */
function registerFeedbackHandlers(app, deps) {
	const withinRate = createFeedbackLimit();
	app.action(FEEDBACK_ACTIONS, async ({ ack, body, action, respond, client }) => {
		await ack();
		if (!await withinRate(body.user.id)) {
			deps.logger.debug({ user: body.user.id }, "slack feedback over the rate; ignored");
			return;
		}
		const views = client.views.open.bind(client.views);
		await onVote(deps, body, action, patientRespond(respond, deps.retries), views);
	});
	app.view(REASON_CALLBACK, async ({ ack, body, view }) => {
		await ack();
		onReason(deps, body, view);
	});
}
function eventOf(value, answerId, user, vote) {
	const decoded = decodeFeedbackValue(value);
	return {
		platform: "slack",
		vote,
		question: decoded?.question ?? null,
		intent: decoded?.intent ?? null,
		answered: decoded?.answered ?? null,
		answerId,
		user
	};
}
async function onVote(deps, body, action, respond, viewsOpen) {
	const vote = action.action_id === "gms_feedback_up" ? "up" : "down";
	const where = {
		kind: "feedback",
		channel: body.channel?.id
	};
	const value = action.value ?? "";
	const ts = body.container?.message_ts ?? body.message?.ts;
	const answerId = ts ? `${body.channel?.id ?? "-"}:${ts}` : answerIdOf(value);
	await guarded(deps, where, async () => {
		const event = eventOf(value, answerId, body.user.id, vote);
		if (deps.votes.isNew(answerId, body.user.id, vote)) logFeedback(deps.logger, event);
		if (vote === "down" && body.trigger_id) {
			const metadata = JSON.stringify({
				v: value,
				a: answerId
			});
			await viewsOpen({
				trigger_id: body.trigger_id,
				view: reasonView(metadata)
			});
			return;
		}
		await respond?.({
			response_type: "ephemeral",
			replace_original: false,
			text: THANKS_FOR_FEEDBACK
		});
	}, async () => {});
}
function onReason(deps, body, view) {
	const metadata = MetadataSchema.safeParse(parseJson$1(view.private_metadata));
	const reason = view.state.values[REASON_BLOCK]?.[REASON_BLOCK]?.value ?? "";
	if (!metadata.success || reason.trim() === "") return;
	const event = eventOf(metadata.data.v, metadata.data.a, body.user.id, "down");
	logFeedbackReason(deps.logger, event, reason);
}
/** The modal: one optional line of text; closing it is fine, the 👎 is already counted. */
function reasonView(metadata) {
	const text = (t) => ({
		type: "plain_text",
		text: t,
		emoji: true
	});
	return {
		type: "modal",
		callback_id: REASON_CALLBACK,
		private_metadata: metadata,
		title: text("What was wrong?"),
		submit: text("Send / Skicka"),
		close: text("Skip / Hoppa över"),
		blocks: [{
			type: "input",
			block_id: REASON_BLOCK,
			optional: true,
			label: text("What was wrong? / Vad var fel? (optional)"),
			element: {
				type: "plain_text_input",
				action_id: REASON_BLOCK,
				multiline: true,
				max_length: 500
			}
		}]
	};
}
function parseJson$1(text) {
	try {
		return JSON.parse(text ?? "");
	} catch {
		return null;
	}
}
// dist/adapters/slack/interactions.js
const HELP_WORDS = /^(?:help|hjälp|\?)$/i;
/** The slash command (ephemeral answer + share button) and the answer buttons. */
function registerInteractionHandlers(app, deps) {
	app.command(/.*/, async ({ command, ack, respond }) => {
		await ack();
		await onSlashCommand(deps, command, patientRespond(respond, deps.retries));
	});
	app.action(ACTION_SHARE, async ({ ack, body, action, client, respond }) => {
		await ack();
		await onShare(deps, body, action, client.chat.postMessage.bind(client.chat), patientRespond(respond, deps.retries));
	});
	app.action(ACTION_SOURCES, async ({ ack, body, action, respond }) => {
		await ack();
		await onSources(deps, body, action, patientRespond(respond, deps.retries));
	});
	registerFeedbackHandlers(app, deps);
}
async function onSlashCommand(deps, command, respond) {
	const question = questionFromSlack(command.text ?? "");
	const help = question === "" || HELP_WORDS.test(question);
	const conversationId = `slack:${command.team_id}:${command.channel_id}:slash:${command.user_id}`;
	const where = {
		kind: "slash",
		channel: command.channel_id,
		user: command.user_id
	};
	await guarded(deps, where, async () => {
		const answer = answerOnce(deps, help ? "help" : question, { conversationId }, where);
		let shareValue;
		let sourcesValue;
		if (!help) {
			const key = keepAnswer(deps, answer);
			shareValue = encodeShareValue({
				key,
				question,
				conversationId
			});
			sourcesValue = sourcesValueFor(deps, answer, conversationId);
		}
		await respond({
			response_type: "ephemeral",
			...renderAnswer(answer, {
				shareValue,
				sourcesValue,
				feedback: !help,
				restate: !help
			})
		});
	}, () => respond({
		response_type: "ephemeral",
		text: APOLOGY
	}));
}
async function onShare(deps, body, action, postMessage, respond) {
	const share = decodeShareValue(action.value ?? "");
	const channel = body.channel?.id;
	const where = {
		kind: "share",
		channel,
		user: body.user.id
	};
	if (!share || !channel) {
		deps.logger.warn(where, "slack share click without a usable value or channel");
		return;
	}
	const tell = async (text) => {
		await respond?.({
			response_type: "ephemeral",
			replace_original: false,
			text
		});
	};
	await guarded(deps, where, async () => {
		const context = { conversationId: share.conversationId };
		const answer = deps.shares.get(share.key) ?? answerOnce(deps, share.question, context, where);
		const message = renderAnswer(answer, { askedBy: body.user.id });
		try {
			await postMessage({
				channel,
				unfurl_links: false,
				unfurl_media: false,
				...message
			});
		} catch (err) {
			if (!isPlatformError(err)) throw err;
			deps.logger.warn({
				err,
				...where
			}, "slack share could not be posted");
			await tell(CANNOT_POST_HERE);
			return;
		}
		await respond?.({ delete_original: true });
	}, () => tell(APOLOGY));
}
/** Every quote of the answer, shown to the one who clicked. */
async function onSources(deps, body, action, respond) {
	const value = decodeSourcesValue(action.value ?? "");
	const where = {
		kind: "sources",
		channel: body.channel?.id,
		user: body.user.id
	};
	if (!value) {
		deps.logger.warn(where, "slack sources click without a usable value");
		return;
	}
	await guarded(deps, where, async () => {
		const context = { conversationId: value.conversationId };
		const answer = deps.shares.get(value.key) ?? answerOnce(deps, value.question, context, where);
		const quotes = renderSourceQuotes(answer);
		await respond?.({
			response_type: "ephemeral",
			replace_original: false,
			...quotes
		});
	}, async () => {
		await respond?.({
			response_type: "ephemeral",
			replace_original: false,
			text: APOLOGY
		});
	});
}
// dist/adapters/slack/recent.js
/** Remembers the last `max` offers of up to `keysPerOffer` keys each. */
function createRecentKeys(max, keysPerOffer = 1) {
	const seen = createBoundedMap(max * keysPerOffer);
	return {
		forget(keys) {
			for (const k of keys) seen.delete(k);
		},
		firstTime(keys) {
			const fresh = keys.every((k) => !seen.has(k));
			for (const k of keys) seen.set(k, true);
			return fresh;
		}
	};
}
function createRecentMap(max) {
	return createBoundedMap(max);
}
// dist/adapters/slack/request-guard.js
/** Largest request body accepted. Slack's payloads are a few kB; a 40,000-character message is under 1 MiB. */
const MAX_BODY_BYTES = 1048576;
/** Signatures remembered to refuse replays within the window (a burst beyond this forgets the oldest). */
const REPLAY_MEMORY = 5e4;
const UNSIGNED_MAX_BYTES = 1024;
/** Wraps Bolt's request listener: size, signature, time window, replays and payload shape come first. */
function guardRequests(inner, options) {
	const nowSec = options.nowSec ?? (() => Math.floor(Date.now() / 1e3));
	const endpoints = new Set(options.endpoints ?? ["/slack/events"]);
	const seen = createBoundedMap(REPLAY_MEMORY);
	let buffered = 0;
	return (req, res) => {
		const path = (req.url ?? "").split("?")[0] ?? "";
		if (req.method !== "POST" || !endpoints.has(path)) return inner(req, res);
		if (options.onResponse) timeResponse(res, options.onResponse);
		const early = beforeReading(req, nowSec());
		if (early === "pass") return inner(req, res);
		if (early) return refuse(req, res, early, options.logger);
		const reserve = declaredLength(req) ?? 1048576;
		if (buffered + reserve > 33554432) return refuse(req, res, {
			status: 503,
			reason: "too many bodies being read"
		}, options.logger);
		buffered += reserve;
		readBody(req, (body) => {
			buffered -= reserve;
			if (body === null) {
				refuse(req, res, {
					status: 413,
					reason: `body over ${MAX_BODY_BYTES} bytes`
				}, options.logger);
				return;
			}
			const verdict = afterReading(req, body, options.signingSecret, seen, nowSec());
			if (verdict === "replay") {
				options.logger.debug("slack request replayed within the signature window; not answered again");
				res.writeHead(200).end();
				return;
			}
			if (verdict) return refuse(req, res, verdict, options.logger);
			req.rawBody = body;
			inner(req, res);
		});
	};
}
function declaredLength(req) {
	const raw = req.headers["content-length"];
	const n = raw === void 0 ? NaN : Number(raw);
	return Number.isSafeInteger(n) && n >= 0 ? n : null;
}
/** What the headers alone decide: too large, unsigned, or dated outside the window. */
function beforeReading(req, now) {
	const length = declaredLength(req);
	if (length !== null && length > 1048576) return {
		status: 413,
		reason: `body of ${length} bytes, over ${MAX_BODY_BYTES}`
	};
	const signature = req.headers["x-slack-signature"];
	const stamp = Number(req.headers["x-slack-request-timestamp"]);
	if (typeof signature !== "string" || !Number.isSafeInteger(stamp)) {
		if (req.headers["content-type"] === "application/x-www-form-urlencoded" && length !== null && length <= UNSIGNED_MAX_BYTES) return "pass";
		return {
			status: 401,
			reason: "unsigned request"
		};
	}
	if (Math.abs(now - stamp) > 300) return {
		status: 401,
		reason: "signature dated outside the 5-minute window"
	};
	return null;
}
/** Reads at most MAX_BODY_BYTES; null when the body is larger (the rest is not read). */
function readBody(req, done) {
	const chunks = [];
	let size = 0;
	let finished = false;
	const finish = (body) => {
		if (finished) return;
		finished = true;
		done(body);
	};
	req.on("data", (chunk) => {
		size += chunk.length;
		if (size > 1048576) {
			chunks.length = 0;
			req.pause();
			finish(null);
		} else chunks.push(chunk);
	});
	req.on("end", () => finish(Buffer.concat(chunks)));
	req.on("error", () => finish(null));
	req.on("close", () => finish(null));
}
function afterReading(req, body, secret, seen, now) {
	const signature = String(req.headers["x-slack-signature"]);
	const stamp = String(req.headers["x-slack-request-timestamp"]);
	const expected = `v0=${createHmac("sha256", secret).update(`v0:${stamp}:`).update(body).digest("hex")}`;
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return {
		status: 401,
		reason: "bad signature"
	};
	const last = seen.get(signature);
	if (last !== void 0 && now - last <= 600) return "replay";
	seen.set(signature, now);
	const problem = malformed(String(req.headers["content-type"] ?? ""), body.toString("utf8"));
	return problem ? {
		status: 400,
		reason: problem
	} : null;
}
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** Why a signed payload has no shape Slack sends, or null when it has one. */
function malformed(contentType, text) {
	if (contentType.startsWith("application/x-www-form-urlencoded")) {
		const form = parse(text);
		if (typeof form.command === "string" || form.ssl_check === "1") return null;
		if (typeof form.payload !== "string") return "form without payload or command";
		return malformedPayload(parseJson(form.payload));
	}
	const body = parseJson(text);
	if (!isObject(body)) return "body is not a JSON object";
	if (body.type === "event_callback") {
		const event = body.event;
		if (!isObject(event) || typeof event.type !== "string") return "event_callback without an event";
	}
	if (typeof body.type !== "string") return "body without a type";
	return null;
}
function malformedPayload(payload) {
	if (!isObject(payload) || typeof payload.type !== "string") return "payload without a type";
	if (payload.type === "block_actions") {
		const actions = payload.actions;
		if (!Array.isArray(actions) || actions.length === 0 || !actions.every(isObject)) return "block_actions without actions";
	}
	return null;
}
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
/** Answers at once and closes the connection, so an unread body is never buffered. */
function refuse(req, res, verdict, logger) {
	logger.debug({
		status: verdict.status,
		reason: verdict.reason
	}, "slack request refused");
	res.shouldKeepAlive = false;
	const headers = {
		connection: "close",
		"content-type": "text/plain"
	};
	if (verdict.status === 503) headers["retry-after"] = "1";
	res.writeHead(verdict.status, headers);
	res.end(`${verdict.status}\n`, () => {
		if (!req.complete) req.socket.destroy();
	});
}
// dist/adapters/slack/start-errors.js
/** auth.test failed: the network, a rejected token, or something else, each with what to check. */
function slackStartError(err, config) {
	const network = networkFailure(err);
	const platform = err?.data?.error;
	let message;
	if (network && typeof platform !== "string") message = `could not reach Slack at ${config.apiUrl} (network failure: ${network}); check the network connection, any proxy or firewall, and SLACK_API_URL`;
	else if (platform === "invalid_auth" || platform === "not_authed" || platform === "token_revoked" || platform === "account_inactive") message = `Slack rejected SLACK_BOT_TOKEN (${platform}); copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions, and reinstall the app if it was removed`;
	else {
		const reason = typeof platform === "string" ? platform : err instanceof Error ? err.message : String(err);
		message = `Slack did not accept SLACK_BOT_TOKEN at ${config.apiUrl} (${reason}); check the token and SLACK_API_URL`;
	}
	return new GmsError("ADAPTER_FAILED", message, { cause: err });
}
// dist/adapters/slack/turns.js
function createTurns() {
	const waiting = [];
	let scheduled = false;
	const next = () => {
		waiting.shift()?.();
		if (waiting.length > 0) setImmediate(next);
		else scheduled = false;
	};
	return () => new Promise((resolve) => {
		waiting.push(resolve);
		if (!scheduled) {
			scheduled = true;
			setImmediate(next);
		}
	});
}
// dist/adapters/slack/create-slack-adapter.js
/** Events remembered to spot Slack's retries (each event is remembered under two keys). */
const SEEN_EVENTS = 1e4;
const SHARES_MAX = 1e3;
const WEB_API_TIMEOUT_MS = 1e4;
const LISTEN_BACKLOG = 4096;
/** The Slack adapter: Bolt in Socket Mode when an app token is set, otherwise HTTP with signed requests. */
function createSlackAdapter(options) {
	const logger = options.logger.child({ adapter: "slack" });
	const mode = options.config.appToken ? "socket" : "http";
	const deps = {
		ask: options.ask,
		logger,
		inFlight: createInFlight(),
		seen: createRecentKeys(SEEN_EVENTS, 2),
		turn: createTurns(),
		shares: createRecentMap(SHARES_MAX),
		votes: createVoteMemory(),
		threads: createAnsweredThreads(),
		threadFollowups: options.config.threadFollowups === true,
		retries: options.webApiRetries ?? REPLY_RETRIES
	};
	const { app, receiver } = createApp(options, deps);
	let address = null;
	let starting = null;
	return {
		name: "slack",
		mode,
		start() {
			starting = (async () => {
				await initialise(app, options.config);
				address = await connect(receiver, options);
				logger.info({
					mode,
					port: address?.port
				}, "slack adapter started");
			})();
			return starting;
		},
		async stop() {
			const started = await starting?.then(() => true, () => false);
			starting = null;
			if (!started) return;
			if (receiver instanceof SocketModeReceiver) await receiver.client.disconnect();
			else await receiver.stop();
			await deps.inFlight.drain();
			address = null;
			logger.info({ mode }, "slack adapter stopped");
		},
		address: () => address
	};
}
/** The Bolt app with our handlers; auth.test waits for start(), where a bad token can fail cleanly. */
function createApp(options, deps) {
	const receiver = createReceiver(options, deps.logger);
	const app = new App({
		token: options.config.botToken,
		receiver,
		logger: createBoltLogger(deps.logger),
		clientOptions: webClientOptions(options.config, options.webApiRetries),
		deferInitialization: true,
		convoStore: false
	});
	registerEventHandlers(app, deps);
	registerInteractionHandlers(app, deps);
	app.error(async (err) => {
		deps.logger.error({ err }, "slack: unhandled error in Bolt");
	});
	return {
		app,
		receiver
	};
}
function createReceiver(options, logger) {
	const { config } = options;
	const boltLogger = createBoltLogger(logger);
	if (config.appToken) return new SocketModeReceiver({
		appToken: config.appToken,
		logger: boltLogger,
		clientPingTimeout: options.socketPingTimeoutMs,
		installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } }
	});
	if (!config.signingSecret) throw new GmsError("CONFIG_INVALID", "SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN, xapp-…, for Socket Mode)");
	const receiver = new HTTPReceiver({
		signingSecret: config.signingSecret,
		port: config.port,
		logger: boltLogger,
		customRoutes: [createHealthRoute(options.health, logger)],
		bodyLimit: MAX_BODY_BYTES
	});
	receiver.requestListener = guardRequests(receiver.requestListener, {
		signingSecret: config.signingSecret,
		logger,
		nowSec: options.nowSec,
		onResponse: reportSlowAcks(logger, options.onResponse)
	});
	return receiver;
}
function webClientOptions(config, retryConfig = REPLY_RETRIES) {
	return {
		slackApiUrl: config.apiUrl,
		timeout: WEB_API_TIMEOUT_MS,
		retryConfig
	};
}
/** Runs auth.test, which gives Bolt the bot's own ids so it can ignore its own messages. */
async function initialise(app, config) {
	try {
		await app.init();
	} catch (err) {
		throw slackStartError(err, config);
	}
}
/** Opens the socket or starts listening; returns the bound HTTP address. */
async function connect(receiver, options) {
	try {
		if (receiver instanceof SocketModeReceiver) {
			await receiver.start();
			return null;
		}
		const bound = (await receiver.start({
			port: options.config.port,
			host: options.host ?? options.config.host ?? void 0,
			backlog: LISTEN_BACKLOG
		})).address();
		return bound !== null && typeof bound === "object" ? bound : null;
	} catch (err) {
		const reason = err instanceof Error ? err.message : String(err);
		const what = receiver instanceof SocketModeReceiver ? "could not open a Socket Mode connection with SLACK_APP_TOKEN" : `could not listen on PORT ${options.config.port}`;
		throw new GmsError("ADAPTER_FAILED", `Slack adapter ${what} (${reason})`, { cause: err });
	}
}
export { createSlackAdapter };

//# sourceMappingURL=cli-slack-DqJwl5oP.js.map