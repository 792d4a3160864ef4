import MiniSearch from "minisearch";
import { clutterRanges, inClutter } from "./clutter.js";
import { compareText } from "./compare.js";
import { segment } from "./segments.js";
import { STOPWORDS } from "./stopwords.js";
import type { SourceDocument, Span } from "./types.js";
import { stem, words } from "./words.js";

/** A sentence of a document found by a search, with its exact offsets. */
export interface Passage extends Span {
  id: number;
  score: number;
  heading: boolean;
}

export interface PassageSearchOptions {
  limit?: number;
  /** Only passages for which this returns true. */
  filter?: (p: Passage) => boolean;
}

export interface PassageIndex {
  search(query: string, options?: PassageSearchOptions): Passage[];
  /** Every passage of the corpus, in document order. */
  all(): readonly Passage[];
  /** The passage with this id (ids run in document order: the next sentence has the next id). */
  at(id: number): Passage | undefined;
  /** One document's passages, in order (grouped once, at the first ask). */
  ofDocument(docId: string): readonly Passage[];
}

/** Swedish-aware terms: lower case, stop words out, Snowball Swedish stems. */
export function passageTerms(text: string): string[] {
  return words(text)
    .flatMap((w) => w.word.split(/[-–]/))
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

/** Every sentence, headline and list item of the documents, in order. */
export function listPassages(documents: readonly SourceDocument[]): Passage[] {
  const passages: Passage[] = [];
  for (const doc of documents) {
    // Cookie banners, bylines and lists of other articles are no passage anyone should be quoted.
    const clutter = clutterRanges(doc.text);
    for (const s of segment(doc.text)) {
      if (clutter.length > 0 && inClutter(clutter, s.start)) continue;
      const { start, end, text, heading } = s;
      passages.push({ id: passages.length, docId: doc.id, start, end, text, score: 0, heading });
    }
  }
  return passages;
}

function buildIndex(passages: Passage[]): MiniSearch<Passage> {
  const index = new MiniSearch<Passage>({
    fields: ["text"],
    storeFields: [],
    tokenize: (text) => words(text).map((w) => w.word),
    processTerm: (term) => {
      const parts = term.split(/[-–]/).filter((w) => w.length > 1 && !STOPWORDS.has(w));
      return parts.length === 0 ? null : parts.map(stem);
    },
  });
  index.addAll(passages);
  return index;
}

/**
 * A full-text index (minisearch) over the passages. It is built on the first search: most questions
 * are answered from the ledger, and a one-shot `gms-bot ask` should not pay for an index it never reads.
 */
function groupByDocument(passages: readonly Passage[]): Map<string, Passage[]> {
  const out = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = out.get(p.docId);
    if (list) list.push(p);
    else out.set(p.docId, [p]);
  }
  return out;
}

export function createPassageIndex(passages: Passage[]): PassageIndex {
  let index: MiniSearch<Passage> | null = null;
  let byDocument: Map<string, Passage[]> | null = null;
  return {
    all: () => passages,
    at: (id) => passages[id],
    ofDocument(docId) {
      byDocument ??= groupByDocument(passages);
      return byDocument.get(docId) ?? [];
    },
    search(query, options = {}) {
      index ??= buildIndex(passages);
      const hits = index.search(query, {
        combineWith: "OR",
        fuzzy: (t) => (t.length >= 7 ? 0.2 : false),
      });
      const found: Passage[] = [];
      for (const h of hits) {
        const p = passages[h.id as number];
        if (!p) continue;
        const passage = { ...p, score: h.score };
        if (!options.filter || options.filter(passage)) found.push(passage);
      }
      found.sort((a, b) => b.score - a.score || compareText(a.docId, b.docId) || a.start - b.start);
      return found.slice(0, options.limit ?? 10);
    },
  };
}
