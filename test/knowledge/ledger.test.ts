import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import type { FactRole, LedgerEntry } from "../../src/knowledge/types.js";
import { ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const seedsDir = fileURLToPath(new URL("../../seeds", import.meta.url));
const knowledge = loadKnowledge(seedsDir);
const entries = knowledge.ledger.entries;

const D000 = "000_49623e2820591484";
const D001 = "001_2fc47d92fe7c9eec";
const D002 = "002_8e4a75ba9034af72";
const D003 = "003_7e7bb9cb71af4918";
const D004 = "004_2a06a6a6a6a8ca7b";

/**
 * Every amount each seed states, read by hand, once per occurrence (a headline that repeats the
 * body's amount counts). [value in kronor, the characters the amount is written with].
 * Phone numbers, postcodes ("106 30"), years, "utgiftsområde 9", "anslaget 1:6", "anslagsposten 16"
 * and the lone "0" under the 003 dateline are not amounts.
 */
const STATED: Record<string, Array<[number, string]>> = {
  [D000]: [[10_000_000, "10 miljoner kronor"]],
  [D001]: [
    [16_500_000, "16,5 miljoner kronor"],
    [15_750_000, "15 750 000 kronor"],
    [6_000_000, "sex miljoner kronor"],
  ],
  [D002]: [
    [16_500_000, "16,5 miljoner kronor"],
    [16_500_000, "16,5 miljoner konor"],
    [8_500_000, "8,5 miljoner kronor"],
    [8_000_000, "8 miljoner"],
    [14_000_000, "14 miljoner kronor"],
    [5_000_000, "5 miljoner kronor"],
    [5_000_000, "5 miljoner kronor"],
  ],
  [D003]: [
    [49_500_000, "49,5 miljoner kronor"],
    [49_500_000, "49,5 miljoner kronor"],
    [54_750_000, "54,75 miljoner kronor"],
    [49_500_000, "49,5 miljoner"],
    [500_000, "500 000 kronor"],
    [10_000_000, "10 miljoner"],
    [15_000_000, "15 miljoner"],
    [10_000_000, "10 miljoner"],
    [14_500_000, "14,5 miljoner"],
  ],
  [D004]: [
    [15_750_000, "15 750 000 kronor"],
    [7_875_000, "7 875 000 kronor"],
    [7_875_000, "7 875 000 kronor"],
    [16_000_000, "16 000 000 kronor"],
    [10_000_000, "10 000 000 kronor"],
    [250_000, "250 000 kronor"],
    [6_000_000, "6 000 000 kronor"],
  ],
};

const byValue = (a: [number, string], b: [number, string]) =>
  a[0] - b[0] || a[1].localeCompare(b[1]);

/** The entries that have a source in `docId` with this amount. */
function inDoc(docId: string, amountSek: number): LedgerEntry[] {
  return entries.filter(
    (e) => e.amountSek === amountSek && e.sources.some((s) => s.docId === docId),
  );
}

/** The one entry of this amount told by `docId` (and, if given, with this role). */
function only(docId: string, amountSek: number, role?: FactRole): LedgerEntry {
  const found = inDoc(docId, amountSek).filter((e) => role === undefined || e.role === role);
  expect(found, `${amountSek} in ${docId}${role ? ` as ${role}` : ""}`).toHaveLength(1);
  return found[0] as LedgerEntry;
}

describe("ledger over the seeds: amounts", () => {
  it("loads all five seeds without problems", () => {
    expect(knowledge.problems).toEqual([]);
    expect(knowledge.documents.map((d) => d.id).sort()).toEqual([D000, D001, D002, D003, D004]);
  });

  it.each(Object.keys(STATED))("%s: exactly the hand-checked amounts, nothing else", (docId) => {
    const found: Array<[number, string]> = [];
    for (const e of entries) {
      for (const s of e.sources) {
        if (s.docId !== docId) continue;
        const digits = (STATED[docId] ?? []).find(
          ([v, t]) => v === e.amountSek && s.amountText.replace(/[\u00A0\u202F]/g, " ").endsWith(t),
        );
        found.push([e.amountSek, digits ? digits[1] : `unexpected: ${s.amountText}`]);
      }
    }
    expect(found.sort(byValue)).toEqual([...(STATED[docId] ?? [])].sort(byValue));
  });

  it("every source quotes its document exactly and contains its amount", () => {
    const texts = new Map(knowledge.documents.map((d) => [d.id, d.text]));
    for (const e of entries) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) {
        const text = texts.get(s.docId);
        expect(text, s.docId).toBeDefined();
        expect(s.text).toBe(text?.slice(s.start, s.end));
        expect(s.text).toContain(s.amountText);
        expect(s.end).toBeGreaterThan(s.start);
      }
    }
  });

  it("entry ids are unique and every link points to an existing entry", () => {
    const ids = new Set(entries.map((e) => e.id));
    expect(ids.size).toBe(entries.length);
    for (const e of entries) {
      if (e.partOf !== null) {
        expect(ids.has(e.partOf)).toBe(true);
        expect(entries.find((p) => p.id === e.partOf)?.parts).toContain(e.id);
      }
      for (const p of e.parts) expect(entries.find((c) => c.id === p)?.partOf).toBe(e.id);
    }
  });
});

