import {
  countsAsGrant,
  documentKind,
  type Knowledge,
  type SourceDocument,
  TOPICS,
} from "../knowledge/index.js";
import type { Answer, Language } from "./answer.js";
import { answerAbout } from "./answers/about.js";
import { answerAmount } from "./answers/amount.js";
import { answerBreakdown } from "./answers/breakdown.js";
import { answerChange } from "./answers/change.js";
import {
  answerClarify,
  answerNotFunding,
  answerWhichOrg,
  answerWhichPointer,
  ignoredNote,
  unfundedNote,
} from "./answers/clarify.js";
import { answerAverage, answerExtreme, answerOverview, answerShare } from "./answers/computed.js";
import { type AnswerContext, type Draft, decline } from "./answers/context.js";
import { answerCurrency, asksConversionOnly } from "./answers/currency.js";
import { answerDeadlines } from "./answers/deadlines.js";
import { answerDocumentStates } from "./answers/document-states.js";
import { answerDocuments } from "./answers/documents.js";
import { excludedNote } from "./answers/excluded.js";
import { convertedNote } from "./answers/foreign.js";
import { answerFunders } from "./answers/funders.js";
import { answerInclusion } from "./answers/inclusion.js";
import { answerUnknownLink, onlyTheLink, unknownLinkNote, unknownLinks } from "./answers/links.js";
import { namesCorrectedAmount } from "./answers/measures.js";
import {
  answerEmpty,
  answerHelp,
  answerOutOfScope,
  answerSources,
  answerThanks,
  answerTooLong,
} from "./answers/meta.js";
import { answerOverThreshold } from "./answers/over-threshold.js";
import { answerPassages } from "./answers/passages.js";
import { answerPending } from "./answers/pending.js";
import { answerDecisions, answerMinisters, answerPress } from "./answers/people.js";
import { answerPurpose } from "./answers/purpose.js";
import { answerReferences } from "./answers/references.js";
import { answerRepaid } from "./answers/repaid.js";
import { answerStateMoney, asksStateMoney, stateMoneyNote } from "./answers/state-money.js";
import { withComparisonVerdict, withThresholdVerdict } from "./answers/threshold.js";
import { answerGrantCount, answerYearTotal } from "./answers/totals.js";
import { answerDistributor, answerPayer, answerRecipient } from "./answers/who.js";
import { buildBlocks } from "./build-blocks.js";
import { createCitationList, documentsById } from "./citations.js";
import {
  type ConversationState,
  type ConversationStore,
  createConversationStore,
} from "./conversation.js";
import { detectLanguage } from "./language.js";
import { linkedDocuments } from "./links.js";
import {
  createEntryIndex,
  type EntryIndex,
  hasTopic,
  knowsTopic,
  namesEntryOfYears,
} from "./match.js";
import { cleanQuestion, MAX_QUESTION_CHARS } from "./normalize.js";
import { secondAsk, withoutOffTopicParts } from "./off-topic-part.js";
import type { Ask, AskContext } from "./port.js";
import { parseQuestion, type Query } from "./query.js";
import {
  chooseIntent,
  type Intent,
  isFollowUp,
  KIND_CUES,
  mergeFollowUp,
  money,
  pointsAtNothing,
} from "./route.js";
import { say } from "./say.js";
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
  funder: answerFunders,
  distributor: answerDistributor,
  recipient: answerRecipient,
  // "hur mycket betalade Region Skåne tillbaka?": money paid back, where a document tells it; else the rule.
  deadline: (ctx) => answerRepaid(ctx) ?? answerDeadlines(ctx),
  minister: answerMinisters,
  decision: answerDecisions,
  "about-gms": (ctx) => answerAbout(ctx, false),
  members: (ctx) => answerAbout(ctx, true),
  breakdown: answerBreakdown,
  purpose: answerPurpose,
  total: (ctx) => (ctx.query.cues.has("count") ? answerGrantCount(ctx) : answerYearTotal(ctx)),
  amount: answerAmount,
  passage: answerPassages,
  thanks: answerThanks,
  change: answerChange,
  "out-of-scope": answerOutOfScope,
  clarify: answerClarify,
  "which-org": answerWhichOrg,
  "which-pointer": answerWhichPointer,
  "threshold-list": answerOverThreshold,
  "not-funding": answerNotFunding,
  documents: answerDocuments,
  press: answerPress,
  share: answerShare,
  extreme: answerExtreme,
  average: answerAverage,
  overview: answerOverview,
  inclusion: (ctx) =>
    (asksStateMoney(ctx) ? answerStateMoney(ctx) : null) ??
    (ctx.query.amounts.length > 0 || ctx.query.months.length > 0
      ? answerInclusion(ctx)
      : answerAmount(ctx)),
  stated: answerDocumentStates,
  pending: answerPending,
  reference: answerReferences,
};

