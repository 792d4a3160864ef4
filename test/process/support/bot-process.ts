import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { CLI, ROOT } from "./build.js";

/** One parsed JSON log line from the bot's stderr. */
export type LogLine = Record<string, unknown>;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js` with no command, as `npm start` runs it, serving until a signal. */
export interface BotProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Every JSON line written to stderr so far. */
  logs(): LogLine[];
  /** Resolves with the first log line whose `msg` is `msg`; fails if the process exits first. */
  waitForLog(msg: string, ms?: number): Promise<LogLine>;
  readonly exited: Promise<number | null>;
  /** SIGTERM, then the exit code; fails when the process is still running after `withinMs`. */
  terminate(withinMs?: number): Promise<number | null>;
}

const live = new Set<ChildProcess>();

/** Kills any process a failed test left behind (call from afterEach). */
export function killLeftovers(): void {
  for (const child of live) child.kill("SIGKILL");
  live.clear();
}

/**
 * A clean environment: nothing leaks in from the developer's shell; JSON logs at debug, so the
 * secret checks see everything the bot could ever print.
 */
export function botEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: tmpdir(),
    LANG: "C.UTF-8",
    LOG_FORMAT: "json",
    LOG_LEVEL: "debug",
    ...extra,
  };
}

/**
 * Starts the bot. `cwd` is where it looks for `.env`; with `bare`, the environment holds nothing
 * but PATH, HOME and LANG, so every setting must come from that file.
 */
export function startBot(
  env: Record<string, string>,
  options: { cwd?: string; bare?: boolean } = {},
): BotProcess {
  const base = { PATH: process.env.PATH ?? "", HOME: tmpdir(), LANG: "C.UTF-8" };
  const childEnv = options.bare ? { ...base, ...env } : botEnv(env);
  const cwd = options.cwd ?? ROOT;
  const child = spawn(process.execPath, [CLI], { cwd, env: childEnv, stdio: "pipe" });
  live.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const exited = once(child, "close").then(([code]) => {
    live.delete(child);
    return code as number | null;
  });
  const logs = () => parseLogLines(stderr);
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    logs,
    exited,
    waitForLog: (msg, ms = 15_000) =>
      poll(
        () => logs().find((l) => l.msg === msg),
        ms,
        child,
        () => stderr,
      ),
    async terminate(withinMs = 5_000) {
      child.kill("SIGTERM");
      const timeout = new Promise<never>((_, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`still running ${withinMs} ms after SIGTERM:\n${stderr}`)),
          withinMs,
        );
        void exited.then(() => clearTimeout(timer));
      });
      return Promise.race([exited, timeout]);
    },
  };
}

/** Runs the bot until it exits on its own (a configuration error); killed after `ms`. */
export async function runBot(env: Record<string, string>, ms = 15_000): Promise<RunResult> {
  const bot = startBot(env);
  const timer = setTimeout(() => bot.child.kill("SIGKILL"), ms);
  const code = await bot.exited;
  clearTimeout(timer);
  return { code, stdout: bot.stdout(), stderr: bot.stderr() };
}

/** A port that was free a moment ago: PORT=0 would not tell us where the bot listens. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** The secrets that appear anywhere in what the process printed. */
export function leakedSecrets(result: { stdout: string; stderr: string }, secrets: string[]) {
  return secrets.filter((s) => result.stdout.includes(s) || result.stderr.includes(s));
}

/** Complete lines only: the last one may still be arriving. */
function parseLogLines(text: string): LogLine[] {
  const lines = text.split("\n");
  lines.pop();
  return lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as LogLine);
}

async function poll<T>(
  find: () => T | undefined,
  ms: number,
  child: ChildProcess,
  stderr: () => string,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      throw new Error(`the bot did not log what was expected; stderr so far:\n${stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
