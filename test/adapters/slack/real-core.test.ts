import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Answer, type Ask, createAsk, formatAmount } from "../../../src/bot/index.js";
import { BUNDLED_SEEDS_DIR } from "../../../src/config.js";
import { loadKnowledge } from "../../../src/knowledge/index.js";
import {
  ALICE,
  appMention,
  BOT_USER_ID,
  CHANNEL,
  DM_CHANNEL,
  directMessage,
  nextTs,
} from "../../fakes/slack/index.js";
import { type Mode, type SlackHarness, startHarness } from "./support/harness.js";

// These check real figures from the seeds, so they need the real core (src/bot) to answer.
describe("Slack with the real core: real figures from the seeds", () => {
  let realAsk: Ask;
  let answers: Answer[] = [];
  let harness: SlackHarness | null = null;
  const spy: Ask = (question, context) => {
    const answer = realAsk(question, context);
    answers.push(answer);
    return answer;
  };
  const start = async (mode: Mode) => {
    harness = await startHarness(mode, { ask: spy });
    return harness;
  };

  beforeAll(() => {
    realAsk = createAsk({ knowledge: loadKnowledge(BUNDLED_SEEDS_DIR) });
  });
  afterEach(async () => {
    answers = [];
    await harness?.close();
    harness = null;
  });

  it.each<Mode>(["http", "socket"])(
    "answers a mention in its thread with the cited figure (%s)",
    async (mode) => {
      const h = await start(mode);
      const ts = nextTs();
      await h.event(
        appMention({
          user: ALICE,
          channel: CHANNEL,
          ts,
          text: `<@${BOT_USER_ID}> how much went to barncancer 2022?`,
        }),
      );
      const [post] = await h.api.calls.waitFor(
        (c) => c.method === "chat.postMessage" && c.body.thread_ts === ts,
      );
      const answer = answers[0];
      expect(answer?.figures[0]?.amountSek).toBe(7_875_000);
      expect(answer?.citations.some((c) => c.docId.startsWith("004_"))).toBe(true);
      const sent = JSON.stringify(post?.body.blocks);
      expect(sent).toContain(formatAmount(7_875_000, answer?.language ?? "en"));
      expect(sent).toMatch(/\[1\] /);
    },
  );

  it("answers a Swedish DM with its figure and source", async () => {
    const h = await start("http");
    await h.event(
      directMessage({ user: ALICE, channel: DM_CHANNEL, text: "Hur mycket fick GMS 2024?" }),
    );
    const [post] = await h.api.calls.waitFor((c) => c.method === "chat.postMessage");
    expect(answers[0]?.language).toBe("sv");
    expect(answers[0]?.figures[0]?.amountSek).toBe(49_500_000);
    expect(answers[0]?.citations.some((c) => c.docId.startsWith("003_"))).toBe(true);
    expect(JSON.stringify(post?.body.blocks)).toContain("49,5 miljoner kronor");
  });

  it("answers /gms ephemerally with the lung cancer figure", async () => {
    const h = await start("socket");
    const id = await h.slash("How much was allocated to lung cancer?");
    const [reply] = await h.api.responses.waitFor((r) => r.id === id);
    expect(answers[0]?.figures[0]).toMatchObject({ amountSek: 6_000_000, year: 2022 });
    expect(answers[0]?.citations.some((c) => c.docId.startsWith("001_"))).toBe(true);
    expect(reply?.body.response_type).toBe("ephemeral");
  });
});
