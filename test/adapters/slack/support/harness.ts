import type { RetryPolicy } from "../../../../src/adapters/retry.js";
import { createSlackAdapter, type SlackAdapter } from "../../../../src/adapters/slack/index.js";
import type { Ask } from "../../../../src/bot/index.js";
import type { Logger } from "../../../../src/logger.js";
import {
  ALICE,
  APP_TOKEN,
  BOT_TOKEN,
  buttonClick,
  CHANNEL,
  eventCallback,
  type FakeSocketServer,
  type FakeWebApi,
  formBody,
  interactionBody,
  postSigned,
  SIGNING_SECRET,
  slashCommand,
  startFakeSocketServer,
  startFakeWebApi,
} from "../../../fakes/slack/index.js";
import { silentLogger } from "./capture-logger.js";

export type Mode = "http" | "socket";

export const HEALTH = { documents: 5, ledgerEntries: 17, uptimeSeconds: 42 };

export interface SlackHarness {
  mode: Mode;
  api: FakeWebApi;
  /** Present in Socket Mode. */
  socket: FakeSocketServer | null;
  adapter: SlackAdapter;
  /** The app's HTTP base address (HTTP mode). */
  base: string;
  /** Delivers an event as Slack would (signed POST or envelope) and waits for its acknowledgement. */
  event(
    event: Record<string, unknown>,
    options?: { eventId?: string; retry?: number },
  ): Promise<void>;
  /** Runs `/gms text`; the answer arrives at `api.responses` under the returned id. */
  slash(text: string, options?: { user?: string; channel?: string }): Promise<string>;
  /** Clicks a button; `respond` posts arrive under the returned id. */
  click(
    actionId: string,
    value: string,
    options?: { user?: string; channel?: string },
  ): Promise<string>;
  /** Delivers any interaction payload (e.g. a modal's view_submission) and waits for the ack. */
  interact(payload: object): Promise<void>;
  close(): Promise<void>;
}

let responses = 0;

/** The real adapter (real Bolt) wired to a fresh fake Slack in the given mode. */
export async function startHarness(
  mode: Mode,
  options: {
    ask: Ask;
    logger?: Logger;
    apiUrl?: string;
    threadFollowups?: boolean;
    /** How replies are retried on 5xx and network errors (the adapter's default waits seconds). */
    retries?: RetryPolicy;
  },
): Promise<SlackHarness> {
  const api = await startFakeWebApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  const socket = mode === "socket" ? await startFakeSocketServer() : null;
  if (socket) api.setSocketUrl(socket.url);
  const adapter = createSlackAdapter({
    config: {
      botToken: BOT_TOKEN,
      appToken: mode === "socket" ? APP_TOKEN : null,
      signingSecret: SIGNING_SECRET,
      apiUrl: options.apiUrl ?? api.apiUrl,
      port: 0,
      threadFollowups: options.threadFollowups,
    },
    ask: options.ask,
    logger: options.logger ?? silentLogger(),
    health: () => HEALTH,
    host: "127.0.0.1",
    socketPingTimeoutMs: 1_000,
    webApiRetries: options.retries,
  });
  await adapter.start();
  const base = `http://127.0.0.1:${adapter.address()?.port ?? 0}`;

  const deliver = async (kind: "events" | "slash" | "click", payload: object, retry?: number) => {
    if (socket) {
      const type =
        kind === "events" ? "events_api" : kind === "slash" ? "slash_commands" : "interactive";
      await socket.send(type, payload, { retryAttempt: retry });
      return;
    }
    const body =
      kind === "events"
        ? JSON.stringify(payload)
        : kind === "slash"
          ? formBody(payload as Record<string, string>)
          : interactionBody(payload);
    const res = await postSigned(`${base}/slack/events`, body, {
      secret: SIGNING_SECRET,
      form: kind !== "events",
      retryNum: retry,
    });
    await res.text();
    if (res.status !== 200)
      throw new Error(`the app answered ${res.status} to a signed ${kind} request`);
  };

  return {
    mode,
    api,
    socket,
    adapter,
    base,
    event: (event, opts = {}) => deliver("events", eventCallback(event, opts.eventId), opts.retry),
    async slash(text, opts = {}) {
      const id = `slash-${++responses}`;
      const fields = slashCommand({
        text,
        user: opts.user ?? ALICE,
        channel: opts.channel ?? CHANNEL,
        responseUrl: api.responseUrl(id),
      });
      await deliver("slash", fields);
      return id;
    },
    async click(actionId, value, opts = {}) {
      const id = `click-${++responses}`;
      const payload = buttonClick({
        actionId,
        value,
        user: opts.user ?? ALICE,
        channel: opts.channel ?? CHANNEL,
        responseUrl: api.responseUrl(id),
      });
      await deliver("click", payload);
      return id;
    },
    interact: (payload) => deliver("click", payload),
    async close() {
      await adapter.stop();
      await socket?.close();
      await api.close();
    },
  };
}
