import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { dateOfAsking } from "../date-of-asking.js";
import { encodeSourcesValue } from "./button-values.js";
import { shorten } from "./slack-text.js";
/** Keeps the answer for its buttons (share, sources) and returns the key the buttons carry. */
export function keepAnswer(deps, answer) {
    const key = randomUUID();
    deps.shares.set(key, answer);
    return key;
}
/** The sources button's value: the kept answer's key, or the question to ask again after a restart. */
export function sourcesValueFor(deps, answer, conversationId) {
    if (answer.citations.length === 0)
        return undefined;
    const key = keepAnswer(deps, answer);
    return encodeSourcesValue({ key, question: answer.question, conversationId });
}
/** Asks the core; the composition root logs each question at info, this adds Slack's context at debug. */
export function answerOnce(deps, question, context, where) {
    const started = performance.now();
    const answer = deps.ask(question === "" ? "help" : question, {
        today: dateOfAsking(),
        ...context,
    });
    const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
    deps.logger.debug({
        ...where,
        question: shorten(question, 200),
        intent: answer.intent,
        answered: answer.answered,
        language: answer.language,
        latencyMs,
    }, "slack question");
    return answer;
}
/**
 * Runs a handler so that no failure escapes: it is logged with context and the asker gets an apology.
 * Resolves true when the work itself succeeded (false: the answer was lost, and a retry may answer it).
 */
export async function guarded(deps, where, work, apologise) {
    if (deps.inFlight.full()) {
        // Shedding keeps memory bounded; the asker hears so, and Slack's retry may find room later.
        deps.logger.warn({ ...where }, "slack: too many answers under way; question not answered");
        await apologise().catch(() => undefined);
        return false;
    }
    return deps.inFlight.run(async () => {
        try {
            await deps.turn?.();
            await work();
            return true;
        }
        catch (err) {
            deps.logger.error({ err, ...where }, "slack handler failed");
            try {
                await apologise();
            }
            catch (apologyErr) {
                deps.logger.warn({ err: apologyErr, ...where }, "slack answer and apology dropped");
            }
            return false;
        }
    });
}
/** True for a Slack Web API "ok: false" answer (e.g. not_in_channel), as opposed to a network failure. */
export function isPlatformError(err) {
    return (typeof err === "object" &&
        err !== null &&
        err.code === "slack_webapi_platform_error");
}
//# sourceMappingURL=handler-kit.js.map