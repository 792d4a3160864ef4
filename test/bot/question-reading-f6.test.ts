// Questions added by helper F6, on made-up pages: a word the documents write only as a name is matched whole,
// never by a stem other words share ("sydigen" is not "sydliga").
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const region = textDocument(
  "region",
  [
    "Den sydliga noden får mer pengar",
    "",
    "Publicerad 2031-03-01",
    "",
    "Regeringen har beslutat att GMS får 70 miljoner kronor för 2031.",
    "Av dem går 5 miljoner kronor till den sydliga noden för sekvensering.",
    "En helgenomanalys kostar omkring 9 000 kronor i den sydliga regionen.",
  ].join("\n"),
  "2031-03-01",
);
const company = {
  ...textDocument(
    "company",
    [
      "Sydigen AB – delårsrapport januari–juni 2031",
      "",
      "Publicerad 2031-08-20",
      "",
      "Vinnova beviljade bolaget 2 miljoner kronor för ett AI-verktyg som rangordnar genetiska varianter.",
      "Sydigen skjuter till 1 miljon kronor av egna medel till projektet.",
      "Priset vi tar betalt per helgenom sjönk till 7 500 kronor.",
      "Nettoomsättningen ökade med 20 procent till 40 miljoner kronor.",
    ].join("\n"),
    "2031-08-20",
  ),
  title: "Sydigen AB – delårsrapport januari–juni 2031",
};
const knowledge = fromDocuments([region, company], []);
const ask = createAsk({ knowledge, now: () => 0 });
const vocabulary = createVocabulary(knowledge, []);
const today = { today: "2031-12-02" };

describe("a name the documents write only capitalised", () => {
  it("'sydigen' is read as a name, its stem 'syd' (of 'sydliga') is no topic", () => {
    const query = parseQuestion("hur mycket fick sydigen", vocabulary, today);
    expect(query.names).toEqual(["Sydigen"]);
    expect(query.stems).not.toContain("syd");
  });

  it("'sydigens' (a genitive) names it too and is not said back as unknown", () => {
    const query = parseQuestion("how much is sydigens ceo paid", vocabulary, today);
    expect(query.names).toEqual(["Sydigen"]);
    expect(query.coverage.unplaced).not.toContain("sydigens");
  });

  it("a common word of the documents is never read as a name", () => {
    const query = parseQuestion("hur mycket fick den sydliga noden", vocabulary, today);
    expect(query.names).toEqual([]);
  });

  it("'how much did vinnova give sydigen': the giver's money in the document named for it", () => {
    const answer = ask("how much did vinnova give sydigen", today);
    expect(answer.figures[0]?.amountSek).toBe(2_000_000);
    expect(answer.text).not.toMatch(/SEK 5 million|70 million/);
  });

  it("'how much is sydigens ceo paid': no money of the name is about its other words, so none is told", () => {
    const answer = ask("how much is sydigens ceo paid", today);
    expect(answer.answered).toBe(false);
    expect(answer.figures).toEqual([]);
  });

  it("'what does sydigen's AI tool do?': no money asked, so the name's sentences are quoted, not declined", () => {
    const answer = ask("What does Sydigen's AI tool do?", today);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/rangordnar genetiska varianter/);
  });

  it("'vad kostar en helgenom hos sydigen': its own price, never another page's cost", () => {
    const answer = ask("vad kostar en helgenom hos sydigen", today);
    expect(answer.text).toMatch(/7 500/);
    expect(answer.text).not.toMatch(/9 000/);
  });

  it("'what does sydigen charge per helgenom': 'charge' asks a price, not money given", () => {
    const query = parseQuestion("what does sydigen charge per helgenom", vocabulary, today);
    expect(query.cues.has("cost")).toBe(true);
    const answer = ask("what does sydigen charge per helgenom", today);
    expect(answer.text).not.toMatch(/9 000|70 million|SEK 2 million/);
  });

  it("'sydigens nettoomsättning?': a sentence of the page named for it, though it does not repeat the name", () => {
    const answer = ask("vad säger dokumenten om sydigens nettoomsättning?", today);
    expect(answer.text).toMatch(/20 procent/);
  });
});

describe("money someone wanted is a request", () => {
  const speech = textDocument(
    "speech",
    [
      "Tal vid genomikdagen",
      "",
      "Publicerad 2031-04-02",
      "",
      "Regeringen har beslutat att GMS får 70 miljoner kronor för 2031.",
      "GMS styrgrupp har begärt 90 miljoner kronor om året i ett flerårigt anslag.",
      "Regionerna bad om 40 miljoner kronor i sin hemställan till regeringen.",
    ].join("\n"),
    "2031-04-02",
  );
  const askSpeech = createAsk({ knowledge: fromDocuments([speech], []), now: () => 0 });

  it("'wanted' is a request cue, not a proposal", () => {
    const query = parseQuestion(
      "is the 90 mil the steering group wanted happening",
      createVocabulary(fromDocuments([speech], []), []),
      today,
    );
    expect(query.cues.has("askedFor")).toBe(true);
    expect(query.cues.has("proposal")).toBe(false);
  });

  it("'is the 90 mil the steering group wanted happening': that request, quoted, never a grant", () => {
    const answer = askSpeech("is the 90 mil the steering group wanted happening", today);
    expect(answer.text).toMatch(/^No\b/);
    expect(answer.text).toMatch(/asked for/);
    expect(answer.text).toMatch(/90/);
    expect(answer.figures).toEqual([]);
    expect(answer.text).not.toMatch(/40 miljoner/);
  });
});

