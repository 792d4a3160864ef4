import { say } from "../say.js";
import { answerDecidedYear } from "./decided-year.js";
import { answerLatestDecision } from "./latest-decision.js";
import { decidedSince, pendingAbout, quoted } from "./reply.js";
/**
 * "när kommer nästa beslut?", "when will the government decide on 2029?": no document dates a coming
 * decision, so the answer says so, quotes what they say is not decided yet, and gives the latest decision;
 * with a year asked, that year's state (decided, or only estimated).
 */
export function answerNextDecision(ctx) {
    if (ctx.query.years.length > 0)
        return answerDecidedYear(ctx);
    const pending = pendingAbout(ctx, null).filter((p) => !decidedSince(ctx, p));
    // Quoted first, so the citations number in reading order.
    const items = pending.map((p) => `• ${quoted(ctx, p)}`);
    const latest = answerLatestDecision(ctx);
    const lines = [
        say(ctx.language, "Dokumenten anger inget datum för nästa beslut.", "The documents give no date for the next decision."),
        ...(pending.length > 0
            ? [
                say(ctx.language, "De säger att detta inte är beslutat ännu:", "They say this is not decided yet (quoted in Swedish):"),
                ...items,
            ]
            : []),
        ...(latest ? [latest.text] : []),
    ];
    return {
        intent: "decision",
        answered: pending.length > 0 || latest !== null,
        text: lines.join("\n"),
        figures: latest?.figures ?? [],
    };
}
//# sourceMappingURL=next-decision.js.map