// "hur mycket behöver GMS?", "how much does GMS need?": what the documents say is needed is no money decided;
// the sentences that say it are quoted, never summed or read as a grant.
import { say } from "../say.js";
import { decline } from "./context.js";
const MAX_PASSAGES = 3;
// A sentence that names an amount of money ("150 miljoner kronor", "SEK 40m"), not any number ("covid-19").
const MONEY = /\d[\d\s,.]*\s*(?:miljon|miljard|kronor|kr\b|mkr|msek|sek\b|million|billion|bn\b|m\b)|\bsek\s*\d/iu;
// The words that state a need in a document's sentence (the lexicon's `need` cue reads them in questions).
const NEED_WORDS = new Set([
    "behöver",
    "behövs",
    "behövde",
    "behövts",
    "behov",
    "behovet",
    "behoven",
    "need",
    "needs",
    "needed",
]);
/** Sentences with an amount that say what is needed, those naming the question's subject first. */
export function answerNeeds(ctx) {
    const subject = [...ctx.query.topicWords, ...ctx.query.orgs.map((o) => o.name)];
    const found = ctx.knowledge.passages
        .search([...NEED_WORDS, ...subject].join(" "), {
        limit: 50,
        filter: (p) => !p.heading && MONEY.test(p.text) && statesNeed(p.text),
    })
        .slice(0, MAX_PASSAGES);
    if (found.length === 0)
        return decline("passage", say(ctx.language, "Dokumenten anger inget behov i kronor för det.", "The documents state no need in kronor for that."));
    const lead = say(ctx.language, "Det här säger dokumenten om behovet – inga beslutade medel:", "What the documents say is needed – no money decided:");
    const lines = found.map((p) => `• “${p.text}” ${ctx.citations.markers([p]).text}`);
    return { intent: "passage", answered: true, text: [lead, ...lines].join("\n"), figures: [] };
}
function statesNeed(text) {
    return text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((w) => NEED_WORDS.has(w));
}
//# sourceMappingURL=needs.js.map