// The bot reads a repeated question once: answers must stay a pure function of the question, the date of
// asking, the language hint and the conversation, whatever was asked before.
import { describe, expect, it } from "vitest";
import { type AskContext, createAsk } from "../../src/bot/index.js";
import { seedKnowledge } from "../support/seeds.js";

const knowledge = seedKnowledge();
const fresh = (q: string, context: AskContext) =>
  createAsk({ knowledge, now: () => 0 })(q, context);

describe("a repeated question", () => {
  it("gets the answer a fresh bot gives, for each date of asking, hint and conversation", () => {
    const ask = createAsk({ knowledge, now: () => 0 });
    const turns: Array<[string, AskContext]> = [
      ["Hur mycket fick GMS i fjol?", { today: "2023-05-01" }],
      ["Hur mycket fick GMS i fjol?", { today: "2025-05-01" }],
      ["Hur mycket fick GMS i fjol?", { today: "2023-05-01" }],
      ["2022?", { language: "en" }],
      ["2022?", { language: "sv" }],
      ["Hur mycket gick till barncancer 2022?", { conversationId: "a", today: "2026-12-02" }],
      ["och 2021?", { conversationId: "a", today: "2026-12-02" }],
      ["och 2021?", { conversationId: "b", today: "2026-12-02" }],
      ["utan barncancer, hur mycket fick GMS 2022?", {}],
      ["utan barncancer, hur mycket fick GMS 2022?", {}],
    ];
    const conversation = createAsk({ knowledge, now: () => 0 });
    for (const [q, context] of turns) {
      // Conversations need their earlier turns: replayed on one bot, single questions on a fresh one each.
      const expected = context.conversationId ? conversation(q, context) : fresh(q, context);
      expect(ask(q, context), `${q} ${JSON.stringify(context)}`).toEqual(expected);
    }
  });
});
