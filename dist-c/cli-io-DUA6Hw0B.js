import { createInterface } from "node:readline";
// dist/cli/io.js
/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM=dumb. */
function useColor(stream, env) {
	if (stream.isTTY !== true) return false;
	if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
	return env.TERM !== "dumb";
}
/** The lines of a stream, in order, CRLF or LF; the last line needs no newline. */
function readLines(input) {
	return createInterface({
		input,
		crlfDelay: Number.POSITIVE_INFINITY,
		terminal: false
	});
}
/** Writes one line to a stream. */
function writeLine(stream, text) {
	stream.write(`${text}\n`);
}
/**
* Writes one line and, when the stream's buffer is full (a slow reader at the end of a pipe), waits until
* it drains: output held in memory stays bounded however many answers a batch produces.
*/
async function writeLineDrained(stream, text) {
	if (stream.write(`${text}\n`)) return;
	const gone = stream;
	if (gone.destroyed === true || gone.writableEnded === true) return;
	await new Promise((resolve) => {
		const done = () => {
			stream.off("drain", done);
			stream.off("close", done);
			stream.off("error", done);
			resolve();
		};
		stream.on("drain", done);
		stream.on("close", done);
		stream.on("error", done);
	});
}
export { writeLineDrained as i, useColor as n, writeLine as r, readLines as t };

//# sourceMappingURL=cli-io-DUA6Hw0B.js.map