import {
  type AmountMatch,
  CONDITION_HEADS,
  compoundHead,
  containsPhrase,
  expandCoordination,
  findAmounts,
  findDates,
  GENERIC_CONDITION_HEADS,
  isContentWord,
  phraseStems,
  stem,
  TOPICS,
  words,
} from "../knowledge/index.js";
import type { Language } from "./answer.js";
import { translateToSwedish } from "./glossary.js";
import { type Cue, findCues } from "./intent-words.js";
import { detectLanguage } from "./language.js";
import type { Vocabulary } from "./vocabulary.js";

/** What a question asks, read deterministically from its words. */
export interface Query {
  text: string;
  language: Language;
  cues: Set<Cue>;
  years: number[];
  /** The question named a span of years ("2021–2023"). */
  span: boolean;
  /** "sedan 2022": from this year on, up to the last year the documents fund. */
  since: number | null;
  amounts: AmountMatch[];
  /** Topic stems in the documents' Swedish (translated, corrected, compounds joined). */
  stems: string[];
  /** Known topic keys the question names. */
  topics: string[];
  /** Conditions the documents never mention ("prostatacancer", "diabetes"), as the asker wrote them. */
  unknown: string[];
  /**
   * The asker's own (untranslated) words that the documents use: a second try for English documents,
   * read only when that try is needed.
   */
  ownStems: () => string[];
  mentionsGms: boolean;
}

const YEAR_WITH_UNIT =
  /^\s*((?:19|20)\d\d)\s*(?:mnkr|mkr|msek|tkr|kr|sek|kronor|miljoner|milj|mn|m)\.?\s*$/i;
const GMS_WORD = /^(?:gms|genomic|medicine|medicin|sweden)$/;
// Words of the question itself ("how much", "deadline"): they choose the intent, never the topic.
const QUESTION_WORDS = new Set(
  `mkt mycke hur vad vem vilka när varför gick fick går tell show list give me please tack snälla
  deadline deadlines senast minister ministern ministers beslut beslutade decided decision decisions
  sources källor källa documents dokument help hjälp total totalt sammanlagt breakdown fördelning
  fördelades split parts delar purpose syfte who what which when why where received receive got get
  gets allocated spent went goes pays paid payer distributes distributed fördelar betalar ut
  report redovisning rekvisition requisition repay återbetalas members medlemmar ingår deltar
  about berätta om myndighet agency redovisa redovisas redovisat rapportera rapporteras återbetala återbetalas rekvireras betalas lämnas lämna lämnats ges ske sker skickas inkomma komma due frame ram budgetram line säger säga says say står stated written dokumenten källorna documents kr sek msek mnkr mkr tkr million miljoner year år åren years in`.split(
    /\s+/,
  ),
);

export function parseQuestion(text: string, vocabulary: Vocabulary, hint?: Language): Query {
  const swedish = translateToSwedish(text);
  const dates = findDates(swedish);
  const years = new Set<number>();
  for (const d of dates) for (let y = d.year; y <= d.endYear && years.size < 50; y++) years.add(y);
  // "lungcancer 2022 mnkr": a year followed by a unit is the year, asked in that unit.
  const amounts: AmountMatch[] = [];
  for (const a of findAmounts(text, { loose: true })) {
    const year = YEAR_WITH_UNIT.exec(a.text)?.[1];
    if (year) years.add(Number(year));
    else amounts.push(a);
  }
  const lower = `${text.toLowerCase()} ${swedish.toLowerCase()}`;
  return {
    text,
    language: detectLanguage(text, hint),
    // One pass over both wordings; the newline keeps a cue from spanning them.
    cues: findCues(`${text}\n${swedish}`.toLowerCase()),
    years: [...years].sort((a, b) => a - b),
    span: dates.some((d) => d.kind === "span"),
    since: dates.find((d) => d.cue === "since")?.year ?? null,
    amounts,
    ...topicWords(swedish, dates, vocabulary),
    ownStems: once(() =>
      swedish === text ? [] : topicWords(text, findDates(text), vocabulary).stems,
    ),
    mentionsGms: /\bgms\b|genomic medicin/.test(lower),
  };
}

