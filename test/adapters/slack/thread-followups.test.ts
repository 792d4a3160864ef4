import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Answer, type Ask, createAsk } from "../../../src/bot/index.js";
import { BUNDLED_SEEDS_DIR } from "../../../src/config.js";
import { loadKnowledge } from "../../../src/knowledge/index.js";
import {
  ALICE,
  type ApiCall,
  appMention,
  BOB,
  BOT_ID,
  BOT_USER_ID,
  CHANNEL,
  channelMessage,
  nextTs,
} from "../../fakes/slack/index.js";
import { type SlackHarness, startHarness } from "./support/harness.js";

// Follow-ups in a thread without a new @mention (SLACK_THREAD_FOLLOWUPS), with the real core deciding
// what reads as a question to the bot.
let realAsk: Ask;
let answers: Answer[] = [];
let harness: SlackHarness | null = null;
const spy: Ask = (question, context) => {
  const answer = realAsk(question, context);
  answers.push(answer);
  return answer;
};
beforeAll(() => {
  realAsk = createAsk({ knowledge: loadKnowledge(BUNDLED_SEEDS_DIR) });
});
afterEach(async () => {
  answers = [];
  await harness?.close();
  harness = null;
});

const inThread = (threadTs: string) => (c: ApiCall) =>
  c.method === "chat.postMessage" && c.body.thread_ts === threadTs;

/** Asks in a channel with a mention and waits for the answer in its thread; returns the thread. */
async function mentionIn(h: SlackHarness): Promise<string> {
  const ts = nextTs();
  const text = `<@${BOT_USER_ID}> how much went to barncancer 2022?`;
  await h.event(appMention({ user: ALICE, channel: CHANNEL, ts, text }));
  await h.api.calls.waitFor(inThread(ts));
  return ts;
}

const reply = (threadTs: string, text: string, extra: { user?: string; botId?: string } = {}) =>
  channelMessage({
    user: extra.user ?? ALICE,
    channel: CHANNEL,
    threadTs,
    text,
    botId: extra.botId,
  });

describe("Slack thread follow-ups", () => {
  it("with SLACK_THREAD_FOLLOWUPS on: answers a follow-up in its thread with the thread's context", async () => {
    harness = await startHarness("http", { ask: spy, threadFollowups: true });
    const thread = await mentionIn(harness);
    await harness.event(reply(thread, "and 2023?", { user: BOB }));
    const posts = await harness.api.calls.waitFor(inThread(thread), 2);
    expect(posts).toHaveLength(2);
    const followUp = answers.at(-1);
    expect(followUp?.question).toBe("and 2023?");
    // The thread is the conversation: "and 2023?" is read as childhood cancer in 2023.
    expect(followUp?.intent).toBe("amount");
    expect(JSON.stringify(posts[1]?.body.blocks)).not.toContain("barncancer 2022");
  });

  it("answers a follow-up that arrives before Slack has confirmed the first answer", async () => {
    harness = await startHarness("http", { ask: spy, threadFollowups: true });
    let release = () => {};
    harness.api.holdNext(
      "chat.postMessage",
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    const thread = await mentionIn(harness);
    await harness.event(reply(thread, "and 2023?", { user: BOB }));
    // The follow-up is read while the first answer's post still waits for Slack's response.
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const posts = await harness.api.calls.waitFor(inThread(thread), 2);
    expect(posts).toHaveLength(2);
    expect(answers.at(-1)?.question).toBe("and 2023?");
  });

  it("stays silent on thanks, on messages to someone else, on bots and in threads it was not asked in", async () => {
    harness = await startHarness("http", { ask: spy, threadFollowups: true });
    const thread = await mentionIn(harness);
    const elsewhere = nextTs();
    await harness.event(reply(thread, "thanks!", { user: BOB }));
    await harness.event(reply(thread, "lunch?", { user: BOB }));
    await harness.event(reply(thread, "great, see you tomorrow"));
    await harness.event(reply(thread, `<@${BOB}> how much went to lung cancer 2022?`));
    await harness.event(reply(thread, "and 2024?", { user: "U0OTHERBOT", botId: BOT_ID }));
    await harness.event(reply(elsewhere, "how much went to barncancer 2022?"));
    // A real follow-up last: once it is answered, everything before it has been handled.
    await harness.event(reply(thread, "och 2023?"));
    const posts = await harness.api.calls.waitFor(inThread(thread), 2);
    expect(posts).toHaveLength(2);
    const all = harness.api.calls.items.filter((c) => c.method === "chat.postMessage");
    expect(all).toHaveLength(2);
    // Talk between people never even reaches the core, so it is not logged as a question.
    expect(answers.map((a) => a.question)).toEqual([
      "how much went to barncancer 2022?",
      "och 2023?",
    ]);
  });

  it("with the setting off (the default): a reply without a mention gets no answer", async () => {
    harness = await startHarness("http", { ask: spy });
    const thread = await mentionIn(harness);
    await harness.event(reply(thread, "and 2023?"));
    const mentioned = `<@${BOT_USER_ID}> and 2024?`;
    await harness.event(
      appMention({ user: ALICE, channel: CHANNEL, threadTs: thread, text: mentioned }),
    );
    const posts = await harness.api.calls.waitFor(inThread(thread), 2);
    expect(posts).toHaveLength(2);
    expect(answers.map((a) => a.question)).toEqual([
      "how much went to barncancer 2022?",
      "and 2024?",
    ]);
  });
});
