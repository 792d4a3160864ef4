// The shape of a hand-judged question: what the answer must show, and where in which document that is true.

/** What one answer must satisfy (the devset checker's keys). */
export interface Expectation {
  /** SEK amount that must be figures[0]. */
  primary?: number;
  /** SEK amounts that must all be among the figures. */
  includes?: number[];
  /** Alternatives: at least one must hold, besides the other keys. */
  anyOf?: Expectation[];
  /** At least one citation must come from one of these documents. */
  docs?: string[];
  /** Regexes the answer text must all match. */
  text?: RegExp[];
  /** Regexes the answer text must not match (something the answer must leave out). */
  notText?: RegExp[];
  /** true: answered must be false, with no figures. */
  decline?: boolean;
  /** No figure may claim this year. */
  notYear?: number;
  /** figures[0] must not be this amount. */
  notPrimary?: number;
}

/** One turn of a conversation. */
export interface Turn {
  q: string;
  expect: Expectation;
  why?: string;
}

/** Who asks: a team member in Slack, the public in Discord, a journalist or analyst. */
export type AskerKind = "slack" | "discord" | "journalist";
/** The documents a question needs: the five seeds; seeds + devset + extra together; those and the genre
 * pages (`documents-genres`) together, as a user's folder holding every page would; or those and the trap pages
 * (`documents-traps`, pages mostly about other money) together; or the seeds and the fresh pages
 * (`documents-fresh`, `documents-fresh2`, `documents-fresh3`: each written and judged blind, without running the bot) alone. */
export type Corpus =
  | "seeds"
  | "devset"
  | "extra"
  | "genres"
  | "traps"
  | "fresh"
  | "fresh2"
  | "fresh3";

export interface QuestionCase {
  id: string;
  kind: AskerKind;
  language: "sv" | "en";
  corpus: Corpus;
  /** A single question… */
  q?: string;
  expect?: Expectation;
  /** …or a conversation, asked in order under one conversation id. */
  turns?: Turn[];
  /** The date of asking, YYYY-MM-DD (default "2026-12-02"). */
  asked?: string;
  /** What is true and where it is written. */
  why: string;
}

/** A devset case (the shared checker's format). */
export interface DevsetCase {
  id: string;
  q: string;
  expect: Expectation;
  why: string;
}

export const DEFAULT_ASKED = "2026-12-02";
export const M = 1_000_000;
