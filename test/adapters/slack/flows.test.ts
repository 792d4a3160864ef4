import { afterEach, describe, expect, it } from "vitest";
import {
  ACTION_FEEDBACK_UP,
  ACTION_SHARE,
  ACTION_SOURCES,
  type Block,
} from "../../../src/adapters/slack/index.js";
import { APOLOGY } from "../../../src/adapters/slack/messages.js";
import {
  ALICE,
  APP_TOKEN,
  type ApiCall,
  appMention,
  BOT_ID,
  BOT_TOKEN,
  BOT_USER_ID,
  CHANNEL,
  DM_CHANNEL,
  directMessage,
  nextTs,
  SIGNING_SECRET,
} from "../../fakes/slack/index.js";
import { createCaptureLogger } from "./support/capture-logger.js";
import { type Mode, type SlackHarness, startHarness } from "./support/harness.js";
import { createTestAsk } from "./support/test-ask.js";

const ACTIVE_MENTIONS = /<!channel>|<!here>|<!everyone>|<@U|@everyone|@here|@channel/i;

const posts = (h: SlackHarness) => h.api.calls.items.filter((c) => c.method === "chat.postMessage");
const postIn = (channel: string, threadTs?: string) => (c: ApiCall) =>
  c.method === "chat.postMessage" && c.body.channel === channel && c.body.thread_ts === threadTs;
const blocksOf = (body: Record<string, unknown>) => body.blocks as Block[];
const buttonValue = (body: Record<string, unknown>, actionId: string): string => {
  for (const block of blocksOf(body)) {
    if (block.type !== "actions") continue;
    const button = block.elements.find((e) => e.action_id === actionId);
    if (button) return button.value;
  }
  throw new Error(`no ${actionId} button`);
};

