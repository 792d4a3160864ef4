// Questions added by helper F8: "from gms money" names whose money, an English word tried in its Swedish twin,
// "the pay" of a job is a salary, and a short subject word is no part of a name.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { corpusKnowledge } from "../support/question-runner.js";

// The trap pages (a university's grant table, a foundation's grant list, a job advert) over everything else.
const knowledge = corpusKnowledge("traps");
const ask = createAsk({ knowledge, now: () => 0 });
const vocabulary = createVocabulary(knowledge, []);
const today = { today: "2026-12-02" };

describe("'from gms money': whose money, not who gives it", () => {
  it("GMS before its money word after 'from' is no giver", () => {
    const query = parseQuestion(
      "how much did gothenburg uni get from gms money in 2026 lol",
      vocabulary,
      today,
    );
    expect(query.orgs).toEqual([{ name: "Göteborgs universitet", role: "recipient" }]);
    expect(query.mentionsGms).toBe(true);
  });

  it("the university's row of the state's GMS money answers", () => {
    const answer = ask("how much did gothenburg uni get from gms money in 2026 lol", today);
    expect(answer.figures[0]?.amountSek).toBe(2_300_000);
    expect(ask("hur mycket fick GU från gms-pengarna 2027", today).figures[0]?.amountSek).toBe(
      2_600_000,
    );
  });

  it("'from GMS' alone still names GMS as the giver", () => {
    const query = parseQuestion(
      "how much did gothenburg uni get from gms in 2026",
      vocabulary,
      today,
    );
    expect(query.orgs).toContainEqual({ name: "GMS", role: "funder" });
  });
});

describe("an English word tried in its Swedish twin", () => {
  it("'projects' stays English in the reading, with 'projekt' as its twin", () => {
    const query = parseQuestion(
      "Since 2021, how much has Cancerfonden granted to projects linked to GMS?",
      vocabulary,
      today,
    );
    expect(query.stems).toEqual(["project"]);
    expect(query.cognateStems?.()).toEqual(["projek"]);
  });

  it("a Swedish page's 'projekt med koppling till GMS' answers 'projects linked to GMS'", () => {
    const answer = ask(
      "Since 2021, how much has Cancerfonden granted to projects linked to GMS?",
      today,
    );
    expect(answer.text).toMatch(/14\.5/);
  });

  it("the twin is no second try when the English word has money in other years", () => {
    const answer = ask("how much did gms give to projects in 2031", today);
    expect(answer.figures).toEqual([]);
    expect(answer.text).not.toMatch(/36 million/);
  });
});

describe("what a job pays", () => {
  it("'the pay' is a salary, not paying out", () => {
    const query = parseQuestion(
      "whats the pay for the bioinformatician job in umeå",
      vocabulary,
      today,
    );
    expect(query.cues.has("cost")).toBe(true);
    expect(query.cues.has("pays")).toBe(false);
    expect(query.coverage.unplaced).toEqual([]);
  });

  it("the job advert's starting salary is quoted, never the node's money", () => {
    const answer = ask("whats the pay for the bioinformatician job in umeå", today);
    expect(answer.text).toMatch(/41 000–48 000/);
    expect(answer.text).not.toMatch(/8[,.]5/);
  });

  it("a salary no document tells is not answered with a cost whose speaker's name holds the place", () => {
    const answer = ask("whats the pay for a phd student in lund", today);
    expect(answer.figures).toEqual([]);
    expect(answer.text).not.toMatch(/12 000/);
  });
});

