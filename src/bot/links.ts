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

/** The ids of the documents published at one of `links`. */
export function linkedDocuments(
  documents: readonly SourceDocument[],
  links: readonly string[],
): Set<string> {
  const asked = new Set(links.map(addressKey).filter((k) => k !== null));
  if (asked.size === 0) return new Set();
  const ids = documents.filter((d) => d.url !== null && asked.has(addressKey(d.url) ?? ""));
  return new Set(ids.map((d) => d.id));
}
