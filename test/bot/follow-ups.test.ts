import { describe, expect, it } from "vitest";
import { seedAsk } from "../support/seeds.js";

describe("ask: follow-ups within a conversation", () => {
  it("'and 2024?' keeps the topic, changes the year", () => {
    const ask = seedAsk();
    expect(
      ask("how much went to barncancer 2022?", { conversationId: "a" }).figures[0]?.amountSek,
    ).toBe(7_875_000);
    const next = ask("and 2024?", { conversationId: "a" });
    expect(next.answered).toBe(true);
    expect(next.figures[0]?.year).toBe(2024);
  });

  it("'och lungcancer?' keeps the year, changes the topic", () => {
    const ask = seedAsk();
    ask("hur mycket gick till barncancer 2022?", { conversationId: "b" });
    expect(ask("och lungcancer?", { conversationId: "b" }).figures[0]?.amountSek).toBe(6_000_000);
    expect(ask("what about breast cancer?", { conversationId: "b" }).figures[0]?.amountSek).toBe(
      7_875_000,
    );
  });

  it("'vem skrev under?' after a year's money no decision signed says so, then names the signed one apart", () => {
    const ask = seedAsk();
    ask("hur mycket fick gms 2023?", { conversationId: "signed" });
    const reply = ask("vem skrev under?", { conversationId: "signed" });
    expect(reply.text).toMatch(/^Dokumenten om 2023 namnger ingen som skrev under ett beslut\.\n/);
    expect(reply.text).toMatch(
      /Ett annat beslut i dokumenten: Regeringsbeslut undertecknat av Lena Hallengren/,
    );
    expect(reply.text).not.toContain("Beslut som dokumenten beskriver");
  });

  it("a year follow-up after a GMS total asks for GMS's total that year", () => {
    const ask = seedAsk();
    ask("Hur mycket fick GMS 2024?", { conversationId: "c" });
    expect(ask("och 2023?", { conversationId: "c" }).figures[0]?.amountSek).toBe(10_000_000);
  });

  it("a word the bot cannot place is no follow-up, and asking back keeps the conversation's subject", () => {
    const ask = seedAsk();
    ask("Hur mycket fick GMS 2024?", { conversationId: "l" });
    const lunch = ask("lunch?", { conversationId: "l" });
    expect(lunch.answered).toBe(false);
    expect(lunch.figures).toEqual([]);
    expect(ask("och 2023?", { conversationId: "l" }).figures[0]?.amountSek).toBe(10_000_000);
  });

  it("conversations never see each other's context", () => {
    const ask = seedAsk();
    ask("how much went to barncancer 2022?", { conversationId: "x" });
    const other = ask("and 2024?", { conversationId: "y" });
    expect(other.figures[0]?.amountSek).toBe(49_500_000); // GMS's 2024 total, not childhood cancer
    expect(ask("and 2024?").figures[0]?.amountSek).toBe(49_500_000);
  });

  it("context expires after the TTL", () => {
    let now = 0;
    const ask = seedAsk({ now: () => now, conversationTtlMs: 1000 });
    ask("how much went to lung cancer?", { conversationId: "t" });
    now = 5000;
    const later = ask("and 2024?", { conversationId: "t" });
    expect(later.figures[0]?.amountSek).toBe(49_500_000);
  });

  it("memory is bounded: the least recently used conversation is forgotten", () => {
    const ask = seedAsk({ conversationMax: 2 });
    ask("how much went to lung cancer?", { conversationId: "1" });
    ask("how much went to rare diseases?", { conversationId: "2" });
    ask("how much went to data sharing?", { conversationId: "3" });
    expect(ask("and 2024?", { conversationId: "1" }).figures[0]?.amountSek).toBe(49_500_000);
    expect(ask("and 2024?", { conversationId: "3" }).figures[0]?.amountSek).toBe(14_500_000);
  });
});

describe("ask: context survives a declined answer", () => {
  it("'barncancer 2030' is declined, and 'och 2022?' still means childhood cancer", () => {
    const ask = seedAsk();
    expect(ask("barncancer 2030", { conversationId: "d" }).answered).toBe(false);
    expect(ask("och 2022?", { conversationId: "d" }).figures[0]?.amountSek).toBe(7_875_000);
  });
});

