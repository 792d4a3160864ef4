// "hur mycket gick till cancer?": a word that heads several areas (cancer, tumörer, sjukdomar) is no one
// area; adding up whatever mentions it would be a total of nothing in particular, so the bot asks which.
import { GENERIC_CONDITION_HEADS, TOPICS } from "../../knowledge/index.js";
import { listText, say, topicName, topicsOf } from "../say.js";
/** The question names an area only by a generic head ("cancer"), and nothing else to narrow it. */
export function onlyGenericArea(ctx) {
    const { query } = ctx;
    return (query.topics.length === 0 &&
        query.topicWords.length > 0 &&
        query.orgs.length === 0 &&
        query.names.length === 0 &&
        query.amounts.length === 0 &&
        query.topicWords.every((w) => GENERIC_CONDITION_HEADS.has(w.toLowerCase())));
}
/** The funded areas the head names, offered back as a question. */
export function answerGenericArea(ctx) {
    const heads = ctx.query.topicWords.map((w) => w.toLowerCase());
    const funded = new Set(ctx.index.entries.flatMap((e) => topicsOf(e.entry).map((t) => t.key)));
    const areas = TOPICS.filter((t) => funded.has(t.key) && heads.some((h) => names(t, h)));
    const list = listText(areas.map((t) => topicName(t.key, ctx.language)), ctx.language, say(ctx.language, "eller", "or"));
    const asked = heads.join(" ");
    const text = areas.length > 0
        ? say(ctx.language, `”${asked}” är flera områden i dokumenten: ${list}. Vilket menar du?`, `“${asked}” covers several areas in the documents: ${list}. Which one do you mean?`)
        : say(ctx.language, `Dokumenten anger inga medel för ”${asked}” som ett eget område.`, `The documents state no money for “${asked}” as an area of its own.`);
    return { intent: "clarify", answered: false, text, figures: [] };
}
function names(topic, head) {
    return [topic.sv, topic.en, ...topic.svPhrases, ...topic.enPhrases].some((p) => p.toLowerCase().includes(head));
}
//# sourceMappingURL=generic-area.js.map