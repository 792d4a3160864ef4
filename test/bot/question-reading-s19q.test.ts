// Readings added in session 16 (helper q19): a wire story and an operational plan as kinds of document, told by
// a masthead or a dateline, never by a body sentence that cites another document.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { documentKind, TOPICS } from "../../src/knowledge/index.js";
import { corpusKnowledge } from "../support/question-runner.js";
import { seedKnowledge } from "../support/seeds.js";

const vocabulary = createVocabulary(
  seedKnowledge(),
  TOPICS.flatMap((t) => t.svPhrases),
);
const read = (q: string) => parseQuestion(q, vocabulary, { today: "2026-12-02" });
const all = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });
const ask = (q: string, id = `s19q-${q}`) => all(q, { conversationId: id, today: "2026-12-02" });
const M = 1_000_000;

describe("kinds of document", () => {
  it("a wire story is told by its masthead or its dateline's agency", () => {
    expect(
      documentKind({ kind: null, text: "Nordic Health Wire\n\nSweden lifts funding\n\nText." }),
    ).toBe("telegram");
    const dateline =
      "Sweden lifts funding\n\nSTOCKHOLM, Jan 30 (TT/Reuters) - Sweden's government will give GMS SEK 94m in 2030, up from before.";
    expect(documentKind({ kind: null, text: dateline })).toBe("telegram");
  });

  it("a body sentence citing another document names no kind", () => {
    const text =
      "Some Masthead\n\nHeadline\n\nAnalysts had expected as much as SEK 100 million after the budget bill pencilled in SEK 85 million for 2028.";
    expect(documentKind({ kind: null, text })).toBeNull();
  });

  it("an operational plan is its own kind", () => {
    expect(
      documentKind({ kind: null, text: "Region X\nVerksamhetsplan 2027 – Noden\n\nText." }),
    ).toBe("verksamhetsplan");
  });

  it("'the wire' and 'verksamhetsplanen' name those kinds, and no topic", () => {
    expect(read("how much does gms get in 2030 according to the wire").docKinds).toEqual([
      "telegram",
    ]);
    expect(read("statsbidraget enl verksamhetsplanen?").docKinds).toEqual(["verksamhetsplan"]);
    const a = ask("how much does gms get in 2030 acording to the wire");
    expect(a.figures[0]?.amountSek).toBe(94 * M);
  });
});

describe("a pronoun with nothing to point at", () => {
  it("'ingår det i gms-anslaget?' asked first asks what 'det' is, in the asker's language, never a total", () => {
    for (const [q, word] of [
      ["ingår det i gms-anslaget?", "”det”"],
      ["ingår de i gms-anslaget?", "”de”"],
      ["ingår det 2027 i gms-anslaget?", "”det”"],
      ["is that on top of the gms money?", "“that”"],
      ["hur fördelas det?", "”det”"],
    ] as const) {
      const a = ask(q, `s19q-first-${q}`);
      expect(a.answered, q).toBe(false);
      expect(a.figures, q).toEqual([]);
      expect(a.text, q).toContain(word);
    }
  });

  it("after an answer the pronoun points at it; an article or a named subject is no pointer", () => {
    const id = "s19q-pointer-after";
    ask("vad fick gms 2027?", id);
    expect(ask("ingår det i gms-anslaget?", id).answered).toBe(true);
    expect(ask("gms-pengarna 2023, vad gick de till", "s19q-named").figures[0]?.amountSek).toBe(
      10 * M,
    );
    expect(
      ask("Vilken nod fick minst av de statliga GMS-medlen 2027?", "s19q-article").answered,
    ).toBe(true);
  });
});

describe("a bare subject after a year's answer", () => {
  it("'prostata?' after 'varav solida?' (2027) keeps the year, as 'och prostata?' does", () => {
    const id = "s19q-bare-subject";
    ask("vad fick gms 2027?", id);
    ask("varav solida?", id);
    const a = ask("prostata?", id);
    expect(a.figures[0]?.amountSek).toBe(7_200_000);
    expect(new Set(a.figures.filter((f) => !f.derived).map((f) => f.year))).toEqual(
      new Set([2027]),
    );
  });

  it("asked first, a bare subject is every year's", () => {
    const a = ask("barncancer?", "s19q-bare-first");
    expect(new Set(a.figures.map((f) => f.year)).size).toBeGreaterThan(1);
  });
});

