// Readings added in session 21 (helper f2), on made-up pages and questions: who wrote an article (its byline),
// who said what the question quotes, which minister announced a decision an amount names, "beslutsdatum",
// "thru" before a paying agency, a project with no deadline of its own, and who heads a unit a title names.
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
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });

const pages = fromDocuments(
  [
    textDocument(
      "news",
      "DALABLADET\nNyheter | Sport | Kultur\n\nMiljoner till genomik i Falun\n\nRegion Dalarna får 2 miljoner kronor av årets GMS-pengar för sekvensering av tumörer.\n\nAv Nils Ahlberg\nPublicerad: 2031-03-01 08:00\n\nPengarna är en del av statens stöd till Genomic Medicine Sweden (GMS).\n\n– Vi skulle behöva minst 40 miljoner kronor om året för hela landet, säger Eva Lind, ordförande i GMS styrgrupp.",
      "2031-03-01",
    ),
    textDocument(
      "release",
      "Pressmeddelande från Socialdepartementet\n\nGMS får 30 miljoner kronor nästa år\n\nPublicerad 15 december 2031\n\nRegeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 30 miljoner kronor nästa år.\n\n– Precisionsmedicinen ska nå alla, säger sjukvårdsminister Ulla Berg.\n\nKammarkollegiet får i uppdrag att betala ut medlen till Region Skåne. Region Skåne ska redovisa hur medlen har använts senast den 31 mars 2033.",
      "2031-12-15",
    ),
    textDocument(
      "hub",
      'Nordic Data Hub\nNews\n\nNew project links genomic data\n\nPublished: 4 April 2031\n\nThe Nordic Data Hub will coordinate GENE-LINK, a project that runs from 2031 to 2033 and is funded with EUR 2 million from the EU. Genomic Medicine Sweden (GMS) takes part.\n\n"Sharing data saves time for patients," says Per Ek, head of the Nordic Data Hub.',
      "2031-04-04",
    ),
    textDocument(
      "local",
      "Norrbladet\n\nNytt nav för svampinfektioner\n\nPublicerad: 2031-05-02\n\nRegion Jämtland Härjedalen får 3 miljoner kronor av årets GMS-pengar. Arbetet sker inom GMS, där Region Jämtland Härjedalen samordnar arbetsgruppen för svampinfektioner.\n\nSvampinfektioner beräknas kosta vården cirka 300 miljoner kronor om året.",
      "2031-05-02",
    ),
    textDocument(
      "costs",
      "Labbnytt\n\nBilligare sekvensering\n\nPublished: 2 June 2031\n\nA whole-genome test now costs about SEK 8,000, down from SEK 20,000 in 2025.",
      "2031-06-02",
    ),
    textDocument(
      "pilot",
      "Pressmeddelande från Socialdepartementet\n\nNy pilot inom genomik\n\nPublicerad 3 februari 2031\n\nRegeringen ger Genomic Medicine Sweden (GMS) 5 miljoner kronor för 2031. Arbetet med svampinfektioner är nytt för i år. Redan i år ska omkring 700 patienter erbjudas analysen.",
      "2031-02-03",
    ),
    textDocument(
      "genelink",
      "Nordic Data Hub\nNews\n\nGENE-LINK starts\n\nPublished: 5 May 2031\n\nThe GENE-LINK project has started its work on shared genomic data.\n\nFacts\n- Project: GENE-LINK\n- Partners: 6 organisations in three countries",
      "2031-05-05",
    ),
  ],
  [],
);
const ask = createAsk({ knowledge: pages, now: () => 0 });
const asked = (q: string, id = `s21f-${q}`) => ask(q, { conversationId: id, today: "2031-12-20" });

