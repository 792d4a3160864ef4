import { z } from "zod";
import { BUTTON_VALUE_MAX_CHARS } from "./block-kit.js";
// Button values round-trip through Slack: short keys, base64url so no user text sits in the payload
// as markup, and validated on the way back.
const FeedbackValueSchema = z.object({ q: z.string(), i: z.string(), a: z.boolean() });
const ShareValueSchema = z.object({ k: z.string(), q: z.string(), c: z.string() });
export function encodeFeedbackValue(answer) {
    const intent = answer.intent.slice(0, 100);
    return fitJson(answer.question, (q) => ({ q, i: intent, a: answer.answered }));
}
export function decodeFeedbackValue(value) {
    const parsed = FeedbackValueSchema.safeParse(parseJson(value));
    if (!parsed.success)
        return null;
    return { question: parsed.data.q, intent: parsed.data.i, answered: parsed.data.a };
}
export function encodeShareValue(share) {
    const c = share.conversationId.slice(0, 200);
    return fitJson(share.question, (q) => ({ k: share.key.slice(0, 100), q, c }));
}
export function decodeShareValue(value) {
    const parsed = ShareValueSchema.safeParse(parseJson(value));
    if (!parsed.success)
        return null;
    return { key: parsed.data.k, question: parsed.data.q, conversationId: parsed.data.c };
}
/** Encodes `make(question)`, shortening the question until the value fits Slack's limit. */
function fitJson(question, make) {
    let room = question.length;
    for (;;) {
        const value = Buffer.from(JSON.stringify(make(question.slice(0, room))), "utf8").toString("base64url");
        if (value.length <= BUTTON_VALUE_MAX_CHARS || room === 0)
            return value;
        room = Math.min(room - 1, Math.floor((room * BUTTON_VALUE_MAX_CHARS) / value.length));
        room = Math.max(0, room);
    }
}
function parseJson(value) {
    try {
        return JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    }
    catch {
        return null;
    }
}
/** The sources button carries what the share button does: the stored answer's key, or the question. */
export const encodeSourcesValue = encodeShareValue;
export const decodeSourcesValue = decodeShareValue;
//# sourceMappingURL=button-values.js.map