import type { Language } from "./answer.js";
import type { Cue } from "./query.js";

// Kinds of organisation a question may ask for ("vilka regioner", "which universities") and the words that
// place a name in the kind: a word of the name that equals, ends with or starts with one of them.
// A newcomer adds a kind as one line here and its words as a cue line in the lexicon.
interface OrgKind {
  cue: Cue;
  /** None of the kind, in a sentence: "ingen region", "no university". */
  sv: string;
  en: string;
  /** One of the kind, in a sentence: "någon region", "a region". */
  anySv: string;
  anyEn: string;
  equals: string[];
  endsWith: string[];
  startsWith: string[];
}

const ORG_KINDS: readonly OrgKind[] = [
  {
    cue: "regionKind",
    sv: "ingen region",
    en: "no region",
    anySv: "någon region",
    anyEn: "a region",
    equals: ["region", "landsting", "regionerna"],
    endsWith: ["regionen"],
    startsWith: [],
  },
  {
    cue: "universityKind",
    sv: "inget universitet",
    en: "no university",
    anySv: "något universitet",
    anyEn: "a university",
    equals: ["institutet", "institute", "university"],
    endsWith: ["universitet", "universitetet"],
    startsWith: ["högskola"],
  },
  // "does gms get money from companies?": a giver of the kind is a name with a company's word in it.
  {
    cue: "companyKind",
    sv: "inget företag",
    en: "no company",
    anySv: "något företag",
    anyEn: "a company",
    equals: [
      "ab",
      "inc",
      "ltd",
      "company",
      "företag",
      "företaget",
      "bolag",
      "bolaget",
      "gmbh",
      "oy",
    ],
    endsWith: ["bolag", "bolaget", "företag", "företaget", "pharma"],
    startsWith: [],
  },
];

/** The kinds the question asks for; a name is kept when it is of one of them (all, when none is asked). */
export function ofAskedKind(cues: ReadonlySet<Cue>): (name: string) => boolean {
  const kinds = ORG_KINDS.filter((k) => cues.has(k.cue));
  if (kinds.length === 0) return () => true;
  return (name) => {
    const words = name.toLowerCase().split(/[\s()]+/u);
    return kinds.some((k) =>
      words.some(
        (w) =>
          k.equals.includes(w) ||
          k.endsWith.some((e) => w.endsWith(e)) ||
          k.startsWith.some((s) => w.startsWith(s)),
      ),
    );
  };
}

/** "ingen region", "no university": none of the kind asked, in the asker's language; null when none is asked. */
export function noneOfAskedKind(cues: ReadonlySet<Cue>, language: Language): string | null {
  const kind = ORG_KINDS.find((k) => cues.has(k.cue));
  return kind ? kind[language] : null;
}

/** "något företag", "a company": one of the kind asked, in the asker's language; null when none is asked. */
export function anyOfAskedKind(cues: ReadonlySet<Cue>, language: Language): string | null {
  const kind = ORG_KINDS.find((k) => cues.has(k.cue));
  return kind ? (language === "sv" ? kind.anySv : kind.anyEn) : null;
}
