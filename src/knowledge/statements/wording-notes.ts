// What the statement readers read of a wording's text alone, kept beside its record: the same sentence
// recurs across documents, and its words need not be read again to tell that it holds nothing for them.
import type { ListStarts } from "./phrase-starts.js";

/** One wording's notes; a field is undefined until its reader first reads the wording. */
export interface WordingNotes {
  /** It names GMS in its words ("GMS", "GMS-…", "Genomic Medicin…"). */
  gmsWords: boolean | undefined;
  /** The members' list text a sentence gives (`lists.ts`), or null: none, or negated. */
  memberList: string | null | undefined;
  /** It ends in a question mark. */
  question: boolean | undefined;
  /** The decision its verbs tell (`decisions.ts`), read when it may hold one. */
  decision: unknown;
  /** Whether a decision noun ("regeringsbeslut") stands in it. */
  decisionNoun: boolean | undefined;
  /** It opens as a definition of GMS ("GMS är en …", `lists.ts`). */
  definition: boolean | undefined;
  /** It names an appropriation ("anslag", "Anslag"), its broken words joined (`budget-lines.ts`). */
  appropriation: boolean | undefined;
  /** The first ministry it names, as its offset and text (`issuers.ts`), or null. */
  ministry: { at: number; name: string } | null | undefined;
  /** The contact it names inline ("Kontakt: Maria Holm, …", `people.ts`), or null. */
  inlineContact: unknown;
  /** It holds a speech verb ("säger", `speakers.ts`). */
  speech: boolean | undefined;
  /** Bits (by table number) of the heading tables asked whether it is one of their headings, and of those it is. */
  headingsRead: number;
  headingsHeld: number;
  /** The date it is a line of (`isDateLine`), or null. */
  dateLine: unknown;
  /** The deadline it sets as a calendar line ("15 januari 2028: sista dag att …", `deadlines.ts`), or null. */
  calendar: unknown;
}

/**
 * The notes of a wording, by its starts (`textStarts`, kept on its record, as long as it is cached): made
 * empty when first asked. Starts read again after a new table know no notes, which are then read again.
 */
export function notesOf(starts: ListStarts): WordingNotes {
  let found = starts.notes as WordingNotes | undefined;
  if (found === undefined) {
    // Every field made at once: one shape for all notes.
    found = {
      gmsWords: undefined,
      memberList: undefined,
      question: undefined,
      decision: undefined,
      decisionNoun: undefined,
      definition: undefined,
      appropriation: undefined,
      ministry: undefined,
      inlineContact: undefined,
      speech: undefined,
      headingsRead: 0,
      headingsHeld: 0,
      dateLine: undefined,
      calendar: undefined,
    };
    starts.notes = found;
  }
  return found;
}
