// Yes or no against an amount the question names ("fick GMS över 100 miljoner 2031?"): made-up documents,
// asked the way the hand-judged set asks them. The verdict is on the subject's money, shown with its quote.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { tokenize } from "../../src/bot/lexicon.js";
import { readThreshold } from "../../src/bot/threshold.js";
import { findAmounts, fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const decision = textDocument(
  "decision",
  `Pressmeddelande från Socialdepartementet

Genomic Medicine Sweden får 70 miljoner kronor 2031

Publicerad 15 december 2030

Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) ska få 70 miljoner kronor under 2031. Av medlen ska 9 miljoner kronor gå till sällsynta diagnoser.

Kammarkollegiet betalar ut medlen till Region Skåne.
`,
);
const ask = createAsk({ knowledge: fromDocuments([decision]) });

const bar = (q: string) => readThreshold(tokenize(q), findAmounts(q, { loose: true }));

describe("reading a bar in the question", () => {
  it("reads the comparing words right before the amount, and a comparing verb anywhere before it", () => {
    expect(bar("fick GMS över 100 miljoner 2031?")).toMatchObject({
      valueSek: 100_000_000,
      direction: "above",
      inclusive: false,
    });
    expect(bar("did GMS get more than SEK 80 million?")).toMatchObject({ direction: "above" });
    expect(bar("minst 60 mnkr till gms?")).toMatchObject({ direction: "above", inclusive: true });
    expect(bar("was it less than 20 million")).toMatchObject({
      direction: "below",
      inclusive: false,
    });
    expect(bar("Översteg stödet 60 miljoner kronor?")).toMatchObject({ direction: "above" });
    expect(bar("Did the funding exceed SEK 80 million?")).toMatchObject({ direction: "above" });
  });

  it("reads no bar without a comparing word, or beside two amounts", () => {
    expect(bar("fick GMS 100 miljoner 2031?")).toBeNull();
    expect(bar("ingår 9 miljoner i 70 miljoner?")).toBeNull();
  });
});

describe("answering yes or no against a bar", () => {
  it("answers yes or no first, then the figure it measured with its quote", () => {
    const yes = ask("fick GMS mer än 50 miljoner 2031?");
    expect(yes.text).toMatch(/^Ja: 70 miljoner kronor är mer än 50 miljoner kronor/);
    expect(yes.figures[0]?.amountSek).toBe(70_000_000);
    expect(yes.blocks?.[0]).toMatchObject({ kind: "yesno", verdict: "yes" });
    const no = ask("did GMS get more than 100 million in 2031?");
    expect(no.text).toMatch(/^No: SEK 70 million is not more than SEK 100 million/);
    expect(no.citations.length).toBeGreaterThan(0);
  });

  it("measures an area's own money, and 'under' from below", () => {
    const answer = ask("sällsynta diagnoser 2031 under 10 mkr?");
    expect(answer.text).toMatch(/^Ja/);
    expect(answer.figures[0]?.amountSek).toBe(9_000_000);
  });

  it("keeps the bar for a follow-up that only names another year, and says nothing of a year with no money", () => {
    ask("fick GMS mer än 60 miljoner 2031?", { conversationId: "t" });
    const next = ask("och 2030", { conversationId: "t" });
    expect(next.text).not.toMatch(/^(Ja|Nej)/);
  });
});

describe("answering yes or no on a change between two years", () => {
  const earlier = textDocument(
    "earlier",
    `Pressmeddelande från Socialdepartementet

Genomic Medicine Sweden får 60 miljoner kronor 2030

Publicerad 1 mars 2030

Regeringen har beslutat att Genomic Medicine Sweden (GMS) ska få 60 miljoner kronor under 2030. Av medlen ska 12 miljoner kronor gå till sällsynta diagnoser.
`,
  );
  const both = createAsk({ knowledge: fromDocuments([earlier, decision]) });

  it("measures the year before 'än'/'than' against the year after it", () => {
    expect(both("fick sällsynta diagnoser mindre 2031 än 2030?").text).toMatch(
      /^Ja: 9 miljoner kronor 2031 är mindre än 12 miljoner kronor 2030/,
    );
    expect(both("did rare diseases get more in 2031 than in 2030?").text).toMatch(
      /^No: SEK 9 million in 2031 is not more than SEK 12 million in 2030/,
    );
  });

  it("gives no verdict to a change asked without a yes or no", () => {
    expect(both("sällsynta diagnoser 2030 vs 2031").text).not.toMatch(/^(Ja|Nej)/);
  });
});

describe("no verdict without one given figure", () => {
  const bill = textDocument(
    "bill",
    `Budgetpropositionen för 2032

Publicerad 20 september 2031

Regeringen beräknar 90 miljoner kronor till Genomic Medicine Sweden (GMS) för 2032.
`,
  );
  const ask2 = createAsk({ knowledge: fromDocuments([decision, bill]) });

  it("an estimate is no money got: the year's answer as it is, with no yes or no", () => {
    const answer = ask2("did GMS get more than 80m in 2032?");
    expect(answer.text).not.toMatch(/^(Yes|No)/);
    expect(answer.text).not.toMatch(/SEK 80 million/);
  });

  it("a year with no money says so, never looking up the bar's own amount", () => {
    const answer = ask2("fick GMS mer än 10 miljoner 2029?");
    expect(answer.text).not.toMatch(/^(Ja|Nej)/);
    expect(answer.text).not.toMatch(/10 miljoner kronor/);
  });
});

describe("a bar in a question that asks no yes or no", () => {
  it("'list grants over 10 million' filters: no verdict", () => {
    expect(ask("list grants over 10 million").text).not.toMatch(/^(Yes|No)[:.]/);
    expect(ask("grants over 10 million in 2031").text).not.toMatch(/^(Yes|No)[:.]/);
  });

  it("a follow-up naming only a year keeps the bar and its yes or no, asked with no mark", () => {
    ask("fick GMS mer än 60 miljoner 2030?", { conversationId: "u" });
    const next = ask("och 2031", { conversationId: "u" });
    expect(next.text).toMatch(/^Ja: 70 miljoner kronor är mer än 60 miljoner kronor/);
  });
});
