import type { MessageMentionOptions } from "discord.js";
import type { Ask } from "../../bot/index.js";
import type { DiscordConfig } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { BoundedMap } from "../bounded-map.js";
import type { FeedbackStore } from "./feedback.js";
import { NOTES } from "./notes.js";
import type { RateDecision, RateLimits } from "./rate-limit.js";

/** What the event handlers share; built once per adapter. */
export interface HandlerDeps {
  config: DiscordConfig;
  log: Logger;
  limits: RateLimits;
  /** Message id of each answer we posted → its conversation, so replies to it follow up. */
  answers: BoundedMap<string, string>;
  feedback: FeedbackStore;
  /** 👍/👎 clicks within the per-user rate (see `createFeedbackLimit`). */
  feedbackRate: (userId: string) => Promise<boolean>;
  botId(): string;
  /** The core; the composition root already logs each question once, so adapters don't. */
  ask: Ask;
}

/** A fresh object each time: nothing in a reply may ping anyone, replied-to user included. */
export function noMentions(): MessageMentionOptions {
  return { parse: [] };
}

/** Conversation ids are namespaced, so a core shared with other adapters never mixes them up. */
export function conversationKey(id: string): string {
  return `discord:${id}`;
}

/** The note for a refused question, in the asker's language when known, else in both. */
export function limitNote(decision: Extract<RateDecision, { ok: false }>, lang?: "sv" | "en") {
  const note = (l: "sv" | "en") =>
    decision.scope === "user"
      ? NOTES[l].rateLimited(decision.retryAt)
      : NOTES[l].channelLimited(decision.retryAt);
  return lang ? note(lang) : `${note("en")}\n${note("sv")}`;
}
