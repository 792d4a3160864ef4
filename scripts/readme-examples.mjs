// Regenerates the README's examples from real output: `npm run build && node scripts/readme-examples.mjs`.
// Each block between `<!-- example: ARGS -->` and `<!-- /example -->` becomes what `gms-bot ARGS` prints.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const README = new URL("../README.md", import.meta.url);
const CLI = new URL("../dist/cli.js", import.meta.url);
const BLOCK = /(<!-- example: (.+?) -->\n)[\s\S]*?(<!-- \/example -->)/g;

/** The words of an example's command line: `ask --render text "funding by year"`. */
function words(args) {
  return [...args.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

function run(args) {
  const env = { ...process.env, NO_COLOR: "1", CACHE_DIR: "off" };
  return execFileSync(process.execPath, [CLI.pathname, ...words(args)], { encoding: "utf8", env });
}

const readme = readFileSync(README, "utf8");
const updated = readme.replace(BLOCK, (_all, open, args, close) => {
  const output = run(args).trimEnd();
  return `${open}\`\`\`text\n$ npx gms-bot ${args}\n${output}\n\`\`\`\n${close}`;
});
writeFileSync(README, updated);
console.log(updated === readme ? "README examples unchanged" : "README examples regenerated");
