// Readings added in session 20 (helper f1): a surname typed in lower case after "vad sa" / "who is", a contact
// asked by the organisation a unit's title names, a press contact of a year's page beside its giver, "back in
// 2019", "tak" for an agency's cap, a bare follow-up that keeps the kind of money asked, a count of things
// "reported" that is no deadline, "timeline" in Swedish, and "according to Vinnova" as a publisher.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments, TOPICS } from "../../src/knowledge/index.js";
import { corpusKnowledge } from "../support/question-runner.js";
import { seedKnowledge } from "../support/seeds.js";
import { textDocument } from "../support/text-document.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });
const M = 1_000_000;

const pages = fromDocuments(
  [
    textDocument(
      "release",
      "Pressmeddelande från Näringsdepartementet\n\nMiljoner till genomik\n\nPublicerad 3 mars 2031\n\nGenom Vinnova satsar regeringen 20 miljoner kronor i år på Genomic Medicine Sweden (GMS).\n\n– Vi bygger för framtiden, säger Gunnar Lindqvist, enhetschef på Vinnova.\n\nUnder 2030 anmäldes närmare 4 000 fall av MRSA i regionen. Region Skåne ska redovisa hur medlen har använts senast den 31 mars 2032.\n\nPresskontakt\n\nKalle Ström\nPressekreterare hos näringsministern\nTelefon 08-405 10 00",
      "2031-03-03",
    ),
    textDocument(
      "report",
      "Region Dalarna\nÅrsredovisning 2031 – utdrag\n\nRegionen deltar i Genomic Medicine Sweden (GMS).\n\nTabell 3. Medel för genomik (tkr)\n\nÅr\tStatliga medel via GMS\tEgen finansiering\n2030\t2 300\t1 100\n2031\t2 700\t1 200\n",
      "2032-03-01",
    ),
    textDocument(
      "plan",
      "Region Västerbotten\nVerksamhetsplan 2031 – Klinisk genomik Västerbotten\n\nNodens budget för 2031 uppgår till 5 mnkr.\n\nKontaktperson: Sara Ekdahl, enhetschef, Klinisk genomik Västerbotten",
      "2031-02-01",
    ),
  ],
  [],
);
const ask = createAsk({ knowledge: pages, now: () => 0 });
const asked = (q: string, id = `s20f-${q}`) => ask(q, { conversationId: id, today: "2031-06-01" });

