import { describe, expect, it } from "vitest";
import { studyHost } from "../../src/knowledge/study-hosts.js";

const TEXT =
  "Det ska en ny forskningsstudie vid Karolinska Institutet besvara. Forte har beviljat 4,2 miljoner kronor till studien. " +
  "Ett projekt vid Uppsala universitet startar också. Projektet får 2 miljoner kronor.";

describe("the host of a study or project pointed back to", () => {
  it("is the organisation the study was introduced at", () => {
    const at = TEXT.indexOf("Forte");
    expect(studyHost(TEXT, at, "studien")).toBe("Karolinska Institutet");
  });

  it("is the latest introduction before the amount", () => {
    const at = TEXT.indexOf("Projektet får");
    expect(studyHost(TEXT, at, "Projektet får 2 miljoner kronor.")).toBe("Uppsala universitet");
  });

  it("is nothing without a pointing-back noun, or before any introduction", () => {
    expect(studyHost(TEXT, TEXT.indexOf("Forte"), "arbetet med studier")).toBeNull();
    expect(studyHost(TEXT, 0, "studien")).toBeNull();
    expect(studyHost(TEXT, TEXT.length, "studiens resultat")).toBeNull();
  });

  it("stays linear over a long run of capitalised words", () => {
    const run = `${"Abc ".repeat(50_000)}studie vid ${"Xyz ".repeat(50_000)}. Studien får 1 miljon kronor.`;
    expect(studyHost(run, run.length - 10, "Studien får")).toBe("Xyz Xyz Xyz Xyz Xyz Xyz");
  });
});
