import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logger.js";

/** Bolt's logger interface over our pino logger, so its lines share our format and redaction. */
export function createBoltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: "slack-bolt" });
  const write = (level: "debug" | "info" | "warn" | "error", parts: unknown[]) => {
    const err = parts.find((p): p is Error => p instanceof Error);
    const text = parts.map((p) => (p instanceof Error ? p.message : String(p))).join(" ");
    if (err) child[level]({ err }, text);
    else child[level](text);
  };
  return {
    debug: (...parts: unknown[]) => write("debug", parts),
    info: (...parts: unknown[]) => write("info", parts),
    warn: (...parts: unknown[]) => write("warn", parts),
    error: (...parts: unknown[]) => write("error", parts),
    // Our LOG_LEVEL decides, not Bolt's defaults.
    setLevel: () => {},
    getLevel: () => toBoltLevel(child.level),
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}

function toBoltLevel(level: string): LogLevel {
  if (level === "trace" || level === "debug") return LogLevel.DEBUG;
  if (level === "info") return LogLevel.INFO;
  if (level === "warn") return LogLevel.WARN;
  return LogLevel.ERROR;
}
