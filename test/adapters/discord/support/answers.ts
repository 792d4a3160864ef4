import {
  type Answer,
  AnswerSchema,
  type Citation,
  type Language,
} from "../../../../src/bot/index.js";

/** Test answers built by hand and checked against the real schema, so renderers see valid input. */
export function citation(id: number, quote: string, url: string | null = null): Citation {
  return {
    id,
    docId: `00${id % 10}_test`,
    title: `Test decision ${id}`,
    url: url ?? `https://example.org/decisions/${id}`,
    quote,
    start: 0,
    end: quote.length,
  };
}

export function figureAnswer(question: string, language: Language = "en", quote?: string): Answer {
  return AnswerSchema.parse({
    question,
    answered: true,
    intent: "amount",
    language,
    text: `You asked: ${question}\nThe grant for childhood cancer in 2022 was SEK 7,875,000 [1].`,
    figures: [
      {
        amountSek: 7_875_000,
        year: 2022,
        label: "Childhood cancer",
        derived: false,
        citations: [1],
      },
    ],
    citations: [
      citation(1, quote ?? "Regeringen ger 7 875 000 kronor till barncancer under 2022."),
    ],
  });
}

/** About 10 kB of text, 12 figures and 40 citations: more than one embed may hold. */
export function longAnswer(question: string): Answer {
  const sentence =
    "Regeringen beslutade om medel till Genomic Medicine Sweden för precisionsmedicin. ";
  const figures = Array.from({ length: 12 }, (_, i) => ({
    amountSek: 1_000_000 * (i + 1),
    year: 2020 + (i % 5),
    label: `Purpose number ${i + 1} ${"with a very long label ".repeat(20)}`,
    derived: i % 3 === 0,
    citations: [i + 1],
  }));
  const citations = Array.from({ length: 40 }, (_, i) =>
    citation(
      i + 1,
      sentence.repeat(15),
      i % 2 === 0 ? `https://example.org/${"a".repeat(300)}` : null,
    ),
  );
  return AnswerSchema.parse({
    question,
    answered: true,
    intent: "total",
    language: "sv",
    text: sentence.repeat(Math.ceil(10_240 / sentence.length)),
    figures,
    citations,
  });
}

export function listAnswer(kind: "sources" | "help", language: Language = "en"): Answer {
  return AnswerSchema.parse({
    question: kind,
    answered: true,
    intent: kind,
    language,
    text:
      kind === "sources"
        ? "1. Test decision 1 — <https://example.org/decisions/1>"
        : "Ask about amounts, years, recipients and decisions.",
    figures: [],
    citations: [],
  });
}
