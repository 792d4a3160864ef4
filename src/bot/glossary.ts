// English words and phrases people use, mapped to the Swedish the documents are written in.
// Data, not logic: the question is translated before it is matched, so one matcher serves both languages.
import { TOPICS } from "../knowledge/index.js";
import { aliasesOf } from "./lexicon.js";

/** Multi-word English (and colloquial Swedish) phrases → document Swedish. Longest first when applied. */
const PHRASES: Record<string, string> = {
  "precision medicine": "precisionsmedicin",
  "precision diagnostics": "precisionsdiagnostik",
  "health data": "hälsodata",
  "own work": "eget arbete",
  "own administration": "eget arbete",
  "molecular diagnostics": "molekylär diagnostik",
  "genetic diagnostics": "genetisk diagnostik",
  "national board of health and welfare": "Socialstyrelsen",
  "legal, financial and administrative services agency": "Kammarkollegiet",
  "regional cancer centre": "regionalt cancercentrum",
  "regional cancer center": "regionalt cancercentrum",
  "life science strategy": "life science-strategi",
  "genomic medicine sweden": "GMS",
  // The field the whole question set is about: asked of it, it is GMS's.
  "genomic medicine": "GMS",
  "follow up": "uppföljning",
  "follow-up": "uppföljning",
  "cancer care": "cancervård",
  "training grants": "utbildningsbidrag",
  "multi-year funding": "flerårigt anslag",
  "multi-year grant": "flerårigt anslag",
  "multi-year appropriation": "flerårigt anslag",
  "multiyear funding": "flerårigt anslag",
  "training grant": "utbildningsbidrag",
  "training scholarships": "utbildningsbidrag",
  kvinnocancer: "bröst- och äggstockscancer",
  // "what year did gms kick off": a start, as "GMS startade 2018" writes it.
  "kick off": "startade",
  "kicked off": "startade",
  "kicks off": "startade",
  "variant database": "variantdatabas",
  // A procurement's words: the Swedish pages write "upphandling" and its "värde".
  "estimated value": "uppskattade värde",
  procurement: "upphandling",
  procurements: "upphandling",
  sequencer: "sekvenserare",
  sequencers: "sekvenserare",
  instrument: "instrument",
  instruments: "instrument",
  "framework agreement": "ramavtal",
  "framework agreements": "ramavtal",
  "ceiling amount": "takbelopp",
  "contract ceiling": "takbelopp",
  // Swedish parties as English writes them: the documents name them in Swedish.
  "left party": "Vänsterpartiet",
  "social democrats": "Socialdemokraterna",
  "social democratic party": "Socialdemokraterna",
  "moderate party": "Moderaterna",
  "the moderates": "Moderaterna",
  "sweden democrats": "Sverigedemokraterna",
  "christian democrats": "Kristdemokraterna",
  "centre party": "Centerpartiet",
  "center party": "Centerpartiet",
  "the liberals": "Liberalerna",
  "green party": "Miljöpartiet",
  // A union the documents name in Swedish.
  "nurses union": "Sjuksköterskeförbundet",
  "nurses' union": "Sjuksköterskeförbundet",
  "nurses association": "Sjuksköterskeförbundet",
  "variant databases": "variantdatabas",
};

