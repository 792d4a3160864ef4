import { createBoundedMap } from "../bounded-map.js";
// Replies that are talk between people, not questions to the bot: it stays silent on them.
const NOT_FOR_THE_BOT = new Set(["thanks", "greeting", "help", "out-of-scope", "empty", "error"]);
const SOMEONE_MENTIONED = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;
export function createAnsweredThreads(max = 5_000) {
    const threads = createBoundedMap(max);
    return {
        add: (channel, threadTs) => threads.set(`${channel}:${threadTs}`, true),
        has: (channel, threadTs) => threads.has(`${channel}:${threadTs}`),
    };
}
/** A message addressed to someone else (`<@U…>` other than the bot) is not for the bot. */
export function mentionsSomeoneElse(text, botUserId) {
    for (const match of text.matchAll(SOMEONE_MENTIONED))
        if (match[1] !== botUserId)
            return true;
    return false;
}
// Words that open a question or a follow-up, in both of the bot's languages. A reply in a thread
// without one of these (or a year) is talk between people: "great, see you tomorrow", "lunch?".
const QUESTION_WORDS = new Set([
    ...["och", "men", "samt", "hur", "vad", "vem", "vilka", "vilken", "vilket", "när", "varför"],
    ...["var", "vart", "varifrån", "finns", "gäller", "stämmer", "kan", "får"],
    ...["and", "but", "also", "how", "what", "who", "whom", "which", "when", "why", "where"],
    ...["is", "are", "was", "were", "does", "did", "do", "can", "could"],
]);
const YEAR = /^(?:19|20)\d\d$/;
/** True when a thread reply reads as a question or follow-up: a question word or a year. */
export function looksLikeQuestion(text) {
    const tokens = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return tokens.some((t) => QUESTION_WORDS.has(t) || YEAR.test(t));
}
/** A follow-up is answered only when it reads as a question to the bot, answered or declined. */
export function worthAnswering(answer) {
    return !NOT_FOR_THE_BOT.has(answer.intent);
}
//# sourceMappingURL=thread-followups.js.map