// Answers over the extra corpus (seeds + devset + documents-extra) whose traps need its documents together:
// what a region gets of money it passes on (a decision pays it 9 M a year; its board minutes keep 3,4 M of
// 2027's), and a region's annual report adopted in 2028 beside the government's decision on 2028's money.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { corpusKnowledge } from "../support/question-runner.js";

const ask = createAsk({ knowledge: corpusKnowledge("extra"), now: () => 0 });

describe("an organisation's money of a whole it passes on", () => {
  it("'hur mkt får X per år' is what it is paid each year, not the slice it keeps", () => {
    const a = ask("hur mkt får västerbotten per år för amr", { today: "2026-12-02" });
    const figures = a.figures.map((f) => [f.year, f.amountSek]);
    expect(figures).toContainEqual([2027, 9_000_000]);
    expect(figures).not.toContainEqual([2027, 3_400_000]);
  });
});

describe("when money was decided", () => {
  it("a report's adoption dates no grant: 2028's money was decided on 16 December 2027 alone", () => {
    const a = ask("Vem beslutade om medlen för 2028 och när?", { today: "2028-06-01" });
    expect(a.text).toMatch(/16 december 2027/);
    expect(a.text).not.toMatch(/19 april 2028/);
  });
});

describe("a press contact of an organisation", () => {
  it("is one whose title names it, not every press contact", () => {
    const a = ask("vem är pressansvarig på scilifelab", { today: "2028-06-01" });
    expect(a.text).toMatch(/Lisa Berglund/);
    expect(a.text).not.toMatch(/Henrik Salo/);
  });
});

describe("a decided amount against its estimate", () => {
  it("yes or no first", () => {
    expect(
      ask("was the 84m less than the budget bill estimate", { today: "2028-06-01" }).text,
    ).toMatch(/^Yes: SEK 84 million is less than the SEK 85 million estimated/);
  });
});

describe("a follow-up asking a who-question of another year", () => {
  it("asks it of that year's money, not of the amount just shown", () => {
    const id = { today: "2026-12-02", conversationId: "payer-years" };
    ask("datadelning 2026", id);
    ask("vem betalar ut?", id);
    const next = ask("och 2027?", id);
    expect(next.text).toMatch(/Kammarkollegiet/);
    expect(next.text).not.toMatch(/12,5 miljoner/);
  });
});

describe("the documents of a kind about an organisation", () => {
  it("'när publicerades artikeln om Barncancerfonden?' lists the articles that name it, not every article", () => {
    const a = ask("när publicerades artikeln om barncancerfonden?", { today: "2026-12-02" });
    expect(a.intent).toBe("documents");
    expect(a.text).toMatch(/Barncancerfonden satsar nästan 8 miljoner .* \(2026-09-22\)/);
    expect(a.text).not.toMatch(/Umeå blir nav/);
  });
});

describe("a paying agency named with its payout", () => {
  it("'fohm utbet 2026?' asks what that agency pays out that year, not who pays", () => {
    for (const question of ["fohm utbetalning 2026", "fohm utbet 2026?"]) {
      const a = ask(question, { today: "2026-12-02" });
      expect(a.intent).toBe("amount");
      expect(a.text).toMatch(/Folkhälsomyndigheten betalar ut medlen/);
      expect(a.text).not.toMatch(/Pengarna betalas ut av Socialstyrelsen/);
    }
    expect(ask("genom vilken myndighet betalas pengarna 2026?").intent).toBe("payer");
  });
});

describe("more than last year", () => {
  it("measures the year of asking against the year told back from it, yes or no first", () => {
    const sv = ask("får gms mer pengar än i fjol?", { today: "2026-12-03" });
    expect(sv.intent).toBe("change");
    expect(sv.text).toMatch(/^Ja: .* 2026 är mer än .* 2025\./);
    const en = ask("is gms getting more money than last year??", { today: "2026-12-03" });
    expect(en.text).toMatch(/^Yes: .* in 2026 is more than .* in 2025\./);
  });
});