describe("who said it, who it is", () => {
  it("'vad sa lindqvist?': a surname in lower case names its one person, though the documents write the word", () => {
    const a = asked("vad sa lindqvist?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Gunnar Lindqvist/);
    expect(a.text).toMatch(/bygger för framtiden/);
  });

  it("a long lower-case word with no word of saying or being is no name", () => {
    expect(read("hur mkt fick lindqvist 2026").people).toEqual([]);
  });
});

describe("contacts", () => {
  it("the contact whose unit's title names the region asked ('Klinisk genomik Västerbotten')", () => {
    const a = asked("who is the contact person for region västerbotten?");
    expect(a.text).toMatch(/Sara Ekdahl/);
    expect(a.text).not.toMatch(/Kalle Ström/);
  });

  it("a year's press contact beside a giver no contact's title names: the contact of that year's page", () => {
    const a = asked("presskontakt vinnova 2031?");
    expect(a.text).toMatch(/Kalle Ström/);
  });
});

describe("words of the question", () => {
  it("'back in 2019' leaves nothing unplaced", () => {
    expect(read("did the regions chip in for gms back in 2019 too").coverage.unplaced).toEqual([]);
  });

  it("'tak' and 'adm-tak' ask for an agency's cap", () => {
    expect(read("sos tak 2026?").cues.has("ownWork")).toBe(true);
    expect(read("sos adm-tak 2026?").cues.has("ownWork")).toBe(true);
    // "2020-talet" is a decade, never put right to a cap word.
    expect(read("hur mycket fick gms under 2020-talet").cues.has("ownWork")).toBe(false);
  });

  it("'according to Vinnova' names the publisher, not a giver", () => {
    expect(read("how much does gms get in 2027 according to vinnova?").docKinds).toEqual([
      "vinnova",
    ]);
  });

  it("'timeline' is read as the documents' 'tidslinje'", () => {
    const q = "how much did gms get in 2024 according to the timeline";
    const vocab = createVocabulary(
      fromDocuments(
        [
          textDocument(
            "t",
            "GMS\n\nSå har GMS vuxit – en tidslinje\n\n- 2024: 49,5 miljoner kronor.",
            "2027-01-01",
          ),
        ],
        [],
      ),
    );
    expect(parseQuestion(q, vocab, { today: "2027-06-01" }).coverage.unplaced).toEqual([]);
  });
});

describe("a count 'reported' is no deadline", () => {
  it("'how many mrsa cases were reported in 2030' quotes the count, not the reporting deadline", () => {
    const a = asked("how many mrsa cases were reported in 2030");
    expect(a.text).toMatch(/4 000 fall/);
    expect(a.text).not.toMatch(/2032/);
  });

  it("'when must region skåne report' still asks the deadline", () => {
    expect(asked("when must region skåne report?").text).toMatch(/2032/);
  });
});

describe("a bare follow-up keeps the kind of money asked", () => {
  const all = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
  it("'sos adm-tak 2026?' → 'och 2025?': the agency's cap of the new year, not the year's grant", () => {
    const ctx = { conversationId: "s20f-cap", today: "2026-12-02" };
    expect(all("sos adm-tak 2026?", ctx).figures[0]?.amountSek).toBe(400_000);
    expect(all("och 2025?", ctx).figures[0]?.amountSek).toBe(500_000);
  });

  it("a follow-up naming a subject of its own asks about that, not the kind before", () => {
    const ctx = { conversationId: "s20f-cap2", today: "2026-12-02" };
    all("sos adm-tak 2026?", ctx);
    expect(all("och barncancer 2025?", ctx).figures[0]?.amountSek).toBe(10 * M);
  });
});

describe("money received through GMS", () => {
  it("'dalarna via gms 2030?': the region's column of state money via GMS, not its own money", () => {
    const a = asked("hur mkt fick region dalarna via gms 2030?");
    expect(a.figures[0]?.amountSek).toBe(2_300_000);
    expect(a.figures.map((f) => f.amountSek)).not.toContain(1_100_000);
  });
});

describe("'regionen' in a follow-up", () => {
  const chat = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
  it("'hur mkt lägger regionen själv?' after a region's money from GMS: the region's own money, not GMS's", () => {
    const ctx = { conversationId: "s20f-region", today: "2026-12-02" };
    expect(chat("hur mkt fick region uppsala från gms 2026?", ctx).figures[0]?.amountSek).toBe(
      4_200_000,
    );
    const a = chat("hur mkt lägger regionen själv?", ctx);
    expect(a.figures[0]?.amountSek).toBe(800_000);
    expect(a.text).not.toMatch(/från GMS/);
  });

  it("asked first, 'regionen' is still asked back", () => {
    const a = chat("hur mycket lägger regionen själv?", {
      conversationId: "s20f-first",
      today: "2026-12-02",
    });
    expect(a.answered).toBe(false);
  });
});

describe("'varav …?' after an organisation's money", () => {
  const chat = createAsk({ knowledge: corpusKnowledge("genres"), now: () => 0 });
  it("keeps the organisation: the part of its money, never a question back about the area", () => {
    const ctx = { conversationId: "s20f-varav", today: "2026-12-02" };
    expect(chat("vad fick norrbotten 2027?", ctx).figures[0]?.amountSek).toBe(2_400_000);
    const a = chat("varav tumörer?", ctx);
    expect(a.answered).toBe(true);
    expect(a.figures[0]?.amountSek).toBe(1_200_000);
  });

  it("'och tumörer?' (no 'varav') still asks the area anew", () => {
    const ctx = { conversationId: "s20f-och", today: "2026-12-02" };
    chat("vad fick norrbotten 2027?", ctx);
    expect(chat("och tumörer?", ctx).figures.map((f) => f.amountSek)).not.toContain(1_200_000);
  });
});

describe("a sum per inhabitant", () => {
  const perHead = createAsk({
    knowledge: fromDocuments(
      [
        textDocument(
          "pm",
          "Pressmeddelande\n\nMer till genomik\n\nPublicerad 2031-12-15\n\nRegeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 95 miljoner kronor nästa år. Statens stöd motsvarar drygt 9 kronor per invånare.",
          "2031-12-15",
        ),
      ],
      [],
    ),
    now: () => 0,
  });
  it("'how much per inhabitant' quotes the sentence that tells it, with no figure to add up", () => {
    const a = perHead("How much state money per inhabitant does the grant amount to?", {
      conversationId: "s20f-capita",
      today: "2032-01-10",
    });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/drygt 9 kronor per invånare/);
    expect(a.figures).toEqual([]);
  });

  it("'per capita' is its own cue, no cost", () => {
    const q = read("hur mycket får gms per invånare?");
    expect(q.cues.has("perCapita")).toBe(true);
    expect(q.cues.has("cost")).toBe(false);
  });
});

