import { cacheByKey } from "./key-cache.js";
import { countBelow } from "./sorted.js";
import { documentWriter, FIRST_PERSON } from "./writer.js";

// "Regionen skjuter till …", "Institutionen bidrar med …": a definite common noun standing for an organisation
// the document named before. One line per noun: the names it can stand for. A name is at most a few words:
// bounded repeats keep each search linear, even over a run of capitalised words.
// A region's name may be two words ("Region Västra Götaland", "Region Jämtland Härjedalen").
const REFERENCES: ReadonlyArray<[noun: string, names: RegExp]> = [
  ["regionen", /\bRegion\s+\p{Lu}[\p{L}-]*(?:[ \t\u00A0]\p{Lu}\p{Ll}[\p{L}-]*)?(?:\s+län)?/gu],
  // "Regionstyrelsen beslutar att avsätta …": a region's own board gives the region's money.
  [
    "regionstyrelsen",
    /\bRegion\s+\p{Lu}[\p{L}-]*(?:[ \t\u00A0]\p{Lu}\p{Ll}[\p{L}-]*)?(?:\s+län)?/gu,
  ],
  [
    "regionfullmäktige",
    /\bRegion\s+\p{Lu}[\p{L}-]*(?:[ \t\u00A0]\p{Lu}\p{Ll}[\p{L}-]*)?(?:\s+län)?/gu,
  ],
  [
    "institutionen",
    /\b(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:Institutet|institutet|universitet)(?![\p{L}])/gu,
  ],
  ["universitetet", /\b(?:\p{Lu}[\p{L}-]*\s+){1,6}universitet(?![\p{L}])/gu],
  // "the region is contributing SEK 5 million of its own funds": the region the English page named before.
  ["the region", /\bRegion\s+\p{Lu}[\p{L}-]*(?:[ \t\u00A0]\p{Lu}\p{Ll}[\p{L}-]*)?(?:\s+län)?/gu],
  // "The department is contributing SEK 500k": the institute or university the English page named before.
  [
    "the department",
    /\b(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:Institutet|institutet|Institute|universitet|University)(?![\p{L}])/gu,
  ],
  [
    "the institute",
    /\b(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:Institutet|institutet|Institute)(?![\p{L}])/gu,
  ],
  ["the university", /\b(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:universitet|University)(?![\p{L}])/gu],
  ["stiftelsen", /\b(?:Stiftelsen|Fonden)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,6}/gu],
];
const BY_NOUN = new Map(REFERENCES);
/** The reference nouns themselves ("regionen"): a recipient or funder written so is resolved here. */
export const REFERENCE_NOUNS: readonly string[] = [
  ...REFERENCES.map(([noun]) => noun),
  // "vi", "oss", "we": the page's writer, where its masthead names one (`writer.ts`).
  ...FIRST_PERSON,
];
// A text lower-cased to one of the nouns (plain letters) is as long as it: only İ lengthens, into no noun.
const NOUN_LENGTHS = new Set(REFERENCE_NOUNS.map((noun) => noun.length));

/** A noun's names in one text, in order: where each ends, and the name told most often up to it. */
interface NameIndex {
  ends: number[];
  best: string[];
}

// One document's names are found once per noun, not once per fact that refers back to them.
const INDEX_CACHE_MAX = 16;
const indexes = new Map<string, (text: string) => NameIndex>(
  REFERENCES.map(([noun, pattern]) => [
    noun,
    cacheByKey((t) => nameIndex(t, pattern), INDEX_CACHE_MAX),
  ]),
);

function nameIndex(text: string, pattern: RegExp): NameIndex {
  const counts = new Map<string, number>();
  const ends: number[] = [];
  const best: string[] = [];
  let leader: string | null = null;
  for (const m of text.matchAll(pattern)) {
    const name = withoutGenitive(m[0]);
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    if (leader === null || n >= (counts.get(leader) ?? 0)) leader = name;
    ends.push((m.index ?? 0) + m[0].length);
    best.push(leader);
  }
  return { ends, best };
}

/** "Region Skånes del": the region is Region Skåne (no region's name ends in a genitive s of its own). */
function withoutGenitive(name: string): string {
  return name.startsWith("Region ") && name.endsWith("s") ? name.slice(0, -1) : name;
}

/** The organisation a reference word stands for: the name of its kind told most often before `at` (the latest on a tie). */
export function resolveOrgReference(text: string, at: number, name: string | null): string | null {
  // Most names are no reference noun, told by their length alone (lower case keeps the length of these).
  if (name === null || !NOUN_LENGTHS.has(name.length)) return name;
  const noun = name.toLowerCase();
  if (FIRST_PERSON.has(noun)) return documentWriter(text) ?? name;
  const index = indexes.get(noun);
  if (!index || !BY_NOUN.has(noun)) return name;
  const { ends, best } = index(text);
  // The last name that ends by `at` (a name must lie wholly before it).
  const before = countBelow(ends, at + 1);
  return before === 0 ? name : (best[before - 1] as string);
}