describe("grants past a bar", () => {
  it("'list all grants over 50 million' lists each grant past it, largest first, none at the bar itself", () => {
    const a = ask("list all grants over 50 million", { today: "2026-12-02" });
    expect(a.intent).toBe("threshold-list");
    const amounts = a.figures.map((f) => f.amountSek);
    expect(amounts.length).toBeGreaterThan(1);
    expect(amounts.every((x) => x > 50_000_000)).toBe(true);
    expect([...amounts].sort((x, y) => y - x)).toEqual(amounts);
  });

  it("'vilka år fick GMS över 70 miljoner?' measures each year's sum, computed and cited", () => {
    const a = ask("vilka år fick gms över 70 miljoner?", { today: "2026-12-02" });
    expect(a.text).toMatch(/^År över 70 miljoner kronor/);
    expect(a.figures.every((f) => f.amountSek > 70_000_000 && f.year !== null)).toBe(true);
    // Only the years shown are cited.
    const cited = new Set(a.figures.flatMap((f) => f.citations));
    expect(a.citations.every((c) => cited.has(c.id))).toBe(true);
  });

  it("a bar nothing passes is said, with the largest there is; a yes or no stays a yes or no", () => {
    expect(ask("grants above 500 million?").text).toMatch(
      /^No grant over SEK 500 million\. The largest: /,
    );
    expect(ask("fick gms över 50 miljoner 2027?", { today: "2026-12-02" }).text).toMatch(/^Ja: /);
  });
});

describe("the largest single amount", () => {
  it("'vad är den största enskilda summan GMS fått?' is the largest grant, not what GMS is", () => {
    const a = ask("vad är den största enskilda summan GMS fått?", { today: "2026-12-02" });
    expect(a.intent).toBe("extreme");
    expect(a.text).toMatch(/^Största beloppet: /);
  });
});

describe("a numbered budget line asked alone", () => {
  it("'vad är ap.14?' and 'anslagsposten 14?' quote that line, not money of another", () => {
    for (const question of ["vad är ap.14?", "anslagsposten 14?"]) {
      const a = ask(question, { today: "2026-12-02" });
      expect(a.intent).toBe("reference");
      expect(a.text).toMatch(/anslagsposten 14 Genomic Medicine Sweden/);
      expect(a.text).not.toMatch(/Jag hittar inte/);
    }
    expect(ask("Hur mycket ska redovisas mot anslagsposten 33?").intent).toBe("amount");
  });
});

describe("a giver asked with a yes or no", () => {
  it("'is the EU paying for gms?' says no once, then what the giver gives", () => {
    const a = ask("is the EU paying for gms?", { today: "2026-12-02" });
    expect(a.text.match(/\bNo\b/g)?.length).toBe(1);
    expect(a.text).toMatch(/^No: the documents state no money from the EU to GMS\./);
  });
});

describe("when unused money must be paid back", () => {
  it("'när ska oanvända medel för 2026 återbetalas?' is a deadline, not the money paid back", () => {
    const a = ask("när ska oanvända medel för 2026 återbetalas?", { today: "2026-12-02" });
    expect(a.intent).toBe("deadline");
    expect(a.text).toMatch(/återbetalning – /);
    expect(ask("hur mycket betalade region skåne tillbaka?").text).toMatch(/betalades tillbaka/);
  });
});

describe("the field GMS is named for, asked with nothing else", () => {
  it("'how much has the state spent on genomic medicine in total' is GMS's total, never a sum of the word's matches", () => {
    for (const question of [
      "how much has the state spent on genomic medicine in total",
      "hur mycket har staten lagt på genomisk medicin totalt?",
    ]) {
      const a = ask(question, { today: "2026-12-02" });
      expect(a.intent).toBe("total");
      const gms = ask("how much has the state spent on gms in total", { today: "2026-12-02" });
      expect(a.figures[0]?.amountSek).toBe(gms.figures[0]?.amountSek);
    }
  });
});
