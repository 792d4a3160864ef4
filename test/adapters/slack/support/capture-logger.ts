import { createLogger, type Logger } from "../../../../src/logger.js";

export interface CapturedLogger {
  logger: Logger;
  /** Every line, as written (after redaction). */
  lines: string[];
  /** Parsed lines whose `msg` equals `msg`. */
  find(msg: string): Record<string, unknown>[];
  /** Resolves with the lines of `msg` once there is at least one (the test's timeout bounds it). */
  waitFor(msg: string): Promise<Record<string, unknown>[]>;
}

/** A JSON logger writing into memory, so tests can read what was logged and check nothing leaked. */
export function createCaptureLogger(
  options: { level?: string; secrets?: string[] } = {},
): CapturedLogger {
  const lines: string[] = [];
  const logger = createLogger({
    level: options.level ?? "info",
    format: "json",
    secrets: options.secrets,
    destination: { write: (line: string) => void lines.push(line) },
  });
  const find = (msg: string) =>
    lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === msg);
  const waitFor = async (msg: string) => {
    while (find(msg).length === 0) await new Promise((r) => setTimeout(r, 10));
    return find(msg);
  };
  return { logger, lines, find, waitFor };
}

export const silentLogger = (): Logger =>
  createLogger({ level: "silent", format: "json", destination: { write: () => {} } });
