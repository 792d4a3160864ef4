import type { BudgetLineStatement, LedgerEntry } from "../../knowledge/index.js";
import type { AnswerContext } from "./context.js";
import { toldIn } from "./scope.js";

/** The budget lines read at load from the entry's own sentences ("anslaget 1:6 …, anslagsposten 16 …"). */
export function budgetLinesOf(ctx: AnswerContext, entry: LedgerEntry): BudgetLineStatement[] {
  return ctx.knowledge.statements.budgetLines.filter((b) => toldIn(entry, b.span));
}
