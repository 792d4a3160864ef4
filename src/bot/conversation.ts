import type { Language } from "./answer.js";
import type { AskedOrg } from "./query.js";
import type { Threshold } from "./threshold.js";

/** What a conversation has established so far: its subject, not only its last intent. */
export interface ConversationState {
  intent: string;
  /** Amounts the question named ("vad gick 14,5 miljoner till?"), for "när ska det redovisas?". */
  amounts: number[];
  /** The grant the last answer was about (its stated amount): "varför?", "how was that amount split?". */
  subject: number[];
  /** Every amount the last answer stated: "ingår de i gms-anslaget?" asks about all of them. */
  shown?: number[];
  years: number[];
  /** Months the question named ("the april decision"), for "who signed it?", "and the case number?". */
  months?: number[];
  /** The years of the turn before, while the subject stayed: "ökade det?" compares them with `years`. */
  earlierYears?: number[];
  /** Every year asked while the subject stayed ("datadelning 2026" → "och 2027?"): "summa?" adds them. */
  yearsSeen?: number[];
  /** The one year of the figures the answer showed, when no year was asked ("det året" asks it next). */
  shownYear?: number;
  /** The subject of the turn before when this turn named another ("varav sällsynta?" → "och datadelning?"):
   * "summa av dem?" adds up both. */
  earlierSubject?: { stems: string[]; topicWords: string[]; topics: string[] };
  stems: string[];
  topicWords: string[];
  topics: string[];
  orgs: AskedOrg[];
  mentionsGms: boolean;
  /** The bar a yes-or-no question set ("mer än 75 miljoner"): "och 2026?" asks it of another year. */
  threshold?: Threshold;
  /** The turn asked what someone said: "och Hallengren?" asks the same of another person. */
  said?: boolean;
  /** The turn asked what someone proposed: "and how much is that over three years?" asks of the proposal. */
  proposal?: boolean;
  /** The kinds of document the turn pointed to ("budgetproppen"): "och för 2029?" asks the same of them. */
  docKinds?: string[];
  /** The kind of money the turn asked for ("sos adm-tak 2026?" a cap): "och 2025?" asks the same kind. */
  kindCues?: string[];
  /** The language of the turn: a next question with no language of its own is answered in it. */
  language?: Language;
}

export interface ConversationStore {
  get(id: string): ConversationState | undefined;
  set(id: string, state: ConversationState): void;
  readonly size: number;
}

/** Bounded memory: least recently used conversations go first, and none outlives the TTL. */
export function createConversationStore(options: {
  max: number;
  ttlMs: number;
  now: () => number;
}): ConversationStore {
  const items = new Map<string, { state: ConversationState; at: number }>();
  return {
    get(id) {
      const item = items.get(id);
      if (!item) return undefined;
      items.delete(id);
      if (options.now() - item.at > options.ttlMs) return undefined;
      items.set(id, item);
      return item.state;
    },
    set(id, state) {
      items.delete(id);
      items.set(id, { state, at: options.now() });
      while (items.size > options.max) {
        const oldest = items.keys().next().value;
        if (oldest === undefined) break;
        items.delete(oldest);
      }
    },
    get size() {
      return items.size;
    },
  };
}
