import type { Answer, Ask, AskContext } from "../../../../src/bot/index.js";
import { figureAnswer, listAnswer } from "./answers.js";

export interface AskCall {
  question: string;
  context: AskContext | undefined;
  answer: Answer;
}

/** Wraps any `ask` (the real core included) and records every question with its context. */
export function spyAsk(inner: Ask): { ask: Ask; calls: AskCall[] } {
  const calls: AskCall[] = [];
  return {
    calls,
    ask: (question, context) => {
      const answer = inner(question, context);
      calls.push({ question, context, answer });
      return answer;
    },
  };
}

/**
 * A stand-in for the core whose behaviour a test can swap: by default, help and sources get their
 * list and everything else one cited figure.
 */
export function createScriptedAsk() {
  let respond: Ask = (question, context) => {
    if (question === "sources" || question === "help")
      return listAnswer(question, context?.language);
    return figureAnswer(question, context?.language);
  };
  const spy = spyAsk((question, context): Answer => respond(question, context));
  return {
    ...spy,
    /** Replaces the behaviour until the next call of `use`. */
    use(next: Ask) {
      respond = next;
    },
  };
}
