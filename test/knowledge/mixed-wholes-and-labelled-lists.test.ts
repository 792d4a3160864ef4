// A whole that mixes the state's grant with the regions' money, a whole named by its owner ("Av statens 70
// miljoner …"), a list of "Region X: 5 mkr" lines without markers, and a need that is no funding: made-up pages.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { countsAsGrant, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const interview = textDocument(
  "intervju",
  `Läkartidningen

Långsiktighet efterfrågas

Publicerad: 2031-04-02 08:15

Hur stor är GMS budget i år?
– GMS budget för 2031 är drygt 88 miljoner kronor, varav 70 miljoner kommer från staten och resten från regionerna.

Räcker det?
– Nej. För att bygga ut sekvenseringen i hela landet behövs uppemot 140 miljoner kronor om året, säger ordföranden Per Ahl.

Vad händer med pengarna?
– Ungefär hälften, 36 miljoner kronor, går till de regionala GMS-centrumen.
`,
);
const region = textDocument(
  "region",
  `Region Örebro län

Så fördelas GMS-pengarna 2031

Publicerad 5 februari 2031

Av statens 70 miljoner kronor till Genomic Medicine Sweden 2031 går 36 miljoner kronor till de regionala GMS-centrumen. Så fördelas pengarna:

Region Örebro län: 9 mkr
Region Östergötland: 12 mkr
Västra Götalandsregionen: 15 mkr
`,
);
const decision = textDocument(
  "beslut",
  "Pressmeddelande\n\nPengar till GMS\n\nPublicerad 2030-12-15\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2031.",
  "2030-12-15",
);

const knowledge = fromDocuments([interview, region, decision]);
const { entries } = knowledge.ledger;
const of = (sek: number) => entries.find((e) => e.amountSek === sek);
const ask = createAsk({ knowledge });
const answer = (q: string) => ask(q, { today: "2031-05-01" });

