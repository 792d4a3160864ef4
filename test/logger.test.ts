import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";

function capture(secrets: string[]) {
  const lines: string[] = [];
  const logger = createLogger({
    level: "debug",
    format: "json",
    secrets,
    destination: { write: (l: string) => lines.push(l) },
  });
  return { logger, text: () => lines.join("") };
}

const BOT = "xoxb-1111-2222-secretbottoken";
const SIGNING = "8f3e1c0d9b7a6f5e4d3c2b1a";
const DISCORD = "MTIzNDU2Nzg5MDEyMzQ1Njc4.discordsecret.token";

describe("secrets never reach a log line", () => {
  it("redacts secrets by field name, at any common depth", () => {
    const { logger, text } = capture([]);
    logger.info(
      { token: DISCORD, config: { slack: { botToken: BOT, signingSecret: SIGNING } } },
      "start",
    );
    logger.info({ headers: { authorization: `Bearer ${BOT}` } }, "request");
    expect(text()).not.toContain(BOT);
    expect(text()).not.toContain(SIGNING);
    expect(text()).not.toContain(DISCORD);
    expect(text()).toContain("[redacted]");
  });

  it("masks secret values inside free text: messages, errors and URLs", () => {
    const { logger, text } = capture([BOT, SIGNING, DISCORD]);
    logger.error(
      { err: new Error(`auth failed for ${BOT}`) },
      `calling https://x.test/?t=${DISCORD}`,
    );
    logger.warn({ note: `secret is ${SIGNING}` }, "odd");
    expect(text()).not.toContain(BOT);
    expect(text()).not.toContain(SIGNING);
    expect(text()).not.toContain(DISCORD);
    expect(text()).toContain("auth failed for [redacted]");
  });
});
