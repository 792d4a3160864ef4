import type { SourceDocument } from "../../src/knowledge/index.js";

/** A document made up for a test: its first line is the title. */
export function madeUpDocument(
  id: string,
  text: string,
  published: string | null = null,
): SourceDocument {
  return {
    id,
    fileName: `${id}.txt`,
    text,
    title: text.split("\n")[0] ?? id,
    publisher: null,
    kind: null,
    published,
    url: null,
  };
}
