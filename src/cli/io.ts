import { createInterface } from "node:readline";

/** The process as the CLI sees it; tests pass their own streams and environment. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  /** Where SIGINT/SIGTERM arrive (the process, or a test's EventEmitter). */
  signals: NodeJS.EventEmitter;
  /** The chat's history file at a TTY; null keeps history in memory only. */
  historyFile: string | null;
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM=dumb. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (stream.isTTY !== true) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return env.TERM !== "dumb";
}

/** The lines of a stream, in order, CRLF or LF; the last line needs no newline. */
export function readLines(input: NodeJS.ReadableStream): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
}

/** Writes one line to a stream. */
export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${text}\n`);
}

/**
 * Writes one line and, when the stream's buffer is full (a slow reader at the end of a pipe), waits until
 * it drains: output held in memory stays bounded however many answers a batch produces.
 */
export async function writeLineDrained(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(`${text}\n`)) return;
  // A reader that went away (EPIPE) will never drain: there is nothing to wait for.
  const gone = stream as { destroyed?: boolean; writableEnded?: boolean };
  if (gone.destroyed === true || gone.writableEnded === true) return;
  await new Promise<void>((resolve) => {
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
