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
type Kind = "mention" | "dm";
type PostMessage = App["client"]["chat"]["postMessage"];

// Subtypes that are still a person writing; edits, joins and bot posts are not questions.
const QUESTION_SUBTYPES = new Set(["thread_broadcast", "file_share"]);

/** Mentions in channels and every direct message become questions, answered in thread. */
export function registerEventHandlers(app: App, deps: HandlerDeps): void {
  app.event("app_mention", async ({ event, body, client }) => {
    await onMessage(deps, client.chat.postMessage.bind(client.chat), "mention", event, body);
  });
  app.message(async ({ message, body, client }) => {
    await onMessage(deps, client.chat.postMessage.bind(client.chat), "dm", message, body);
  });
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
  if (!firstDelivery(deps, channel, ts, envelope.data.event_id)) return;
  // Channels get the answer in a thread; a DM only when it was asked in one (DM ids start with D).
  const inDm = event.data.channel_type === "im" || channel.startsWith("D");
  const threadTs = inDm ? event.data.thread_ts : (event.data.thread_ts ?? ts);
  const conversationId = `slack:${envelope.data.team_id ?? "-"}:${channel}:${threadTs ?? "main"}`;
  const where: Where = { kind, channel, user: event.data.user, ts };
  const post = (message: Omit<SlackMessage, "blocks"> & Partial<SlackMessage>) =>
    postMessage({
      channel,
      thread_ts: threadTs,
      unfurl_links: false,
      unfurl_media: false,
      ...message,
    });
  await guarded(
    deps,
    where,
    async () => {
      const question = questionFromSlack(event.data.text ?? "");
      const answer = answerOnce(deps, question, { conversationId }, where);
      const sourcesValue = sourcesValueFor(deps, answer, conversationId);
      await post(renderAnswer(answer, { sourcesValue }));
    },
    () => post({ text: APOLOGY }),
  );
}

/** False for a retry, or for the same DM delivered as both message and app_mention. */
function firstDelivery(deps: HandlerDeps, channel: string, ts: string, eventId?: string): boolean {
  const keys = [`message:${channel}:${ts}`];
  if (eventId) keys.push(`event:${eventId}`);
  if (deps.seen.firstTime(keys)) return true;
  deps.logger.debug({ channel, ts, eventId }, "slack event already handled");
  return false;
}

function isQuestion(kind: Kind, event: MessageEvent): boolean {
  if (event.bot_id !== undefined) return false;
  if (event.subtype !== undefined && !QUESTION_SUBTYPES.has(event.subtype)) return false;
  return kind === "mention" || event.channel_type === "im";
}
