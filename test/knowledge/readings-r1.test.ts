// Readings added by helper r1 (found on the devset retold in other genres and told in English), each on a
// made-up page: a sum written again in brackets, a purpose told by "Pengarna är till för …", an aligned table's
// year rows, a newsletter's masthead and a browser warning.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { fromDocuments, loadDocuments, loadKnowledge } from "../../src/knowledge/index.js";
import { at, ledger } from "../support/ledger-entries.js";
import { textDocument } from "../support/text-document.js";

const page = (body: string, published = "2033-11-20") =>
  textDocument("page", `Nyheter\n\nPublicerad ${published}\n\n${body}`, published);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gms-r1-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("a sum written again in brackets", () => {
  it("'12 miljoner kronor (12 000 000 kronor) till Region Dalarna' still names the recipient", () => {
    const entries = ledger(
      page(
        "Myndigheten ska under 2034 betala ut 12 miljoner kronor (12 000 000 kronor) till Region Dalarna för arbete inom Genomic Medicine Sweden.",
      ),
    );
    expect(at(entries, 12_000_000)[0]?.recipient).toBe("Region Dalarna");
  });
});

describe("the next sentence says what the money is for", () => {
  it("'Pengarna är till för …' gives the purpose of the amount told just before it", () => {
    const entries = ledger(
      page(
        "Myndigheten ska under 2034 betala ut 12 miljoner kronor till Region Dalarna. Pengarna är till för sekvensering av svampar inom Genomic Medicine Sweden, så att utbrott upptäcks.",
      ),
    );
    expect(at(entries, 12_000_000)[0]?.purpose).toBe(
      "sekvensering av svampar inom Genomic Medicine Sweden",
    );
  });
});

describe("an aligned table of years", () => {
  const body = (rows: string) =>
    `Myndigheten ska under 2034 och 2035 betala ut totalt 14 miljoner kronor till Region Dalarna för arbete inom Genomic Medicine Sweden.\n\nSå fördelas beloppet:\n\n  År      Utbetalning\n${rows}\n\nMer om uppdraget längre fram.`;

  it("rows '2034    7 000 000 kr' that add up to the amount before them are its yearly shares", () => {
    const entries = ledger(
      page(
        body(
          "  2034    7 000 000 kr\n  2035    7 000 000 kr (förutsatt att riksdagen anvisar medel)\n  Totalt  14 000 000 kr",
        ),
      ),
    );
    const whole = at(entries, 14_000_000);
    expect(whole).toHaveLength(1);
    expect(whole[0]?.role).toBe("multi-year-total");
    const shares = at(entries, 7_000_000);
    expect(shares.map((e) => [e.role, e.years, e.partOf])).toEqual([
      ["part", [2034], whole[0]?.id],
      ["part", [2035], whole[0]?.id],
    ]);
  });

  it("rows that add up to nothing told stay apart from it", () => {
    const entries = ledger(page(body("  2034    5 000 000 kr\n  2035    6 000 000 kr")));
    expect(entries.filter((e) => e.partOf !== null)).toEqual([]);
  });
});

