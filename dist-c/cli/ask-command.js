import { dateOfAsking } from "../adapters/date-of-asking.js";
import { renderAnswer } from "../adapters/terminal/render.js";
import { oneLine } from "../adapters/terminal/sanitize.js";
import { readLines, useColor, writeLine, writeLineDrained } from "./io.js";
import { failedAnswer, reportAskError } from "./report.js";
const STDIN_HINT = "gms-bot: one question per line; Ctrl-D to end. / En fråga per rad; Ctrl-D avslutar.";
/**
 * `gms-bot ask`: each question is asked on its own (no shared conversation), so a batch gives
 * the same answers as the same questions asked one at a time. Exit 1 only if the core failed.
 */
export async function runAskCommand(options) {
    const { io, json } = options;
    const color = !json && useColor(io.stdout, io.env);
    let failed = false;
    const answer = (question) => {
        try {
            return options.ask(question, { today: dateOfAsking() });
        }
        catch (error) {
            failed = true;
            reportAskError(io.stderr, options.logger, error, question);
            return failedAnswer(question);
        }
    };
    const preview = options.render ? await loadPreview(options.render) : null;
    const print = (a) => writeLineDrained(io.stdout, preview ? preview(a) : json ? JSON.stringify(a) : renderAnswer(a, { color }));
    if (options.question !== null) {
        await print(answer(options.question));
        return failed ? 1 : 0;
    }
    if (io.stdin.isTTY === true)
        writeLine(io.stderr, STDIN_HINT);
    let count = 0;
    for await (const line of readLines(io.stdin)) {
        // In text mode, echo each question so a batch's output can be read on its own.
        if (!json && !preview)
            await writeLineDrained(io.stdout, `${count > 0 ? "\n" : ""}> ${oneLine(line)}`);
        await print(answer(line));
        count += 1;
    }
    return failed ? 1 : 0;
}
/** The adapter's own renderer, loaded only when asked for (discord.js is not loaded otherwise). */
async function loadPreview(target) {
    switch (target) {
        case "slack": {
            const { previewSlack } = await import("../adapters/slack/preview.js");
            return previewSlack;
        }
        case "discord": {
            const { previewDiscord } = await import("../adapters/discord/preview.js");
            return previewDiscord;
        }
        case "text":
            return (answer) => renderAnswer(answer, { color: false });
        default: {
            const _exhaustive = target;
            return _exhaustive;
        }
    }
}
//# sourceMappingURL=ask-command.js.map