describe("links with labels", () => {
  it("a label is read as words at most, never the address, and never left unplaced", async () => {
    const { cleanQuestion } = await import("../../src/bot/normalize.js");
    const md = cleanQuestion("gms 2027? [click here](https://www.regeringen.se/x)");
    expect(md.text).toBe("gms 2027?");
    expect(md.links).toEqual(["https://www.regeringen.se/x"]);
    const slack = cleanQuestion(
      "vad fick gms 2026 enligt <https://example.com/x|pressmeddelandet>?",
    );
    expect(slack.text).toBe("vad fick gms 2026 enligt pressmeddelandet ?");
    expect(slack.labels).toEqual(["pressmeddelandet"]);
    for (const q of [
      "gms 2027? [click here](https://www.regeringen.se/x)",
      "gms 2027? <https://example.com/a|se här>",
      "gms 2027 enligt [blorfen](https://example.com/x)?",
    ]) {
      const a = ask(q, `s19q-link-${q}`);
      expect(a.figures[0]?.amountSek, q).toBe(89 * M);
      expect(a.text, q).not.toMatch(/blorfen|click|here/i);
    }
    expect(read("vad fick gms 2026 enligt pressmeddelandet?").docKinds).toEqual([
      "pressmeddelande",
    ]);
  });
});

describe("a question of two parts, one off-topic", () => {
  it("answers the funding part and says plainly the other part is not answered", () => {
    const a = ask("gms 2027? also what is the capital of france", "s19q-off-1");
    expect(a.figures[0]?.amountSek).toBe(89 * M);
    expect(a.text).toMatch(/“what is the capital of france”\) is not about GMS funding/);
    expect(a.text).not.toMatch(/paris/i);
    const sv = ask("vad fick gms 2026? och vad blir vädret i lund imorgon", "s19q-off-2");
    expect(sv.figures[0]?.amountSek).toBe(75 * M);
    expect(sv.text).toMatch(/”vad blir vädret i lund imorgon”\) handlar inte om finansieringen/);
  });

  it("an off-topic question alone, or one part naming a year beside an unknown word, is not split", () => {
    expect(ask("vädret i lund 2028?", "s19q-off-3").answered).toBe(false);
    const both = ask("vad fick gms 2026 och 2027?", "s19q-off-4");
    expect(both.figures[0]?.amountSek).toBe(164 * M);
    expect(both.text).not.toMatch(/Resten av frågan/);
  });
});

describe("new phrasings as lexicon rows", () => {
  it("'until when' asks a deadline, 'uppgick till' how much, 'main' is noise, 'add themselves' co-funding", () => {
    expect(read("Until when must unused funds be repaid?").cues.has("deadline")).toBe(true);
    const amounted = read("Vad uppgick statens stöd till GMS till under 2026?");
    expect(amounted.cues.has("howMuch")).toBe(true);
    expect(amounted.coverage.unplaced).toEqual([]);
    expect(
      read("By how much did the main GMS grant grow from 2026 to 2027?").coverage.unplaced,
    ).toEqual([]);
    expect(read("how much do the regions add themselves?").cues.has("cofund")).toBe(true);
    expect(ask("Vad uppgick statens stöd till GMS till under 2026?").figures[0]?.amountSek).toBe(
      75 * M,
    );
  });
});

describe("chat slang and short forms", () => {
  it("'lmao', 'bruh', 'tbh', 'u' are chat noise, never a subject to ask about; 'avg' asks an average", () => {
    for (const q of [
      "gms funding 2026 lmao",
      "bruh how much did kids cancer get in 2030",
      "can u tell me what gms got in 2028 tbh",
    ])
      expect(read(q).coverage.unplaced, q).toEqual([]);
    expect(ask("gms funding 2026 lmao 💀", "s19q-slang").figures[0]?.amountSek).toBe(75 * M);
    expect(read("whats the avg per year 2026-2028").cues.has("average")).toBe(true);
    expect(ask("whats the avg per year 2026-2028", "s19q-avg").text).toMatch(/82[.,]67/);
  });
});

