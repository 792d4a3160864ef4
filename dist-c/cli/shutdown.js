// Queued replies get time to go out (30 at 300 ms of REST latency each take 9 s), yet the process still
// exits inside Docker's and Kubernetes' default grace periods (10 s and 30 s).
export const SHUTDOWN_TIMEOUT_MS = 9500;
const FLUSH_TIMEOUT_MS = 1000;
/** Stops every adapter on SIGINT/SIGTERM, flushes the log and exits; a second signal exits at once. */
export function installShutdown(options) {
    const { adapters, logger, exit, signals } = options;
    let stopping = false;
    const shutdown = async (code) => {
        if (stopping)
            return;
        stopping = true;
        const timeoutMs = options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS;
        const timer = setTimeout(() => {
            logger.error({ timeoutMs }, "adapters did not stop in time; exiting");
            exit(1);
        }, timeoutMs);
        timer.unref();
        const results = await Promise.allSettled(adapters.map((a) => a.stop()));
        results.forEach((result, i) => {
            if (result.status === "rejected") {
                logger.error({ adapter: adapters[i]?.name, err: result.reason }, "adapter failed to stop");
            }
        });
        clearTimeout(timer);
        logger.info({ code }, "stopped");
        await flushLogger(logger);
        exit(code);
    };
    const onSignal = (signal) => {
        if (stopping)
            return exit(1);
        logger.info({ signal }, "stopping");
        void shutdown(0);
    };
    signals.on("SIGINT", onSignal);
    signals.on("SIGTERM", onSignal);
    return shutdown;
}
/** Logs what would otherwise vanish: rejections are logged only; an uncaught exception shuts down. */
export function watchFaults(signals, logger, shutdown) {
    signals.on("unhandledRejection", (reason) => {
        logger.error({ err: reason }, "unhandled promise rejection");
    });
    signals.on("uncaughtException", (error) => {
        logger.fatal({ err: error }, "uncaught exception; shutting down");
        void shutdown(1);
    });
}
function flushLogger(logger) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, FLUSH_TIMEOUT_MS);
        timer.unref();
        logger.flush(() => {
            clearTimeout(timer);
            resolve();
        });
    });
}
//# sourceMappingURL=shutdown.js.map