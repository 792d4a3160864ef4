import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../src/adapters/slack/index.js";
import type { Ask } from "../../../src/bot/index.js";
import {
  ALICE,
  APP_TOKEN,
  appMention,
  BOT_TOKEN,
  BOT_USER_ID,
  CHANNEL,
  nextTs,
  startFakeWebApi,
} from "../../fakes/slack/index.js";
import { silentLogger } from "./support/capture-logger.js";
import { HEALTH, type SlackHarness, startHarness } from "./support/harness.js";
import { createTestAsk } from "./support/test-ask.js";

describe("Slack adapter in Socket Mode", () => {
  let harness: SlackHarness | null = null;
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });
  const start = async (options: { ask: Ask }) => {
    harness = await startHarness("socket", options);
    return harness;
  };

  it("connects with the app token and acknowledges every envelope", async () => {
    const h = await start({ ask: createTestAsk().ask });
    expect(h.api.calls.items.map((c) => c.method)).toEqual(["auth.test", "apps.connections.open"]);
    expect(h.api.calls.items[1]?.token).toMatch(/^xapp-/);
    const ts = nextTs();
    await h.event(appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> hi` }));
    await h.slash("help");
    expect(h.socket?.acks.items).toEqual([
      { envelope_id: "env-1", payload: {} },
      { envelope_id: "env-2", payload: {} },
    ]);
  });

  it("reconnects after the socket drops and answers the next question", async () => {
    const { ask } = createTestAsk();
    const h = await start({ ask });
    h.socket?.dropAll();
    await h.socket?.waitForConnections(2);
    expect(h.api.calls.items.filter((c) => c.method === "apps.connections.open")).toHaveLength(2);
    const ts = nextTs();
    await h.event(
      appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> still there?` }),
    );
    const [post] = await h.api.calls.waitFor((c) => c.method === "chat.postMessage");
    expect(post?.body.thread_ts).toBe(ts);
  });

  it("fails to start with a clear error when Slack rejects the app token", async () => {
    const api = await startFakeWebApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    const adapter = createSlackAdapter({
      config: {
        botToken: BOT_TOKEN,
        appToken: "xapp-1-wrong",
        signingSecret: null,
        apiUrl: api.apiUrl,
        port: 0,
      },
      ask: createTestAsk().ask,
      logger: silentLogger(),
      health: () => HEALTH,
    });
    try {
      await expect(adapter.start()).rejects.toThrow(/SLACK_APP_TOKEN.*invalid_auth/);
    } finally {
      await adapter.stop();
      await api.close();
    }
  });
});
