// A podcast's two speakers, a research council's grant list, a region's budget, an English "Funding" page, an
// amending decision and a Norwegian news item: a host's sum in a question, "ingår inte i statens stöd till GMS, som
// … uppgår till", an investment "ingår inte i GMS", "via GMS", "GMS Stockholm", "millioner kroner". Made-up pages.
import { describe, expect, it } from "vitest";
import { countsAsGrant, readStatements } from "../../src/knowledge/index.js";
import { findChannel, findPayer } from "../../src/knowledge/organisations.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const grants = (entries: ReturnType<typeof ledger>, sek: number) =>
  at(entries, sek).filter((e) => e.gms && countsAsGrant(e));

describe("a podcast transcript with two speakers", () => {
  const podcast = textDocument(
    "podcast",
    [
      "Hälsopodden, avsnitt 9: Genomik",
      "Publicerad 2035-03-02",
      "Gäst är Eva Ek, föreståndare för Genomic Medicine Sweden (GMS).",
      "PROGRAMLEDARE: Hur mycket får GMS i år?",
      "EVA EK: I år får vi 70 miljoner kronor från staten.",
      "PROGRAMLEDARE: Och i fjol?",
      "EVA EK: I fjol fick vi 60 miljoner plus 5 miljoner för datadelning. Så 65 miljoner totalt.",
      "PROGRAMLEDARE: Så om jag lägger ihop 70 och regionernas pengar, 20 miljoner, så har ni 90 miljoner i år?",
      "EVA EK: Nja, de 20 miljonerna är regionernas egna medel, det är inte statliga pengar.",
      "EVA EK: Vi har fått drygt 300 miljoner sedan 2030.",
      "PROGRAMLEDARE: Vem betalar ut pengarna?",
      "EVA EK: Kammarkollegiet betalar ut dem till Region Skåne.",
    ].join("\n\n"),
    "2035-03-02",
  );
  const entries = ledger(podcast);

  it("a host's sum asked as a question is no grant (a false 2035 total once)", () => {
    expect(grants(entries, 90_000_000)).toEqual([]);
    expect(grants(entries, 20_000_000)).toEqual([]);
    expect(grants(entries, 70_000_000).map((e) => e.years)).toEqual([[2035]]);
  });

  it("'de 20 miljonerna är regionernas egna medel' is the regions' co-funding", () => {
    expect(at(entries, 20_000_000).map((e) => e.role)).toEqual(["co-funding"]);
  });

  it("'Så 65 miljoner totalt.' after '60 miljoner plus 5 miljoner' in 'i fjol' is last year's total", () => {
    expect(at(entries, 65_000_000).map((e) => e.years)).toEqual([[2034]]);
  });

  it("a speaker's 'Vi har fått' names no recipient 'Vi'", () => {
    expect(at(entries, 300_000_000).map((e) => e.recipient)).not.toContain("Vi");
  });

  it("'Vem betalar ut pengarna?' names no payer", () => {
    expect(findPayer("PROGRAMLEDARE: Vem betalar ut pengarna?")).toBeNull();
    expect(findPayer("These grants are not part of the government funding of GMS.")).toBeNull();
    expect(findPayer("Kammarkollegiet betalar ut dem till Region Skåne.")).toBe("Kammarkollegiet");
  });

  it("a question that retells last year's money stays a retelling", () => {
    const q = textDocument(
      "q",
      "Intervju med GMS\n\n– Regeringen beslutade om 70 miljoner kronor för 2035 till Genomic Medicine Sweden (GMS).\n\n– Det är mindre än i fjol, då ni fick 75 miljoner totalt?",
      "2035-03-14",
    );
    expect(at(ledger(q), 75_000_000).map((e) => e.role)).toEqual(["comparison"]);
  });
});

