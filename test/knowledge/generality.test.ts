import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fromDocuments, loadKnowledge } from "../../src/knowledge/index.js";
import type { LedgerEntry } from "../../src/knowledge/types.js";

// New documents in the seeds' styles, written for these tests: the code must read them unchanged.
const fixturesDir = fileURLToPath(new URL("../fixtures", import.meta.url));
const knowledge = loadKnowledge(fixturesDir);
const entries = knowledge.ledger.entries;

const PM = "pm-2025-12-farmakogenomik";
const BESLUT = "beslut-2025-01-prostatacancer";
const ARTIKEL = "artikel-2026-02-genomikstod";
const NEWS = "news-2024-03-data-sharing";
const LEUKEMI = "pm-2024-06-akuta-leukemier";

/** Every amount each fixture states, once per occurrence: [kronor, how it is written]. */
const STATED: Record<string, Array<[number, string]>> = {
  [PM]: [
    [12_000_000, "Tolv miljoner kronor"],
    [12_000_000, "12 miljoner kronor"],
    [4_500_000, "4,5 miljoner kronor"],
    [7_500_000, "7,5 miljoner kronor"],
  ],
  // Not amounts: "S2025/00417", "Box 2218", "103 15", "utgiftsområde 9", "anslaget 1:6",
  // "anslagsposten 12/14", "10 000 nya fall".
  [BESLUT]: [
    [8_250_000, "8 250 000 kronor"],
    [5_000_000, "5 000 000 kronor"],
    [3_250_000, "3 250 000 kronor"],
    [8_400_000, "8 400 000 kronor"],
    [150_000, "150 000 kronor"],
    [6_400_000, "6 400 000 kronor"],
    [2_000_000, "2 000 000 kronor"],
  ],
  // Not amounts: "kl 07:30", "10 000 män".
  [ARTIKEL]: [
    [31_500_000, "31,5 miljoner kronor"],
    [8_250_000, "8,25 miljoner kronor"],
    [1_500_000, "1,5 miljoner kronor"],
    [12_000_000, "tolv miljoner kronor"],
  ],
  // Not an amount: "+46 8 405 10 00".
  [NEWS]: [
    [3_500_000, "SEK 3.5 million"],
    [10_000_000, "10 MSEK"],
    [2_000_000, "knappt 2 miljoner kronor"],
  ],
  [LEUKEMI]: [[2_400_000, "2 400 000 kronor"]],
};

const spaces = (s: string) => s.replace(/[\u00A0\u202F]/g, " ");
const byValue = (a: [number, string], b: [number, string]) =>
  a[0] - b[0] || a[1].localeCompare(b[1]);

function inDoc(docId: string, amountSek: number): LedgerEntry[] {
  return entries.filter(
    (e) => e.amountSek === amountSek && e.sources.some((s) => s.docId === docId),
  );
}

function only(docId: string, amountSek: number): LedgerEntry {
  const found = inDoc(docId, amountSek);
  expect(found, `${amountSek} in ${docId}`).toHaveLength(1);
  return found[0] as LedgerEntry;
}

function byId(id: string | null): LedgerEntry | undefined {
  return entries.find((e) => e.id === id);
}

describe("fixtures: loading", () => {
  it("loads all five fixtures (.txt and .md) without problems", () => {
    expect(knowledge.problems).toEqual([]);
    expect(knowledge.documents.map((d) => d.id).sort()).toEqual(
      [ARTIKEL, BESLUT, NEWS, LEUKEMI, PM].sort(),
    );
  });

  it("documents without a sources.json entry get a title and a date from their text", () => {
    const news = knowledge.documents.find((d) => d.id === NEWS);
    expect(news?.title).toBe("Government funds national platform for genomic data sharing");
    expect(news?.published).toBe("2024-03-14");
    const md = knowledge.documents.find((d) => d.id === LEUKEMI);
    expect(md?.title).toBe("Vinnova stöder snabbare diagnostik av akuta leukemier");
    expect(md?.published).toBe("2024-06-04");
  });

  it("the English item keeps its CRLF line endings", () => {
    expect(knowledge.documents.find((d) => d.id === NEWS)?.text).toContain("\r\n");
  });
});

describe("fixtures: every amount, nothing else", () => {
  it.each(Object.keys(STATED))("%s: exactly the stated amounts", (docId) => {
    const found: Array<[number, string]> = [];
    for (const e of entries) {
      for (const s of e.sources) {
        if (s.docId !== docId) continue;
        const known = (STATED[docId] ?? []).find(
          ([v, t]) => v === e.amountSek && spaces(s.amountText).endsWith(t),
        );
        found.push([e.amountSek, known ? known[1] : `unexpected: ${s.amountText}`]);
      }
    }
    expect(found.sort(byValue)).toEqual([...(STATED[docId] ?? [])].sort(byValue));
  });

  it("every source quotes its document exactly, within one line, and contains its amount", () => {
    const texts = new Map(knowledge.documents.map((d) => [d.id, d.text]));
    for (const e of entries) {
      for (const s of e.sources) {
        expect(s.text).toBe(texts.get(s.docId)?.slice(s.start, s.end));
        expect(s.text).toContain(s.amountText);
        expect(s.text).not.toMatch(/[\r\n]/);
      }
    }
  });

  it("amounts written with no-break (U+00A0) and narrow no-break (U+202F) spaces are read", () => {
    expect(only(BESLUT, 8_250_000).sources.find((s) => s.docId === BESLUT)?.amountText).toBe(
      "8\u00A0250\u00A0000 kronor",
    );
    expect(only(BESLUT, 6_400_000).sources[0]?.amountText).toBe("6\u202F400\u202F000 kronor");
  });
});

