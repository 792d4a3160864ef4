import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord } from "../fakes/discord/index.js";
import {
  APP_TOKEN,
  BOT_TOKEN,
  type FakeSocketServer,
  type FakeWebApi,
  SIGNING_SECRET,
  startFakeSocketServer,
  startFakeWebApi,
} from "../fakes/slack/index.js";
import { freePort, ROOT } from "./support/index.js";

// The README's setup sections, followed literally on a fresh clone of this repository: each shell line is
// taken from the README itself and run as written. Two things differ from a real setup, because no real
// workspace or registry is reachable here: `npm ci` is replaced by linking this checkout's node_modules and
// running the build it would run, and the platform API addresses (SLACK_API_URL, DISCORD_API_URL) point at
// the fakes in test/fakes.
const run = promisify(execFile);
const DISCORD_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.readme-test.token-for-the-fake-only";
let clone = "";
let readme = "";

/** The README's lines inside ```sh blocks, trimmed. */
function shellLines(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    (m[1] ?? "").split("\n").map((l) => l.trim()),
  );
}

/** The one README shell line matching `pattern`; fails when the README no longer has it. */
function readmeLine(pattern: RegExp): string {
  const line = shellLines(readme).find((l) => pattern.test(l));
  if (!line) throw new Error(`the README has no shell line matching ${pattern}`);
  return line;
}

