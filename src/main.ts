// Composition root: wires config, logger, knowledge, ask and the adapters. The only place that knows them all.
import type { Adapter, HealthInfo } from "./adapters/types.js";
import {
  type Ask,
  type ConversationStore,
  createAsk,
  createConversationStore,
} from "./bot/index.js";
import { platformLines, settingsLine } from "./cli/platform-summary.js";
import { withQuestionLog } from "./cli/question-log.js";
import { installShutdown, type ProcessHost, watchFaults } from "./cli/shutdown.js";
import type { Config } from "./config.js";
import { type Knowledge, type LoadProblem, loadKnowledge } from "./knowledge/index.js";
import { tuneEngineForLoad } from "./live/engine-flags.js";
import { reloadFields, startLiveDocuments } from "./live/live-documents.js";
import { loadKnowledgeInParallel } from "./live/parallel-load.js";
import type { Logger } from "./logger.js";

/** Loads the documents once; each load problem is reported once and the rest still loads. */
export function loadSeeds(
  seedsDir: string,
  report: (problem: LoadProblem) => void,
  cacheDir: string | null = null,
  onSnapshot?: (write: () => void) => void,
): Knowledge {
  tuneEngineForLoad();
  const knowledge = loadKnowledge(seedsDir, { cacheDir, ...(onSnapshot ? { onSnapshot } : {}) });
  for (const problem of knowledge.problems) report(problem);
  return knowledge;
}

/** `loadSeeds` with the documents read on two threads: the serving bot's first load. */
export async function loadSeedsInParallel(
  seedsDir: string,
  report: (problem: LoadProblem) => void,
  cacheDir: string | null = null,
  onSnapshot?: (write: () => void) => void,
): Promise<Knowledge> {
  const knowledge = await loadKnowledgeInParallel(seedsDir, {
    cacheDir,
    ...(onSnapshot ? { onSnapshot } : {}),
  });
  for (const problem of knowledge.problems) report(problem);
  return knowledge;
}

/** The bot over the loaded knowledge, with the configured conversation memory. */
export function createCoreAsk(
  config: Config,
  knowledge: Knowledge,
  conversations?: ConversationStore,
): Ask {
  return createAsk({
    knowledge,
    conversations,
    conversationTtlMs: config.conversationTtlMs,
    conversationMax: config.conversationMax,
  });
}

/** True when a platform token is configured: `gms-bot` with no command then serves it. */
export function hasPlatforms(config: Config): boolean {
  return config.slack !== null || config.discord !== null;
}

/** Every secret value in the config, for the logger to mask wherever it appears. */
export function configSecrets(config: Config): string[] {
  const values = [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
    ...urlCredentials(config.slack?.apiUrl),
  ];
  return values.filter((v): v is string => typeof v === "string" && v !== "");
}

/** A password (or user) written into a URL such as SLACK_API_URL, raw and decoded: also a secret. */
function urlCredentials(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const { username, password } = new URL(url);
    return [password, username].filter((v) => v !== "").flatMap((v) => [v, decodeURIComponent(v)]);
  } catch {
    return [];
  }
}

const VERBOSE_LEVELS: ReadonlySet<string> = new Set(["info", "debug", "trace"]);

/**
 * A logger for the local commands, only when LOG_LEVEL explicitly asks for info or more:
 * by default they stay quiet, and pino is not even loaded (cold start).
 */
export async function createCommandLogger(
  config: Config,
  env: NodeJS.ProcessEnv,
): Promise<Logger | null> {
  if (!env.LOG_LEVEL?.trim() || !VERBOSE_LEVELS.has(config.logLevel)) return null;
  return createConfiguredLogger(config);
}

export interface PlatformHost extends ProcessHost {
  /** Tests capture the log; otherwise one is made from the config. */
  logger?: Logger;
}

const processHost: PlatformHost = { signals: process, exit: (code) => process.exit(code) };

/**
 * Serves Slack and/or Discord until SIGINT/SIGTERM; the platform SDKs load only here. The documents
 * folder is watched (and SIGHUP reloads): knowledge is rebuilt in a worker thread and swapped in.
 */
export async function runPlatforms(
  config: Config,
  seedsDir: string,
  host = processHost,
  envFile: string | null = null,
) {
  const logger = host.logger ?? (await createConfiguredLogger(config));
  logger.info({ envFile }, settingsLine(envFile));
  for (const line of platformLines(config)) logger.info(line);
  // The snapshot for the next start is written once the platforms are connected, not before.
  let writeSnapshot = () => {};
  const initial = await loadSeedsInParallel(
    seedsDir,
    (p) => logger.warn({ file: p.file }, p.message),
    config.cacheDir,
    (write) => {
      writeSnapshot = write;
    },
  );
  const live = startLiveKnowledge(config, seedsDir, initial, host.signals, logger);
  const ask = withQuestionLog(live.ask, logger);
  const startedAt = Date.now();
  const health = (): HealthInfo => ({
    documents: live.current().documents.length,
    ledgerEntries: live.current().ledger.entries.length,
    uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
  });
  const adapters = await createPlatformAdapters(config, { ask, logger, health });
  const closing: Adapter = { name: "documents", start: async () => {}, stop: () => live.close() };
  const shutdown = installShutdown({
    signals: host.signals,
    exit: host.exit,
    adapters: [...adapters, closing],
    logger,
  });
  watchFaults(host.signals, logger, shutdown);
  try {
    for (const adapter of adapters) await adapter.start();
  } catch (error) {
    logger.error({ err: error }, "an adapter failed to start");
    await shutdown(1);
    return;
  }
  const { documents, ledgerEntries } = health();
  logger.info({ adapters: adapters.map((a) => a.name), documents, ledgerEntries }, "ready");
  writeSnapshot();
}

/** Live documents for a serving process: each reload logs what changed and what failed to load. */
function startLiveKnowledge(
  config: Config,
  seedsDir: string,
  initial: Knowledge,
  signals: NodeJS.EventEmitter,
  logger: Logger,
) {
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
      for (const p of report.problems) logger.warn({ file: p.file }, p.message);
      logger.info(reloadFields(report), "knowledge reloaded");
    },
    onError: (err, reason) =>
      logger.error(
        { err, reason },
        "documents not reloaded (see reason); still answering from those already loaded",
      ),
  });
}

// Imported on demand: pino costs the local commands start-up time they rarely need.
async function createConfiguredLogger(config: Config): Promise<Logger> {
  const { createLogger } = await import("./logger.js");
  const secrets = configSecrets(config);
  return createLogger({ level: config.logLevel, format: config.logFormat, secrets });
}

interface AdapterDeps {
  ask: Ask;
  logger: Logger;
  health: () => HealthInfo;
}

// Dynamic imports: `ask`, `ledger` and the chat never load discord.js or Bolt.
async function createPlatformAdapters(config: Config, deps: AdapterDeps): Promise<Adapter[]> {
  const { ask, logger, health } = deps;
  const adapters: Adapter[] = [];
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
