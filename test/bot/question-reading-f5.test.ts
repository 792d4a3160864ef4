// Questions added by helper F5, on made-up pages: a bare number owned by a genitive beside an amount is an amount,
// never a year; "vb" is Region Västerbotten; a song contest asked beside the money is off-topic.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { parseQuestion } from "../../src/bot/query.js";
import { createVocabulary } from "../../src/bot/vocabulary.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const qa = textDocument(
  "qa",
  [
    "Frågor och svar om GMS",
    "",
    "Publicerad 2031-02-10",
    "",
    "Regeringen beslutade den 20 januari 2031 att GMS får 70 miljoner kronor för 2031.",
    "För 2031 har regionerna åtagit sig att bidra med sammanlagt 25 miljoner kronor i medfinansiering.",
    "Regionernas medel är inte statliga och ingår inte i de 70 miljonerna.",
  ].join("\n"),
  "2031-02-10",
);
const foundation = textDocument(
  "foundation",
  [
    "Lindfonden: beviljade anslag",
    "",
    "Publicerad 2031-05-02",
    "",
    "Sedan 2021 har Lindfonden beviljat sammanlagt 7,5 miljoner kronor till forskning med koppling till GMS.",
  ].join("\n"),
  "2031-05-02",
);
const knowledge = fromDocuments([qa, foundation], []);
const ask = createAsk({ knowledge, now: () => 0 });

describe("a bare number beside an amount", () => {
  it("'70 mnkr, ingår regionernas 25?': 25 is millions, never the year 2025", () => {
    const answer = ask("70 mnkr, ingår regionernas 25?", { today: "2031-12-02" });
    expect(answer.text).toMatch(/^Nej/);
    expect(answer.text).not.toMatch(/2025/);
  });

  it("'gms 31?' with no amount beside it is still the year 2031", () => {
    const answer = ask("gms 31?", { today: "2031-12-02" });
    expect(answer.text).toMatch(/70 miljoner/);
  });
});

describe("lexicon lines", () => {
  const vocabulary = createVocabulary(knowledge, []);

  it("'vb egna medel 31?': vb is Region Västerbotten", () => {
    const query = parseQuestion("vb egna medel 31?", vocabulary, { today: "2031-12-02" });
    expect(query.orgs.map((o) => o.name)).toContain("Region Västerbotten");
  });

  it("'gms 2031?? also who wins eurovision': the funding part is answered, the contest is off-topic", () => {
    const answer = ask("gms 2031?? also who wins eurovision", { today: "2031-12-02" });
    expect(answer.text).toMatch(/70 million/);
  });
});