describe("ledger over the seeds: one grant told by several documents", () => {
  it("the 16,5 miljoner grant is one entry with sources in 002 and 001", () => {
    const grant = only(D002, 16_500_000);
    expect(inDoc(D001, 16_500_000)).toEqual([grant]);
    const docs = new Set(grant.sources.map((s) => s.docId));
    expect(docs).toEqual(new Set([D002, D001]));
    expect(grant.role).toBe("grant");
  });

  it("the 15 750 000 grant is one entry with sources in 004 and 001", () => {
    const grant = only(D004, 15_750_000);
    expect(inDoc(D001, 15_750_000)).toEqual([grant]);
    expect(new Set(grant.sources.map((s) => s.docId))).toEqual(new Set([D004, D001]));
    expect(grant.role).toBe("grant");
  });

  it("the two documents date the 16,5 miljoner differently and the ledger says so", () => {
    // 002 (December 2020) announces it for 2021; 001 retells it as decided "i december 2021".
    const grant = only(D002, 16_500_000);
    expect(grant.notes.some((n) => n.includes(D001))).toBe(true);
  });
});

describe("ledger over the seeds: parts and totals", () => {
  it("the two 7 875 000 shares are distinct parts of 15 750 000", () => {
    const whole = only(D004, 15_750_000);
    const shares = inDoc(D004, 7_875_000);
    expect(shares).toHaveLength(2);
    expect(shares[0]?.id).not.toBe(shares[1]?.id);
    for (const s of shares) {
      expect(s.role).toBe("part");
      expect(s.partOf).toBe(whole.id);
    }
    expect([...whole.parts].sort()).toEqual(shares.map((s) => s.id).sort());
  });

  it("the four 2024 shares are parts of 49,5 miljoner", () => {
    const whole = only(D003, 49_500_000);
    expect(whole.role).toBe("grant");
    const shares = [10_000_000, 15_000_000, 14_500_000].flatMap((v) =>
      inDoc(D003, v).filter((e) => e.role === "part"),
    );
    expect(shares.map((s) => s.amountSek).sort((a, b) => a - b)).toEqual([
      10_000_000, 10_000_000, 14_500_000, 15_000_000,
    ]);
    for (const s of shares) expect(s.partOf).toBe(whole.id);
    expect(whole.parts).toHaveLength(4);
  });

  it("8,5 and 8 miljoner are parts of 16,5 miljoner", () => {
    const whole = only(D002, 16_500_000);
    for (const v of [8_500_000, 8_000_000]) {
      const share = only(D002, v);
      expect(share.role).toBe("part");
      expect(share.partOf).toBe(whole.id);
    }
    expect(whole.parts).toHaveLength(2);
  });

  it("54,75 miljoner is a multi-year total for 2021–2023 with the gap noted", () => {
    const total = only(D003, 54_750_000);
    expect(total.role).toBe("multi-year-total");
    expect(total.years).toEqual([2021, 2022, 2023]);
    expect(total.partOf).toBeNull();
    // Itemised: 16,5 (2021) + 15,75 + 6 (2022) + 10 (2023) = 48,25 miljoner.
    expect(total.notes.some((n) => /48[\s.,]?250[\s.,]?000|48,25/.test(n))).toBe(true);
  });

  it("the parts that exist add up to their wholes", () => {
    for (const whole of [only(D004, 15_750_000), only(D003, 49_500_000), only(D002, 16_500_000)]) {
      const sum = whole.parts
        .map((id) => entries.find((e) => e.id === id)?.amountSek ?? 0)
        .reduce((a, b) => a + b, 0);
      expect(sum).toBe(whole.amountSek);
      expect(whole.notes.filter((n) => /add up to the whole/.test(n))).toEqual([]);
    }
  });
});

