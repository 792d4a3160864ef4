// A region's annual-report excerpt: a Markdown pipe table of areas by year, a remainder passed on, money paid
// back, and a partner's boilerplate. Made-up documents with names and amounts of their own.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = textDocument(
  "decision",
  `Pressmeddelande från Socialdepartementet

Genomic Medicine Sweden får 50 miljoner kronor nästa år

Publicerad 10 december 2030

Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 50 miljoner kronor nästa år. Av de 50 miljonerna går 20 miljoner till solida tumörer och 30 miljoner till sällsynta diagnoser.

Kammarkollegiet får i uppdrag att betala ut medlen till Region Halland.
`,
);
const report = textDocument(
  "report",
  `# Region Halland – Årsredovisning 2031

Publicerad 20 april 2032

Tabell 2 Statliga medel till GMS per område (tkr)

| Område | 2031 |
|---|---:|
| Solida tumörer | 20 000 |
| Sällsynta diagnoser | 30 000 |
| **Summa** | **50 000** |

Av 2031 års medel behöll Region Halland 8 000 tkr för centret i Halmstad. Resterande 42 000 tkr fördes vidare till de övriga regionerna.

Vid utgången av 2031 hade 900 tkr av det årets medel inte förbrukats. Beloppet betalades tillbaka till Kammarkollegiet.
`,
);
const knowledge = fromDocuments([decision, report]);
const ask = createAsk({ knowledge });
const TODAY = { today: "2032-05-01" };

describe("a region's annual report", () => {
  it("reads the pipe table's cells as further sources of the grant's shares, never as new money", () => {
    const grants = knowledge.ledger.entries.filter(countsAsGrant);
    expect(grants.map((e) => e.amountSek)).toEqual([50_000_000]);
    const solid = knowledge.ledger.entries.find((e) => e.amountSek === 20_000_000);
    expect(solid?.sources.map((s) => s.docId).sort()).toEqual(["decision", "report"]);
  });

  it("a remainder after a share of the year's money is the rest of that year's grant, handed on", () => {
    const rest = knowledge.ledger.entries.find((e) => e.amountSek === 42_000_000);
    expect(rest?.years).toEqual([2031]);
    expect(rest?.partOf).toBe(knowledge.ledger.entries.find((e) => e.amountSek === 50_000_000)?.id);
    const answer = ask("hur mycket skickade region halland vidare 2031", TODAY);
    expect(answer.figures[0]?.amountSek).toBe(42_000_000);
  });

  it("money paid back is read as such, quoted when asked by whom, never as a rule's answer", () => {
    const [repaid] = knowledge.statements.repayments;
    expect(repaid?.amounts.map((a) => a.valueSek)).toEqual([900_000]);
    expect(repaid?.said?.text).toMatch(/^Beloppet betalades tillbaka/);
    const asked = ask("hur mycket betalade region halland tillbaka?", TODAY);
    expect(asked.figures.map((f) => f.amountSek)).toEqual([900_000]);
    expect(asked.text).toMatch(/inget anslag/);
    const rule = ask("hur mycket ska återbetalas om pengarna inte används", TODAY);
    expect(rule.figures.map((f) => f.amountSek)).not.toContain(900_000);
  });

  it("money paid back is no year's money", () => {
    const answer = ask("hur mycket fick GMS 2031?", TODAY);
    expect(answer.figures[0]?.amountSek).toBe(50_000_000);
    expect(answer.text).not.toMatch(/50,9|900 000/);
  });
});

describe("an area's change when a region's own money for it stands beside GMS's", () => {
  const y1 = textDocument(
    "y1",
    "Genomic Medicine Sweden får 40 miljoner kronor 2030\n\nPublicerad 1 mars 2030\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 40 miljoner kronor under 2030. Av medlen ska 4 miljoner kronor användas för ärftlig hjärtsjukdom.\n",
  );
  const y2 = textDocument(
    "y2",
    "Genomic Medicine Sweden får 50 miljoner kronor 2031\n\nPublicerad 1 mars 2031\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 50 miljoner kronor under 2031. Av medlen ska 6 miljoner kronor användas för ärftlig hjärtsjukdom.\n",
  );
  const own = textDocument(
    "own",
    "Ny mottagning i Region Gotland\n\nPublicerad 2 maj 2030\n\nRegionstyrelsen beslutade att avsätta 2,5 mkr av egna medel under 2030 till en ny mottagning för ärftlig hjärtsjukdom.\n",
  );
  const ask3 = createAsk({ knowledge: fromDocuments([y1, y2, own]) });

  it("compares GMS's one share each year, not declining for the region's own money", () => {
    const answer = ask3("ärftlig hjärtsjukdom 30 vs 31");
    expect(answer.figures.filter((f) => !f.derived).map((f) => f.amountSek)).toEqual([
      4_000_000, 6_000_000,
    ]);
  });
});

describe("an area's share when the year has more than one grant", () => {
  const main = textDocument(
    "main",
    "Genomic Medicine Sweden får 50 miljoner kronor 2031\n\nPublicerad 1 mars 2031\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 50 miljoner kronor under 2031. Av medlen ska 20 miljoner kronor användas för solida tumörer.\n",
  );
  const other = textDocument(
    "other",
    "Pengar till antibiotikaresistens inom GMS\n\nPublicerad 2 mars 2031\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 10 miljoner kronor under 2031 för genomisk övervakning av antibiotikaresistens.\n",
  );
  const ask4 = createAsk({ knowledge: fromDocuments([main, other]) });

  it("gives the share of the year's GMS money and of the one grant the area's money is part of", () => {
    const answer = ask4("What share of the 2031 grant went to solid tumours?");
    expect(answer.text).toMatch(/33[.,]3/);
    expect(answer.text).toMatch(/of the grant it is part of, SEK 50 million .* 40%/);
  });
});

describe("a table row retells only money its label names", () => {
  const newsletter = textDocument(
    "newsletter",
    "# GMS nyhetsbrev\n\nPublicerad 1 juni 2031\n\n| Område | 2031 (mnkr) |\n|---|---|\n| Samordning | 30 |\n",
  );
  const k = fromDocuments([decision, newsletter]);

  it("'| Samordning | 30 |' never joins the 30 miljoner for sällsynta diagnoser", () => {
    const rare = k.ledger.entries.find((e) => e.amountSek === 30_000_000 && e.partOf !== null);
    expect(rare?.sources.map((s) => s.docId)).toEqual(["decision"]);
  });
});
