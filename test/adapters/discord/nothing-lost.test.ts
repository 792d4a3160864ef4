// Issue 13 ("nothing lost"): replies that meet a Discord outage are retried with backoff within a bound,
// and stopping sends every reply already queued.
import { afterEach, describe, expect, it } from "vitest";
import type { RecordedRequest } from "../../fakes/discord/index.js";
import { type Harness, question, startDiscord } from "./support/harness.js";
import { createScriptedAsk } from "./support/scripted-ask.js";

const BOT = "<@100000000000000001>";
// Five tries a few ms apart inside each of discord.js's two: the policy's shape is under test, not its waits.
const RETRIES = { retries: 4, factor: 2, minTimeout: 5, maxTimeout: 20 };
const LIMITS = { userPerMinute: 100, channelPerMinute: 100 };

const isEdit = (token: string) => (method: string, route: string) =>
  method === "PATCH" && route.includes(token);
const isReply = (method: string, route: string) =>
  method === "POST" && /^\/channels\/\d+\/messages$/.test(route);
const sent = (r: RecordedRequest) => r.status === 200;

describe("Discord replies through an outage", () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.stop();
    h = null;
  });
  const start = async () => {
    h = await startDiscord({ ask: createScriptedAsk().ask, config: LIMITS, retries: RETRIES });
    return h;
  };

  it.each([
    ["500", 500],
    ["502", 502],
    ["a cut connection", 0],
  ])(
    "a /gms answer goes out after its edit fails four times with %s (discord.js alone gave up after four)",
    async (_, status) => {
      const { fake } = await start();
      const i = fake.slash({ name: "gms", options: question("barncancer 2022?") });
      fake.failRequests(status, 4, isEdit(i.token));
      const edit = await fake.waitForRequest(
        (r) => r.method === "PATCH" && r.path.includes(i.token) && sent(r),
      );
      // The answer itself, not the apology that follows a lost answer.
      expect(JSON.stringify(edit.body)).toContain("SEK 7,875,000");
      expect(JSON.stringify(edit.body)).not.toContain("Sorry");
      const tries = fake.requests.filter((r) => r.method === "PATCH" && r.path.includes(i.token));
      expect(tries.map((r) => r.status)).toEqual([status, status, status, status, 200]);
    },
  );

  it("a mention's reply goes out after the channel refuses it six times with 503", async () => {
    const { fake } = await start();
    fake.failRequests(503, 6, isReply);
    const mention = fake.say({ content: `${BOT} barncancer 2022?` });
    const reply = await fake.waitForRequest(
      (r) => isReply(r.method, r.path.replace(/^\/api\/v10/, "")) && sent(r),
    );
    expect(reply.body).toMatchObject({ message_reference: { message_id: mention } });
    expect(JSON.stringify(reply.body)).toContain("SEK 7,875,000");
  });

  it("an outage longer than every try drops the reply with a log line, and the bot keeps answering", async () => {
    const { fake, logs } = await start();
    // Two tries of discord.js, five of ours each: ten refusals lose the answer, then the apology's ten.
    fake.failRequests(500, 20, isReply);
    fake.say({ content: `${BOT} barncancer 2022?` });
    await waitUntil(() => logs().some((l) => l.msg === "discord apology failed"));
    expect(fake.requests.filter((r) => r.status === 500)).toHaveLength(20);
    const next = fake.say({ content: `${BOT} and 2023?` });
    const reply = await fake.waitForRequest(
      (r) =>
        sent(r) &&
        (r.body as { message_reference?: { message_id: string } })?.message_reference
          ?.message_id === next,
    );
    expect(reply.status).toBe(200);
  });
});

describe("stopping sends the replies already queued", () => {
  it("30 mentions in one channel, each reply taking 100 ms: stop() returns after all 30 are sent", async () => {
    const scripted = createScriptedAsk();
    const h = await startDiscord({ ask: scripted.ask, config: LIMITS, retries: RETRIES });
    h.fake.delayResponses(100);
    const mentions = Array.from({ length: 30 }, (_, n) =>
      h.fake.say({ content: `${BOT} fråga ${n}` }),
    );
    // Every question has reached the bot; its replies queue behind each other in the channel's bucket.
    await waitUntil(() => scripted.calls.length === 30);
    await h.adapter.stop();
    const replied = h.fake.requests
      .filter((r) => sent(r) && r.method === "POST")
      .map(
        (r) =>
          (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id,
      );
    expect(new Set(replied)).toEqual(new Set(mentions));
    h.fake.delayResponses(0);
    await h.stop();
  }, 30_000);
});

async function waitUntil(ok: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
