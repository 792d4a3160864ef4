// Readings added in session 18 (found on pages retold in other genres and on new pages): each on a made-up page.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import {
  countsAsGrant,
  type LedgerEntry,
  loadDocuments,
  loadKnowledge,
} from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const page = (id: string, body: string, published = "2036-01-12") =>
  textDocument(id, `Nyheter\n\nPublicerad ${published}\n\n${body}`, published);

const grantSum = (entries: LedgerEntry[], year: number) =>
  entries
    .filter((e) => countsAsGrant(e) && e.years.includes(year))
    .reduce((s, e) => s + e.amountSek, 0);

describe("a Q&A page", () => {
  const release = page(
    "pm",
    "Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 70 miljoner kronor 2037.",
    "2036-12-18",
  );

  it("an answer line under 'Hur mycket får GMS nästa år?' is that year's money, and retells the year's grant", () => {
    const qa = page(
      "qa",
      "Frågor och svar\n\nHur mycket får Genomic Medicine Sweden (GMS) nästa år?\n70 miljoner kronor. Beslutet fattade regeringen i december.",
      "2036-12-20",
    );
    const entries = ledger(release, qa);
    expect(at(entries, 70_000_000)).toHaveLength(1);
    expect(grantSum(entries, 2037)).toBe(70_000_000);
  });

  it("a question's time at its end dates its answer in English too ('How much does GMS get this year?')", () => {
    const qa = page(
      "qa-en",
      "Questions and answers\n\nHow much does Genomic Medicine Sweden (GMS) get this year?\nSEK 70 million. The Government decided in December.",
      "2037-01-10",
    );
    const entries = ledger(release, qa);
    expect(at(entries, 70_000_000)).toHaveLength(1);
  });
});

