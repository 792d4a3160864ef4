import type { Readable } from "node:stream";
import { createFileHistory, createTerminalChat } from "../adapters/terminal/index.js";
import type { Ask } from "../bot/index.js";
import type { Logger } from "../logger.js";
import { type CliIo, useColor } from "./io.js";
import { reportAskError } from "./report.js";

/** `gms-bot chat`: the terminal chat until the person leaves; SIGINT/SIGTERM end it politely. */
export async function runChatCommand(ask: Ask, io: CliIo, logger: Logger | null): Promise<number> {
  const terminal = io.stdin.isTTY === true && io.stdout.isTTY === true;
  const history = terminal && io.historyFile ? createFileHistory(io.historyFile) : null;
  const chat = createTerminalChat({
    ask,
    input: io.stdin,
    output: io.stdout,
    terminal,
    color: useColor(io.stdout, io.env),
    history,
    onError: (error, question) => reportAskError(io.stderr, logger, error, question),
  });
  const onSignal = () => void chat.stop();
  io.signals.on("SIGINT", onSignal);
  io.signals.on("SIGTERM", onSignal);
  try {
    await chat.start();
    await chat.finished;
  } finally {
    io.signals.off("SIGINT", onSignal);
    io.signals.off("SIGTERM", onSignal);
    // An open stdin pipe would keep the process alive after "exit"; we are done reading it.
    (io.stdin as Partial<Readable>).destroy?.();
  }
  return 0;
}
