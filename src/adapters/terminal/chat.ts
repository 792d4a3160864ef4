import { createInterface, type Interface } from "node:readline";
import type { Answer, Ask } from "../../bot/index.js";
import { dateOfAsking } from "../date-of-asking.js";
import type { Adapter } from "../types.js";
import { HISTORY_SIZE, type HistoryStore } from "./history.js";
import { renderAnswer, renderSourceQuotes } from "./render.js";
import { stripControl } from "./sanitize.js";

export interface TerminalChatOptions {
  ask: Ask;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a TTY: line editing, history, Ctrl-C. False for piped input. */
  terminal: boolean;
  color: boolean;
  /** Follow-ups reuse the context of this conversation. */
  conversationId?: string;
  history?: HistoryStore | null;
  /** Called when `ask` throws; the chat prints an apology and keeps going. */
  onError?: (error: unknown, question: string) => void;
}

export interface TerminalChat extends Adapter {
  /** Settles when the person leaves (exit, quit, Ctrl-D, Ctrl-C, end of input). */
  readonly finished: Promise<void>;
}

export const EXIT_WORDS: ReadonlySet<string> = new Set(["exit", "quit", "avsluta", ":q"]);
export const PROMPT = "gms-bot> ";
/** After an answer with sources these show its quotes; otherwise they list the documents. */
export const SOURCE_WORDS: ReadonlySet<string> = new Set(["sources", "källor", "kallor"]);
export const GREETING = [
  "GMS-bot: frågor om statens finansiering av Genomic Medicine Sweden, med källor.",
  "GMS-bot: questions about Swedish government funding of Genomic Medicine Sweden, with sources.",
  "Skriv / type: help, sources, exit",
].join("\n");
export const GOODBYE = "Hej då! / Goodbye!";
export const APOLOGY =
  "Förlåt, något gick fel. Försök igen. / Sorry, something went wrong. Please try again.";

/** The terminal chat: a readline loop over the same `ask` every other adapter gets. */
export function createTerminalChat(options: TerminalChatOptions): TerminalChat {
  const { output, color } = options;
  const conversationId = options.conversationId ?? "terminal";
  let rl: Interface | null = null;
  let closed = false;
  // Leaving by a word ends on a fresh line already; Ctrl-C/Ctrl-D leave the cursor after the prompt.
  let leftByWord = false;
  let resolveFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });
  const paintPrompt = color ? `\u001b[1m${PROMPT}\u001b[0m` : PROMPT;

  // The last answer with sources: `sources` right after it shows every quote it rests on.
  let last: Answer | null = null;
  const answerLine = (line: string): string => {
    if (last && SOURCE_WORDS.has(line.trim().toLowerCase())) {
      const shown = renderSourceQuotes(last, { color });
      last = null;
      return shown;
    }
    try {
      const answer = options.ask(line, { conversationId, today: dateOfAsking() });
      last = answer.citations.length > 0 ? answer : null;
      return renderAnswer(answer, { color });
    } catch (error) {
      options.onError?.(error, line);
      return APOLOGY;
    }
  };

  const onLine = (iface: Interface, raw: string): void => {
    if (closed) return;
    const line = raw.trim();
    // Piped input is not echoed by readline; echo it so the transcript reads like a session.
    if (!options.terminal) output.write(`${stripControl(raw)}\n`);
    if (EXIT_WORDS.has(line.toLowerCase())) {
      leftByWord = true;
      iface.close();
      return;
    }
    if (line !== "") output.write(`${answerLine(raw)}\n\n`);
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
      if (rl === null) return;
      if (!closed) rl.close();
      await finished;
    },
  };
}

function openInterface(options: TerminalChatOptions, prompt: string): Interface {
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
  if (history) iface.on("history", (lines: string[]) => history.save(lines));
  return iface;
}
