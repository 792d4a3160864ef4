// A topic asked in a month, who leads the work, the partners a document names, and a giving body's money
// ("eu money"), from made-up documents.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/create-ask.js";
import { fromDocuments } from "../../src/knowledge/index.js";
import { textDocument } from "../support/text-document.js";

const docs = [
  textDocument(
    "pm-feb",
    "Regeringen satsar på genomik\n\nPublicerad 10 februari 2030\n\nRegeringen har i dag beslutat att ge Genomic Medicine Sweden (GMS) 40 miljoner kronor under 2030. Av medlen ska 12 miljoner kronor användas för barncancer och 28 miljoner kronor för lungcancer.",
    "2030-02-10",
  ),
  textDocument(
    "pm-sep",
    "Mer till sällsynta diagnoser\n\nPublicerad 5 september 2030\n\nRegeringen har i dag beslutat att ge Genomic Medicine Sweden (GMS) 5 miljoner kronor för sällsynta diagnoser under 2030.",
    "2030-09-05",
  ),
  textDocument(
    "ki",
    "Ny studie om hälsoekonomi\n\nPublicerad 1 mars 2030\n\nForte har beviljat 3 miljoner kronor till studien om hälsoekonomi inom GMS. Projektet leds av Karin Holm, docent vid Lunds universitet.",
    "2030-03-01",
  ),
  textDocument(
    "platform",
    "A genomic data platform opens\n\nPublished: 2 April 2030\n\nThe platform has been awarded EUR 2 million (about SEK 22 million) from the EU's research programme for 2030–2031. It is not part of the government's funding of GMS.",
    "2030-04-02",
  ),
  textDocument(
    "halland",
    "Halland får pengar\n\nPublicerad 3 maj 2030\n\nRegion Halland får 2 miljoner kronor under 2030 för arbete med lungcancer inom Genomic Medicine Sweden (GMS). Region Halland ansvarar för att fördela medlen till de tre lungklinikerna i regionen.",
    "2030-05-03",
  ),
  textDocument(
    "beslut",
    "Regeringsbeslut 7\n\n2030-01-20\nS2030/00100\n\nUppdrag att betala ut medel till Genomic Medicine Sweden\n\nRegeringen ger Socialstyrelsen i uppdrag att betala ut 40 miljoner kronor under 2030.\n\nGenomic Medicine Sweden är ett nationellt samarbete mellan regionerna med universitetssjukvård och universiteten i Lund och Umeå.",
    "2030-01-20",
  ),
];
const ask = createAsk({ knowledge: fromDocuments(docs), now: () => 0 });
const today = "2030-12-01";
const answer = (q: string) => ask(q, { today });

describe("a topic asked in a month", () => {
  it("is the topic's money told that month", () => {
    const a = answer("vad fick barncancer i februari 2030?");
    expect(a.figures[0]?.amountSek).toBe(12_000_000);
  });

  it("'how much … was announced in <month>' with a subject is that subject's money, not the month's documents", () => {
    expect(
      answer("how much childhood cancer money was announced in february 2030?").figures[0]
        ?.amountSek,
    ).toBe(12_000_000);
  });

  it("a follow-up naming another subject keeps the month", () => {
    ask("vad fick barncancer i februari 2030?", { today, conversationId: "month" });
    const next = ask("och lungcancer?", { today, conversationId: "month" });
    expect(next.figures[0]?.amountSek).toBe(28_000_000);
  });

  it("none of the topic that month: said plainly, naming what is told then, with no figure", () => {
    const a = answer("vad fick sällsynta diagnoser i februari 2030?");
    expect(a.answered).toBe(false);
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/februari 2030/);
    expect(a.text).toMatch(/barncancer/);
  });
});

describe("who leads the work", () => {
  it("the leader a document names for the asked work", () => {
    expect(answer("vem ledde studien?").text).toMatch(/Karin Holm/);
  });

  it("GMS itself, with no chair named: the documents do not say, and only parts' leads are named", () => {
    const a = answer("vem leder GMS?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Dokumenten säger inte vem som leder ”GMS”/);
  });

  it("work no document names a leader for: the documents do not say", () => {
    const a = answer("who led the lung cancer pilot?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Karin Holm/);
  });
});

describe("money asked after a person", () => {
  it("'och hur mycket fick de?' after who leads the work asks the work's money, not the person again", () => {
    ask("vem ledde studien?", { today, conversationId: "lead" });
    const next = ask("och hur mycket fick de 2030?", { today, conversationId: "lead" });
    expect(next.intent).toBe("amount");
    expect(next.figures[0]?.amountSek).toBe(3_000_000);
  });
});

describe("an organisation's money for an area it got none for", () => {
  it("says so first, then what it did get", () => {
    const a = answer("hur mycket fick region halland för barncancer 2030?");
    expect(a.text).toMatch(/^Dokumenten anger inga medel till Region Halland för barncancer/);
  });
});

describe("who distributes", () => {
  it("one distributor: to whom, in its sentence's words", () => {
    expect(answer("vem fördelar lungcancer-pengarna 2030?").text).toMatch(
      /Region Halland .* till ”de tre lungklinikerna i regionen”/,
    );
  });
});

describe("a giving body's money", () => {
  it("'is gms funded by the eu' with no EU money to GMS: no, then what the EU gives", () => {
    expect(answer("is gms funded by the eu").text).toMatch(
      /^No[,:] the documents state no money from (?:the )?EU to GMS/,
    );
  });

  it("'eu money' is money the EU gives, told as the document wrote it", () => {
    const a = answer("how much eu money did the platform get");
    expect(a.figures[0]?.amountSek).toBe(22_000_000);
    expect(a.text).toMatch(/EUR 2 million/);
  });
});

describe("the partners a document names", () => {
  it("'vilka partner nämns i regeringsbeslutet': the members that decision names, not its decisions", () => {
    const a = answer("vilka partner nämns i regeringsbeslutet?");
    expect(a.intent).toBe("members");
    expect(a.text).toMatch(/universiteten i Lund/);
  });
});

describe("a short year before a comma", () => {
  it("'-30,' is the year 2030", () => {
    expect(answer("barncancer -30, hur många mkr?").figures[0]?.amountSek).toBe(12_000_000);
  });
});
