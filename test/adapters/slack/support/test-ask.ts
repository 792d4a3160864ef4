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
    return AnswerSchema.parse(question === "help" ? helpAnswer() : echoAnswer(question));
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
