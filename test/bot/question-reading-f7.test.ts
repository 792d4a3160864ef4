// Questions added by helper F7: the verb of handing something in is no topic, a follow-up keeps the organisation's
// own deadline over the years a total spanned, and an English "putting in itself" is an organisation's own money.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { corpusKnowledge } from "../support/question-runner.js";

// The trap pages (a foundation's grant list, a company's interim report) over everything else.
const knowledge = corpusKnowledge("traps");
const ask = createAsk({ knowledge, now: () => 0 });
const vocabulary = createVocabulary(knowledge, []);
const today = { today: "2026-12-02" };

describe("handing something in", () => {
  it("'när ska slutrapporten lämnas?': 'lämnas' is no topic word", () => {
    const query = parseQuestion("när ska slutrapporten lämnas?", vocabulary, today);
    expect(query.stems).toEqual([]);
    expect(query.coverage.unplaced).not.toContain("lämnas");
    expect(query.cues.has("report")).toBe(true);
  });

  it("a follow-up after a total since a year keeps the organisation's own deadline", () => {
    const context = { ...today, conversationId: "f7-lämnas" };
    expect(ask("cancerfonden sedan 2021 till gms-projekt?", context).text).toMatch(/14,5/);
    const answer = ask("och när ska slutrapporten lämnas?", context);
    expect(answer.text).toMatch(/30 juni 2032/);
    expect(answer.text).not.toMatch(/Socialstyrelsen/);
  });

  it("one asked year still names the grant whose deadline is meant ('när ska SoS redovisa 2025 års uppdrag')", () => {
    const answer = ask("när ska SoS redovisa 2025 års uppdrag", today);
    expect(answer.text).toMatch(/31 mars 2026/);
  });

  it("a deadline asked of a year and an organisation still reads that year's grant", () => {
    const answer = ask("när ska region skåne redovisa 2030 års pengar?", today);
    expect(answer.text).toMatch(/31 mars 2031/);
  });
});

describe("an organisation's own money in casual English", () => {
  it("'putting in itself' is co-funding, not an unplaced word", () => {
    const query = parseQuestion("how much is nordigen putting in itself", vocabulary, today);
    expect(query.cues.has("cofund")).toBe(true);
    expect(query.coverage.unplaced).toEqual([]);
  });

  it("'how much is nordigen putting in itself': its own money, never the grant it got", () => {
    const answer = ask("how much is nordigen putting in itself", today);
    expect(answer.figures[0]?.amountSek).toBe(2_800_000);
    expect(answer.text).not.toMatch(/4\.2/);
  });
});

describe("what a minister announced", () => {
  it("'what did the minister announce for gms in 2033': the year's money, not who the minister is", () => {
    const answer = ask("what did the minister announce for gms in 2033", today);
    expect(answer.figures[0]?.amountSek).toBe(118_000_000);
    expect(answer.text).not.toMatch(/^Ministers in the documents/);
  });

  it("'vad meddelade ministern om gms 2033?': 'meddelade' announces, as 'announce' does", () => {
    const query = parseQuestion("vad meddelade ministern om gms 2033?", vocabulary, today);
    expect(query.cues.has("published")).toBe(true);
    expect(ask("vad meddelade ministern om gms 2033?", today).figures[0]?.amountSek).toBe(
      118_000_000,
    );
  });

  it("'which minister announced the 2033 money' still asks who", () => {
    const answer = ask("which minister announced the 2033 money", today);
    expect(answer.text).toMatch(/Helena Strand/);
  });
});

describe("a party's proposal asked in English", () => {
  it("'the left party' is the documents' 'Vänsterpartiet', no topic word 'party'", () => {
    const query = parseQuestion("what did the left party propose", vocabulary, today);
    expect(query.stems).toEqual(["vänsterpartiet"]);
  });

  it("'what did the left party propose lol': that party's proposal, not another party's", () => {
    const answer = ask("what did the left party propose lol", today);
    expect(answer.text).toMatch(/Vänsterpartiet föreslår/);
    expect(answer.text).not.toMatch(/Socialdemokraterna/);
  });

  it("'did the left party want 120 mil a year': checked against the proposals, never 'no' from the grants", () => {
    const answer = ask("did the left party want 120 mil a year for gms?? thats a lot", today);
    expect(answer.text).toMatch(/120 miljoner kronor per år/);
    expect(answer.text).not.toMatch(/do not state/);
    expect(answer.figures).toEqual([]);
  });

  it("'which party proposed …' asks who proposed it", () => {
    const query = parseQuestion(
      "which party proposed 120 million a year for gms",
      vocabulary,
      today,
    );
    expect(query.cues.has("who")).toBe(true);
    expect(query.coverage.unplaced).toEqual([]);
    expect(ask("vilket parti föreslog 360 miljoner?", today).text).toMatch(/Vänsterpartiet/);
  });
});

