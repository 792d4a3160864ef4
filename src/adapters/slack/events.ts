import type { App } from "@slack/bolt";
import { z } from "zod";
import type { SlackMessage } from "./block-kit.js";
import {
  answerOnce,
  guarded,
  type HandlerDeps,
  sourcesValueFor,
  type Where,
} from "./handler-kit.js";
import { APOLOGY } from "./messages.js";
import { renderAnswer } from "./render.js";
import { questionFromSlack } from "./slack-text.js";
import { looksLikeQuestion, mentionsSomeoneElse, worthAnswering } from "./thread-followups.js";

// Only the fields we use, checked: an event of another shape is skipped, not guessed at.
const MessageEventSchema = z.object({
  channel: z.string(),
  user: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
  channel_type: z.string().optional(),
});
const EnvelopeSchema = z.object({
  team_id: z.string().optional(),
  event_id: z.string().optional(),
});

type MessageEvent = z.infer<typeof MessageEventSchema>;
type Kind = "mention" | "dm" | "thread";
type PostMessage = App["client"]["chat"]["postMessage"];

// Subtypes that are still a person writing; edits, joins and bot posts are not questions.
const QUESTION_SUBTYPES = new Set(["thread_broadcast", "file_share"]);

/**
 * Mentions in channels and every direct message become questions, answered in thread. With
 * SLACK_THREAD_FOLLOWUPS, replies in a channel thread the bot answers in are questions too.
 */
export function registerEventHandlers(app: App, deps: HandlerDeps): void {
  app.event("app_mention", async ({ event, body, client }) => {
    await onMessage(deps, client.chat.postMessage.bind(client.chat), "mention", event, body);
  });
  app.message(async ({ message, body, client, context }) => {
    const parsed = MessageEventSchema.safeParse(message);
    const kind =
      parsed.success && isThreadReply(deps, parsed.data, context.botUserId) ? "thread" : "dm";
    await onMessage(deps, client.chat.postMessage.bind(client.chat), kind, message, body);
  });
}

/** A person's reply in a channel thread the bot answers in, not addressed to anyone else. */
function isThreadReply(deps: HandlerDeps, event: MessageEvent, botUserId?: string): boolean {
  if (!deps.threadFollowups || event.channel_type === "im" || !event.thread_ts) return false;
  if (!deps.threads.has(event.channel, event.thread_ts)) return false;
  // A reply that mentions the bot arrives as app_mention too and is answered there.
  const text = event.text ?? "";
  if (botUserId && text.includes(`<@${botUserId}`)) return false;
  return !mentionsSomeoneElse(text, botUserId) && looksLikeQuestion(questionFromSlack(text));
}

async function onMessage(
  deps: HandlerDeps,
  postMessage: PostMessage,
  kind: Kind,
  rawEvent: unknown,
  rawBody: unknown,
): Promise<void> {
  const event = MessageEventSchema.safeParse(rawEvent);
  const envelope = EnvelopeSchema.safeParse(rawBody);
  if (!event.success || !envelope.success || !isQuestion(kind, event.data)) return;
  const { channel, ts } = event.data;
  const keys = deliveryKeys(channel, ts, envelope.data.event_id);
  const where: Where = { kind, channel, user: event.data.user, ts };
  if (!firstDelivery(deps, keys, where)) return;
  // Channels get the answer in a thread; a DM only when it was asked in one (DM ids start with D).
  const inDm = event.data.channel_type === "im" || channel.startsWith("D");
  const threadTs = inDm ? event.data.thread_ts : (event.data.thread_ts ?? ts);
  const conversationId = `slack:${envelope.data.team_id ?? "-"}:${channel}:${threadTs ?? "main"}`;
  const post = (message: Omit<SlackMessage, "blocks"> & Partial<SlackMessage>) =>
    postMessage({
      channel,
      thread_ts: threadTs,
      unfurl_links: false,
      unfurl_media: false,
      ...message,
    });
  const answered = await guarded(
    deps,
    where,
    async () => {
      const question = questionFromSlack(event.data.text ?? "");
      const answer = answerOnce(deps, question, { conversationId }, where);
      // "thanks!" between people in a thread is not for the bot: it stays silent.
      if (kind === "thread" && !worthAnswering(answer)) return;
      const sourcesValue = sourcesValueFor(deps, answer, conversationId);
      // Known as the bot's thread before the answer is sent: a reply can arrive before Slack's response does.
      if (!inDm && threadTs) deps.threads.add(channel, threadTs);
      await post(renderAnswer(answer, { sourcesValue }));
    },
    () => post({ text: APOLOGY }),
  );
  // The answer was lost (Slack unreachable even after retries): Slack's own retry may still answer it.
  if (!answered) deps.seen.forget(keys);
}

function deliveryKeys(channel: string, ts: string, eventId?: string): string[] {
  const keys = [`message:${channel}:${ts}`];
  if (eventId) keys.push(`event:${eventId}`);
  return keys;
}

/** False for a retry, or for the same DM delivered as both message and app_mention. */
function firstDelivery(deps: HandlerDeps, keys: string[], where: Where): boolean {
  if (deps.seen.firstTime(keys)) return true;
  deps.logger.debug(where, "slack event already handled");
  return false;
}

function isQuestion(kind: Kind, event: MessageEvent): boolean {
  if (event.bot_id !== undefined) return false;
  if (event.subtype !== undefined && !QUESTION_SUBTYPES.has(event.subtype)) return false;
  return kind === "mention" || kind === "thread" || event.channel_type === "im";
}