describe("a page's opening lines", () => {
  it("a newsletter's masthead is no headline: the title is the headline under it", () => {
    const dir = folder({
      "a.txt":
        "Exempelverket internt – Veckobrevet\n\nVi får ett nytt uppdrag om sekvensering\n\nHej alla!\n",
      "b.txt":
        "Exempelinstitutet – Bladet, nyhetsbrev från institutionen för exempel\n\nVi har fått pengar för en studie\n\nText.\n",
      "c.txt": "Exempelkansliet informerar\n\nÅrets fördelning är klar\n\nText.\n",
    });
    expect(loadDocuments(dir).documents.map((d) => d.title)).toEqual([
      "Vi får ett nytt uppdrag om sekvensering",
      "Vi har fått pengar för en studie",
      "Årets fördelning är klar",
    ]);
  });

  it("a Markdown heading naming a newsletter is the title its writer gave", () => {
    const dir = folder({
      "a.md":
        "# Nyhetsbrev från Exempelnoden – december 2033\n\n_Publicerat 2033-12-20_\n\n## Fördelningen\n\nText.\n",
    });
    expect(loadDocuments(dir).documents.map((d) => d.title)).toEqual([
      "Nyhetsbrev från Exempelnoden – december 2033",
    ]);
  });

  it("a browser warning is clutter, never the title", () => {
    const dir = folder({
      "a.txt":
        "Obs! Din webbläsare är för gammal för den här sajten. Byt till en nyare.\n\nRegionen får pengar för sekvensering\n\nText.\n",
      "b.txt":
        "Du använder en föråldrad webbläsare. Delar av sidan kan se konstiga ut.\n\nUppsala får miljoner för genomik\n\nText.\n",
    });
    expect(loadDocuments(dir).documents.map((d) => d.title)).toEqual([
      "Regionen får pengar för sekvensering",
      "Uppsala får miljoner för genomik",
    ]);
  });
});

describe("a page quoting the title of the decision it tells of", () => {
  const newsletter =
    "Exempelverket internt – Veckobrevet\n\nVi får ett nytt tvåårigt uppdrag inom GMS\n\nSolna, 2033-12-01\n\nI dag kom ett nytt regeringsbeslut. Beslutet har rubriken ”Uppdrag att betala ut medel för 2034–2035 till övervakning av svampinfektioner inom Genomic Medicine Sweden”.\n\nVi ska under 2034 och 2035 betala ut totalt 14 miljoner kronor till Region Dalarna. Pengarna är till för sekvensering inom Genomic Medicine Sweden, så att utbrott upptäcks tidigt.\n";

  it("the quoted title is kept beside the headline", () => {
    const dir = folder({ "a.txt": newsletter });
    const [doc] = loadDocuments(dir).documents;
    expect(doc?.title).toBe("Vi får ett nytt tvåårigt uppdrag inom GMS");
    expect(doc?.quotedTitle).toBe(
      "Uppdrag att betala ut medel för 2034–2035 till övervakning av svampinfektioner inom Genomic Medicine Sweden",
    );
  });

  it("its words find the page's one grant, as the page's own title would", () => {
    const dir = folder({ "a.txt": newsletter });
    const ask = createAsk({ knowledge: loadKnowledge(dir) });
    const answer = ask("hur mycket gick till svampinfektioner?", { today: "2034-03-01" });
    expect(answer.figures.map((f) => f.amountSek)[0]).toBe(14_000_000);
  });

  it("'Pengarna är till för …' is a purpose statement", () => {
    const purposes = fromDocuments([textDocument("a", newsletter, "2033-12-01")]).statements
      .purposes;
    expect(purposes.map((p) => p.span.text)).toEqual([
      "Pengarna är till för sekvensering inom Genomic Medicine Sweden, så att utbrott upptäcks tidigt.",
    ]);
  });
});

describe("a page written in the first person", () => {
  const agency = (masthead: string) =>
    textDocument(
      "brev",
      `${masthead}\n\nNytt uppdrag om sekvensering\n\nSolna, 2033-12-01\n\nVi ska under 2034 betala ut 6 miljoner kronor till Region Dalarna för arbete inom Genomic Medicine Sweden. För vårt eget arbete med uppdraget får vi använda upp till 90 000 kronor per år.\n`,
      "2033-12-01",
    );

  it("'får vi använda' is the writer's own money where the masthead names the writer", () => {
    const cap = at(ledger(agency("Exempelmyndigheten internt – Veckobrevet")), 90_000)[0];
    expect(cap?.role).toBe("agency-cap");
    expect(cap?.recipient).toBe("Exempelmyndigheten");
  });

  it("a page whose opening names no writer leaves 'vi' no one", () => {
    const cap = at(ledger(agency("Veckans nyheter")), 90_000)[0];
    expect(cap?.recipient).toBeNull();
  });

  it("'går vi som institution in med' is the writer's co-funding, 'har beviljat oss' its grant", () => {
    const page = textDocument(
      "blad",
      "Exempelinstitutet – Bladet, nyhetsbrev från institutionen för exempel\n\nVi har fått pengar för en studie\n\nKära kollegor,\n\nvi har goda nyheter: forskningsrådet Exempelrådet har beviljat oss 3,1 miljoner kronor för en studie om sekvensering. Själva går vi som institution in med 400 tkr (400 000 kronor) i medfinansiering, framför allt till en doktorandtjänst.\n",
    );
    const entries = ledger(page);
    expect(at(entries, 400_000)[0]?.role).toBe("co-funding");
    expect(at(entries, 400_000)[0]?.funder).toBe("Exempelinstitutet");
    expect(at(entries, 3_100_000)[0]?.recipient).toBe("Exempelinstitutet");
  });
});

