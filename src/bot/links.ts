// A question may carry a web address ("vad säger https://…?"). The bot never opens it: an address names the
// loaded document published there, and one that names none is said back, never silently dropped.
import type { SourceDocument } from "../knowledge/index.js";

/** The address as compared: host without "www." in lower case, path without its trailing slash, query kept. */
export function addressKey(link: string): string | null {
  if (!URL.canParse(link)) return null;
  const url = new URL(link);
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const path = url.pathname.replace(/\/+$/, "");
  return `${host}${path}${url.search}`;
}

// Each load's documents by address, read once: a question with a link looks its address up.
const byAddress = new WeakMap<readonly SourceDocument[], Map<string, string[]>>();

function addressIndex(documents: readonly SourceDocument[]): Map<string, string[]> {
  let index = byAddress.get(documents);
  if (index) return index;
  index = new Map();
  for (const d of documents) {
    const key = d.url === null ? null : addressKey(d.url);
    if (key !== null) index.set(key, [...(index.get(key) ?? []), d.id]);
  }
  byAddress.set(documents, index);
  return index;
}

/** The ids of the documents published at one of `links`. */
export function linkedDocuments(
  documents: readonly SourceDocument[],
  links: readonly string[],
): Set<string> {
  if (links.length === 0) return new Set();
  const index = addressIndex(documents);
  return new Set(links.flatMap((l) => index.get(addressKey(l) ?? "") ?? []));
}
