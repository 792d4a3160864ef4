import { createHash } from "node:crypto";
import type { Logger } from "../logger.js";
import { createBoundedMap } from "./bounded-map.js";

export type Platform = "slack" | "discord" | "terminal";
export type Vote = "up" | "down";

/** A stable, one-way stand-in for a platform user id: the same person counts once, unnamed. */
export function hashUser(platform: Platform, id: string): string {
  return createHash("sha256").update(`${platform}:${id}`).digest("hex").slice(0, 12);
}

/** What a 👍/👎 (or its reason) is logged with: the same shape on every platform. */
export interface FeedbackEvent {
  platform: Platform;
  vote: Vote;
  question: string | null;
  intent: string | null;
  answered: boolean | null;
  /** Identifies the answer clicked on (message id, or a hash of what the button carries). */
  answerId: string;
  /** The platform's user id; only its hash is logged. */
  user: string;
}

const QUESTION_CHARS = 200;
const REASON_CHARS = 500;

function fields(event: FeedbackEvent) {
  return {
    platform: event.platform,
    vote: event.vote,
    question: event.question?.slice(0, QUESTION_CHARS) ?? null,
    intent: event.intent,
    answered: event.answered,
    answerId: event.answerId,
    userHash: hashUser(event.platform, event.user),
  };
}

/** Logs a vote as `msg: "feedback"`; `gms-bot report` reads these lines. */
export function logFeedback(logger: Logger, event: FeedbackEvent): void {
  logger.info(fields(event), "feedback");
}

/** Logs a 👎's "what was wrong?" as `msg: "feedback reason"`, with the answer it concerns. */
export function logFeedbackReason(logger: Logger, event: FeedbackEvent, reason: string): void {
  const text = reason.replace(/\s+/g, " ").trim().slice(0, REASON_CHARS);
  logger.info({ ...fields(event), reason: text }, "feedback reason");
}

/** Remembers each person's vote per answer, so a repeated click is not counted again. */
export function createVoteMemory(max = 10_000) {
  const votes = createBoundedMap<string, Vote>(max);
  return {
    /** True when this vote is new for this user and answer (a changed mind counts as new). */
    isNew(answerId: string, user: string, vote: Vote): boolean {
      const key = `${answerId}\u0000${user}`;
      if (votes.get(key) === vote) return false;
      votes.set(key, vote);
      return true;
    },
  };
}

export type VoteMemory = ReturnType<typeof createVoteMemory>;

/** A short id for what a button carries, when the platform gives no message id. */
export function answerIdOf(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 16);
}
