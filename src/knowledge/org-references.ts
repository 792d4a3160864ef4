// "Regionen skjuter till …", "Institutionen bidrar med …": a definite common noun standing for an organisation
// the document named before. One line per noun: the names it can stand for.
const REFERENCES: ReadonlyArray<[noun: string, names: RegExp]> = [
  ["regionen", /\bRegion\s+\p{Lu}[\p{L}-]*(?:\s+län)?/gu],
  ["institutionen", /\b(?:\p{Lu}[\p{L}-]*\s+)+(?:Institutet|institutet|universitet)(?![\p{L}])/gu],
  ["universitetet", /\b(?:\p{Lu}[\p{L}-]*\s+)+universitet(?![\p{L}])/gu],
  ["stiftelsen", /\b(?:Stiftelsen|Fonden)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu],
];
const BY_NOUN = new Map(REFERENCES);
/** The reference nouns themselves ("regionen"): a recipient or funder written so is resolved here. */
export const REFERENCE_NOUNS: readonly string[] = REFERENCES.map(([noun]) => noun);

/** The organisation a reference word stands for: the name of its kind told most often before `at` (the latest on a tie). */
export function resolveOrgReference(text: string, at: number, name: string | null): string | null {
  const pattern = name ? BY_NOUN.get(name.toLowerCase()) : undefined;
  if (!pattern) return name;
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const m of text.slice(0, at).matchAll(pattern)) {
    const n = (counts.get(m[0]) ?? 0) + 1;
    counts.set(m[0], n);
    if (best === null || n >= (counts.get(best) ?? 0)) best = m[0];
  }
  return best ?? name;
}