/** Single English words → Swedish stems' source words. */
const WORDS: Record<string, string> = {
  // "the karolinska lab": the documents write the word out ("laboratory", "laboratoriet").
  lab: "laboratory",
  labs: "laboratories",
  timeline: "tidslinje",
  cancer: "cancer",
  cancers: "cancer",
  lung: "lung",
  lungs: "lung",
  children: "barn",
  study: "studie",
  bacteria: "bakterier",
  viruses: "virus",
  surveillance: "övervakning",
  studies: "studie",
  child: "barn",
  kids: "barn",
  pilot: "pilot",
  pilots: "piloter",
  genetic: "genetisk",
  molecular: "molekylär",
  diagnostics: "diagnostik",
  diagnosis: "diagnostik",
  coordination: "samordning",
  monitoring: "uppföljning",
  biomarkers: "biomarkörer",
  biomarker: "biomarkörer",
  screening: "screening",
  sequencing: "sekvensering",
  genome: "genom",
  infrastructure: "infrastruktur",
  research: "forskning",
  implementation: "implementering",
  women: "kvinnor",
  breast: "bröstcancer",
  ovarian: "äggstockscancer",
  rare: "sällsynta",
  diseases: "sjukdomar",
  disease: "sjukdom",
  healthcare: "sjukvård",
  agency: "myndighet",
  region: "region",
  scania: "Skåne",
  prostate: "prostata",
  leukaemia: "leukemi",
  leukemia: "leukemi",
  leukaemias: "leukemier",
  leukemias: "leukemier",
  acute: "akuta",
  pharmacogenomics: "farmakogenomik",
  pharmacogenetics: "farmakogenetik",
  melanoma: "melanom",
  lymphoma: "lymfom",
  tumour: "tumör",
  tumor: "tumör",
  tumours: "tumörer",
  tumors: "tumörer",
  brain: "hjärn",
  colorectal: "kolorektal",
  skin: "hud",
  blood: "blod",
  heart: "hjärt",
  dementia: "demens",
  infections: "infektioner",
  infection: "infektion",
  database: "databas",
  databases: "databas",
  bioinformatician: "bioinformatiker",
  bioinformaticians: "bioinformatiker",
  // "the bioinformatician job": a job advert writes "tjänsten".
  job: "tjänst",
  jobs: "tjänster",
};

// English words whose Swedish twin the documents also write ("projects" / "projekt"): never translated, since
// English pages write the English word, but tried in Swedish when the English finds no money.
const COGNATES: ReadonlyMap<string, string> = new Map([
  ["project", "projekt"],
  ["projects", "projekt"],
]);

/** The text with each English cognate put in its Swedish form; the same text when it holds none. */
export function swedishCognates(text: string): string {
  return text.replace(LETTERS, (w) => COGNATES.get(w.toLowerCase()) ?? w);
}

/** Every synonym, English or Swedish, pointing to the topic's Swedish name as the documents write it. */
function topicPhrases(): Record<string, string> {
  // The lexicon's area aliases ("AMR", "WGS", "BRCA") first: one line there reaches the documents' words.
  const out: Record<string, string> = Object.fromEntries(
    aliasesOf("topic").filter(([alias, sv]) => alias !== sv),
  );
  for (const t of TOPICS) {
    for (const p of t.enPhrases) out[p] = t.sv;
    for (const p of t.svPhrases) if (p.includes(" ")) out[p] = t.sv;
  }
  return out;
}

const ALL_PHRASES = Object.entries({ ...PHRASES, ...topicPhrases() }).sort(
  (a, b) => b[0].length - a[0].length,
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// One alternation, longest phrase first, so a question is translated in a single pass.
const TARGETS = new Map(
  ALL_PHRASES.map(([from, to]) => [from.toLowerCase().replace(/[\s-]+/g, " "), to]),
);
const PHRASE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ALL_PHRASES.map(([from]) => escapeRegExp(from).replace(/[\s-]+/g, "[\\s-]+")).join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

// A Map, not the object: "constructor" or "valueOf" in a question must not find Object's own members.
const WORD_TARGETS = new Map(Object.entries(WORDS));

/** The question with English phrases and words replaced by the documents' Swedish. */
export function translateToSwedish(question: string): string {
  if (question === "") return question;
  const quoted = question.replace(/[’‘]/g, "'");
  // "bröst/äggstock": a slash between words coordinates them.
  const out = (
    quoted.includes("/") ? quoted.replace(/(\p{L})\/(\p{L})/gu, "$1 och $2") : quoted
  ).replace(PHRASE_RE, (m) => ` ${TARGETS.get(m.toLowerCase().replace(/[\s-]+/g, " ")) ?? m} `);
  return translateWords(out);
}

/** Each word with a Swedish target replaced; the text is rebuilt only when one has one. */
function translateWords(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(LETTERS)) {
    const target = WORD_TARGETS.get(m[0].toLowerCase());
    if (target === undefined) continue;
    parts.push(text.slice(last, m.index), target);
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join("");
}

const LETTERS = /[\p{L}]+/gu;
