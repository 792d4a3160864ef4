// Reads V8 .cpuprofile files (from `node --cpu-prof`) and lists the functions with the most self time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
function frameName(node) {
    const f = node.callFrame;
    const file = f.url.split("/").slice(-2).join("/");
    return `${f.functionName || "(anonymous)"}${file ? ` ${file}:${f.lineNumber + 1}` : ""}`;
}
/** Self time per function, summed over every profile in `dir`, as a percentage table. */
export function topFrames(dir, limit) {
    const self = new Map();
    let total = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
        const profile = JSON.parse(readFileSync(join(dir, file), "utf8"));
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        profile.samples.forEach((id, i) => {
            const node = byId.get(id);
            const dt = profile.timeDeltas[i] ?? 0;
            total += dt;
            if (node)
                self.set(frameName(node), (self.get(frameName(node)) ?? 0) + dt);
        });
    }
    const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, limit);
    const lines = rows.map(([name, t]) => `${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`);
    return [`Top ${limit} functions by self time (profiles in ${dir}):`, ...lines].join("\n");
}
//# sourceMappingURL=top-frames.js.map