describe("fixtures: the press release (December 2025, money for 2026)", () => {
  it("12 miljoner is one grant told by the headline, the body and the later article", () => {
    const grant = only(PM, 12_000_000);
    expect(grant.role).toBe("grant");
    expect(grant.sources.map((s) => s.docId).sort()).toEqual([ARTIKEL, PM, PM]);
    expect(grant.year).toBe(2026);
    expect(grant.years).toEqual([2026]);
    expect(grant.gms).toBe(true);
    expect(`${grant.purpose} ${grant.area}`).toMatch(/farmakogenomik/);
  });

  it("on its own, the December release funds the coming year: its 'nästa år' read against its date", () => {
    const pm = knowledge.documents.filter((d) => d.id === PM);
    const alone = fromDocuments(pm).ledger.entries.find((e) => e.amountSek === 12_000_000);
    expect(alone?.year).toBe(2026);
    expect(alone?.yearClue).toBe("stated-in-sentence");
  });

  it("4,5 miljoner and the remaining 7,5 miljoner are parts of the 12 miljoner", () => {
    const whole = only(PM, 12_000_000);
    const a = only(PM, 4_500_000);
    const b = only(PM, 7_500_000);
    for (const part of [a, b]) {
      expect(part.role).toBe("part");
      expect(part.partOf).toBe(whole.id);
      expect(part.year).toBe(2026);
      expect(part.gms).toBe(true);
    }
    expect([...whole.parts].sort()).toEqual([a.id, b.id].sort());
    expect(a.purpose).toMatch(/genotypning av patienter/);
    expect(b.purpose).toMatch(/beslutsstöd för förskrivare/);
    expect(whole.notes.filter((n) => /add up/.test(n))).toEqual([]);
  });
});

describe("fixtures: the government decision (prostatacancer 2025)", () => {
  it("8 250 000 to Region Västerbotten under 2025, paid by Kammarkollegiet, is GMS money", () => {
    const grant = only(BESLUT, 8_250_000);
    expect(grant.role).toBe("grant");
    expect(grant.year).toBe(2025);
    expect(grant.yearClue).toBe("stated-in-sentence");
    expect(grant.recipient).toBe("Region Västerbotten");
    expect(grant.payer).toBe("Kammarkollegiet");
    expect(grant.gms).toBe(true);
  });

  it("its purpose is the prostate-cancer work, not the recipient's name", () => {
    const grant = only(BESLUT, 8_250_000);
    expect(grant.purpose).toMatch(/helgenomsekvensering vid prostatacancer/);
    expect(grant.purpose).not.toMatch(/Region Västerbotten/);
  });

  it("its area is prostate cancer (the disease, named in the document's own word)", () => {
    expect(only(BESLUT, 8_250_000).area).toMatch(/prostata/);
  });

  it("the news article's retelling (8,25 miljoner, dated February) merges into the same grant", () => {
    const grant = only(BESLUT, 8_250_000);
    expect(inDoc(ARTIKEL, 8_250_000)).toEqual([grant]);
    expect(new Set(grant.sources.map((s) => s.docId))).toEqual(new Set([BESLUT, ARTIKEL]));
    expect(grant.year).toBe(2025);
  });

  it("5 000 000 and the remaining 3 250 000 are parts of 8 250 000", () => {
    const whole = only(BESLUT, 8_250_000);
    for (const v of [5_000_000, 3_250_000]) {
      const part = only(BESLUT, v);
      expect(part.role).toBe("part");
      expect(part.partOf).toBe(whole.id);
      expect(part.year).toBe(2025);
      expect(part.purpose).toMatch(/prostatacancer/);
    }
    expect(whole.parts).toHaveLength(2);
  });

  it("8 400 000 is the budget frame; 6 400 000 and 2 000 000 are its budget lines", () => {
    const frame = only(BESLUT, 8_400_000);
    expect(frame.role).toBe("budget-frame");
    expect(frame.partOf).toBeNull();
    expect(frame.year).toBe(2025);
    const post12 = only(BESLUT, 6_400_000);
    const post14 = only(BESLUT, 2_000_000);
    for (const line of [post12, post14]) {
      expect(line.role).toBe("budget-frame");
      expect(line.partOf).toBe(frame.id);
      expect(line.year).toBe(2025);
      expect(line.gms).toBe(false);
    }
    expect(post12.purpose).toMatch(/Insatser inom cancerområdet/);
    expect(post14.purpose).toMatch(/Precisionsmedicin och life science/);
  });

  it("högst 150 000 kronor for Kammarkollegiet's own work is an agency cap, not GMS money", () => {
    const cap = only(BESLUT, 150_000);
    expect(cap.role).toBe("agency-cap");
    expect(cap.qualifier).toBe("at-most");
    expect(cap.year).toBe(2025);
    expect(cap.gms).toBe(false);
    expect(cap.purpose).toMatch(/eget arbete/);
  });
});

