import { createAsk, createConversationStore, } from "./bot/index.js";
import { platformLines, settingsLine } from "./cli/platform-summary.js";
import { withQuestionLog } from "./cli/question-log.js";
import { installShutdown, watchFaults } from "./cli/shutdown.js";
import { loadKnowledge } from "./knowledge/index.js";
import { reloadFields, startLiveDocuments } from "./live/live-documents.js";
import { loadKnowledgeInParallel } from "./live/parallel-load.js";
/** Loads the documents once; each load problem is reported once and the rest still loads. */
export function loadSeeds(seedsDir, report, cacheDir = null) {
    const knowledge = loadKnowledge(seedsDir, { cacheDir });
    for (const problem of knowledge.problems)
        report(problem);
    return knowledge;
}
/** `loadSeeds` with the documents read on two threads: the serving bot's first load. */
export async function loadSeedsInParallel(seedsDir, report, cacheDir = null) {
    const knowledge = await loadKnowledgeInParallel(seedsDir, { cacheDir });
    for (const problem of knowledge.problems)
        report(problem);
    return knowledge;
}
/** The bot over the loaded knowledge, with the configured conversation memory. */
export function createCoreAsk(config, knowledge, conversations) {
    return createAsk({
        knowledge,
        conversations,
        conversationTtlMs: config.conversationTtlMs,
        conversationMax: config.conversationMax,
    });
}
/** True when a platform token is configured: `gms-bot` with no command then serves it. */
export function hasPlatforms(config) {
    return config.slack !== null || config.discord !== null;
}
/** Every secret value in the config, for the logger to mask wherever it appears. */
export function configSecrets(config) {
    const values = [
        config.slack?.botToken,
        config.slack?.appToken,
        config.slack?.signingSecret,
        config.discord?.token,
        ...urlCredentials(config.slack?.apiUrl),
    ];
    return values.filter((v) => typeof v === "string" && v !== "");
}
/** A password (or user) written into a URL such as SLACK_API_URL, raw and decoded: also a secret. */
function urlCredentials(url) {
    if (!url)
        return [];
    try {
        const { username, password } = new URL(url);
        return [password, username].filter((v) => v !== "").flatMap((v) => [v, decodeURIComponent(v)]);
    }
    catch {
        return [];
    }
}
const VERBOSE_LEVELS = new Set(["info", "debug", "trace"]);
/**
 * A logger for the local commands, only when LOG_LEVEL explicitly asks for info or more:
 * by default they stay quiet, and pino is not even loaded (cold start).
 */
export async function createCommandLogger(config, env) {
    if (!env.LOG_LEVEL?.trim() || !VERBOSE_LEVELS.has(config.logLevel))
        return null;
    return createConfiguredLogger(config);
}
const processHost = { signals: process, exit: (code) => process.exit(code) };
/**
 * Serves Slack and/or Discord until SIGINT/SIGTERM; the platform SDKs load only here. The documents
 * folder is watched (and SIGHUP reloads): knowledge is rebuilt in a worker thread and swapped in.
 */
export async function runPlatforms(config, seedsDir, host = processHost, envFile = null) {
    const logger = host.logger ?? (await createConfiguredLogger(config));
    logger.info({ envFile }, settingsLine(envFile));
    for (const line of platformLines(config))
        logger.info(line);
    const initial = await loadSeedsInParallel(seedsDir, (p) => logger.warn({ file: p.file }, p.message), config.cacheDir);
    const live = startLiveKnowledge(config, seedsDir, initial, host.signals, logger);
    const ask = withQuestionLog(live.ask, logger);
    const startedAt = Date.now();
    const health = () => ({
        documents: live.current().documents.length,
        ledgerEntries: live.current().ledger.entries.length,
        uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
    });
    const adapters = await createPlatformAdapters(config, { ask, logger, health });
    const closing = { name: "documents", start: async () => { }, stop: () => live.close() };
    const shutdown = installShutdown({
        signals: host.signals,
        exit: host.exit,
        adapters: [...adapters, closing],
        logger,
    });
    watchFaults(host.signals, logger, shutdown);
    try {
        for (const adapter of adapters)
            await adapter.start();
    }
    catch (error) {
        logger.error({ err: error }, "an adapter failed to start");
        await shutdown(1);
        return;
    }
    const { documents, ledgerEntries } = health();
    logger.info({ adapters: adapters.map((a) => a.name), documents, ledgerEntries }, "ready");
}
/** Live documents for a serving process: each reload logs what changed and what failed to load. */
function startLiveKnowledge(config, seedsDir, initial, signals, logger) {
    // One conversation memory across reloads, so "and 2024?" still follows on after a swap.
    const conversations = createConversationStore({
        max: config.conversationMax,
        ttlMs: config.conversationTtlMs,
        now: Date.now,
    });
    return startLiveDocuments({
        seedsDir,
        initial,
        signals,
        makeAsk: (knowledge) => createCoreAsk(config, knowledge, conversations),
        onReload: (report) => {
            for (const p of report.problems)
                logger.warn({ file: p.file }, p.message);
            logger.info(reloadFields(report), "knowledge reloaded");
        },
        onError: (err, reason) => logger.error({ err, reason }, "documents not reloaded (see reason); still answering from those already loaded"),
    });
}
// Imported on demand: pino costs the local commands start-up time they rarely need.
async function createConfiguredLogger(config) {
    const { createLogger } = await import("./logger.js");
    const secrets = configSecrets(config);
    return createLogger({ level: config.logLevel, format: config.logFormat, secrets });
}
// Dynamic imports: `ask`, `ledger` and the chat never load discord.js or Bolt.
async function createPlatformAdapters(config, deps) {
    const { ask, logger, health } = deps;
    const adapters = [];
    if (config.slack) {
        const { createSlackAdapter } = await import("./adapters/slack/index.js");
        adapters.push(createSlackAdapter({ config: config.slack, ask, logger, health }));
    }
    if (config.discord) {
        const { createDiscordAdapter } = await import("./adapters/discord/index.js");
        adapters.push(createDiscordAdapter({ config: config.discord, ask, logger }));
    }
    return adapters;
}
//# sourceMappingURL=main.js.map