import { say } from "../say.js";
import { askedDocuments, inDocuments } from "./asked.js";
import { decline } from "./context.js";
import { swedishQuoteNote } from "./quoted-language.js";
import { quotedLine } from "./quoted-line.js";
import { yearOwners } from "./scope.js";
const MAX_CONDITIONS = 3;
/** "Does the 2027 AMR payment depend on anything?": the conditions the documents about it state. */
export function answerConditions(ctx) {
    const inDocs = inDocuments(askedDocuments(ctx));
    const found = ctx.knowledge.statements.conditions.filter((c) => inDocs(c.span));
    // "the 2027 payment": a condition naming the asked year first.
    const years = ctx.query.years;
    const named = found.filter((c) => c.years.some((y) => years.includes(y)));
    // A year no condition names: only the unyeared conditions of the documents granting that year's money.
    const owners = years.length > 0 ? yearOwners(ctx, years) : null;
    const pool = named.length > 0
        ? named
        : found.filter((c) => !owners || (owners.has(c.span.docId) && c.years.length === 0));
    const chosen = pool.slice(0, MAX_CONDITIONS);
    // "what conditions apply to the 2026 money": with no condition of its own, its obligations (deadlines).
    if (chosen.length === 0 && owners)
        return null;
    if (chosen.length === 0)
        return decline("deadline", say(ctx.language, "Dokumenten anger inga villkor för det.", "The documents state no condition for that."));
    const lines = chosen.map((c) => `• ${quotedLine(ctx, c.span)}`);
    lines.unshift(say(ctx.language, "Villkor enligt dokumenten:", `Conditions in the documents${swedishQuoteNote(ctx, chosen.map((c) => c.span))}:`));
    return { intent: "deadline", answered: true, text: lines.join("\n"), figures: [] };
}
//# sourceMappingURL=conditions.js.map