import { t as createBoundedMap } from "./cli-bounded-map-CIN9NrKS.js";
import { a as createVoteMemory, c as createFeedbackLimit, n as REPLY_RETRIES, o as logFeedback, r as withRetries, s as logFeedbackReason, t as networkFailure } from "./cli-network-errors-C3pYnSd_.js";
import { _ as parseSourcesCustomId, d as renderSourceQuotes, g as parseReasonCustomId, h as parseFeedbackCustomId, l as renderAnswer, m as createFeedbackStore, p as answerKey, u as renderNotice, v as reasonCustomId } from "./cli-render-2seDTDnn.js";
import { t as dateOfAsking } from "./cli-date-of-asking-Ce9IgfzC.js";
import { t as GmsError } from "./cli-errors-CiUP9eDM.js";
import "./cli-config-D-1SuhI7.js";
import "./cli-logger-D6r_KFfD.js";
import { once } from "node:events";
import { Client, DefaultRestOptions, Events, GatewayIntentBits, MessageFlags, Partials } from "discord.js";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { performance } from "node:perf_hooks";
// dist/adapters/discord/callback-timer.js
const CALLBACK = /\/interactions\/(\d+)\/[^/]+\/callback(?:\?|$)/;
const PENDING_MAX = 1e4;
/**
* Times the bot's share of Discord's 3-second budget for an interaction's first response, where the
* network and the machine's other load cannot stretch it: from discord.js handing the bot the
* interaction to the bot sending its callback.
*/
function createCallbackTimer(report) {
	const arrived = createBoundedMap(PENDING_MAX);
	return {
		watch(client) {
			client.on(Events.InteractionCreate, (interaction) => {
				arrived.set(interaction.id, performance.now());
			});
		},
		wrap(inner) {
			return (url, init) => {
				const id = CALLBACK.exec(url)?.[1];
				const at = id === void 0 ? void 0 : arrived.get(id);
				if (id !== void 0 && at !== void 0) {
					arrived.delete(id);
					report(performance.now() - at);
				}
				return inner(url, init);
			};
		}
	};
}
// dist/adapters/discord/notes.js
/** Discord renders `<t:…:R>` as "in 42 seconds" in the reader's own language and clock. */
const relative = (at) => `<t:${Math.ceil(at / 1e3)}:R>`;
/** The adapter's own short texts; answers themselves always come from the core. */
const NOTES = {
	sv: {
		rateLimited: (at) => `Du frågar lite för snabbt. Försök igen ${relative(at)}.`,
		channelLimited: (at) => `Många frågor här just nu. Försök igen ${relative(at)}.`,
		apology: "Förlåt, något gick fel när jag skulle svara. Försök gärna igen om en stund.",
		dmsOff: "Jag svarar inte i direktmeddelanden. Fråga mig i en server med /gms.",
		thanks: "Tack för återkopplingen!",
		forgotten: "Det svaret minns jag inte längre. Fråga gärna igen."
	},
	en: {
		rateLimited: (at) => `You're asking a little fast. Try again ${relative(at)}.`,
		channelLimited: (at) => `Lots of questions here right now. Try again ${relative(at)}.`,
		apology: "Sorry, something went wrong while answering. Please try again in a moment.",
		dmsOff: "I don't answer direct messages. Ask me in a server with /gms.",
		thanks: "Thanks for the feedback!",
		forgotten: "I no longer remember that answer. Please ask again."
	}
};
/** Discord locales are like `sv-SE` or `en-US`; only Swedish changes the language. */
function languageOfLocale(locale) {
	return locale?.toLowerCase().startsWith("sv") ? "sv" : void 0;
}
// dist/adapters/discord/context.js
/** A fresh object each time: nothing in a reply may ping anyone, replied-to user included. */
function noMentions() {
	return { parse: [] };
}
/** Conversation ids are namespaced, so a core shared with other adapters never mixes them up. */
function conversationKey(id) {
	return `discord:${id}`;
}
/** The note for a refused question, in the asker's language when known, else in both. */
function limitNote(decision, lang) {
	const note = (l) => decision.scope === "user" ? NOTES[l].rateLimited(decision.retryAt) : NOTES[l].channelLimited(decision.retryAt);
	return lang ? note(lang) : `${note("en")}\n${note("sv")}`;
}
const OPTION_QUESTION = "question";
const WHERE = {
	contexts: [0, 1],
	integration_types: [0]
};
({ ...WHERE }), { ...WHERE }, { ...WHERE };
// dist/adapters/discord/feedback-handlers.js
const REASON_INPUT = "reason";
const MODAL_WORDS = {
	sv: {
		title: "Vad var fel?",
		label: "Vad saknades eller var fel? (frivilligt)"
	},
	en: {
		title: "What was wrong?",
		label: "What was missing or wrong? (optional)"
	}
};
function eventOf(deps, id, vote, user) {
	const subject = deps.feedback.recall(id);
	return {
		platform: "discord",
		vote,
		question: subject?.question ?? null,
		intent: subject?.intent ?? null,
		answered: subject?.answered ?? null,
		answerId: answerKey(id),
		user
	};
}
/** 👍 thanks privately; 👎 opens "what was wrong?" (closing it is fine: the vote is counted). */
async function handleFeedbackButton(interaction, deps) {
	const parsed = parseFeedbackCustomId(interaction.customId);
	if (!parsed) return false;
	const language = languageOfLocale(interaction.locale) ?? "en";
	const event = eventOf(deps, parsed.id, parsed.vote, interaction.user.id);
	if (deps.votes.isNew(event.answerId, interaction.user.id, parsed.vote)) logFeedback(deps.log, event);
	if (parsed.vote === "down") {
		const words = MODAL_WORDS[language];
		await interaction.showModal({
			custom_id: reasonCustomId(parsed.id),
			title: words.title,
			components: [{
				type: 1,
				components: [{
					type: 4,
					custom_id: REASON_INPUT,
					style: 2,
					label: words.label,
					required: false,
					max_length: 500
				}]
			}]
		});
	} else await thank(interaction, language);
	return true;
}
/** The reason typed into the modal, logged with the answer it concerns. */
async function handleReasonModal(interaction, deps) {
	const id = parseReasonCustomId(interaction.customId);
	if (!id) return;
	const reason = interaction.fields.getTextInputValue(REASON_INPUT);
	if (reason.trim() !== "") logFeedbackReason(deps.log, eventOf(deps, id, "down", interaction.user.id), reason);
	await thank(interaction, languageOfLocale(interaction.locale) ?? "en");
}
async function thank(interaction, language) {
	await interaction.reply({
		...renderNotice(NOTES[language].thanks),
		flags: MessageFlags.Ephemeral,
		allowedMentions: noMentions()
	});
}
// dist/adapters/discord/handle-interaction.js
/** Slash commands and 👍/👎 clicks; every failure ends in a logged error and an apology. */
async function handleInteraction(interaction, deps) {
	if (interaction.isChatInputCommand()) await handleCommand(interaction, deps);
	else if (interaction.isButton()) await handleButton(interaction, deps);
	else if (interaction.isModalSubmit()) await handleModal(interaction, deps);
}
async function handleCommand(interaction, deps) {
	const language = languageOfLocale(interaction.locale);
	try {
		if (!interaction.inGuild() && !deps.config.allowDms) {
			await replyPrivately(interaction, NOTES[language ?? "en"].dmsOff);
			return;
		}
		if (interaction.commandName === "gms") await askCommand(interaction, deps, language);
		else if (interaction.commandName === "gms-sources") await listCommand(interaction, deps, "sources", language);
		else if (interaction.commandName === "gms-help") await listCommand(interaction, deps, "help", language);
		else deps.log.warn({ command: interaction.commandName }, "unknown discord command");
	} catch (err) {
		deps.log.error({
			err,
			command: interaction.commandName,
			...where(interaction)
		}, "discord command failed");
		await apologise(interaction, deps, language ?? "en");
	}
}
async function askCommand(interaction, deps, language) {
	const question = interaction.options.getString(OPTION_QUESTION, true);
	const channelId = interaction.channelId ?? interaction.user.id;
	const decision = await deps.limits.take(interaction.user.id, channelId);
	if (!decision.ok) {
		await replyPrivately(interaction, limitNote(decision, language ?? "en"));
		return;
	}
	await interaction.deferReply();
	const conversationId = conversationKey(interaction.channel?.isThread() || !interaction.inGuild() ? channelId : interaction.id);
	const answer = deps.ask(question, {
		conversationId,
		language,
		today: dateOfAsking()
	});
	const feedbackId = deps.feedback.remember(answer);
	const reply = await interaction.editReply({
		...renderAnswer(answer, { feedbackId }),
		allowedMentions: noMentions()
	});
	deps.answers.set(reply.id, conversationId);
}
/** Help and the source list are shown to the asker only: they are the same for everyone. */
async function listCommand(interaction, deps, question, language) {
	const answer = deps.ask(question, {
		language,
		today: dateOfAsking()
	});
	await interaction.reply({
		...renderAnswer(answer, { showQuestion: false }),
		flags: MessageFlags.Ephemeral,
		allowedMentions: noMentions()
	});
}
async function handleButton(interaction, deps) {
	const sourcesId = parseSourcesCustomId(interaction.customId);
	if (sourcesId) {
		await showSources(interaction, deps, sourcesId);
		return;
	}
	if (!parseFeedbackCustomId(interaction.customId)) return;
	if (!await deps.feedbackRate(interaction.user.id)) {
		await interaction.deferUpdate();
		return;
	}
	try {
		await handleFeedbackButton(interaction, deps);
	} catch (err) {
		deps.log.error({
			err,
			...where(interaction)
		}, "feedback failed");
		await apologise(interaction, deps, languageOfLocale(interaction.locale) ?? "en");
	}
}
async function handleModal(interaction, deps) {
	try {
		await handleReasonModal(interaction, deps);
	} catch (err) {
		deps.log.error({
			err,
			...where(interaction)
		}, "feedback reason failed");
	}
}
/** Every quote of the answer, to the one who clicked; a forgotten answer gets a note. */
async function showSources(interaction, deps, id) {
	const language = languageOfLocale(interaction.locale) ?? "en";
	try {
		const answer = deps.feedback.answer(id);
		if (!answer) {
			await replyPrivately(interaction, NOTES[language].forgotten);
			return;
		}
		await interaction.reply({
			...renderSourceQuotes(answer),
			flags: MessageFlags.Ephemeral,
			allowedMentions: noMentions()
		});
	} catch (err) {
		deps.log.error({
			err,
			customId: interaction.customId,
			...where(interaction)
		}, "sources failed");
		await apologise(interaction, deps, language);
	}
}
async function replyPrivately(interaction, text) {
	await interaction.reply({
		...renderNotice(text),
		flags: MessageFlags.Ephemeral,
		allowedMentions: noMentions()
	});
}
/** Edits the visible "thinking…" if we deferred; otherwise a private note. Never throws. */
async function apologise(interaction, deps, language) {
	const body = {
		...renderNotice(NOTES[language].apology),
		allowedMentions: noMentions()
	};
	try {
		if (interaction.deferred || interaction.replied) await interaction.editReply(body);
		else await interaction.reply({
			...body,
			flags: MessageFlags.Ephemeral
		});
	} catch (err) {
		deps.log.error({
			err,
			...where(interaction)
		}, "discord apology failed");
	}
}
function where(interaction) {
	return {
		interactionId: interaction.id,
		guildId: interaction.guildId,
		channelId: interaction.channelId,
		userId: interaction.user.id
	};
}
// dist/adapters/discord/handle-message.js
/** What a bare mention (`@GMS` and nothing else) or an empty DM is taken to mean. */
const EMPTY_QUESTION = "help";
/**
* Mentions of the bot, replies to its answers and DMs. Everything else is left alone:
* the bot never reads along in a channel.
*/
async function handleMessage(message, deps) {
	const addressed = addressedToBot(message, deps);
	if (!addressed) return;
	try {
		await answerMessage(message, addressed, deps);
	} catch (err) {
		const { id: messageId, channelId, guildId } = message;
		const context = {
			err,
			messageId,
			channelId,
			guildId,
			userId: message.author.id
		};
		deps.log.error(context, "discord message handler failed");
		await replyNote(message, `${NOTES.en.apology}\n${NOTES.sv.apology}`).catch((error) => deps.log.error({
			err: error,
			messageId
		}, "discord apology failed"));
	}
}
function addressedToBot(message, deps) {
	if (message.author.bot || message.webhookId !== null || message.system) return null;
	const dm = !message.inGuild();
	const referenced = message.reference?.messageId;
	const followed = referenced ? deps.answers.get(referenced) : void 0;
	const mention = `<@!?${deps.botId()}>`;
	const mentioned = new RegExp(mention).test(message.content);
	const question = message.content.replace(new RegExp(mention, "g"), " ").trim();
	return dm || mentioned || followed && question ? {
		dm,
		question,
		followed
	} : null;
}
async function answerMessage(message, addressed, deps) {
	const { dm, question, followed } = addressed;
	const decision = await deps.limits.take(message.author.id, message.channelId);
	if (!decision.ok) {
		if (decision.firstRefusal) await replyNote(message, limitNote(decision));
		return;
	}
	if (dm && !deps.config.allowDms) {
		await replyNote(message, `${NOTES.en.dmsOff}\n${NOTES.sv.dmsOff}`);
		return;
	}
	const own = dm || message.channel.isThread() ? message.channelId : message.id;
	const conversationId = followed ?? conversationKey(own);
	const answer = deps.ask(question || EMPTY_QUESTION, {
		conversationId,
		today: dateOfAsking()
	});
	const feedbackId = deps.feedback.remember(answer);
	const reply = await message.reply({
		...renderAnswer(answer, { feedbackId }),
		allowedMentions: noMentions()
	});
	deps.answers.set(reply.id, conversationId);
}
async function replyNote(message, text) {
	await message.reply({
		...renderNotice(text),
		allowedMentions: noMentions()
	});
}
// dist/adapters/discord/patient-request.js
/**
* discord.js's HTTP call tried again, with growing waits, on a 5xx or a network error: its own retries
* follow each other at once, so an outage of a second or two used to lose the reply. 429s stay with
* discord.js, which waits as Discord says; the request's own timeout bounds all the tries.
*/
function patientRequest(policy, inner = DefaultRestOptions.makeRequest) {
	return (url, init) => {
		const signal = init.signal ?? void 0;
		return withRetries(() => inner(url, init), policy, worthRetrying, signal);
	};
}
function worthRetrying(outcome) {
	if (!outcome.ok) return !isAbort(outcome.error) && networkFailure(outcome.error) !== null;
	if (outcome.value.status < 500) return false;
	outcome.value.arrayBuffer().catch(() => void 0);
	return true;
}
const isAbort = (err) => err instanceof Error && err.name === "AbortError";
// dist/adapters/discord/rate-limit.js
/** Per-user and per-channel limits, in memory: a public server cannot turn the bot into a spam cannon. */
function createRateLimits(options) {
	const users = new RateLimiterMemory({
		keyPrefix: "user",
		points: options.userPoints,
		duration: options.windowSeconds
	});
	const channels = new RateLimiterMemory({
		keyPrefix: "channel",
		points: options.channelPoints,
		duration: options.windowSeconds
	});
	return { async take(userId, channelId) {
		const user = await consume(users, userId, options.userPoints, "user");
		if (!user.ok) return user;
		const channel = await consume(channels, channelId, options.channelPoints, "channel");
		if (!channel.ok) await users.reward(userId);
		return channel;
	} };
}
async function consume(limiter, key, points, scope) {
	try {
		await limiter.consume(key);
		return { ok: true };
	} catch (rejection) {
		if (!(rejection instanceof RateLimiterRes)) throw rejection;
		return {
			ok: false,
			scope,
			retryAt: Date.now() + rejection.msBeforeNext,
			firstRefusal: rejection.consumedPoints === points + 1
		};
	}
}
// dist/adapters/discord/start-errors.js
/** Login or registration failed: the network, a rejected token, or a refusal, each with what to check. */
function discordFailure(err, config, doing) {
	const e = err;
	const network = networkFailure(err);
	let message;
	if (e?.code === "TokenInvalid" || e?.status === 401) message = `Discord rejected DISCORD_TOKEN while ${doing} (401 Unauthorized); copy the token again from the Bot page (Reset Token makes a new one)`;
	else if (network) message = `could not reach Discord at ${config.apiUrl} while ${doing} (network failure: ${network}); check the network connection, any proxy or firewall, and DISCORD_API_URL`;
	else if (e?.status === 403 || e?.status === 404) message = `Discord refused ${doing} (${String(e.status)}); check DISCORD_APPLICATION_ID, DISCORD_GUILD_ID and that the bot was invited with the applications.commands scope`;
	else message = `Discord failed while ${doing} (${err instanceof Error ? err.message : String(err)}); check DISCORD_TOKEN and DISCORD_API_URL`;
	return new GmsError("ADAPTER_FAILED", message, { cause: err });
}
// dist/adapters/discord/adapter.js
/**
* Guilds: the channel and thread cache (messages in unknown channels are dropped).
* GuildMessages and DirectMessages: mentions and DMs. No privileged MessageContent: Discord
* still sends the text of messages that mention the bot and of DMs, and we read nothing else.
*/
const INTENTS = [
	GatewayIntentBits.Guilds,
	GatewayIntentBits.GuildMessages,
	GatewayIntentBits.DirectMessages
];
/** The Discord bot: slash commands, mentions, replies and DMs, answered by `ask`. */
function createDiscordAdapter(options) {
	const { config } = options;
	const log = options.logger.child({ adapter: "discord" });
	const timer = options.onCallback ? createCallbackTimer(options.onCallback) : void 0;
	const client = createClient(config, options.retries ?? REPLY_RETRIES, timer);
	const deps = createDeps(options, log, () => client.user?.id ?? "");
	const inflight = createInflight(log);
	timer?.watch(client);
	client.on(Events.InteractionCreate, (i) => inflight.track(() => handleInteraction(i, deps)));
	client.on(Events.MessageCreate, (m) => inflight.track(() => handleMessage(m, deps)));
	const state = { stopping: false };
	watchConnection(client, log, state);
	return {
		name: "discord",
		async start() {
			try {
				await Promise.all([once(client, Events.ClientReady), client.login(config.token)]);
			} catch (err) {
				await client.destroy();
				throw discordFailure(err, config, "logging in");
			}
			log.info({
				user: client.user?.tag,
				guilds: client.guilds.cache.size
			}, "discord ready");
		},
		async stop() {
			await inflight.drain();
			state.stopping = true;
			await client.destroy();
			log.info("discord stopped");
		}
	};
}
function createClient(config, retries, timer) {
	const patient = patientRequest(retries);
	return new Client({
		rest: {
			api: config.apiUrl,
			makeRequest: timer?.wrap(patient) ?? patient,
			retries: 1
		},
		intents: INTENTS,
		partials: [Partials.Channel],
		allowedMentions: noMentions(),
		failIfNotExists: false
	});
}
function createDeps(options, log, botId) {
	const { config } = options;
	const memoryMax = options.memoryMax ?? 5e3;
	return {
		config,
		log,
		limits: createRateLimits({
			userPoints: config.userPerMinute,
			channelPoints: config.channelPerMinute,
			windowSeconds: options.rateWindowSeconds ?? 60
		}),
		answers: createBoundedMap(memoryMax),
		feedback: createFeedbackStore(memoryMax),
		votes: createVoteMemory(memoryMax),
		feedbackRate: createFeedbackLimit(),
		botId,
		ask: options.ask
	};
}
/** Handlers in progress, so that stopping waits for half-sent replies; nothing is started after. */
function createInflight(log) {
	const jobs = /* @__PURE__ */ new Set();
	let draining = false;
	return {
		track(work) {
			if (draining) return;
			const job = work().catch((err) => log.error({ err }, "discord handler failed")).finally(() => jobs.delete(job));
			jobs.add(job);
		},
		async drain() {
			draining = true;
			await Promise.allSettled([...jobs]);
		}
	};
}
/** An `error` event with no listener would crash the process; reconnects are worth a line. */
function watchConnection(client, log, state) {
	client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
	client.on(Events.ShardError, (err, shardId) => log.warn({
		err,
		shardId
	}, "discord gateway error"));
	client.on(Events.ShardReconnecting, (shardId) => {
		if (!state.stopping) log.warn({ shardId }, "discord reconnecting");
	});
	client.on(Events.ShardResume, (shardId, replayed) => log.info({
		shardId,
		replayed
	}, "discord gateway resumed"));
	client.on(Events.Warn, (message) => log.warn({ message }, "discord warning"));
}
export { createDiscordAdapter };

//# sourceMappingURL=cli-discord-CxF5O2f2.js.map