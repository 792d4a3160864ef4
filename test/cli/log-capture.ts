import { PassThrough } from "node:stream";
import { createLogger, type Logger } from "../../src/logger.js";

/** A real pino logger writing JSON lines into memory, for asserting what was logged. */
export function captureLogger(secrets: string[] = []): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
} {
  const destination = new PassThrough();
  let text = "";
  destination.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const logger = createLogger({ level: "info", format: "json", destination, secrets });
  const lines = () =>
    text
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines };
}
