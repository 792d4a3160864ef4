import { type Answer, AnswerSchema, type Ask, type AskContext } from "../../../../src/bot/index.js";

/** Hostile document content: every kind of Slack markup a quote could smuggle into a reply. */
export const HOSTILE_QUOTE =
  "7 875 000 kronor <!channel> <!here> <!everyone> <@U0EVIL001> @everyone & <https://evil.test|click>";

export interface RecordedCall {
  question: string;
  context: AskContext | undefined;
}

export interface TestAsk {
  ask: Ask;
  calls: RecordedCall[];
}

/**
 * A stand-in core: echoes the question into a schema-valid answer with one figure and one hostile
 * citation. `failWhen` makes it throw, to exercise the adapter's error path.
 */
export function createTestAsk(options: { failWhen?: (question: string) => boolean } = {}): TestAsk {
  const calls: RecordedCall[] = [];
  const ask: Ask = (question, context) => {
    calls.push({ question, context });
    if (options.failWhen?.(question)) throw new Error("test ask failed on purpose");
    if (question === "help") return AnswerSchema.parse(helpAnswer());
    if (/by year/i.test(question)) return AnswerSchema.parse(tableAnswer(question));
    return AnswerSchema.parse(echoAnswer(question));
  };
  return { ask, calls };
}

function helpAnswer(): Answer {
  return {
    question: "help",
    answered: true,
    intent: "help",
    language: "en",
    text: "Ask me how much GMS received, for what and when, e.g. “how much went to lung cancer 2022?”",
    figures: [],
    citations: [],
  };
}

function echoAnswer(question: string): Answer {
  return {
    question,
    answered: true,
    intent: "amount",
    language: "en",
    text: `You asked: ${question}. SEK 7,875,000 went to the test purpose [1].`,
    figures: [
      {
        amountSek: 7_875_000,
        year: 2022,
        label: "test purpose <!here>",
        derived: false,
        citations: [1],
      },
    ],
    citations: [
      {
        id: 1,
        docId: "test_doc",
        title: "Test decision <!everyone>",
        url: "https://example.org/decision?a=1&b=2",
        quote: HOSTILE_QUOTE,
        start: 0,
        end: HOSTILE_QUOTE.length,
      },
    ],
  };
}

/** A per-year answer: a lead, a table of two years, and one document with two quotes. */
function tableAnswer(question: string): Answer {
  const base = echoAnswer(question);
  const second = "Regeringen avsätter 6 000 000 kronor för 2023.";
  return {
    ...base,
    intent: "overview",
    text: "GMS per year:\n• 2022: SEK 7,875,000 [1]\n• 2023: SEK 6,000,000 [2]",
    citations: [
      ...base.citations,
      {
        ...(base.citations[0] as Answer["citations"][number]),
        id: 2,
        quote: second,
        start: 200,
        end: 200 + second.length,
      },
    ],
    blocks: [
      { kind: "lead", text: "GMS per year." },
      {
        kind: "table",
        columns: [
          { label: "Year", align: "left" },
          { label: "Amount", align: "right" },
        ],
        rows: [
          { cells: ["2022", "SEK 7,875,000"], citations: [1], sources: [1] },
          { cells: ["2023", "SEK 6,000,000"], citations: [2], sources: [1] },
        ],
        total: null,
      },
      {
        kind: "sources",
        documents: [
          {
            n: 1,
            docId: "test_doc",
            title: "Test decision",
            url: "https://example.org/decision",
            publisher: "Regeringen",
            date: "2022-02-01",
            quote: HOSTILE_QUOTE,
            citations: [1, 2],
          },
        ],
      },
    ],
  };
}