describe("a source named by its programme, and a union's demand", () => {
  const extra = corpusKnowledge("extra");
  const askExtra = createAsk({ knowledge: extra, now: () => 0 });
  const extraWords = createVocabulary(extra, []);

  it("'ekot:' names Swedish Radio's report, no topic word", () => {
    const query = parseQuestion("ekot: vad kostar en helgenomanalys?", extraWords, today);
    expect(query.docKinds).toEqual(["sverigesradio"]);
    expect(query.stems).not.toContain("ekot");
  });

  it("the cost Ekot tells is quoted, with no figure its words do not write in digits", () => {
    const answer = askExtra("ekot: vad kostar en helgenomanalys?", today);
    expect(answer.text).toMatch(/tjugo tusen kronor/);
    expect(answer.text).not.toMatch(/9 000/);
    expect(answer.figures).toEqual([]);
  });

  it("a change asked of a source is still a change", () => {
    const answer = askExtra(
      "According to Swedish Radio, how much more does GMS get next year than this year?",
      { today: "2027-12-16" },
    );
    expect(answer.text).toMatch(/5 million|4 million/);
  });

  it("'sjuksköterskeförbundets krav' is the union's demand, quoted as asked for", () => {
    const query = parseQuestion("sjuksköterskeförbundets krav per år?", extraWords, today);
    expect(query.cues.has("demand")).toBe(true);
    const answer = askExtra("sjuksköterskeförbundets krav per år?", today);
    expect(answer.text).toMatch(/krävt att satsningen ska få minst hundra miljoner/);
    expect(answer.text).not.toMatch(/Vi bad om/);
    expect(answer.figures).toEqual([]);
  });

  it("a request written in digits keeps its figure ('hur mkt bad gms om i hemställan?')", () => {
    const answer = askExtra("hur mkt bad gms om i hemställan?", today);
    expect(answer.figures[0]?.amountSek).toBe(100_000_000);
  });
});

describe("how many people", () => {
  it("a count of people is a count of staff, of the place asked ('how many ppl work at the umea genomics centre')", () => {
    const answer = ask("how many ppl work at the umea genomics centre", today);
    expect(answer.text).toMatch(/26 medarbetare/);
    expect(answer.text).not.toMatch(/sju regionala noder|1 900 analyser/);
  });

  it("people asked of no place or body are no count the documents tell ('how many people work at gms')", () => {
    const answer = ask("how many people work at gms", today);
    expect(answer.text).not.toMatch(/26 medarbetare|seven university hospitals/);
  });
});

describe("money passed to an organisation, year against year", () => {
  it("'passed to' is a receiving, no topic word", () => {
    const query = parseQuestion(
      "By how much did the GMS money passed to the University of Gothenburg rise from 2026 to 2027?",
      vocabulary,
      today,
    );
    expect(query.stems).toEqual([]);
    expect(query.orgs).toEqual([{ name: "Göteborgs universitet", role: "recipient" }]);
  });

  it("of an organisation's many givers' money, GMS's row each year is compared", () => {
    const answer = ask(
      "By how much did the GMS money passed to the University of Gothenburg rise from 2026 to 2027?",
      today,
    );
    expect(answer.figures[0]?.amountSek).toBe(300_000);
    expect(answer.text).toMatch(/2\.3 million in 2026.*2\.6 million in 2027/);
  });
});

describe("who may apply under a heading, and the estimate a motion retells", () => {
  const extra = corpusKnowledge("extra");
  const askExtra = createAsk({ knowledge: extra, now: () => 0 });

  it("the sentences under 'Vem kan söka?' answer who may apply, first", () => {
    const answer = askExtra("who can apply for the vinnova call", today);
    expect(answer.text).toMatch(/Företag, universitet och högskolor/);
    expect(answer.text.indexOf("kan delta")).toBeLessThan(answer.text.indexOf("välkomnar"));
  });

  it("a heading that only says how to apply ('Ansökan') is no answer to who may", () => {
    const answer = ask("vem kan söka bioinformatikertjänsten i umeå?", today);
    expect(answer.text).not.toMatch(/Intervjuer planeras|Bifoga CV/);
  });

  it("'Vänsterpartiets motion': whose document, no topic word", () => {
    const query = parseQuestion(
      "Hur mycket beräknade regeringen för GMS i budgetpropositionen för 2029 enligt Vänsterpartiets motion?",
      vocabulary,
      today,
    );
    expect(query.stems).toEqual([]);
    expect(query.coverage.unplaced).toEqual([]);
    expect(query.docKinds).toContain("motion");
  });

  it("what the government estimated, told in a motion, is the estimate, not the motion's proposal", () => {
    const answer = ask(
      "Hur mycket beräknade regeringen för GMS i budgetpropositionen för 2029 enligt Vänsterpartiets motion?",
      today,
    );
    expect(answer.text).toMatch(/90 miljoner kronor \(2029\) är en beräkning/);
    expect(answer.text).not.toMatch(/120 miljoner/);
  });

  it("what the motion proposes is still its proposals", () => {
    expect(ask("vad föreslår Vänsterpartiets motion?", today).text).toMatch(/120 miljoner/);
  });
});

