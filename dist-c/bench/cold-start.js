// Cold start of `gms-bot ask` as a whole process, next to `node -e 0`, and which packages it loads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { summarize } from "./stats.js";
const PLATFORM_PACKAGES = {
    discord: /^(?:discord\.js|@discordjs\/)/,
    bolt: /^@slack\//,
};
// A CommonJS preload (no ESM loader for `node -e 0`) that appends the process's CPU time at exit.
const CPU_PRELOAD = `process.on("exit", () => {
  const u = process.cpuUsage();
  require("node:fs").appendFileSync(process.env.GMS_BENCH_CPU, (u.user + u.system) / 1000 + "\\n");
});
`;
function timeProcess(args, cwd, cpuDir) {
    const out = join(cpuDir, "cpu.txt");
    writeFileSync(out, "");
    const start = performance.now();
    const run = spawnSync(process.execPath, ["--require", join(cpuDir, "cpu.cjs"), ...args], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, GMS_BENCH_CPU: out },
    });
    const ms = performance.now() - start;
    if (run.status !== 0)
        throw new Error(`bench: node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
    return { ms, cpuMs: Number(readFileSync(out, "utf8").trim()) };
}
/** Alternates the two commands so that both see the same machine load; one untimed run each first. */
export function measureColdStart(cliPath, question, runs, cwd) {
    const askArgs = [cliPath, "ask", question];
    const nodeArgs = ["-e", "0"];
    const cpuDir = mkdtempSync(join(tmpdir(), "gms-bench-cpu-"));
    const ask = [];
    const node = [];
    try {
        writeFileSync(join(cpuDir, "cpu.cjs"), CPU_PRELOAD);
        timeProcess(askArgs, cwd, cpuDir);
        timeProcess(nodeArgs, cwd, cpuDir);
        for (let i = 0; i < runs; i++) {
            node.push(timeProcess(nodeArgs, cwd, cpuDir));
            ask.push(timeProcess(askArgs, cwd, cpuDir));
        }
    }
    finally {
        rmSync(cpuDir, { recursive: true, force: true });
    }
    const packages = loadedPackages(askArgs, cwd);
    const askSummary = summarize(ask.map((t) => t.ms));
    const nodeSummary = summarize(node.map((t) => t.ms));
    const askCpu = summarize(ask.map((t) => t.cpuMs));
    const nodeCpu = summarize(node.map((t) => t.cpuMs));
    return {
        question,
        runs,
        ask: askSummary,
        node: nodeSummary,
        ratio: askSummary.median / nodeSummary.median,
        askCpu,
        nodeCpu,
        cpuRatio: askCpu.median / nodeCpu.median,
        packages,
        loadsDiscord: packages.some((p) => PLATFORM_PACKAGES.discord.test(p)),
        loadsBolt: packages.some((p) => PLATFORM_PACKAGES.bolt.test(p)),
    };
}
// ESM imports go through a resolve hook (module.register, Node ≥ 20.6, run on the hooks thread);
// CommonJS packages such as discord.js and Bolt also land in require.cache, read at exit.
const RESOLVE_HOOK = `import { appendFileSync } from "node:fs";
let out;
export function initialize(data) { out = data.out; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(out, result.url + "\\n");
  return result;
}
`;
const PRELOAD = `import { register, createRequire } from "node:module";
import { appendFileSync } from "node:fs";
const out = process.env.GMS_BENCH_MODULES;
register("./resolve-hook.mjs", import.meta.url, { data: { out } });
process.on("exit", () => {
  appendFileSync(out, Object.keys(createRequire(import.meta.url).cache).join("\\n") + "\\n");
});
`;
/** Runs the command once with the recording hooks and returns the package names it loaded. */
export function loadedPackages(args, cwd) {
    const dir = mkdtempSync(join(tmpdir(), "gms-bench-modules-"));
    try {
        const out = join(dir, "modules.txt");
        writeFileSync(out, "");
        writeFileSync(join(dir, "resolve-hook.mjs"), RESOLVE_HOOK);
        writeFileSync(join(dir, "preload.mjs"), PRELOAD);
        const preload = pathToFileURL(join(dir, "preload.mjs")).href;
        const run = spawnSync(process.execPath, ["--import", preload, ...args], {
            cwd,
            encoding: "utf8",
            env: { ...process.env, GMS_BENCH_MODULES: out },
        });
        if (run.status !== 0)
            throw new Error(`bench: module check failed: ${run.stderr}`);
        return packageNames(readFileSync(out, "utf8"));
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
/** `…/node_modules/@slack/bolt/dist/App.js` → `@slack/bolt`; sorted, each once. */
export function packageNames(paths) {
    const names = new Set();
    for (const line of paths.split("\n")) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(line);
        if (m?.[1])
            names.add(m[1]);
    }
    return [...names].sort();
}
//# sourceMappingURL=cold-start.js.map