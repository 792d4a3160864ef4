// Issue 13 (low): 👍/👎 clicks had no rate limit; a flood is acknowledged but neither thanked nor logged.
import { afterEach, expect, it } from "vitest";
import { FEEDBACK_PER_MINUTE } from "../../../src/adapters/feedback-limit.js";
import {
  callbackOf,
  editedReplyTo,
  type Harness,
  question,
  startDiscord,
} from "./support/harness.js";
import { createScriptedAsk } from "./support/scripted-ask.js";

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

it("a flood of 👍 clicks from one user: every click is acknowledged, the first 10 a minute thanked, the vote logged once", async () => {
  h = await startDiscord({ ask: createScriptedAsk().ask, config: { userPerMinute: 100 } });
  const i = h.fake.slash({ name: "gms", options: question("what did GMS get in 2024?") });
  const { body, messageId } = await editedReplyTo(h.fake, i);
  const buttons = body.components?.[0]?.components ?? [];
  const up = buttons.find((c) => c.custom_id.startsWith("gms:fb:up:"))?.custom_id ?? "";
  const callbacks: number[] = [];
  for (let n = 0; n < 15; n++) {
    const click = h.fake.click(up, messageId);
    callbacks.push(((await callbackOf(h.fake, click)).body as { type: number }).type);
  }
  // 4: a (private) thank-you message; 6: acknowledged without a word.
  expect(callbacks.filter((t) => t === 4)).toHaveLength(FEEDBACK_PER_MINUTE);
  expect(callbacks.filter((t) => t === 6)).toHaveLength(15 - FEEDBACK_PER_MINUTE);
  expect(h.logs().filter((l) => l.msg === "feedback")).toHaveLength(1);
});
