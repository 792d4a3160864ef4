import { CONDITION_HEADS, GENERIC_CONDITION_HEADS, TOPICS } from "./topics.js";
import { contentStems, isContentWord, stem, words } from "./words.js";

// Words that say how money is used, not what it is for; an area is named by what remains.
const GENERIC = new Set(
  contentStems(
    `pilot piloter pilotprojekt pilotstudier projekt projektet arbete arbetet fortsatt fortsatta fortsätta
    implementering implementera nationell nationella klinisk kliniska praxis genomföra genomförande
    utveckling vidareutveckling uppskalning pågående etablera arbetssätt användning effektiv internationell
    inom ramen insatser del år åren gms genomic medicine sweden införa rutin`,
  ),
);

/** Stems of every word, stop words kept: "tiden till diagnos" must not read as "tidig diagnos". */
export function phraseStems(text: string): string[] {
  return words(text).map((w) => stem(w.word));
}

/** Whether `phrase` occurs in `text` as consecutive words (each compared by stem). */
export function containsPhrase(textStems: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= textStems.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (textStems[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

const TOPIC_STEMS = TOPICS.map((t) => ({
  key: t.key,
  kind: t.kind,
  // An English document names the same areas: its amounts get the Swedish key the questions use.
  phrases: [...t.svPhrases, ...t.enPhrases].map(phraseStems),
}));

function knownTopic(stems: string[], kind: "condition" | "method"): string | null {
  const topic = TOPIC_STEMS.find(
    (t) => t.kind === kind && t.phrases.some((p) => containsPhrase(stems, p)),
  );
  return topic?.key ?? null;
}

/** A condition the topic list doesn't know, in the document's words: "prostatacancer", "akuta leukemier". */
function namedCondition(purpose: string): string | null {
  const list = words(purpose).map((w) => w.word);
  for (let i = 0; i < list.length; i++) {
    const w = list[i] ?? "";
    if (!CONDITION_HEADS.some((h) => w === h || (w.endsWith(h) && w.length > h.length + 2)))
      continue;
    const previous = list[i - 1] ?? "";
    // Keep an adjective before it ("akuta leukemier", "sällsynta sjukdomar"); a bare "cancer" names nothing.
    const adjective =
      /[ae]$/.test(previous) && isContentWord(previous) && !GENERIC.has(stem(previous));
    if (adjective) return `${previous} ${w}`;
    if (!GENERIC_CONDITION_HEADS.has(w)) return w;
  }
  return null;
}

/** The normalised area of a purpose: a known condition, another named condition, a known method, else its first specific words. */
export function describeArea(purpose: string): string {
  const stems = phraseStems(purpose);
  const area =
    knownTopic(stems, "condition") ?? namedCondition(purpose) ?? knownTopic(stems, "method");
  if (area) return area;
  const specific = words(purpose)
    .map((w) => w.word)
    .filter((w) => isContentWord(w) && !GENERIC.has(stem(w)));
  return specific.slice(0, 2).join(" ");
}

const TOPIC_KEYS = new Set(TOPICS.map((t) => t.key));

/** A known area's own words as stems: an English document's amount is found by the Swedish question words too. */
export function areaTerms(area: string): string[] {
  return TOPIC_KEYS.has(area) ? contentStems(area) : [];
}
