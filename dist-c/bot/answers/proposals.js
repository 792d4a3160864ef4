import { tokenize } from "../lexicon.js";
import { findLexicon, valuesOf } from "../lexicon-match.js";
import { capital, say, shorten } from "../say.js";
// A proposal is quoted whole, up to this many characters.
const QUOTE_MAX = 240;
const MAX_PROPOSALS = 4;
// Cues that ask for a proposal or its money, not what it is about (every proposal names kronor).
const ASKING = new Set([
    "proposal",
    "who",
    "which",
    "what",
    "when",
    "more",
    "less",
    "amount",
    "howMuch",
]);
// A question word shares a proposal's subject when the proposal holds its first letters ("medfinansiering").
const STEM_CHARS = 6;
const MIN_WORD = 5;
/** "Hur mycket vill debattörerna att staten satsar?": a kind of document's proposals; null when it has none. */
export function answerProposals(ctx, ids, named) {
    const proposals = ctx.knowledge.statements.proposals.filter((p) => ids.has(p.span.docId));
    if (proposals.length === 0)
        return null;
    const lead = say(ctx.language, `I ${named} föreslås pengar som ingen har beslutat om – ett förslag, inte ett anslag:`, `${capital(named)} proposes money nobody has decided on – a proposal, not a grant:`);
    return quoted(ctx, lead, proposals);
}
/**
 * "vem yrkade på högre medfinansiering?", "who proposed more money?": the proposals that share a word with
 * the question (each names its proposer), else all of them, saying none names the subject; null when none.
 */
export function answerWhoProposed(ctx) {
    const all = ctx.knowledge.statements.proposals;
    if (all.length === 0)
        return null;
    const words = ctx.query.coverage.used
        .map((w) => w.toLowerCase())
        .filter((w) => w.length >= MIN_WORD)
        .map((w) => w.slice(0, STEM_CHARS));
    // Cues name a subject across languages: "co-funding" asks about "medfinansiering".
    const cues = [...ctx.query.cues].filter((c) => !ASKING.has(c));
    const score = (p) => {
        const text = p.span.text.toLowerCase();
        const own = valuesOf(findLexicon(tokenize(p.span.text)), "cue");
        return (words.filter((w) => text.includes(w)).length + cues.filter((c) => own.includes(c)).length);
    };
    const best = Math.max(...all.map(score));
    const naming = best > 0 ? all.filter((p) => score(p) === best) : all;
    const lead = best > 0
        ? say(ctx.language, "Förslaget i dokumenten (ett förslag, inget beslut):", "The proposal in the documents (a proposal, not a decision):")
        : say(ctx.language, "Inget förslag i dokumenten nämner det du frågar om. Förslagen som finns (inga beslut):", "No proposal in the documents names what you ask about. The proposals there are (none decided):");
    return quoted(ctx, lead, naming);
}
function quoted(ctx, lead, proposals) {
    const items = proposals.slice(0, MAX_PROPOSALS).map((p) => {
        const { text } = ctx.citations.markers([p.span]);
        const quote = shorten(p.span.text, QUOTE_MAX);
        return `• ${say(ctx.language, `”${quote}”`, `“${quote}”`)} ${text}`;
    });
    return { intent: "stated", answered: true, text: [lead, ...items].join("\n"), figures: [] };
}
//# sourceMappingURL=proposals.js.map