import type { Knowledge } from "../knowledge/index.js";
import type { Answer } from "./answer.js";
import type { Ask } from "./port.js";

export interface CreateAskOptions {
  knowledge: Knowledge;
  /** How long a conversation's context lives, in ms. */
  conversationTtlMs?: number;
  /** How many conversations are remembered at most (LRU). */
  conversationMax?: number;
  /** The clock for conversation expiry only; answers never depend on it. */
  now?: () => number;
}

/** Placeholder until the matcher lands: declines everything. */
export function createAsk(_options: CreateAskOptions): Ask {
  return (question): Answer => ({
    question,
    answered: false,
    intent: "out-of-scope",
    language: "en",
    text: "I can't answer that yet.",
    figures: [],
    citations: [],
  });
}
