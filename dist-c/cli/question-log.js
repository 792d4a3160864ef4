// Enough of the question to see what goes unanswered, without filling the logs with pasted essays.
const QUESTION_LOG_CHARS = 200;
/**
 * Wraps `ask` so each question is logged once (`msg: "question"`): platform, intent, answered,
 * language and latency. `gms-bot report` reads these lines.
 */
export function withQuestionLog(ask, logger) {
    return (question, context) => {
        const started = performance.now();
        const conversation = context?.conversationId ?? null;
        const fields = {
            question: question.slice(0, QUESTION_LOG_CHARS),
            conversation,
            platform: platformOf(conversation),
        };
        try {
            const answer = ask(question, context);
            const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
            const { intent, answered, language } = answer;
            // Words the core could not place, when it reports them: `gms-bot report` shows them.
            const unplaced = answer.unplaced;
            const extra = Array.isArray(unplaced) && unplaced.length > 0 ? { unplaced } : {};
            logger.info({ ...fields, intent, answered, language, latencyMs, ...extra }, "question");
            return answer;
        }
        catch (error) {
            logger.error({ ...fields, err: error }, "question failed");
            throw error;
        }
    };
}
/** Adapters namespace their conversation ids (`slack:…`, `discord:…`); anything else is local. */
export function platformOf(conversation) {
    const prefix = conversation?.split(":")[0];
    return prefix === "slack" || prefix === "discord" ? prefix : "terminal";
}
//# sourceMappingURL=question-log.js.map