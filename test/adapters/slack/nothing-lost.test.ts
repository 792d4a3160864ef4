// Issue 13 ("nothing lost"): replies that meet a Slack outage are retried with backoff, within a bound.
import { afterEach, describe, expect, it } from "vitest";
import { ACTION_SOURCES } from "../../../src/adapters/slack/block-kit.js";
import { encodeSourcesValue } from "../../../src/adapters/slack/button-values.js";
import { ALICE, DM_CHANNEL, directMessage } from "../../fakes/slack/index.js";
import { createCaptureLogger } from "./support/capture-logger.js";
import { type Mode, type SlackHarness, startHarness } from "./support/harness.js";
import { createTestAsk } from "./support/test-ask.js";

// Three tries, a few ms apart: the policy's shape is under test, not the adapter's default waits.
const RETRIES = { retries: 2, factor: 2, minTimeout: 5, maxTimeout: 20 };
const OUTAGES = [
  ["503", 503],
  ["500", 500],
  ["429", 429],
  ["a cut connection", 0],
] as const;

describe.each<Mode>(["http", "socket"])("Slack replies through an outage (%s mode)", (mode) => {
  let h: SlackHarness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });
  const start = async () => {
    const log = createCaptureLogger({ level: "warn" });
    h = await startHarness(mode, {
      ask: createTestAsk().ask,
      logger: log.logger,
      retries: RETRIES,
    });
    return { h, log };
  };

  it.each(OUTAGES)(
    "/gms is answered after its response_url fails twice with %s",
    async (_, status) => {
      const { h } = await start();
      h.api.failStatus("response", status, 2);
      const id = await h.slash("vad är GMS?");
      const [reply] = await h.api.responses.waitFor((r) => r.id === id);
      expect(reply?.body.text).toContain("You asked: vad är GMS?");
      expect(h.api.refused.items).toHaveLength(2);
    },
  );

  it("a sources click is answered after its response_url fails twice", async () => {
    const { h } = await start();
    h.api.failStatus("response", 503, 2);
    const value = encodeSourcesValue({
      key: "gone",
      question: "barncancer 2022?",
      conversationId: "c",
    });
    const id = await h.click(ACTION_SOURCES, value);
    await h.api.responses.waitFor((r) => r.id === id);
    expect(h.api.refused.items).toHaveLength(2);
  });

  it("a response_url that refuses for good (404: expired) is not retried; the drop is logged", async () => {
    const { h, log } = await start();
    h.api.failStatus("response", 404, 10);
    await h.slash("vad är GMS?");
    await log.waitFor("slack answer and apology dropped");
    // One try for the answer, one for the apology.
    expect(h.api.refused.items).toHaveLength(2);
    expect(h.api.responses.items).toHaveLength(0);
  });

  it("an outage longer than the retries drops the answer with a log line, and the bot keeps answering", async () => {
    const { h, log } = await start();
    h.api.failStatus("response", 503, 6);
    await h.slash("vad är GMS?");
    await log.waitFor("slack answer and apology dropped");
    expect(h.api.refused.items).toHaveLength(6);
    const id = await h.slash("och 2022?");
    await h.api.responses.waitFor((r) => r.id === id);
  });

  it("a DM's answer is posted after chat.postMessage fails twice", async () => {
    const { h } = await start();
    h.api.failStatus("chat.postMessage", 503, 2);
    await h.event(directMessage({ user: ALICE, channel: DM_CHANNEL, text: "vad är GMS?" }));
    await h.api.calls.waitFor((c) => c.method === "chat.postMessage");
    expect(h.api.refused.items).toHaveLength(2);
  });
});
