// "vad sa Maja Örnberg?", "what did the minister say": the whole quote, the asked person's only.
import { describe, expect, it } from "vitest";
import { createAsk } from "../../src/bot/index.js";
import { corpusKnowledge } from "../support/question-runner.js";

describe("what someone said", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  const today = "2026-12-02";

  it("quotes a dash-led quote whole, both its sentences", () => {
    const a = ask("vad sa Maja Örnberg?", { today });
    expect(a.text).toContain(
      "Precisionsmedicinen har gått från pilotprojekt till vardag på våra universitetssjukhus. Nu ska den nå fler patienter",
    );
    expect(a.figures).toEqual([]);
  });

  it("a surname alone names the one person who has it", () => {
    expect(ask("vad tyckte Örnberg", { today }).text).toContain("Maja Örnberg");
  });

  it("never quotes someone who only shares a first name", () => {
    const a = ask("what did Lena Hallengren say about it", { today });
    expect(a.text).toContain("världsklass");
    expect(a.text).not.toContain("Lena Ström");
  });

  it("a subject no quote names is said so, above the quotes", () => {
    const lines = ask("vad säger ministern om lungcancer", { today }).text.split("\n");
    expect(lines[1]).toBe("(Inget av citaten nämner ”lungcancer”.)");
    expect(lines[2]).toContain("Lena Hallengren");
  });
});

describe("what someone said, asked on", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  const today = "2026-12-02";
  it("'och Hallengren?' after 'vad sa Örnberg?' asks the same of her; an English follow-up stays English", () => {
    const c = { today, conversationId: "said-1" };
    ask("vad sa Örnberg?", c);
    expect(ask("och Hallengren?", c).text).toMatch(/^Så här citeras Lena Hallengren/);
    const e = { today, conversationId: "said-2" };
    ask("what did Sofia Lind say", e);
    const a = ask("and Karin Löfgren?", e);
    expect(a.language).toBe("en");
    expect(a.text).toMatch(/^What the documents quote Karin Löfgren saying/);
  });
});

describe("names typed without their marks", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  it("'quote maja ornberg', 'vad sa ornberg': the person, never a month's money", () => {
    const a = ask("quote maja ornberg", { today: "2026-12-02" });
    expect(a.language).toBe("en");
    expect(a.text).toMatch(/^What the documents quote Maja Örnberg saying/);
    expect(a.figures).toEqual([]);
    expect(ask("vad sa ornberg", { today: "2026-12-02" }).text).toContain("Maja Örnberg");
  });
});

describe("a month is no subject", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  it("'hur mycket fick maja' (stem 'maj') finds no money decided in May; 'juni' none decided in June", () => {
    for (const q of ["hur mycket fick maja", "how much did juni get"]) {
      const a = ask(q, { today: "2026-12-02" });
      expect(a.figures).toEqual([]);
      expect(a.answered).toBe(false);
    }
  });
});

describe("a subject no funding names, beside one that some does", () => {
  const ask = createAsk({ knowledge: corpusKnowledge("extra") });
  it("'covid genomics': the genomics money, with a note that none of it is for covid", () => {
    const a = ask("how much did sweden spend on covid genomics", { today: "2026-12-02" });
    expect(a.text).toContain(
      "(No funding in the documents is for “covid”; the amounts above are not about that.)",
    );
    expect(ask("sällsynta 2024", { today: "2026-12-02" }).text).not.toContain("No funding");
  });
});