describe("money set apart from GMS's, and GMS's own money in the same sentence", () => {
  it("'Bidragen ingår inte i statens årliga stöd till GMS, som för 2035 uppgår till 70 miljoner kronor' keeps the 70 M GMS's", () => {
    const list = textDocument(
      "list",
      "Forskningsrådet beviljar 300 miljoner kronor till 50 projekt\n\nPublicerad 2034-11-02\n\nBidragen ingår inte i statens årliga stöd till Genomic Medicine Sweden (GMS), som för 2035 uppgår till 70 miljoner kronor.",
      "2034-11-02",
    );
    expect(grants(ledger(list), 70_000_000).map((e) => e.years)).toEqual([[2035]]);
    const denied = textDocument(
      "denied",
      "Projektet inom GMS\n\nStiftelsen ger 4 miljoner kronor till projektet, som ingår inte i statens stöd till GMS.",
      "2035-01-01",
    );
    expect(grants(ledger(denied), 4_000_000)).toEqual([]);
  });

  it("'Investeringen … ingår inte i GMS' and 'These grants are not part of …' speak of the money just told", () => {
    const budget = textDocument(
      "budget",
      "Regionens budget för GMS-noden\n\nNoden ingår i Genomic Medicine Sweden (GMS).\n\nFör 2035 avsätts 7 500 tkr till en ny sekvenseringsplattform. Investeringen finansieras inom regionens investeringsram och ingår inte i GMS.",
      "2034-11-27",
    );
    expect(grants(ledger(budget), 7_500_000)).toEqual([]);
    const page = textDocument(
      "page",
      "Funding of Genomic Medicine Sweden\n\nGenomic Medicine Sweden (GMS) is funded by the government.\n\nA foundation gave SEK 5 million in 2035 to a project on childhood tumours. These grants are not part of the government funding of GMS.",
      "2035-09-01",
    );
    expect(grants(ledger(page), 5_000_000)).toEqual([]);
  });

  it("'Ökningen om 3 000 tkr ska användas för …' is a difference, never a grant", () => {
    const decision = textDocument(
      "decision",
      "Ändring av regleringsbrev för Genomic Medicine Sweden (GMS)\n\nBeloppet för anslagsposten ändras från 90 000 tkr till 93 000 tkr. Ökningen om 3 000 tkr ska användas för analyser av nyfödda inom GMS.",
      "2035-06-18",
    );
    expect(grants(ledger(decision), 3_000_000)).toEqual([]);
  });
});

describe("GMS's nodes and money via GMS", () => {
  it("'går 12 miljoner kronor till GMS Stockholm' names the node, still GMS money", () => {
    const page = textDocument(
      "hospital",
      "Nytt labb för Genomic Medicine Sweden (GMS)\n\nAv de 70 miljoner kronor som regeringen har beslutat om till GMS för 2035 går 12 miljoner kronor till GMS Stockholm.",
      "2035-04-08",
    );
    const share = at(ledger(page), 12_000_000);
    expect(share.map((e) => [e.recipient, e.gms])).toEqual([["GMS Stockholm", true]]);
  });

  it("'via GMS' names no paying agency; 'via Vinnova' still does", () => {
    expect(findChannel("Statsbidraget via GMS för 2035 bygger på 70 miljoner kronor.")).toBeNull();
    expect(findChannel("Regeringen satsar 5 miljoner kronor via Vinnova.")).toBe("Vinnova");
  });
});

describe("a Norwegian or Danish page about Sweden's GMS", () => {
  const page = textDocument(
    "no",
    "Sverige øker støtten til genommedisin\n\nDen svenske regjeringen har vedtatt at Genomic Medicine Sweden (GMS) skal få 70 millioner svenske kroner neste år. I Norge er det satt av 40 millioner kroner. Danmark har lagt inn 150 mio. kr. i finansloven, og senteret har fått over 1 milliard danske kroner.",
    "2034-12-18",
  );
  const statements = readStatements([page]);

  it("its amounts are another language's, quoted as written, never kronor facts or counts", () => {
    expect(statements.foreign.map((f) => f.written.text)).toEqual([
      "70 millioner svenske kroner",
      "40 millioner kroner",
      "150 mio. kr.",
      "1 milliard danske kroner",
    ]);
    expect(statements.counts).toEqual([]);
    expect(ledger(page)).toEqual([]);
  });
});

describe("a grant list's call dates and its giver", () => {
  const list = textDocument(
    "list",
    "Forskningsrådet\n\nBeviljade bidrag 2035\n\nNästa utlysning av projektbidrag öppnar den 15 februari 2035 och stänger den 4 april 2035.\n\nTotalt fördelar Forskningsrådet i år drygt 8 miljarder kronor till forskning.",
    "2034-12-20",
  );
  const statements = readStatements([list]);

  it("'stänger den 4 april' is the call's last day to apply; the day it opens is none", () => {
    expect(statements.deadlines.map((d) => [d.kind, d.span.text.includes("stänger")])).toEqual([
      ["application", true],
    ]);
  });

  it("'Totalt fördelar Forskningsrådet …': the subject after the verb distributes, never 'Totalt'", () => {
    expect(statements.channels.map((c) => [c.kind, c.organisation])).toEqual([
      ["distributes", "Forskningsrådet"],
    ]);
  });
});

describe("a share that 'will go to' a named place", () => {
  it("'of which SEK 1.5 million will go to the Lund University Hospital laboratory' names its recipient", () => {
    const page = textDocument(
      "news",
      "Genomics news\n\nThe Government has allocated SEK 5 million to Genomic Medicine Sweden for pharmacogenomics in 2035, of which SEK 1.5 million will go to the Lund University Hospital laboratory in Malmö.",
      "2035-02-01",
    );
    expect(at(ledger(page), 1_500_000).map((e) => e.recipient)).toEqual([
      "Lund University Hospital",
    ]);
  });
});

