import type { Knowledge, SourceDocument } from "../../knowledge/index.js";
import { documentsById } from "../citations.js";

// Knowledge never changes once loaded: what a composer reads from all passages is read once per load.
const caches = new WeakMap<Knowledge, Map<string, unknown>>();

export function memo<T>(knowledge: Knowledge, key: string, compute: () => T): T {
  let cache = caches.get(knowledge);
  if (!cache) {
    cache = new Map();
    caches.set(knowledge, cache);
  }
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}

/** Each document by its id, made once per load. */
export function documentsByIdOf(knowledge: Knowledge): ReadonlyMap<string, SourceDocument> {
  return memo(knowledge, "documents-by-id", () => documentsById(knowledge));
}

// A page's masthead stands in its first passages (site name, breadcrumb, headline); never read further down.
const OPENING_PASSAGES = 3;

/** Each document's opening passages with its title and publisher, lower case: who the page is by or about. */
export function documentOpeningsOf(knowledge: Knowledge): ReadonlyMap<string, string> {
  return memo(knowledge, "document-openings", () => {
    const out = new Map<string, string>();
    const seen = new Map<string, number>();
    for (const p of knowledge.passages.all()) {
      const n = seen.get(p.docId) ?? 0;
      if (n >= OPENING_PASSAGES) continue;
      seen.set(p.docId, n + 1);
      out.set(p.docId, `${out.get(p.docId) ?? ""} ${p.text.toLowerCase()}`);
    }
    for (const d of knowledge.documents)
      out.set(d.id, `${d.title} ${d.publisher ?? ""}`.toLowerCase() + (out.get(d.id) ?? ""));
    return out;
  });
}
