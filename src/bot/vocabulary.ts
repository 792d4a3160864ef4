import {
  cacheByKey,
  englishNounsOf,
  englishTopicsOf,
  type Knowledge,
  projectNamesOf,
  stem,
  twoLetterAcronyms,
  words,
} from "../knowledge/index.js";
import { compoundModifiers } from "./compound-modifiers.js";
import { conditionCompounds } from "./condition-compounds.js";
import { allowedEdits, editDistance, letterMask, mayBeWithin } from "./edit-distance.js";
import { createProperNames } from "./proper-names.js";

/** The words the documents use: for spelling correction and for joining split compounds. */
export interface Vocabulary {
  has(word: string): boolean;
  /** The closest known word within a small edit distance, or null. */
  correct(word: string): string | null;
  /** A project name the documents write ("share-gen" for SHARE-GEN), in lower case. */
  isName?(word: string): boolean;
  /** "lena ström": a person the documents name, as they write the name; null when none is. */
  person?(lowerCaseName: string): string | null;
  /** "s2026/01867": a reference number the documents are filed under, as they write it; null when none is. */
  reference?(lowerCaseNumber: string): string | null;
  /** "hjärt": the first part of compounds the documents write ("hjärtsjukdom"), never written alone. */
  isModifier?(part: string): boolean;
  /** The word or another form of it ("mottagningen" for "mottagning") is written; no spelling is corrected. */
  knows?(word: string): boolean;
  /** "nordigen": a word the documents write only as a name, as they write it ("Nordigen"); else null. */
  properName?(word: string): string | null;
}

const CORRECTION_CACHE_MAX = 10_000;
// Two capitals standing alone or before a hyphen or colon ("AI-based", "EU:s", "KI"), not inside a longer word.

export function createVocabulary(knowledge: Knowledge, extra: Iterable<string> = []): Vocabulary {
  const counts = new Map<string, number>(knowledge.wordCounts);
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const phrase of extra) for (const w of words(phrase)) add(w.word);
  // An English title's known area ("antibiotic resistance") is a word of the documents in Swedish too.
  for (const d of knowledge.documents)
    for (const key of englishTopicsOf(d.title)) for (const w of words(key)) add(w.word);
  // "AI-based tools", "EU:s": a two-letter acronym the documents write in capitals is a word of theirs (words
  // are otherwise counted from three letters on).
  for (const acronym of twoLetterAcronyms(knowledge.documents)) add(acronym);
  // A known area an English purpose names ("acute leukaemia" → "akuta leukemier") is a word of the documents in
  // Swedish too, so a misspelt Swedish name of it ("leukemeir") is put right.
  const areas = new Set<string>();
  for (const e of knowledge.ledger.entries) {
    if (e.area !== "") areas.add(e.area);
    // "a new clinic for …": "mottagning", the word a Swedish question asks it by.
    for (const sv of englishNounsOf(e.purpose)) areas.add(sv);
  }
  for (const area of areas) for (const w of words(area)) if (!counts.has(w.word)) add(w.word);
  // Built at the first word the documents don't write as asked: a one-shot `ask` often needs neither.
  let byLength: Map<number, Known[]> | null = null;
  let known: Set<string> | null = null;
  const knownStems = () => {
    known ??= new Set([...counts.keys()].map(stem));
    return known;
  };
  let modifiers: Set<string> | null = null;
  const knows = (w: string) =>
    counts.has(w) || knownStems().has(stem(w)) || hasKnownBase(w, counts);
  const nearestKnown = cacheByKey((word) => {
    byLength ??= byLengthOf(counts);
    return nearest(word, byLength, counts);
  }, CORRECTION_CACHE_MAX);
  // "njure", "prostata": the organ a known condition compound names ("njurcancer").
  const isOrgan = (s: string) => conditionCompounds(s, (c) => knownStems().has(c)).length > 0;
  // Read at start-up with the rest of the vocabulary, not on the first question that holds a hyphen.
  const names = projectNamesOf(knowledge.documents);
  const people = new Map(knowledge.statements.people.map((p) => [p.name.toLowerCase(), p.name]));
  const surnames = surnamesOf(people);
  // "maja ornberg", "lofgren": a name typed without its å, ä, ö still names the person.
  const folded = new Map([...people].map(([lower, name]) => [foldMarks(lower), name]));
  const foldedSurnames = new Map([...surnames].map(([lower, name]) => [foldMarks(lower), name]));
  const references = new Map(
    knowledge.statements.references.map((r) => [r.number.text.toLowerCase(), r.number.text]),
  );
  return {
    has: (w) => counts.has(w),
    // "share-gens budget": a Swedish genitive -s on a project's name still names it.
    isName: (w) => names.has(w) || (w.endsWith("s") && names.has(w.slice(0, -1))),
    knows,
    properName: createProperNames(knowledge, counts),
    isModifier: (m) => {
      modifiers ??= compoundModifiers(counts.keys(), knows);
      return modifiers.has(m);
    },
    reference: (n) => references.get(n) ?? null,
    person: (name) =>
      people.get(name) ??
      surnames.get(name) ??
      folded.get(foldMarks(name)) ??
      foldedSurnames.get(foldMarks(name)) ??
      null,
    correct: (word) => {
      if (counts.has(word)) return word;
      const s = stem(word);
      if (knownStems().has(s) || isOrgan(s) || hasKnownBase(word, counts)) return word;
      return nearestKnown(word);
    },
  };
}

