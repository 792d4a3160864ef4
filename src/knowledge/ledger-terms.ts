// What the ledger reads of each telling (its sentence, recipient, the heading above it, its purpose): the
// content stems and known areas that "about the same thing" compares. Each text is read once per load, however
// many tellings share it, and may be read ahead (`readTellings`) while another thread still reads documents.
import { amountsOf } from "./amounts.js";
import { areaTerms, describeArea } from "./area.js";
import type { RawFact } from "./facts.js";
import { cacheByKey, cacheByPair } from "./key-cache.js";
import { englishTopicsOf, topicsOf } from "./merge-rules.js";
import type { Segment } from "./segments.js";
import { readingOf } from "./sentence-readings.js";
import { asString, wordEnd, wordStart } from "./word-chars.js";
import { contentStems, words } from "./words.js";

const CACHE_MAX = 50_000;

// A word ending in a hyphen ("bröst-") borrows the end of a word after it, maybe from the next text.
const OPEN_HYPHEN = /-(?![\p{L}\p{N}])/u;

interface TextStems {
  /** Each stem once, in the order the text first names it. */
  stems: readonly string[];
  /** Holds a word ending in a hyphen: read together with the texts after it, and the corpus's words. */
  open: boolean;
}

const NO_STEMS: readonly string[] = [];

// Without an open hyphen a text's stems ask nothing of the corpus's words: they are the text's own.
const textStems = cacheByKey((text): TextStems => {
  const open = text.includes("-") && OPEN_HYPHEN.test(text);
  return { stems: open ? NO_STEMS : withSwedishAreas(text, ownStems(text)), open };
}, CACHE_MAX);

/**
 * "… genomic surveillance of infectious diseases and antibiotic resistance": a known area named in English also
 * gives the stems of its Swedish name, so an English telling is found by the words a Swedish one would be.
 */
function withSwedishAreas(text: string, stems: readonly string[]): readonly string[] {
  const swedish = swedishAreaStems(text);
  return swedish.length === 0 ? stems : [...new Set([...stems, ...swedish])];
}

/** The stems of the Swedish names of the known areas an English text names ("antibiotic resistance"). */
export function swedishAreaStems(text: string): string[] {
  const out: string[] = [];
  // Every area the merge tables know ("antibiotikaresistens"), not only the question topics.
  for (const key of englishTopicsOf(text)) out.push(...contentStems(key));
  for (const w of englishNounsOf(text)) out.push(...contentStems(w));
  return out;
}

// What English funding prose sets money aside for, by the Swedish word a Swedish telling would use ("a new clinic
// for hereditary heart disease": "mottagning"), so a Swedish question finds it ("hjärtmottagningen"). Data, one a line.
const ENGLISH_NOUNS = `
mottagning   | clinic, clinics, outpatient clinic
laboratorium | laboratory, laboratories
`;
const NOUNS = new Map<string, string>();
for (const line of ENGLISH_NOUNS.trim().split("\n")) {
  const [sv = "", en = ""] = line.split("|").map((x) => x.trim());
  for (const w of en.split(",")) for (const part of w.trim().split(/\s+/)) NOUNS.set(part, sv);
}
const NOUN_HINT = /clinic|laborator/i;

/** The Swedish words for the English nouns of `ENGLISH_NOUNS` a text names. */
export function englishNounsOf(text: string): string[] {
  if (!NOUN_HINT.test(text)) return [];
  const out = new Set<string>();
  for (const { word } of words(text)) {
    const sv = NOUNS.get(word);
    if (sv) out.add(sv);
  }
  return [...out];
}

// Without an open hyphen no word borrows from the next: a text's stems are its words' own, and the corpus
// repeats its words, so each word's stems are read once per load.
const wordStems = cacheByKey((word) => contentStems(word), CACHE_MAX);

// The one letter whose lower case is two characters ("İ" → "i̇"): its word does not read the same again.
const LONGER_LOWER = "\u0130";

/** `contentStems(text)` of a text without an open hyphen, each stem once, in order. */
function ownStems(input: string): readonly string[] {
  // Its length and units read directly, whatever kinds of string came before (`asString`).
  const text = asString(input);
  if (text.includes(LONGER_LOWER)) return unique(contentStems(text));
  // The words as `words(text)` reads them, found in place: no record is made per word.
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes("Σ")) return stemsOfWords(text);
  const stems = new Set<string>();
  const length = text.length;
  for (let at = wordStart(text, 0); at < length; ) {
    const end = at < 0 ? -1 : wordEnd(text, at);
    // An astral character: `words` reads the text by its regex.
    if (end < 0) return stemsOfWords(text);
    for (const s of wordStems(lower.slice(at, end))) stems.add(s);
    at = wordStart(text, end);
  }
  return [...stems];
}

function stemsOfWords(text: string): readonly string[] {
  const stems = new Set<string>();
  for (const { word } of words(text)) for (const s of wordStems(word)) stems.add(s);
  return [...stems];
}

/** Whether every stem of `part` is in `whole` (a telling's few stems, looked for in its sentence's). */
function within(part: readonly string[], whole: readonly string[]): boolean {
  for (const s of part) if (!whole.includes(s)) return false;
  return true;
}

/** Each once, in order. */
function unique(stems: string[]): readonly string[] {
  return [...new Set(stems)];
}