// Replies that set no topic: "thanks!" must not make the next "och 2023?" a thanks too.
// A question asked back ("Menar du lungcancer?") sets none either: "och 2023?" then follows the last answer.
const SOCIAL_INTENTS: ReadonlySet<string> = new Set([
  "out-of-scope",
  "thanks",
  "greeting",
  "help",
  "clarify",
  "which-org",
  "which-pointer",
]);
// Answers that read money for a subject: with no subject but a word the bot could not place, they would
// answer a broader question than was asked, so the bot asks back instead.
const BROADENS = new Set<Intent>([
  "amount",
  "total",
  "overview",
  "change",
  "average",
  "extreme",
  "share",
]);

const WHO_INTENTS = new Set<Intent>(["payer", "recipient", "distributor"]);
// Answers about a subject's money that, without it, would name what holds for all the other money.
const TOPIC_SCOPED = new Set<Intent>([...WHO_INTENTS, "deadline", "decision"]);

/** "when must the AMR money be reported?" where no document names AMR: the subject is all that was asked. */
const unknownOnly = (q: Query) =>
  q.unknown.length > 0 && q.stems.length === 0 && q.topics.length === 0;

function notMentioned(intent: Intent, q: Query): Draft {
  const what = q.unknown.join(" ");
  return decline(
    intent,
    say(q.language, `Dokumenten nämner inte ”${what}”.`, `The documents don't mention “${what}”.`),
  );
}

// Cues that name which money a follow-up asks for: it is answered as asked, not as the last answer's kind.
const OWN_MONEY_CUES = ["total", ...KIND_CUES];
// Answers that tell no money (people, dates, documents): "hur mycket" after one asks for money.
const NO_MONEY_INTENTS: ReadonlySet<string> = new Set([
  "minister",
  "press",
  "decision",
  "deadline",
  "payer",
  "distributor",
  "members",
  "about-gms",
  "documents",
  "sources",
  "reference",
  "passage",
  "pending",
]);

/** The whole the last answer was about, when the documents split it into parts; else null. */
function splitShown(index: EntryIndex, previous: ConversationState): number | null {
  const [whole] = previous.subject;
  const split =
    previous.subject.length === 1 &&
    index.entries.some((e) => e.entry.amountSek === whole && e.entry.parts.length > 1);
  return split && whole !== undefined ? whole : null;
}

/**
 * "hela uppdraget?" after a part was shown ("9 miljoner (2027) … en del av 18 miljoner"): the whole the
 * shown amount is part of, with its years; null when the answer showed no one part.
 */