describe("English givers", () => {
  it("'The department is contributing SEK 400k' is the institute the page named before", () => {
    const page = textDocument(
      "en",
      "Exempel Institutet\nNews\n\nNew study on sequencing\n\nA new study at Exempel Institutet will look at sequencing costs. It is led by a professor of health economics. The department is contributing SEK 400k in co-funding, mainly for a doctoral student position.\n",
      "2033-05-02",
    );
    expect(at(ledger(page), 400_000)[0]?.funder).toBe("Exempel Institutet");
  });

  it("'Exempel University is contributing half a million kronor' names its giver, kept apart from another's", () => {
    const news = textDocument(
      "news",
      "Regional news\n\nSequencing lab grows\n\nThe region receives SEK 6 million from the Government for work within Genomic Medicine Sweden. Exempel University is contributing half a million kronor in co-funding, including for training.\n",
      "2033-02-03",
    );
    const ki = textDocument(
      "ki",
      "Exempel Institutet\nNews\n\nNew study on sequencing\n\nA new study at Exempel Institutet will look at sequencing costs in 2033. The department is contributing SEK 500k in co-funding, mainly for a doctoral student position.\n",
      "2033-05-02",
    );
    const cofunding = at(ledger(news, ki), 500_000);
    expect(cofunding.map((e) => e.funder)).toEqual(["Exempel University", "Exempel Institutet"]);
  });

  it("'health economics' is the area 'hälsoekonomi'", () => {
    const page = textDocument(
      "en",
      "Exempel Institutet\nNews\n\nNew study\n\nThe department is contributing SEK 400k in co-funding for a study in health economics.\n",
      "2033-05-02",
    );
    expect(at(ledger(page), 400_000)[0]?.terms).toContain("hälsoekonomi");
  });
});

describe("who distributes the money", () => {
  it("'Regionen fördelar dem sedan …' is the region the page named before", () => {
    const channels = fromDocuments([
      textDocument(
        "beslut",
        "Beslut\n\nMyndigheten ska under 2034 betala ut 6 miljoner kronor till Region Dalarna för arbete inom Genomic Medicine Sweden. Region Dalarna rekvirerar pengarna senast den 1 oktober. Regionen fördelar dem sedan, i samråd med GMS styrgrupp, till laboratorierna i de andra regionerna.\n",
        "2033-12-01",
      ),
    ]).statements.channels;
    expect(channels.filter((c) => c.kind === "distributes").map((c) => c.organisation)).toEqual([
      "Region Dalarna",
    ]);
  });
});

