import { performance } from "node:perf_hooks";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/index.js";
import { APOLOGY } from "../../src/adapters/slack/messages.js";
import { QUESTIONS } from "../../src/bench/questions.js";
import { percentile } from "../../src/bench/stats.js";
import { type Ask, createAsk } from "../../src/bot/index.js";
import { withQuestionLog } from "../../src/cli/question-log.js";
import { BUNDLED_SEEDS_DIR } from "../../src/config.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { createLogger } from "../../src/logger.js";
import {
  ALICE,
  APP_TOKEN,
  appMention,
  BOB,
  BOT_TOKEN,
  BOT_USER_ID,
  eventCallback,
  type FakeSocketServer,
  type FakeWebApi,
  nextTs,
  postSigned,
  SIGNING_SECRET,
  startFakeSocketServer,
  startFakeWebApi,
} from "../fakes/slack/index.js";

// Issue 6, "Load": 1,000 signed events from concurrent senders plus retries of events already sent.
const EVENTS = 1000;
const RETRY_EVERY = 10;
const SENDERS = 20;
/** Slack's acknowledgement deadline: a protocol requirement, not a speed target. */
const ACK_DEADLINE_MS = 3000;
// A retry goes back into the queue this far ahead, so it arrives while other events are in flight.
const RETRY_LAG = 37;

const USERS = [ALICE, BOB, "U0CAROL01", "U0DAVE001"];
const CHANNELS = ["C0GENERAL1", "C0RANDOM01", "C0FUNDING1"];

interface LoadEvent {
  index: number;
  ts: string;
  body: ReturnType<typeof eventCallback>;
}

interface Delivery {
  event: LoadEvent;
  retry: boolean;
}

interface AckSample {
  ms: number;
  ok: boolean;
  retry: boolean;
}

/** 1,000 mentions with distinct event ids and timestamps, asking the bench's mixed question set. */
function loadEvents(): LoadEvent[] {
  return Array.from({ length: EVENTS }, (_, index) => {
    const ts = nextTs();
    const question = QUESTIONS[index % QUESTIONS.length]?.question ?? "help";
    const event = appMention({
      user: USERS[index % USERS.length] ?? ALICE,
      channel: CHANNELS[index % CHANNELS.length] ?? "C0GENERAL1",
      ts,
      text: `<@${BOT_USER_ID}> ${question}`,
    });
    return { index, ts, body: eventCallback(event, `EvLOAD${String(index).padStart(6, "0")}`) };
  });
}

/**
 * `SENDERS` workers drain one queue; once an event every RETRY_EVERY is acknowledged, its retry
 * (same event id) is queued. Returns one sample per request, timed from send to acknowledgement.
 */
async function sendAll(
  events: LoadEvent[],
  deliver: (d: Delivery) => Promise<boolean>,
): Promise<AckSample[]> {
  const queue: Delivery[] = events.map((event) => ({ event, retry: false }));
  const samples: AckSample[] = [];
  const sender = async () => {
    for (let d = queue.shift(); d !== undefined; d = queue.shift()) {
      const started = performance.now();
      const ok = await deliver(d);
      samples.push({ ms: performance.now() - started, ok, retry: d.retry });
      if (!d.retry && d.event.index % RETRY_EVERY === 0) {
        queue.splice(Math.min(queue.length, RETRY_LAG), 0, { event: d.event, retry: true });
      }
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, sender));
  return samples;
}

interface LoadResult {
  samples: AckSample[];
  wallMs: number;
  /** chat.postMessage calls per thread_ts, counted at the fake Web API. */
  postsPerThread: Map<string, number>;
  apologies: number;
}

/** Sends everything, waits for every answer, then stops the adapter so late duplicates would show. */
async function runLoad(
  api: FakeWebApi,
  adapter: SlackAdapter,
  deliver: (d: Delivery) => Promise<boolean>,
): Promise<LoadResult> {
  const events = loadEvents();
  const started = performance.now();
  const samples = await sendAll(events, deliver);
  const isPost = (c: { method: string }) => c.method === "chat.postMessage";
  await api.calls.waitFor(isPost, EVENTS, 30_000);
  const wallMs = performance.now() - started;
  await adapter.stop();
  const postsPerThread = new Map<string, number>();
  let apologies = 0;
  for (const call of api.calls.items.filter(isPost)) {
    const thread = String(call.body.thread_ts);
    postsPerThread.set(thread, (postsPerThread.get(thread) ?? 0) + 1);
    if (call.body.text === APOLOGY) apologies += 1;
  }
  return { samples, wallMs, postsPerThread, apologies };
}

/** `ackMs`: the times checked against Slack's deadline (HTTP: inside the bot; Socket Mode: the sender's). */
function expectEveryQuestionAnsweredOnce(result: LoadResult, ackMs: number[]): void {
  const acked = result.samples.filter((s) => s.ok);
  const retries = result.samples.filter((s) => s.retry);
  expect(result.samples).toHaveLength(EVENTS + EVENTS / RETRY_EVERY);
  expect(retries).toHaveLength(EVENTS / RETRY_EVERY);
  expect(acked).toHaveLength(result.samples.length);
  expect(ackMs).toHaveLength(result.samples.length);
  const late = ackMs.filter((ms) => ms >= ACK_DEADLINE_MS);
  expect(late, "acknowledged after Slack's 3-second deadline").toEqual([]);
  expect(result.postsPerThread.size).toBe(EVENTS);
  const duplicates = [...result.postsPerThread].filter(([, n]) => n !== 1);
  expect(duplicates, "threads answered more than once").toEqual([]);
  expect(result.apologies).toBe(0);
}