function wholeShown(
  index: EntryIndex,
  previous: ConversationState,
): { amount: number; years: number[] } | null {
  const [shown] = previous.subject;
  if (previous.subject.length !== 1 || shown === undefined) return null;
  // The shown amount's best-told part entry (most sources) of the years asked: the one the answer led with.
  const parts = (index.byAmount.get(shown) ?? [])
    .filter(
      (e) =>
        e.partOf &&
        (previous.years.length === 0 || e.years.some((y) => previous.years.includes(y))),
    )
    .sort((a, b) => b.sources.length - a.sources.length);
  const whole = parts[0]?.partOf ? index.byId.get(parts[0].partOf) : undefined;
  return whole ? { amount: whole.amountSek, years: whole.years } : null;
}

/** Builds the bot: a pure function from a question (and conversation) to a cited Answer. */
export function createAsk(options: CreateAskOptions): Ask {
  const { knowledge } = options;
  const vocabulary = createVocabulary(
    knowledge,
    TOPICS.flatMap((t) => t.svPhrases),
  );
  const index = createEntryIndex(knowledge, (w) => vocabulary.has(w));
  const docs = documentsById(knowledge);
  const years = [
    ...new Set(knowledge.ledger.entries.filter(countsAsGrant).flatMap((e) => e.years)),
  ].sort((a, b) => a - b);
  const conversations =
    options.conversations ??
    createConversationStore({
      max: options.conversationMax ?? 1000,
      ttlMs: options.conversationTtlMs ?? 30 * 60 * 1000,
      now: options.now ?? Date.now,
    });

  // A question's reading depends only on its text, the language hint and the date of asking: the same
  // question asked again (a popular one, a retry, a follow-up's lead) is read once. Bounded; never mutated.
  const readings = new Map<string, Query>();
  const readQuestion = (
    text: string,
    hint?: Language,
    today?: string,
    labels: readonly string[] = [],
  ): Query => {
    const key = `${hint ?? ""}\u0000${today ?? ""}\u0000${labels.join(" ")}\u0000${text}`;
    const known = readings.get(key);
    if (known) return known;
    const query = freezeQuery(parseQuestion(text, vocabulary, { hint, today, labels }));
    if (readings.size >= READINGS_MAX) readings.clear();
    readings.set(key, query);
    return query;
  };

  return (question: string, context: AskContext = {}): Answer => {
    const raw = typeof question === "string" ? question : String(question ?? "");
    const clean = cleanQuestion(raw);
    const citations = createCitationList(docs);
    const base = { knowledge, index, citations };
    if (clean.text === "" || clean.tooLong) {
      const language = detectLanguage(clean.text.slice(0, MAX_QUESTION_CHARS), context.language);
      const ctx = { ...base, query: emptyQuery(clean.text, language), language };
      const draft =
        clean.text !== ""
          ? answerTooLong(ctx, MAX_QUESTION_CHARS)
          : clean.links.length > 0
            ? answerLinkAlone({
                ...ctx,
                query: withLinks(ctx.query, clean.links, knowledge.documents),
              })
            : answerEmpty(ctx);
      // A too-long question is echoed only in part: the asker knows the rest.
      const echo = clean.tooLong
        ? `${[...raw.slice(0, MAX_QUESTION_CHARS)].join("").replace(/[\uD800-\uDBFF]$/, "")}…`
        : raw;
      return finish(echo, language, draft, citations.all(), docs);
    }
    const previous = context.conversationId ? conversations.get(context.conversationId) : undefined;
    // "wich areas?" in an English conversation: a question with no language of its own keeps the talk's.
    const hint = context.language ?? previous?.language;
    // "gms 2027? also what is the capital of france": the funding part is asked, the other said off-topic.
    const split = withoutOffTopicParts(clean.text, (part) =>
      readQuestion(part, hint, context.today, clean.labels),
    );
    const whole = readQuestion(clean.text, hint, context.today, clean.labels);
    // "vad fick gms 2026 och vem beslutade?": the first ask is answered, the second named to ask next.
    // Only when the first asks money and the whole reads as neither ask (its cues mixed into a third: "what
    // did … get … and who …" read as who received): one the table answers whole ("who pays, and to whom?",
    // "what did the budget bill say and what was decided") stays whole.
    const intentOf = (q: Query) => chooseIntent(q, knowsTopic(index, q));
    const pair = split
      ? null
      : secondAsk(clean.text, (part) => readQuestion(part, whole.language, context.today));
    const asks =
      pair && keepsFirstAsk(intentOf(pair.firstQuery), intentOf(pair.restQuery), intentOf(whole))
        ? pair
        : null;
    // The kept part is answered in the language of the whole question ("gms 2027? also …" is English).
    const kept = split?.kept ?? asks?.first;
    const read =
      kept !== undefined ? readQuestion(kept, whole.language, context.today, clean.labels) : whole;
    // Addresses are no words of the question: they name documents (`numberedDocuments`) or are said back.
    const parsed =
      clean.links.length > 0 ? withLinks(read, clean.links, knowledge.documents) : read;
    let query = resolveYears(parsed, years, context.today);
    // "stämmer 12 miljoner till RS?": an amount a document's own correction names is asked of that correction.
    // "stämmer det att gms fick 12 mkr 2019?": not when the ledger holds that amount for the asked years.
    if (
      !query.cues.has("correction") &&
      namesCorrectedAmount(knowledge, query) &&
      !namesEntryOfYears(index, query)
    )
      query = { ...query, cues: new Set([...query.cues, "correction"]) };
    let intent = chooseIntent(query, knowsTopic(index, query));
    let repeated = false;
    const followsUp = previous !== undefined && isFollowUp(query, intent, previous);
    // "ingår det i gms-anslaget?" with nothing to point at: what "det" is is asked back.
    if (!followsUp && pointsAtNothing(query, intent)) intent = "which-pointer";
    if (previous && followsUp) {
      // A follow-up of its own kind ("vem betalar det?") keeps it; "och 2022?" repeats the last kind.
      const own = intent;
      query = mergeFollowUp(query, previous, own);
      // "And what had the budget bill estimated?" asks a kind of money of its own: no repeat.
      // "ökade det?" after two years of one subject: a change between them, not the last answer again.
      const compares = query.cues.has("change") && query.years.length === 2;
      const repeat =
        !compares &&
        (own === null ||
          own === "clarify" ||
          (own === "amount" &&
            !OWN_MONEY_CUES.some((c) => query.cues.has(c)) &&
            // "och hur mycket fick de?" after who leads or signed: money asked, not the person again.
            !(query.cues.has("howMuch") && NO_MONEY_INTENTS.has(previous.intent))));
      // "och lungcancer?" after a breakdown or a purpose asks for the new topic's money.
      const grantOnly = ["breakdown", "purpose", "inclusion"].includes(previous.intent);
      const last = grantOnly && hasTopic(parsed) ? "amount" : (previous.intent as Intent);
      intent = repeat ? last : chooseIntent(query, knowsTopic(index, query));
      // "i procent?" after a change between years: that change in percent, never a share of a whole.
      if (
        intent === "share" &&
        previous.intent === "change" &&
        !query.cues.has("shareNoun") &&
        !hasTopic(parsed) &&
        parsed.years.length === 0
      )
        intent = "change";
      // "hela uppdraget?" after a part: the whole it is part of, over the whole's years.
      const wholeOf = query.cues.has("wholeOf") ? wholeShown(index, previous) : null;
      if (wholeOf) {
        const amounts = [{ start: 0, end: 0, text: "", valueSek: wholeOf.amount, qualifier: null }];
        // The whole is asked by its amount alone: the part's subject ("solida") is no longer asked.
        query = {
          ...query,
          amounts,
          years: wholeOf.years,
          yearsFromConversation: true,
          stems: [],
          topicWords: [],
          topics: [],
        };
        // Told as "berätta om 18 miljoner" is: the entry of that amount, what it is and what it is for.
        intent = "purpose";
      }
      // "whats the biggest one" after a whole shown with its split: the biggest of its parts.
      const whole = own === "extreme" && !hasTopic(parsed) ? splitShown(index, previous) : null;
      if (whole !== null) {
        const amounts = [{ start: 0, end: 0, text: "", valueSek: whole, qualifier: null }];
        query = { ...query, amounts, cues: new Set([...query.cues, "breakdown"]) };
      }
      // "and the smallest?" after "which part is the biggest?": the same parts, ranked from the other end.
      // The whole is the one the part just ranked belongs to ("största delen?" → "minsta delen?").
      const ranked = own === "extreme" && previous.intent === "extreme";
      const rankedWhole = ranked ? wholeShown(index, previous) : null;
      if (rankedWhole) {
        const amounts = [
          { start: 0, end: 0, text: "", valueSek: rankedWhole.amount, qualifier: null },
        ];
        query = { ...query, amounts, cues: new Set([...query.cues, "breakdown"]) };
        intent = "extreme";
      } else if (ranked && previous.amounts.length > 0) {
        query = { ...query, cues: new Set([...query.cues, "breakdown"]) };
        intent = "extreme";
      }
      repeated = repeat;
    }
    // "obesity drug approved in the eu?": an organisation alone is no subject for a word it cannot place.
    const subject = hasTopic(query) || (query.orgs.length > 0 && money(query));
    if (intent !== null && BROADENS.has(intent) && !subject && query.coverage.unplaced.length > 0)
      intent = "clarify";
    const ctx: AnswerContext = {
      ...base,
      query,
      language: query.language,
      ...(context.today ? { today: context.today } : {}),
    };
    // "Fick GMS över 100 miljoner 2026?": the subject's money as if no bar were named, then yes or no.
    // Composed instead of the plain answer (never after it), so no citation of an unshown answer is kept.
    let draft: Draft | null = null;
    if (intent !== null && intent !== "threshold-list" && asksThreshold(query)) {
      const bar = barQuery(query);
      const barIntent = chooseIntent(bar, knowsTopic(index, bar));
      if (barIntent === "amount" || barIntent === "total") {
        const barCtx = { ...ctx, query: bar };
        const bare = COMPOSERS[barIntent](barCtx);
        // No one figure to measure: the subject's money as it is, never a lookup of the bar's own amount.
        draft = withThresholdVerdict(barCtx, query.threshold, bare) ?? bare;
      }
    }
    // "kan du läsa https://…?": a page the bot does not have is said so, never answered from another one.
    const unopened = unknownLinks(ctx);
    const aboutLinkOnly = unopened.length > 0 && onlyTheLink(ctx);
    if (aboutLinkOnly) draft = answerUnknownLink(ctx, unopened);
    // "80 million sek in euros?", "och i euro?": a conversion of the amount asked or just shown, never a lookup.
    if (!draft && asksConversionOnly(parsed)) {
      const subject = previous?.subject.length ? previous.subject : (previous?.shown ?? []);
      const shown = subject.map((valueSek) => ({
        start: 0,
        end: 0,
        text: "",
        valueSek,
        qualifier: null,
      }));
      const amounts = parsed.amounts.length > 0 ? parsed.amounts : followsUp ? shown : [];
      draft = answerCurrency({ ...ctx, query: { ...ctx.query, amounts } });
    }
    draft ??=
      intent !== null && TOPIC_SCOPED.has(intent) && unknownOnly(query)
        ? notMentioned(intent, query)
        : COMPOSERS[intent ?? "out-of-scope"](ctx);
    if (unopened.length > 0 && !aboutLinkOnly)
      draft = withNote(draft, unknownLinkNote(ctx, unopened));
    // "Fick barncancer mindre 2027 än 2026?": the change between the years, with yes or no first.
    if (draft.intent === "change" && query.cues.has("yesNo"))
      draft = withComparisonVerdict(ctx, draft) ?? draft;
    // "Och året innan?" after "genom vilken myndighet?": when that year has no such answer, its money.
    if (repeated && !draft.answered && intent !== null && WHO_INTENTS.has(intent))
      draft = answerAmount(ctx);
    // Every word the bot could not place is named back, answered or not, unless the text already says it.
    const note = aboutLinkOnly ? "" : ignoredNote(ctx, draft.text);
    if (note) draft = withNote(draft, note);
    const unfunded = unfundedNote(ctx, draft);
    if (unfunded) draft = withNote(draft, unfunded);
    const left = excludedNote(ctx, draft);
    if (left) draft = withNote(draft, left);
    // "… and is it GMS money?" beside another question: the yes or no on the money shown.
    const kind = stateMoneyNote(ctx, draft);
    if (kind) draft = withNote(draft, kind);
    // "whats the 2028 amount in euros": the conversion a document writes beside the figure shown.
    const converted = convertedNote(ctx, draft);
    if (converted) draft = withNote(draft, converted);
    if (split) draft = withNote(draft, offTopicNote(query.language, split.dropped));
    if (asks) draft = withNote(draft, secondAskNote(query.language, asks.rest));
    // A declined "barncancer 2030" still sets the topic for "och 2022?".
    const established = draft.answered || hasTopic(query) || query.years.length > 0;
    if (context.conversationId && established && !SOCIAL_INTENTS.has(draft.intent))
      conversations.set(context.conversationId, remember(query, draft, previous));
    return finish(raw, query.language, draft, citations.all(), docs);
  };
}

