import { answerDecidedYear } from "./decided-year.js";
import { answerDecisions } from "./people.js";
import { answerNotDecided } from "./reply.js";
/**
 * "Har regeringen beslutat om ett flerårigt anslag?": no, when a document says that decision is not taken
 * yet ("Något beslut har ännu inte fattats"); else the decisions the documents describe.
 */
export function answerPending(ctx) {
    // "Är beslutet om 2028 fattat?": a year asked with no subject is that year's money.
    const q = ctx.query;
    if (q.years.length > 0 && q.stems.length === 0 && q.topics.length === 0 && q.months.length === 0)
        return answerDecidedYear(ctx);
    return answerNotDecided(ctx, ctx.knowledge.statements.decisions) ?? answerDecisions(ctx);
}
//# sourceMappingURL=pending.js.map