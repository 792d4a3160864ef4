// Readings added in session 17 (main): an amount asked about ("tell me about the 16,5 million") is its grant,
// "källa på X" the documents telling X, "when was the 2024 money announced" the documents with their dates,
// a wrong figure put to the bot answered no with what the year got, "why" with nothing else never an empty
// sentence, greetings typed drawn out ("heyy") and beside a year typed with the letter O.
import { describe, expect, it } from "vitest";
import { closestTerms } from "../../src/bot/answers/clarify.js";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { TOPICS } from "../../src/knowledge/index.js";
import { corpusKnowledge } from "../support/question-runner.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-03" });
const seeds = createAsk({ knowledge: seedKnowledge(), now: () => 0 });
const ask = (q: string) => seeds(q, { conversationId: `s17-${q}`, today: "2026-12-03" });

describe("an amount asked about", () => {
  it("'tell me about' an amount answers that amount's grant, not a passage search", () => {
    const a = ask("tell me about the 16,5 million");
    expect(a.intent).toBe("purpose");
    expect(a.figures[0]?.amountSek).toBe(16_500_000);
    expect(ask("berätta om 15 miljoner").figures[0]?.amountSek).toBe(15_000_000);
  });

  it("the source of an amount lists the documents telling it, not every source", () => {
    const a = ask("källa på 49,5 miljoner?");
    expect(a.intent).toBe("documents");
    expect(a.text.split("\n").filter((l) => l.startsWith("•"))).toHaveLength(1);
  });
});

describe("when money was announced", () => {
  it("a year's money asked 'when announced' lists its documents with their dates, earliest first", () => {
    const a = ask("when was the 2024 money announced");
    expect(a.intent).toBe("documents");
    expect(a.text).toMatch(/2024-05-23/);
    const dates = ask("när presenterades pengarna för 2022?").text.match(
      /\(\d{4}-\d{2}(?:-\d{2})?\)/g,
    );
    expect(dates).toEqual([...(dates ?? [])].sort());
  });

  it("'annonserades' is a publishing word", () => {
    expect(read("när annonserades 2024 års pengar?").cues.has("published")).toBe(true);
  });
});

describe("a figure put to the bot", () => {
  it("no document states it for that year: no, then what the year got", () => {
    const a = ask("stämmer det att GMS fick 20 miljoner 2023?");
    expect(a.text).toMatch(/^Nej, dokumenten anger inte 20 miljoner kronor för 2023/);
    expect(a.figures[0]?.amountSek).toBe(10_000_000);
  });

  it("a GMS grant that is stated: yes first", () => {
    expect(ask("stämmer det att GMS fick 10 miljoner 2023?").text).toMatch(/^Ja\./);
  });
});

describe("why, with nothing else", () => {
  it("about GMS: what the documents say GMS is, never an empty amount", () => {
    const a = ask("why does gms get money");
    expect(a.text).not.toMatch(/mentions \./);
    expect(a.text).toMatch(/Genomic Medicine Sweden/);
  });

  it("alone: asks which amount or year", () => {
    const a = ask("varför?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/Vilket belopp eller år/);
  });
});

describe("chat spellings", () => {
  it("a greeting or thanks with its last letter drawn out is read as the word", () => {
    expect(read("heyy gms 2024").cues.has("greeting")).toBe(true);
    expect(read("thxxx").cues.has("thanks")).toBe(true);
    expect(read("heyy gms 2024").coverage.unplaced).toEqual([]);
  });

  it("a drawn-out greeting keeps its place: only a question's first word greets", () => {
    expect(read("what about heyy").cues.has("greeting")).toBe(false);
  });

  it("a drawn-out greeting beside a year typed with the letter O: both read", () => {
    const q = read("heyy gms got how much in 2O24??");
    expect(q.years).toEqual([2024]);
    expect(q.coverage.unplaced).toEqual([]);
  });
});

describe("what a word means", () => {
  it("'what does X mean' asks what it is, not an average", () => {
    const q = read("what does precision medicine mean");
    expect(q.cues.has("average")).toBe(false);
    expect(q.cues.has("whatIs")).toBe(true);
    expect(read("what's the mean per year 2021-2024").cues.has("average")).toBe(true);
  });

  it("the sentence that defines the word comes first", () => {
    const a = ask("vad är precisionsmedicin");
    expect(a.text.split("\n")[1]).toMatch(/^• “Precisionsmedicin, eller individanpassad vård, är/);
  });
});

describe("guesses and notes", () => {
  it("a three-letter name is never offered for a longer word two edits away", () => {
    expect(closestTerms("sucks", "en")).toEqual([]);
    expect(closestTerms("barncanser", "sv").length).toBeGreaterThan(0);
  });

  it("amounts asked in another currency no document converts: kronor, and said so", () => {
    const a = ask("how much did gms get in 2024 in dollars");
    expect(a.figures[0]?.amountSek).toBe(49_500_000);
    expect(a.text).toMatch(/converts nothing/);
  });

  it("filler is never said back as the subject ('in english pls')", () => {
    expect(read("in english pls").asked).toBe("");
  });
});

describe("a decision for a year no grant is decided for", () => {
  it("says no such decision, naming the decision dates nearest the year, once punctuated", () => {
    const extra = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
    const a = extra("vilket beslut gäller 2029?", { today: "2026-12-03" });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Dokumenten beskriver inget sådant beslut\. De daterar beslut till/);
    expect(a.text).not.toMatch(/\.\./);
    expect(a.text).not.toMatch(/84 miljoner/);
  });

  it("'rekvdatum' is a requisition word", () => {
    expect(read("rekvdatum 2027").cues.has("requisition")).toBe(true);
  });
});

