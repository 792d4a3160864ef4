import { createLogger, type Logger } from "../../../../src/logger.js";

export interface CapturedLogger {
  logger: Logger;
  /** Every line, as written (after redaction). */
  lines: string[];
  /** Parsed lines whose `msg` equals `msg`. */
  find(msg: string): Record<string, unknown>[];
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
  return { logger, lines, find };
}

export const silentLogger = (): Logger =>
  createLogger({ level: "silent", format: "json", destination: { write: () => {} } });