// Question words and operations that ask something else than a yes or a no against an amount ("list grants
// over 10 million" filters, it asks no yes or no).
const NOT_THRESHOLD = [
  "howMuch",
  "which",
  "what",
  "who",
  "when",
  "count",
  "share",
  "change",
  "list",
  "request",
  "overview",
  "perYear",
  "breakdown",
];
// The words that set the bar, dropped when the subject's money is looked up without it.
const BAR_CUES = new Set(["yesNo", "more", "less", "than", "atMost", "smallest"]);

/** A yes or no against one named amount: "did GMS get more than 80m in 2027?". */
function asksThreshold(q: Query): q is Query & { threshold: NonNullable<Query["threshold"]> } {
  if (q.threshold === null || NOT_THRESHOLD.some((c) => q.cues.has(c))) return false;
  // Asked as a yes or no: "fick/did/was …", a comparing verb, or a terse question with its mark.
  return q.cues.has("yesNo") || q.threshold.verb || q.questionMark;
}

/** The question as a "how much" with the bar left out. */
function barQuery(q: Query): Query {
  const cues = new Set([...q.cues].filter((c) => !BAR_CUES.has(c)));
  cues.add("howMuch");
  return { ...q, amounts: [], threshold: null, cues };
}

// Distinct question readings kept per bot; forgotten all at once when full (each is a few kB).
const READINGS_MAX = 1000;

