import { phraseStems, } from "../../knowledge/index.js";
import { knowsTopic } from "../match.js";
import { say } from "../say.js";
import { quotedLine } from "./quoted-line.js";
import { yearGrants } from "./scope.js";
/** How many of the question's topic stems a text shares. */
function shared(ctx, text) {
    const stems = new Set(ctx.query.stems);
    return new Set(phraseStems(text).filter((s) => stems.has(s))).size;
}
const pendingText = (p) => `${p.context?.text ?? ""} ${p.span.text}`;
/** The pending decisions that share the most topic words with the question (all when it names none). */
export function pendingAbout(ctx, docs) {
    const asked = ctx.query.years;
    // "Något beslut om 2028 är inte fattat" says nothing of another asked year.
    const pool = ctx.knowledge.statements.pending.filter((p) => (docs === null || docs.has(p.span.docId)) &&
        (asked.length === 0 || p.years.length === 0 || p.years.some((y) => asked.includes(y))));
    if (ctx.query.stems.length === 0)
        return pool;
    const scores = pool.map((p) => shared(ctx, pendingText(p)));
    const best = Math.max(0, ...scores);
    return pool.filter((_, i) => best > 0 && scores[i] === best);
}
/** A pending statement quoted, with the sentence before it when it needs it, and cited. */
export function quoted(ctx, p) {
    const spans = [...(p.context ? [p.context] : []), p.span];
    return quotedLine(ctx, ...spans);
}
/**
 * "Vad svarade ministern om flerårigt anslag?": in the answers to parliamentary questions, what the
 * minister said is pending; null when no such answer is about the asked words.
 */
export function answerReply(ctx) {
    const answers = new Set(ctx.knowledge.statements.people.filter((p) => p.role === "questioner").map((p) => p.span.docId));
    if (answers.size === 0)
        return null;
    // "what did the minister answer in the riksdag": no subject of its own, so every reply's pending matter.
    const about = pendingAbout(ctx, answers);
    // A subject the documents fund ("amr") that no reply names is not answered with another matter.
    const subjectless = !knowsTopic(ctx.index, ctx.query);
    const found = about.length > 0 || !subjectless
        ? about
        : pendingAbout({ ...ctx, query: { ...ctx.query, stems: [] } }, answers);
    if (found.length === 0)
        return null;
    const lines = found.map((p) => `• ${quoted(ctx, p)}`);
    lines.unshift(say(ctx.language, "Ministern svarade att inget beslut är fattat ännu:", "The minister answered that no decision has been taken yet (quoted in Swedish):"));
    return { intent: "minister", answered: true, text: lines.join("\n"), figures: [] };
}
/**
 * "Har regeringen beslutat om ett flerårigt anslag?": no, when a sentence says that decision is pending
 * and no decision the documents tell is as much about the asked words.
 */
export function answerNotDecided(ctx, decisions) {
    if (ctx.query.stems.length === 0)
        return null;
    // "inget beslut om 2028 är fattat" is outdated once the documents tell 2028's decided money.
    const pending = pendingAbout(ctx, null).filter((p) => !decidedSince(ctx, p));
    const best = Math.max(0, ...pending.map((p) => shared(ctx, pendingText(p))));
    if (best === 0 || decisions.some((d) => shared(ctx, d.span.text) >= best))
        return null;
    const items = pending.map((p) => quoted(ctx, p));
    const reason = say(ctx.language, "Enligt dokumenten är det beslutet inte fattat ännu.", "According to the documents, that decision has not been taken yet (quoted in Swedish).");
    return {
        blocks: [
            { kind: "yesno", verdict: "no", text: reason },
            { kind: "items", items },
        ],
        intent: "decision",
        answered: true,
        text: [
            `${say(ctx.language, "Nej", "No")}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
            ...items.map((i) => `• ${i}`),
        ].join("\n"),
        figures: [],
    };
}
/** Every year the pending sentence names has a decided GMS grant in the documents. */
export function decidedSince(ctx, p) {
    return p.years.length > 0 && p.years.every((y) => yearGrants(ctx, [y], true).length > 0);
}
//# sourceMappingURL=reply.js.map