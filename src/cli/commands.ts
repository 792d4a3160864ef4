import { resolve } from "node:path";
import { type Ask, createConversationStore } from "../bot/index.js";
import { type Config, loadConfig } from "../config.js";
import type { Knowledge } from "../knowledge/index.js";
import { reloadSummary, startLiveDocuments } from "../live/live-documents.js";
import type { Logger } from "../logger.js";
import {
  createCommandLogger,
  createCoreAsk,
  hasPlatforms,
  loadSeeds,
  runPlatforms,
} from "../main.js";
import type { CliRequest } from "./args.js";
import { runAskCommand } from "./ask-command.js";
import { type CliIo, writeLine } from "./io.js";
import type { ListingFormat } from "./listing-commands.js";
import { platformLines, settingsLine } from "./platform-summary.js";
import { withQuestionLog } from "./question-log.js";
import { warnTo } from "./report.js";

type RunRequest = Extract<CliRequest, { kind: "run" }>;

/**
 * Runs one command; returns its exit code, or null when platform adapters now serve
 * (the process then lives until a signal). Config errors throw GmsError CONFIG_INVALID.
 */
// Each command's own modules are imported when it runs: a one-shot `ask` loads no chat, listing or report code.
export async function runCommand(request: RunRequest, io: CliIo): Promise<number | null> {
  // A one-shot command answers first; the snapshot for the next run is written after its output.
  const writes: Array<() => void> = [];
  try {
    return await runOnce(request, io, (write) => writes.push(write));
  } finally {
    for (const write of writes) write();
  }
}

async function runOnce(
  request: RunRequest,
  io: CliIo,
  later: (write: () => void) => void,
): Promise<number | null> {
  const config = loadConfig(io.env);
  const seedsDir = resolve(io.cwd, request.seeds ?? config.seedsDir);
  const format: ListingFormat = request.json ? "json" : request.csv ? "csv" : "text";
  switch (request.command) {
    case "report": {
      const { file = null, since = null, json } = request;
      const { runReportCommand } = await import("./report-command.js");
      return runReportCommand({ file, since, json }, io);
    }
    case "ledger": {
      const { runLedgerCommand } = await import("./listing-commands.js");
      return runLedgerCommand(
        loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir, later),
        io,
        request.review ? "review" : format,
      );
    }
    case "facts": {
      const { runFactsCommand } = await import("./listing-commands.js");
      return runFactsCommand(
        loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir, later),
        io,
        request.json,
      );
    }
    case "sources": {
      const { runSourcesCommand } = await import("./listing-commands.js");
      return runSourcesCommand(
        loadSeeds(seedsDir, () => {}, config.cacheDir, later),
        seedsDir,
        io,
        format,
      );
    }
    case "ask":
    case "chat":
    case null: {
      if (request.command === null && hasPlatforms(config)) {
        await runPlatforms(config, seedsDir, undefined, io.envFile);
        return null;
      }
      // `npm start` without tokens: say why it is the terminal chat, so a .env typo is not a mystery.
      if (request.command === null) {
        const why = [settingsLine(io.envFile), ...platformLines(config)].join("; ");
        writeLine(io.stderr, `gms-bot: ${why}; opening the terminal chat.`);
      }
      const logger = await createCommandLogger(config, io.env);
      // The chat runs until closed: its snapshot is written at once.
      const oneShot = request.command === "ask" ? later : undefined;
      const knowledge = loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir, oneShot);
      const withLog = (core: Ask) => (logger ? withQuestionLog(core, logger) : core);
      if (request.command !== "ask") return runLiveChat(config, seedsDir, knowledge, io, logger);
      const ask = withLog(createCoreAsk(config, knowledge));
      const { json, render, question } = request;
      return runAskCommand({ ask, io, logger, json, render, question });
    }
  }
}

/** The chat on live documents: a changed folder (or SIGHUP) is picked up between questions. */
async function runLiveChat(
  config: Config,
  seedsDir: string,
  knowledge: Knowledge,
  io: CliIo,
  logger: Logger | null,
): Promise<number> {
  const conversations = createConversationStore({
    max: config.conversationMax,
    ttlMs: config.conversationTtlMs,
    now: Date.now,
  });
  const live = startLiveDocuments({
    seedsDir,
    initial: knowledge,
    signals: io.signals,
    makeAsk: (k) => createCoreAsk(config, k, conversations),
    onReload: (report) => {
      for (const problem of report.problems) warnTo(io.stderr)(problem);
      writeLine(io.stderr, `gms-bot: ${reloadSummary(report)}`);
    },
    onError: (error, reason) => {
      const message = error instanceof Error ? error.message : String(error);
      writeLine(
        io.stderr,
        `gms-bot: reload failed (${reason}): ${message}; keeping the documents already loaded`,
      );
    },
  });
  try {
    const ask = logger ? withQuestionLog(live.ask, logger) : live.ask;
    const { runChatCommand } = await import("./chat-command.js");
    return await runChatCommand(ask, io, logger);
  } finally {
    await live.close();
  }
}
