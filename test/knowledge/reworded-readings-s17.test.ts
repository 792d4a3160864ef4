// The same facts told in other words, session 17 (found by rewording fifteen more pages, the devset in English and
// the devset retold in other genres): each reading on a made-up page.
import { describe, expect, it } from "vitest";
import { countsAsGrant, type LedgerEntry } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const page = (body: string, title = "Nyheter") =>
  ledger(textDocument("rw17", `${title}\n\nPublicerad 3 mars 2036\n\n${body}`, "2036-03-03"));

const grantSum = (entries: LedgerEntry[], year: number) =>
  entries
    .filter((e) => countsAsGrant(e) && e.years.includes(year))
    .reduce((s, e) => s + e.amountSek, 0);

describe("who gets and who gives, told in other words", () => {
  it("'Medlen fördelas sedan av Region X vidare': a region paid the money that passes it on holds no grant of its own", () => {
    const entries = page(
      "Kammarkollegiet betalar ut 2036 års statsbidrag till Genomic Medicine Sweden (GMS). Medlen fördelas sedan av Region Norrland vidare till övriga regioner.\n\nUtbetalningar 2035\n\nRegion Norrland fick under 2035 totalt 40 000 000 kronor utbetalda.",
      "GMS: utbetalningar",
    );
    expect(at(entries, 40_000_000)[0]?.recipient).toBeNull();
  });

  it("'The Public Health Agency of Sweden (Folkhälsomyndigheten) is instructed … to disburse' names the payer", () => {
    const entries = page(
      "The Public Health Agency of Sweden (Folkhälsomyndigheten) is instructed by the Government to disburse a total of SEK 20,000,000 to Region Norrland in 2036 for work within Genomic Medicine Sweden (GMS).",
    );
    expect(at(entries, 20_000_000)[0]?.payer).toBe("Folkhälsomyndigheten");
  });

  it("'har regionfullmäktige beslutat att avsätta' gives the region's own money, no grant", () => {
    const entries = page(
      "Region Norrland är en del av Genomic Medicine Sweden (GMS). För att bygga ut centret har regionfullmäktige beslutat att avsätta ytterligare 3 miljoner kronor under 2036.",
    );
    expect(at(entries, 3_000_000)[0]?.funder).toBe("Region Norrland");
    expect(grantSum(entries, 2036)).toBe(0);
  });

  it("'the seven university-hospital regions will contribute SEK 26m of their own money' is co-funding", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) receives SEK 90m in 2036. The seven university-hospital regions will contribute SEK 26m of their own money in 2036.",
    );
    expect(at(entries, 26_000_000)[0]?.role).toBe("co-funding");
    expect(grantSum(entries, 2036)).toBe(90_000_000);
  });

  it("'SciLifeLab's share of the EU money' is no money of the Swedish state's", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) takes part in a new EU project. SciLifeLab's share of the EU money is SEK 4.5 million.",
    );
    expect(at(entries, 4_500_000)[0]?.gms).toBe(false);
  });

  it("a yearly slice of a foundation's money ('fördelas över två år: 3 miljoner 2036 och …') is the foundation's", () => {
    const entries = page(
      "Barncancerfonden satsar 6 miljoner kronor på en studie inom Genomic Medicine Sweden (GMS).\n\nBarncancerfondens 6 miljoner kronor fördelas över två år: 3 miljoner kronor 2036 och lika mycket, 3 miljoner kronor, 2037.",
    );
    expect(grantSum(entries, 2036)).toBe(0);
    expect(grantSum(entries, 2037)).toBe(0);
  });
});

describe("what money is, told in other words", () => {
  it("'That package as a whole is worth SEK 1.2bn' after a GMS sentence is the wider package, not GMS's", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) will receive SEK 90m in 2036. The GMS grant sits inside a broader life-science package. That package as a whole is worth SEK 1.2bn over four years.",
    );
    expect(at(entries, 1_200_000_000)[0]?.gms).toBe(false);
  });

  it("analysts 'had been expecting roughly SEK 95m' is no grant", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) will receive SEK 90m in 2036. Analysts had been expecting roughly SEK 95m for GMS this year.",
    );
    expect(grantSum(entries, 2036)).toBe(90_000_000);
  });

  it("'I april betalades 1 150 000 kronor av medlen tillbaka' is money paid back", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) fick 40 miljoner kronor för 2036. I april 2036 betalades 1 150 000 kronor av medlen tillbaka.",
    );
    // Money paid back is no funding: never a grant nor a share (the ledger keeps no entry for it).
    for (const e of at(entries, 1_150_000)) expect(e.role).toBe("not-funding");
    expect(grantSum(entries, 2036)).toBe(40_000_000);
  });

  it("'Socialstyrelsen may use SEK 30,400,000 for the assignment' and 'charged to appropriation 1:6' are frames", () => {
    const entries = page(
      "Socialstyrelsen shall pay SEK 30,000,000 to Genomic Medicine Sweden (GMS) in 2036. Socialstyrelsen may use SEK 30,400,000 for the assignment during 2036. Of this, SEK 20,400,000 is to be charged to appropriation 1:6, item 16, and SEK 10,000,000 to item 24 of the same appropriation.",
    );
    expect(at(entries, 30_400_000)[0]?.role).toBe("budget-frame");
    expect(grantSum(entries, 2036)).toBe(30_000_000);
  });

  it("'Ramen för Socialstyrelsens uppdrag under 2036 är 30,4 miljoner kronor' is a frame", () => {
    const entries = page(
      "Socialstyrelsen ska under 2036 betala ut 30 miljoner kronor till Genomic Medicine Sweden (GMS). Ramen för Socialstyrelsens uppdrag under 2036 är 30,4 miljoner kronor.",
    );
    expect(at(entries, 30_400_000)[0]?.role).toBe("budget-frame");
  });

  it("'30 miljoner kronor (30 000 000 kr)' is one amount, not two grants", () => {
    const entries = page(
      "Socialstyrelsen ska under 2036 betala ut 30 miljoner kronor (30 000 000 kr) till Genomic Medicine Sweden (GMS).",
    );
    expect(grantSum(entries, 2036)).toBe(30_000_000);
  });

  it("a dot leader in a facts box ('GMS co-funding ........ SEK 1.2 million') keeps the label with its value", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) receives SEK 40m in 2036.\n\nKey figures\nGMS co-funding ................... SEK 1.2 million",
    );
    expect(at(entries, 1_200_000)[0]?.role).toBe("co-funding");
  });
});

