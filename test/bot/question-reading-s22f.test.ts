// Readings added in session 22 (helper f3), on made-up pages and questions: insider short names ("ög", "gu"),
// "statligt" as the state giving, an amount written in another currency past its unit ("1.3m euro"), money a
// page sets "utanför GMS", and one amount asked as part of GMS answered by its kind.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments, TOPICS } from "../../src/knowledge/index.js";
import { seedKnowledge } from "../support/seeds.js";
import { textDocument } from "../support/text-document.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2031-12-02" });

const pages = fromDocuments(
  [
    textDocument(
      "speech",
      "Tal av sjukvårdsministern\n\nPublicerad 20 januari 2031\n\nRegeringen har i dag beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2031. Av pengarna går 20 miljoner kronor till solida tumörer.\n\n– Precisionsmedicinen ska nå alla, säger sjukvårdsminister Ulla Berg.\n\nVi satsar också 180 miljoner kronor under 2031–2033 på en nationell plattform för vårddata. Den satsningen ligger utanför GMS, men genomiska data ska kunna ingå.",
      "2031-01-20",
    ),
    textDocument(
      "faq",
      "Frågor och svar om GMS\n\nSenast uppdaterad: 1 mars 2031\n\nFår GMS pengar från EU?\nI projektet Genome Link får de svenska parterna sammanlagt 1,7 miljoner euro under 2031–2034. EU-medlen går till projektparterna och ingår inte i statens stöd till GMS.",
      "2031-03-01",
    ),
    textDocument(
      "foundation",
      "Stiftelsen listar årets anslag\n\nPublicerad 2031-04-02\n\nProjektet om ärftlig njursjukdom genomförs i samarbete med Genomic Medicine Sweden (GMS). Lindfondens anslag, sammanlagt 2,7 miljoner kronor under tre år, ingår inte i statens stöd till GMS.",
      "2031-04-02",
    ),
    textDocument(
      "eu-report",
      "Country progress report\n\nLast updated: 12 June 2031\n\nOn 20 January 2031 the government decided to allocate SEK 70 million to Genomic Medicine Sweden (GMS) for 2031. The budget bill for 2031 includes planning figures of SEK 77 million for 2032, but no decision has been taken for that year.",
      "2031-06-12",
    ),
    textDocument(
      "decision",
      "Regeringsbeslut\n\n2031-02-10\n\nRegeringen ger Folkhälsomyndigheten i uppdrag att under 2031 betala ut 5 000 000 kronor till Region Gotland för arbete inom Genomic Medicine Sweden (GMS) med svampinfektioner. Uppdraget ska genomföras i samverkan med Folkhälsomyndighetens mykologiska laboratorium. Det hänger ihop med arbetet mot resistens.",
      "2031-02-10",
    ),
    textDocument(
      "motion",
      "Motion till riksdagen\n\nTilldelat: 2031-10-05\n\nI år får Genomic Medicine Sweden (GMS) 70 miljoner kronor. I budgetpropositionen för 2032 beräknar regeringen 77 miljoner kronor till GMS. Vänsterpartiet föreslår att stödet höjs till 100 miljoner kronor per år.\n\nUlla Nord (V)\nBo Ahl (V)",
      "2031-10-05",
    ),
    textDocument(
      "speech-2",
      "Tal av forskningsminister Anna Holm vid Vårdkonferensen 2031\n\nPublicerad 12 maj 2031\n\nForskningsminister Anna Holm talade om genomik. Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2031.",
      "2031-05-12",
    ),
    textDocument(
      "debate",
      "DEBATT\n\nPublicerad 2031-09-01\n\nVi som skriver vill att staten ger Genomic Medicine Sweden (GMS) mer pengar.\n\nKarin Ek (S), regionråd, Region Gotland\nLars Bo (M), regionråd, Region Kalmar län",
      "2031-09-01",
    ),
  ],
  [],
);
const ask = createAsk({ knowledge: pages, now: () => 0 });
const asked = (q: string, id = `s22f-${q}`) => ask(q, { conversationId: id, today: "2031-12-02" });

describe("insider names and words", () => {
  it("'ög' is Region Östergötland and 'gu' Göteborgs universitet", () => {
    expect(read("ög egna medel 31?").orgs.map((o) => o.name)).toContain("Region Östergötland");
    expect(read("gu gms-medel 2031?").orgs.map((o) => o.name)).toContain("Göteborgs universitet");
  });

  it("'statligt' names the state (the giver of GMS's grants), never a word to look for in the money's wording", () => {
    const q = read("statligt till gms 2031, summa?");
    expect(q.stems).toEqual([]);
    expect(q.topicWords).toEqual([]);
    // 2031's two grants: the 70 M decided for GMS and the 5 M paid out through Folkhälsomyndigheten.
    const a = asked("statligt 2031?");
    expect(a.figures[0]?.amountSek).toBe(75_000_000);
  });
});

