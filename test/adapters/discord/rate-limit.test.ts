import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimits } from "../../../src/adapters/discord/rate-limit.js";
import type { FakeUser } from "../../fakes/discord/index.js";
import {
  editedReplyTo,
  type Harness,
  immediateReplyTo,
  question,
  replyTo,
  startDiscord,
} from "./support/harness.js";
import { createScriptedAsk } from "./support/scripted-ask.js";

const BOT = "<@100000000000000001>";
/** A short window stands in for Discord's minute, so recovery takes seconds, not a minute. */
const WINDOW_SECONDS = 2;
const person = (n: number): FakeUser => ({ id: `30000000000000010${n}`, username: `p${n}` });

describe("createRateLimits", () => {
  it("refuses the user's sixth question, once as the first refusal, and names the scope", async () => {
    const limits = createRateLimits({ userPoints: 5, channelPoints: 30, windowSeconds: 60 });
    for (let i = 0; i < 5; i++) expect(await limits.take("u", "c")).toEqual({ ok: true });
    const sixth = await limits.take("u", "c");
    expect(sixth).toMatchObject({ ok: false, scope: "user", firstRefusal: true });
    expect(await limits.take("u", "c")).toMatchObject({ ok: false, firstRefusal: false });
    if (!sixth.ok) expect(sixth.retryAt).toBeGreaterThan(Date.now() + 50_000);
    expect(await limits.take("someone else", "c")).toEqual({ ok: true });
  });

  it("refuses a busy channel without charging the asker", async () => {
    const limits = createRateLimits({ userPoints: 2, channelPoints: 2, windowSeconds: 60 });
    expect(await limits.take("a", "c")).toEqual({ ok: true });
    expect(await limits.take("b", "c")).toEqual({ ok: true });
    expect(await limits.take("a", "c")).toMatchObject({ ok: false, scope: "channel" });
    // "a" was refused by the channel, so it still has one question left elsewhere.
    expect(await limits.take("a", "other")).toEqual({ ok: true });
  });
});

describe("rate limits through the real client", () => {
  const scripted = createScriptedAsk();
  let h: Harness;
  beforeAll(async () => {
    h = await startDiscord({
      ask: scripted.ask,
      config: { userPerMinute: 5, channelPerMinute: 30 },
      rateWindowSeconds: WINDOW_SECONDS,
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("trips on the sixth /gms in the window with a private note, and recovers after it", async () => {
    const asker = person(1);
    const sent = Array.from({ length: 6 }, (_, n) =>
      h.fake.slash({ name: "gms", options: question(`q${n}`), user: asker }),
    );
    for (const i of sent.slice(0, 5)) await editedReplyTo(h.fake, i);
    const note = await immediateReplyTo(h.fake, sent[5] as (typeof sent)[0]);
    expect(note.flags).toBe(64);
    expect(note.content).toMatch(/^You're asking a little fast\. Try again <t:\d+:R>\.$/);
    expect(note.embeds).toEqual([]);
    expect(scripted.calls.map((c) => c.question)).toEqual(["q0", "q1", "q2", "q3", "q4"]);
    await sleep(WINDOW_SECONDS * 1000 + 250);
    const again = h.fake.slash({ name: "gms", options: question("q6"), user: asker });
    await editedReplyTo(h.fake, again);
    expect(scripted.calls.at(-1)?.question).toBe("q6");
  });

  it("answers a flood of mentions with one note per window, then silence", async () => {
    const asker = person(2);
    const ids = Array.from({ length: 7 }, (_, n) =>
      h.fake.say({ content: `${BOT} m${n}`, author: asker }),
    );
    for (const id of ids.slice(0, 5)) await replyTo(h.fake, id);
    const note = await replyTo(h.fake, ids[5] ?? "");
    expect(note.body.content).toContain("Try again <t:");
    expect(note.body.content).toContain("Försök igen <t:");
    // Someone else is still answered; by then the seventh has been dropped without a word.
    await replyTo(h.fake, h.fake.say({ content: `${BOT} other`, author: person(3) }));
    const refs = h.fake.requests.map((r) => JSON.stringify(r.body));
    expect(refs.join()).not.toContain(ids[6]);
  });
});