describe("a whole that mixes the state's money with others'", () => {
  it("is a stated total; the state's share is the grant, counted once", () => {
    expect(of(88_000_000)?.role).toBe("total");
    expect(of(70_000_000)?.role).toBe("grant");
    expect(of(70_000_000)?.partOf).toBeNull();
    expect(entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([70_000_000]);
    expect(answer("hur mycket får gms 2031?").figures[0]?.amountSek).toBe(70_000_000);
  });
});

describe("a whole named by its owner, and a list of labelled lines", () => {
  it("'Av statens 70 miljoner … går 36 miljoner' makes the 36 a share of the 70", () => {
    expect(of(36_000_000)?.role).toBe("part");
    expect(of(36_000_000)?.partOf).toBe(of(70_000_000)?.id);
    // The words before the whole only point to it: they are no purpose.
    expect(of(70_000_000)?.purpose).not.toMatch(/^Av statens$/);
  });

  it("each 'Region X: 9 mkr' line is a share of the 36 with its region as recipient", () => {
    for (const [sek, name] of [
      [9_000_000, "Region Örebro län"],
      [12_000_000, "Region Östergötland"],
      [15_000_000, "Västra Götalandsregionen"],
    ] as const) {
      expect(of(sek)?.partOf).toBe(of(36_000_000)?.id);
      expect(of(sek)?.recipient).toBe(name);
    }
    expect(of(36_000_000)?.notes).toEqual([]);
    expect(answer("vad fick östergötland 2031").figures[0]?.amountSek).toBe(12_000_000);
  });

  it("one share set off on a line of its own claims no complete split of its whole", () => {
    expect(of(70_000_000)?.notes).toEqual([]);
  });
});

describe("a need", () => {
  it("is no funding: 'hur mycket behöver GMS' quotes what is needed, with no figures", () => {
    expect(of(140_000_000)).toBeUndefined();
    const a = answer("hur mycket behöver gms?");
    expect(a.text).toMatch(/140 miljoner kronor om året/);
    expect(a.figures).toEqual([]);
  });
});

describe("titles and givers read from the same pages", () => {
  it("a title before the name in a speech ('säger ordföranden Per Ahl') is the speaker's title", () => {
    const ahl = knowledge.statements.people.find((p) => p.name === "Per Ahl");
    expect(ahl?.title).toBe("ordföranden");
  });

  it("a quoted person's title told elsewhere in the page ('GMS ordförande Lars Holm') is kept", () => {
    const page = textDocument(
      "page",
      "Nyhet\n\nSamtal om GMS\n\nPublicerad 2031-04-02\n\nVi träffade GMS ordförande Lars Holm.\n\n– Det räcker inte, säger Lars Holm.",
    );
    const holm = fromDocuments([page]).statements.people.find((p) => p.name === "Lars Holm");
    expect(holm?.title).toBe("GMS ordförande");
  });

  it("money whose funder is named is not given by another organisation its sentence names", () => {
    expect(answer("hur mycket betalar regionerna 2031").figures).toEqual([]);
  });
});

describe("a node's slice of the national money", () => {
  const uni = textDocument(
    "uni",
    "Universitetet\n\nNyheter\n\nMiljoner till precisionsmedicin\n\nPublicerad 2031-05-12\n\nGenomic Medicine Sweden Syd får i år 9 miljoner kronor av de nationella GMS-medlen. Det är en ökning med tre miljoner jämfört med förra året.",
    "2031-05-12",
  );
  const k = fromDocuments([decision, uni]);

  it("'9 miljoner kronor av de nationella GMS-medlen' is a share, never a grant beside the year's", () => {
    expect(k.ledger.entries.find((e) => e.amountSek === 9_000_000)?.role).toBe("part");
    expect(k.ledger.entries.filter((e) => countsAsGrant(e)).map((e) => e.amountSek)).toEqual([
      70_000_000,
    ]);
    // The answer names no purpose for a grant whose only words are its announcing sentence: the quote does.
    const a = createAsk({ knowledge: k })("hur mycket får gms 2031", { today: "2031-06-01" });
    expect(a.text).toMatch(/^70 miljoner kronor \(2031\) \[1\]/);
  });

  it("a rounded headline ('Knappt fem miljoner') is no whole of the amount it rounds", () => {
    const page = textDocument(
      "rounded",
      "Region Örebro län\n\nKnappt fem miljoner till sällsynta diagnoser\n\nPublicerad 2031-03-01\n\nRegion Örebro län får 4,8 miljoner kronor av de statliga pengar som Genomic Medicine Sweden (GMS) har fått för sällsynta diagnoser i år.",
      "2031-03-01",
    );
    const share = fromDocuments([page]).ledger.entries.find((e) => e.amountSek === 4_800_000);
    expect(share?.partOf ?? null).toBeNull();
  });
});

describe("what the regions are to put in, told against an earlier year", () => {
  const page = textDocument(
    "trade",
    "Nyheter\n\nKrav på regionerna\n\nPublicerad: 2035-04-08\n\nRegeringen har beslutat om 70 miljoner kronor till Genomic Medicine Sweden för 2035.\n\nEnligt beslutet ska regionerna tillsammans skjuta till minst lika mycket som de fått 2034, alltså omkring 20 miljoner kronor.",
    "2035-04-08",
  );
  const ledger = fromDocuments([page]).ledger.entries;

  it("is the regions' co-funding, never counted alone as the earlier year's grant", () => {
    const twenty = ledger.find((e) => e.amountSek === 20_000_000);
    expect(twenty?.role).toBe("co-funding");
    expect(ledger.filter((e) => countsAsGrant(e) && e.years.includes(2034))).toEqual([]);
  });

  it("'hur mycket ska regionerna skjuta till?' asks for their co-funding", () => {
    const ask = createAsk({ knowledge: fromDocuments([page]) });
    const answer = ask("hur mycket ska regionerna skjuta till?", { today: "2035-06-01" }).text;
    expect(answer).toContain("20 miljoner kronor");
    expect(answer).toContain("medfinansiering");
    expect(answer).not.toContain("70 miljoner");
  });
});
