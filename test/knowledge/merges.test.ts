// Merges across documents and languages, with made-up texts: one grant told many ways is one entry,
// and different money of the same amount stays apart.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/knowledge/facts.js";
import { givenByGms } from "../../src/knowledge/given-by-gms.js";
import type { SourceDocument } from "../../src/knowledge/index.js";
import { topicsConflict, topicsOf } from "../../src/knowledge/merge-rules.js";
import { countsAsGrant, fundingRole } from "../../src/knowledge/types.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const doc = (id: string, text: string): SourceDocument => textDocument(id, text);
const docsOf = (e: { sources: { docId: string }[] } | undefined) =>
  [...new Set(e?.sources.map((s) => s.docId))].sort();
const grantSum = (entries: ReturnType<typeof ledger>, year: number) =>
  entries.filter((e) => countsAsGrant(e) && e.year === year).reduce((s, e) => s + e.amountSek, 0);

const PRESS = `GMS får 57 miljoner kronor

Publicerad 12 januari 2031

Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) får 57 miljoner kronor under 2031 för arbetet med precisionsmedicin i vården.
`;
const BILL = `Budgetpropositionen

Publicerad 20 september 2031

4.6.3 Genomisk medicin

Genomic Medicine Sweden (GMS) är ett nationellt samarbete mellan regionerna med universitetssjukvård och universiteten med medicinsk fakultet. Under 2031 uppgår statens stöd till GMS till 57 miljoner kronor.

Regeringen avser att fortsätta stödet till GMS och beräknar 61 miljoner kronor för ändamålet 2032.
`;
const DEBATE = `Debatt: ge GMS långsiktiga pengar

Publicerad 1 oktober 2031

Genomic Medicine Sweden (GMS) behöver stabila villkor. Nästa år står det 61 miljoner kronor i budgetpropositionen, men det är bara en beräkning.
`;

describe("merges: the same grant told in other genres", () => {
  it("a budget bill's 'stödet uppgår till' for the same year to GMS is the press release's grant", () => {
    const entries = ledger(doc("pm", PRESS), doc("prop", BILL));
    const grants = at(entries, 57_000_000);
    expect(grants).toHaveLength(1);
    expect(docsOf(grants[0])).toEqual(["pm", "prop"]);
    expect(grantSum(entries, 2031)).toBe(57_000_000);
  });

  it("one estimate told in two documents is one estimate, never a grant", () => {
    const entries = ledger(doc("prop", BILL), doc("debatt", DEBATE));
    const estimates = at(entries, 61_000_000);
    expect(estimates).toHaveLength(1);
    expect(estimates[0]?.role).toBe("estimate");
    expect(docsOf(estimates[0])).toEqual(["debatt", "prop"]);
    expect(grantSum(entries, 2032)).toBe(0);
  });

  it("the same amount for another year, or for another recipient, stays apart", () => {
    const nextYear = PRESS.replace("under 2031", "under 2032").replace(
      "12 januari 2031",
      "3 januari 2032",
    );
    expect(at(ledger(doc("pm", PRESS), doc("pm2", nextYear)), 57_000_000)).toHaveLength(2);
    const region = `Region Halland satsar

Publicerad 2 februari 2031

Region Halland får 57 miljoner kronor under 2031 till en ny akutmottagning, meddelar regionen. Arbetet sker utanför Genomic Medicine Sweden (GMS).
`;
    expect(at(ledger(doc("pm", PRESS), doc("region", region)), 57_000_000)).toHaveLength(2);
  });

  it("tellings that name different areas, in either language, are different money", () => {
    const lung = `Lungcancer

Publicerad 12 januari 2031

Genomic Medicine Sweden (GMS) får 5 miljoner kronor för lungcancer under 2031.
`;
    const child = `Childhood cancer

Published 14 January 2031

Genomic Medicine Sweden (GMS) receives SEK 5 million for childhood cancer in 2031.
`;
    expect(at(ledger(doc("sv", lung), doc("en", child)), 5_000_000)).toHaveLength(2);
    expect(topicsConflict(topicsOf("för lungcancer"), topicsOf("for childhood cancer"))).toBe(true);
    expect(topicsOf("for rare diseases")).toEqual(topicsOf("till sällsynta diagnoser"));
  });
});

const DECISION = `Uppdrag att betala ut medel för 2031–2032

Publicerad 10 december 2030

Regeringen ger Folkhälsomyndigheten i uppdrag att under 2031 och 2032 betala ut sammanlagt 14 000 000 kronor till Region Jämtland Härjedalen för arbete inom Genomic Medicine Sweden (GMS) med övervakning av virus.

Av beloppet ska 7 000 000 kronor betalas ut under 2031 och 7 000 000 kronor under 2032.
`;

