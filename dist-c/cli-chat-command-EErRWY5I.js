import { t as dateOfAsking } from "./cli-date-of-asking-Ce9IgfzC.js";
import { n as stripControl } from "./cli-sanitize-vWyoWJyB.js";
import { n as renderSourceQuotes, t as renderAnswer } from "./cli-render-DbjXcgY2.js";
import { n as useColor } from "./cli-io-DUA6Hw0B.js";
import { r as reportAskError } from "./cli-report-DBTeRf9O.js";
import { closeSync, constants, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { createInterface } from "node:readline";
const MAX_HISTORY_BYTES = 262144;
/** A private (0600) file of past questions, oldest first; any I/O failure just means no history. */
function createFileHistory(path) {
	return {
		load() {
			try {
				if (statSync(path).size > MAX_HISTORY_BYTES) return [];
				return readFileSync(path, "utf8").split("\n").map((line) => stripControl(line).trim()).filter((line) => line !== "").slice(-500).reverse();
			} catch {
				return [];
			}
		},
		save(newestFirst) {
			const text = `${[...newestFirst].slice(0, 500).reverse().join("\n")}\n`;
			const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
			try {
				const fd = openSync(path, flags, 384);
				try {
					writeSync(fd, text);
				} finally {
					closeSync(fd);
				}
			} catch {}
		}
	};
}
// dist/adapters/terminal/chat.js
const EXIT_WORDS = /* @__PURE__ */ new Set([
	"exit",
	"quit",
	"avsluta",
	":q"
]);
const PROMPT = "gms-bot> ";
/** After an answer with sources these show its quotes; otherwise they list the documents. */
const SOURCE_WORDS = /* @__PURE__ */ new Set([
	"sources",
	"källor",
	"kallor"
]);
const GREETING = [
	"GMS-bot: frågor om statens finansiering av Genomic Medicine Sweden, med källor.",
	"GMS-bot: questions about Swedish government funding of Genomic Medicine Sweden, with sources.",
	"Skriv / type: help, sources, exit"
].join("\n");
const GOODBYE = "Hej då! / Goodbye!";
const APOLOGY = "Förlåt, något gick fel. Försök igen. / Sorry, something went wrong. Please try again.";
/** The terminal chat: a readline loop over the same `ask` every other adapter gets. */
function createTerminalChat(options) {
	const { output, color } = options;
	const conversationId = options.conversationId ?? "terminal";
	let rl = null;
	let closed = false;
	let leftByWord = false;
	let resolveFinished = () => {};
	const finished = new Promise((resolve) => {
		resolveFinished = resolve;
	});
	const paintPrompt = color ? `\u001b[1m${PROMPT}\u001b[0m` : PROMPT;
	let last = null;
	const answerLine = (line) => {
		if (last && SOURCE_WORDS.has(line.trim().toLowerCase())) {
			const shown = renderSourceQuotes(last, { color });
			last = null;
			return shown;
		}
		try {
			const answer = options.ask(line, {
				conversationId,
				today: dateOfAsking()
			});
			last = answer.citations.length > 0 ? answer : null;
			return renderAnswer(answer, { color });
		} catch (error) {
			options.onError?.(error, line);
			return APOLOGY;
		}
	};
	const onLine = (iface, raw) => {
		if (closed) return;
		const line = raw.trim();
		if (!options.terminal) output.write(`${stripControl(raw)}\n`);
		if (EXIT_WORDS.has(line.toLowerCase())) {
			leftByWord = true;
			iface.close();
			return;
		}
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
			if (rl === null) return;
			if (!closed) rl.close();
			await finished;
		}
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
		historySize: 500,
		removeHistoryDuplicates: true,
		history: history?.load() ?? []
	});
	if (history) iface.on("history", (lines) => history.save(lines));
	return iface;
}
// dist/cli/chat-command.js
/** `gms-bot chat`: the terminal chat until the person leaves; SIGINT/SIGTERM end it politely. */
async function runChatCommand(ask, io, logger) {
	const terminal = io.stdin.isTTY === true && io.stdout.isTTY === true;
	const history = terminal && io.historyFile ? createFileHistory(io.historyFile) : null;
	const chat = createTerminalChat({
		ask,
		input: io.stdin,
		output: io.stdout,
		terminal,
		color: useColor(io.stdout, io.env),
		history,
		onError: (error, question) => reportAskError(io.stderr, logger, error, question)
	});
	const onSignal = () => void chat.stop();
	io.signals.on("SIGINT", onSignal);
	io.signals.on("SIGTERM", onSignal);
	try {
		await chat.start();
		await chat.finished;
	} finally {
		io.signals.off("SIGINT", onSignal);
		io.signals.off("SIGTERM", onSignal);
		io.stdin.destroy?.();
	}
	return 0;
}
export { runChatCommand };

//# sourceMappingURL=cli-chat-command-EErRWY5I.js.map