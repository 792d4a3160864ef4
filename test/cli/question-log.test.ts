import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/bot/index.js";
import { withQuestionLog } from "../../src/cli/question-log.js";
import { captureLogger } from "./log-capture.js";

const declined = (question: string): Answer => ({
  question,
  answered: false,
  intent: "out-of-scope",
  language: "sv",
  text: "Det kan jag inte svara på.",
  figures: [],
  citations: [],
});

describe("withQuestionLog", () => {
  it("logs each question exactly once with intent, answered, language and latency", async () => {
    const { logger, lines } = captureLogger();
    const ask = withQuestionLog(declined, logger);
    const answer = ask("Vad är huvudstaden i Frankrike?", { conversationId: "c1" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(answer).toEqual(declined("Vad är huvudstaden i Frankrike?"));
    const logged = lines();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      msg: "question",
      question: "Vad är huvudstaden i Frankrike?",
      conversation: "c1",
      intent: "out-of-scope",
      answered: false,
      language: "sv",
    });
    expect(typeof logged[0]?.latencyMs).toBe("number");
  });

  it("cuts a long question in the log, and logs then rethrows a failure", async () => {
    const { logger, lines } = captureLogger();
    const failing = withQuestionLog(() => {
      throw new Error("core bug");
    }, logger);
    expect(() => failing("x".repeat(5000))).toThrow("core bug");
    await new Promise((resolve) => setImmediate(resolve));
    const [line] = lines();
    expect(line?.msg).toBe("question failed");
    expect(String(line?.question)).toHaveLength(200);
    expect(JSON.stringify(line?.err)).toContain("core bug");
  });
});
