// A document's words, read from the knowledge's passages (never from the document itself), once per document.
import { type Passage, words } from "../../knowledge/index.js";
import type { AnswerContext } from "./context.js";
import { memo } from "./memo.js";

/** A document's words in order, from its passages: only the documents an answer asks about are read. */
export function documentWords(ctx: AnswerContext, docId: string): string[] {
  const { byDoc, read } = memo(ctx.knowledge, "document-words", () => {
    const byDoc = new Map<string, Passage[]>();
    for (const p of ctx.knowledge.passages.all()) {
      const list = byDoc.get(p.docId);
      if (list) list.push(p);
      else byDoc.set(p.docId, [p]);
    }
    return { byDoc, read: new Map<string, string[]>() };
  });
  let found = read.get(docId);
  if (!found) {
    found = (byDoc.get(docId) ?? []).flatMap((p) => words(p.text).map((w) => w.word));
    read.set(docId, found);
  }
  return found;
}
