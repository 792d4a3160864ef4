import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  APOLOGY,
  createTerminalChat,
  GOODBYE,
  GREETING,
  PROMPT,
  type TerminalChatOptions,
} from "../../../src/adapters/terminal/index.js";
import type { Answer, AskContext } from "../../../src/bot/index.js";

// A test double of the core: echoes the question back, so order and context are visible.
function recordingAsk() {
  const calls: { question: string; context: AskContext | undefined }[] = [];
  const ask = (question: string, context?: AskContext): Answer => {
    calls.push({ question, context });
    if (question === "boom") throw new Error("core bug");
    const quote = (n: number) => `Quote ${n} of the document.`;
    const cited = question.startsWith("cite");
    return {
      question,
      answered: true,
      intent: "test",
      language: "en",
      text: cited ? `answer to: ${question} [1][2]` : `answer to: ${question}`,
      figures: [],
      citations: cited
        ? [1, 2].map((id) => ({
            id,
            docId: "doc",
            title: "The document",
            url: null,
            quote: quote(id),
            start: 0,
            end: quote(id).length,
          }))
        : [],
    };
  };
  return { ask, calls };
}

function startChat(overrides: Partial<TerminalChatOptions> = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let transcript = "";
  output.on("data", (chunk: Buffer) => {
    transcript += chunk.toString("utf8");
  });
  const { ask, calls } = recordingAsk();
  const errors: unknown[] = [];
  const chat = createTerminalChat({
    ask,
    input,
    output,
    terminal: false,
    color: false,
    onError: (error) => errors.push(error),
    ...overrides,
  });
  /** Types a line and waits until the chat has answered it and prompts again. */
  const say = async (line: string) => {
    const before = transcript.split(PROMPT).length;
    input.write(`${line}\n`);
    while (transcript.split(PROMPT).length === before && !transcript.includes(GOODBYE)) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { chat, input, calls, errors, say, transcript: () => transcript };
}

// The chat passes the date of asking with every question; the core never reads a clock.
const DATE = expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/);

describe("terminal chat", () => {
  it("greets, answers each line in one conversation, and says goodbye on exit", async () => {
    const t = startChat();
    await t.chat.start();
    await t.say("how much went to barncancer 2022?");
    await t.say("and 2024?");
    await t.say("   ");
    await t.say("help");
    await t.say("exit");
    await t.chat.finished;
    expect(t.calls).toEqual([
      {
        question: "how much went to barncancer 2022?",
        context: { conversationId: "terminal", today: DATE },
      },
      { question: "and 2024?", context: { conversationId: "terminal", today: DATE } },
      { question: "help", context: { conversationId: "terminal", today: DATE } },
    ]);
    expect(t.transcript()).toBe(
      [
        `${GREETING}\n\n`,
        `${PROMPT}how much went to barncancer 2022?\nanswer to: how much went to barncancer 2022?\n\n`,
        `${PROMPT}and 2024?\nanswer to: and 2024?\n\n`,
        `${PROMPT}   \n`,
        `${PROMPT}help\nanswer to: help\n\n`,
        `${PROMPT}exit\n${GOODBYE}\n`,
      ].join(""),
    );
  });

  it.each(["quit", "EXIT", "avsluta"])("leaves on %s and ignores what follows", async (word) => {
    const t = startChat();
    await t.chat.start();
    t.input.write(`${word}\nnot asked\n`);
    await t.chat.finished;
    expect(t.calls).toEqual([]);
    expect(t.transcript().endsWith(`${GOODBYE}\n`)).toBe(true);
  });

  it("shows every quote of the last answer for 'sources', then asks the core again", async () => {
    const t = startChat();
    await t.chat.start();
    await t.say("cite something");
    await t.say("sources");
    await t.say("sources");
    await t.say("exit");
    await t.chat.finished;
    const turns = t.transcript().split(PROMPT);
    expect(turns[1]).toContain("“Quote 1 of the document.”");
    expect(turns[1]).not.toContain("Quote 2 of the document.");
    expect(turns[2]).toContain("Quote 1 of the document.");
    expect(turns[2]).toContain("Quote 2 of the document.");
    expect(turns[2]?.match(/The document/g)).toHaveLength(1);
    // Once shown, "sources" is a question again (the document list).
    expect(t.calls.map((c) => c.question)).toEqual(["cite something", "sources"]);
  });

  it("answers piped lines in order and leaves at end of input", async () => {
    const t = startChat({ conversationId: "c1" });
    await t.chat.start();
    t.input.end("one\ntwo\r\nthree");
    await t.chat.finished;
    expect(t.calls.map((c) => c.question)).toEqual(["one", "two", "three"]);
    const out = t.transcript();
    expect(out.indexOf("answer to: one")).toBeLessThan(out.indexOf("answer to: two"));
    expect(out.indexOf("answer to: two")).toBeLessThan(out.indexOf("answer to: three"));
    expect(out.endsWith(`${GOODBYE}\n`)).toBe(true);
  });

  it("apologises when the core throws and keeps serving", async () => {
    const t = startChat();
    await t.chat.start();
    await t.say("boom");
    await t.say("still there?");
    await t.chat.stop();
    expect(t.errors).toHaveLength(1);
    expect(t.transcript()).toContain(`boom\n${APOLOGY}\n\n`);
    expect(t.transcript()).toContain("answer to: still there?");
  });

  it("stop() ends the session with a goodbye, and is safe before start", async () => {
    const idle = startChat();
    await idle.chat.stop();
    const t = startChat();
    await t.chat.start();
    await t.chat.stop();
    await t.chat.finished;
    expect(t.transcript().endsWith(`${GOODBYE}\n`)).toBe(true);
  });

  it("never echoes control characters typed into a piped chat", async () => {
    const t = startChat();
    await t.chat.start();
    await t.say("x\u001b[2Jy");
    await t.chat.stop();
    expect(t.calls[0]?.question).toBe("x\u001b[2Jy");
    expect(t.transcript()).not.toContain("\u001b");
  });
});

describe("terminal chat at a TTY", () => {
  it("keeps history through the store and leaves on Ctrl-C with a goodbye", async () => {
    const saved: string[][] = [];
    const history = {
      load: () => ["older question"],
      save: (lines: readonly string[]) => saved.push([...lines]),
    };
    const t = startChat({ terminal: true, history });
    await t.chat.start();
    await t.say("first question");
    t.input.write("\u0003");
    await t.chat.finished;
    expect(t.calls.map((c) => c.question)).toEqual(["first question"]);
    expect(saved.at(-1)).toEqual(["first question", "older question"]);
    expect(t.transcript()).toContain("answer to: first question");
    expect(t.transcript().endsWith(`\n${GOODBYE}\n`)).toBe(true);
  });

  it("leaves on Ctrl-D", async () => {
    const t = startChat({ terminal: true });
    await t.chat.start();
    t.input.write("\u0004");
    await t.chat.finished;
    expect(t.transcript()).toContain(GOODBYE);
  });
});
