import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../../src/adapters/discord/index.js";
import { GmsError } from "../../../src/errors.js";
import { createLogger } from "../../../src/logger.js";
import { createFakeDiscord } from "../../fakes/discord/index.js";
import {
  callbackOf,
  editedReplyTo,
  type Harness,
  immediateReplyTo,
  question,
  replyTo,
  startDiscord,
  TOKEN,
} from "./support/harness.js";
import { createScriptedAsk } from "./support/scripted-ask.js";

const BOT = "<@100000000000000001>";
const boom = () => {
  throw new Error("the core exploded");
};

describe("faults: exceptions, a lost gateway, shutdown", () => {
  const scripted = createScriptedAsk();
  let h: Harness;
  beforeAll(async () => {
    h = await startDiscord({ ask: scripted.ask, config: { userPerMinute: 100 } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("answers an exception in /gms with a short apology, logs it with context, keeps serving", async () => {
    scripted.use(boom);
    const i = h.fake.slash({ name: "gms", options: question("anything") });
    const { body } = await editedReplyTo(h.fake, i);
    const mention = h.fake.say({ content: `${BOT} anything` });
    const reply = await replyTo(h.fake, mention);
    scripted.use(createScriptedAsk().ask);
    expect(body.content).toMatch(/^Sorry, something went wrong/);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(reply.body.content).toMatch(/^Sorry, something went wrong/);
    const errors = h.logs().filter((l) => l.level === 50);
    expect(errors[0]).toMatchObject({ interactionId: i.id, command: "gms" });
    expect(JSON.stringify(errors[0]?.err)).toContain("the core exploded");
    expect(errors[1]).toMatchObject({ messageId: mention });
    const next = h.fake.slash({ name: "gms", options: question("still there?") });
    expect((await editedReplyTo(h.fake, next)).body.embeds).toHaveLength(1);
  });

  it("answers DMs when allowed, messages and slash commands as one conversation per DM", async () => {
    const first = await replyTo(h.fake, h.fake.say({ content: "barncancer 2022?", place: "dm" }));
    expect(first.request.path).toMatch(/^\/api\/v10\/channels\/4\d+\/messages$/);
    const conversation = scripted.calls.at(-1)?.context?.conversationId;
    await replyTo(h.fake, h.fake.say({ content: "and 2023?", place: "dm" }));
    expect(scripted.calls.at(-1)?.context?.conversationId).toBe(conversation);
    await editedReplyTo(
      h.fake,
      h.fake.slash({ name: "gms", options: question("2024?"), place: "dm" }),
    );
    expect(scripted.calls.at(-1)?.context?.conversationId).toBe(conversation);
  });

  it("reconnects after the gateway connection drops, resumes and answers the next question", async () => {
    const resumed = once(h.fake.gateway.events, "resume");
    h.fake.gateway.drop();
    await resumed;
    expect(h.fake.gateway.record.resumes[0]).toMatchObject({ token: TOKEN });
    const i = h.fake.slash({ name: "gms", options: question("after the drop?") });
    expect((await editedReplyTo(h.fake, i)).body.embeds).toHaveLength(1);
  });

  it("stop() lets an in-flight reply finish before it closes the client", async () => {
    // Every response now takes a while: when the deferral is answered, the edit is still to come.
    h.fake.delayResponses(300);
    const i = h.fake.slash({ name: "gms", options: question("slow?") });
    await callbackOf(h.fake, i);
    await h.adapter.stop();
    h.fake.delayResponses(0);
    const edits = h.fake.requests.filter((r) => r.method === "PATCH" && r.path.includes(i.token));
    expect(edits).toHaveLength(1);
  });
});

describe("DMs switched off", () => {
  const scripted = createScriptedAsk();
  let h: Harness;
  beforeAll(async () => {
    h = await startDiscord({ ask: scripted.ask, config: { allowDms: false } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("refuses a DM message and a DM slash command politely, without asking the core", async () => {
    const reply = await replyTo(h.fake, h.fake.say({ content: "hello?", place: "dm" }));
    expect(reply.body.content).toContain("I don't answer direct messages");
    const note = await immediateReplyTo(
      h.fake,
      h.fake.slash({ name: "gms", options: question("hej"), place: "dm", locale: "sv-SE" }),
    );
    expect(note.flags).toBe(64);
    expect(note.content).toBe(
      "Jag svarar inte i direktmeddelanden. Fråga mig i en server med /gms.",
    );
    expect(scripted.calls).toEqual([]);
  });
});

describe("login with a token Discord refuses", () => {
  it("fails start() with a clear error that does not contain the token", async () => {
    const fake = await createFakeDiscord({ token: TOKEN });
    const lines: string[] = [];
    const wrong = "WRONG.token.value-that-should-never-be-printed-0123";
    const adapter = createDiscordAdapter({
      config: {
        token: wrong,
        applicationId: fake.world.applicationId,
        guildId: null,
        apiUrl: fake.apiUrl,
        allowDms: true,
        userPerMinute: 5,
        channelPerMinute: 30,
      },
      ask: createScriptedAsk().ask,
      logger: createLogger({ level: "debug", destination: { write: (l) => lines.push(l) } }),
    });
    const error = await adapter.start().catch((e: unknown) => e);
    await fake.close();
    expect(error).toBeInstanceOf(GmsError);
    expect((error as GmsError).code).toBe("ADAPTER_FAILED");
    expect((error as GmsError).message).toMatch(/Discord rejected DISCORD_TOKEN while logging in/);
    expect((error as GmsError).message).not.toContain(wrong);
    expect(lines.join("\n")).not.toContain(wrong);
  });
});