interface Running {
  child: ChildProcess;
  log(): string;
  waitFor(text: string, ms?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Runs a README line with `sh -c` in the clone, in its own process group (npm starts node under it). */
function shell(line: string, env: Record<string, string>): Running {
  const child = spawn("sh", ["-c", line], {
    cwd: clone,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: tmpdir(),
      LANG: "C.UTF-8",
      LOG_FORMAT: "json",
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (c: Buffer) => {
    out += c.toString("utf8");
  });
  child.stderr?.on("data", (c: Buffer) => {
    out += c.toString("utf8");
  });
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  return {
    child,
    log: () => out,
    async waitFor(text, ms = 30_000) {
      const deadline = Date.now() + ms;
      while (!out.includes(text)) {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`"${text}" not seen; output:\n${out}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}

beforeAll(async () => {
  clone = mkdtempSync(join(tmpdir(), "gms-readme-"));
  await run("git", ["clone", "--quiet", ROOT, clone]);
  symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
  await run("npm", ["run", "build"], { cwd: clone });
  readme = readFileSync(join(clone, "README.md"), "utf8");
}, 240_000);
afterAll(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
});

describe("the README's links", () => {
  it("every relative link and anchor in the README points at something that exists", () => {
    const slugs = new Set(
      [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        (m[1] ?? "")
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, "")
          .replace(/ /g, "-"),
      ),
    );
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? "");
    const local = links.filter((l) => !/^[a-z]+:/.test(l));
    expect(local.length).toBeGreaterThan(3);
    for (const link of local) {
      const [path, anchor] = link.split("#");
      if (path) expect(existsSync(join(clone, path)), link).toBe(true);
      else expect(slugs.has(anchor ?? ""), link).toBe(true);
    }
  });

  it("the manifest points back at the README, and has every scope and event the README names", () => {
    const manifest = readFileSync(join(clone, "slack/manifest.yaml"), "utf8");
    expect(manifest).not.toContain("docs/slack.md");
    const pointer = /\(([.\w/-]+README\.md)#/.exec(manifest)?.[1] ?? "";
    expect(existsSync(join(clone, "slack", pointer))).toBe(true);
    for (const word of ["app_mention", "message.im", "im:history", "chat:write", "commands"]) {
      expect(manifest).toContain(`- ${word}`);
    }
    // Thread follow-ups are opt-in: documented in the manifest, commented out until wanted.
    expect(manifest).toContain("# - channels:history");
    expect(manifest).toContain("# - message.channels");
  });
});

describe("the README's Slack and Discord walkthroughs, step by step", () => {
  let api: FakeWebApi;
  let socket: FakeSocketServer;
  let discord: FakeDiscord;
  beforeAll(async () => {
    api = await startFakeWebApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    socket = await startFakeSocketServer();
    api.setSocketUrl(socket.url);
    discord = await createFakeDiscord({ token: DISCORD_TOKEN });
  });
  afterAll(async () => {
    await socket?.close();
    await api?.close();
    await discord?.close();
  });

  it("Slack, Socket Mode: the start line connects", async () => {
    const line = readmeLine(/^SLACK_BOT_TOKEN=xoxb-… SLACK_APP_TOKEN=xapp-… npm start$/)
      .replace("xoxb-…", BOT_TOKEN)
      .replace("xapp-…", APP_TOKEN);
    const bot = shell(line, { SLACK_API_URL: api.apiUrl });
    await bot.waitFor('"mode":"socket","msg":"slack adapter started"');
    expect(bot.log()).toContain("Slack: on (Socket Mode, SLACK_APP_TOKEN set)");
    await bot.stop();
  }, 60_000);

  it("Slack, Socket Mode from .env: cp .env.example .env, fill in the two tokens, npm start", async () => {
    expect(readme).toContain("cp .env.example .env");
    await run("cp", [".env.example", ".env"], { cwd: clone });
    const file = join(clone, ".env");
    const filled = readFileSync(file, "utf8")
      .replace(/^SLACK_BOT_TOKEN=$/m, `SLACK_BOT_TOKEN=${BOT_TOKEN}`)
      .replace(/^SLACK_APP_TOKEN=$/m, `SLACK_APP_TOKEN=${APP_TOKEN}`)
      .replace(/^SLACK_API_URL=$/m, `SLACK_API_URL=${api.apiUrl}`);
    writeFileSync(file, filled);
    const bot = shell("npm start", {});
    try {
      await bot.waitFor('"msg":"ready"');
      expect(bot.log()).toContain(`Settings: environment and ${file}`);
      expect(bot.log()).toContain("Slack: on (Socket Mode, SLACK_APP_TOKEN set)");
      expect(bot.log()).toContain("Discord: off (DISCORD_TOKEN not set)");
    } finally {
      await bot.stop();
      rmSync(file);
    }
  }, 60_000);

  it("Slack over HTTP: the start line listens on PORT and answers /healthz", async () => {
    const port = await freePort();
    const line = readmeLine(/SLACK_SIGNING_SECRET=… PORT=3000 npm start$/)
      .replace("xoxb-…", BOT_TOKEN)
      .replace("SLACK_SIGNING_SECRET=…", `SLACK_SIGNING_SECRET=${SIGNING_SECRET}`)
      .replace("PORT=3000", `PORT=${port}`);
    const bot = shell(line, { SLACK_API_URL: api.apiUrl, HOST: "127.0.0.1" });
    await bot.waitFor('"msg":"ready"');
    expect(bot.log()).toContain(`Slack: on (HTTP mode, port ${port})`);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    await bot.stop();
  }, 60_000);

  it("Discord: the register line, then the start line", async () => {
    const fill = (line: string) =>
      line
        .replace("DISCORD_TOKEN=…", `DISCORD_TOKEN=${DISCORD_TOKEN}`)
        .replace(
          "DISCORD_APPLICATION_ID=…",
          `DISCORD_APPLICATION_ID=${discord.world.applicationId}`,
        )
        .replace("<your server id>", discord.world.guildId);
    const env = { DISCORD_API_URL: discord.apiUrl };
    const register = shell(fill(readmeLine(/npm run discord:register$/)), env);
    await register.waitFor(`Registered 3 commands for server ${discord.world.guildId}.`);
    await register.stop();
    const bot = shell(
      fill(readmeLine(/^DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… npm start$/)),
      env,
    );
    await bot.waitFor('"msg":"discord ready"');
    expect(bot.log()).toContain("Discord: on (application");
    await bot.stop();
  }, 60_000);
});
