import { App, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import { GmsError } from "../../errors.js";
import { createVoteMemory } from "../feedback-log.js";
import { REPLY_RETRIES } from "../retry.js";
import { reportSlowAcks } from "./ack-timer.js";
import { createBoltLogger } from "./bolt-logger.js";
import { registerEventHandlers } from "./events.js";
import { createHealthRoute } from "./health-route.js";
import { createInFlight } from "./in-flight.js";
import { registerInteractionHandlers } from "./interactions.js";
import { createRecentKeys, createRecentMap } from "./recent.js";
import { guardRequests, MAX_BODY_BYTES } from "./request-guard.js";
import { slackStartError } from "./start-errors.js";
import { createAnsweredThreads } from "./thread-followups.js";
import { createTurns } from "./turns.js";
/** Events remembered to spot Slack's retries (each event is remembered under two keys). */
export const SEEN_EVENTS = 10_000;
const SHARES_MAX = 1_000;
const WEB_API_TIMEOUT_MS = 10_000;
const LISTEN_BACKLOG = 4096;
/** The Slack adapter: Bolt in Socket Mode when an app token is set, otherwise HTTP with signed requests. */
export function createSlackAdapter(options) {
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
        retries: options.webApiRetries ?? REPLY_RETRIES,
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
                logger.info({ mode, port: address?.port }, "slack adapter started");
            })();
            return starting;
        },
        async stop() {
            // Stopping during start-up waits for it, so nothing is left listening afterwards.
            const started = await starting?.then(() => true, () => false);
            starting = null;
            if (!started)
                return;
            if (receiver instanceof SocketModeReceiver)
                await receiver.client.disconnect();
            else
                await receiver.stop();
            await deps.inFlight.drain();
            address = null;
            logger.info({ mode }, "slack adapter stopped");
        },
        address: () => address,
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
        convoStore: false,
    });
    registerEventHandlers(app, deps);
    registerInteractionHandlers(app, deps);
    app.error(async (err) => {
        deps.logger.error({ err }, "slack: unhandled error in Bolt");
    });
    return { app, receiver };
}
function createReceiver(options, logger) {
    const { config } = options;
    const boltLogger = createBoltLogger(logger);
    if (config.appToken) {
        return new SocketModeReceiver({
            appToken: config.appToken,
            logger: boltLogger,
            clientPingTimeout: options.socketPingTimeoutMs,
            // A fresh object: the Socket Mode client adds its own retry policy to the options it is given.
            installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
        });
    }
    if (!config.signingSecret) {
        throw new GmsError("CONFIG_INVALID", "SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN, xapp-…, for Socket Mode)");
    }
    const receiver = new HTTPReceiver({
        signingSecret: config.signingSecret,
        port: config.port,
        logger: boltLogger,
        customRoutes: [createHealthRoute(options.health, logger)],
        bodyLimit: MAX_BODY_BYTES,
    });
    receiver.requestListener = guardRequests(receiver.requestListener, {
        signingSecret: config.signingSecret,
        logger,
        nowSec: options.nowSec,
        onResponse: reportSlowAcks(logger, options.onResponse),
    });
    return receiver;
}
function webClientOptions(config, retryConfig = REPLY_RETRIES) {
    return { slackApiUrl: config.apiUrl, timeout: WEB_API_TIMEOUT_MS, retryConfig };
}
/** Runs auth.test, which gives Bolt the bot's own ids so it can ignore its own messages. */
async function initialise(app, config) {
    try {
        await app.init();
    }
    catch (err) {
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
        const server = await receiver.start({
            port: options.config.port,
            host: options.host ?? options.config.host ?? undefined,
            // A deep accept queue: under a flood, Slack's own connections still get in to be answered.
            backlog: LISTEN_BACKLOG,
        });
        const bound = server.address();
        return bound !== null && typeof bound === "object" ? bound : null;
    }
    catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        const what = receiver instanceof SocketModeReceiver
            ? "could not open a Socket Mode connection with SLACK_APP_TOKEN"
            : `could not listen on PORT ${options.config.port}`;
        throw new GmsError("ADAPTER_FAILED", `Slack adapter ${what} (${reason})`, { cause: err });
    }
}
//# sourceMappingURL=create-slack-adapter.js.map