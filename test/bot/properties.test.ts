import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answer, AnswerSchema } from "../../src/bot/index.js";
import { expectHonest, seedAsk, seedKnowledge } from "../support/seeds.js";
import { anyQuestion, hugeText, INVISIBLES, questionText } from "./hostile-input.js";

// A fixed seed keeps every run identical; a failure prints the shrunk counterexample.
const RUNS = { seed: 42, numRuns: 300 } as const;
const ask = seedAsk();
const knowledge = seedKnowledge();

function expectSound(answer: Answer): void {
  expect(() => AnswerSchema.parse(answer)).not.toThrow();
  expectHonest(answer, knowledge);
}

/** The answer without the echoed question: what the asker is told. */
function told(answer: Answer): Omit<Answer, "question"> {
  const { question: _question, ...rest } = answer;
  return rest;
}

describe("ask never fails on hostile input", () => {
  it("any string: no throw, a valid and honest answer", () => {
    fc.assert(
      fc.property(anyQuestion, (q) => {
        const answer = ask(q);
        expectSound(answer);
        expect(answer.question).toBe(q);
      }),
      RUNS,
    );
  });

  it("any context: odd conversation ids and language hints change nothing about soundness", () => {
    const context = fc.record(
      {
        conversationId: fc.string({ unit: "binary", maxLength: 200 }),
        language: fc.constantFrom("sv" as const, "en" as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(questionText, context), { maxLength: 4 }), (turns) => {
        for (const [q, ctx] of turns) expectSound(ask(q, ctx));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it("about 100 kB of text is answered politely, not processed", () => {
    fc.assert(
      fc.property(hugeText, (q) => {
        const answer = ask(q);
        expectSound(answer);
        // Letters and digits survive cleaning; only a leading "@name"/"<@…>" may swallow a long run.
        const visible = q.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
        if (visible > 500 && !/^[\s\p{Cc}\p{Cf}]*[@<]/u.test(q))
          expect(answer.intent).toBe("too-long");
      }),
      { ...RUNS, numRuns: 5 },
    );
  });

  it("a number too large for a double is not an amount, and nothing throws", () => {
    expectSound(ask("9".repeat(400)));
    expectSound(ask(`vad gick ${"9".repeat(400)} kronor till?`));
  });

  it("a question over 500 visible characters gets intent too-long; 500 does not", () => {
    const letters = fc.string({ unit: fc.constantFrom(..."abcåäöXYZ"), minLength: 1 });
    fc.assert(
      fc.property(anyQuestion, letters, (q, tail) => {
        const answer = ask(`${"a".repeat(501)}${q}${tail}`);
        expect(answer.intent).toBe("too-long");
        expect(answer.answered).toBe(false);
        expect(answer.figures).toEqual([]);
      }),
      { ...RUNS, numRuns: 100 },
    );
    expect(ask("x".repeat(500)).intent).not.toBe("too-long");
  });
});

describe("ask is a function of its input", () => {
  it("the same question twice gives deep-equal answers, in one bot and in a fresh one", () => {
    const fresh = seedAsk();
    fc.assert(
      fc.property(anyQuestion, (q) => {
        const first = ask(q);
        expect(ask(q)).toEqual(first);
        expect(fresh(q)).toEqual(first);
      }),
      RUNS,
    );
  });

  // Inserted where a space already is (or at either end): the words themselves stay whole.
  it("invisible and control characters between words do not change the answer", () => {
    const questions = [
      "how much went to barncancer 2022?",
      "Hur mycket fick GMS 2024?",
      "vem betalar ut pengarna?",
      "Vilka källor har du?",
      "what was the 14,5 million for?",
      "och lungcancer?",
    ];
    const noise = fc.string({ unit: fc.constantFrom(...INVISIBLES), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        fc.array(fc.tuple(fc.nat(), noise), { minLength: 1, maxLength: 4 }),
        (q, inserts) => {
          const gaps = [0, q.length, ...[...q.matchAll(/ /g)].map((m) => m.index ?? 0)];
          const at = inserts.map(
            ([pick, chars]) => [gaps[pick % gaps.length] ?? 0, chars] as const,
          );
          let noisy = q;
          // From the end backwards, so that each position still points where it did in `q`.
          for (const [pos, chars] of at.sort((a, b) => b[0] - a[0]))
            noisy = noisy.slice(0, pos) + chars + noisy.slice(pos);
          expect(told(ask(noisy))).toEqual(told(ask(q)));
        },
      ),
      RUNS,
    );
  });

  it("the issue's example: control and zero-width characters still find 7 875 000", () => {
    const answer = ask("how much went to\u0000 barncancer\u200b 2022?");
    expect(answer.answered).toBe(true);
    expect(answer.figures[0]?.amountSek).toBe(7_875_000);
  });

  it("a zero-width character inside a word does not change the answer", () => {
    expect(told(ask("hur mycket fick G\u200bMS 20\u200b24?"))).toEqual(
      told(ask("hur mycket fick GMS 2024?")),
    );
  });
});
