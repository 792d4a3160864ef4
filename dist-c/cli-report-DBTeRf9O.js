import { r as writeLine } from "./cli-io-DUA6Hw0B.js";
// dist/cli/report.js
/** A load problem as one warning line; the message usually names its file already. */
function describeProblem(problem) {
	return problem.message.includes(problem.file) ? problem.message : `${problem.file}: ${problem.message}`;
}
/** Prints each load problem to stderr as a warning. */
function warnTo(stderr) {
	return (problem) => writeLine(stderr, `gms-bot: warning: ${describeProblem(problem)}`);
}
/** Reports a failure of `ask` itself: through the logger when there is one, else one stderr line. */
function reportAskError(stderr, logger, error, question) {
	if (logger) {
		logger.error({
			err: error,
			question: question.slice(0, 200)
		}, "question failed");
		return;
	}
	const message = error instanceof Error ? error.message : String(error);
	writeLine(stderr, `gms-bot: error while answering: ${message}`);
}
/** What `ask` prints when the core itself failed: a declined answer, so output stays one per question. */
function failedAnswer(question) {
	return {
		question,
		answered: false,
		intent: "error",
		language: "en",
		text: "Sorry, something went wrong while answering. / Förlåt, något gick fel.",
		figures: [],
		citations: []
	};
}
export { warnTo as i, failedAnswer as n, reportAskError as r, describeProblem as t };

//# sourceMappingURL=cli-report-DBTeRf9O.js.map