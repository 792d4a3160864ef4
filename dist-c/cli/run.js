import { GmsError } from "../errors.js";
import { VERSION } from "../version.js";
import { parseCommandLine } from "./args.js";
import { helpText } from "./help.js";
import { writeLine } from "./io.js";
/**
 * The whole command line: exit code 0 (answered or declined), 1 (configuration or a failure),
 * 2 (usage); null while platform adapters serve. Help and version load nothing else.
 */
export async function runCli(argv, io) {
    let request;
    try {
        request = parseCommandLine(argv);
    }
    catch (error) {
        return reportGmsError(error, io);
    }
    if (request.kind === "version") {
        writeLine(io.stdout, VERSION);
        return 0;
    }
    if (request.kind === "help") {
        writeLine(io.stdout, helpText(request.command));
        return 0;
    }
    try {
        const { runCommand } = await import("./commands.js");
        return await runCommand(request, io);
    }
    catch (error) {
        return reportGmsError(error, io);
    }
}
// A GmsError is a message a person can act on: print it, no stack. Anything else is a bug: rethrow.
function reportGmsError(error, io) {
    if (!(error instanceof GmsError))
        throw error;
    writeLine(io.stderr, error.message);
    return error.code === "USAGE" ? 2 : 1;
}
//# sourceMappingURL=run.js.map