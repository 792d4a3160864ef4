import { performance } from "node:perf_hooks";
/** Times a request from its headers (the moment the bot reads it) to the end of its response. */
export function timeResponse(res, report) {
    const started = performance.now();
    res.once("finish", () => report(performance.now() - started, res.statusCode));
}
/** Acknowledgements slower than this are logged: Slack retries what it has not heard back about in 3 s. */
export const SLOW_ACK_MS = 2_500;
/** Logs acknowledgements near Slack's budget, then tells the caller's reporter (tests pass one). */
export function reportSlowAcks(logger, next) {
    return (ms, status) => {
        if (ms > SLOW_ACK_MS)
            logger.warn({ ms: Math.round(ms), status }, "slack: slow acknowledgement");
        next?.(ms, status);
    };
}
//# sourceMappingURL=ack-timer.js.map