// Readings of the documents the bot asks for by name, made once per loaded corpus (at first use, like the
// passage search index) so no question reads a document's text or scans every sentence itself.
import type { Passage, PassageIndex } from "./passages.js";
import type { SourceDocument } from "./types.js";

// A sentence that names whom the work is done with.
const WITH_PARTNERS =
  /(?:^|[^\p{L}])(?:i samverkan med|i samarbete med|tillsammans med|(?<!hänger )(?<!hör )ihop med|samverkar med|samarbetar med|in collaboration with|in cooperation with|together with|works? with|collaborates? with|cooperates? with)(?=[^\p{L}])/iu;

const partners = new WeakMap<PassageIndex, readonly Passage[]>();

/** The sentences (no headings) that name whom the work is done with, in document order. */
export function partnerSentences(index: PassageIndex): readonly Passage[] {
  let found = partners.get(index);
  if (!found) {
    found = index.all().filter((p) => !p.heading && WITH_PARTNERS.test(p.text));
    partners.set(index, found);
  }
  return found;
}

// A document's first line is read this far at most when it has no line break.
const TITLE_LINE_MAX = 200;

export interface DocumentHeading {
  docId: string;
  /** Its title and its first line (where a page's heading stands), lower case. */
  heading: string;
}

const headings = new WeakMap<readonly SourceDocument[], readonly DocumentHeading[]>();

/** Each document's title and first line, lower case, for finding a document a question names by its title. */
export function documentHeadings(documents: readonly SourceDocument[]): readonly DocumentHeading[] {
  let found = headings.get(documents);
  if (!found) {
    found = documents.map((d) => {
      const end = d.text.indexOf("\n");
      const firstLine = end < 0 ? d.text.slice(0, TITLE_LINE_MAX) : d.text.slice(0, end);
      return { docId: d.id, heading: `${d.title ?? ""} ${firstLine}`.toLowerCase() };
    });
    headings.set(documents, found);
  }
  return found;
}

// A page's masthead stands in its first passages (site name, breadcrumb, headline); never read further down.
const OPENING_PASSAGES = 3;

const openings = new WeakMap<PassageIndex, ReadonlyMap<string, string>>();

/** Each document's title, publisher and opening passages, lower case: who the page is by or about. */
export function documentOpenings(
  documents: readonly SourceDocument[],
  index: PassageIndex,
): ReadonlyMap<string, string> {
  let found = openings.get(index);
  if (!found) {
    const read = new Map<string, string>();
    const seen = new Map<string, number>();
    for (const p of index.all()) {
      const n = seen.get(p.docId) ?? 0;
      if (n >= OPENING_PASSAGES) continue;
      seen.set(p.docId, n + 1);
      read.set(p.docId, `${read.get(p.docId) ?? ""} ${p.text.toLowerCase()}`);
    }
    for (const d of documents)
      read.set(d.id, `${d.title} ${d.publisher ?? ""}`.toLowerCase() + (read.get(d.id) ?? ""));
    found = read;
    openings.set(index, found);
  }
  return found;
}

// Passages read to see how a word is written: enough to find a lower-case use if there is one.
const PASSAGES_READ = 60;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
// The word right before, in the same sentence.
const PREVIOUS_WORD = /(\p{L}+)[^\p{L}\p{N}.!?:;]*$/u;

/**
 * How the passages write `word` (lower case) when every use is capitalised and one is no longer a name's tail
 * ("Nordigen"); else null. Read by the bot for a word a question names, once per word.
 */
export function nameAsWritten(index: PassageIndex, word: string): string | null {
  let written: string | null = null;
  let alone = false;
  const passages = index.search(word, {
    limit: PASSAGES_READ,
    filter: (p) => p.text.toLowerCase().includes(word),
  });
  for (const p of passages) {
    const lower = p.text.toLowerCase();
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (LETTER_OR_DIGIT.test(lower[at - 1] ?? "") || LETTER_OR_DIGIT.test(lower[end] ?? ""))
        continue;
      const form = p.text.slice(at, end);
      if (!UPPER.test(form[0] ?? "")) return null;
      written ??= form;
      // Not only ever the tail of a longer name ("Government Offices"): once first in its sentence or after a
      // lower-case word.
      const before = PREVIOUS_WORD.exec(p.text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
      if (!UPPER.test(before[0] ?? "")) alone = true;
    }
  }
  return alone ? written : null;
}