describe("an amount in another currency past its unit", () => {
  it("'1.3m euro' and '1,3 miljoner euro' are no amount in kronor", () => {
    for (const q of [
      "is the 1.3m euro from the eu part of gms?",
      "ingår 1,3 miljoner euro i gms-stödet?",
    ]) {
      const r = read(q);
      expect(r.amounts).toEqual([]);
      expect(r.foreign.length).toBe(1);
    }
  });

  it("'84m in 2028' stays an amount in kronor", () => {
    expect(read("84m in 2028?").amounts.map((a) => a.valueSek)).toEqual([84_000_000]);
  });
});

describe("money set apart from GMS, asked as part of it", () => {
  it("'Den satsningen ligger utanför GMS': the money just told is not GMS's, and asked so it is a no", () => {
    const a = asked("is the 180 million data platform thing part of gms");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/not part of the state's funding/);
  });

  it("a stated total its page says 'ingår inte i statens stöd till GMS' is a no, given by its owner", () => {
    const a = asked("Är Lindfondens 2,7 miljoner en del av statens stöd till GMS?");
    expect(a.text).toMatch(/^Nej/);
    expect(a.figures[0]?.amountSek).toBe(2_700_000);
  });

  it("the year's grant is still GMS's", () => {
    const a = asked("ingår 70 miljoner i gms-stödet 2031?");
    expect(a.text).toMatch(/^Ja/);
  });
});

describe("an amount asked in another currency", () => {
  it("'is the 1.7m euro … part of gms?': the page's own euros and its 'ingår inte' sentence, no kronor", () => {
    const a = asked("is the 1.7m euro from the eu part of gms's state money?");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/1,7 miljoner euro/);
    expect(a.figures).toEqual([]);
  });
});

describe("a word searched among the asked year's documents", () => {
  // Twelve years' pages say who hands the money on to "noderna"; 2031's page is one of many.
  const years = Array.from({ length: 12 }, (_, k) => 2018 + k);
  const knowledge = fromDocuments(
    [
      ...years.map((y) =>
        textDocument(
          `year-${y}`,
          `Nyhet\n\nPublicerad ${y}-02-01\n\nGenomic Medicine Sweden (GMS) får 10 miljoner kronor för ${y}. Noderna får pengarna av Region Dalarna, som fördelar dem vidare till noderna.`,
          `${y}-02-01`,
        ),
      ),
      textDocument(
        "faq-2031",
        "Frågor och svar\n\nSenast uppdaterad: 1 mars 2031\n\nRegeringen beslutade den 20 januari 2031 att GMS får 70 miljoner kronor för 2031. Kammarkollegiet betalar ut pengarna till Region Skåne, som fördelar dem vidare till de sju noderna efter beslut i GMS styrgrupp.",
        "2031-03-01",
      ),
    ],
    [],
  );
  const year = createAsk({ knowledge, now: () => 0 });

  it("'vem fördelar 2031 års medel mellan noderna?': that year's page, however many others use the word", () => {
    const a = year("vem fördelar 2031 års medel mellan noderna?", {
      conversationId: "s22f-noderna",
      today: "2031-12-02",
    });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Region Skåne/);
    expect(a.text).not.toMatch(/Region Dalarna/);
  });
});

describe("a budget bill no document is, retold", () => {
  it("'What planning figure did the 2031 budget bill give for 2032?': the estimate a page retells, as one", () => {
    const a = asked("What planning figure did the 2031 budget bill give for 2032?");
    expect(a.answered).toBe(true);
    expect(a.figures.map((f) => f.amountSek)).toEqual([77_000_000]);
    expect(a.text).toMatch(/estimate/);
  });
});

describe("follow-ups", () => {
  it("'which of that goes to solid tumours?' keeps the year just asked", () => {
    asked("how much is gms getting in 2031", "s22f-which-of-that");
    const a = asked("which of that goes to solid tumours?", "s22f-which-of-that");
    expect(a.figures[0]?.amountSek).toBe(20_000_000);
    expect(a.figures[0]?.year).toBe(2031);
  });

  it("'Är beslutet om 2032 fattat?' after a proposal and an estimate asks of that year's decision", () => {
    asked("Vad föreslår Vänsterpartiet för GMS?", "s22f-decided");
    asked("Och vad beräknar regeringen för 2032?", "s22f-decided");
    const a = asked("Är beslutet om 2032 fattat?", "s22f-decided");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Nej/);
  });
});

