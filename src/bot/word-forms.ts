// Swedish forms the Snowball stemmer leaves apart, as data: a definite "-in" of a noun in "-i" ("ekonomin",
// "terapin") and an adjective in "-isk" ("hälsoekonomisk", "genetisk") share a base with the noun.
// One line per ending: what it becomes. A newcomer adds an ending here.
const ENDINGS: ReadonlyArray<[ending: string, bases: readonly string[]]> = [
  ["in", ["i"]],
  ["isk", ["i", "ik"]],
];
// Shorter stems are whole words of their own ("vin", "fin", "disk").
const MIN_STEM = 6;

/** The base forms a stem shares with its other forms (none for most stems). */
export function baseForms(stem: string): string[] {
  if (stem.length < MIN_STEM) return [];
  const out: string[] = [];
  for (const [ending, bases] of ENDINGS) {
    if (!stem.endsWith(ending)) continue;
    const root = stem.slice(0, -ending.length);
    for (const base of bases) out.push(root + base);
  }
  return out;
}

/** The stems with their base forms added. */
export function withBaseForms(stems: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of stems) {
    out.add(s);
    for (const b of baseForms(s)) out.add(b);
  }
  return out;
}

// A chat word typed with its last letter drawn out: "heyy", "thxxx", "hiii".
const LAST_RUN = /(\p{L})\1+$/u;

/** The word with a repeated last letter typed once ("heyyy" → "hey"); null when its last letter is single. */
export function undrawn(word: string): string | null {
  return LAST_RUN.test(word) ? word.replace(LAST_RUN, "$1") : null;
}
