import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { configSecrets, createCommandLogger, hasPlatforms, runPlatforms } from "../../src/main.js";
import { captureLogger } from "./log-capture.js";

const SLACK = {
  SLACK_BOT_TOKEN: "xoxb-1234567890-secret-bot-token",
  SLACK_SIGNING_SECRET: "signing-secret-value",
};

function exitRecorder() {
  let resolveExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => {
    resolveExit = resolve;
  });
  return { exit: (code: number) => resolveExit(code), exited };
}

const waitForLog = async (lines: () => Record<string, unknown>[], msg: string) => {
  while (!lines().some((l) => l.msg === msg)) await new Promise((r) => setTimeout(r, 5));
};

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

describe("composition helpers", () => {
  it("knows when platforms are configured and which values are secrets", () => {
    expect(hasPlatforms(loadConfig({}))).toBe(false);
    const config = loadConfig(SLACK);
    expect(hasPlatforms(config)).toBe(true);
    expect(configSecrets(config).sort()).toEqual(
      [SLACK.SLACK_BOT_TOKEN, SLACK.SLACK_SIGNING_SECRET].sort(),
    );
  });

  it("gives the local commands a logger only when LOG_LEVEL asks for info or more", async () => {
    expect(await createCommandLogger(loadConfig({}), {})).toBeNull();
    const warn = { LOG_LEVEL: "warn" };
    expect(await createCommandLogger(loadConfig(warn), warn)).toBeNull();
    const info = { LOG_LEVEL: "info", LOG_FORMAT: "json" };
    expect(await createCommandLogger(loadConfig(info), info)).not.toBeNull();
  });
});

describe("runPlatforms", () => {
  it("logs ready with what it loaded, then stops and exits 0 on SIGTERM", async () => {
    const config = loadConfig({});
    const { logger, lines } = captureLogger();
    const signals = new EventEmitter();
    const { exit, exited } = exitRecorder();
    await runPlatforms(config, config.seedsDir, { signals, exit, logger });
    const ready = lines().find((l) => l.msg === "ready");
    expect(ready).toMatchObject({ adapters: [] });
    expect(ready?.documents).toBeGreaterThan(0);
    signals.emit("SIGTERM", "SIGTERM");
    expect(await exited).toBe(0);
    expect(lines().map((l) => l.msg)).toEqual([
      "Settings: environment (no .env file)",
      "Slack: off (SLACK_BOT_TOKEN not set)",
      "Discord: off (DISCORD_TOKEN not set)",
      "ready",
      "stopping",
      "stopped",
    ]);
  });

  it("exits 1 when Slack refuses the token, without ever logging the token", async () => {
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: false, error: "invalid_auth" }));
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const config = loadConfig({ ...SLACK, SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
    const { logger, lines } = captureLogger(configSecrets(config));
    const { exit, exited } = exitRecorder();
    await runPlatforms(config, config.seedsDir, { signals: new EventEmitter(), exit, logger });
    expect(await exited).toBe(1);
    await waitForLog(lines, "stopped");
    const failure = lines().find((l) => l.msg === "an adapter failed to start");
    expect(JSON.stringify(failure)).toContain("SLACK_BOT_TOKEN");
    expect(JSON.stringify(lines())).not.toContain(SLACK.SLACK_BOT_TOKEN);
  });
});