describe("an audit's table and prose, and a post's list of other posts", () => {
  const audit = textDocument(
    "audit",
    [
      "Revisionen",
      "Statens stöd till Genomic Medicine Sweden (GMS)",
      "Publicerad 2036-06-12",
      "Revisionen har granskat regeringens stöd till Genomic Medicine Sweden (GMS) under perioden 2031–2035.",
      "Under granskningsperioden har regeringen beslutat om sammanlagt 300 miljoner kronor till GMS.",
      "Region Skåne betalade 2034 tillbaka 1 200 000 kronor av 2033 års medel som inte hade använts.",
      "Kostnaden för en helgenomanalys har under perioden sjunkit från omkring 25 000 kronor till 9 000 kronor.",
    ].join("\n\n"),
    "2036-06-12",
  );
  const entries = ledger(audit);

  it("a sum 'under granskningsperioden' is of the period the audit says it covers", () => {
    expect(at(entries, 300_000_000).map((e) => [e.role, e.years])).toEqual([
      ["multi-year-total", [2031, 2032, 2033, 2034, 2035]],
    ]);
  });

  it("money 'som inte hade använts' and paid back is no grant", () => {
    expect(at(entries, 1_200_000)).toEqual([]);
  });

  it("every amount of a sentence whose subject is a cost is a cost", () => {
    expect(at(entries, 9_000)).toEqual([]);
    expect(at(entries, 25_000)).toEqual([]);
  });

  it("'Fler inlägg från …' heads a list of other posts, whose amounts are no money", () => {
    const post = textDocument(
      "post",
      "Eva Ek • Föreståndare för Genomic Medicine Sweden (GMS)\n\nGMS får 70 miljoner kronor för 2035.\n\nFler inlägg från Eva Ek\nDärför behöver vi 100 miljoner om året\nGMS årsrapport: 50 miljoner kronor",
      "2035-01-10",
    );
    expect(at(ledger(post), 100_000_000)).toEqual([]);
    expect(at(ledger(post), 50_000_000)).toEqual([]);
  });
});

describe("a comment that sets the money just told apart", () => {
  it("'Helt separat från statens GMS-pengar' speaks of the amount before it", () => {
    const post = textDocument(
      "comment",
      "Nyheter om Genomic Medicine Sweden (GMS)\n\nVi på GMS fick 3 miljoner kronor från Forskningsrådet för ett projekt under 2035. Helt separat från statens GMS-pengar förstås.",
      "2035-01-10",
    );
    expect(grants(ledger(post), 3_000_000)).toEqual([]);
  });
});

describe("an agency's table of grants passed on, by recipient and purpose", () => {
  it("rows of recipients by purpose ('Region Skåne, screening') split several moneys: none is a share of GMS's", () => {
    const report = textDocument(
      "agency",
      [
        "Myndigheten\n\nÅrsredovisning 2035\n\nPublicerad 2036-02-20",
        "Under 2035 betalade myndigheten ut 70 miljoner kronor till Region Skåne för Genomic Medicine Sweden (GMS).",
        "Tabell 7. Förmedlade bidrag per mottagare, tusental kronor",
        [
          "Mottagare                                   2034        2035",
          "Region Skåne, Genomic Medicine Sweden      60 000      70 000",
          "Region Skåne, screening                   12 000      12 000",
          "Region Stockholm, vaccinregister           4 500       4 500",
          "Summa                                     76 500      86 500",
        ].join("\n"),
      ].join("\n\n"),
      "2036-02-20",
    );
    const entries = ledger(report);
    expect(at(entries, 4_500_000)).toEqual([]);
    expect(at(entries, 12_000_000)).toEqual([]);
  });
});

describe("the money a start was made with", () => {
  it("'… sedan 2031. Det började med 2 miljoner från Vinnova' is 2031's, not the page's year; 'Av ökningen avser …' no money", () => {
    const page = textDocument(
      "talk",
      "Samtal om Genomic Medicine Sweden (GMS)\n\nPublicerad 2035-03-02\n\nEVA EK: Vi har fått drygt 300 miljoner sedan 2031. Det började med 2 miljoner från Vinnova, så det har vuxit rejält.\n\nRegionens egna medel ökar med 1 000 tkr 2035. Av ökningen avser 600 tkr en ny tjänst och 400 tkr licenser.",
      "2035-03-02",
    );
    const entries = ledger(page);
    expect(at(entries, 2_000_000).map((e) => e.years)).toEqual([[2031]]);
    expect(at(entries, 600_000)).toEqual([]);
  });
});