/** Freezes a shared reading's arrays and plain objects: a writer that changed one would change later answers. */
function freezeQuery(query: Query): Query {
  deepFreeze(query);
  return query;
}

// Arrays walked by index and objects by key: `Object.values` would copy each one once more per reading.
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || value instanceof Set) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const inner of value) if (typeof inner === "object") deepFreeze(inner);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const inner = record[key];
    if (typeof inner === "object") deepFreeze(inner);
  }
}

/** A note after the answer, in its text and, when the writer built its own blocks, as a note block too. */
/** A bare address: what that document states, or that the bot does not have it. */
function answerLinkAlone(ctx: AnswerContext): Draft {
  const unknown = unknownLinks(ctx);
  return unknown.length > 0 ? answerUnknownLink(ctx, unknown) : COMPOSERS.stated(ctx);
}

/**
 * The question with the addresses that name loaded documents, asked as those documents' kinds ("vad säger
 * https://…" is "vad säger pressmeddelandet"); an address that names none is left to `unknownLinks`.
 */
function withLinks(query: Query, links: string[], documents: readonly SourceDocument[]): Query {
  const linked = linkedDocuments(documents, links);
  if (linked.size === 0) return { ...query, links };
  const kinds = documents.filter((d) => linked.has(d.id)).map(documentKind);
  const named = kinds.filter((k): k is string => k !== null);
  return { ...query, links, docKinds: [...new Set([...query.docKinds, ...named])] };
}

