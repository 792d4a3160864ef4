import { describe, expect, it } from "vitest";
import { createBoundedMap } from "../../../src/adapters/bounded-map.js";
import {
  CUSTOM_ID_MAX,
  createFeedbackStore,
  feedbackCustomId,
  parseFeedbackCustomId,
} from "../../../src/adapters/discord/feedback.js";
import { figureAnswer } from "./support/answers.js";

describe("feedback ids", () => {
  it("round-trips through a custom_id well under Discord's 100 characters", () => {
    const store = createFeedbackStore(10);
    const id = store.remember(figureAnswer("how much?"));
    const customId = feedbackCustomId("down", id);
    expect(customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(parseFeedbackCustomId(customId)).toEqual({ vote: "down", id });
    expect(store.recall(id)).toEqual({ question: "how much?", intent: "amount", answered: true });
  });

  it("ignores custom ids that are not ours", () => {
    expect(parseFeedbackCustomId("other:up:abc")).toBeNull();
    expect(parseFeedbackCustomId("gms:fb:sideways:abc")).toBeNull();
  });

  it("forgets the oldest full questions beyond its bound, then reads the token's shortened copy", () => {
    const store = createFeedbackStore(2);
    const long = `how much went to ${"barncancer ".repeat(30)}2022?`;
    const ids = [long, "b", "c"].map((q) => store.remember(figureAnswer(q)));
    const recalled = store.recall(ids[0] ?? "");
    expect(recalled).toMatchObject({ intent: "amount", answered: true });
    expect(long.startsWith(recalled?.question ?? "-")).toBe(true);
    expect(recalled?.question.length).toBeLessThan(long.length);
    expect(feedbackCustomId("down", ids[0] ?? "").length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(store.recall(ids[2] ?? "")?.question).toBe("c");
  });
});

describe("createBoundedMap", () => {
  it("keeps at most max entries, evicting the least recently used", () => {
    const map = createBoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.size).toBe(2);
  });
});
