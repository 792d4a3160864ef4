// People in every genre, application deadlines, adoptions and pending decisions, read from made-up texts.
import { describe, expect, it } from "vitest";
import { readStatements } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const doc = textDocument;
const people = (text: string) =>
  readStatements([doc("d", text)]).people.map((p) => [p.role, p.name, p.title]);

describe("people in other genres", () => {
  it("a debate article: the signature lines are its authors, with party and title", () => {
    const text = [
      "DEBATT",
      "Staten borde ge vården långsiktiga pengar, skriver två regionpolitiker.",
      "Vi föreslår ett flerårigt anslag.",
      "Karl Berg (L), regionråd, Region Halland",
      "Eva Lund, professor i medicin, Umeå universitet",
    ].join("\n\n");
    expect(people(text)).toEqual([
      ["author", "Karl Berg", "regionråd, Region Halland"],
      ["author", "Eva Lund", "professor i medicin, Umeå universitet"],
    ]);
  });

  it("a lone titled line is an author only in an opinion piece; a contact's line stays a contact", () => {
    expect(people("Nyhet\n\nText om pengar.\n\nEva Lund, professor i medicin")).toEqual([]);
    expect(people("Nyhet\n\nText.\n\nKontakt\n\nEva Lund, professor\n\nPer Ek, chef")).toEqual([
      ["contact", "Eva Lund", "professor"],
    ]);
  });

  it("a report signed at its end by a name over a title line", () => {
    const text =
      "Årsrapport\n\nRapporten har fastställts av styrelsen.\n\nNils Åberg\n\nOrdförande, Förbundet";
    expect(people(text)).toContainEqual(["author", "Nils Åberg", "Ordförande, Förbundet"]);
  });

  it("a written question: who asked it, with the party", () => {
    const text =
      "Svar på skriftlig fråga 2027/28:15 av Olle Ström (MP)\n\nBesvarad av socialminister Ann Ek (S)";
    expect(people(text)).toEqual([
      ["minister", "Ann Ek", "socialminister"],
      ["questioner", "Olle Ström", "MP"],
    ]);
  });

  it("someone quoted after 'säger' or 'said', with the title after the comma", () => {
    const text =
      "– Det är bra, säger Lisa Holm, överläkare vid sjukhuset.\n\n“Good news,” said Tom Reed, head of the lab.";
    expect(people(text)).toEqual([
      ["quoted", "Lisa Holm", "överläkare vid sjukhuset"],
      ["quoted", "Tom Reed", "head of the lab"],
    ]);
  });
});

describe("application deadlines, adoptions and decisions not yet taken", () => {
  it("a call's last day to apply is an application deadline", () => {
    const s = readStatements([doc("d", "Utlysning\n\nSista ansökningsdag: 2028-03-05 kl. 14.00")]);
    expect(s.deadlines.map((d) => [d.kind, d.by.year, d.by.month, d.by.day])).toEqual([
      ["application", 2028, 3, 5],
    ]);
  });

  it("a report adopted by a board is an adoption, by that board, on its date", () => {
    const s = readStatements([doc("d", "Planen antogs av Förbundets styrelse den 4 maj 2028.")]);
    expect(s.decisions.map((d) => [d.kind, d.decidedBy, d.date?.day, d.date?.month])).toEqual([
      ["adopted", "Förbundets styrelse", 4, 5],
    ]);
  });

  it("'bereds' and 'inget beslut har fattats' are one pending statement, the first its context", () => {
    const text =
      "Frågan om ett nytt anslag bereds inom departementet. Något beslut har ännu inte fattats.";
    const s = readStatements([doc("d", text)]);
    expect(s.pending.map((p) => [p.context?.text, p.span.text])).toEqual([
      [
        "Frågan om ett nytt anslag bereds inom departementet.",
        "Något beslut har ännu inte fattats.",
      ],
    ]);
    expect(s.decisions).toEqual([]);
  });

  it("'Syftet är att …' is a purpose; a span of years after 'pågår' or 'runs' is a project period", () => {
    const text = [
      "Regionen får två miljoner kronor. Syftet är att korta väntetiderna.",
      "Studien pågår under perioden 2027–2029.",
      "The project runs from 2026 to 2028.",
      "Beloppen för 2025–2026 redovisas i tabellen.",
    ].join("\n\n");
    const s = readStatements([doc("d", text)]);
    expect(s.purposes.map((p) => p.span.text)).toEqual(["Syftet är att korta väntetiderna."]);
    expect(s.periods.map((p) => [p.from, p.to, p.years.text])).toEqual([
      [2027, 2029, "2027–2029"],
      [2026, 2028, "from 2026 to 2028"],
    ]);
  });

  it("a sentence that says what a payment depends on is a condition", () => {
    const text =
      "Av beloppet betalas hälften ut 2029. Utbetalningen för 2029 förutsätter att riksdagen anvisar medel.";
    expect(readStatements([doc("d", text)]).conditions.map((c) => c.span.text)).toEqual([
      "Utbetalningen för 2029 förutsätter att riksdagen anvisar medel.",
    ]);
  });
});
