import type { ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";

/** Told how long a request waited for its response, as Slack's 3-second budget counts it. */
export type AckReport = (ms: number, status: number) => void;

/** Times a request from its headers (the moment the bot reads it) to the end of its response. */
export function timeResponse(res: ServerResponse, report: AckReport): void {
  const started = performance.now();
  res.once("finish", () => report(performance.now() - started, res.statusCode));
}
