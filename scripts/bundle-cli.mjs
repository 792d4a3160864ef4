// Bundles the built CLI (dist/cli.js and what it imports) into a few files beside it in dist/: the ESM
// loader then resolves and reads about 30 files instead of about 140, the larger part of a one-shot
// `gms-bot ask`'s start-up. Packages stay external, and each dynamic import (adapters, logger, chat)
// stays its own chunk, loaded only when used. Chunks sit in dist/ itself so that paths relative to
// import.meta.url (../seeds, ../package.json) mean what they mean in the tsc output.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const CHUNK = /^cli-.+\.js(?:\.map)?$/;

// Chunk names carry a content hash: those of an earlier build would pile up.
for (const name of readdirSync(DIST)) if (CHUNK.test(name)) rmSync(join(DIST, name));

const bundle = await rolldown({
  input: join(DIST, "cli.js"),
  platform: "node",
  external: [/^node:/, /^[^./]/],
});
await bundle.write({
  dir: DIST,
  format: "esm",
  entryFileNames: "cli.js",
  chunkFileNames: "cli-[name]-[hash].js",
  sourcemap: true,
});
await bundle.close();