describe("fixtures: the news article (2024–2026 total and retellings)", () => {
  it("31,5 miljoner is a multi-year total for 2024–2026, not a grant", () => {
    const total = only(ARTIKEL, 31_500_000);
    expect(total.role).toBe("multi-year-total");
    expect(total.years).toEqual([2024, 2025, 2026]);
    expect(total.year).toBeNull();
    expect(total.yearClue).toBe("stated-in-sentence");
    expect(total.gms).toBe(true);
  });

  it("the total notes that the itemised GMS grants (27,65 miljoner) fall 3,85 miljoner short", () => {
    // 3,5 + 2,4 (2024) + 8,25 + 1,5 (2025) + 12 (2026) = 27,65 miljoner.
    const notes = only(ARTIKEL, 31_500_000).notes.join(" ");
    expect(notes).toMatch(/27[\s.,]?650[\s.,]?000|27,65/);
    expect(notes).toMatch(/3[\s.,]?850[\s.,]?000|3,85/);
  });

  it("1,5 miljoner under 2025 for genetic counsellors within GMS is a GMS grant", () => {
    const grant = only(ARTIKEL, 1_500_000);
    expect(grant.role).toBe("grant");
    expect(grant.year).toBe(2025);
    expect(grant.yearClue).toBe("stated-in-sentence");
    expect(grant.gms).toBe(true);
    expect(grant.purpose).toMatch(/genetiska vägledare/);
  });

  it("its recipient is Region Örebro län, the subject of 'fick' (a region name ending in 'län')", () => {
    expect(only(ARTIKEL, 1_500_000).recipient).toBe("Region Örebro län");
  });
});

describe("fixtures: the English news item", () => {
  it("SEK 3.5 million during 2024 to GMS for a data-sharing platform", () => {
    const grant = only(NEWS, 3_500_000);
    expect(grant.role).toBe("grant");
    expect(grant.year).toBe(2024);
    expect(grant.yearClue).toBe("stated-in-sentence");
    expect(grant.recipient).toBe("Genomic Medicine Sweden (GMS)");
    expect(grant.gms).toBe(true);
    expect(grant.purpose).toMatch(/platform for secure sharing of genomic data/);
  });

  it("its purpose does not start with the recipient's name", () => {
    expect(only(NEWS, 3_500_000).purpose).not.toMatch(/^Genomic Medicine Sweden/);
  });

  it("'has commissioned Vinnova to pay out' names Vinnova as the payer", () => {
    expect(only(NEWS, 3_500_000).payer).toBe("Vinnova");
  });

  it("10 MSEK to Forte is not GMS money", () => {
    const grant = only(NEWS, 10_000_000);
    expect(grant.recipient).toBe("Forte");
    expect(grant.gms).toBe(false);
    expect(grant.year).toBe(2024);
    expect(grant.purpose).toMatch(/equal access to precision medicine/);
  });

  it("knappt 2 miljoner kronor to SciLifeLab is approximate and not GMS money", () => {
    const grant = only(NEWS, 2_000_000);
    expect(grant.qualifier).toBe("approx");
    expect(grant.recipient).toBe("SciLifeLab");
    expect(grant.gms).toBe(false);
    expect(grant.year).toBe(2024);
    expect(grant.yearClue).toBe("publication-date");
  });
});

describe("fixtures: the Markdown release (akuta leukemier)", () => {
  it("2 400 000 kronor to Region Uppsala within GMS, for 2024", () => {
    const grant = only(LEUKEMI, 2_400_000);
    expect(grant.role).toBe("grant");
    expect(grant.year).toBe(2024);
    expect(grant.yearClue).toBe("stated-in-sentence");
    expect(grant.recipient).toBe("Region Uppsala");
    expect(grant.gms).toBe(true);
    expect(grant.purpose).toMatch(/akuta leukemier/);
  });

  it("'Vinnova beviljar … till Region Uppsala' names Vinnova as the payer", () => {
    expect(only(LEUKEMI, 2_400_000).payer).toBe("Vinnova");
  });

  it("its purpose does not start with the recipient's name", () => {
    expect(only(LEUKEMI, 2_400_000).purpose).not.toMatch(/^Region Uppsala/);
  });

  it("its area is acute leukaemia in the document's own words, not early detection", () => {
    expect(only(LEUKEMI, 2_400_000).area).toMatch(/leukemi/);
  });
});

describe("fixtures: the ledger's links hold", () => {
  it("every partOf points to a larger existing entry that lists it among its parts", () => {
    for (const e of entries) {
      if (e.partOf === null) continue;
      const parent = byId(e.partOf);
      expect(parent).toBeDefined();
      expect(parent?.parts).toContain(e.id);
      expect(parent?.amountSek).toBeGreaterThan(e.amountSek);
    }
  });
});
