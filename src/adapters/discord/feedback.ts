import { randomBytes } from "node:crypto";
import type { Answer } from "../../bot/index.js";
import { type BoundedMap, createBoundedMap } from "../bounded-map.js";

export type Vote = "up" | "down";

/** What a 👍/👎 click is logged with; kept in memory only, keyed by the id in the button. */
export interface FeedbackSubject {
  question: string;
  intent: string;
  answered: boolean;
}

const PREFIX = "gms:fb:";
/** Discord's limit for a component's custom_id. */
export const CUSTOM_ID_MAX = 100;

export function feedbackCustomId(vote: Vote, id: string): string {
  return `${PREFIX}${vote}:${id}`;
}

/** `null` unless the custom id is one of ours. */
export function parseFeedbackCustomId(customId: string): { vote: Vote; id: string } | null {
  const match = /^gms:fb:(up|down):([A-Za-z0-9_-]{1,40})$/.exec(customId);
  if (!match?.[1] || !match[2]) return null;
  return { vote: match[1] as Vote, id: match[2] };
}

const SOURCES_PREFIX = "gms:src:";

export function sourcesCustomId(id: string): string {
  return `${SOURCES_PREFIX}${id}`;
}

/** The answer id of a sources button, or `null` unless the custom id is one of ours. */
export function parseSourcesCustomId(customId: string): string | null {
  return /^gms:src:([A-Za-z0-9_-]{1,40})$/.exec(customId)?.[1] ?? null;
}

export interface FeedbackStore {
  /** Remembers what was asked and returns the short id to put in the buttons. */
  remember(answer: Answer): string;
  recall(id: string): FeedbackSubject | undefined;
  /** The whole answer, for the sources button. */
  answer(id: string): Answer | undefined;
}

export function createFeedbackStore(max: number): FeedbackStore {
  const subjects: BoundedMap<string, FeedbackSubject> = createBoundedMap(max);
  const answers: BoundedMap<string, Answer> = createBoundedMap(max);
  return {
    remember(answer) {
      // Random rather than a counter, so buttons from before a restart never point at a new question.
      const id = randomBytes(6).toString("base64url");
      subjects.set(id, {
        question: answer.question.slice(0, 500),
        intent: answer.intent,
        answered: answer.answered,
      });
      answers.set(id, answer);
      return id;
    },
    recall: (id) => subjects.get(id),
    answer: (id) => answers.get(id),
  };
}
