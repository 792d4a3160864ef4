// "hjärt" in "hjärtsjukdom", "hjärtdöd": the first part of compounds the documents write, proved by a known
// word after it. A question's "hjärtmottagningen" then reads as "hjärt" + "mottagning" though the documents
// never write "hjärt" alone.
const MOD_MIN = 3;
const HEAD_MIN = 4;

/** First parts of the known words whose rest is itself known (a linking "s" dropped too). */
export function compoundModifiers(
  words: Iterable<string>,
  known: (w: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    for (let i = MOD_MIN; i <= w.length - HEAD_MIN; i++) {
      if (!known(w.slice(i))) continue;
      const mod = w.slice(0, i);
      out.add(mod);
      if (mod.endsWith("s") && mod.length > MOD_MIN) out.add(mod.slice(0, -1));
    }
  }
  return out;
}

/** Some known word opens with the part and goes on for a word of its own ("hjärt" + "sjukdom"). */
export function opensCompound(part: string, known: Iterable<string>): boolean {
  if (part.length < MOD_MIN + 1) return false;
  for (const w of known) if (w.length >= part.length + HEAD_MIN && w.startsWith(part)) return true;
  return false;
}

/** A term that is the modifier itself or a compound it opens ("hjärtsjukdom" for "hjärt"). */
export function opensSomeTerm(mod: string, terms: ReadonlySet<string>): boolean {
  if (terms.has(mod)) return true;
  for (const t of terms) if (t.length > mod.length + 2 && t.startsWith(mod)) return true;
  return false;
}
