import { writeLine } from "./io.js";
/** A load problem as one warning line; the message usually names its file already. */
export function describeProblem(problem) {
    return problem.message.includes(problem.file)
        ? problem.message
        : `${problem.file}: ${problem.message}`;
}
/** Prints each load problem to stderr as a warning. */
export function warnTo(stderr) {
    return (problem) => writeLine(stderr, `gms-bot: warning: ${describeProblem(problem)}`);
}
/** Reports a failure of `ask` itself: through the logger when there is one, else one stderr line. */
export function reportAskError(stderr, logger, error, question) {
    if (logger) {
        logger.error({ err: error, question: question.slice(0, 200) }, "question failed");
        return;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLine(stderr, `gms-bot: error while answering: ${message}`);
}
/** What `ask` prints when the core itself failed: a declined answer, so output stays one per question. */
export function failedAnswer(question) {
    return {
        question,
        answered: false,
        intent: "error",
        language: "en",
        text: "Sorry, something went wrong while answering. / Förlåt, något gick fel.",
        figures: [],
        citations: [],
    };
}
//# sourceMappingURL=report.js.map