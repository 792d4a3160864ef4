import { containsPhrase, phraseStems, TOPICS } from "../knowledge/index.js";
import { englishPurpose, isPurposeless, roleName } from "./english-names.js";
/** Picks the Swedish or English wording. */
export function say(language, sv, en) {
    return language === "sv" ? sv : en;
}
const TOPIC_BY_KEY = new Map(TOPICS.map((t) => [t.key, t]));
// Each topic phrase under its first stem: a purpose tries only the phrases its own words start.
const PHRASES_BY_FIRST = new Map();
TOPICS.forEach((t, topic) => {
    for (const phrase of t.svPhrases.map(phraseStems)) {
        if (phrase[0] === undefined)
            continue;
        const list = PHRASES_BY_FIRST.get(phrase[0]) ?? [];
        list.push({ topic, phrase });
        PHRASES_BY_FIRST.set(phrase[0], list);
    }
});
const purposeTopics = new WeakMap();
/** Every known topic an entry's purpose names ("barncancer och cancer som drabbar kvinnor" names two). */
/** Whether the entry is about a known area, by its words or its area key. */
export function namesTopic(entry) {
    return TOPIC_BY_KEY.has(entry.area) || topicsOf(entry).length > 0;
}
export function topicsOf(entry) {
    let found = purposeTopics.get(entry);
    if (!found) {
        const stems = phraseStems(entry.purpose);
        const named = new Set();
        stems.forEach((s, i) => {
            for (const { topic, phrase } of PHRASES_BY_FIRST.get(s) ?? [])
                if (containsPhrase(stems.slice(i, i + phrase.length), phrase))
                    named.add(topic);
        });
        found = [...named]
            .sort((a, b) => a - b)
            .map((i) => TOPICS[i])
            .filter((t) => t !== undefined);
        purposeTopics.set(entry, found);
    }
    return found;
}
// Entries never change once loaded; an answer listing hundreds of grants labels each one once per language.
const labels = { sv: new WeakMap(), en: new WeakMap() };
/** A short label for an entry: the areas it names in the asker's language, else the document's words. */
export function entryLabel(entry, language) {
    let label = labels[language].get(entry);
    if (label === undefined) {
        label = readLabel(entry, language);
        labels[language].set(entry, label);
    }
    return label;
}
function readLabel(entry, language) {
    const named = topicsOf(entry);
    const conditions = named.filter((t) => t.kind === "condition");
    const shown = conditions.length > 0 ? conditions : named.slice(0, 1);
    if (shown.length === 0) {
        const topic = TOPIC_BY_KEY.get(entry.area);
        if (topic)
            return topicName(topic.key, language);
        // English never borrows the document's Swedish: that stays in the quote.
        if (language === "en")
            return englishPurpose(entry);
        return isPurposeless(entry.purpose) ? roleName(entry, "sv") : shorten(entry.purpose, 90);
    }
    return listText(shown.map((t) => (language === "sv" ? t.sv : t.en)), language);
}
export function topicName(key, language) {
    const topic = TOPIC_BY_KEY.get(key);
    return topic ? (language === "sv" ? topic.sv : topic.en) : key;
}
export function shorten(full, max) {
    const text = oneLine(full);
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(" ");
    return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
/** The text with its first letter in upper case ("riksdagssvaret" → "Riksdagssvaret"). */
export function capital(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** "2021", "2021–2023", or "" when unknown. */
export function yearsText(entry) {
    if (entry.years.length === 0)
        return "";
    const first = entry.years[0];
    const last = entry.years.at(-1);
    return first === last ? String(first) : `${first}–${last}`;
}
/** Joins "a, b and c" / "a, b och c". */
export function listText(items, language, joiner) {
    if (items.length <= 1)
        return items[0] ?? "";
    return `${items.slice(0, -1).join(", ")} ${joiner ?? say(language, "och", "and")} ${items.at(-1)}`;
}
/** A quote wrapped over lines in its document (a PDF's text) reads as one line in an answer. */
export function oneLine(text) {
    return text.includes("\n") || text.includes("\r") ? text.replace(/\s*[\r\n]+\s*/g, " ") : text;
}
//# sourceMappingURL=say.js.map