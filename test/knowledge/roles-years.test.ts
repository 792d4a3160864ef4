// Each amount's kind, years and area within its own document: one made-up document per mechanism.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/knowledge/facts.js";
import { fromDocuments, type SourceDocument } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const doc = textDocument;
const ledger = (...docs: SourceDocument[]) => fromDocuments(docs).ledger.entries;
const at = (entries: ReturnType<typeof ledger>, sek: number) =>
  entries.filter((e) => e.amountSek === sek);

describe("areas of an English document", () => {
  const text = `Genomic Medicine Sweden gets money

The Government today decided that Genomic Medicine Sweden (GMS) will receive SEK 40 million next year.

How the funds will be used:

- SEK 20 million for solid tumours
- SEK 12 million for pharmacogenomics
- SEK 8 million for national coordination
`;
  const entries = ledger(doc("en", text, "2030-11-02"));

  it("names each share by the Swedish area the questions use, with that area's words as terms", () => {
    expect(at(entries, 20_000_000)[0]?.area).toBe("solida tumörer");
    expect(at(entries, 12_000_000)[0]?.area).toBe("farmakogenomik");
    const coordination = at(entries, 8_000_000)[0];
    expect(coordination?.area).toBe("samordning och uppföljning");
    expect(coordination?.terms).toContain("samordning");
  });
});

describe("the year nearest the amount's own characters", () => {
  it("reads the year after the amount over the year naming an earlier bill", () => {
    const text = `Stödet till GMS

The Budget Bill for 2031 had estimated SEK 95 million for 2032, and Genomic Medicine Sweden (GMS) gets less.
`;
    const estimate = at(ledger(doc("bill", text, "2031-12-01")), 95_000_000)[0];
    expect(estimate?.role).toBe("estimate");
    expect(estimate?.years).toEqual([2032]);
  });
});

describe("amounts given per year", () => {
  const text = `Stiftelse stöder GMS

Stiftelsen Exempel bidrar samtidigt med 5 miljoner kronor till Genomic Medicine Sweden (GMS), som fördelas med 2,5 miljoner kronor per år under 2031 och 2032.
`;
  const entries = ledger(doc("sv", text, "2031-01-10"));

  it("marks the yearly amount, not the whole it divides", () => {
    expect(at(entries, 2_500_000)[0]?.perYear).toBe(true);
    expect(at(entries, 5_000_000)[0]?.perYear).toBeUndefined();
  });

  it("never takes words that only say money moves as the yearly amount's purpose", () => {
    expect(at(entries, 2_500_000)[0]?.purpose).not.toBe("som fördelas med");
  });
});

describe("a call for proposals", () => {
  const text = `Precisionsdiagnostik i praktiken 2031

Publicerad 2030-10-01

Utlysningen görs i samverkan med Genomic Medicine Sweden (GMS), men medlen ingår inte i statens stöd till GMS. Verket avsätter totalt 30 miljoner kronor i utlysningen. Ett projekt kan beviljas högst 2 miljoner kronor.

I fjolårets utlysning beviljades 22 miljoner kronor till fem projekt.
`;
  const callDoc = {
    ...doc("call", text, "2030-10-01"),
    title: "Precisionsdiagnostik i praktiken 2031",
  };
  const entries = ledger(callDoc);

  it("dates money no sentence dates by the one year its title names", () => {
    expect(at(entries, 30_000_000)[0]).toMatchObject({ role: "budget-frame", years: [2031] });
    expect(at(entries, 2_000_000)[0]).toMatchObject({ role: "agency-cap", years: [2031] });
  });

  it("retells an earlier round's grants as a comparison, not as this call's budget", () => {
    const fact = extractFacts(callDoc).find((f) => f.amount.valueSek === 22_000_000);
    expect(fact?.role.role).toBe("comparison");
    expect(fact?.years.years).toEqual([2029]);
  });
});

describe("equal shares of one whole told in two languages", () => {
  const sv = `Så fördelas pengarna till GMS

Regeringen ger Genomic Medicine Sweden (GMS) 20 miljoner kronor för 2031 (ärftlig hjärtsjukdom åtta miljoner, farmakogenomik åtta miljoner och datadelning fyra miljoner).
`;
  const en = `GMS gets SEK 20 million

The Government gives Genomic Medicine Sweden (GMS) SEK 20 million for 2031. It is split as follows:

- SEK 8 million: pharmacogenomics
- SEK 8 million: inherited heart disease
- SEK 4 million: data sharing
`;
  const entries = ledger(doc("sv", sv, "2031-01-15"), doc("en", en, "2031-01-20"));

  it("merges each share with the one that names the same area, never its twin", () => {
    const eights = at(entries, 8_000_000);
    expect(eights.map((e) => e.area).sort()).toEqual(["farmakogenomik", "ärftlig hjärtsjukdom"]);
    for (const e of eights)
      expect(new Set(e.sources.map((s) => s.docId))).toEqual(new Set(["sv", "en"]));
  });
});
