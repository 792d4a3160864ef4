import { indexPhrases, ownersIn, phraseStems } from "./area.js";
import { testSource } from "./regex-trie.js";
import { TOPICS } from "./topics.js";
import { stem, words, wordsInPlace } from "./words.js";

// Areas the question topics don't list, as the documents name them: "Swedish | English, English". Data, one a line.
const MORE_AREAS = `
farmakogenomik | pharmacogenomics, pharmacogenetics
ärftlig hjärtsjukdom, ärftliga hjärtsjukdomar | inherited heart disease, hereditary heart disease
solida tumörer | solid tumours, solid tumors
antibiotikaresistens | antibiotic resistance, antimicrobial resistance
infektionssjukdomar | infectious diseases
akuta leukemier, akut leukemi | acute leukaemia, acute leukemia, acute leukaemias
prostatacancer | prostate cancer
tjocktarmscancer | colorectal cancer, colon cancer
bioinformatik | bioinformatics
utbildning | training, education
hälsoekonomi | health economics, health economic, health-economic
barncancer | children diagnosed with cancer, child diagnosed with cancer
`;

const AREAS = [
  ...TOPICS.map((t) => ({ key: t.key, sv: t.svPhrases, en: t.enPhrases })),
  ...MORE_AREAS.trim()
    .split("\n")
    .map((line) => line.split("|").map((side) => side.split(",").map((p) => p.trim())))
    .map(([sv = [], en = []]) => ({ key: sv[0] ?? "", sv, en })),
];

// One area in either language: Swedish phrases compared by stem, English ones by their words.
const SV_TOPICS = AREAS.map((t) => ({ key: t.key, phrases: t.sv.map(phraseStems) }));
const EN_TOPICS = AREAS.map((t) => ({
  key: t.key,
  phrases: t.en.map((p) => words(p).map((w) => w.word)),
}));

const SV_INDEX = indexPhrases(SV_TOPICS.map((t) => t.phrases));
const EN_INDEX = indexPhrases(EN_TOPICS.map((t) => t.phrases));

/** The known areas a text names, in Swedish or English: "rare diseases" and "sällsynta diagnoser" are one. */
export function topicsOf(text: string): Set<string> {
  // The words read once: the stems are theirs (`phraseStems`).
  const plain = words(text).map((w) => w.word);
  const stems = plain.map(stem);
  const found = new Set<string>();
  const sv = ownersIn(stems, SV_INDEX, SV_TOPICS.length);
  // In the order the areas are listed, Swedish first, as each area was looked for in turn.
  SV_TOPICS.forEach((t, i) => {
    if (sv[i]) found.add(t.key);
  });
  for (const key of englishOwners(plain)) found.add(key);
  return found;
}

// Every English phrase's words in a row, only units that start no word between them (hyphens too): a text whose
// lower case it misses, its words in place, names no English area (most tellings are Swedish).
const EN_IN_ROW = new RegExp(
  testSource(
    EN_TOPICS.flatMap((t) => t.phrases),
    "[^a-z0-9]+",
    (unit) => unit,
  ),
);

/** The known areas a text names in English words only ("acute leukaemia" → "akuta leukemier"). */
export function englishTopicsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  if (wordsInPlace(text, lower) && !EN_IN_ROW.test(lower)) return new Set();
  return englishOwners(words(text).map((w) => w.word));
}

/** The areas English words name, in the order the areas are listed. */
function englishOwners(plain: readonly string[]): Set<string> {
  // "a Nordic rare-disease data hub": an English compound written with a hyphen names the area of its words.
  const en = ownersIn(
    plain.some(hyphenated) ? plain.flatMap(hyphenParts) : plain,
    EN_INDEX,
    EN_TOPICS.length,
  );
  const found = new Set<string>();
  EN_TOPICS.forEach((t, i) => {
    if (en[i]) found.add(t.key);
  });
  return found;
}

const hyphenated = (w: string) => w.length > 2 && w.slice(1, -1).includes("-");

/** "rare-disease" → "rare", "disease"; a word without an inner hyphen stays as it is. */
function hyphenParts(w: string): string[] {
  return hyphenated(w) ? w.split("-").filter((p) => p !== "") : [w];
}

/** Two tellings that each name areas, none in common, are about different money. */
export function topicsConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const t of a) if (b.has(t)) return false;
  return true;
}

/** Two tellings that name the same area (in any language) share what they fund. */
export function topicsAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const t of a) if (b.has(t)) return true;
  return false;
}
