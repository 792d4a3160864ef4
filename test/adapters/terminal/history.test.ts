import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFileHistory, HISTORY_SIZE } from "../../../src/adapters/terminal/history.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "gms-history-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("createFileHistory", () => {
  it("round-trips newest first through a private file stored oldest first", () => {
    const path = join(dir, "history");
    createFileHistory(path).save(["newest", "middle", "oldest"]);
    expect(readFileSync(path, "utf8")).toBe("oldest\nmiddle\nnewest\n");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(createFileHistory(path).load()).toEqual(["newest", "middle", "oldest"]);
  });

  it("starts empty when there is no file, and keeps at most HISTORY_SIZE lines", () => {
    const path = join(dir, "history");
    expect(createFileHistory(path).load()).toEqual([]);
    const lines = Array.from({ length: HISTORY_SIZE + 20 }, (_, i) => `q${i}`);
    writeFileSync(path, `${lines.join("\n")}\n`);
    const loaded = createFileHistory(path).load();
    expect(loaded).toHaveLength(HISTORY_SIZE);
    expect(loaded[0]).toBe(`q${HISTORY_SIZE + 19}`);
  });

  it("drops control characters from a tampered file", () => {
    const path = join(dir, "history");
    writeFileSync(path, "fine\nbad\u001b[2Jline\n\n");
    expect(createFileHistory(path).load()).toEqual(["bad[2Jline", "fine"]);
  });

  it("never writes through a symlink, and survives an unwritable path", () => {
    const target = join(dir, "target");
    writeFileSync(target, "untouched");
    const link = join(dir, "link");
    symlinkSync(target, link);
    createFileHistory(link).save(["q"]);
    expect(readFileSync(target, "utf8")).toBe("untouched");
    expect(() => createFileHistory(join(dir, "missing", "history")).save(["q"])).not.toThrow();
  });
});