const ACK_MEANS = {
  HTTP: "ack time = signed POST sent until its HTTP 200 is read; in the bot = request read until its 200 is sent (checked against the 3 s)",
  "Socket Mode": "ack time = envelope sent until the client's ack reaches the fake socket server",
};

/** The figures for docs/performance.md, printed as a small table. */
function report(transport: keyof typeof ACK_MEANS, result: LoadResult, inBot?: number[]): void {
  const ms = result.samples.map((s) => s.ms).sort((a, b) => a - b);
  const bot = [...(inBot ?? [])].sort((a, b) => a - b);
  const duplicates = [...result.postsPerThread.values()].reduce((sum, n) => sum + n - 1, 0);
  const row = {
    transport,
    requests: result.samples.length,
    retries: result.samples.filter((s) => s.retry).length,
    senders: SENDERS,
    acked: result.samples.filter((s) => s.ok).length,
    answeredOnce: [...result.postsPerThread.values()].filter((n) => n === 1).length,
    duplicates,
    p50AckMs: Number(percentile(ms, 50).toFixed(2)),
    p99AckMs: Number(percentile(ms, 99).toFixed(2)),
    maxAckMs: Number((ms.at(-1) ?? Number.NaN).toFixed(2)),
    ...(inBot
      ? {
          inBotP99Ms: Number(percentile(bot, 99).toFixed(2)),
          inBotMaxMs: Number((bot.at(-1) ?? Number.NaN).toFixed(2)),
        }
      : {}),
    wallMs: Math.round(result.wallMs),
  };
  console.log(`Slack load, ${transport}: ${ACK_MEANS[transport]}`);
  console.table([row]);
}

interface LoadTarget {
  api: FakeWebApi;
  socket: FakeSocketServer | null;
  adapter: SlackAdapter;
  /** HTTP mode: ms from each request being read to its response being sent, inside the bot. */
  served: number[];
  close(): Promise<void>;
}

/** The real adapter, in the given mode, wired to a fresh fake Slack. */
async function startSlack(socketMode: boolean, ask: Ask): Promise<LoadTarget> {
  const api = await startFakeWebApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  const socket = socketMode ? await startFakeSocketServer() : null;
  if (socket) api.setSocketUrl(socket.url);
  const served: number[] = [];
  const adapter = createSlackAdapter({
    config: {
      botToken: BOT_TOKEN,
      appToken: socket ? APP_TOKEN : null,
      signingSecret: socket ? null : SIGNING_SECRET,
      apiUrl: api.apiUrl,
      port: 0,
    },
    ask,
    logger: createLogger({ level: "warn", format: "json", destination: { write: () => {} } }),
    health: () => ({ documents: 0, ledgerEntries: 0, uptimeSeconds: 0 }),
    host: "127.0.0.1",
    onResponse: (ms) => served.push(ms),
  });
  await adapter.start();
  return {
    api,
    socket,
    adapter,
    served,
    async close() {
      await adapter.stop();
      await socket?.close();
      await api.close();
    },
  };
}

describe("Slack under load: the real Bolt app against the fake Slack on 127.0.0.1", () => {
  let ask: Ask;
  let target: LoadTarget | null = null;
  beforeAll(() => {
    // As in production: the real core over the bundled seeds, each question logged once.
    const logger = createLogger({
      level: "info",
      format: "json",
      destination: { write: () => {} },
    });
    ask = withQuestionLog(createAsk({ knowledge: loadKnowledge(BUNDLED_SEEDS_DIR) }), logger);
  });
  afterEach(async () => {
    await target?.close();
    target = null;
  });

  it("HTTP: acknowledges 1,000 signed events and 100 retries in time, answers each once", async () => {
    target = await startSlack(false, ask);
    const { api, adapter } = target;
    const url = `http://127.0.0.1:${adapter.address()?.port}/slack/events`;
    const result = await runLoad(api, adapter, async ({ event, retry }) => {
      const res = await postSigned(url, JSON.stringify(event.body), {
        secret: SIGNING_SECRET,
        retryNum: retry ? 1 : undefined,
      });
      await res.text();
      return res.status === 200;
    });
    report("HTTP", result, target.served);
    // Slack's deadline, timed where the machine's other load cannot stretch it: inside the bot.
    expectEveryQuestionAnsweredOnce(result, target.served);
  }, 60_000);

  it("Socket Mode: acknowledges 1,000 envelopes and 100 retries in time, answers each once", async () => {
    target = await startSlack(true, ask);
    const { api, adapter, socket } = target;
    if (!socket) throw new Error("no socket server");
    const result = await runLoad(api, adapter, async ({ event, retry }) => {
      const ack = await socket.send("events_api", event.body, {
        retryAttempt: retry ? 1 : undefined,
      });
      return ack.envelope_id.startsWith("env-");
    });
    report("Socket Mode", result);
    expectEveryQuestionAnsweredOnce(
      result,
      result.samples.map((s) => s.ms),
    );
    expect(socket.acks.items).toHaveLength(EVENTS + EVENTS / RETRY_EVERY);
  }, 60_000);
});
