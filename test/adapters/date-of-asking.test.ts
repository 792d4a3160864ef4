import { describe, expect, it } from "vitest";
import { dateOfAsking } from "../../src/adapters/date-of-asking.js";

describe("date of asking", () => {
  it("is the local calendar date as YYYY-MM-DD", () => {
    expect(dateOfAsking(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(dateOfAsking(new Date(2027, 11, 31, 0, 1))).toBe("2027-12-31");
  });
});
