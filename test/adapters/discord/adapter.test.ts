import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HUMAN } from "../../fakes/discord/index.js";
import { figureAnswer, longAnswer } from "./support/answers.js";
import {
  callbackOf,
  editedReplyTo,
  type Harness,
  immediateReplyTo,
  question,
  replyTo,
  startDiscord,
  TOKEN,
  visibleText,
} from "./support/harness.js";
import { createScriptedAsk } from "./support/scripted-ask.js";

const BOT = "<@100000000000000001>";

describe("the Discord adapter against a fake Discord", () => {
  const scripted = createScriptedAsk();
  let h: Harness;
  beforeAll(async () => {
    h = await startDiscord({ ask: scripted.ask, config: { userPerMinute: 100 } });
  });
  afterAll(async () => {
    await h?.stop();
  });
  const lastCall = () => scripted.calls.at(-1);

  it("logs in through GET /gateway/bot and connects to the returned URL with v=10 and JSON", () => {
    const first = h.fake.requests[0];
    expect(first?.method).toBe("GET");
    expect(first?.path).toBe("/api/v10/gateway/bot");
    expect(first?.authorization).toBe(`Bot ${TOKEN}`);
    expect(h.fake.gateway.record.connectUrls).toEqual(["/?v=10&encoding=json"]);
    const identify = h.fake.gateway.record.identifies[0];
    expect(identify?.token).toBe(TOKEN);
    // Guilds | GuildMessages | DirectMessages, and not the privileged MessageContent.
    expect(identify?.intents).toBe(1 | 512 | 4096);
  });

  it("answers /gms visibly: deferred, then an embed with the figure, sources and buttons", async () => {
    const i = h.fake.slash({ name: "gms", options: question("how much went to barncancer 2022?") });
    const callback = await callbackOf(h.fake, i);
    expect((callback.body as { type: number }).type).toBe(5);
    const { body } = await editedReplyTo(h.fake, i);
    const embed = body.embeds?.[0];
    // The question restated as the title; the figure, then one line per document with a masked link.
    expect(embed?.title).toBe("how much went to barncancer 2022?");
    expect(embed?.description).toContain("SEK 7,875,000");
    expect(embed?.description).toMatch(
      /`\[1\]` \[Test decision 1\]\(https:\/\/example\.org\/decisions\/1#:~:text=/,
    );
    expect(embed?.footer?.text).toBe("Answers come only from the cited documents");
    const ids = body.components?.[0]?.components.map((c) => c.custom_id) ?? [];
    expect(ids).toHaveLength(3);
    expect(ids[0]).toMatch(/^gms:src:/);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(lastCall()?.question).toBe("how much went to barncancer 2022?");
  });

  it("passes language sv for a Swedish client and renders the Swedish footer", async () => {
    const i = h.fake.slash({ name: "gms", options: question("hur mycket?"), locale: "sv-SE" });
    const { body } = await editedReplyTo(h.fake, i);
    expect(lastCall()?.context?.language).toBe("sv");
    expect(body.embeds?.[0]?.footer?.text).toBe("Svaren kommer enbart från de citerade dokumenten");
  });

  it("lists the sources and explains itself, privately, through the core", async () => {
    const sources = await immediateReplyTo(h.fake, h.fake.slash({ name: "gms-sources" }));
    expect(lastCall()?.question).toBe("sources");
    expect(sources.flags).toBe(64);
    expect(visibleText(sources)).toContain("<https://example.org/decisions/1>");
    const help = await immediateReplyTo(h.fake, h.fake.slash({ name: "gms-help" }));
    expect(lastCall()?.question).toBe("help");
    expect(help.embeds?.[0]?.description).toContain("Ask about amounts");
  });

  it("answers a mention as a reply, without the mention in the question", async () => {
    const id = h.fake.say({ content: `${BOT} how much went to barncancer 2022?` });
    const { body, request } = await replyTo(h.fake, id);
    expect(request.path).toBe(`/api/v10/channels/${h.fake.world.channelId}/messages`);
    expect(body.message_reference?.message_id).toBe(id);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(lastCall()?.question).toBe("how much went to barncancer 2022?");
  });

  it("keeps one conversation in a thread, for slash commands and mentions alike", async () => {
    await editedReplyTo(
      h.fake,
      h.fake.slash({ name: "gms", options: question("barncancer 2022?"), place: "thread" }),
    );
    const first = lastCall()?.context?.conversationId;
    expect(lastCall()?.context?.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await replyTo(h.fake, h.fake.say({ content: `${BOT} and 2023?`, place: "thread" }));
    expect(first).toBe(`discord:${h.fake.world.threadId}`);
    expect(lastCall()?.context?.conversationId).toBe(first);
  });

  it("continues the answered conversation when someone replies to the bot's answer", async () => {
    const asked = h.fake.say({ content: `${BOT} barncancer 2022?` });
    const answer = await replyTo(h.fake, asked);
    const conversation = lastCall()?.context?.conversationId;
    // No mention this time: replying to the answer is enough.
    await replyTo(h.fake, h.fake.say({ content: "and 2023?", replyTo: answer.messageId }));
    expect(lastCall()?.context?.conversationId).toBe(conversation);
    const slash = h.fake.slash({ name: "gms", options: question("barncancer?") });
    const edited = await editedReplyTo(h.fake, slash);
    const slashConversation = lastCall()?.context?.conversationId;
    expect(slashConversation).not.toBe(conversation);
    await replyTo(h.fake, h.fake.say({ content: "and 2021?", replyTo: edited.messageId }));
    expect(lastCall()?.context?.conversationId).toBe(slashConversation);
  });

  it("never pings: @everyone in the question and in a quoted document is neutralised", async () => {
    scripted.use((q, c) =>
      figureAnswer(q, c?.language, "Till @everyone och @here och <@123> <@&45> <#6>"),
    );
    const i = h.fake.slash({ name: "gms", options: question("@everyone how much <@&45>?") });
    const { body } = await editedReplyTo(h.fake, i);
    const mention = await replyTo(h.fake, h.fake.say({ content: `${BOT} @everyone @here hello` }));
    scripted.use((q, c) => figureAnswer(q, c?.language));
    for (const sent of [body, mention.body]) {
      expect(sent.allowed_mentions).toEqual({ parse: [] });
      const text = visibleText(sent);
      expect(text).toContain("everyone");
      expect(text).not.toMatch(/@everyone|@here|<@&?\d|<#\d/);
    }
  });

  it("ignores messages from bots, itself included, and messages not meant for it", async () => {
    const answered = await replyTo(h.fake, h.fake.say({ content: `${BOT} first` }));
    const before = scripted.calls.length;
    const fromBot = h.fake.say({ content: `${BOT} hi`, author: { ...HUMAN, id: "5", bot: true } });
    const fromSelf = h.fake.say({ content: `${BOT} hi`, author: h.fake.world.bot });
    const chatter = h.fake.say({ content: "just talking about barncancer" });
    // What a reply with its ping switched off looks like without the MessageContent intent.
    const hidden = h.fake.say({ content: "", replyTo: answered.messageId });
    // A later question is answered, so the ones before it have been seen and dropped.
    await replyTo(h.fake, h.fake.say({ content: `${BOT} last one` }));
    expect(scripted.calls.length).toBe(before + 1);
    const refs = h.fake.requests.map((r) => JSON.stringify(r.body)).join();
    for (const id of [fromBot, fromSelf, chatter, hidden]) expect(refs).not.toContain(id);
  });

  it("keeps a 10 kB answer with 40 sources within every Discord limit (the fake checks them)", async () => {
    scripted.use((q) => longAnswer(q));
    const i = h.fake.slash({ name: "gms", options: question("everything?") });
    const { body } = await editedReplyTo(h.fake, i);
    const mention = await replyTo(h.fake, h.fake.say({ content: `${BOT} everything?` }));
    scripted.use((q, c) => figureAnswer(q, c?.language));
    const failed = h.fake.requests.filter((r) => r.status >= 400);
    expect(failed).toEqual([]);
    for (const sent of [body, mention.body]) {
      const embed = sent.embeds?.[0];
      expect(embed?.description?.length).toBeLessThanOrEqual(4096);
      // The answer first, then as many source lines as fit, cut with an ellipsis.
      expect(embed?.description?.length).toBeGreaterThan(1000);
      expect(embed?.description?.endsWith("…")).toBe(true);
    }
  });

  it("shows every quote of an answer to the one who clicks Sources, privately", async () => {
    const i = h.fake.slash({ name: "gms", options: question("how much went to barncancer 2022?") });
    const { body, messageId } = await editedReplyTo(h.fake, i);
    const sources = body.components?.[0]?.components[0];
    expect(sources).toMatchObject({ label: "Sources", emoji: { name: "📄" } });
    const click = h.fake.click(sources?.custom_id ?? "", messageId);
    const shown = await immediateReplyTo(h.fake, click);
    expect(shown.flags).toBe(64);
    expect(shown.embeds?.[0]?.title).toBe("Sources");
    expect(shown.embeds?.[0]?.description).toContain(
      "Regeringen ger 7 875 000 kronor till barncancer",
    );
  });

  it("acknowledges 👍/👎 privately and logs the question, intent and whether it was answered", async () => {
    const i = h.fake.slash({ name: "gms", options: question("what did GMS get in 2024?") });
    const { body, messageId } = await editedReplyTo(h.fake, i);
    const down =
      body.components?.[0]?.components.find((c) => c.custom_id.includes(":down:"))?.custom_id ?? "";
    expect(down.length).toBeLessThanOrEqual(100);
    const click = h.fake.click(down, messageId);
    const thanks = await immediateReplyTo(h.fake, click);
    expect(thanks.flags).toBe(64);
    expect(thanks.content).toBe("Thanks for the feedback!");
    const logged = h.logs().find((l) => l.msg === "discord feedback");
    expect(logged).toMatchObject({
      feedback: "down",
      question: "what did GMS get in 2024?",
      intent: "amount",
      answered: true,
    });
  });

  it("never writes the token to the log, even at debug level", () => {
    expect(h.logLines.length).toBeGreaterThan(0);
    expect(h.logLines.join("\n")).not.toContain(TOKEN);
  });
});