describe("what someone is paid", () => {
  it("'månadslön', 'salary' and 'earn' ask a cost (a salary no document states is still declined)", () => {
    expect(read("månadslön bioinformatiker umeå?").cues.has("cost")).toBe(true);
    expect(read("what is the salary of a bioinformatician").cues.has("cost")).toBe(true);
    expect(read("how much does a bioinformatician earn a month").cues.has("cost")).toBe(true);
  });
});

describe("a cost asked in another currency", () => {
  const costs = createAsk({
    knowledge: fromDocuments(
      [
        textDocument(
          "a",
          "Nyheter\n\nRubrik\n\nPublicerad 2031-01-10\n\nEn helgenomanalys kostar i dag omkring 8 000 kronor.",
          "2031-01-10",
        ),
        textDocument(
          "b",
          "Wire\n\nHeadline\n\nPublished 12 January 2031\n\nA whole-genome analysis now costs around SEK 8,000 (roughly USD 800), down from before.",
          "2031-01-12",
        ),
      ],
      [],
    ),
    now: () => 0,
  });
  it("'in dollars' quotes the sentence that writes its own conversion first, and adds no 'converts nothing' note", () => {
    const a = costs("what does a genome analysis cost in dollars", {
      conversationId: "s20f-usd",
      today: "2031-06-01",
    });
    expect(a.text).toMatch(/USD 800/);
    expect(a.text).not.toMatch(/converts nothing/);
  });

  it("asked in kronor, the order is the documents'", () => {
    const a = costs("what does a genome analysis cost", {
      conversationId: "s20f-sek",
      today: "2031-06-01",
    });
    expect(a.answered).toBe(true);
  });
});

describe("an amount no funding has, asked of words the documents can't place", () => {
  const seeds = createAsk({ knowledge: seedKnowledge(), now: () => 0 });
  const ctx = (id: string) => ({ conversationId: id, today: "2026-12-02" });
  it("'what are the 3 billion for the hospital queues' is declined, never answered with every grant", () => {
    const a = seeds("what are the 3 billion for the hospital queues", ctx("s20f-queues"));
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
  });

  it("a known subject with a wrong amount is still corrected with its own money", () => {
    const a = seeds("did childhood cancer get 7 million in 2022?", ctx("s20f-7m"));
    expect(a.figures.map((f) => f.amountSek)).toContain(7_875_000);
  });
});

describe("one organisation's money from one year to another, through a channel", () => {
  it("'medlen via gms till region dalarna från 2030 till 2031': the region's two years, the change computed", () => {
    const a = asked("hur mycket ökade medlen via gms till region dalarna från 2030 till 2031?");
    expect(a.text).toMatch(/ökning med 400 000 kr/);
    expect(a.figures.map((f) => f.amountSek)).toEqual(
      expect.arrayContaining([2_300_000, 2_700_000]),
    );
  });
});

describe("'genomic medicine' is the field GMS stands for", () => {
  it("is read as GMS, not an unknown joined word", () => {
    const q = read("how much of its own money did the region put into genomic medicine in 2024");
    expect(q.unknown).toEqual([]);
    expect(q.mentionsGms).toBe(true);
    expect(read("how much did genomic medicine sweden get").mentionsGms).toBe(true);
  });
});

describe("'vem fördelade'", () => {
  it("asks who distributes, in the past tense too; 'hur fördelades' is no such cue", () => {
    expect(read("vem fördelade pengarna 2026?").cues.has("distributor")).toBe(true);
    expect(read("who distributed the money in 2026?").cues.has("distributor")).toBe(true);
    expect(read("hur fördelades pengarna 2026?").cues.has("distributor")).toBe(false);
  });
});
