import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ALICE,
  APP_TOKEN,
  type ApiCall,
  appMention,
  BOT_TOKEN,
  BOT_USER_ID,
  CHANNEL,
  eventCallback,
  type FakeSocketServer,
  type FakeWebApi,
  nextTs,
  postSigned,
  SIGNING_SECRET,
  startFakeSocketServer,
  startFakeWebApi,
} from "../fakes/slack/index.js";
import {
  type BotProcess,
  buildDist,
  freePort,
  killLeftovers,
  leakedSecrets,
  ROOT,
  runBot,
  startBot,
} from "./support/index.js";

// `npm start` with the Slack variables set, against the fake Slack: the whole process, as deployed.
const QUESTION = "how much went to barncancer 2022?";
const SECRETS = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET];

/** The title of the decision that holds the 2022 childhood cancer figure, from the seeds' metadata. */
function decisionTitle(): string {
  const sources = JSON.parse(readFileSync(join(ROOT, "seeds", "sources.json"), "utf8")) as Record<
    string,
    { title: string }
  >;
  const entry = Object.entries(sources).find(([id]) => id.startsWith("004_"));
  if (!entry) throw new Error("seeds/sources.json has no 004_ document");
  return entry[1].title;
}

/** The reply in the question's thread carries the figure, and its numbered source names the decision. */
function expectCitedAnswer(post: ApiCall | undefined): void {
  type Block = { type: string; elements?: { text: string }[] };
  const blocks = (post?.body.blocks ?? []) as Block[];
  expect(JSON.stringify(blocks)).toContain("7,875,000");
  const context = blocks
    .filter((b) => b.type === "context")
    .flatMap((b) => b.elements?.map((e) => e.text) ?? [])
    .join("\n");
  expect(context).toMatch(/\[1\] /);
  // Compact sources shorten long titles: the title's start names the document.
  expect(context).toContain(decisionTitle().slice(0, 40));
}

/** The question is logged once, with what the team needs to count what goes unanswered. */
function expectQuestionLoggedOnce(bot: BotProcess): void {
  const questions = bot.logs().filter((l) => l.msg === "question");
  expect(questions).toHaveLength(1);
  expect(questions[0]).toMatchObject({ question: QUESTION, answered: true, language: "en" });
  expect(typeof questions[0]?.latencyMs).toBe("number");
}

/** SIGTERM: adapters stop, logs are flushed ("stopped" is the last line) and the exit code is 0. */
async function expectCleanStop(bot: BotProcess): Promise<void> {
  expect(await bot.terminate(5_000)).toBe(0);
  expect(bot.logs().at(-1)).toMatchObject({ msg: "stopped", code: 0 });
  expect(leakedSecrets({ stdout: bot.stdout(), stderr: bot.stderr() }, SECRETS)).toEqual([]);
  expect(bot.stdout()).toBe("");
}

const mention = (ts: string) =>
  eventCallback(
    appMention({ user: ALICE, channel: CHANNEL, ts, text: `<@${BOT_USER_ID}> ${QUESTION}` }),
  );

beforeAll(buildDist, 60_000);
afterEach(killLeftovers);

describe("npm start with Slack in Socket Mode, against the fake Slack", () => {
  let api: FakeWebApi;
  let socket: FakeSocketServer;
  beforeAll(async () => {
    api = await startFakeWebApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    socket = await startFakeSocketServer();
    api.setSocketUrl(socket.url);
  });
  afterAll(async () => {
    await socket?.close();
    await api?.close();
  });

  it("connects, answers a mention in its thread with the cited figure, and exits 0 on SIGTERM", async () => {
    const bot = startBot({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: api.apiUrl,
    });
    const ready = await bot.waitForLog("ready");
    expect(ready).toMatchObject({ adapters: ["slack"], documents: 5 });
    expect(api.calls.items.map((c) => [c.method, c.token])).toEqual([
      ["auth.test", BOT_TOKEN],
      ["apps.connections.open", APP_TOKEN],
    ]);
    const ts = nextTs();
    const ack = await socket.send("events_api", mention(ts));
    expect(ack.envelope_id).toMatch(/^env-/);
    const [post] = await api.calls.waitFor(
      (c) => c.method === "chat.postMessage" && c.body.thread_ts === ts,
    );
    expect(post?.body.channel).toBe(CHANNEL);
    expectCitedAnswer(post);
    expectQuestionLoggedOnce(bot);
    await expectCleanStop(bot);
  });
});

describe("npm start with Slack in HTTP mode, against the fake Slack", () => {
  let api: FakeWebApi;
  beforeAll(async () => {
    api = await startFakeWebApi({ botToken: BOT_TOKEN });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("listens on PORT/HOST, serves /healthz, answers a signed mention, and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const bot = startBot({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    await bot.waitForLog("ready");
    const base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await health.json()) as Record<string, number>;
    expect(body).toMatchObject({ status: "ok", documents: 5 });
    expect(body.ledgerEntries).toBeGreaterThan(0);
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
    const ts = nextTs();
    const res = await postSigned(`${base}/slack/events`, JSON.stringify(mention(ts)), {
      secret: SIGNING_SECRET,
    });
    expect(res.status).toBe(200);
    const [post] = await api.calls.waitFor(
      (c) => c.method === "chat.postMessage" && c.body.thread_ts === ts,
    );
    expectCitedAnswer(post);
    expectQuestionLoggedOnce(bot);
    await expectCleanStop(bot);
  });

  it("exits 1 naming SLACK_BOT_TOKEN when the fake Slack refuses it, without printing it", async () => {
    const wrong = "xoxb-9999-8888-a-token-slack-refuses";
    const result = await runBot({
      SLACK_BOT_TOKEN: wrong,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(await freePort()),
      HOST: "127.0.0.1",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SLACK_BOT_TOKEN");
    expect(result.stderr).toContain("invalid_auth");
    expect(leakedSecrets(result, [wrong, SIGNING_SECRET])).toEqual([]);
  });
});

describe("npm start with a missing or malformed Slack variable", () => {
  const expectConfigError = (result: { code: number | null; stderr: string; stdout: string }) => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^gms-bot: invalid configuration/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it("SLACK_BOT_TOKEN=abc exits 1 saying it must start with xoxb-, without a stack trace", async () => {
    const result = await runBot({ SLACK_BOT_TOKEN: "abc", SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expectConfigError(result);
    expect(result.stderr).toContain("SLACK_BOT_TOKEN must start with xoxb-");
    expect(leakedSecrets(result, [SIGNING_SECRET])).toEqual([]);
  });

  it("a bot token alone exits 1 naming SLACK_APP_TOKEN and SLACK_SIGNING_SECRET, token unprinted", async () => {
    const result = await runBot({ SLACK_BOT_TOKEN: BOT_TOKEN });
    expectConfigError(result);
    expect(result.stderr).toContain("SLACK_APP_TOKEN");
    expect(result.stderr).toContain("SLACK_SIGNING_SECRET");
    expect(leakedSecrets(result, [BOT_TOKEN])).toEqual([]);
  });

  it("a malformed SLACK_API_URL or PORT is named", async () => {
    const result = await runBot({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: "not a url",
      PORT: "eighty",
    });
    expectConfigError(result);
    expect(result.stderr).toContain("SLACK_API_URL");
    expect(result.stderr).toContain("PORT");
    expect(leakedSecrets(result, SECRETS)).toEqual([]);
  });
});
