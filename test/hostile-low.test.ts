// Issue 13, low findings: secrets in odd shapes, token shapes, bounds, a 10 MB question, an empty /healthz.
import { describe, expect, it } from "vitest";
import { createHealthRoute } from "../src/adapters/slack/health-route.js";
import { closestTerms } from "../src/bot/answers/clarify.js";
import { createAsk } from "../src/bot/index.js";
import { CONVERSATION_MAX_LIMIT, loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { configSecrets } from "../src/main.js";
import { seedKnowledge } from "./support/seeds.js";

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

const SLACK = {
  SLACK_BOT_TOKEN: "xoxb-1111-2222-secretbottoken",
  SLACK_SIGNING_SECRET: "8f3e1c0d9b7a6f5e4d3c",
};

describe("secrets in every shape stay out of the log", () => {
  it("a password inside SLACK_API_URL is masked wherever it appears", () => {
    const config = loadConfig({
      ...SLACK,
      SLACK_API_URL: "https://user:hunter2pass@slack.example/api/",
    });
    const { logger, text } = capture(configSecrets(config));
    logger.warn(
      { url: config.slack?.apiUrl },
      "calling https://user:hunter2pass@slack.example/api/",
    );
    expect(text()).not.toContain("hunter2pass");
  });

  it('a secret holding " or \\ is masked in its JSON-escaped form too', () => {
    const secret = 'abc"def\\ghi-123';
    const { logger, text } = capture([secret]);
    logger.error({ err: new Error(`bad token ${secret}`) }, `token ${secret}`);
    expect(text()).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(text()).toContain("[redacted]");
  });

  it("a token too short to be real is refused by the config, so it is never left unmasked", () => {
    expect(() => loadConfig({ ...SLACK, SLACK_BOT_TOKEN: "xoxb-ab" })).toThrow(/SLACK_BOT_TOKEN/);
    expect(() => loadConfig({ ...SLACK, SLACK_APP_TOKEN: "xapp-1" })).toThrow(/SLACK_APP_TOKEN/);
  });
});

describe("bounds", () => {
  it("CONVERSATION_MAX has an upper bound", () => {
    expect(() => loadConfig({ CONVERSATION_MAX: String(CONVERSATION_MAX_LIMIT + 1) })).toThrow(
      /CONVERSATION_MAX must be at most/,
    );
    expect(loadConfig({ CONVERSATION_MAX: "5000" }).conversationMax).toBe(5000);
  });

  it("a 10 MB question is declined as too long and echoed only in part", () => {
    const ask = createAsk({ knowledge: seedKnowledge() });
    const huge = "hur mycket fick GMS 2024? ".repeat(400_000);
    const answer = ask(huge);
    expect(answer.answered).toBe(false);
    expect(answer.question.length).toBeLessThanOrEqual(501);
  });
});

describe("/healthz", () => {
  function call(documents: number): Promise<{ status: number; body: { status: string } }> {
    const route = createHealthRoute(
      () => ({ documents, ledgerEntries: 0, uptimeSeconds: 1 }),
      createLogger({ level: "silent", format: "json", destination: { write: () => {} } }),
    );
    return new Promise((resolve) => {
      let status = 0;
      const res = {
        writeHead(s: number) {
          status = s;
          return res;
        },
        end(body: string) {
          resolve({ status, body: JSON.parse(body) });
        },
      };
      const handler = route.handler as unknown as (req: unknown, res: unknown) => void;
      handler({}, res);
    });
  }

  it("is not ok with no documents (a missing or empty folder)", async () => {
    expect(await call(0)).toEqual({
      status: 503,
      body: expect.objectContaining({ status: "no-documents" }),
    });
    expect((await call(5)).status).toBe(200);
  });
});

describe("many unseen words", () => {
  it("a question of 50 distinct unseen 9-letter words gets a plain answer (comparisons bounded, no timing asserted)", () => {
    const ask = createAsk({ knowledge: seedKnowledge() });
    const word = (i: number) =>
      Array.from({ length: 9 }, (_, k) =>
        String.fromCharCode(97 + ((i * 7 + k * 13 + i * k) % 26)),
      ).join("");
    const question = Array.from({ length: 50 }, (_, i) => word(i))
      .join(" ")
      .slice(0, 499);
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.figures).toEqual([]);
  });

  it("a near miss is still corrected to its term", () => {
    expect(closestTerms("barncanser", "sv").length).toBeGreaterThan(0);
  });
});
