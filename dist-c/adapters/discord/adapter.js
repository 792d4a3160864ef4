import { once } from "node:events";
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import { createBoundedMap } from "../bounded-map.js";
import { createFeedbackLimit } from "../feedback-limit.js";
import { createVoteMemory } from "../feedback-log.js";
import { REPLY_RETRIES } from "../retry.js";
import { createCallbackTimer } from "./callback-timer.js";
import { noMentions } from "./context.js";
import { createFeedbackStore } from "./feedback.js";
import { handleInteraction } from "./handle-interaction.js";
import { handleMessage } from "./handle-message.js";
import { patientRequest } from "./patient-request.js";
import { createRateLimits } from "./rate-limit.js";
import { discordFailure } from "./start-errors.js";
/**
 * Guilds: the channel and thread cache (messages in unknown channels are dropped).
 * GuildMessages and DirectMessages: mentions and DMs. No privileged MessageContent: Discord
 * still sends the text of messages that mention the bot and of DMs, and we read nothing else.
 */
export const INTENTS = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
];
/** The Discord bot: slash commands, mentions, replies and DMs, answered by `ask`. */
export function createDiscordAdapter(options) {
    const { config } = options;
    const log = options.logger.child({ adapter: "discord" });
    const timer = options.onCallback ? createCallbackTimer(options.onCallback) : undefined;
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
            }
            catch (err) {
                await client.destroy();
                // The cause carries the details; pino prints it once under `err`.
                throw discordFailure(err, config, "logging in");
            }
            log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "discord ready");
        },
        async stop() {
            // In-flight replies finish first; nothing new is taken on meanwhile.
            await inflight.drain();
            state.stopping = true;
            await client.destroy();
            log.info("discord stopped");
        },
    };
}
function createClient(config, retries, timer) {
    const patient = patientRequest(retries);
    return new Client({
        // Our waits sit inside each of discord.js's tries; one try more of its own covers a request timeout.
        rest: { api: config.apiUrl, makeRequest: timer?.wrap(patient) ?? patient, retries: 1 },
        intents: INTENTS,
        // DM channels are never in the cache; without this partial their messages are dropped.
        partials: [Partials.Channel],
        allowedMentions: noMentions(),
        // A reply to a question deleted meanwhile is still posted, as a plain message.
        failIfNotExists: false,
    });
}
function createDeps(options, log, botId) {
    const { config } = options;
    const memoryMax = options.memoryMax ?? 5000;
    return {
        config,
        log,
        limits: createRateLimits({
            userPoints: config.userPerMinute,
            channelPoints: config.channelPerMinute,
            windowSeconds: options.rateWindowSeconds ?? 60,
        }),
        answers: createBoundedMap(memoryMax),
        feedback: createFeedbackStore(memoryMax),
        votes: createVoteMemory(memoryMax),
        feedbackRate: createFeedbackLimit(),
        botId,
        ask: options.ask,
    };
}
/** Handlers in progress, so that stopping waits for half-sent replies; nothing is started after. */
function createInflight(log) {
    const jobs = new Set();
    let draining = false;
    return {
        track(work) {
            if (draining)
                return;
            const job = work()
                .catch((err) => log.error({ err }, "discord handler failed"))
                .finally(() => jobs.delete(job));
            jobs.add(job);
        },
        async drain() {
            draining = true;
            await Promise.allSettled([...jobs]);
        },
    };
}
/** An `error` event with no listener would crash the process; reconnects are worth a line. */
function watchConnection(client, log, state) {
    client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
    client.on(Events.ShardError, (err, shardId) => log.warn({ err, shardId }, "discord gateway error"));
    // destroy() on a clean stop also fires this: not worth a warning then.
    client.on(Events.ShardReconnecting, (shardId) => {
        if (!state.stopping)
            log.warn({ shardId }, "discord reconnecting");
    });
    client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, "discord gateway resumed"));
    client.on(Events.Warn, (message) => log.warn({ message }, "discord warning"));
}
//# sourceMappingURL=adapter.js.map