import { createInterface } from "node:readline";
import { dateOfAsking } from "../date-of-asking.js";
import { HISTORY_SIZE } from "./history.js";
import { renderAnswer, renderSourceQuotes } from "./render.js";
import { stripControl } from "./sanitize.js";
export const EXIT_WORDS = new Set(["exit", "quit", "avsluta", ":q"]);
export const PROMPT = "gms-bot> ";
/** After an answer with sources these show its quotes; otherwise they list the documents. */
export const SOURCE_WORDS = new Set(["sources", "källor", "kallor"]);
export const GREETING = [
    "GMS-bot: frågor om statens finansiering av Genomic Medicine Sweden, med källor.",
    "GMS-bot: questions about Swedish government funding of Genomic Medicine Sweden, with sources.",
    "Skriv / type: help, sources, exit",
].join("\n");
export const GOODBYE = "Hej då! / Goodbye!";
export const APOLOGY = "Förlåt, något gick fel. Försök igen. / Sorry, something went wrong. Please try again.";
/** The terminal chat: a readline loop over the same `ask` every other adapter gets. */
export function createTerminalChat(options) {
    const { output, color } = options;
    const conversationId = options.conversationId ?? "terminal";
    let rl = null;
    let closed = false;
    // Leaving by a word ends on a fresh line already; Ctrl-C/Ctrl-D leave the cursor after the prompt.
    let leftByWord = false;
    let resolveFinished = () => { };
    const finished = new Promise((resolve) => {
        resolveFinished = resolve;
    });
    const paintPrompt = color ? `\u001b[1m${PROMPT}\u001b[0m` : PROMPT;
    // The last answer with sources: `sources` right after it shows every quote it rests on.
    let last = null;
    const answerLine = (line) => {
        if (last && SOURCE_WORDS.has(line.trim().toLowerCase())) {
            const shown = renderSourceQuotes(last, { color });
            last = null;
            return shown;
        }
        try {
            const answer = options.ask(line, { conversationId, today: dateOfAsking() });
            last = answer.citations.length > 0 ? answer : null;
            return renderAnswer(answer, { color });
        }
        catch (error) {
            options.onError?.(error, line);
            return APOLOGY;
        }
    };
    const onLine = (iface, raw) => {
        if (closed)
            return;
        const line = raw.trim();
        // Piped input is not echoed by readline; echo it so the transcript reads like a session.
        if (!options.terminal)
            output.write(`${stripControl(raw)}\n`);
        if (EXIT_WORDS.has(line.toLowerCase())) {
            leftByWord = true;
            iface.close();
            return;
        }
        // A slow reader at the end of a pipe: stop reading questions until the answers drain.
        if (line !== "" && !output.write(`${answerLine(raw)}\n\n`) && !options.terminal) {
            iface.pause();
            output.once("drain", () => iface.resume());
        }
        iface.prompt();
    };
    return {
        name: "terminal",
        finished,
        async start() {
            const iface = openInterface(options, paintPrompt);
            rl = iface;
            iface.on("line", (raw) => onLine(iface, raw));
            // Ctrl-C at the prompt leaves the chat, like Ctrl-D.
            iface.on("SIGINT", () => iface.close());
            iface.on("close", () => {
                closed = true;
                output.write(`${options.terminal && !leftByWord ? "\n" : ""}${GOODBYE}\n`);
                resolveFinished();
            });
            output.write(`${GREETING}\n\n`);
            iface.prompt();
        },
        async stop() {
            if (rl === null)
                return;
            if (!closed)
                rl.close();
            await finished;
        },
    };
}
function openInterface(options, prompt) {
    const history = options.terminal ? options.history : null;
    const iface = createInterface({
        input: options.input,
        output: options.output,
        terminal: options.terminal,
        prompt,
        crlfDelay: Number.POSITIVE_INFINITY,
        historySize: HISTORY_SIZE,
        removeHistoryDuplicates: true,
        history: history?.load() ?? [],
    });
    if (history)
        iface.on("history", (lines) => history.save(lines));
    return iface;
}
//# sourceMappingURL=chat.js.map