describe("ledger over the seeds: roles and GMS money", () => {
  it("250 000 and 500 000 are caps on the agency's own work", () => {
    const cap2022 = only(D004, 250_000);
    const cap2024 = only(D003, 500_000);
    expect(cap2022.role).toBe("agency-cap");
    expect(cap2024.role).toBe("agency-cap");
    expect(cap2022.qualifier).toBe("at-most");
    expect(cap2024.qualifier).toBe("at-most");
    expect(cap2022.year).toBe(2022);
    expect(cap2024.year).toBe(2024);
    expect(cap2022.gms).toBe(false);
    expect(cap2024.gms).toBe(false);
  });

  it("16 000 000 / 10 000 000 / 6 000 000 in 004 are budget frames, the latter two inside the first", () => {
    const frame = only(D004, 16_000_000);
    expect(frame.role).toBe("budget-frame");
    for (const v of [10_000_000, 6_000_000]) {
      const line = only(D004, v);
      expect(line.role).toBe("budget-frame");
      expect(line.partOf).toBe(frame.id);
      expect(line.year).toBe(2022);
    }
    expect(only(D004, 10_000_000).purpose).toMatch(/cancer-vård/);
    expect(only(D004, 6_000_000).purpose).toMatch(/Förlossningsvård och kvinnors hälsa/);
  });

  it("the lung-cancer sex miljoner is a grant, not the 6 000 000 budget frame", () => {
    const lung = only(D001, 6_000_000);
    expect(lung.role).toBe("grant");
    expect(lung.sources.every((s) => s.docId === D001)).toBe(true);
    expect(lung.gms).toBe(true);
    expect(lung.area).toBe("lungcancer");
  });

  it("5 miljoner to RCC norr and the 14 miljoner for Socialstyrelsen's coordination are not GMS money", () => {
    const rcc = only(D002, 5_000_000);
    expect(rcc.gms).toBe(false);
    expect(rcc.recipient).toMatch(/Regionalt cancercentrum \(RCC\) norr/);
    expect(only(D002, 14_000_000).gms).toBe(false);
  });

  it("the GMS grants and shares are marked as GMS money", () => {
    for (const e of [
      only(D002, 16_500_000),
      only(D004, 15_750_000),
      only(D000, 10_000_000),
      only(D003, 49_500_000),
      ...inDoc(D004, 7_875_000),
    ]) {
      expect(e.gms, `${e.amountSek} ${e.id}`).toBe(true);
    }
  });

  it("Socialstyrelsen pays out the grants it was commissioned to pay", () => {
    expect(only(D002, 16_500_000).payer).toBe("Socialstyrelsen");
    expect(only(D004, 15_750_000).payer).toBe("Socialstyrelsen");
    expect(only(D003, 49_500_000).payer).toBe("Socialstyrelsen");
  });
});

describe("ledger over the seeds: funded years", () => {
  it.each<[string, string, number, number]>([
    ["16,5 miljoner", D002, 16_500_000, 2021],
    ["15 750 000", D004, 15_750_000, 2022],
    ["sex miljoner (lungcancer)", D001, 6_000_000, 2022],
    ["000's 10 miljoner", D000, 10_000_000, 2023],
    ["49,5 miljoner", D003, 49_500_000, 2024],
  ])("%s funds %s", (_label, docId, amount, year) => {
    const e = inDoc(docId, amount).filter((x) => x.role === "grant");
    expect(e).toHaveLength(1);
    expect(e[0]?.year).toBe(year);
    expect(e[0]?.years).toEqual([year]);
    expect(e[0]?.yearClue).not.toBe("none");
  });

  it("the years stated in the sentence are the clue that decided them", () => {
    expect(only(D004, 15_750_000).yearClue).toBe("stated-in-sentence"); // "under 2022"
    expect(only(D003, 49_500_000).yearClue).toBe("stated-in-sentence"); // "under 2024"
  });

  it("parts fund the same year as their whole", () => {
    for (const whole of [only(D004, 15_750_000), only(D003, 49_500_000), only(D002, 16_500_000)]) {
      for (const id of whole.parts) expect(entries.find((e) => e.id === id)?.year).toBe(whole.year);
    }
  });
});

describe("areas name what is funded", () => {
  it("a known method or topic wins over a bare, generic 'cancer'", () => {
    const areas = loadKnowledge(seedsDir).ledger.entries.map((e) => `${e.amountSek}:${e.area}`);
    expect(areas).toContain("5000000:tidig upptäckt");
    expect(areas).toContain("14500000:datadelning");
    expect(areas).toContain("15000000:sällsynta hälsotillstånd");
    expect(areas.some((a) => a.endsWith(":cancer"))).toBe(false);
  });

  it("an amount's own number word names no area ('ytterligare sex miljoner', 'seven regions')", () => {
    const entries = ledger(
      textDocument(
        "pm",
        "Nyheter\n\nRegeringen beviljar ytterligare sex miljoner kronor.\n\nThe seven regions add SEK 20 million in co-funding.\n",
      ),
    );
    expect(entries.map((e) => e.area)).toEqual(["", "regions add"]);
  });
});