describe("a deadline of the organisation asked", () => {
  const grants = textDocument(
    "grants",
    [
      "Lindfonden: Beviljade projektanslag 2032",
      "",
      "Beviljade projektanslag 2032",
      "",
      "Publicerad 2031-11-14",
      "",
      "Lindfondens styrelse har beslutat att bevilja 40 miljoner kronor till 12 forskningsprojekt.",
      "Projektledaren ska lämna en slutrapport senast den 30 juni 2034.",
    ].join("\n"),
    "2031-11-14",
  );
  const decision = textDocument(
    "decision",
    [
      "Regeringsbeslut",
      "",
      "Publicerad 2031-01-20",
      "",
      "Regeringen har beslutat att GMS får 70 miljoner kronor för 2031.",
      "Region Skåne ska lämna en redovisning till Socialdepartementet senast den 31 mars 2032.",
    ].join("\n"),
    "2031-01-20",
  );
  const k = fromDocuments([grants, decision], []);
  const askGrants = createAsk({ knowledge: k, now: () => 0 });

  it("'when must Lindfonden's project leaders submit their final report': its own page's deadline", () => {
    const answer = askGrants(
      "By what date must Lindfonden's project leaders submit their final report?",
      today,
    );
    expect(answer.text).toMatch(/30 June 2034/);
    expect(answer.text).not.toMatch(/31 March 2032/);
  });

  it("a follow-up keeps the organisation, not an amount the money answer showed first", () => {
    const context = { ...today, conversationId: "f6-deadline" };
    askGrants("how much did lindfonden give", context);
    const answer = askGrants("and when is the final report due?", context);
    expect(answer.text).toMatch(/30 June 2034/);
    expect(answer.text).not.toMatch(/31 March 2032/);
  });
});

describe("a giver's own money and ceilings", () => {
  const foundation = textDocument(
    "foundation",
    [
      "Forte: Beviljade projektanslag 2032",
      "",
      "Publicerad 2031-11-14",
      "",
      "Fortes styrelse har beslutat att bevilja 40 miljoner kronor till 12 forskningsprojekt.",
      "Sedan 2021 har Forte beviljat sammanlagt 7,5 miljoner kronor till projekt med koppling till GMS.",
      "Ett projektanslag kan uppgå till högst 2 miljoner kronor per år.",
    ].join("\n"),
    "2031-11-14",
  );
  const news = textDocument(
    "news",
    [
      "Nytt projekt i norr",
      "",
      "Publicerad 2022-05-02",
      "",
      "Regeringen ger GMS 5 miljoner kronor under 2022 till ett projekt om sekvensering i norr.",
    ].join("\n"),
    "2022-05-02",
  );
  const k = fromDocuments([foundation, news], []);
  const askIt = createAsk({ knowledge: k, now: () => 0 });

  it("'What is the most a Forte project grant can be per year?': the ceiling on its page, no definition", () => {
    const answer = askIt("What is the most a Forte project grant can be per year?", today);
    expect(answer.text).toMatch(/högst 2 miljoner kronor per år/);
    expect(answer.text).not.toMatch(/40 miljoner|7,5 miljoner/);
  });

  it("'forte sedan 2021 till gms-projekt': its own total over the years, though others' grants outrank it", () => {
    const answer = askIt("forte sedan 2021 till gms-projekt, hur mkt?", today);
    expect(answer.text).toMatch(/7,5 miljoner/);
    expect(answer.text).not.toMatch(/5 miljoner kronor \(2022\)/);
  });
});

describe("the payer told beside its own cap, and what is left of a grant", () => {
  const speech = textDocument(
    "speech",
    [
      "Tal vid genomikdagen 2031",
      "",
      "Publicerad 2031-01-24",
      "",
      "Regeringen har i dag beslutat att GMS får 70 miljoner kronor för 2031.",
      "Av pengarna går 25 miljoner kronor till solida tumörer och 15 miljoner kronor till sällsynta diagnoser.",
      "Kammarkollegiet betalar ut medlen till Region Skåne och får använda högst 200 000 kronor för sin egen administration.",
    ].join("\n"),
    "2031-01-24",
  );
  const k = fromDocuments([speech], []);
  const askIt = createAsk({ knowledge: k, now: () => 0 });

  it("'vem betalar ut?' after the year's grant: the payer whose sentence tells only its own cap beside it", () => {
    const context = { ...today, conversationId: "f6-payer" };
    askIt("vad fick gms 2031?", context);
    const answer = askIt("vem betalar ut?", context);
    expect(answer.text).toMatch(/Kammarkollegiet/);
  });

  it("'how much … is left after': a remainder cue, the whole less its named parts", () => {
    const query = parseQuestion(
      "How much of the 2031 grant is left after solid tumours and rare diseases?",
      createVocabulary(k, []),
      today,
    );
    expect(query.cues.has("remainder")).toBe(true);
    const answer = askIt(
      "How much of the 2031 grant is left after solid tumours and rare diseases?",
      today,
    );
    expect(answer.text).toMatch(/SEK 30 million is left/);
  });
});
