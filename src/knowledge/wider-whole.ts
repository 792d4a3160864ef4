import { hasCue } from "./cues.js";
import type { RawFact } from "./facts.js";
import { WIDER_WHOLE } from "./role-cues.js";
import type { Segment } from "./segments.js";
import { words } from "./words.js";

// How many of a sentence's first words may name the wider whole it speaks of.
const OPENING_WORDS = 5;

/**
 * "The GMS grant sits inside a broader life-science package. That package as a whole is worth SEK 1.2bn": a
 * sentence that opens on a package or programme as a whole, and names no GMS itself, tells the wider whole's
 * money, never GMS's (a neighbour naming GMS would otherwise lend it GMS).
 */
export function markWiderWholes(facts: RawFact[], namesGms: (seg: Segment) => boolean): void {
  for (const f of facts) {
    if (f.notGms || namesGms(f.segment)) continue;
    if (hasCue(words(f.segment.text, OPENING_WORDS), WIDER_WHOLE)) f.notGms = true;
  }
}
