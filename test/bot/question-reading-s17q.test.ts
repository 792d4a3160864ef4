// Readings added in session 17 (q17): money asked for (a request, read at load as its own statement and quoted as
// asked for, never as a grant), "ggr" and "procentuella" as the times and change cues.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { readStatements, TOPICS } from "../../src/knowledge/index.js";
import { corpusKnowledge } from "../support/question-runner.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });
const all = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
const ask = (q: string, id = `s17-${q}`) => all(q, { conversationId: id, today: "2026-12-02" });
const withGenres = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
const askGenres = (q: string, id = `s17g-${q}`) =>
  withGenres(q, { conversationId: id, today: "2026-12-02" });

const doc = (id: string, text: string) => ({
  id,
  text,
  title: id,
  publisher: null,
  kind: null,
  published: "2028-03-14",
  url: null,
});

describe("money asked for", () => {
  it("is read at load as a request with its amount, in either language", () => {
    const s = readStatements([
      doc("a", "Vi bad om 100 miljoner kronor om året i vår hemställan till regeringen."),
      doc("b", "GMS has asked the government for SEK 120 million a year."),
      doc("c", "Regeringen beslutade om 84 miljoner kronor för 2028."),
    ] as never);
    expect(s.requests.map((r) => [r.span.docId, r.amounts.map((a) => a.valueSek)])).toEqual([
      ["a", [100_000_000]],
      ["b", [120_000_000]],
    ]);
  });

  it.each([
    "hur mkt bad gms om i hemställan?",
    "how much did gms ask the government for per year?",
  ])("%s → quoted as a request, never a grant", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.figures.map((f) => f.amountSek)).toEqual([100_000_000]);
    expect(a.figures[0]?.label).toMatch(/inte beviljat|not granted/);
    expect(a.text).toMatch(/begäran|request/);
    expect(a.citations[0]?.docId).toBe("x23-intervju-fragor-och-svar");
  });

  it("'give me' stays a request for an answer, not money asked for", () => {
    expect(read("give me the 2026 figures").cues.has("askedFor")).toBe(false);
    expect(read("hur mkt bad gms om").cues.has("askedFor")).toBe(true);
  });
});

describe("abbreviated and adjective forms of a comparison", () => {
  it("'ggr' is 'gånger', 'procentuella förändringen' a change", () => {
    expect(read("hur många ggr mer fick gms 2028 än 2018?").cues.has("times")).toBe(true);
    expect(read("den procentuella förändringen från 2028 till 2030").cues.has("change")).toBe(true);
    expect(ask("hur många ggr mer fick gms 2028 än 2018?").text).toMatch(/24 gånger/);
    expect(
      ask("Hur stor var den procentuella förändringen av GMS-stödet från 2028 till 2030?").text,
    ).toMatch(/11,9 %/);
  });
});

describe("an amount claimed of a subject", () => {
  it("no document's amount, claimed of a year or a region: no, then what the documents state for it", () => {
    const a = ask("stämmer det att gms fick 50 miljoner 2024?");
    expect(a.text).toMatch(/^Nej/);
    expect(a.figures[0]?.amountSek).toBe(49_500_000);
    const b = askGenres("stämmer det att norrbotten fick 3 mkr 2026?");
    expect(b.text).toMatch(/^Nej/);
    expect(b.figures[0]?.amountSek).toBe(1_900_000);
  });

  it("with no subject the amount alone is still said unknown, never broadened", () => {
    const a = ask("stämmer det att det var 51 miljoner?");
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
  });

  it("'det var 85' is millions, and claimed of the conversation's subject", () => {
    expect(read("stämmer det att det var 85?").amounts.map((x) => x.valueSek)).toEqual([
      85_000_000,
    ]);
    expect(read("var det 2026?").amounts).toEqual([]);
    const id = "s17-claim-follow-up";
    ask("Hur mycket fick GMS 2024?", id);
    const a = ask("Stämmer det att det var 50 miljoner?", id);
    expect(a.text).toMatch(/^Nej/);
    expect(a.figures[0]?.amountSek).toBe(49_500_000);
  });

  it("an amount a correction names is the correction's only when no grant of the asked years has it", () => {
    const a = ask("stämmer det att gms fick 12 mkr 2019?");
    expect(a.figures[0]?.amountSek).toBe(12_000_000);
    expect(a.text).not.toMatch(/rättelse/i);
    expect(ask("stämmer 12 miljoner till RS?").text).toMatch(/rättelse/i);
  });
});

describe("who got past a bar", () => {
  it("'vem fick mer än 60 miljoner?' lists the grants past the bar, each with its receiver", () => {
    expect(read("vem fick mer än 60 miljoner?").threshold?.valueSek).toBe(60_000_000);
    const a = ask("vem fick mer än 60 miljoner?");
    expect(a.intent).toBe("threshold-list");
    const shown = a.figures.map((f) => f.amountSek);
    for (const m of [66, 80, 84, 94]) expect(shown).toContain(m * 1_000_000);
    expect(a.text).toMatch(/Mottagare: Region Skåne/);
    expect(a.text).not.toMatch(/ingen mottagare/);
    expect(ask("who got more than 60 million in 2027?").text).toMatch(
      /Recipient: Genomic Medicine Sweden/,
    );
  });
});

describe("a kind of giver", () => {
  it("'does gms get money from companies?' says plainly that no document names a company as giver", () => {
    expect(read("does gms get money from companies?").cues.has("companyKind")).toBe(true);
    for (const q of ["does gms get money from companies?", "får gms pengar från företag?"]) {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.figures).toEqual([]);
      expect(a.text).toMatch(/company|företag/);
    }
  });

  it("'vilka regioner finansierar gms?' lists only the regions' money, the regions together among them", () => {
    const a = ask("vilka regioner finansierar gms?");
    expect(a.text).toMatch(/Regionerna \(medfinansiering\)/);
    expect(a.text).not.toMatch(/Regeringen/);
  });
});

