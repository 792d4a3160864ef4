// Who proposed what (a board member's motion, a debate article's demand), an amount compared with a budget
// bill's estimate, and a follow-up that asks another year of the same kind of document: made-up documents.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const minutes = textDocument(
  "minutes",
  `Region Dalarna
PROTOKOLL
Regionstyrelsen

Sammanträdesdatum: 2031-02-10

§ 12
Dnr RS 2031/00044

Medfinansiering av genomisk diagnostik inom Genomic Medicine Sweden 2031

Regionstyrelsen beslutar att avsätta 0,8 miljoner kronor av egna medel under 2031 som regionens medfinansiering av arbetet inom Genomic Medicine Sweden (GMS).

Yrkanden

Per Sund (L) yrkar att regionens medfinansiering höjs till 1,5 miljoner kronor.
`,
);
const opinion = textDocument(
  "opinion",
  `DEBATT

Satsa mer på genomik

Publicerad 3 mars 2031

Vi föreslår därför att regeringen beslutar om minst 150 miljoner kronor per år till Genomic Medicine Sweden från 2032.
`,
);
const decision = textDocument(
  "decision",
  `Pressmeddelande från Socialdepartementet

Genomic Medicine Sweden får 75 miljoner kronor för 2032

Publicerad 15 december 2031

Regeringen har i dag beslutat att Genomic Medicine Sweden (GMS) får 75 miljoner kronor för 2032.
`,
);
const bill = textDocument(
  "bill",
  `Budgetpropositionen för 2032

Utgiftsområde 9 Hälsovård, sjukvård och social omsorg

Publicerad 20 september 2031

För Genomic Medicine Sweden beräknas 78 miljoner kronor för 2032 och 81 miljoner kronor för 2033.
`,
);

const ask = createAsk({ knowledge: fromDocuments([minutes, opinion, decision, bill]) });
const answer = (q: string, conversationId?: string) =>
  ask(q, { today: "2032-01-10", ...(conversationId ? { conversationId } : {}) });

describe("who proposed it", () => {
  it("quotes the motion that names the subject, with its proposer", () => {
    const a = answer("vem yrkade på högre medfinansiering?");
    expect(a.text).toMatch(/Per Sund/);
    expect(a.text).not.toMatch(/150 miljoner/);
    expect(a.figures).toEqual([]);
  });

  it("matches the subject across languages by its cue ('co-funding' asks about 'medfinansiering')", () => {
    expect(answer("who proposed raising the co-funding?").text).toMatch(/Per Sund/);
  });

  it("says no proposal names a subject none of them names, and shows the ones there are", () => {
    const a = answer("vem vill ha mer pengar till barncancer?");
    expect(a.text).toMatch(/Inget förslag i dokumenten nämner/);
    expect(a.text).toMatch(/Per Sund/);
    expect(a.text).toMatch(/150 miljoner/);
  });
});

describe("an amount against the budget bill's estimate", () => {
  it("gives the decided amount, then the estimate for its year, never a difference", () => {
    const a = answer("was the 75m less than the budget bill said?");
    expect(a.figures.map((f) => f.amountSek)).toEqual([75_000_000, 78_000_000]);
    expect(a.text).toMatch(/Estimated, not decided: SEK 78 million for 2032/);
    expect(a.text).not.toMatch(/81 million/);
    expect(a.figures.some((f) => f.derived)).toBe(false);
  });

  it("a follow-up asking only another year asks the same kind of document", () => {
    answer("vad stod det i budgetproppen för 2032?", "c1");
    const a = answer("och för 2033?", "c1");
    expect(a.figures.map((f) => f.amountSek)).toEqual([81_000_000]);
  });
});

describe("'what does … propose?'", () => {
  it("quotes the proposals, as 'who proposed' does, never a bare decline", () => {
    const text = createAsk({ knowledge: fromDocuments([minutes]) })(
      "what does the motion propose?",
      {
        today: "2031-06-01",
      },
    ).text;
    expect(text).toContain("1,5 miljoner kronor");
    expect(text).not.toMatch(/can't find\s+among/);
  });
});