describe("who wrote it, who said it", () => {
  it("'vem skrev artikeln om sekvensering i dalarna?': the page's byline", () => {
    const a = asked("vem skrev artikeln om sekvensering i dalarna?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Nils Ahlberg/);
  });

  it("'who said 40 million a year?': the person quoted saying the amount, with the whole quote", () => {
    const a = asked("who said they would need 40 million a year?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Eva Lind/);
    expect(a.figures).toEqual([]);
  });

  it("an amount no quote says is said plainly, never answered with someone else's words", () => {
    const a = asked("who said 70 million?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Eva Lind|Ulla Berg/);
  });

  it("'Vilken minister presenterade beslutet om 30 miljoner kronor?': the minister, not the amounts", () => {
    const a = asked("Vilken minister presenterade beslutet om 30 miljoner kronor?");
    expect(a.text).toMatch(/Ulla Berg/);
  });
});

describe("dates and deadlines", () => {
  it("'beslutsdatum' asks when a decision was taken", () => {
    const q = read("beslutsdatum 2026?");
    expect(q.cues.has("when")).toBe(true);
    expect(q.cues.has("decision")).toBe(true);
  });

  it("a project no deadline sentence names has none: never another document's deadlines", () => {
    const a = asked("whats the deadline for the gene-link project");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/2033/);
    expect(a.text).toMatch(/no deadline/);
  });
});

describe("who pays, who heads", () => {
  it("'thru vinnova' names Vinnova as the paying agency, and 'thru' is no word to say back", () => {
    const q = read("did the 2026 money come thru vinnova");
    expect(q.orgs.find((o) => o.name === "Vinnova")?.role).toBe("payer");
    expect(q.coverage.unplaced).toEqual([]);
  });

  it("'who heads the nordic data hub?': the person whose title heads it", () => {
    const a = asked("who heads the nordic data hub?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Per Ek/);
  });
});

describe("costs, leads and a project's documents", () => {
  it("'vem samordnar arbetsgruppen för svampinfektioner?': 'samordnar' tells who leads the work", () => {
    const a = asked("vem samordnar arbetsgruppen för svampinfektioner?");
    expect(a.text).toMatch(/Region Jämtland Härjedalen/);
    expect(a.figures).toEqual([]);
  });

  it("'vad kostar svampinfektioner vården per år?': a cost quoted, never the years' funding", () => {
    const a = asked("vad kostar svampinfektioner vården per år?");
    expect(a.text).toMatch(/300 miljoner/);
    expect(a.figures.every((f) => f.amountSek !== 30_000_000)).toBe(true);
  });

  it("'how much did a whole-genome test cost in 2025?': the cost sentence, no funding", () => {
    const a = asked("how much did a whole-genome test cost in 2025?");
    expect(a.text).toMatch(/20,000/);
  });

  it("'when was the gene-link news published': the documents that write the project's name, dated", () => {
    const a = asked("when was the gene-link news published");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2031-04-04/);
  });
});

describe("a budget line's money and a follow-up on a listed year", () => {
  it("'ap 24 2031 hur mkt?': money asked of a numbered budget line is the frame booked against it", () => {
    const q = read("ap 24 2026 hur mkt?");
    expect(q.budgetLine).toBe("24");
    expect(q.cues.has("frame")).toBe(true);
  });

  it("a budget line named with no money asked adds no frame", () => {
    expect(read("vilken anslagspost är 24?").cues.has("frame")).toBe(false);
  });

  it("'which of those went to …?' follows up on the answer before", () => {
    expect(read("which of those went to rare diseases?").cues.has("followUp")).toBe(true);
    expect(read("vilka av dem gick till sällsynta diagnoser?").cues.has("followUp")).toBe(true);
  });
});

describe("time told from a document's day", () => {
  it("a quote saying 'i år' carries its document's date, so the year it means is plain", () => {
    const a = asked("vad säger dokumenten om arbetet med svampinfektioner?");
    expect(a.text).toMatch(/nytt för i år/);
    expect(a.text).toMatch(/2031-02-03/);
  });
});

describe("what is no funding question", () => {
  it("'whats the best hospital in dalarna?': advice the documents do not give is declined", () => {
    const a = asked("whats the best hospital in dalarna for tumours");
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
  });

  it("'how many organisations take part in gene-link?': the project's own count, not GMS's members", () => {
    const a = asked("how many organisations take part in gene-link?");
    expect(a.text).toMatch(/6 organisations/);
  });
});

describe("a project's budget", () => {
  it("'the gene-link eu budget in kronor': the whole told in euros, quoted as written, never a share in kronor", () => {
    expect(read("whats the share-gen eu budget").cues.has("total")).toBe(true);
    const a = asked("whats the gene-link eu budget in kronor");
    expect(a.text).toMatch(/EUR 2 million/);
    expect(a.figures).toEqual([]);
  });

  it("'gene-links budget': a Swedish genitive on a project's name still names the project", () => {
    const a = asked("vad säger dokumenten om gene-links arbete?");
    expect(a.text).toMatch(/GENE-LINK/);
    expect(a.text).not.toMatch(/Andelen/);
  });
});
