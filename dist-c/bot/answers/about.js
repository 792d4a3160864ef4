import { say } from "../say.js";
import { decline } from "./context.js";
import { referenced } from "./document-states.js";
import { answerMembership } from "./membership.js";
import { memo } from "./memo.js";
import { swedishQuoteNote } from "./quoted-language.js";
const MAX_QUOTES = 3;
/** The same boilerplate paragraph repeated across press releases is quoted once. */
function distinct(spans) {
    const seen = new Set();
    return spans.filter((s) => {
        const key = s.text.slice(0, 60);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** "Vad är GMS?" / "who takes part?": the documents' own definitions and member lists, quoted. */
export function answerAbout(ctx, members) {
    const membership = members ? answerMembership(ctx) : null;
    if (membership)
        return membership;
    if (members && (ctx.query.docKinds.length > 0 || ctx.query.references.length > 0))
        return membersOfDocuments(ctx);
    const { statements } = ctx.knowledge;
    const spans = memo(ctx.knowledge, members ? "members" : "about", () => distinct(members
        ? // The list naming the most members first: "Region Skåne, …" says more than "regioner med …".
            [...statements.members]
                .sort((a, b) => b.members.length - a.members.length)
                .map((m) => m.span)
        : statements.definitions.map((d) => d.span)));
    const chosen = spans.slice(0, MAX_QUOTES);
    const intent = members ? "members" : "about-gms";
    if (chosen.length === 0)
        return decline(intent, say(ctx.language, "Dokumenten beskriver inte det.", "The documents don't describe that."));
    const intro = members
        ? say(ctx.language, "Så här beskriver dokumenten vilka som ingår i GMS:", `This is how the documents describe who takes part in GMS${swedishQuoteNote(ctx, chosen)}:`)
        : say(ctx.language, "Så här beskriver dokumenten Genomic Medicine Sweden (GMS):", `This is how the documents describe Genomic Medicine Sweden (GMS)${swedishQuoteNote(ctx, chosen)}:`);
    const lines = chosen.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
    return { intent, answered: true, text: [intro, ...lines].join("\n"), figures: [] };
}
// Enough documents for a chat reply.
const MAX_DOCUMENTS = 4;
/**
 * "vilka partner nämns i regeringsbeslutet": the organisations each asked document names as taking part in
 * GMS, quoted; a document naming none is said to name none, never answered by another document's list.
 */
function membersOfDocuments(ctx) {
    const docs = referenced(ctx);
    if (docs.length === 0)
        return decline("members", say(ctx.language, "Jag hittar inget sådant dokument.", "I can't find a document of that kind."));
    const lines = docs.slice(0, MAX_DOCUMENTS).map((d) => {
        const found = ctx.knowledge.statements.members.filter((m) => m.span.docId === d.id);
        const title = `${d.title} (${d.published ?? "–"})`;
        if (found.length === 0)
            return say(ctx.language, `• ${title}: namnger inga parter eller medlemmar i GMS.`, `• ${title}: names no partners or members of GMS.`);
        const names = [...new Set(found.flatMap((m) => m.members))].join("; ");
        const markers = ctx.citations.markers(found.map((m) => m.span)).text;
        return say(ctx.language, `• ${title}: ${names} ${markers}`, `• ${title}: ${names} ${markers}`);
    });
    const any = lines.some((_, i) => ctx.knowledge.statements.members.some((m) => m.span.docId === docs[i]?.id));
    const intro = say(ctx.language, "Så här namnger dokumenten dem som ingår i GMS:", `This is who the documents name as taking part in GMS${swedishQuoteNote(ctx, [])}:`);
    return { intent: "members", answered: any, text: [intro, ...lines].join("\n"), figures: [] };
}
//# sourceMappingURL=about.js.map