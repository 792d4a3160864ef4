import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildDist } from "../process/support/build.js";

/** Helpers to run the built `dist/cli.js` as a real process, the way a person or script would. */
export const ROOT = resolve(import.meta.dirname, "../..");
export const CLI = join(ROOT, "dist", "cli.js");

/** Builds dist once (skipped when fresh, locked against parallel test files): see test/process/support. */
export function buildOnce(): Promise<void> {
  return buildDist();
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const temporary: string[] = [];

/** A fresh temporary folder, removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// A clean environment: no tokens, LOG_LEVEL or NO_COLOR leak in from the developer's shell.
const HOME = tempDir("gms-cli-home-");
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", HOME, LANG: "C.UTF-8", ...extra };
}

/** Runs the CLI to completion with `input` on stdin. */
export function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input: options.input ?? "",
    env: cleanEnv(options.env),
    encoding: "utf8",
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const live = new Set<ReturnType<typeof spawn>>();

/** Kills any child a failed test left behind (call from afterEach). */
export function killLeftovers(): void {
  for (const child of live) child.kill("SIGKILL");
  live.clear();
}

/** A live process to converse with: write a line, then wait for what it prints. */
export function startCli(
  args: string[],
  env: Record<string, string> = {},
  command = process.execPath,
) {
  const argv = command === process.execPath ? [CLI, ...args] : args;
  const child = spawn(command, argv, { cwd: ROOT, env: cleanEnv(env), stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  live.add(child);
  const exited = new Promise<number | null>((resolveExit) =>
    child.on("close", (code) => {
      live.delete(child);
      resolveExit(code);
    }),
  );
  /** Resolves once stdout satisfies `done`; fails after `ms` with what was printed so far. */
  const waitFor = async (done: (out: string) => boolean, ms = 10_000): Promise<void> => {
    const deadline = Date.now() + ms;
    while (!done(stdout)) {
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(`timed out waiting; stdout so far:\n${stdout}\nstderr:\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return {
    child,
    exited,
    waitFor,
    write: (text: string) => child.stdin.write(text),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
