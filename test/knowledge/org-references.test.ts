import { describe, expect, it } from "vitest";
import { resolveOrgReference } from "../../src/knowledge/org-references.js";

describe("a reference noun stands for the organisation of its kind named before it", () => {
  const text =
    "Region Skåne får 10 miljoner. Region Örebro län får 4 miljoner. Region Skåne fördelar dem. Regionen skjuter till 2 miljoner.";
  const at = text.indexOf("Regionen");

  it("the name told most often before it, the latest on a tie", () => {
    expect(resolveOrgReference(text, at, "regionen")).toBe("Region Skåne");
    const tie = "Region Skåne får 1 miljon. Region Örebro län får 2 miljoner. Regionen bidrar.";
    expect(resolveOrgReference(tie, tie.indexOf("Regionen"), "regionen")).toBe("Region Örebro län");
  });

  it("a name after it, or none at all, leaves the noun as it is", () => {
    expect(resolveOrgReference(text, 0, "regionen")).toBe("regionen");
    expect(resolveOrgReference(text, at, "Socialstyrelsen")).toBe("Socialstyrelsen");
    expect(resolveOrgReference(text, at, null)).toBeNull();
  });

  it("a long run of capitalised words names no university (the search stays bounded)", () => {
    const run = `${"Alfa Beta Gamma ".repeat(2_000)}får pengar. Universitetet bidrar.`;
    expect(resolveOrgReference(run, run.indexOf("Universitetet"), "universitetet")).toBe(
      "universitetet",
    );
  });
});
