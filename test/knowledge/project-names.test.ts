import { describe, expect, it } from "vitest";
import { projectNamesOf, type SourceDocument } from "../../src/knowledge/index.js";

const doc = (id: string, text: string): SourceDocument => ({
  id,
  fileName: `${id}.txt`,
  text,
  title: id,
  publisher: null,
  kind: null,
  published: null,
  url: null,
});

describe("projectNamesOf", () => {
  it("lists capitalised hyphenated names with the documents that write them", () => {
    const names = projectNamesOf([
      doc("a", "SciLifeLab coordinates SHARE-GEN, an EU project."),
      doc("b", "SHARE-GEN and CAN-TREAT2; AMR-pengarna are no name."),
    ]);
    expect([...(names.get("share-gen") ?? [])]).toEqual(["a", "b"]);
    expect(names.has("can-treat2")).toBe(true);
    expect(names.has("amr-pengarna")).toBe(false);
  });
  it("reads a long run of capitals once (no name, no stall)", () => {
    const names = projectNamesOf([doc("c", `${"A".repeat(200_000)}-b`)]);
    expect(names.size).toBe(0);
  });
});
