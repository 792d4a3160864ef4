// A purpose read from a sentence fragment ("Genomic Medicine Sweden får") is named by its role, never quoted.
import { describe, expect, it } from "vitest";
import { isPurposeless } from "../../src/bot/english-names.js";

describe("purposes that name no purpose", () => {
  it("are left out or named by their role", () => {
    expect(isPurposeless("Genomic Medicine Sweden får")).toBe(true);
    expect(isPurposeless("I fjol fick GMS")).toBe(true);
    expect(isPurposeless("de")).toBe(true);
    expect(isPurposeless("som i år uppgår till")).toBe(true);
    expect(isPurposeless("datadelning")).toBe(false);
    expect(isPurposeless("arbetet med precisionsmedicin")).toBe(false);
  });
});