describe("an English decision's address block", () => {
  const decision = [
    "Government Decision I:9",
    "",
    "11 December 2035",
    "",
    "Ministry of Health and Social Affairs",
    "",
    "The Public Health Agency of Sweden (Folkhälsomyndigheten)",
    "SE-171 82 Solna",
    "",
    "Assignment to disburse funds for 2036 for genomic surveillance of antibiotic resistance within Genomic Medicine Sweden",
    "",
    "The Public Health Agency of Sweden (Folkhälsomyndigheten) is instructed by the Government to disburse SEK 4,000,000 to Region Norrland in 2036 for work within Genomic Medicine Sweden (GMS) on sequencing of bacteria.",
    "",
  ].join("\n");

  it("names an addressee above a postal address, no headline: the title is the assignment", () => {
    const dir = mkdtempSync(join(tmpdir(), "gms-s18-"));
    try {
      writeFileSync(join(dir, "beslut.txt"), decision);
      expect(loadDocuments(dir).documents[0]?.title).toMatch(/^Assignment to disburse funds/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an area its English title names is asked for by its Swedish name or its short form ('AMR money for 2036?')", () => {
    const dir = mkdtempSync(join(tmpdir(), "gms-s18-"));
    try {
      writeFileSync(join(dir, "beslut.txt"), decision);
      const ask = createAsk({ knowledge: loadKnowledge(dir) });
      for (const q of ["AMR money for 2036?", "hur mycket till antibiotikaresistens 2036?"]) {
        const answer = ask(q, { today: "2036-03-01" });
        expect(
          answer.figures.map((f) => f.amountSek),
          q,
        ).toEqual([4_000_000]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("money a new page tells beside GMS's (ten pages of traps)", () => {
  const one = (body: string, published = "2036-06-12") => ledger(page("trap", body, published));

  it("a column headed 'Approx. EUR' holds euros, though its cells write no currency", () => {
    const entries = one(
      [
        "Genomic Medicine Sweden (GMS) compared with its neighbours.",
        "",
        "Country    National body                    Funding 2036       Approx. EUR",
        "Denmark    Danish National Genome Center    DKK 135 million    18.1 million",
        "Sweden     Genomic Medicine Sweden          SEK 94 million      8.3 million",
        "",
      ].join("\n"),
    );
    expect(at(entries, 18_100_000)).toHaveLength(0);
    expect(at(entries, 8_300_000)).toHaveLength(0);
    expect(at(entries, 94_000_000)).toHaveLength(1);
  });

  it("'i planen för 2037–2038 räknar nämnden med … 11 miljoner kronor per år' is a plan, no grant", () => {
    const entries = one(
      "Noden ingår i Genomic Medicine Sweden (GMS). I budgeten för 2037 och i planen för 2038–2039 räknar nämnden försiktigt med ett oförändrat statsbidrag på 11 miljoner kronor per år.",
    );
    expect(grantSum(entries, 2038)).toBe(0);
  });

  it("'Därutöver finansierar universitetet … ur statsanslaget' is the university's own money", () => {
    const entries = one(
      "Universitetet är värd för en nod i Genomic Medicine Sweden (GMS). Därutöver finansierar universitetet två lektorat i klinisk genetik med 1,9 miljoner kronor ur statsanslaget.",
    );
    expect(at(entries, 1_900_000)[0]?.gms).toBe(false);
    expect(grantSum(entries, 2036)).toBe(0);
  });

  it("'När GMS startade 2030 …' dates the money told right after it in the paragraph", () => {
    const entries = one(
      "Jag vill börja med att gå tillbaka i tiden. När GMS startade 2030 handlade det om en förstudie. Vinnova gick in med 3,5 miljoner kronor, och många undrade om regionerna kunde enas.",
    );
    expect(at(entries, 3_500_000)[0]?.years).toEqual([2030]);
  });

  it("'Däremot avsätter styrgruppen … 2 miljoner kronor' hands on GMS's own money, no new grant to GMS", () => {
    const entries = one(
      "Kan jag söka pengar från Genomic Medicine Sweden (GMS)? GMS delar inte ut forskningsbidrag. Däremot avsätter styrgruppen varje år en mindre del av samordningsmedlen till utbildning, i år 2 miljoner kronor.",
    );
    expect(grantSum(entries, 2036)).toBe(0);
  });

  it("'I år får GMS 84 miljoner' on a page with no date takes no other sentence's year", () => {
    const entries = ledger(
      textDocument(
        "undated",
        "Motion\n\nI år får Genomic Medicine Sweden (GMS) 84 miljoner kronor. Det är mindre än de 85 miljoner kronor som regeringen beräknade i budgetpropositionen för 2037.",
        null,
      ),
    );
    expect(at(entries, 84_000_000)[0]?.years ?? []).not.toContain(2037);
  });
});

describe("a split told in prose or lines, found by its sum (the devset retold, read all together)", () => {
  const one = (body: string) => ledger(page("split", body, "2036-12-17"));

  it("'6 miljoner vardera till A och B' counts twice toward the whole it splits", () => {
    const entries = one(
      "Regeringen har beslutat att Genomic Medicine Sweden (GMS) får 80 miljoner kronor för 2037. Solida tumörer tar 30 av de 80 miljonerna. Resterande 50 miljoner kronor delas på fem områden: 16 miljoner går till sällsynta diagnoser, 12 miljoner till barncancer, 10 miljoner till datadelning och 6 miljoner vardera till ärftlig hjärtsjukdom och farmakogenomik.",
    );
    expect(grantSum(entries, 2037)).toBe(80_000_000);
    expect(at(entries, 6_000_000)[0]?.role).toBe("part");
  });

  it("the amounts after a colon that add up to the amount before it are its shares, not grants of their own", () => {
    const entries = one(
      "Genomic Medicine Sweden (GMS) gets SEK 80m from the state in 2037.\n\nAT A GLANCE\nLargest item: solid tumours, SEK 30m\nOther items, together SEK 50m: rare diseases SEK 16m; childhood cancer SEK 12m; data sharing SEK 10m; inherited heart disease SEK 6m; pharmacogenomics SEK 6m",
    );
    for (const amount of [16_000_000, 12_000_000, 10_000_000])
      expect(at(entries, amount)[0]?.role, String(amount)).toBe("part");
  });

  it("'De 66 miljonerna delas upp på sex poster:' opens the lines that add up to it", () => {
    const entries = one(
      "Genomic Medicine Sweden (GMS) tilldelas 66 miljoner kronor för 2037.\n\nVad går pengarna till?\nDe 66 miljonerna delas upp på fyra poster:\nSällsynta diagnoser – 16 mnkr\nSolida tumörer – 30 mnkr\nDatadelning – 12,5 mnkr\nPilot om ärftlig hjärtsjukdom – 7,5 mnkr\nSumma: 66 mnkr",
    );
    expect(grantSum(entries, 2037)).toBe(66_000_000);
    expect(at(entries, 12_500_000)[0]?.role).toBe("part");
  });
});

describe("a share's recipient", () => {
  it("is the one a later telling names, not its whole's GMS, when the first telling names none", () => {
    const first = page(
      "a",
      "Regeringen har avsatt 80 miljoner kronor till Genomic Medicine Sweden (GMS) för 2037. Under 2037 fick noden 11 miljoner kronor av de 80 miljonerna.",
      "2037-01-10",
    );
    const later = page(
      "b",
      "Av de 80 miljoner kronor som Genomic Medicine Sweden (GMS) fick 2037 gick 11 miljoner kronor till Region Norrland.",
      "2037-06-01",
    );
    const share = at(ledger(first, later), 11_000_000)[0];
    expect(share?.recipient).not.toMatch(/Genomic Medicine Sweden|GMS/);
  });
});
