import { randomBytes } from "node:crypto";
import { createBoundedMap } from "../bounded-map.js";
const PREFIX = "gms:fb:";
const REASON_PREFIX = "gms:why:";
/** Discord's limit for a component's custom_id. */
export const CUSTOM_ID_MAX = 100;
// Room for the token after the longest prefix ("gms:fb:down:").
const TOKEN_MAX = CUSTOM_ID_MAX - `${PREFIX}down:`.length;
export function feedbackCustomId(vote, id) {
    return `${PREFIX}${vote}:${id}`;
}
/** `null` unless the custom id is one of ours. */
export function parseFeedbackCustomId(customId) {
    const match = /^gms:fb:(up|down):([\s\S]{1,100})$/.exec(customId);
    if (!match?.[1] || !match[2])
        return null;
    return { vote: match[1], id: match[2] };
}
const SOURCES_PREFIX = "gms:src:";
export function sourcesCustomId(id) {
    return `${SOURCES_PREFIX}${id}`;
}
/** The answer id of a sources button, or `null` unless the custom id is one of ours. */
export function parseSourcesCustomId(customId) {
    return /^gms:src:([\s\S]{1,100})$/.exec(customId)?.[1] ?? null;
}
/** The "what was wrong?" modal's custom id: the same token as the 👎 it follows. */
export function reasonCustomId(id) {
    return `${REASON_PREFIX}${id}`;
}
export function parseReasonCustomId(customId) {
    return customId.startsWith(REASON_PREFIX) ? customId.slice(REASON_PREFIX.length) || null : null;
}
/** The key that tells one answer from another in the log, from the token's random part. */
export function answerKey(id) {
    return `discord:${id.split(".")[0] ?? id}`;
}
/**
 * Tokens are `random.answered.intent.question…`, the question cut to fit the custom_id: clicks on
 * answers from before a restart still log their question, and the store adds the untruncated one.
 */
export function createFeedbackStore(max) {
    const subjects = createBoundedMap(max);
    const answers = createBoundedMap(max);
    return {
        remember(answer) {
            const random = randomBytes(6).toString("base64url");
            const head = `${random}.${answer.answered ? 1 : 0}.${answer.intent.slice(0, 20)}.`;
            const id = `${head}${answer.question.slice(0, TOKEN_MAX - head.length)}`;
            subjects.set(id, {
                question: answer.question.slice(0, 500),
                intent: answer.intent,
                answered: answer.answered,
            });
            answers.set(id, answer);
            return id;
        },
        recall: (id) => subjects.get(id) ?? decodeToken(id),
        answer: (id) => answers.get(id),
    };
}
function decodeToken(id) {
    const [random, answered, intent, ...rest] = id.split(".");
    if (!random || (answered !== "0" && answered !== "1") || !intent)
        return undefined;
    return { question: rest.join("."), intent, answered: answered === "1" };
}
//# sourceMappingURL=feedback.js.map