describe("social turns", () => {
  it("a goodbye is answered as one, after any thanks", () => {
    expect(ask("hejdå").text).toMatch(/^Hej då!/);
    expect(ask("ok thx bye").text).toMatch(/You're welcome!.*Bye!/);
  });

  it("'u sure?' says where the figures come from", () => {
    const a = ask("u sure?");
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/every figure is quoted/);
  });

  it("'start getting money' asks the first funded year; 'start' is never corrected to a document word", () => {
    const q = read("when did gms start getting money");
    expect(q.cues.has("firstYear")).toBe(true);
    expect(q.stems).toEqual([]);
  });

  it("'kids with cancer' is childhood cancer", () => {
    expect(read("how much money for kids with cancer").topics).toEqual(["barncancer"]);
  });
});

describe("the sender and the presenting official", () => {
  it("'which ministry issued the 2022 decision' names the ministry the documents' openings name", () => {
    const a = ask("Which ministry issued the 2022 decision?");
    expect(a.text).toMatch(/^According to the documents, they come from Socialdepartementet \[1\]/);
  });

  it("'rapporteur' is the presenting official, not a report (an exact word beats a prefix)", () => {
    const q = read("Who was the rapporteur on the decision?");
    expect(q.cues.has("report")).toBe(false);
    expect(ask("Who was the rapporteur on the decision?").text).toMatch(/Martin Janhäll/);
  });

  it("a month and year name when the document was published, not the years of its money", () => {
    const a = ask("what does the December 2020 press release say");
    expect(a.figures.map((f) => f.amountSek)).toContain(16_500_000);
  });
});

describe("a foundation's grant to GMS", () => {
  it("names GMS as its recipient and says it is no state funding, never 'GMS – not GMS'", () => {
    const extra = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
    const a = extra("vad ger barncancerfonden 2028?", { today: "2026-12-03" });
    expect(a.text).toMatch(/Mottagare: Genomic Medicine Sweden \(GMS\) – inte statens medel/);
    expect(a.text).not.toMatch(/\(GMS\) – inte GMS/);
  });
});

describe("an arrow between organisations", () => {
  it("reads giver and recipient and is no unplaced word", () => {
    const q = read("sos -> region skåne 2022?");
    expect(q.coverage.unplaced).toEqual([]);
    expect(q.orgs.map((o) => o.role)).toEqual(["payer", "recipient"]);
  });
});

describe("an amount asked of a year", () => {
  it("'the 9 million for AMR in 2027 on top of the 80 million' weighs the asked year's 9 million", () => {
    const dev = createAsk({ knowledge: corpusKnowledge("devset"), now: () => 0 });
    const a = dev("Was the 9 million for AMR in 2027 on top of the 80 million?", {
      today: "2026-12-03",
    });
    expect(a.figures.map((f) => f.year)).not.toContain(2026);
  });

  it("'which year saw', 'on behalf of', 'the assignment' are no subjects", () => {
    for (const q of [
      "Which year saw the biggest increase?",
      "Who receives the 2026 money on behalf of GMS?",
      "When must Socialstyrelsen report on the assignment?",
    ])
      expect(read(q).coverage.unplaced).toEqual([]);
  });
});

describe("words the lexicon reads by a prefix", () => {
  it("are never put right to another word ('inräknad' stayed no 'inräknat', an including word)", () => {
    const q = read("är medfinansieringen inräknad i 80 miljoner?");
    expect(q.cues.has("included")).toBe(true);
    expect(q.text).toContain("inräknad");
  });

  it("co-funding asked as part of a year's grant lists that year's co-funding, not every year's", () => {
    const dev = createAsk({ knowledge: corpusKnowledge("devset"), now: () => 0 });
    const a = dev("är medfinansieringen inräknad i 80 miljoner?", { today: "2026-12-03" });
    expect(a.text).toMatch(/^Nej: medfinansiering/);
    expect(a.figures.every((f) => f.year === null || f.year >= 2026)).toBe(true);
  });

  it("a number word is no subject ('de andra sex regionerna')", () => {
    expect(read("vad får de andra sex regionerna").stems).not.toContain("sex");
  });
});

describe("an area asked with an organisation none of its money goes to", () => {
  it("says so first, never passes the area's money off as the organisation's", () => {
    const extra = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
    const a = extra("vgr barncancer", { today: "2026-12-03" });
    expect(a.text).toMatch(
      /^Dokumenten anger inte att något av detta går till Västra Götalandsregionen/,
    );
    // Where the organisation's own money is there, it is the answer, with no such lead.
    expect(extra("hur mkt får SUS för prostatacancer", { today: "2026-12-03" }).text).not.toMatch(
      /anger inte att/,
    );
  });
});
