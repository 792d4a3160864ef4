import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ROOT } from "./built-cli.js";

const example = readFileSync(join(ROOT, ".env.example"), "utf8");
// The schema's keys, read from its source: every variable config.ts accepts.
const schemaSource = readFileSync(join(ROOT, "src", "config.ts"), "utf8");
const schemaBody = schemaSource.slice(schemaSource.indexOf("const EnvSchema"));
const SCHEMA_KEYS = [
  ...schemaBody.slice(0, schemaBody.indexOf("});")).matchAll(/^ {2}([A-Z_]+):/gm),
].map((m) => m[1]);

describe(".env.example", () => {
  it("lists every variable of the config schema, each under a comment", () => {
    expect(SCHEMA_KEYS.length).toBeGreaterThan(10);
    const lines = example.split("\n");
    for (const key of SCHEMA_KEYS) {
      const at = lines.findIndex((l) => l.startsWith(`${key}=`));
      expect(at, key).toBeGreaterThan(0);
      expect(lines[at - 1]?.startsWith("# "), key).toBe(true);
    }
  });

  it("lists nothing the config does not know, and parses as it stands", () => {
    const entries = example
      .split("\n")
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split("=") as [string, string]);
    expect(entries.map(([k]) => k).sort()).toEqual([...SCHEMA_KEYS].sort());
    expect(() => loadConfig(Object.fromEntries(entries))).not.toThrow();
  });
});
