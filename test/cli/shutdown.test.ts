import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import type { Adapter } from "../../src/adapters/types.js";
import { installShutdown, SHUTDOWN_TIMEOUT_MS, watchFaults } from "../../src/cli/shutdown.js";
import { captureLogger } from "./log-capture.js";

function fakeAdapter(name: string, stop: () => Promise<void> = async () => {}) {
  const adapter = { name, stopped: 0, start: async () => {}, stop: async () => {} };
  adapter.stop = async () => {
    adapter.stopped += 1;
    await stop();
  };
  return adapter satisfies Adapter;
}

function exitRecorder() {
  const codes: number[] = [];
  let resolveExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => {
    resolveExit = resolve;
  });
  const exit = (code: number) => {
    codes.push(code);
    resolveExit(code);
  };
  return { codes, exit, exited };
}

describe("installShutdown", () => {
  it.each(["SIGINT", "SIGTERM"])("on %s stops every adapter, then exits 0", async (signal) => {
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const { codes, exit, exited } = exitRecorder();
    let slowDone = false;
    const slow = fakeAdapter("slack", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      slowDone = true;
    });
    const fast = fakeAdapter("discord");
    installShutdown({ adapters: [slow, fast], logger, signals, exit });
    signals.emit(signal, signal);
    expect(await exited).toBe(0);
    expect(slowDone).toBe(true);
    expect([slow.stopped, fast.stopped]).toEqual([1, 1]);
    expect(codes).toEqual([0]);
    expect(lines().map((l) => l.msg)).toEqual(["stopping", "stopped"]);
  });

  it("exits anyway after the timeout when an adapter never stops", async () => {
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const { exit, exited } = exitRecorder();
    const stuck = fakeAdapter("stuck", () => new Promise(() => {}));
    installShutdown({ adapters: [stuck], logger, signals, exit, timeoutMs: 30 });
    signals.emit("SIGTERM", "SIGTERM");
    expect(await exited).toBe(1);
    expect(lines().some((l) => l.msg === "adapters did not stop in time; exiting")).toBe(true);
  });

  it("logs an adapter that fails to stop and still stops the others", async () => {
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const { exit, exited } = exitRecorder();
    const broken = fakeAdapter("broken", async () => {
      throw new Error("socket gone");
    });
    const fine = fakeAdapter("fine");
    installShutdown({ adapters: [broken, fine], logger, signals, exit });
    signals.emit("SIGINT", "SIGINT");
    expect(await exited).toBe(0);
    expect(fine.stopped).toBe(1);
    expect(lines().find((l) => l.msg === "adapter failed to stop")).toMatchObject({
      adapter: "broken",
    });
  });

  it("exits at once with 1 on a second signal while stopping", async () => {
    const signals = new EventEmitter();
    const { logger } = captureLogger();
    const { codes, exit } = exitRecorder();
    installShutdown({
      adapters: [fakeAdapter("stuck", () => new Promise(() => {}))],
      logger,
      signals,
      exit,
    });
    signals.emit("SIGINT", "SIGINT");
    signals.emit("SIGINT", "SIGINT");
    expect(codes).toEqual([1]);
  });
});

describe("watchFaults", () => {
  it("logs an unhandled rejection without shutting down", async () => {
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const shutdowns: number[] = [];
    watchFaults(signals, logger, async (code) => {
      shutdowns.push(code);
    });
    signals.emit("unhandledRejection", new Error("lost promise"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(shutdowns).toEqual([]);
    const [line] = lines();
    expect(line?.msg).toBe("unhandled promise rejection");
    expect(JSON.stringify(line?.err)).toContain("lost promise");
  });

  it("logs an uncaught exception and shuts down with 1", async () => {
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const shutdowns: number[] = [];
    watchFaults(signals, logger, async (code) => {
      shutdowns.push(code);
    });
    signals.emit("uncaughtException", new Error("thrown in a callback"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(shutdowns).toEqual([1]);
    expect(lines()[0]?.msg).toBe("uncaught exception; shutting down");
  });
});

describe("queued replies get their time at shutdown (issue 13)", () => {
  it("an adapter still sending 30 replies at 300 ms each (9 s) finishes before the default limit", async () => {
    expect(SHUTDOWN_TIMEOUT_MS).toBeGreaterThan(30 * 300);
    expect(SHUTDOWN_TIMEOUT_MS).toBeLessThan(10_000);
    const signals = new EventEmitter();
    const { logger } = captureLogger();
    const { exit, exited } = exitRecorder();
    // Stands in for the 9 s queue at a fraction of the time: the limit, not the wait, is under test.
    const queued = fakeAdapter("discord", () => new Promise((resolve) => setTimeout(resolve, 600)));
    installShutdown({ adapters: [queued], logger, signals, exit });
    signals.emit("SIGTERM", "SIGTERM");
    expect(await exited).toBe(0);
  });
});
