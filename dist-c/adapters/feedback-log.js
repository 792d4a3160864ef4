import { createHash } from "node:crypto";
import { createBoundedMap } from "./bounded-map.js";
/** A stable, one-way stand-in for a platform user id: the same person counts once, unnamed. */
export function hashUser(platform, id) {
    return createHash("sha256").update(`${platform}:${id}`).digest("hex").slice(0, 12);
}
const QUESTION_CHARS = 200;
const REASON_CHARS = 500;
function fields(event) {
    return {
        platform: event.platform,
        vote: event.vote,
        question: event.question?.slice(0, QUESTION_CHARS) ?? null,
        intent: event.intent,
        answered: event.answered,
        answerId: event.answerId,
        userHash: hashUser(event.platform, event.user),
    };
}
/** Logs a vote as `msg: "feedback"`; `gms-bot report` reads these lines. */
export function logFeedback(logger, event) {
    logger.info(fields(event), "feedback");
}
/** Logs a 👎's "what was wrong?" as `msg: "feedback reason"`, with the answer it concerns. */
export function logFeedbackReason(logger, event, reason) {
    const text = reason.replace(/\s+/g, " ").trim().slice(0, REASON_CHARS);
    logger.info({ ...fields(event), reason: text }, "feedback reason");
}
/** Remembers each person's vote per answer, so a repeated click is not counted again. */
export function createVoteMemory(max = 10_000) {
    const votes = createBoundedMap(max);
    return {
        /** True when this vote is new for this user and answer (a changed mind counts as new). */
        isNew(answerId, user, vote) {
            const key = `${answerId}\u0000${user}`;
            if (votes.get(key) === vote)
                return false;
            votes.set(key, vote);
            return true;
        },
    };
}
/** A short id for what a button carries, when the platform gives no message id. */
export function answerIdOf(...parts) {
    return createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 16);
}
//# sourceMappingURL=feedback-log.js.map