import { toldIn } from "./scope.js";
/** The budget lines read at load from the entry's own sentences ("anslaget 1:6 …, anslagsposten 16 …"). */
export function budgetLinesOf(ctx, entry) {
    return ctx.knowledge.statements.budgetLines.filter((b) => toldIn(entry, b.span));
}
//# sourceMappingURL=budget-lines.js.map