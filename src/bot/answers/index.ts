// One pure composer per intent: (AnswerContext) → Draft with [n] citations; create-ask.ts routes to them.
export type { AnswerContext, Draft } from "./context.js";
