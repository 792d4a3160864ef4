// A government decision as PDF-to-text gives it: sentences wrapped over lines, a page footer, a page
// number. Its money reads as from any other decision, and its quotes read as one line.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments, loadDocuments } from "../../src/knowledge/index.js";

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const knowledge = fromDocuments(
  [dir("../../seeds"), dir("../fixtures/documents-wrapped")].flatMap(
    (d) => loadDocuments(d).documents,
  ),
);
const ask = (q: string) => createAsk({ knowledge })(q, { today: "2027-07-01" });

describe("a decision wrapped over lines", () => {
  it("the grant's purpose is its whole wrapped sentence, on one line", () => {
    // "betala ut 12 500 000 kronor till Region Skåne för arbete / inom … diagnostik av cancer / hos unga vuxna."
    const a = ask("hur mycket fick gms för unga vuxna");
    expect(a.figures[0]?.amountSek).toBe(12_500_000);
    expect(a.text).toContain("diagnostik av cancer hos");
    expect(a.text).not.toMatch(/“[^”]*\n/);
  });
  it("a part told on the next wrapped line is a part of its grant", () => {
    // "Av beloppet ska 2 500 000 kronor användas för att bygga upp / ett nationellt register …"
    const a = ask("vad ska registret få");
    expect(a.figures[0]?.amountSek).toBe(2_500_000);
    expect(a.text).toContain("del av 12,5 miljoner");
  });
  it("the agency's cap and the deadlines are read across the line breaks", () => {
    expect(ask("vad får socialstyrelsen använda 2027").figures[0]?.amountSek).toBe(200_000);
    expect(ask("när ska region skåne redovisa").text).toContain("31 mars 2028");
    expect(ask("vem undertecknade beslutet om unga vuxna").text).toContain("Maja Örnberg");
  });
});
