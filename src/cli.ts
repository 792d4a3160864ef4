#!/usr/bin/env node
// The `gms-bot` executable: hands the process to the command line and sets the exit code.
import { homedir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cli/run.js";

// `gms-bot ledger --json | head -1` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signals: process,
    historyFile: join(homedir(), ".gms_bot_history"),
  });
  if (code !== null) process.exitCode = code;
} catch (error) {
  console.error("gms-bot: internal error:", error);
  process.exitCode = 1;
}
