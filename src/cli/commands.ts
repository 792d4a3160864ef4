import { resolve } from "node:path";
import { loadConfig } from "../config.js";
import {
  createCommandLogger,
  createCoreAsk,
  hasPlatforms,
  loadSeeds,
  runPlatforms,
} from "../main.js";
import type { CliRequest } from "./args.js";
import { runAskCommand } from "./ask-command.js";
import { runChatCommand } from "./chat-command.js";
import type { CliIo } from "./io.js";
import {
  type ListingFormat,
  runFactsCommand,
  runLedgerCommand,
  runSourcesCommand,
} from "./listing-commands.js";
import { withQuestionLog } from "./question-log.js";
import { warnTo } from "./report.js";

type RunRequest = Extract<CliRequest, { kind: "run" }>;

/**
 * Runs one command; returns its exit code, or null when platform adapters now serve
 * (the process then lives until a signal). Config errors throw GmsError CONFIG_INVALID.
 */
export async function runCommand(request: RunRequest, io: CliIo): Promise<number | null> {
  const config = loadConfig(io.env);
  const seedsDir = resolve(io.cwd, request.seeds ?? config.seedsDir);
  const format: ListingFormat = request.json ? "json" : request.csv ? "csv" : "text";
  switch (request.command) {
    case "ledger":
      return runLedgerCommand(
        loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir),
        io,
        request.review ? "review" : format,
      );
    case "facts":
      return runFactsCommand(
        loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir),
        io,
        request.json,
      );
    case "sources":
      return runSourcesCommand(
        loadSeeds(seedsDir, () => {}, config.cacheDir),
        seedsDir,
        io,
        format,
      );
    case "ask":
    case "chat":
    case null: {
      if (request.command === null && hasPlatforms(config)) {
        await runPlatforms(config, seedsDir);
        return null;
      }
      const logger = await createCommandLogger(config, io.env);
      const knowledge = loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir);
      const core = createCoreAsk(config, knowledge);
      const ask = logger ? withQuestionLog(core, logger) : core;
      if (request.command !== "ask") return runChatCommand(ask, io, logger);
      const { json, render, question } = request;
      return runAskCommand({ ask, io, logger, json, render, question });
    }
  }
}
