// A made-up source document for reader tests: its date as given, else read from its text like a real one.
import { publishedFromText } from "../../src/knowledge/document-date.js";
import type { SourceDocument } from "../../src/knowledge/index.js";

export function textDocument(
  id: string,
  text: string,
  published: string | null = null,
): SourceDocument {
  return {
    id,
    fileName: `${id}.txt`,
    text,
    title: id,
    publisher: null,
    kind: null,
    published: published ?? publishedFromText(text),
    url: null,
  };
}
