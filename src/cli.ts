#!/usr/bin/env node
// The `gms-bot` executable: hands the process to the command line and sets the exit code.
import { homedir } from "node:os";
import { join } from "node:path";
import { loadDotEnv } from "./cli/env-file.js";
import { runCli } from "./cli/run.js";
import { GmsError } from "./errors.js";

// `gms-bot ledger --json | head -1` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  // Settings from `.env` in the working directory; variables already in the environment win.
  const envFile = loadDotEnv(process.cwd());
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    envFile,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signals: process,
    historyFile: join(homedir(), ".gms_bot_history"),
  });
  if (code !== null) process.exitCode = code;
} catch (error) {
  // A GmsError (e.g. an unreadable .env) is a message a person can act on; anything else is a bug.
  if (error instanceof GmsError) console.error(error.message);
  else console.error("gms-bot: internal error:", error);
  process.exitCode = 1;
}