// Swedish definite and plural endings the stemmer leaves on short words ("talet", "målen"): the bare word
// written in the documents makes the word known, never a typo of a longer one ("talet" is not "taget").
const ENDINGS = ["erna", "arna", "orna", "ena", "na", "et", "en"];
const BASE_MIN_CHARS = 3;

function hasKnownBase(word: string, counts: ReadonlyMap<string, number>): boolean {
  return ENDINGS.some(
    (e) =>
      word.endsWith(e) &&
      word.length - e.length >= BASE_MIN_CHARS &&
      counts.has(word.slice(0, -e.length)),
  );
}

/** The letters without their marks: "örnberg" → "ornberg". */
function foldMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

// "Örnberg": a surname alone names the one person of that name; a short one ("Ek") could be a word.
const SURNAME_MIN_CHARS = 4;

/** Each surname that belongs to one person only, lower case, with the name as the documents write it. */
function surnamesOf(people: ReadonlyMap<string, string>): Map<string, string> {
  const byLast = new Map<string, Set<string>>();
  for (const [lower, name] of people) {
    const parts = lower.split(/\s+/);
    const last = parts.at(-1) ?? "";
    if (parts.length < 2 || last.length < SURNAME_MIN_CHARS) continue;
    byLast.set(last, (byLast.get(last) ?? new Set()).add(name));
  }
  const out = new Map<string, string>();
  for (const [last, names] of byLast) if (names.size === 1) out.set(last, [...names][0] as string);
  return out;
}

/** The known words by length, each with its letter mask, in sorted order (ties go to the first seen). */
function byLengthOf(counts: ReadonlyMap<string, number>): Map<number, Known[]> {
  const byLength = new Map<number, Known[]>();
  for (const w of [...counts.keys()].sort()) {
    const list = byLength.get(w.length) ?? [];
    list.push({ w, mask: letterMask(w) });
    byLength.set(w.length, list);
  }
  return byLength;
}

interface Known {
  w: string;
  /** Which letters the word holds (one bit per letter, folded to 32): see `letterMask`. */
  mask: number;
}

function nearest(
  word: string,
  byLength: Map<number, Known[]>,
  counts: Map<string, number>,
): string | null {
  const limit = allowedEdits(word.length);
  if (limit === 0 || word.length > 40) return null;
  const mask = letterMask(word);
  let best: { w: string; d: number; n: number } | null = null;
  for (let len = word.length - limit; len <= word.length + limit; len++) {
    for (const { w: cand, mask: other } of byLength.get(len) ?? []) {
      // A cheap lower bound first: most of the vocabulary is ruled out without the edit-distance table.
      if (!mayBeWithin(mask, other, limit)) continue;
      const d = editDistance(word, cand, limit);
      if (d > limit) continue;
      const n = counts.get(cand) ?? 0;
      if (!best || d < best.d || (d === best.d && n > best.n)) best = { w: cand, d, n };
    }
  }
  return best?.w ?? null;
}