describe("a question of two asks", () => {
  it("answers the money asked first and names the second ask to ask next, when the whole reads as neither", () => {
    const a = ask("vad fick gms 2026 och vem beslutade?", "s19q-two-1");
    expect(a.figures[0]?.amountSek).toBe(75 * M);
    expect(a.text).toMatch(/Fråga ”vem beslutade” härnäst/);
    const en = ask("What did GMS get in 2026 and who decided it?", "s19q-two-2");
    expect(en.figures[0]?.amountSek).toBe(75 * M);
    expect(en.text).toMatch(/Ask “who decided it” next/);
  });

  it("a deadline asked first is answered when the whole reads as who received", () => {
    const a = ask(
      "Until when must unused antibiotic-resistance funds be repaid, and to whom?",
      "s19q-two-4",
    );
    expect(a.text).toMatch(/31 March 2028/);
    expect(a.text).toMatch(/Folkhälsomyndigheten/);
    expect(a.text).toMatch(/Ask “to whom” next/);
  });

  it("one the table answers whole stays whole", () => {
    const a = ask("Who pays out the 2028 money, and to whom?", "s19q-two-3");
    expect(a.text).toMatch(/Kammarkollegiet/);
    expect(a.text).toMatch(/Region Skåne/);
    expect(a.text).not.toMatch(/two parts/);
  });
});

describe("a definite noun points back like a pronoun", () => {
  it("'who signed the decision?' after a year's money names that year's signers only", () => {
    const id = "s19q-definite";
    ask("How much did GMS get in 2026?", id);
    const a = ask("Who signed the decision?", id);
    expect(a.text).toMatch(/Kristina Edholm/);
    expect(a.text).not.toMatch(/Jakob Forssmed|Lena Hallengren/);
    const sv = "s19q-definite-sv";
    ask("Hur mycket fick GMS 2026?", sv);
    expect(ask("Vem skrev under beslutet?", sv).text).not.toMatch(/Jakob Forssmed/);
  });
});

describe("asks about the grant just shown", () => {
  it("'Vilken myndighet betalar ut?' after a year's money asks it of that year, however long", () => {
    const id = "s19q-payer-after";
    ask("Hur mycket fick GMS 2028?", id);
    const a = ask("Vilken myndighet betalar ut?", id);
    expect(a.text).toMatch(/Kammarkollegiet/);
    expect(a.text).not.toMatch(/Socialstyrelsen|Folkhälsomyndigheten/);
    expect(
      ask("Hur mycket får den använda för egen administration?", id).figures[0]?.amountSek,
    ).toBe(300_000);
  });

  it("'is the 24 million on top of that?' where the 24 million is the year's co-funding: yes, co-funding", () => {
    const id = "s19q-on-top-cofunding";
    ask("how much did gms get in 2028", id);
    const a = ask("is the 24 million on top of that?", id);
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toMatch(/co-funding/);
    expect(a.figures[0]?.amountSek).toBe(24 * M);
  });
});

describe("the whole of a part just shown", () => {
  it("'hela uppdraget?' after a year's share names the whole it is part of, over the whole's years", () => {
    const id = "s19q-whole-of";
    ask("amr 2027?", id);
    const a = ask("hela uppdraget?", id);
    expect(a.figures[0]?.amountSek).toBe(18 * M);
    const en = "s19q-whole-of-en";
    ask("varav solida 2027?", en);
    expect(ask("the whole grant?", en).figures[0]?.amountSek).toBe(80 * M);
  });

  it("asked first, it points at nothing shown and changes nothing", () => {
    expect(read("hela uppdraget?").cues.has("wholeOf")).toBe(true);
    expect(ask("hela uppdraget?", "s19q-whole-first").figures[0]?.amountSek).not.toBe(18 * M);
  });
});

