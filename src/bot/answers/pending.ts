import type { AnswerContext, Draft } from "./context.js";
import { answerDecisions } from "./people.js";
import { answerNotDecided } from "./reply.js";

/**
 * "Har regeringen beslutat om ett flerårigt anslag?": no, when a document says that decision is not taken
 * yet ("Något beslut har ännu inte fattats"); else the decisions the documents describe.
 */
export function answerPending(ctx: AnswerContext): Draft {
  return answerNotDecided(ctx, ctx.knowledge.statements.decisions) ?? answerDecisions(ctx);
}
