import type { Adapter } from "../adapters/types.js";
import type { Logger } from "../logger.js";

/** The parts of `process` the lifecycle needs; tests pass an EventEmitter and a fake exit. */
export interface ProcessHost {
  signals: NodeJS.EventEmitter;
  exit: (code: number) => void;
}

export interface ShutdownOptions extends ProcessHost {
  adapters: readonly Adapter[];
  logger: Logger;
  /** After this, exit anyway (code 1): a stuck adapter must not keep the process alive. */
  timeoutMs?: number;
}

export type Shutdown = (code: number) => Promise<void>;

// Queued replies get time to go out (30 at 300 ms of REST latency each take 9 s), yet the process still
// exits inside Docker's and Kubernetes' default grace periods (10 s and 30 s).
export const SHUTDOWN_TIMEOUT_MS = 9500;
const FLUSH_TIMEOUT_MS = 1000;

/** Stops every adapter on SIGINT/SIGTERM, flushes the log and exits; a second signal exits at once. */
export function installShutdown(options: ShutdownOptions): Shutdown {
  const { adapters, logger, exit, signals } = options;
  let stopping = false;
  const shutdown: Shutdown = async (code) => {
    if (stopping) return;
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
  const onSignal = (signal: string) => {
    if (stopping) return exit(1);
    logger.info({ signal }, "stopping");
    void shutdown(0);
  };
  signals.on("SIGINT", onSignal);
  signals.on("SIGTERM", onSignal);
  return shutdown;
}

/** Logs what would otherwise vanish: rejections are logged only; an uncaught exception shuts down. */
export function watchFaults(
  signals: NodeJS.EventEmitter,
  logger: Logger,
  shutdown: Shutdown,
): void {
  signals.on("unhandledRejection", (reason: unknown) => {
    logger.error({ err: reason }, "unhandled promise rejection");
  });
  signals.on("uncaughtException", (error: unknown) => {
    logger.fatal({ err: error }, "uncaught exception; shutting down");
    void shutdown(1);
  });
}

function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FLUSH_TIMEOUT_MS);
    timer.unref();
    logger.flush(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
