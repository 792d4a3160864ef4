import type { ConversationState } from "./conversation.js";
import type { Cue } from "./intent-words.js";
import type { Query } from "./query.js";

/** The kinds of answer the bot can compose. */
export type Intent =
  | "help"
  | "greeting"
  | "sources"
  | "payer"
  | "distributor"
  | "recipient"
  | "deadline"
  | "minister"
  | "decision"
  | "about-gms"
  | "members"
  | "breakdown"
  | "purpose"
  | "total"
  | "amount"
  | "passage"
  | "thanks"
  | "change"
  | "out-of-scope";

// Cues that name what kind of answer is wanted, in priority order (first match wins).
const ORDER: ReadonlyArray<[Cue, Intent]> = [
  ["help", "help"],
  ["sources", "sources"],
  ["payer", "payer"],
  ["distributor", "distributor"],
  ["recipient", "recipient"],
  ["deadline", "deadline"],
  ["minister", "minister"],
  ["members", "members"],
  ["about", "about-gms"],
  ["breakdown", "breakdown"],
];

/** Chooses the intent from the question's cues and contents; null when nothing in it points anywhere. */
export function chooseIntent(q: Query, topical: boolean): Intent | null {
  // "vad säger dokumenten om X" names the documents but asks about X.
  if (q.cues.has("says")) return q.mentionsGms && !topical ? "about-gms" : "passage";
  for (const [cue, intent] of ORDER) if (q.cues.has(cue)) return intent;
  if (q.cues.has("change") && q.years.length >= 2 && !topical) return "change";
  // "Who is Lena Hallengren?", "vad är precisionsmedicin?": what the documents say about it.
  const asksMoney =
    q.cues.has("amount") || q.cues.has("total") || q.amounts.length > 0 || q.years.length > 0;
  const named = q.stems.length > 0 || q.topics.length > 0;
  if ((q.cues.has("whoIs") || q.cues.has("whatIs")) && !asksMoney && named) return "passage";
  if (q.amounts.length > 0 && (q.cues.has("purpose") || !topical)) return "purpose";
  const moneyish = q.cues.has("amount") || q.cues.has("total") || q.cues.has("ownWork");
  if (q.cues.has("decision") && !moneyish) return "decision";
  // "barncancer totalt" sums a topic; "totalt" alone sums GMS's grants.
  if ((q.cues.has("total") || q.cues.has("perYear") || q.span) && !topical) return "total";
  if (moneyish || topical || q.years.length > 0 || q.mentionsGms) return "amount";
  if (q.cues.has("greeting")) return "greeting";
  if (q.cues.has("thanks")) return "thanks";
  return null;
}

/** A follow-up ("och 2024?", "what about lung cancer?") borrows what it leaves out from the previous question. */
export function isFollowUp(
  q: Query,
  intent: Intent | null,
  previous: ConversationState | undefined,
): boolean {
  if (!previous) return false;
  if (q.cues.has("followUp")) return true;
  // "2024?" leans on what came before; "barn cancer 2021" is a question of its own.
  const ownTopic = q.stems.length > 0 || q.topics.length > 0 || q.unknown.length > 0;
  const wordCount = q.text.split(/\s+/).length;
  return (
    (intent === null || intent === "amount") && wordCount <= 4 && !q.cues.has("amount") && !ownTopic
  );
}

const PRONOUN = /\b(?:det|den|dem|dessa|detta|it|that|them|those|this)\b/i;

/** A question with a pronoun and nothing of its own to ask about points back at the conversation. */
export function refersBack(q: Query): boolean {
  const own =
    q.stems.length > 0 ||
    q.topics.length > 0 ||
    q.unknown.length > 0 ||
    q.amounts.length > 0 ||
    q.years.length > 0;
  return !own && PRONOUN.test(q.text);
}

export function mergeFollowUp(q: Query, previous: ConversationState): Query {
  const topical = q.stems.length > 0 || q.topics.length > 0 || q.unknown.length > 0;
  return {
    ...q,
    years: q.years.length > 0 ? q.years : previous.years,
    span: q.years.length > 0 ? q.span : previous.years.length > 1,
    stems: topical ? q.stems : previous.stems,
    topics: topical ? q.topics : previous.topics,
    unknown: topical ? q.unknown : [],
    mentionsGms: q.mentionsGms || (!topical && previous.mentionsGms),
    amounts:
      q.amounts.length > 0 || topical
        ? q.amounts
        : previous.amounts.map((valueSek) => ({
            start: 0,
            end: 0,
            text: "",
            valueSek,
            qualifier: null,
          })),
  };
}