/** The parts of a question left unanswered because they are about something else than GMS funding. */
function offTopicNote(language: Language, dropped: readonly string[]): string {
  const sv = dropped.map((d) => `”${d}”`).join(", ");
  const en = dropped.map((d) => `“${d}”`).join(", ");
  return say(
    language,
    `Resten av frågan (${sv}) handlar inte om finansieringen av GMS, så den svarar jag inte på.`,
    `The rest of the question (${en}) is not about GMS funding, so I don't answer it.`,
  );
}

// Answers of a subject's money: a first ask of these is lost when the whole question reads as another.
const MONEY_ASKS: ReadonlySet<Intent> = new Set([
  "amount",
  "total",
  "change",
  "share",
  "breakdown",
]);

/**
 * Whether a question of two asks is answered by its first alone (the second named to ask next): money asked
 * first, the whole read as neither; or a deadline asked first ("until when must … be repaid, and to whom?"),
 * the whole read as something else (who received, which drops the deadline).
 */
function keepsFirstAsk(first: Intent | null, rest: Intent | null, whole: Intent | null): boolean {
  if (first === null || whole === first) return false;
  if (MONEY_ASKS.has(first)) return whole !== rest;
  return first === "deadline";
}

/** The second ask of a question of two, to be asked next: the conversation then holds the first's subject. */
function secondAskNote(language: Language, rest: string): string {
  return say(
    language,
    `Frågan har två delar och jag svarade på den första. Fråga ”${rest}” härnäst så svarar jag på den också.`,
    `The question has two parts and I answered the first. Ask “${rest}” next and I will answer that too.`,
  );
}

