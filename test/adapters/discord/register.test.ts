import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/adapters/discord/commands.js";
import { registerCommands, runRegister } from "../../../src/adapters/discord/register.js";
import type { DiscordConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/logger.js";
import { createFakeDiscord, type FakeDiscord } from "../../fakes/discord/index.js";
import { TOKEN } from "./support/harness.js";

const GUILD = "200000000000000009";

describe("registerCommands against the fake REST API", () => {
  let fake: FakeDiscord;
  const logger = createLogger({ level: "silent", destination: { write: () => undefined } });
  beforeAll(async () => {
    fake = await createFakeDiscord({ token: TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
  });
  const config = (guildId: string | null): DiscordConfig => ({
    token: TOKEN,
    applicationId: fake.world.applicationId,
    guildId,
    apiUrl: fake.apiUrl,
    allowDms: true,
    userPerMinute: 5,
    channelPerMinute: 30,
  });

  it("overwrites one server's commands in bulk when DISCORD_GUILD_ID is set", async () => {
    const result = await registerCommands(config(GUILD), logger);
    expect(result).toEqual({ scope: "guild", count: 3 });
    const put = fake.requests.at(-1);
    expect(put?.method).toBe("PUT");
    expect(put?.path).toBe(
      `/api/v10/applications/${fake.world.applicationId}/guilds/${GUILD}/commands`,
    );
    expect(put?.authorization).toBe(`Bot ${TOKEN}`);
    expect(put?.body).toEqual(COMMANDS);
  });

  it("overwrites the global commands in bulk otherwise", async () => {
    const result = await registerCommands(config(null), logger);
    expect(result).toEqual({ scope: "global", count: 3 });
    const put = fake.requests.at(-1);
    expect(put?.method).toBe("PUT");
    expect(put?.path).toBe(`/api/v10/applications/${fake.world.applicationId}/commands`);
    expect(put?.body).toEqual(COMMANDS);
  });

  it("runs as `npm run discord:register` would, from the environment", async () => {
    const out: string[] = [];
    const code = await runRegister(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: fake.world.applicationId,
        DISCORD_GUILD_ID: GUILD,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: "silent",
      },
      { stdout: (l) => out.push(l), stderr: (l) => out.push(l) },
    );
    expect(code).toBe(0);
    expect(out).toEqual([`Registered 3 commands for server ${GUILD}.`]);
  });

  it("says what failed when Discord refuses the token, without printing it", async () => {
    const wrong = "WRONG.token.value-that-should-never-be-printed-0123";
    const err: string[] = [];
    const code = await runRegister(
      {
        DISCORD_TOKEN: wrong,
        DISCORD_APPLICATION_ID: fake.world.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: "silent",
      },
      { stdout: () => undefined, stderr: (l) => err.push(l) },
    );
    expect(code).toBe(1);
    expect(err.join()).toMatch(
      /^gms-bot: Discord rejected DISCORD_TOKEN while registering the commands \(401/,
    );
    expect(err.join()).not.toContain(wrong);
  });
});

describe("runRegister with missing variables", () => {
  const run = async (env: NodeJS.ProcessEnv) => {
    const err: string[] = [];
    const code = await runRegister(env, { stdout: () => undefined, stderr: (l) => err.push(l) });
    return { code, err: err.join("\n") };
  };

  it("names DISCORD_TOKEN when it is missing and exits 1", async () => {
    const { code, err } = await run({ DISCORD_APPLICATION_ID: "100000000000000001" });
    expect(code).toBe(1);
    expect(err).toContain("DISCORD_TOKEN is missing");
  });

  it("names DISCORD_APPLICATION_ID when only the token is set, without printing the token", async () => {
    const { code, err } = await run({ DISCORD_TOKEN: TOKEN });
    expect(code).toBe(1);
    expect(err).toContain("DISCORD_APPLICATION_ID");
    expect(err).not.toContain(TOKEN);
  });
});
