import { type Knowledge, TOPICS } from "../knowledge/index.js";
import type { Answer, Language } from "./answer.js";
import { answerAbout } from "./answers/about.js";
import { answerAmount } from "./answers/amount.js";
import { answerBreakdown } from "./answers/breakdown.js";
import { answerChange } from "./answers/change.js";
import type { AnswerContext, Draft } from "./answers/context.js";
import { answerDeadlines } from "./answers/deadlines.js";
import {
  answerEmpty,
  answerHelp,
  answerOutOfScope,
  answerSources,
  answerThanks,
  answerTooLong,
} from "./answers/meta.js";
import { answerPassages } from "./answers/passages.js";
import { answerDecisions, answerMinisters } from "./answers/people.js";
import { answerPurpose } from "./answers/purpose.js";
import { answerYearTotal } from "./answers/totals.js";
import { answerDistributor, answerPayer, answerRecipient } from "./answers/who.js";
import { createCitationList, documentsById } from "./citations.js";
import {
  type ConversationState,
  type ConversationStore,
  createConversationStore,
} from "./conversation.js";
import { detectLanguage } from "./language.js";
import { createEntryIndex, hasTopic, knowsTopic } from "./match.js";
import { cleanQuestion, MAX_QUESTION_CHARS } from "./normalize.js";
import type { Ask, AskContext } from "./port.js";
import { parseQuestion, type Query } from "./query.js";
import { chooseIntent, type Intent, isFollowUp, mergeFollowUp, refersBack } from "./route.js";
import { createVocabulary } from "./vocabulary.js";

export interface CreateAskOptions {
  knowledge: Knowledge;
  /** How long a conversation's context lives, in ms. */
  conversationTtlMs?: number;
  /** How many conversations are remembered at most (LRU). */
  conversationMax?: number;
  /** The clock for conversation expiry only; answers never depend on it. */
  now?: () => number;
  /** A store to share, so conversations survive a rebuild of the knowledge; else a new one. */
  conversations?: ConversationStore;
}

const COMPOSERS: Record<Intent, (ctx: AnswerContext) => Draft> = {
  help: (ctx) => answerHelp(ctx),
  greeting: (ctx) => answerHelp(ctx, "greeting"),
  sources: answerSources,
  payer: answerPayer,
  distributor: answerDistributor,
  recipient: answerRecipient,
  deadline: answerDeadlines,
  minister: answerMinisters,
  decision: answerDecisions,
  "about-gms": (ctx) => answerAbout(ctx, false),
  members: (ctx) => answerAbout(ctx, true),
  breakdown: answerBreakdown,
  purpose: answerPurpose,
  total: answerYearTotal,
  amount: answerAmount,
  passage: answerPassages,
  thanks: answerThanks,
  change: answerChange,
  "out-of-scope": answerOutOfScope,
};

// Replies that set no topic: "thanks!" must not make the next "och 2023?" a thanks too.
const SOCIAL_INTENTS: ReadonlySet<string> = new Set(["out-of-scope", "thanks", "greeting", "help"]);

/** Builds the bot: a pure function from a question (and conversation) to a cited Answer. */
export function createAsk(options: CreateAskOptions): Ask {
  const { knowledge } = options;
  const vocabulary = createVocabulary(
    knowledge,
    TOPICS.flatMap((t) => t.svPhrases),
  );
  const index = createEntryIndex(knowledge, (w) => vocabulary.has(w));
  const docs = documentsById(knowledge);
  const lastYear = Math.max(0, ...knowledge.ledger.entries.flatMap((e) => e.years));
  const conversations =
    options.conversations ??
    createConversationStore({
      max: options.conversationMax ?? 1000,
      ttlMs: options.conversationTtlMs ?? 30 * 60 * 1000,
      now: options.now ?? Date.now,
    });

  return (question: string, context: AskContext = {}): Answer => {
    const raw = typeof question === "string" ? question : String(question ?? "");
    const clean = cleanQuestion(raw);
    const citations = createCitationList(docs);
    const base = { knowledge, index, citations };
    if (clean.text === "" || clean.tooLong) {
      const language = detectLanguage(clean.text.slice(0, MAX_QUESTION_CHARS), context.language);
      const ctx = { ...base, query: emptyQuery(clean.text, language), language };
      const draft = clean.text === "" ? answerEmpty(ctx) : answerTooLong(ctx, MAX_QUESTION_CHARS);
      return finish(raw, language, draft, citations.all());
    }
    let query = withSince(parseQuestion(clean.text, vocabulary, context.language), lastYear);
    const previous = context.conversationId ? conversations.get(context.conversationId) : undefined;
    let intent = chooseIntent(query, knowsTopic(index, query));
    if (isFollowUp(query, intent, previous) && previous) {
      query = mergeFollowUp(query, previous);
      if (intent === null || intent === "amount") intent = (previous.intent as Intent) ?? "amount";
    } else if (previous && refersBack(query)) {
      // "när ska det redovisas?": a new kind of question about what was just discussed.
      query = mergeFollowUp(query, previous);
    }
    const ctx: AnswerContext = { ...base, query, language: query.language };
    const draft = COMPOSERS[intent ?? "out-of-scope"](ctx);
    // A declined "barncancer 2030" still sets the topic for "och 2022?".
    const established = draft.answered || hasTopic(query) || query.years.length > 0;
    if (context.conversationId && established && !SOCIAL_INTENTS.has(draft.intent))
      conversations.set(context.conversationId, remember(query, draft.intent));
    return finish(raw, query.language, draft, citations.all());
  };
}

function remember(query: Query, intent: string): ConversationState {
  const followable = intent === "total" ? "amount" : intent;
  return {
    intent: followable,
    amounts: query.amounts.map((a) => a.valueSek),
    years: query.years,
    stems: query.stems,
    topics: query.topics,
    mentionsGms: query.mentionsGms,
  };
}

/** "sedan 2022" asks for every year from 2022 to the last one the documents fund. */
function withSince(query: Query, lastYear: number): Query {
  if (query.since === null || query.since > lastYear) return query;
  const years = new Set(query.years);
  for (let y = query.since; y <= lastYear && years.size < 50; y++) years.add(y);
  return { ...query, years: [...years].sort((a, b) => a - b), span: true };
}

function emptyQuery(text: string, language: Language): Query {
  return {
    text,
    language,
    cues: new Set(),
    years: [],
    span: false,
    since: null,
    amounts: [],
    stems: [],
    topics: [],
    unknown: [],
    ownStems: () => [],
    mentionsGms: false,
  };
}

function finish(
  question: string,
  language: Language,
  draft: Draft,
  citations: Answer["citations"],
): Answer {
  // Built field by field in the contract's order; the types hold the shape, and the tests check every
  // answer against AnswerSchema, so a per-answer zod pass would only cost time on large answers.
  const { answered, intent, text, figures } = draft;
  return { question, answered, intent, language, text, figures, citations };
}