function withNote(draft: Draft, note: string): Draft {
  const blocks = draft.blocks
    ? [...draft.blocks, { kind: "note" as const, text: note }]
    : undefined;
  return { ...draft, text: `${draft.text}\n${note}`, ...(blocks ? { blocks } : {}) };
}

/** A new topic in the same years keeps the one before it, for "summa av dem?" / "total for both?". */
function earlierSubject(
  query: Query,
  previous?: ConversationState,
): Pick<ConversationState, "earlierSubject"> {
  const changed =
    previous !== undefined &&
    previous.stems.length > 0 &&
    query.stems.length > 0 &&
    previous.stems.join(" ") !== query.stems.join(" ") &&
    previous.years.join(" ") === query.years.join(" ");
  if (!changed) return {};
  const { stems, topicWords, topics } = previous;
  return { earlierSubject: { stems, topicWords, topics } };
}

/** The year every stated figure of the answer is for, when they share one. */
// How many of an answer's amounts a plural follow-up ("ingår de …?") may ask about.
const MAX_SHOWN = 10;

function oneYear(draft: Draft): number | undefined {
  const years = new Set(draft.figures.filter((f) => !f.derived).map((f) => f.year));
  const [year] = years;
  return years.size === 1 && typeof year === "number" ? year : undefined;
}