describe("merges: a multi-year total and its yearly shares told elsewhere", () => {
  it("'i år 7 miljoner, som en del av ett tvåårigt uppdrag på sammanlagt 14 miljoner' is the year's share", () => {
    const answer = `Svar på skriftlig fråga

Datum: 2032-02-10

Utöver detta betalar Folkhälsomyndigheten i år ut 7 miljoner kronor till smittspårning inom GMS, som en del av ett tvåårigt uppdrag på sammanlagt 14 miljoner kronor.
`;
    const entries = ledger(doc("beslut", DECISION), doc("svar", answer));
    const total = at(entries, 14_000_000);
    expect(total).toHaveLength(1);
    expect(total[0]?.role).toBe("multi-year-total");
    const shares = at(entries, 7_000_000);
    expect(shares).toHaveLength(2);
    const share2032 = shares.find((e) => e.year === 2032);
    expect(share2032?.partOf).toBe(total[0]?.id);
    expect(docsOf(share2032)).toEqual(["beslut", "svar"]);
    expect(grantSum(entries, 2032)).toBe(7_000_000);
  });

  it("'7 miljoner kronor per år under 2031 och 2032' retells the shares, never a new grant", () => {
    const report = `Verksamhetsberättelse

Publicerad 18 mars 2032

Utöver statsbidragen betalas 7 miljoner kronor per år under 2031 och 2032 ut till smittspårning.
`;
    const entries = ledger(doc("beslut", DECISION), doc("rapport", report));
    const total = at(entries, 14_000_000)[0];
    // Both years' shares at once: one retelling of the whole's shares, joined to neither year's share alone.
    const retold = at(entries, 7_000_000).find((e) => docsOf(e).includes("rapport"));
    expect(retold).toMatchObject({ role: "comparison", years: [2031, 2032], partOf: total?.id });
    expect(retold && fundingRole(retold)).toBe("comparison");
    expect(at(entries, 7_000_000).filter((e) => e.role === "part")).toHaveLength(2);
    expect(grantSum(entries, 2031)).toBe(7_000_000);
    expect(grantSum(entries, 2032)).toBe(7_000_000);
  });

  it("a share told before its whole links forward to it", () => {
    const text =
      "Svar\n\nDatum: 2032-02-10\n\nI år betalas 7 miljoner kronor ut, som en del av ett tvåårigt uppdrag på sammanlagt 14 miljoner kronor.\n";
    const facts = extractFacts(doc("svar", text));
    const share = facts.findIndex((f) => f.amount.valueSek === 7_000_000);
    const whole = facts.findIndex((f) => f.amount.valueSek === 14_000_000);
    expect(facts[share]?.parent).toBe(whole);
    expect(facts[share]?.role.role).toBe("part");
  });

  it("a share is linked forward only when the words say so", () => {
    const denial = `Svar

Datum: 2032-02-10

Folkhälsomyndigheten betalar i år ut 3 miljoner kronor till Genomic Medicine Sweden (GMS), inte en del av uppdraget på sammanlagt 14 miljoner kronor.
`;
    const entries = ledger(doc("svar", denial));
    expect(at(entries, 3_000_000)[0]?.partOf).toBeNull();
  });
});

describe("merges: money GMS gives away", () => {
  it("is not money to GMS", () => {
    const report = `Verksamhetsberättelse

Publicerad 18 mars 2032

Genomic Medicine Sweden (GMS) fick 57 miljoner kronor under 2031. GMS delade under året ut 2,3 miljoner kronor i utbildningsbidrag till personal i regionerna.
`;
    const entries = ledger(doc("rapport", report));
    expect(at(entries, 2_300_000)[0]?.gms).toBe(false);
    expect(at(entries, 57_000_000)[0]?.gms).toBe(true);
  });

  it("reads GMS as the subject of a giving verb, not as the one who divides its own grant", () => {
    const s = "GMS delade under året ut 2,3 miljoner kronor.";
    expect(givenByGms(s, s.indexOf("2,3"))).toBe(true);
    const t = "Genomic Medicine Sweden har beviljat 4 miljoner kronor till projekt.";
    expect(givenByGms(t, t.indexOf("4 milj"))).toBe(true);
    const own = "GMS fördelar 40 miljoner kronor mellan områdena.";
    expect(givenByGms(own, own.indexOf("40"))).toBe(false);
    const to = "Regeringen ger GMS 40 miljoner kronor.";
    expect(givenByGms(to, to.indexOf("40"))).toBe(false);
  });
});

describe("merges: an earlier year's share 'för samma arbete'", () => {
  const decision = (year: number, published: string) => `GMS får pengar för ${year}

Publicerad ${published}

Regeringen ger Genomic Medicine Sweden (GMS) 40 miljoner kronor under ${year}. Av medlen ska 12 miljoner kronor gå till sällsynta diagnoser och 28 miljoner kronor till barncancer.
`;
  const region = (sameWork: string) => `Regionen får pengar

Publicerad 9 mars 2032

Av de 12 miljoner kronor som GMS tilldelats för sällsynta diagnoser 2032 går 3 miljoner kronor till Region Exempel. I fjol fick regionen 2 miljoner kronor av GMS-medlen ${sameWork}.
`;

  it("is a share of that year's money for the area of the share told before it", () => {
    const entries = ledger(
      doc("b2031", decision(2031, "12 januari 2031")),
      doc("b2032", decision(2032, "12 januari 2032")),
      doc("region", region("för samma arbete")),
    );
    const whole2031 = at(entries, 12_000_000).find((e) => e.years.join() === "2031");
    expect(whole2031?.role).toBe("part");
    expect(at(entries, 2_000_000)[0]).toMatchObject({
      role: "comparison",
      years: [2031],
      partOf: whole2031?.id,
    });
    expect(grantSum(entries, 2031)).toBe(40_000_000);
    // Told only here, it is the region's share for answers, never one more grant in a sum.
    const share = at(entries, 2_000_000)[0];
    expect(share && fundingRole(share)).toBe("part");
    expect(share && countsAsGrant(share)).toBe(false);
  });

  it("stays unlinked when the words do not point back to the same work", () => {
    const entries = ledger(
      doc("b2031", decision(2031, "12 januari 2031")),
      doc("b2032", decision(2032, "12 januari 2032")),
      doc("region", region("för ett annat projekt")),
    );
    expect(at(entries, 2_000_000)[0]?.partOf).toBeNull();
  });
});
