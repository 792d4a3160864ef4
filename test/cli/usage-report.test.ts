import { describe, expect, it } from "vitest";
import { buildUsageReport, formatUsageReport } from "../../src/cli/usage-report.js";

const DAY1 = Date.parse("2026-03-01T10:00:00Z");
const DAY2 = Date.parse("2026-03-02T10:00:00Z");
const q = (
  time: number,
  platform: string,
  question: string,
  answered: boolean,
  intent = "amount",
) => ({
  time,
  msg: "question",
  platform,
  question,
  answered,
  intent,
});
const vote = (answerId: string, userHash: string, v: "up" | "down", question = "x?") => ({
  time: DAY2,
  msg: "feedback",
  platform: "slack",
  vote: v,
  question,
  intent: "amount",
  answered: true,
  answerId,
  userHash,
});

describe("gms-bot report", () => {
  it("counts questions per day and platform and the share answered", () => {
    const report = buildUsageReport([
      q(DAY1, "slack", "a", true),
      q(DAY1, "slack", "b", false),
      q(DAY2, "discord", "c", true),
      { time: DAY2, msg: "ready" },
    ]);
    expect(report.questions).toEqual({ total: 3, answered: 2, answeredShare: 2 / 3 });
    expect(report.byDay).toEqual([
      { day: "2026-03-01", platform: "slack", questions: 2, answered: 1 },
      { day: "2026-03-02", platform: "discord", questions: 1, answered: 1 },
    ]);
  });

  it("groups unanswered questions regardless of case and spacing, most frequent first, with unplaced words", () => {
    const report = buildUsageReport([
      q(DAY1, "slack", "Vad kostar kaffe?", false, "out-of-scope"),
      { ...q(DAY1, "slack", "vad  kostar kaffe?", false, "out-of-scope"), unplaced: ["kaffe"] },
      q(DAY1, "slack", "barncancer 2030?", false),
    ]);
    expect(report.unanswered).toEqual([
      {
        question: "Vad kostar kaffe?",
        count: 2,
        kind: "not understood",
        intent: "out-of-scope",
        unplaced: ["kaffe"],
      },
      { question: "barncancer 2030?", count: 1, kind: "declined", intent: "amount", unplaced: [] },
    ]);
  });

  it("counts each person once per answer (their last vote) and lists the questions behind each 👎 with reasons", () => {
    const report = buildUsageReport([
      vote("a1", "u1", "up"),
      vote("a1", "u1", "up"),
      vote("a1", "u2", "up"),
      vote("a2", "u1", "up", "y?"),
      vote("a2", "u1", "down", "y?"),
      { time: DAY2, msg: "feedback reason", answerId: "a2", userHash: "u1", reason: "wrong year" },
    ]);
    expect(report.feedback).toEqual([{ intent: "amount", up: 2, down: 1 }]);
    expect(report.downvoted).toEqual([
      {
        question: "y?",
        intent: "amount",
        platform: "slack",
        day: "2026-03-02",
        reasons: ["wrong year"],
      },
    ]);
    expect(formatUsageReport(report)).not.toContain("u1");
  });

  it("--since leaves out earlier days", () => {
    const report = buildUsageReport(
      [q(DAY1, "slack", "a", true), q(DAY2, "slack", "b", true)],
      "2026-03-02",
    );
    expect(report.questions.total).toBe(1);
    expect(formatUsageReport(report)).toContain("Questions since 2026-03-02: 1");
  });
});
