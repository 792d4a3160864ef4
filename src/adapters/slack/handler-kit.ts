import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Answer, Ask, AskContext } from "../../bot/index.js";
import type { Logger } from "../../logger.js";
import { dateOfAsking } from "../date-of-asking.js";
import type { VoteMemory } from "../feedback-log.js";
import type { RetryPolicy } from "../retry.js";
import { encodeSourcesValue } from "./button-values.js";
import type { InFlight } from "./in-flight.js";
import type { RecentKeys, RecentMap } from "./recent.js";
import { shorten } from "./slack-text.js";
import type { AnsweredThreads } from "./thread-followups.js";
import type { Turns } from "./turns.js";

/** What every handler needs; built once per adapter. */
export interface HandlerDeps {
  ask: Ask;
  logger: Logger;
  inFlight: InFlight;
  /** Event ids and message keys already handled: Slack's retries are answered once. */
  seen: RecentKeys;
  /** Ephemeral slash answers by key, so "Share in channel" posts exactly what the asker saw. */
  shares: RecentMap<Answer>;
  /** Each person's vote per answer: a repeated click is not counted twice. */
  votes: VoteMemory;
  /** Channel threads the bot answers in; with `threadFollowups`, replies there need no mention. */
  threads: AnsweredThreads;
  threadFollowups: boolean;
  /** Waits for this handler's turn to answer, so acknowledgements go out first under a burst. */
  turn?: Turns;
  /** How replies to a response_url are retried on 5xx and network errors. */
  retries: RetryPolicy;
}

/** Keeps the answer for its buttons (share, sources) and returns the key the buttons carry. */
export function keepAnswer(deps: HandlerDeps, answer: Answer): string {
  const key = randomUUID();
  deps.shares.set(key, answer);
  return key;
}

/** The sources button's value: the kept answer's key, or the question to ask again after a restart. */
export function sourcesValueFor(
  deps: HandlerDeps,
  answer: Answer,
  conversationId: string,
): string | undefined {
  if (answer.citations.length === 0) return undefined;
  const key = keepAnswer(deps, answer);
  return encodeSourcesValue({ key, question: answer.question, conversationId });
}

/** Where a question came from, for log lines. */
export type Where = Record<string, string | number | undefined>;

/** Asks the core; the composition root logs each question at info, this adds Slack's context at debug. */
export function answerOnce(
  deps: HandlerDeps,
  question: string,
  context: AskContext,
  where: Where,
): Answer {
  const started = performance.now();
  const answer = deps.ask(question === "" ? "help" : question, {
    today: dateOfAsking(),
    ...context,
  });
  const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
  deps.logger.debug(
    {
      ...where,
      question: shorten(question, 200),
      intent: answer.intent,
      answered: answer.answered,
      language: answer.language,
      latencyMs,
    },
    "slack question",
  );
  return answer;
}

/**
 * Runs a handler so that no failure escapes: it is logged with context and the asker gets an apology.
 * Resolves true when the work itself succeeded (false: the answer was lost, and a retry may answer it).
 */
export async function guarded(
  deps: HandlerDeps,
  where: Where,
  work: () => Promise<void>,
  apologise: () => Promise<unknown>,
): Promise<boolean> {
  if (deps.inFlight.full()) {
    // Shedding keeps memory bounded; the asker hears so, and Slack's retry may find room later.
    deps.logger.warn({ ...where }, "slack: too many answers under way; question not answered");
    await apologise().catch(() => undefined);
    return false;
  }
  return deps.inFlight.run(async () => {
    try {
      await deps.turn?.();
      await work();
      return true;
    } catch (err) {
      deps.logger.error({ err, ...where }, "slack handler failed");
      try {
        await apologise();
      } catch (apologyErr) {
        deps.logger.warn({ err: apologyErr, ...where }, "slack answer and apology dropped");
      }
      return false;
    }
  });
}

/** True for a Slack Web API "ok: false" answer (e.g. not_in_channel), as opposed to a network failure. */
export function isPlatformError(err: unknown): boolean {
  return (
    typeof err === "object" &&
    err !== null &&
    (err as { code?: unknown }).code === "slack_webapi_platform_error"
  );
}