const NO_TOPICS: ReadonlySet<string> = new Set();
const topicsOfText = cacheByKey(topicsOf, CACHE_MAX);
// Looked up by purpose and recipient apart: no joined key is made per telling.
const topicsOfTelling = cacheByPair(
  (purpose, recipient) => topicsOf(`${purpose} ${recipient}`),
  CACHE_MAX,
);

/** The known areas a telling's purpose (and recipient) names; a whole sentence names its other amounts' too. */
export function tellingTopics(f: RawFact): ReadonlySet<string> {
  return f.purposeIsSentence ? NO_TOPICS : topicsOfTelling(f.purpose, f.recipient ?? "");
}

/**
 * The area a purpose names (many amounts of one sentence share it): an English purpose naming one known area
 * ("acute leukaemia") has that area's Swedish name, as the Swedish telling would.
 */
export const areaOf: (purpose: string) => string = cacheByKey((purpose) => {
  const described = describeArea(purpose);
  if (areaTerms(described).length > 0) return described;
  const named = englishTopicsOf(purpose);
  return named.size === 1 && topicsOfText(purpose).size === 1
    ? ([...named][0] as string)
    : described;
}, CACHE_MAX);

/** Reads ahead what joining these facts will ask of their texts (the answers are kept for the load). */
export function readTellings(facts: readonly (readonly RawFact[])[]): void {
  for (const f of facts.flat()) {
    textStems(f.segment.text);
    textStems(f.recipient ?? "");
    textStems(f.toldAbove ?? "");
    tellingTopics(f);
    areaOf(f.purpose);
  }
}

// Sentences whose stems another thread read (`sentenceStems` there, `rememberStems` here).
const sentStems = new WeakMap<Segment, readonly string[]>();

/** A sentence's own stems, or null when an open hyphen makes them depend on what follows it. */
export function sentenceStems(segment: Segment): readonly string[] | null {
  const read = textStems(segment.text);
  return read.open ? null : read.stems;
}

/** Keeps the stems another thread read of a sentence (a copy of its segment), so they are not read again. */
export function rememberStems(segment: Segment, stems: readonly string[]): void {
  sentStems.set(segment, stems);
}

/** Where in its sentence the amount after the telling's own begins (-1 when none follows). */
function nextAmountAt(f: RawFact): number {
  const own = f.amount.start - f.segment.start;
  for (const a of amountsOf(readingOf(f.segment.text))) if (a.start > own) return a.start;
  return -1;
}

/** The purpose stands outside the telling's sentence (read from the next one). */
function toldElsewhere(f: RawFact): boolean {
  return !f.purposeIsSentence && Boolean(f.purpose) && !f.segment.text.includes(f.purpose);
}

/** The stems of one document's tellings, each telling's list made once. */
export class TellingTerms {
  private readonly ofTelling = new Map<string, readonly string[]>();

  /** `isWord`: the corpus's words, which expand "bröst- och äggstockscancer" to both cancers. */
  constructor(private readonly isWord: (w: string) => boolean) {}

  /** Tellings of another document come next (one document's are keyed by sentence and recipient). */
  nextDocument(): void {
    this.ofTelling.clear();
  }

  /** Each stem of the telling once: its sentence's own list when recipient and heading add none. */
  of(f: RawFact): readonly string[] {
    // "Förra året fick GMS 80 miljoner kronor, och därtill 9 miljoner kronor för arbetet med antibiotikaresistens":
    // money retold beside other money names only what is told before the next amount, never that amount's area.
    const cut = f.role.role === "comparison" ? nextAmountAt(f) : -1;
    if (cut >= 0) {
      const key = `${f.segment.start}\u0000${f.amount.start}\u0000${f.recipient ?? ""}`;
      let terms = this.ofTelling.get(key);
      if (!terms) {
        const text = f.segment.text.slice(0, cut);
        terms = unique(
          contentStems(`${text} ${f.recipient ?? ""} ${f.toldAbove ?? ""}`, this.isWord),
        );
        this.ofTelling.set(key, terms);
      }
      return terms;
    }
    const sent = sentStems.get(f.segment);
    const sentence = sent ? { stems: sent, open: false } : textStems(f.segment.text);
    // A purpose the next sentence told ("Medlen avser arbete med …") is part of what the telling says.
    const named = `${f.recipient ?? ""}${toldElsewhere(f) ? ` ${f.purpose}` : ""}`;
    const recipient = textStems(named);
    const above = textStems(f.toldAbove ?? "");
    // The sentence's own list when recipient and heading add no stem to it: most recipients are named in it.
    const closed = !sentence.open && !recipient.open && !above.open;
    if (closed && within(recipient.stems, sentence.stems) && within(above.stems, sentence.stems))
      return sentence.stems;
    const key = `${f.segment.start}\u0000${named}`;
    let terms = this.ofTelling.get(key);
    if (!terms) {
      terms = this.read(f.segment, named, f.toldAbove ?? "", [sentence, recipient, above]);
      this.ofTelling.set(key, terms);
    }
    return terms;
  }

  /** The stems of the three texts read as one (the same as each read alone unless one has an open hyphen). */
  private read(
    segment: Segment,
    recipient: string,
    above: string,
    parts: readonly TextStems[],
  ): readonly string[] {
    if (parts.some((p) => p.open))
      return unique(contentStems(`${segment.text} ${recipient} ${above}`, this.isWord));
    const stems = new Set<string>();
    for (const p of parts) for (const s of p.stems) stems.add(s);
    return [...stems];
  }
}
