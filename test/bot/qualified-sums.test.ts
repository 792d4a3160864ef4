// "över 100 miljoner" is a lower bound: a sum with it is "minst", never an exact figure.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const knowledge = fromDocuments([
  textDocument(
    "a",
    "GMS får 92 miljoner 2029\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 92 miljoner kronor för 2029. Det är 8 miljoner mer än i fjol.",
    "2029-03-13",
  ),
  textDocument(
    "b",
    "GMS får över 100 miljoner 2030\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får över 100 miljoner kronor för 2030.",
    "2030-01-02",
  ),
]);
const ask = createAsk({ knowledge });

describe("sums of qualified amounts", () => {
  it("a year told as 'över 100 miljoner' is at least that, and so is a sum with it", () => {
    expect(ask("hur mycket fick gms 2030", { today: "2030-06-01" }).text).toMatch(
      /^minst 100 miljoner kronor \(2030\)/,
    );
    const sum = ask("hur mycket fick gms 2029 och 2030 sammanlagt", { today: "2030-06-01" });
    expect(sum.text).toContain("sammanlagt minst 192 miljoner kronor");
    expect(sum.figures.find((f) => f.derived)?.label).toMatch(/^minst: /);
  });

  it("'8 miljoner mer än i fjol' tells no money for 2028", () => {
    const a = ask("hur mycket fick gms 2028", { today: "2030-06-01" });
    expect(a.figures.map((f) => f.amountSek)).not.toContain(8_000_000);
  });
});
