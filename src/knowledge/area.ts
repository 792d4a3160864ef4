import { parseNumberWord } from "./number-words.js";
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

/** Phrases (words or stems) by their first word, each with its owner's index: a text's words find the few to compare. */
export type PhraseIndex = ReadonlyMap<
  string,
  readonly { owner: number; phrase: readonly string[] }[]
>;

export function indexPhrases(owners: readonly (readonly (readonly string[])[])[]): PhraseIndex {
  const index = new Map<string, { owner: number; phrase: readonly string[] }[]>();
  owners.forEach((phrases, owner) => {
    for (const phrase of phrases) {
      const head = phrase[0];
      if (head === undefined) continue;
      const list = index.get(head) ?? [];
      list.push({ owner, phrase });
      index.set(head, list);
    }
  });
  return index;
}

/** Per owner (of `owners`), whether `containsPhrase(text, p)` holds for one of its phrases: one pass over the text. */
export function ownersIn(text: readonly string[], index: PhraseIndex, owners: number): boolean[] {
  const found = new Array<boolean>(owners).fill(false);
  for (let i = 0; i < text.length; i++) {
    const list = index.get(text[i] as string);
    if (list === undefined) continue;
    for (const { owner, phrase } of list)
      if (!found[owner] && phraseAt(text, i, phrase)) found[owner] = true;
  }
  return found;
}

/** Whether `phrase` stands in `text` from word `i` on. */
function phraseAt(text: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > text.length) return false;
  for (let j = 0; j < phrase.length; j++) if (text[i + j] !== phrase[j]) return false;
  return true;
}

/** The topics of one kind, in order, and their phrases by first stem. */
function topicsOfKind(kind: "condition" | "method"): { keys: string[]; index: PhraseIndex } {
  const topics = TOPICS.filter((t) => t.kind === kind);
  return {
    keys: topics.map((t) => t.key),
    // An English document names the same areas: its amounts get the Swedish key the questions use.
    index: indexPhrases(topics.map((t) => [...t.svPhrases, ...t.enPhrases].map(phraseStems))),
  };
}

const CONDITIONS = topicsOfKind("condition");
const METHODS = topicsOfKind("method");

/**
 * The first topic of the kind (in the list's order) one of whose phrases the stems hold; `SEVERAL_AREAS` when they
 * name more than one ("data sharing, pharmacogenomics and national coordination"): money for several areas together
 * is none of theirs alone, so no one area's sum takes it.
 */
function knownTopic(stems: readonly string[], kind: "condition" | "method"): string | null {
  const { keys, index } = kind === "condition" ? CONDITIONS : METHODS;
  const found = ownersIn(stems, index, keys.length);
  const first = found.indexOf(true);
  if (first < 0) return null;
  return found.indexOf(true, first + 1) < 0 ? (keys[first] ?? null) : SEVERAL_AREAS;
}

/** The area of money told for several known areas together. */
export const SEVERAL_AREAS = "flera områden";

/** A condition the topic list doesn't know, in the document's words: "prostatacancer", "akuta leukemier". */
function namedCondition(list: readonly string[]): string | null {
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

// "cancer diagnostics, including childhood cancer, solid tumours and acute leukaemia": what follows names examples
// inside the area told before the comma, never the area itself.
const INCLUDING = /,\s+(?:including|inklusive|däribland|such\s+as)\s/iu;

/** The normalised area of a purpose: a known condition, another named condition, a known method, else its first specific words. */
export function describeArea(purpose: string): string {
  const cut = INCLUDING.exec(purpose);
  const head = cut ? purpose.slice(0, cut.index) : "";
  return describeWords(
    head.trim() !== "" && words(head).some((w) => isContentWord(w.word)) ? head : purpose,
  );
}

function describeWords(purpose: string): string {
  // The words read once: the stems are theirs (`phraseStems`).
  const list = words(purpose).map((w) => w.word);
  const stems = list.map(stem);
  const area =
    knownTopic(stems, "condition") ?? namedCondition(list) ?? knownTopic(stems, "method");
  if (area) return area;
  // "Regeringen beviljar ytterligare sex miljoner kronor": the amount's own number word names no area.
  const specific = list.filter(
    (w) => isContentWord(w) && !GENERIC.has(stem(w)) && parseNumberWord(w) === null,
  );
  return specific.slice(0, 2).join(" ");
}

const TOPIC_KEYS = new Set(TOPICS.map((t) => t.key));

/** A known area's own words as stems: an English document's amount is found by the Swedish question words too. */
export function areaTerms(area: string): string[] {
  return TOPIC_KEYS.has(area) ? contentStems(area) : [];
}
