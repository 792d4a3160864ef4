import { GENERIC_CONDITION_HEADS, stem } from "../knowledge/index.js";

// "prostatacanc" is "prostat" + "a" + "canc": a linking letter may stand between modifier and head.
const LINKS = ["", "a", "s", "e", "o"];
const HEADS = [...new Set([...GENERIC_CONDITION_HEADS].map((h) => stem(h)))];
const MIN_MODIFIER = 4;

/**
 * The organ or body word a condition compound's stem is made of: "prostatacanc" → ["prostat", "prostata"],
 * "njurcanc" → ["njur"]. So "prostata" or "njure" asks about that cancer. Empty for any other stem.
 */
export function conditionModifiers(compound: string): string[] {
  const out: string[] = [];
  for (const head of HEADS) {
    if (!compound.endsWith(head) || compound.length < head.length + MIN_MODIFIER) continue;
    const rest = compound.slice(0, -head.length);
    for (const link of LINKS) {
      const mod = rest.endsWith(link) ? rest.slice(0, rest.length - link.length) : "";
      if (mod.length >= MIN_MODIFIER) out.push(mod);
    }
  }
  return out;
}
