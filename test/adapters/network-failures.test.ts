import { describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import { runRegister } from "../../src/adapters/discord/register.js";
import { createSlackAdapter } from "../../src/adapters/slack/index.js";
import { createLogger } from "../../src/logger.js";
import { freePort } from "../process/support/bot-process.js";

// Nothing listens on these ports: the platform cannot be reached, which is not a token problem.
const silent = createLogger({ level: "silent", destination: { write: () => undefined } });
const health = () => ({ documents: 0, ledgerEntries: 0, uptimeSeconds: 0 });
const noAsk = () => {
  throw new Error("not asked");
};

describe("an unreachable platform is reported as a network failure, not a rejected token", () => {
  it("Slack: start() names the network and SLACK_API_URL", async () => {
    const apiUrl = `http://127.0.0.1:${await freePort()}/api/`;
    const adapter = createSlackAdapter({
      config: {
        botToken: "xoxb-1-2-unreachable",
        appToken: null,
        signingSecret: "secret-secret",
        apiUrl,
        port: 0,
      },
      host: "127.0.0.1",
      ask: noAsk,
      logger: silent,
      health,
    });
    const error = (await adapter.start().catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("could not reach Slack");
    expect(error.message).toContain("network failure: ECONNREFUSED");
    expect(error.message).toContain("SLACK_API_URL");
    expect(error.message).not.toContain("rejected");
  });

  it("Discord: start() and discord:register name the network and DISCORD_API_URL", async () => {
    const apiUrl = `http://127.0.0.1:${await freePort()}/api`;
    const config = {
      token: "MTk5OTk5OTk5OTk5OTk5OTk5.unreachable.token-value",
      applicationId: "100000000000000001",
      guildId: null,
      apiUrl,
      allowDms: true,
      userPerMinute: 5,
      channelPerMinute: 30,
    };
    const adapter = createDiscordAdapter({ config, ask: noAsk, logger: silent });
    const error = (await adapter.start().catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("could not reach Discord");
    expect(error.message).toContain("DISCORD_API_URL");
    const lines: string[] = [];
    const code = await runRegister(
      {
        DISCORD_TOKEN: config.token,
        DISCORD_APPLICATION_ID: config.applicationId,
        DISCORD_API_URL: apiUrl,
        LOG_LEVEL: "silent",
      },
      { stdout: () => undefined, stderr: (l) => lines.push(l) },
    );
    expect(code).toBe(1);
    expect(lines.join()).toContain("could not reach Discord");
    expect(lines.join()).not.toContain(config.token);
  });
});