describe("signers told in a sentence", () => {
  const newsletter =
    "Exempelverket internt – Veckobrevet\n\nVi får ett nytt uppdrag om svampinfektioner\n\nSolna, 2033-12-01\n\nI dag, den 1 december 2033, kom ett nytt regeringsbeslut till oss. Vi ska under 2034 betala ut 6 miljoner kronor till Region Dalarna för arbete med svampinfektioner inom Genomic Medicine Sweden.\n\nBeslutet är undertecknat på regeringens vägnar av Eva Exempelsson och Per Provsson. Kopior har gått till Region Dalarna.\n";

  it("'undertecknat på regeringens vägnar av A och B' names the decision's signers, the minister first", () => {
    const people = fromDocuments([textDocument("brev", newsletter, "2033-12-01")]).statements
      .people;
    expect(people.filter((p) => p.role === "signer").map((p) => [p.name, p.title])).toEqual([
      ["Eva Exempelsson", "statsråd"],
      ["Per Provsson", "föredragande"],
    ]);
  });

  it("'vem undertecknade beslutet om …' finds them on a page of another kind that retells the decision", () => {
    const dir = folder({ "brev.txt": newsletter });
    const ask = createAsk({ knowledge: loadKnowledge(dir) });
    const answer = ask("vem undertecknade beslutet om svampinfektioner", { today: "2034-03-01" });
    expect(answer.text).toContain("Eva Exempelsson");
    expect(answer.text).toContain("Per Provsson");
  });
});

describe("a government decision named as a thing that came", () => {
  const decisionsOf = (text: string) =>
    fromDocuments([textDocument("brev", text, "2033-12-01")]).statements.decisions;

  it("'I dag, den 1 december 2033, kom ett nytt regeringsbeslut till oss' is the government's decision of that day", () => {
    const [d, ...rest] = decisionsOf(
      "Veckobrevet\n\nNytt uppdrag\n\nI dag, den 1 december 2033, kom ett nytt regeringsbeslut till oss. Vi ska betala ut 6 miljoner kronor till Region Dalarna.\n",
    );
    expect(rest).toEqual([]);
    expect(d?.decidedBy).toBe("Regeringen");
    expect([d?.date?.year, d?.date?.month, d?.date?.day]).toEqual([2033, 12, 1]);
  });

  it("a decision's number in its header, or one named without a day, tells no decision", () => {
    expect(
      decisionsOf(
        "Regeringsbeslut I:4\n\nUtbetalning av medel\n\nEtt regeringsbeslut om pengarna väntas i vår.\n",
      ),
    ).toEqual([]);
  });
});

describe("a questions-and-answers page", () => {
  const qa = textDocument(
    "qa",
    "Exempeldepartementet: frågor och svar\n\nFrågor och svar om årets stöd\n\nPublicerad 3 april 2033\n\nVad har regeringen beslutat?\nI dag, den 3 april, fattade regeringen beslut om att Genomic Medicine Sweden (GMS) tilldelas 40 miljoner kronor för 2033.\n\nVem betalar ut pengarna?\nUtbetalningen görs av Exempelverket, som för över medlen till Region Dalarna.\n\nVem kan jag kontakta?\nEva Exempelsson, pressekreterare hos ministern\nMobil: 070-000 00 00\n\nDe som fattar beslut behöver veta vad sekvensering kostar.\n",
    "2033-04-03",
  );
  const statements = fromDocuments([qa]).statements;

  it("a question asks who pays and tells no one; 'Utbetalningen görs av X' names the payer", () => {
    expect(
      statements.channels.filter((c) => c.kind === "pays-out").map((c) => c.organisation),
    ).toEqual(["Exempelverket"]);
  });

  it("'fattade regeringen beslut' is the government's decision of the day; questions and 'de som fattar beslut' are none", () => {
    expect(
      statements.decisions.map((d) => [d.decidedBy, d.date?.year, d.date?.month, d.date?.day]),
    ).toEqual([["Regeringen", 2033, 4, 3]]);
  });

  it("the name under 'Vem kan jag kontakta?' with a press title after its comma is the press contact", () => {
    expect(
      statements.people.filter((p) => p.role === "press-contact").map((p) => [p.name, p.title]),
    ).toEqual([["Eva Exempelsson", "pressekreterare hos ministern"]]);
  });
});

