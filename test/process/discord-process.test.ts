import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord } from "../fakes/discord/index.js";
import { buildDist, killLeftovers, leakedSecrets, runBot, startBot } from "./support/index.js";

// `npm start` with the Discord variables set, against the fake Discord: the whole process.
const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.process-test.token-for-the-fake-only";
const QUESTION = "how much went to barncancer 2022?";

interface SentBody {
  content?: string;
  embeds?: Array<{ description?: string; fields?: Array<{ name: string; value: string }> }>;
  allowed_mentions?: { parse?: string[] };
}

beforeAll(buildDist, 60_000);
afterEach(killLeftovers);

describe("npm start with Discord, against the fake Discord", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await createFakeDiscord({ token: TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("logs in, answers /gms with the cited figure in an embed, and exits 0 on SIGTERM", async () => {
    const bot = startBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(await bot.waitForLog("ready")).toMatchObject({ adapters: ["discord"], documents: 5 });
    const connected = new URLSearchParams(fake.gateway.record.connectUrls[0]?.split("?")[1]);
    expect([connected.get("v"), connected.get("encoding")]).toEqual(["10", "json"]);
    expect(fake.gateway.record.identifies[0]).toMatchObject({ token: TOKEN });

    const { id, token } = fake.slash({
      name: "gms",
      options: [{ name: "question", type: 3, value: QUESTION }],
    });
    const callback = await fake.waitForRequest(
      (r) => r.method === "POST" && r.path === `/api/v10/interactions/${id}/${token}/callback`,
    );
    expect(callback.body).toMatchObject({ type: 5 });
    const edit = await fake.waitForRequest(
      (r) =>
        r.method === "PATCH" &&
        r.path === `/api/v10/webhooks/${fake.world.applicationId}/${token}/messages/%40original`,
    );
    const body = edit.body as SentBody;
    expect(edit.status).toBe(200);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const fields = body.embeds?.[0]?.fields ?? [];
    expect(JSON.stringify(body.embeds)).toMatch(/7[ ,\u00a0]875[ ,\u00a0]000/);
    // Sources are numbered, as a field or in the compact source list.
    expect(
      fields.some((f) => /^\[1\] /.test(f.name)) || /\[1\]/.test(JSON.stringify(body.embeds)),
    ).toBe(true);

    const questions = bot.logs().filter((l) => l.msg === "question");
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ question: QUESTION, answered: true });

    expect(await bot.terminate(5_000)).toBe(0);
    expect(bot.logs().at(-1)).toMatchObject({ msg: "stopped", code: 0 });
    expect(leakedSecrets({ stdout: bot.stdout(), stderr: bot.stderr() }, [TOKEN])).toEqual([]);
    expect(bot.stdout()).toBe("");
  });

  it("exits 1 when the fake Discord refuses the token, without printing it", async () => {
    const wrong = "MTk5OTk5OTk5OTk5OTk5OTk5.refused.a-token-discord-does-not-know";
    const result = await runBot({
      DISCORD_TOKEN: wrong,
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Discord login failed");
    expect(leakedSecrets(result, [wrong])).toEqual([]);
  });
});

describe("npm start with a missing or malformed Discord variable", () => {
  const expectConfigError = (result: { code: number | null; stderr: string; stdout: string }) => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^gms-bot: invalid configuration/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(leakedSecrets(result, [TOKEN])).toEqual([]);
  };

  it("a token without DISCORD_APPLICATION_ID exits 1 naming it", async () => {
    const result = await runBot({ DISCORD_TOKEN: TOKEN });
    expectConfigError(result);
    expect(result.stderr).toContain("DISCORD_APPLICATION_ID");
  });

  it("a malformed DISCORD_TOKEN, DISCORD_APPLICATION_ID or DISCORD_API_URL is named", async () => {
    const result = await runBot({
      DISCORD_TOKEN: "short",
      DISCORD_APPLICATION_ID: "my-app",
      DISCORD_API_URL: "discord.example",
    });
    expectConfigError(result);
    for (const name of ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_API_URL"]) {
      expect(result.stderr).toContain(name);
    }
  });

  it("a DISCORD_USER_PER_MINUTE that is not a positive whole number is named", async () => {
    const result = await runBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: "100000000000000001",
      DISCORD_USER_PER_MINUTE: "0",
    });
    expectConfigError(result);
    expect(result.stderr).toContain("DISCORD_USER_PER_MINUTE");
  });
});
