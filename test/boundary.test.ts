import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

// The pure core may not reach platforms, the network, the environment or a logger singleton.
const FORBIDDEN = [
  /from\s+["'](?:@slack\/|discord\.js|@discordjs\/|ws|pino|node:http|node:https|node:net|http|https)["'/]/,
  /\bprocess\.env\b/,
  /from\s+["'][./]*(?:\.\.\/)+(?:adapters|logger|config|main|cli)(?:\/|\.js)/,
];

describe("import boundary: adapters → bot → knowledge", () => {
  for (const layer of ["knowledge", "bot"]) {
    for (const file of files(join(SRC, layer))) {
      it(`${file.slice(SRC.length + 1)} imports no platform, network, env or logger`, () => {
        const text = readFileSync(file, "utf8");
        for (const re of FORBIDDEN) expect(text).not.toMatch(re);
      });
    }
  }

  it("knowledge never imports bot", () => {
    for (const file of files(join(SRC, "knowledge"))) {
      expect(readFileSync(file, "utf8")).not.toMatch(/from\s+["']\.\.\/bot\//);
    }
  });
});
