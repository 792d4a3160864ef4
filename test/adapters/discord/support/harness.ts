import type { APIEmbed } from "discord.js";
import { createDiscordAdapter } from "../../../../src/adapters/discord/index.js";
import type { RetryPolicy } from "../../../../src/adapters/retry.js";
import type { Ask } from "../../../../src/bot/index.js";
import type { DiscordConfig } from "../../../../src/config.js";
import { createLogger } from "../../../../src/logger.js";
import {
  createFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from "../../../fakes/discord/index.js";

/** Looks like a bot token; must never show up in a log line. */
export const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.fake-token.for-tests-only-0123456789";

/** What the tests read from a message body the bot sent. */
export interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<{ components: Array<{ custom_id: string }> }>;
  allowed_mentions?: { parse?: string[] };
  flags?: number;
  message_reference?: { message_id: string };
}

interface Callback {
  type: number;
  data?: SentMessage;
}

export interface StartOptions {
  ask: Ask;
  config?: Partial<DiscordConfig>;
  rateWindowSeconds?: number;
  /** How REST calls are retried on 5xx and network errors (the adapter's default waits seconds). */
  retries?: RetryPolicy;
}

/** The fake Discord plus the real adapter (real discord.js client) logged into it. */
export async function startDiscord(options: StartOptions) {
  const fake = await createFakeDiscord({ token: TOKEN });
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (l) => lines.push(l) } });
  const config: DiscordConfig = {
    token: TOKEN,
    applicationId: fake.world.applicationId,
    guildId: null,
    apiUrl: fake.apiUrl,
    allowDms: true,
    userPerMinute: 5,
    channelPerMinute: 30,
    ...options.config,
  };
  const adapter = createDiscordAdapter({
    config,
    ask: options.ask,
    logger,
    rateWindowSeconds: options.rateWindowSeconds,
    retries: options.retries,
  });
  await adapter.start();
  return {
    fake,
    adapter,
    logLines: lines,
    logs: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startDiscord>>;
type Sent = { id: string; token: string };

export function callbackOf(fake: FakeDiscord, i: Sent): Promise<RecordedRequest> {
  const path = `/interactions/${i.id}/${i.token}/callback`;
  return fake.waitForRequest((r) => r.method === "POST" && r.path.endsWith(path));
}

/** The body of the interaction's initial response when it is a message (type 4), e.g. a note. */
export async function immediateReplyTo(fake: FakeDiscord, i: Sent): Promise<SentMessage> {
  const callback = (await callbackOf(fake, i)).body as Callback;
  if (callback.type !== 4 || !callback.data) throw new Error(`callback type ${callback.type}`);
  return callback.data;
}

/** The visible answer to a slash command: the edit of the deferred reply. */
export async function editedReplyTo(fake: FakeDiscord, i: Sent) {
  const path = `/webhooks/${fake.world.applicationId}/${i.token}/messages/%40original`;
  const r = await fake.waitForRequest((r) => r.method === "PATCH" && r.path.endsWith(path));
  return { body: r.body as SentMessage, messageId: (r.response as { id: string }).id };
}

/** The bot's reply to a message, as posted to the channel. */
export async function replyTo(fake: FakeDiscord, messageId: string) {
  const r = await fake.waitForRequest(
    (r) =>
      r.method === "POST" &&
      /\/channels\/\d+\/messages$/.test(r.path) &&
      (r.body as SentMessage).message_reference?.message_id === messageId,
  );
  return { body: r.body as SentMessage, messageId: (r.response as { id: string }).id, request: r };
}

/** Everything the embed shows, as one string, for "is it anywhere?" checks. */
export function visibleText(body: SentMessage): string {
  return JSON.stringify([body.content ?? "", body.embeds ?? []]);
}

export const question = (value: string) => [{ name: "question", type: 3, value }];