function remember(query: Query, draft: Draft, previous?: ConversationState): ConversationState {
  const followable = draft.intent === "total" ? "amount" : draft.intent;
  // The grant the answer was about: its first stated figure; after a computed sum, every grant it adds.
  const stated = draft.figures.find((f) => !f.derived);
  const summed = draft.figures[0]?.derived
    ? draft.figures.filter((f) => !f.derived).map((f) => f.amountSek)
    : [];
  return {
    intent: followable,
    amounts: query.amounts.map((a) => a.valueSek),
    subject:
      summed.length > 0
        ? summed
        : stated
          ? [stated.amountSek]
          : query.amounts.length > 0
            ? query.amounts.map((a) => a.valueSek)
            : (previous?.subject ?? []),
    shown: [...new Set(draft.figures.filter((f) => !f.derived).map((f) => f.amountSek))].slice(
      0,
      MAX_SHOWN,
    ),
    years: query.years,
    shownYear: oneYear(draft),
    months: query.months,
    earlierYears:
      previous && previous.stems.join(" ") === query.stems.join(" ") ? previous.years : [],
    yearsSeen:
      previous && query.stems.length > 0 && previous.stems.join(" ") === query.stems.join(" ")
        ? [...new Set([...(previous.yearsSeen ?? previous.years), ...query.years])].sort(
            (a, b) => a - b,
          )
        : query.years,
    ...earlierSubject(query, previous),
    stems: query.stems,
    topicWords: query.topicWords,
    topics: query.topics,
    orgs: query.orgs,
    mentionsGms: query.mentionsGms,
    ...(query.cues.has("said") ? { said: true } : {}),
    ...(query.cues.has("proposal") ? { proposal: true } : {}),
    ...(query.docKinds.length > 0 ? { docKinds: query.docKinds } : {}),
    ...(KIND_CUES.some((c) => query.cues.has(c))
      ? { kindCues: KIND_CUES.filter((c) => query.cues.has(c)) }
      : {}),
    language: query.language,
    ...(query.threshold ? { threshold: query.threshold } : {}),
  };
}

/**
 * "sedan 2022" runs to the last year the documents fund, "före 2023" from the first, and "senaste beslutet"
 * means the last funded year (not after the date of asking).
 */
function resolveYears(query: Query, funded: readonly number[], today?: string): Query {
  const first = funded[0];
  const last = funded.at(-1);
  if (first === undefined || last === undefined) return query;
  const years = new Set(query.years);
  let span = query.span;
  const addRange = (from: number, to: number) => {
    for (let y = from; y <= to && years.size < 50; y++) years.add(y);
    span = true;
  };
  if (query.since !== null && query.since <= last) addRange(query.since, last);
  if (query.before !== null && query.before > first) addRange(first, query.before - 1);
  if (query.latest && years.size === 0) {
    const asked = today ? Number(today.slice(0, 4)) : last;
    const latest = [...funded].reverse().find((y) => y <= asked);
    if (latest !== undefined) years.add(latest);
  }
  return { ...query, years: [...years].sort((a, b) => a - b), span };
}

function emptyQuery(text: string, language: Language): Query {
  return {
    text,
    language,
    cues: new Set(),
    years: [],
    span: false,
    since: null,
    before: null,
    latest: false,
    dates: [],
    months: [],
    amounts: [],
    threshold: null,
    questionMark: false,
    comparedYear: null,
    stems: [],
    topicWords: [],
    topics: [],
    unknown: [],
    orgs: [],
    people: [],
    names: [],
    budgetLine: null,
    offTopic: [],
    asked: "",
    coverage: { used: [], noise: [], unplaced: [] },
    ownStems: () => [],
    mentionsGms: false,
    docKinds: [],
    references: [],
    foreign: [],
    excluded: { words: [], cues: [], orgs: [], stems: [], topics: [] },
  };
}

function finish(
  question: string,
  language: Language,
  draft: Draft,
  citations: Answer["citations"],
  docs: ReadonlyMap<string, SourceDocument>,
): Answer {
  // Built field by field in the contract's order; the types hold the shape, and the tests check every
  // answer against AnswerSchema, so a per-answer zod pass would only cost time on large answers.
  const { answered, intent, text, figures } = draft;
  const blocks = buildBlocks(text, citations, docs, draft.blocks);
  return { question, answered, intent, language, text, figures, citations, blocks };
}