describe("shares and wholes, told in other words", () => {
  it("'For pharmacogenomics in 2036, the Government has allocated SEK 6 million to GMS' is for pharmacogenomics", () => {
    const entries = page(
      "For pharmacogenomics in 2036, the Swedish Government has allocated SEK 6 million to Genomic Medicine Sweden.",
    );
    expect(at(entries, 6_000_000)[0]?.purpose).toBe("pharmacogenomics");
  });

  it("'Av årets statliga GMS-pengar får Region X 2,4 mnkr' is a share", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 80 miljoner kronor 2036.\n\nAv årets statliga GMS-pengar får Region Norrland 2,4 mnkr.",
    );
    expect(at(entries, 2_400_000)[0]?.role).toBe("part");
    expect(grantSum(entries, 2036)).toBe(80_000_000);
  });

  it("an aligned table under a node's share, adding up to it, splits that share", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 80 miljoner kronor 2036.\n\nAv det statliga stödet till GMS för 2036 får GMS Norr 13 mnkr. Nodens pengar fördelas så här:\n\nOmråde                 Belopp\nSolida tumörer         5 mnkr\nSällsynta diagnoser    3 mnkr\nBarncancer             3 mnkr\nDatadelning            2 mnkr",
    );
    const [share] = at(entries, 13_000_000);
    expect(at(entries, 5_000_000)[0]?.partOf).toBe(share?.id);
    expect(grantSum(entries, 2036)).toBe(80_000_000);
  });

  it("short sentences of grants in one paragraph adding up to the year's money are its split", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) får 40 miljoner kronor av staten för 2036.\nFörra året var stödet 35 miljoner kronor.\nPengarna delas på tre områden. Sällsynta diagnoser får 15 miljoner. Barncancer får 15 miljoner. Datadelning får 10 miljoner.",
    );
    const [whole] = at(entries, 40_000_000);
    expect(at(entries, 10_000_000)[0]?.partOf).toBe(whole?.id);
    expect(grantSum(entries, 2036)).toBe(40_000_000);
  });

  it("'paid out in two instalments: SEK 9,000,000 in 2036 and SEK 9,000,000 in 2037' are both shares of the whole", () => {
    const entries = page(
      "Folkhälsomyndigheten shall pay a total of SEK 18,000,000 to Region Norrland in 2036 and 2037 for work within Genomic Medicine Sweden (GMS).\n\nThe amount is to be paid out in two instalments: SEK 9,000,000 in 2036 and SEK 9,000,000 in 2037.",
    );
    const parts = at(entries, 9_000_000);
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.role).toBe("part");
  });

  it("a pipe table's co-funding cell and its 'Summa, stat och regioner' row are not grants", () => {
    const entries = page(
      "Genomic Medicine Sweden (GMS) byggs upp 2036.\n\nTabell 1. Finansiering 2036 (miljoner kronor)\n\n| Finansiär | Roll | 2036 |\n|---|---|---|\n| Staten genom Vinnova | bidrag | 12 |\n| Regionerna | medfinansiering | 12 |\n| Summa, stat och regioner | | 24 |",
    );
    expect(grantSum(entries, 2036)).toBe(12_000_000);
  });
});

describe("one area in two languages", () => {
  it("an English telling of a known area shares the Swedish telling's words: no merge on amount alone", () => {
    const entries = ledger(
      textDocument(
        "sv17",
        "Nyheter\n\nPublicerad 3 mars 2036\n\nGenomic Medicine Sweden (GMS) får 7 miljoner kronor 2036 till arbete med antibiotikaresistens.",
        "2036-03-03",
      ),
      textDocument(
        "en17",
        "News\n\nPublished 4 March 2036\n\nAntibiotic resistance work at Genomic Medicine Sweden (GMS) gets SEK 7 million in 2036.",
        "2036-03-04",
      ),
    );
    const [entry] = at(entries, 7_000_000);
    expect(entry?.sources.map((s) => s.docId).sort()).toEqual(["en17", "sv17"]);
    expect((entry?.weak ?? []).some((w) => w.includes("amount and year alone"))).toBe(false);
  });
});
