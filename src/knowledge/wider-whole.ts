import { hasCue } from "./cues.js";
import type { RawFact } from "./facts.js";
import { WIDER_WHOLE } from "./role-cues.js";
import type { Segment } from "./segments.js";
import { words } from "./words.js";

// How many of a sentence's first words may name the wider whole it speaks of.
const OPENING_WORDS = 5;

// Every phrase of `WIDER_WHOLE` has a word holding one of these, in the words' case rules; a word broken over a
// line end ("pa-\nketet") is read whole, so such a sentence is always tokenised.
const PACKAGE = /paket|package/iu;
const LINE_END_HYPHEN = /-[ \t]*\r?\n/;
// Checked against the table itself: a phrase added without such a word turns the shortcut off.
const EVERY_PHRASE_PACKAGE =
  WIDER_WHOLE.literals?.every((phrase) => phrase.some((w) => PACKAGE.test(w))) === true;

/** Whether a sentence may open on a package: most hold no such word, and are not split into words. */
function mayNamePackage(text: string): boolean {
  return !EVERY_PHRASE_PACKAGE || PACKAGE.test(text) || LINE_END_HYPHEN.test(text);
}

/**
 * "The GMS grant sits inside a broader life-science package. That package as a whole is worth SEK 1.2bn": a
 * sentence that opens on a package or programme as a whole, and names no GMS itself, tells the wider whole's
 * money, never GMS's (a neighbour naming GMS would otherwise lend it GMS).
 */
export function markWiderWholes(facts: RawFact[], namesGms: (seg: Segment) => boolean): void {
  for (const f of facts) {
    if (f.notGms || namesGms(f.segment) || !mayNamePackage(f.segment.text)) continue;
    if (hasCue(words(f.segment.text, OPENING_WORDS), WIDER_WHOLE)) f.notGms = true;
  }
}