/** Sends a plain mention and waits for its answer: everything sent before it has been handled by then. */
async function marker(h: SlackHarness): Promise<void> {
  const ts = nextTs();
  await h.event(
    appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> marker` }),
  );
  await h.api.calls.waitFor(postIn(CHANNEL, ts));
}

describe.each<Mode>(["http", "socket"])("Slack adapter over %s", (mode) => {
  let harness: SlackHarness | null = null;
  const start = async (options: Parameters<typeof startHarness>[1]) => {
    harness = await startHarness(mode, options);
    return harness;
  };
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });

  it("answers a mention in its thread, with the figure and a linked, numbered source", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    const ts = nextTs();
    await h.event(
      appMention({
        user: ALICE,
        channel: CHANNEL,
        ts,
        text: `<@${BOT_USER_ID}> how much went to barncancer 2022?`,
      }),
    );
    const [post] = await h.api.calls.waitFor(postIn(CHANNEL, ts));
    expect(calls[0]?.question).toBe("how much went to barncancer 2022?");
    const blocks = blocksOf(post?.body ?? {});
    expect(blocks[0]).toMatchObject({
      type: "section",
      text: { text: expect.stringContaining("[1]") },
    });
    expect(blocks[1]).toMatchObject({
      type: "context",
      elements: [
        {
          text: expect.stringMatching(
            /^\[1\] <https:\/\/example\.org\/decision\?a=1&amp;b=2#:~:text=[^|]+\|Test decision/,
          ),
        },
      ],
    });
    expect(blocks[2]).toMatchObject({
      type: "actions",
      elements: [{ action_id: "gms_sources" }, {}, {}],
    });
    expect(post?.body.text).toContain("SEK 7,875,000");
  });

  it("uses the thread as the conversation for a follow-up", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    const root = nextTs();
    await h.event(
      appMention({
        user: ALICE,
        channel: CHANNEL,
        ts: root,
        text: `<@${BOT_USER_ID}> lung cancer?`,
      }),
    );
    await h.event(
      appMention({
        user: ALICE,
        channel: CHANNEL,
        threadTs: root,
        text: `<@${BOT_USER_ID}> and 2024?`,
      }),
    );
    await h.api.calls.waitFor(postIn(CHANNEL, root), 2);
    const [first, second] = calls;
    expect(second?.question).toBe("and 2024?");
    expect(first?.context?.conversationId).toBeDefined();
    // The date of asking travels with the question: the core reads no clock.
    expect(first?.context?.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(second?.context?.conversationId).toBe(first?.context?.conversationId);
    // Another thread in the same channel is another conversation.
    const other = nextTs();
    await h.event(
      appMention({ user: ALICE, channel: CHANNEL, ts: other, text: `<@${BOT_USER_ID}> hi` }),
    );
    await h.api.calls.waitFor(postIn(CHANNEL, other));
    expect(calls[2]?.context?.conversationId).not.toBe(first?.context?.conversationId);
  });

  it("treats every direct message as a question and answers in the DM", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    await h.event(directMessage({ user: ALICE, channel: DM_CHANNEL, text: "what is GMS" }));
    await h.event(directMessage({ user: ALICE, channel: DM_CHANNEL, text: "and who pays?" }));
    await h.api.calls.waitFor(postIn(DM_CHANNEL, undefined), 2);
    expect(calls.map((c) => c.question)).toEqual(["what is GMS", "and who pays?"]);
    expect(calls[1]?.context?.conversationId).toBe(calls[0]?.context?.conversationId);
    const threadRoot = nextTs();
    await h.event(
      directMessage({
        user: ALICE,
        channel: DM_CHANNEL,
        threadTs: threadRoot,
        text: "in a thread",
      }),
    );
    await h.api.calls.waitFor(postIn(DM_CHANNEL, threadRoot));
    // A DM that also mentions the bot may arrive as app_mention too: one answer, not in a new thread.
    const ts = nextTs();
    const text = `<@${BOT_USER_ID}> mentioned in a DM`;
    await h.event(appMention({ user: ALICE, channel: DM_CHANNEL, ts, text }));
    await h.event(directMessage({ user: ALICE, channel: DM_CHANNEL, ts, text }));
    await marker(h);
    expect(calls.filter((c) => c.question === "mentioned in a DM")).toHaveLength(1);
    expect(posts(h).filter((c) => c.body.channel === DM_CHANNEL)).toHaveLength(4);
    expect(posts(h).some((c) => c.body.thread_ts === ts)).toBe(false);
  });

  it("answers /gms only to the asker, then shares it in the channel on request", async () => {
    const { ask } = createTestAsk();
    const h = await start({ ask });
    const slashId = await h.slash("how much went to barncancer 2022?");
    const [ephemeral] = await h.api.responses.waitFor((r) => r.id === slashId);
    expect(ephemeral?.body.response_type).toBe("ephemeral");
    expect(ephemeral?.body.text).toContain("SEK 7,875,000");
    expect(posts(h)).toHaveLength(0);

    const clickId = await h.click(ACTION_SHARE, buttonValue(ephemeral?.body ?? {}, ACTION_SHARE));
    const [shared] = await h.api.calls.waitFor(postIn(CHANNEL, undefined));
    const blocks = blocksOf(shared?.body ?? {});
    expect(blocks[0]).toMatchObject({
      type: "context",
      elements: [{ text: expect.stringContaining(`<@${ALICE}> asked:`) }],
    });
    expect(JSON.stringify(blocks)).not.toContain(ACTION_SHARE);
    const [cleanup] = await h.api.responses.waitFor((r) => r.id === clickId);
    expect(cleanup?.body).toEqual({ delete_original: true });
  });

  it("restates a /gms question, sends a table block with a plain-text fallback, and shows every quote on request", async () => {
    const { ask } = createTestAsk();
    const h = await start({ ask });
    const slashId = await h.slash("funding by year");
    const [reply] = await h.api.responses.waitFor((r) => r.id === slashId);
    const blocks = blocksOf(reply?.body ?? {});
    expect(blocks[0]).toMatchObject({
      type: "context",
      elements: [{ text: "Question: _funding by year_" }],
    });
    const table = blocks.find((b) => b.type === "table");
    expect(table).toMatchObject({
      rows: [
        [{ text: "Year" }, { text: "Amount" }],
        [{ text: "2022" }, { text: "SEK 7,875,000" }],
        [{ text: "2023" }, { text: "SEK 6,000,000" }],
      ],
    });
    // Clients without table blocks (and notifications) get the same table as aligned text.
    expect(reply?.body.text).toContain(
      "Year         Amount\n2022  SEK 7,875,000\n2023  SEK 6,000,000",
    );

    const clickId = await h.click(ACTION_SOURCES, buttonValue(reply?.body ?? {}, ACTION_SOURCES));
    const [quotes] = await h.api.responses.waitFor((r) => r.id === clickId);
    expect(quotes?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    const shown = JSON.stringify(quotes?.body.blocks);
    expect(shown).toContain("Regeringen avsätter 6 000 000 kronor för 2023.");
    expect(shown).toContain("7 875 000 kronor");
    expect(shown).not.toMatch(ACTIVE_MENTIONS);
    expect(posts(h)).toHaveLength(0);
  });

  it("tells the asker when the share cannot be posted in that conversation", async () => {
    const { ask } = createTestAsk();
    const h = await start({ ask });
    const slashId = await h.slash("how much?");
    const [ephemeral] = await h.api.responses.waitFor((r) => r.id === slashId);
    h.api.failNext("chat.postMessage", "not_in_channel");
    const clickId = await h.click(ACTION_SHARE, buttonValue(ephemeral?.body ?? {}, ACTION_SHARE));
    const [reply] = await h.api.responses.waitFor((r) => r.id === clickId);
    expect(reply?.body).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("/invite"),
    });
  });

  it("shows help for /gms alone, /gms help and a bare mention, without a share button", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    for (const text of ["", "help"]) {
      const id = await h.slash(text);
      const [reply] = await h.api.responses.waitFor((r) => r.id === id);
      expect(reply?.body.text).toContain("Ask me");
      expect(JSON.stringify(reply?.body.blocks)).not.toContain(ACTION_SHARE);
    }
    expect(calls.map((c) => c.question)).toEqual(["help", "help"]);
    const ts = nextTs();
    await h.event(appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}>` }));
    const [reply] = await h.api.calls.waitFor(postIn(CHANNEL, ts));
    expect(reply?.body.text).toContain("Ask me");
  });

  it("answers a retried event once", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    const ts = nextTs();
    const event = appMention({
      user: ALICE,
      channel: CHANNEL,
      ts,
      text: `<@${BOT_USER_ID}> once please`,
    });
    await h.event(event, { eventId: "EvRETRY1" });
    await h.api.calls.waitFor(postIn(CHANNEL, ts));
    await h.event(event, { eventId: "EvRETRY1", retry: 1 });
    await h.event(event, { eventId: "EvRETRY1", retry: 2 });
    await marker(h);
    expect(posts(h).filter(postIn(CHANNEL, ts))).toHaveLength(1);
    expect(calls.filter((c) => c.question === "once please")).toHaveLength(1);
  });

  it("ignores its own messages and other bots'", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    await h.event(
      directMessage({
        user: BOT_USER_ID,
        botId: BOT_ID,
        channel: DM_CHANNEL,
        text: "my own answer",
      }),
    );
    await h.event(
      directMessage({ user: BOT_USER_ID, channel: DM_CHANNEL, text: "my own, no bot_id" }),
    );
    await h.event(
      directMessage({
        user: "U0OTHERBOT",
        botId: "B0OTHER01",
        subtype: "bot_message",
        channel: DM_CHANNEL,
        text: "beep",
      }),
    );
    await h.event(
      appMention({
        user: "U0OTHERBOT",
        botId: "B0OTHER01",
        channel: CHANNEL,
        text: `<@${BOT_USER_ID}> beep`,
      }),
    );
    await marker(h);
    expect(calls.map((c) => c.question)).toEqual(["marker"]);
    expect(posts(h)).toHaveLength(1);
  });

  it("keeps mass mentions and markup in the question and in document quotes harmless", async () => {
    const { ask, calls } = createTestAsk();
    const h = await start({ ask });
    const ts = nextTs();
    const text = `<@${BOT_USER_ID}> <!channel> <!here|here> ping <@U0BOB0001> @everyone &lt;!everyone&gt; <https://x.test|y> how much?`;
    await h.event(appMention({ user: ALICE, channel: CHANNEL, ts, text }));
    const [post] = await h.api.calls.waitFor(postIn(CHANNEL, ts));
    expect(calls[0]?.question).toBe(
      "@channel here ping @U0BOB0001 @everyone <!everyone> y how much?",
    );
    const sent = JSON.stringify({ text: post?.body.text, blocks: post?.body.blocks });
    expect(sent).not.toMatch(ACTIVE_MENTIONS);
    expect(sent).toContain("&lt;!everyone&gt;");
    expect(sent).toContain("&lt;@U0EVIL001&gt;");
  });

  it("acknowledges a 👍 click and logs the question, intent and whether it was answered", async () => {
    const { ask } = createTestAsk();
    // The per-question line is the composition root's; the adapter adds Slack's context at debug.
    const capture = createCaptureLogger({ level: "debug" });
    const h = await start({ ask, logger: capture.logger });
    const ts = nextTs();
    await h.event(
      appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> lung cancer 2022` }),
    );
    const [post] = await h.api.calls.waitFor(postIn(CHANNEL, ts));
    const clickId = await h.click(
      ACTION_FEEDBACK_UP,
      buttonValue(post?.body ?? {}, ACTION_FEEDBACK_UP),
    );
    const [thanks] = await h.api.responses.waitFor((r) => r.id === clickId);
    expect(thanks?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(capture.find("slack feedback")).toEqual([
      expect.objectContaining({
        feedback: "up",
        question: "lung cancer 2022",
        intent: "amount",
        answered: true,
        user: ALICE,
      }),
    ]);
    expect(capture.find("slack question")).toEqual([
      expect.objectContaining({
        question: "lung cancer 2022",
        intent: "amount",
        answered: true,
        language: "en",
      }),
    ]);
  });

  it("apologises when answering fails, logs why, and keeps serving", async () => {
    const { ask } = createTestAsk({ failWhen: (q) => q.includes("explode") });
    const capture = createCaptureLogger();
    const h = await start({ ask, logger: capture.logger });
    const ts = nextTs();
    await h.event(
      appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> explode` }),
    );
    const [apology] = await h.api.calls.waitFor(postIn(CHANNEL, ts));
    expect(apology?.body.text).toBe(APOLOGY);
    const slashId = await h.slash("explode again");
    const [ephemeralApology] = await h.api.responses.waitFor((r) => r.id === slashId);
    expect(ephemeralApology?.body).toMatchObject({ response_type: "ephemeral", text: APOLOGY });
    expect(capture.find("slack handler failed")[0]).toMatchObject({
      kind: "mention",
      channel: CHANNEL,
      err: expect.objectContaining({ message: "test ask failed on purpose" }),
    });
    await marker(h);
  });

  it("finishes a reply under way before stop() resolves", async () => {
    const { ask } = createTestAsk();
    const h = await start({ ask });
    const ts = nextTs();
    await h.event(
      appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> last one` }),
    );
    await h.adapter.stop();
    expect(posts(h).filter(postIn(CHANNEL, ts))).toHaveLength(1);
  });

  it("never writes a token or the signing secret to the log, even at debug level", async () => {
    const { ask } = createTestAsk();
    const secrets = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET];
    const capture = createCaptureLogger({ level: "debug", secrets });
    const h = await start({ ask, logger: capture.logger });
    await marker(h);
    await h.slash("how much?");
    await h.api.responses.waitFor(() => true);
    expect(capture.lines.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(capture.lines.join("")).not.toContain(secret);
  });
});
