import { entriesOfYears } from "../match.js";
import { listText, say } from "../say.js";
import { entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { verdictDraft } from "./inclusion.js";
import { swedishQuoteNote } from "./quoted-language.js";
import { quoted } from "./reply.js";
import { yearGrants } from "./scope.js";
/**
 * "Är beslutet om 2028 fattat?", "has the government decided on 2029?": yes with the year's decided GMS
 * grants; no when the documents give that year only an estimate or nothing. Either way a document that
 * said the decision was not yet taken is quoted with its date, so an older "not yet" is not hidden.
 */
export function answerDecidedYear(ctx) {
    const years = ctx.query.years;
    const decided = yearGrants(ctx, years, true);
    const estimates = unique(entriesOfYears(ctx.index, years).filter((e) => e.role === "estimate"));
    const pending = ctx.knowledge.statements.pending.filter((p) => p.years.some((y) => years.includes(y)));
    const shown = decided.length > 0 ? decided : estimates;
    const items = [...shown.map((e) => describeEntry(ctx, e)), ...pending.map((p) => notYet(ctx, p))];
    const figures = shown.map((e) => entryFigure(ctx, e).figure);
    const asked = listText(years.map(String), ctx.language);
    if (decided.length > 0)
        return verdictDraft(ctx, "yes", say(ctx.language, `dokumenten anger beslutade medel till GMS för ${asked}.`, `the documents give decided GMS funding for ${asked}.`), items, figures);
    const reason = estimates.length > 0
        ? say(ctx.language, `dokumenten anger inget beslut om medel för ${asked}, bara en beräkning.`, `the documents give no decision on funding for ${asked}, only an estimate.`)
        : say(ctx.language, `dokumenten anger inget beslut om medel till GMS för ${asked}.`, `the documents give no decision on GMS funding for ${asked}.`);
    return verdictDraft(ctx, "no", reason, items, figures);
}
function unique(entries) {
    return [...new Map(entries.map((e) => [e.id, e])).values()];
}
/** "Not yet decided", quoted with the date of the document that said so. */
function notYet(ctx, p) {
    const published = ctx.knowledge.documents.find((d) => d.id === p.span.docId)?.published;
    const when = published ? ` (${published})` : "";
    return say(ctx.language, `Ett dokument${when} skrev att beslutet inte var fattat: ${quoted(ctx, p)}`, `A document${when} said the decision had not been taken${swedishQuoteNote(ctx, [p.span])}: ${quoted(ctx, p)}`);
}
/**
 * "Vem fattade beslutet om 2025 års medel?", "who decided the 2026 money?": the year's decided GMS grants,
 * each with who decided and when as its documents tell; null when the year has none.
 */
export function answerYearDecisions(ctx) {
    const years = ctx.query.years;
    const decided = yearGrants(ctx, years, true);
    if (decided.length === 0)
        return null;
    const items = decided.map((e) => `• ${describeEntry(ctx, e)}`);
    const asked = listText(years.map(String), ctx.language);
    const lead = say(ctx.language, `Beslutade medel till GMS för ${asked}:`, `Decided GMS funding for ${asked}:`);
    return {
        intent: "decision",
        answered: true,
        text: [lead, ...items].join("\n"),
        figures: decided.map((e) => entryFigure(ctx, e).figure),
    };
}
//# sourceMappingURL=decided-year.js.map