import { describe, expect, it } from "vitest";
import { BUTTON_VALUE_MAX_CHARS } from "../../../src/adapters/slack/block-kit.js";
import {
  decodeFeedbackValue,
  decodeShareValue,
  encodeFeedbackValue,
  encodeShareValue,
} from "../../../src/adapters/slack/button-values.js";
import { AnswerSchema } from "../../../src/bot/index.js";

const answer = (question: string) =>
  AnswerSchema.parse({
    question,
    answered: false,
    intent: "out-of-scope",
    language: "en",
    text: "I can only answer questions about GMS funding.",
    figures: [],
    citations: [],
  });

describe("button values", () => {
  it("round-trip what a feedback click needs", () => {
    const value = encodeFeedbackValue(answer("What's the capital of <!channel>?"));
    expect(value).not.toContain("<");
    expect(decodeFeedbackValue(value)).toEqual({
      question: "What's the capital of <!channel>?",
      intent: "out-of-scope",
      answered: false,
    });
  });

  it("shorten a long question to fit Slack's value limit", () => {
    for (const question of ["å".repeat(10_000), "\u0000".repeat(5_000), "😀".repeat(3_000)]) {
      const value = encodeFeedbackValue(answer(question));
      expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_MAX_CHARS);
      expect(decodeFeedbackValue(value)?.question.length).toBeGreaterThan(100);
    }
  });

  it("round-trip a share", () => {
    const share = { key: "k-1", question: "how much 2022?", conversationId: "slack:T:C:slash:U" };
    expect(decodeShareValue(encodeShareValue(share))).toEqual(share);
  });

  it("reject values that are not ours", () => {
    expect(decodeFeedbackValue("not base64 json")).toBeNull();
    expect(decodeShareValue(Buffer.from('{"k":1}').toString("base64url"))).toBeNull();
    expect(decodeShareValue("")).toBeNull();
  });
});