describe("whom the work is done with", () => {
  it("'svampuppdraget 2031, i samverkan med vilka?': the decision's own sentence naming its partners, quoted", () => {
    const a = asked("gotland 2031, i samverkan med vilka?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/mykologiska laboratorium/);
    expect(a.text).not.toMatch(/hänger ihop/);
    expect(a.figures).toEqual([]);
  });
});

describe("a two-letter acronym inside a compound", () => {
  it("'AI-based tools' teaches 'ai': asked, it is a word of the documents, not one said back as unknown", () => {
    const knowledge = fromDocuments(
      [
        textDocument(
          "call",
          "Vinnova\nPress release\n\nStockholm, 12 March 2031\n\nVinnova is awarding SEK 5m to two projects that will develop AI-based tools for genomic data. Genomic Medicine Sweden (GMS) is a partner.",
          "2031-03-12",
        ),
      ],
      [],
    );
    const vocabulary = createVocabulary(knowledge, []);
    expect(vocabulary.has("ai")).toBe(true);
    const q = parseQuestion("what are the vinnova ai projects for", vocabulary, {
      today: "2031-12-02",
    });
    expect(q.coverage.unplaced).toEqual([]);
  });
});

describe("the state's share of a whole with others' money", () => {
  it("'Hur stor andel av 2030 års satsning på 16 miljoner stod staten för?': the state's grant over the whole", () => {
    const knowledge = fromDocuments(
      [
        textDocument(
          "release",
          "Pressmeddelande\n\nPublicerad 2030-03-01\n\nRegeringen satsar 8 miljoner kronor på Genomic Medicine Sweden (GMS) under 2030. Bidraget matchas med lika mycket från regionerna, som tillsammans går in med 8 miljoner kronor. Totalt handlar det därmed om 16 miljoner kronor.",
          "2030-03-01",
        ),
      ],
      [],
    );
    const a = createAsk({ knowledge, now: () => 0 })(
      "Hur stor andel av 2030 års satsning på 16 miljoner kronor stod staten för?",
      { conversationId: "s22f-state-share", today: "2030-12-02" },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/50 %/);
    expect(a.figures.map((f) => f.amountSek)).toEqual([8_000_000, 16_000_000]);
  });
});

describe("who wrote a kind of document", () => {
  it("'vem skrev motionen?': the motion's signatories, not another text's", () => {
    const a = asked("vem skrev motionen?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ulla Nord/);
    expect(a.text).not.toMatch(/Karin Ek/);
  });
});

describe("who gave a speech", () => {
  it("'vem höll talet på vårdkonferensen?': the minister of the document whose title names it", () => {
    const a = asked("vem höll talet på vårdkonferensen?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Anna Holm/);
    expect(a.text).not.toMatch(/Ulla Berg/);
  });
});

describe("an amount asked beside a name only one of its documents writes", () => {
  it("'is genolabs 20 million deal part of gms funding?': the deal's own telling, a no; never the area's 20 M", () => {
    const knowledge = fromDocuments(
      [
        textDocument(
          "grant",
          "Pressmeddelande\n\nPublicerad 2031-01-10\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2031. Av pengarna går 20 miljoner kronor till solida tumörer.",
          "2031-01-10",
        ),
        textDocument(
          "company",
          "Genolab AB – Interim report\n\nPublished: 24 October 2031\n\nGenolab signed a framework agreement with Region Skåne for sequencing services within Genomic Medicine Sweden (GMS). The agreement covers 2032–2033 and is worth up to SEK 20 million.",
          "2031-10-24",
        ),
      ],
      [],
    );
    const a = createAsk({ knowledge, now: () => 0 })(
      "is genolabs 20 million deal with region skane part of gms funding",
      { conversationId: "s22f-named", today: "2031-12-02" },
    );
    expect(a.text).toMatch(/^No/);
    expect(a.citations.map((c) => c.docId)).toEqual(["company"]);
  });
});

describe("an organisation's share of an area's money", () => {
  it("'solida 31 sus?': the share of the area's money paid to the organisation, not the area's whole", () => {
    const knowledge = fromDocuments(
      [
        textDocument(
          "grant",
          "Pressmeddelande\n\nPublicerad 2031-01-10\n\nRegeringen har beslutat att Genomic Medicine Sweden (GMS) får 70 miljoner kronor för 2031. Av pengarna går 20 miljoner kronor till solida tumörer.",
          "2031-01-10",
        ),
        textDocument(
          "local",
          "Sydnytt\n\nSkånes universitetssjukhus får 4,5 miljoner för prostatacancer\n\nAv de statliga pengar som Genomic Medicine Sweden får i år går 4,5 miljoner kronor till Skånes universitetssjukhus.\n\nPublicerad: 2031-02-01\n\nRegeringen beslutade i januari att GMS ska få 70 miljoner kronor i år. Av dem är 20 miljoner öronmärkta för solida tumörer, och GMS styrgrupp har nu bestämt att Skånes universitetssjukhus får 4,5 miljoner kronor av den delen för prostatacancer.",
          "2031-02-01",
        ),
      ],
      [],
    );
    const a = createAsk({ knowledge, now: () => 0 })("solida 31 sus?", {
      conversationId: "s22f-sus",
      today: "2031-12-02",
    });
    expect(a.figures[0]?.amountSek).toBe(4_500_000);
  });
});
