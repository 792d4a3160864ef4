import type { Query } from "./query.js";

// "hur mkt lägger regionen själv till?", "how much did the agency pay": a definite noun for an organisation
// points back to the one the conversation named; asked alone, it names none and is asked back. Data: one row
// per noun: the kind of organisation it asks for (a cue of `org-kinds.ts`, or null when no kind lists its
// names) and how to ask which one, in Swedish and English.
interface Pointer {
  kind: string | null;
  sv: string;
  en: string;
}

const REGION: Pointer = { kind: "regionKind", sv: "Vilken region", en: "Which region" };
const UNIVERSITY: Pointer = {
  kind: "universityKind",
  sv: "Vilket lärosäte",
  en: "Which university",
};
const AGENCY: Pointer = { kind: null, sv: "Vilken myndighet", en: "Which agency" };
const FOUNDATION: Pointer = { kind: null, sv: "Vilken stiftelse", en: "Which foundation" };

const POINTERS: ReadonlyMap<string, Pointer> = new Map([
  ["regionen", REGION],
  ["region", REGION],
  ["universitetet", UNIVERSITY],
  ["university", UNIVERSITY],
  ["institutet", UNIVERSITY],
  ["myndigheten", AGENCY],
  ["agency", AGENCY],
  ["stiftelsen", FOUNDATION],
  ["foundation", FOUNDATION],
]);

/** A word (or a stem cut from one) of the nouns that point at an organisation. */
export function isOrgPointer(word: string): boolean {
  const w = word.toLowerCase();
  return POINTERS.has(w) || [...POINTERS.keys()].some((p) => p.startsWith(w));
}

/** "the region", "regionen": the definite noun the question points at an organisation with; null when none. */
export function definiteOrgPointer(q: Pick<Query, "text">): string | null {
  const words = q.text.toLowerCase().split(/[^\p{L}]+/u);
  // "which region", "regioner" ask of any.
  return (
    words.find(
      (w, i) => POINTERS.has(w) && (w.endsWith("en") || w.endsWith("et") || words[i - 1] === "the"),
    ) ?? null
  );
}

/** How to ask which organisation the pointer means, and the kind whose names answer it. */
export function pointerAsk(word: string): Pointer | null {
  return POINTERS.get(word.toLowerCase()) ?? null;
}