describe("ask: a pronoun points back at what was discussed", () => {
  it("'när ska det redovisas?' after an amount gives that money's deadline", () => {
    const ask = seedAsk();
    ask("vad gick 14,5 miljoner till", { conversationId: "p" });
    const answer = ask("när ska det redovisas?", { conversationId: "p" });
    expect(answer.intent).toBe("deadline");
    expect(answer.text).toContain("31 mars 2025");
    expect(answer.text).not.toContain("2023");
  });

  it("'when is it due?' after lung cancer gives Region Skåne's report", () => {
    const ask = seedAsk();
    ask("how much went to lung cancer", { conversationId: "q" });
    expect(ask("when is it due?", { conversationId: "q" }).text).toMatch(
      /31 March 2023.*Region Skåne/,
    );
  });
});

describe("ask: follow-ups remember the subject, not only the last intent", () => {
  const c = { conversationId: "subject", today: "2023-05-10" };

  it("'varför?' asks what the grant just shown was for", () => {
    const ask = seedAsk();
    ask("hur mycket gick till barncancer 2022?", c);
    const why = ask("varför?", c);
    expect(why.intent).toBe("purpose");
    expect(why.figures.map((f) => f.amountSek)).toEqual([7_875_000]);
    expect(why.text).toMatch(/barncancer/);
  });

  it("'vem betalar det?' and 'when must that be reported?' keep the grant", () => {
    const ask = seedAsk();
    ask("hur mycket gick till barncancer 2022?", c);
    expect(ask("vem betalar det?", c).text).toMatch(/Socialstyrelsen/);
    const report = ask("when must that be reported?", c);
    expect(report.intent).toBe("deadline");
    expect(report.language).toBe("en");
    expect(report.text).toMatch(/2023/);
  });

  it("'and who decided?' keeps the topic and switches language", () => {
    const ask = seedAsk();
    ask("hur mycket gick till lungcancer?", c);
    const who = ask("and who decided?", c);
    expect(who.intent).toBe("decision");
    expect(who.language).toBe("en");
  });

  it("'och sammanlagt?' after a year's topics sums that year", () => {
    const ask = seedAsk();
    ask("barncancer 2022", c);
    ask("och bröst- och äggstockscancer?", c);
    const total = ask("och sammanlagt?", c);
    expect(total.figures[0]?.amountSek).toBe(21_750_000);
    expect(total.figures[0]?.derived).toBe(true);
  });

  it("a new topic after a breakdown asks for that topic's money, not another split", () => {
    const ask = seedAsk();
    ask("how was the 15.75 million split?", c);
    const lung = ask("och lungcancer?", c);
    expect(lung.intent).toBe("amount");
    expect(lung.figures[0]?.amountSek).toBe(6_000_000);
  });

  it("'how was that amount split?' splits the amount just discussed", () => {
    const ask = seedAsk();
    ask("vad var 15 750 000 kronor till?", c);
    const split = ask("how was that amount split?", c);
    expect(split.intent).toBe("breakdown");
    expect(split.figures[0]?.amountSek).toBe(15_750_000);
  });

  it("'vilket år fick gms mest' after one year's answer asks over every year, not that one", () => {
    const ask = seedAsk();
    ask("hur mycket fick gms 2022", { conversationId: "years" });
    const most = ask("vilket år fick gms mest", { conversationId: "years" });
    expect(most.intent).toBe("extreme");
    expect(new Set(most.figures.map((f) => f.year)).size).toBeGreaterThan(1);
  });
});

describe("ask: social turns in a conversation", () => {
  it("'tack!' after an answer thanks, and does not repeat the answer", () => {
    const ask = seedAsk();
    ask("hur mycket fick barncancer 2022", { conversationId: "t" });
    const thanks = ask("tack!", { conversationId: "t" });
    expect(thanks.intent).toBe("thanks");
    expect(thanks.figures).toEqual([]);
    expect(ask("och 2024?", { conversationId: "t" }).figures[0]?.year).toBe(2024);
  });
});

describe("ask: a casual English thread", () => {
  it("keeps English for a typo'd turn and ranks the split just shown", () => {
    const ask = seedAsk();
    const c = { conversationId: "casual" };
    ask("how much did gms get in 2021", c);
    expect(ask("wich areas?", c).language).toBe("en");
    const biggest = ask("whats the biggest one", c);
    expect(biggest.intent).toBe("extreme");
    expect(biggest.figures.map((f) => f.amountSek)).toEqual([8_500_000]);
  });
});