describe("a university named casually", () => {
  it("'gothenburg uni' is Göteborgs universitet, not the region", () => {
    const query = parseQuestion("how much did gothenburg uni get in 2027", vocabulary, today);
    expect(query.orgs.map((o) => o.name)).toEqual(["Göteborgs universitet"]);
    expect(query.coverage.unplaced).toEqual([]);
  });
});

describe("who may apply", () => {
  it("'vem kan söka' asks who may apply, not for money or an application route", () => {
    const query = parseQuestion("utbildningspotten 2032, vem kan söka?", vocabulary, today);
    expect(query.cues.has("eligible")).toBe(true);
    expect(query.stems).not.toContain("sök");
  });

  it("'utbildningspotten 2032, vem kan söka?': the sentence that says who applies, quoted", () => {
    const answer = ask("utbildningspotten 2032, vem kan söka?", today);
    expect(answer.text).toMatch(/regioner och universitet kan söka/);
    expect(answer.figures).toEqual([]);
  });

  it("a subject no sentence says who applies for is said plainly, never a grant", () => {
    const answer = ask("who is eligible for the gms money 2027", today);
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/don't say who may apply/);
    expect(answer.figures).toEqual([]);
  });
});

describe("co-funding compared year against year", () => {
  it("'How much more did the regions co-fund in 2032 than in 2030?': co-funding against co-funding", () => {
    const answer = ask("How much more did the regions co-fund in 2032 than in 2030?", today);
    expect(answer.figures[0]?.amountSek).toBe(4_000_000);
    expect(answer.text).toMatch(/SEK 26 million in 2030/);
    expect(answer.text).toMatch(/SEK 30 million in 2032/);
  });

  it("'hur mycket mer medfinansiering 2032 än 2030?': never GMS's grants of those years", () => {
    const answer = ask("hur mycket mer medfinansiering 2032 än 2030?", today);
    expect(answer.text).not.toMatch(/94 miljoner|112 miljoner/);
    expect(answer.figures[0]?.amountSek).toBe(4_000_000);
  });

  it("a year with no single co-funding amount is said so, not compared", () => {
    const answer = ask("how did co-funding change from 2026 to 2027", today);
    expect(answer.answered).toBe(false);
    expect(answer.figures).toEqual([]);
  });
});

describe("å, ä and ö typed without their marks", () => {
  it("'umea' is the documents' 'umeå', not an unplaced word", () => {
    const query = parseQuestion("how many ppl work at the umea genomics centre", vocabulary, today);
    expect(query.stems).toContain("umeå");
    expect(query.coverage.unplaced).not.toContain("umea");
  });

  it("a word the lexicon reads alone keeps its letters ('for' is never 'för')", () => {
    const query = parseQuestion("how much for rare diseases in 2027", vocabulary, today);
    expect(query.coverage.unplaced).toEqual([]);
    expect(query.stems).not.toContain("för");
  });
});

describe("an application deadline of the page the words point at", () => {
  it("'the closing date for the bioinformatics job in umea': that advert's date, not every call's", () => {
    const answer = ask(
      "whats the closing date for the bioinformatics job in umea, asking for a friend",
      today,
    );
    expect(answer.text).toMatch(/2 May 2027/);
    expect(answer.text).not.toMatch(/2028/);
  });
});

describe("a procurement asked in English", () => {
  it("'the estimated value of the sequencer procurement' reads the Swedish page's words", () => {
    const query = parseQuestion(
      "What is the estimated value of the sequencer procurement?",
      vocabulary,
      today,
    );
    expect(query.stems).toEqual(expect.arrayContaining(["upphandling", "sekvenser"]));
    expect(query.coverage.unplaced).toEqual([]);
    expect(ask("What is the estimated value of the sequencer procurement?", today).text).toMatch(
      /uppskattade värde är 48 miljoner/,
    );
  });

  it("'tender deadline' stays a deadline cue, no procurement topic", () => {
    const query = parseQuestion("what is the tender deadline", vocabulary, today);
    expect(query.cues.has("deadline")).toBe(true);
    expect(query.stems).toEqual([]);
  });
});

describe("a proposal asked as a yes or no in Swedish", () => {
  it("'vill V ge gms 120 mkr per år?': the proposals naming 120 M, never 'no document names it'", () => {
    const query = parseQuestion("vill V ge gms 120 mkr per år?", vocabulary, today);
    expect(query.cues.has("yesNo")).toBe(true);
    const answer = ask("vill V ge gms 120 mkr per år?", today);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Vänsterpartiet föreslår/);
    expect(answer.text).not.toMatch(/halv miljard/);
    expect(answer.figures).toEqual([]);
  });
});

describe("money a sentence says is required", () => {
  it("'hur mkt behöver gms från 2031': a need told as 'will require', quoted first, never a grant", () => {
    const answer = ask("hur mkt statligt per år behöver gms från 2031 enl 1+mg-rapporten?", today);
    expect(answer.text).toMatch(/require around SEK 130 million/);
    expect(answer.figures).toEqual([]);
  });

  it("'require' asks a need in English", () => {
    const query = parseQuestion("how much will gms require per year from 2031", vocabulary, today);
    expect(query.cues.has("need")).toBe(true);
  });
});