describe("a copy list told inline", () => {
  const copiesOf = (line: string) =>
    fromDocuments([
      textDocument(
        "beslut",
        `Beslut\n\nRegeringen ger Exempelverket i uppdrag.\n\n${line}\n`,
        "2033-04-03",
      ),
    ]).statements.copies.map((c) => c.name);

  it("'Kopia till: A; B; C' and 'Kopia till: A, B, Sveriges Kommuner och Regioner' list one name an item", () => {
    expect(copiesOf("Kopia till: Finansdepartementet/BA; Exempelverket; Region Dalarna")).toEqual([
      "Finansdepartementet/BA",
      "Exempelverket",
      "Region Dalarna",
    ]);
    expect(
      copiesOf("Kopia till: Exempelverket, Region Dalarna, Sveriges Kommuner och Regioner"),
    ).toEqual(["Exempelverket", "Region Dalarna", "Sveriges Kommuner och Regioner"]);
  });

  it("'Kopior har gått till A, B och Sveriges Kommuner och Regioner.' splits at the list's own 'och' only", () => {
    expect(
      copiesOf(
        "Kopior har gått till Exempelverket, Region Dalarna och Sveriges Kommuner och Regioner.",
      ),
    ).toEqual(["Exempelverket", "Region Dalarna", "Sveriges Kommuner och Regioner"]);
  });
});

describe("a channel told with a money verb and no amount", () => {
  it("'Regeringen satsar i år, via Exempelverket, på att bygga upp …' names the agency the money goes through", () => {
    const channels = fromDocuments([
      textDocument(
        "pm",
        "PM\n\nSatsning på genomik\n\nRegeringen satsar i år, via Exempelverket, på att bygga upp infrastrukturen inom Genomic Medicine Sweden (GMS).\n",
        "2033-04-03",
      ),
    ]).statements.channels;
    expect(channels.map((c) => [c.kind, c.organisation])).toEqual([["pays-out", "Exempelverket"]]);
  });
});

describe("English co-funding", () => {
  it("'the Exempel Fund is contributing SEK 5.2 million, split into SEK 2.6 million a year' is co-funding, as 'bidrar med'", () => {
    const page = textDocument(
      "news",
      "News\n\nFund backs faster diagnoses\n\nThis year the state's support to Genomic Medicine Sweden (GMS) amounts to SEK 60 million. Alongside it, the Exempel Fund is contributing SEK 5.2 million, split into SEK 2.6 million a year in 2033 and 2034.\n",
      "2033-09-22",
    );
    const entries = ledger(page);
    expect(at(entries, 5_200_000)[0]?.role).toBe("co-funding");
    expect(at(entries, 2_600_000).every((e) => e.role === "co-funding")).toBe(true);
  });
});

describe("a whole split by year in its own sentence", () => {
  const news =
    "Nyheter\n\nPublicerad 2033-09-22\n\nFonden satsar på snabbare diagnoser\n\nBarncancerfonden satsar 5,2 miljoner kronor på snabbare diagnoser. Barncancerfondens 5,2 miljoner kronor fördelas över två år: 2,6 miljoner kronor 2033 och lika mycket, 2,6 miljoner kronor, 2034.\n";

  it("'… fördelas över två år: 2,6 miljoner kronor 2033 och … 2034' makes the whole a total over both years", () => {
    const entries = ledger(textDocument("news", news, "2033-09-22"));
    const whole = at(entries, 5_200_000)[0];
    expect([whole?.role, whole?.years]).toEqual(["multi-year-total", [2033, 2034]]);
    expect(at(entries, 2_600_000).map((e) => [e.years, e.partOf])).toEqual([
      [[2033], whole?.id],
      [[2034], whole?.id],
    ]);
  });

  it("'vad gav Barncancerfonden' tells the whole first; 'per år' the years first", () => {
    const dir = folder({ "news.txt": news });
    const ask = createAsk({ knowledge: loadKnowledge(dir) });
    const first = (q: string) => ask(q, { today: "2033-10-01" }).figures[0]?.amountSek;
    expect(first("vad gav barncancerfonden")).toBe(5_200_000);
    expect(first("barncancerfonden per år?")).toBe(2_600_000);
  });
});

