// What a decision's sentences book money against: the appropriation and its numbered post.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const lines = (text: string) =>
  readStatements([textDocument("d", text, "2030-01-01")]).budgetLines.map((b) => [
    b.appropriation,
    b.post,
    b.postName,
  ]);

describe("budget lines", () => {
  it("a post under the appropriation its sentence names", () => {
    expect(
      lines(
        "5 000 000 kronor ska belasta anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagsposten 16 Åtgärder för en bättre cancervård.",
      ),
    ).toEqual([
      ["1:6 Bidrag till folkhälsa och sjukvård", "16", "Åtgärder för en bättre cancervård"],
    ]);
  });

  it("'samma anslag' is the appropriation told before", () => {
    expect(
      lines(
        "4 000 000 kronor ska belasta anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagsposten 16 Cancervård. 2 000 000 kronor ska belasta samma anslag, anslagsposten 24 Sällsynta diagnoser.",
      ).map((l) => l[0]),
    ).toEqual(["1:6 Bidrag till folkhälsa och sjukvård", "1:6 Bidrag till folkhälsa och sjukvård"]);
  });

  it("an appropriation named alone, and none in prose about other things", () => {
    expect(lines("Medlen belastar anslaget 2:3 Forskning inom hälsa.")).toEqual([
      ["2:3 Forskning inom hälsa", null, null],
    ]);
    expect(lines("Klockan 1:6 på morgonen var det kallt.")).toEqual([]);
  });

  it("a sentence opening with the capitalised word still names its appropriation", () => {
    expect(
      lines("Anslaget 1:6 Bidrag till folkhälsa ökas därför med 14 miljoner kronor 2027.")[0]?.[0],
    ).toMatch(/^1:6 Bidrag till folkhälsa/);
  });
});
