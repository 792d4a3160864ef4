// Issue 13: `ask --json` piped into a slow reader waits for it instead of holding every answer in memory.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeLineDrained } from "../../src/cli/io.js";

describe("output respects a slow reader", () => {
  it("waits for drain, so no more than the stream's buffer is ever held", async () => {
    let pending = 0;
    let most = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(_chunk, _encoding, done) {
        setImmediate(done);
      },
    });
    const line = "x".repeat(50);
    for (let i = 0; i < 200; i++) {
      await writeLineDrained(slow, line);
      pending = slow.writableLength;
      most = Math.max(most, pending);
    }
    expect(most).toBeLessThanOrEqual(64 + line.length + 1);
  });

  it("does not hang when the reader goes away", async () => {
    const closed = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        setImmediate(() => done(new Error("EPIPE")));
      },
    });
    closed.on("error", () => {});
    await writeLineDrained(closed, "a long line that fills the buffer");
    await writeLineDrained(closed, "and another");
  });
});
