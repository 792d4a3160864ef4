import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { GmsError } from "../errors.js";
import { readLines, writeLine } from "./io.js";
import { buildUsageReport, formatUsageReport } from "./usage-report.js";
/** `gms-bot report`: reads the JSON log (file or stdin); lines that are not JSON are skipped. */
export async function runReportCommand(request, io) {
    if (request.file === null && io.stdin.isTTY === true) {
        throw new GmsError("USAGE", "report needs a log: gms-bot report bot.log, or pipe the log in. Run gms-bot report --help.");
    }
    const input = request.file === null ? io.stdin : openLog(resolve(io.cwd, request.file));
    const lines = [];
    try {
        for await (const line of readLines(input)) {
            const parsed = parseLine(line);
            if (parsed)
                lines.push(parsed);
        }
    }
    catch (error) {
        const code = error.code;
        throw new GmsError("CONFIG_INVALID", `cannot read the log ${request.file ?? "(stdin)"} (${code ?? String(error)})`);
    }
    const report = buildUsageReport(lines, request.since);
    writeLine(io.stdout, request.json ? JSON.stringify(report) : formatUsageReport(report));
    return 0;
}
function openLog(path) {
    return createReadStream(path, { encoding: "utf8" });
}
function parseLine(line) {
    const start = line.indexOf("{");
    if (start < 0)
        return null;
    try {
        const value = JSON.parse(line.slice(start));
        return typeof value === "object" && value !== null ? value : null;
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=report-command.js.map