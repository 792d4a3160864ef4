import { describe, expect, it } from "vitest";
import { projectNamesOf } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

describe("projectNamesOf", () => {
  it("lists capitalised hyphenated names with the documents that write them", () => {
    const names = projectNamesOf([
      textDocument("a", "SciLifeLab coordinates SHARE-GEN, an EU project."),
      textDocument("b", "SHARE-GEN and CAN-TREAT2; AMR-pengarna are no name."),
    ]);
    expect([...(names.get("share-gen") ?? [])]).toEqual(["a", "b"]);
    expect(names.has("can-treat2")).toBe(true);
    expect(names.has("amr-pengarna")).toBe(false);
  });
  it("reads a long run of capitals once (no name, no stall)", () => {
    const names = projectNamesOf([textDocument("c", `${"A".repeat(200_000)}-b`)]);
    expect(names.size).toBe(0);
  });
});