describe("when a project runs and who leads it", () => {
  it("'over two years (2027–2028)' is read as a project's period", () => {
    const s = readStatements([
      doc(
        "p",
        "The largest project, led by Chalmers, receives SEK 4.8m over two years (2027–2028).",
      ),
    ] as never);
    expect(s.periods.map((p) => [p.from, p.to])).toEqual([[2027, 2028]]);
  });

  it("a project named by an organisation gets its own years, never another project's for the word 'project'", () => {
    const a = askGenres("how long does the chalmers ai project run");
    expect(a.text).toMatch(/2027–2028/);
    expect(a.text).not.toMatch(/SHARE-GEN/);
    expect(askGenres("how long does the share-gen project run").text).toMatch(/2026–2028/);
  });

  it("'Under vilka år pågår …' asks the project's years, not its money by year", () => {
    const a = ask(
      "Under vilka år pågår Barncancerfondens projekt om helgenomsekvensering av barntumörer?",
    );
    expect(a.text).toMatch(/2028–2030/);
    expect(a.figures).toEqual([]);
  });

  it("'leds från Karolinska Institutet' and 'säger projektledaren Anna Nordström' name who leads", () => {
    const s = readStatements([
      doc("l", "Projektet leds från Karolinska Institutet och pågår 2028–2030."),
      doc(
        "m",
        "– Det går fortare nu, säger projektledaren Anna Nordström, docent vid Karolinska Institutet.",
      ),
    ] as never);
    expect(s.leads.map((l) => l.leader.text)).toEqual(["Karolinska Institutet", "Anna Nordström"]);
    expect(ask("Vem leder barntumörprojektet som Barncancerfonden finansierar?").text).toMatch(
      /Anna Nordström/,
    );
  });
});

describe("who asked the question", () => {
  it("'Eva Strand har frågat mig' names the interpellation's asker, with its heading as context", () => {
    const s = readStatements([
      doc(
        "i",
        "§ 6 Svar på interpellation 2027/28:301 om finansiering\n\nFru talman! Eva Strand har frågat mig vad jag avser att göra.",
      ),
    ] as never);
    const asker = s.people.find((p) => p.role === "questioner");
    expect(asker?.name).toBe("Eva Strand");
    expect(asker?.context.map((c) => c.text)).toEqual([
      "§ 6 Svar på interpellation 2027/28:301 om finansiering",
    ]);
  });

  it("the interpellation and the written question each answer with their own asker", () => {
    expect(ask("vem ställde interpellationen om gms långsiktiga finansiering?").text).toMatch(
      /^Frågan ställdes av Eva Strand \[/,
    );
    expect(ask("Vem ställde den skriftliga frågan om flerårigt anslag till GMS?").text).toMatch(
      /^Frågan ställdes av Lena Ström/,
    );
  });
});

describe("sources of the answer just given", () => {
  it("'källa?' after a year's answer cites that year's figures, not the list of every document", () => {
    const id = "s17-källa";
    ask("hur mkt fick gms 2027?", id);
    ask("och året efter?", id);
    const a = ask("källa?", id);
    expect(a.figures[0]?.amountSek).toBe(84_000_000);
    expect(a.text).toMatch(/^Källorna till det/);
    expect(a.text).not.toMatch(/Svaren bygger på/);
    expect(ask("källor?", "s17-källor-alone").text).toMatch(/^Svaren bygger på/);
  });
});

describe("a share of a whole no document tells as one amount", () => {
  it("'andel av 2022 års 21,75 miljoner' is the share of the year's grants that add up to it", () => {
    const seeds = createAsk({ knowledge: seedKnowledge(), now: () => 0 });
    const a = seeds("Hur stor andel av 2022 års 21,75 miljoner gick till lungcancer?", {
      conversationId: "s17-share",
      today: "2026-12-02",
    });
    expect(a.text).toMatch(/27,6 %/);
    expect(a.figures.map((f) => f.amountSek)).toEqual([6_000_000, 21_750_000]);
    // A whole that adds up to nothing the documents tell is still not made up.
    const b = seeds("Hur stor andel av 2022 års 30 miljoner gick till lungcancer?", {
      conversationId: "s17-share-2",
      today: "2026-12-02",
    });
    expect(b.text).not.toMatch(/%/);
  });
});

describe("abbreviated comparisons", () => {
  it("'jmf med', 'jfr' compare like 'jämfört med'", () => {
    for (const q of ["hur mkt mer fick sällsynta 27 jmf med 25", "sällsynta 2027 jfr 2025"])
      expect(read(q).cues.has("versus")).toBe(true);
    expect(ask("hur mkt mer fick sällsynta 27 jmf med 25").text).toMatch(
      /ökning med 1 miljon kronor/,
    );
  });
});

describe("a part the question's subject names", () => {
  it("comes before the whole that matched only through the part's sentence", () => {
    const a = askGenres("norrbotten tumörsekvensering -27, hur mkt?");
    expect(a.figures.map((f) => f.amountSek)).toEqual([1_200_000, 2_400_000]);
    // A whole whose own area is the subject stays first ("amr 2027": the 9 M, then what is handed on).
    expect(ask("amr 2027").figures[0]?.amountSek).toBe(9_000_000);
    expect(askGenres("norrbotten 2027 mnkr?").figures[0]?.amountSek).toBe(2_400_000);
  });
});
