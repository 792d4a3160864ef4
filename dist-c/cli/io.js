import { createInterface } from "node:readline";
/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM=dumb. */
export function useColor(stream, env) {
    if (stream.isTTY !== true)
        return false;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return false;
    return env.TERM !== "dumb";
}
/** The lines of a stream, in order, CRLF or LF; the last line needs no newline. */
export function readLines(input) {
    return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
}
/** Writes one line to a stream. */
export function writeLine(stream, text) {
    stream.write(`${text}\n`);
}
/**
 * Writes one line and, when the stream's buffer is full (a slow reader at the end of a pipe), waits until
 * it drains: output held in memory stays bounded however many answers a batch produces.
 */
export async function writeLineDrained(stream, text) {
    if (stream.write(`${text}\n`))
        return;
    // A reader that went away (EPIPE) will never drain: there is nothing to wait for.
    const gone = stream;
    if (gone.destroyed === true || gone.writableEnded === true)
        return;
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
//# sourceMappingURL=io.js.map