import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../src/adapters/slack/index.js";
import type { Ask } from "../../../src/bot/index.js";
import { GmsError } from "../../../src/errors.js";
import {
  ALICE,
  appMention,
  BOT_TOKEN,
  BOT_USER_ID,
  CHANNEL,
  eventCallback,
  nextTs,
  postSigned,
  SIGNING_SECRET,
  signatureHeaders,
  startFakeWebApi,
} from "../../fakes/slack/index.js";
import { silentLogger } from "./support/capture-logger.js";
import { HEALTH, type SlackHarness, startHarness } from "./support/harness.js";
import { createTestAsk } from "./support/test-ask.js";

describe("Slack adapter in HTTP mode", () => {
  let harness: SlackHarness | null = null;
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });
  const start = async (options: { ask: Ask }) => {
    harness = await startHarness("http", options);
    return harness;
  };

  const mention = (text: string) =>
    JSON.stringify(
      eventCallback(
        appMention({ user: ALICE, channel: CHANNEL, text: `<@${BOT_USER_ID}> ${text}` }),
      ),
    );

  /** A valid request after the bad ones: once it is answered, the bad ones have had every chance. */
  async function expectOnlyTheValidOneAnswered(h: SlackHarness, calls: { question: string }[]) {
    const res = await postSigned(`${h.base}/slack/events`, mention("valid"), {
      secret: SIGNING_SECRET,
    });
    expect(res.status).toBe(200);
    await h.api.calls.waitFor((c) => c.method === "chat.postMessage");
    expect(calls.map((c) => c.question)).toEqual(["valid"]);
    expect(h.api.calls.items.filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
  }

  it("refuses a forged signature with 401 and posts nothing", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    const forged = await postSigned(`${h.base}/slack/events`, mention("forged"), {
      secret: "not-the-secret",
    });
    expect(forged.status).toBe(401);
    const body = mention("tampered");
    const headers = {
      "content-type": "application/json",
      ...signatureHeaders(SIGNING_SECRET, mention("original")),
    };
    const tampered = await fetch(`${h.base}/slack/events`, { method: "POST", headers, body });
    expect(tampered.status).toBe(401);
    const unsigned = await fetch(`${h.base}/slack/events`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });
    expect(unsigned.status).toBe(401);
    await expectOnlyTheValidOneAnswered(h, calls);
  });

  it("refuses a request signed more than five minutes ago", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const old = await postSigned(`${h.base}/slack/events`, mention("replayed"), {
      secret: SIGNING_SECRET,
      timestampSec: sixMinutesAgo,
    });
    expect(old.status).toBe(401);
    await expectOnlyTheValidOneAnswered(h, calls);
  });

  it("serves GET /healthz from the health function", async () => {
    const h = await start({ ask: createTestAsk().ask });
    const res = await fetch(`${h.base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ status: "ok", ...HEALTH });
  });

  it("answers an event whose first delivery it never saw, even when it arrives as a retry", async () => {
    const { ask } = createTestAsk();
    const h = await start({ ask });
    const ts = nextTs();
    const body = JSON.stringify(
      eventCallback(
        appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> hi` }),
      ),
    );
    await postSigned(`${h.base}/slack/events`, body, { secret: SIGNING_SECRET, retryNum: 1 });
    const [post] = await h.api.calls.waitFor((c) => c.method === "chat.postMessage");
    expect(post?.body.thread_ts).toBe(ts);
  });

  it("fails to start with a clear error when Slack rejects the bot token", async () => {
    const api = await startFakeWebApi({ botToken: BOT_TOKEN });
    const adapter = createSlackAdapter({
      config: {
        botToken: "xoxb-wrong-token",
        appToken: null,
        signingSecret: SIGNING_SECRET,
        apiUrl: api.apiUrl,
        port: 0,
      },
      ask: createTestAsk().ask,
      logger: silentLogger(),
      health: () => HEALTH,
      host: "127.0.0.1",
    });
    try {
      const failure = await adapter.start().then(
        () => null,
        (err: unknown) => err,
      );
      expect(failure).toBeInstanceOf(GmsError);
      expect((failure as GmsError).code).toBe("ADAPTER_FAILED");
      expect((failure as GmsError).message).toMatch(/SLACK_BOT_TOKEN.*invalid_auth/);
      expect((failure as GmsError).message).not.toContain("xoxb-wrong-token");
    } finally {
      await adapter.stop();
      await api.close();
    }
  });

  it("fails to start with a clear error when the port is taken", async () => {
    const h = await start({ ask: createTestAsk().ask });
    const second = createSlackAdapter({
      config: {
        botToken: BOT_TOKEN,
        appToken: null,
        signingSecret: SIGNING_SECRET,
        apiUrl: h.api.apiUrl,
        port: h.adapter.address()?.port ?? 0,
      },
      ask: createTestAsk().ask,
      logger: silentLogger(),
      health: () => HEALTH,
      host: "127.0.0.1",
    });
    await expect(second.start()).rejects.toThrow(/could not listen on PORT \d+ .*EADDRINUSE/);
  });

  it("needs a signing secret without an app token", () => {
    expect(() =>
      createSlackAdapter({
        config: {
          botToken: BOT_TOKEN,
          appToken: null,
          signingSecret: null,
          apiUrl: "http://127.0.0.1:9/api/",
          port: 0,
        },
        ask: createTestAsk().ask,
        logger: silentLogger(),
        health: () => HEALTH,
      }),
    ).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it("stops cleanly: the port is released and stopping twice is harmless", async () => {
    const h = await startHarness("http", { ask: createTestAsk().ask });
    await h.close();
    await h.adapter.stop();
    await expect(fetch(`${h.base}/healthz`)).rejects.toThrow();
  });
});
