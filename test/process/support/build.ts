import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";

/** The repository root, and the executable `npm start` runs. */
export const ROOT = resolve(import.meta.dirname, "../../..");
export const CLI = join(ROOT, "dist", "cli.js");
const TSC = join(ROOT, "node_modules", ".bin", "tsc");
const SRC = join(ROOT, "src");
// One lock per checkout, shared by test files running in parallel processes.
const LOCK = join(tmpdir(), `gms-bot-build-${createHash("sha1").update(ROOT).digest("hex")}.lock`);
const STALE_LOCK_MS = 60_000;

let built: Promise<void> | null = null;

/**
 * Builds dist with `tsc -p tsconfig.build.json`, once per test file, unless every compiled file
 * is already newer than its source (`npm test` builds before vitest). A lock keeps parallel test
 * files from writing dist at the same time as another one starts it.
 */
export function buildDist(): Promise<void> {
  built ??= (async () => {
    if (isFresh()) return;
    await withLock(async () => {
      if (isFresh()) return;
      // Type errors in work elsewhere in the tree do not stop tsc from emitting.
      await promisify(execFile)(TSC, ["-p", "tsconfig.build.json"], { cwd: ROOT }).catch(
        () => undefined,
      );
    });
    if (!existsSync(CLI)) throw new Error(`the build did not produce ${CLI}`);
  })();
  return built;
}

/** True when each src/**.ts has a compiled .js in dist at least as new as itself. */
function isFresh(): boolean {
  for (const file of sourceFiles(SRC)) {
    const out = join(ROOT, "dist", relative(SRC, file).replace(/\.ts$/, ".js"));
    if (!existsSync(out) || statSync(out).mtimeMs < statSync(file).mtimeMs) return false;
  }
  return existsSync(CLI);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

async function withLock(work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a killed run is older than any real build: take it over.
      if (Date.now() > deadline || lockAgeMs() > STALE_LOCK_MS) {
        rmSync(LOCK, { recursive: true, force: true });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockAgeMs(): number {
  try {
    return Date.now() - statSync(LOCK).mtimeMs;
  } catch {
    return 0;
  }
}