/**
 * The question's topic as document stems. A word the documents don't know is noise ("pls", "euro",
 * "overview") unless it names a condition ("prostatacancer", "diabetes"): then the documents simply
 * don't cover what was asked, and the answer must say so.
 */
function topicWords(
  swedish: string,
  dates: ReturnType<typeof findDates>,
  vocabulary: Vocabulary,
): Pick<Query, "stems" | "topics" | "unknown"> {
  const blocked = [...dates, ...findAmounts(swedish, { loose: true })];
  const tokens = words(swedish)
    .filter((t) => !blocked.some((b) => t.start < b.end && t.end > b.start))
    .map((t) => t.word);
  // How the asker wrote a joined compound, for saying it back: "neuromuscular diseases", not a made-up word.
  const spelled = new Map<string, string>();
  const joined = joinSplitCompounds(tokens, vocabulary, spelled);
  const expanded = expandCoordination(joined, (w) => vocabulary.has(w));
  const stems = new Set<string>();
  const unknown = new Set<string>();
  for (const token of expanded) {
    for (const part of token.split(/[-–]/)) {
      if (!isContentWord(part) || QUESTION_WORDS.has(part) || GMS_WORD.test(part)) continue;
      const known = vocabulary.correct(part);
      if (known !== null || knownParts(part, vocabulary)) stems.add(stem(known ?? part));
      else if (namesCondition(part)) unknown.add(spelled.get(part) ?? part);
    }
  }
  const topics = namedTopics(swedish, stems);
  return { stems: [...stems], topics, unknown: [...unknown] };
}

/** "huvudcancer" from "huvud- och halscancer": a compound of two words the documents use. */
function knownParts(word: string, vocabulary: Vocabulary): boolean {
  const head = compoundHead(word, (w) => vocabulary.has(w));
  if (!head) return false;
  const mod = word.slice(0, word.length - head.length);
  return vocabulary.has(mod) || (mod.endsWith("s") && vocabulary.has(mod.slice(0, -1)));
}

function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** "prostatacancer", "akuta leukemier", "diabetes": a condition, named or compounded. */
function namesCondition(word: string): boolean {
  return CONDITION_HEADS.some(
    (h) =>
      (word.endsWith(h) && word.length > h.length + 2) ||
      (word === h && !GENERIC_CONDITION_HEADS.has(h)),
  );
}

/** "barn cancer" → "barncancer" when the documents know the joined word. */
function joinSplitCompounds(
  tokens: string[],
  vocabulary: Vocabulary,
  spelled: Map<string, string> = new Map(),
): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] ?? "";
    const b = tokens[i + 1];
    // "prostata cancer" is joined even when unknown, so that it is recognised as a condition.
    const joinable =
      vocabulary.has(a + b) || (CONDITION_HEADS.includes(b ?? "") && !vocabulary.has(a));
    if (b && isContentWord(a) && isContentWord(b) && !a.endsWith("-") && joinable) {
      out.push(a + b);
      spelled.set(a + b, `${a} ${b}`);
      i += 1;
    } else out.push(a);
  }
  return out;
}

const TOPIC_STEMS = TOPICS.map((t) => ({
  key: t.key,
  phrases: t.svPhrases.map(phraseStems),
}));

/** Topics named as phrases in the question, or as one word once split compounds are joined ("barn cancer"). */
function namedTopics(swedish: string, topicStems: Set<string>): string[] {
  const stems = phraseStems(swedish);
  return TOPIC_STEMS.filter((t) =>
    t.phrases.some(
      (p) => containsPhrase(stems, p) || (p.length === 1 && topicStems.has(p[0] ?? "")),
    ),
  ).map((t) => t.key);
}

/** The asker's own topic words, as written: "prostate cancer" from "How much went to prostate cancer?". */
export function askedWords(text: string): string {
  const kept = words(text)
    .map((w) => w.word)
    .filter(
      (w) => isContentWord(w) && !QUESTION_WORDS.has(w) && !GMS_WORD.test(w) && !/\d/.test(w),
    );
  return [...new Set(kept)].join(" ");
}
