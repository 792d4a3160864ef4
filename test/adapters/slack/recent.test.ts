// Issue 13 (low): the duplicate window held about 5,000 events, not 10,000 (each event is two keys).
import { expect, it } from "vitest";
import { SEEN_EVENTS } from "../../../src/adapters/slack/create-slack-adapter.js";
import { createRecentKeys } from "../../../src/adapters/slack/recent.js";

const keysOf = (n: number) => [`message:C1:${n}`, `event:Ev${n}`];

it("Slack's retry of an event is still known after 9,999 other events, each with two keys", () => {
  expect(SEEN_EVENTS).toBe(10_000);
  const seen = createRecentKeys(SEEN_EVENTS, 2);
  for (let n = 0; n < SEEN_EVENTS; n++) expect(seen.firstTime(keysOf(n))).toBe(true);
  expect(seen.firstTime(keysOf(0))).toBe(false);
  expect(seen.firstTime([`event:Ev${SEEN_EVENTS - 1}`])).toBe(false);
});

it("beyond the window the oldest events are forgotten, so memory stays bounded", () => {
  const seen = createRecentKeys(100, 2);
  for (let n = 0; n < 250; n++) seen.firstTime(keysOf(n));
  expect(seen.firstTime(keysOf(0))).toBe(true);
  expect(seen.firstTime(keysOf(249))).toBe(false);
});

it("a forgotten event (its answer was lost) is answered when Slack retries it", () => {
  const seen = createRecentKeys(10, 2);
  seen.firstTime(keysOf(1));
  seen.forget(keysOf(1));
  expect(seen.firstTime(keysOf(1))).toBe(true);
});
