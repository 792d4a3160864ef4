import { describe, expect, it } from "vitest";
import { reportSlowAcks, SLOW_ACK_MS } from "../../../src/adapters/slack/ack-timer.js";
import { guarded, type HandlerDeps } from "../../../src/adapters/slack/handler-kit.js";
import { createInFlight } from "../../../src/adapters/slack/in-flight.js";
import { createCaptureLogger } from "./support/capture-logger.js";

describe("answers under way are bounded", () => {
  it("sheds a question beyond the bound with an apology and a warning, then takes new ones once room frees", async () => {
    const { logger, find } = createCaptureLogger();
    const inFlight = createInFlight(2);
    const deps = { inFlight, logger } as unknown as HandlerDeps;
    const release: Array<() => void> = [];
    const slow = () => new Promise<void>((r) => release.push(r));
    const apologies: string[] = [];
    const first = guarded(deps, { n: 1 }, slow, async () => apologies.push("1"));
    const second = guarded(deps, { n: 2 }, slow, async () => apologies.push("2"));
    const third = await guarded(deps, { n: 3 }, slow, async () => apologies.push("3"));
    expect(third).toBe(false);
    expect(apologies).toEqual(["3"]);
    expect(find("slack: too many answers under way; question not answered")).toHaveLength(1);
    for (const r of release) r();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(inFlight.full()).toBe(false);
  });
});

describe("slow acknowledgements", () => {
  it("are logged with their time and status, and still reach the caller's reporter", () => {
    const { logger, find } = createCaptureLogger();
    const seen: number[] = [];
    const report = reportSlowAcks(logger, (ms) => seen.push(ms));
    report(120, 200);
    report(SLOW_ACK_MS + 500, 200);
    expect(seen).toEqual([120, SLOW_ACK_MS + 500]);
    expect(find("slack: slow acknowledgement")).toEqual([
      expect.objectContaining({ ms: SLOW_ACK_MS + 500, status: 200 }),
    ]);
  });
});