describe("who distributes GMS's money", () => {
  it("names only distributors of GMS money, never a foundation or council handing out its own", () => {
    const a = ask("vem fördelar pengarna 2028?", "s19q-distributor");
    expect(a.text).toMatch(/Region Skåne/);
    expect(a.text).not.toMatch(/Cancerfonden|Vetenskapsrådet/);
  });

  it("'togs' (was taken) is no subject", () => {
    expect(read("Vem var sjukvårdsminister när 2028-beslutet togs?").stems).toEqual([]);
  });
});

describe("percent after a change", () => {
  it("'i procent?' after a change between years is that change in percent, never a share", () => {
    const id = "s19q-percent-change";
    ask("datadelning 2027?", id);
    ask("vs 2026?", id);
    const a = ask("i procent?", id);
    expect(a.text).toMatch(/−20 %/);
    expect(a.text).not.toMatch(/Andelen/);
  });
});

describe("living in a city", () => {
  it("'is lund nice to live in' is off-topic, never a grant to Lund", () => {
    expect(read("is lund nice to live in").offTopic.length).toBeGreaterThan(0);
    const a = ask("is lund nice to live in", "s19q-live");
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
    expect(ask("vad fick lunds universitet?", "s19q-lund-uni").answered).toBe(true);
  });
});

describe("a change against before", () => {
  it("'up from', 'compared to before' ask the change from the year before the one named", () => {
    for (const q of [
      "What was GMS's 2030 grant up from, according to the wire story?",
      "how much did gms 2030 increase compared to before?",
    ]) {
      expect(read(q).cues.has("change"), q).toBe(true);
      const a = ask(q, `s19q-up-from-${q}`);
      expect(
        a.figures.map((f) => f.amountSek),
        q,
      ).toContain(84 * M);
    }
  });
});

describe("what is left of a year's money after named parts", () => {
  it("the year's split whole less the named parts (computed), a part stated as the rest leading", () => {
    const a = ask(
      "whats left of gms 2030 money after tumours, rare diseases and kids cancer",
      "s19q-left-1",
    );
    expect(a.figures[0]?.amountSek).toBe(28 * M);
    const sv = ask(
      "vad blir kvar av 2026 års pengar efter barncancer och sällsynta?",
      "s19q-left-2",
    );
    expect(sv.figures[0]?.amountSek).toBe(36 * M);
    expect(sv.figures[0]?.derived).toBe(true);
    expect(sv.text).toMatch(/uträknat av boten/);
  });
});

describe("a decision with nothing to point at", () => {
  it("'who signed it?' asked first asks what 'it' is, with an example of the same ask", () => {
    const a = ask("who signed it?", "s19q-signed-first");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/What does “it” refer to\?/);
    expect(a.text).toMatch(/who signed the decision on the 2026 money/);
    const id = "s19q-signed-after";
    ask("How much did GMS get in 2026?", id);
    expect(ask("who signed it?", id).text).toMatch(/Kristina Edholm/);
  });
});

describe("the largest and smallest part of a split", () => {
  it("'biggest part?', 'största delen?' rank the parts (a cue of both kinds), and the smallest follows", () => {
    expect(read("biggest part?").cues.has("largest")).toBe(true);
    expect(read("minsta delen?").cues.has("smallest")).toBe(true);
    const id = "s19q-parts-sv";
    ask("hur mkt fick gms 2026?", id);
    expect(ask("största delen?", id).figures[0]?.amountSek).toBe(16 * M);
    expect(ask("minsta delen?", id).figures[0]?.amountSek).toBe(4 * M);
  });

  it("a share split further without an area of its own stands for its parts: the smallest of 2027 is 6 M", () => {
    const id = "s19q-parts-nested";
    ask("how much did gms get in 2027", id);
    ask("how was it split", id);
    expect(ask("which part is the biggest?", id).figures[0]?.amountSek).toBe(30 * M);
    const small = ask("and the smallest?", id);
    expect(small.figures.map((f) => f.amountSek)).toEqual([6 * M, 6 * M]);
  });
});
