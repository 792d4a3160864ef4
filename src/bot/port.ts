import type { Answer, Language } from "./answer.js";

/** What an adapter knows about where a question came from. */
export interface AskContext {
  /** Stable id of the conversation (thread, DM, channel); follow-ups reuse its context. */
  conversationId?: string;
  /** A language hint when the question itself gives none (e.g. a localised slash command). */
  language?: Language;
  /** The date of asking (YYYY-MM-DD), passed by the adapter: "i fjol" and "next year" are read against it. */
  today?: string;
}

/** The one function adapters receive: the core owns the port, adapters never see the bot object. */
export type Ask = (question: string, context?: AskContext) => Answer;