describe("an amount told only in another currency", () => {
  it("'The EU4Health programme funds the project with EUR 2.1 million' answers the EU's total, quoted as written", () => {
    const dir = folder({
      "eu.txt":
        "Exempelinstitutet\nNews › Questions and answers\n\nEXAMPLE-NET: how we will share data across borders\n\nPublished 20 May 2033\n\nHow long does it run, and who pays for it?\nThree years, 2033 through 2035. The EU4Health programme funds the project with EUR 2.1 million.\n\nHow much of that comes to Sweden?\nThe institute's share of the EU money is SEK 3.5 million (about EUR 300,000).\n",
    });
    const ask = createAsk({ knowledge: loadKnowledge(dir) });
    const answer = ask("total EU grant for EXAMPLE-NET?", { today: "2033-06-01" });
    expect(answer.text).toContain("EUR 2.1 million");
  });
});

describe("a region's share of the regions' co-funding, told in English", () => {
  it("'the region is contributing SEK 4 million of its own funds, which is its share of the SEK 16 million …' is the region's, the whole is not", () => {
    const page = textDocument(
      "news",
      "News\n\nMillions for sequencing in Dalarna\n\nIn December the Government decided that Genomic Medicine Sweden will receive SEK 70 million this year. Region Dalarna receives the money from the agency and distributes it. At the same time, the region is contributing SEK 4 million of its own funds, which is Dalarna's share of the SEK 16 million in co-funding that the regions have pledged.\n",
      "2033-01-12",
    );
    const entries = ledger(page);
    expect(at(entries, 4_000_000).map((e) => [e.role, e.funder])).toEqual([
      ["co-funding", "Region Dalarna"],
    ]);
    expect(at(entries, 16_000_000).map((e) => e.funder)).toEqual([null]);
  });
});

describe("a facts box line of shares set apart by dots", () => {
  const release = textDocument(
    "pm",
    "Exempeldepartementet informerar\n\n70 miljoner kronor till GMS för 2034\n\n17 december 2033\n\nFAKTA\nBelopp: 70 mnkr för 2034\nStörsta posten: solida tumörer, 30 mnkr\nÖvriga poster, sammanlagt 40 mnkr: sällsynta diagnoser 16 mnkr · barncancer 12 mnkr · datadelning 6 mnkr · farmakogenomik 6 mnkr\n\nRegeringen beslutade i dag att Genomic Medicine Sweden (GMS) ska få 70 miljoner kronor under 2034.\n",
    "2033-12-17",
  );

  it("'… 16 mnkr · barncancer 12 mnkr · …' is no site navigation: each amount is a share of the whole before the colon", () => {
    const entries = ledger(release);
    const whole = at(entries, 40_000_000)[0];
    expect(whole?.area).toBe("övriga poster");
    expect(at(entries, 6_000_000).map((e) => [e.area, e.partOf])).toEqual([
      ["datadelning", whole?.id],
      ["farmakogenomik", whole?.id],
    ]);
    expect(at(entries, 16_000_000).map((e) => e.partOf)).toEqual([whole?.id]);
  });
});

describe("the years a project's money covers", () => {
  it("'Forskningsrådet står för finansieringen, 3 miljoner kronor för åren 2034–2036' tells the span it runs", () => {
    const periods = fromDocuments([
      textDocument(
        "news",
        "Nyheter\n\nStudie om kostnader\n\nSamtidigt undersöker en studie vid Exempelinstitutet vad sekvensering kostar. Forskningsrådet Exempelrådet står för finansieringen, 3 miljoner kronor för åren 2034–2036.\n",
        "2033-09-22",
      ),
    ]).statements.periods;
    expect(periods.map((p) => [p.from, p.to])).toEqual([[2034, 2036]]);
  });
});
