import { createFileHistory, createTerminalChat } from "../adapters/terminal/index.js";
import { useColor } from "./io.js";
import { reportAskError } from "./report.js";
/** `gms-bot chat`: the terminal chat until the person leaves; SIGINT/SIGTERM end it politely. */
export async function runChatCommand(ask, io, logger) {
    const terminal = io.stdin.isTTY === true && io.stdout.isTTY === true;
    const history = terminal && io.historyFile ? createFileHistory(io.historyFile) : null;
    const chat = createTerminalChat({
        ask,
        input: io.stdin,
        output: io.stdout,
        terminal,
        color: useColor(io.stdout, io.env),
        history,
        onError: (error, question) => reportAskError(io.stderr, logger, error, question),
    });
    const onSignal = () => void chat.stop();
    io.signals.on("SIGINT", onSignal);
    io.signals.on("SIGTERM", onSignal);
    try {
        await chat.start();
        await chat.finished;
    }
    finally {
        io.signals.off("SIGINT", onSignal);
        io.signals.off("SIGTERM", onSignal);
        // An open stdin pipe would keep the process alive after "exit"; we are done reading it.
        io.stdin.destroy?.();
    }
    return 0;
}
//# sourceMappingURL=chat-command.js.map