describe("a follow-up on a proposal", () => {
  it("'and how much is that over three years?' after a party's proposal asks of the proposal", () => {
    const context = { ...today, conversationId: "f8-proposal" };
    expect(ask("what did the left party propose for gms per year", context).text).toMatch(/120/);
    const answer = ask("and how much is that over three years?", context);
    expect(answer.text).toMatch(/360 miljoner/);
    expect(answer.figures).toEqual([]);
  });
});

describe("a procurement's words in English, and a region's investment budget", () => {
  it("'the framework agreement's ceiling' is the page's 'Ramavtalets takbelopp', not its estimated value", () => {
    const answer = ask(
      "What is the ceiling amount of Region Stockholm's sequencer framework agreement?",
      today,
    );
    expect(answer.text).toMatch(/60/);
    expect(answer.figures[0]?.amountSek).not.toBe(48_000_000);
  });

  it("what a region reserved in its investment budget is a cost of its own, never GMS's money for an area", () => {
    const answer = ask(
      "Hur mycket har Region Stockholm reserverat i investeringsbudgeten för de nya sekvenserarna?",
      today,
    );
    expect(answer.text).toMatch(/18 miljoner kronor har reserverats/);
    expect(answer.figures[0]?.amountSek).not.toBe(30_000_000);
  });

  it("a period asked alone ('avtalsperiod?') asks when, never how much", () => {
    const answer = ask("gmck-upphandlingen avtalsperiod?", today);
    expect(answer.intent).toBe("deadline");
    expect(answer.text).toMatch(/^Dokumenten säger inte hur länge/);
  });
});

describe("a sentence that goes on about the one found", () => {
  it("'The agreement covers 2029–2030 …' is quoted after the sentence naming the agreement", () => {
    const answer = ask(
      "What does Nordigen's framework agreement with Region Skåne cover, and for which years?",
      today,
    );
    expect(answer.text).toMatch(
      /signed a framework agreement[\s\S]*The agreement covers 2029–2030/,
    );
  });
});

describe("a cost of the organisation asked", () => {
  it("'sthlm investeringsbudget sekvenserare?': Region Stockholm's own budget line, never another region's sequencer", () => {
    const answer = ask("sthlm investeringsbudget sekvenserare?", today);
    expect(answer.text).toMatch(/Region Stockholms investeringsbudget, där 18 miljoner/);
    expect(answer.text).not.toMatch(/9,5 miljoner/);
  });
});

describe("a demand's word in another sense", () => {
  it("'vilka krav ställs på leverantören?' asks no request: none is told", () => {
    const answer = ask("vilka krav ställs på leverantören?", today);
    expect(answer.text).not.toMatch(/Sjuksköterskeförbundet|Vi bad om|begärt 150/);
    expect(answer.figures).toEqual([]);
  });

  it("'the nurses union' is the documents' Sjuksköterskeförbundet", () => {
    const answer = ask("what did the nurses union demand?", today);
    expect(answer.text).toMatch(/Sjuksköterskeförbundet har tidigare krävt/);
    expect(answer.text).not.toMatch(/Vi bad om/);
  });
});
