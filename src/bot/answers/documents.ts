import type { Span } from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { say } from "../say.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { referenced } from "./document-states.js";

const MAX_DOCUMENTS = 10;

/** "Which documents mention data sharing?": each document that states money for it or says it, with one quote. */
export function answerDocuments(ctx: AnswerContext): Draft {
  const { query } = ctx;
  const found = new Map<string, Span>();
  const entries = hasTopic(query) ? matchTopic(query, ctx.index) : ctx.index.entries;
  for (const { entry } of entries) {
    if (!inYears(entry, query.years)) continue;
    for (const s of entry.sources) if (!found.has(s.docId)) found.set(s.docId, s);
  }
  const words = [...query.topicWords, ...query.people].join(" ");
  if (words && query.years.length === 0) {
    for (const p of ctx.knowledge.passages.search(words, {
      limit: 20,
      filter: (p) => !p.heading,
    })) {
      if (!found.has(p.docId)) found.set(p.docId, p);
    }
  }
  // "pressmeddelandet om lungcancer": only documents of the kind asked, when any is.
  if (query.docKinds.length > 0) {
    const ofKind = new Set(referenced(ctx).map((d) => d.id));
    for (const id of [...found.keys()]) if (!ofKind.has(id)) found.delete(id);
  }
  if (found.size === 0 || (!hasTopic(query) && query.years.length === 0))
    return decline(
      "documents",
      say(ctx.language, "Inget dokument tar upp det.", "No document mentions that."),
    );
  const titles = new Map(ctx.knowledge.documents.map((d) => [d.id, d]));
  const lines = [...found.entries()].slice(0, MAX_DOCUMENTS).map(([docId, span]) => {
    const doc = titles.get(docId);
    const undated = query.cues.has("published")
      ? say(ctx.language, " (odaterat)", " (undated)")
      : "";
    const date = doc?.published ? ` (${doc.published})` : undated;
    return `• ${doc?.title ?? docId}${date} ${ctx.citations.markers([span]).text}`;
  });
  // The asked words said back: "Documents that mention “Brainchild”".
  const what = query.asked.trim();
  lines.unshift(
    query.cues.has("published")
      ? say(ctx.language, "Dokumenten och deras datum:", "The documents and their dates:")
      : what === ""
        ? say(ctx.language, "Dokument som tar upp det:", "Documents that mention it:")
        : say(ctx.language, `Dokument som tar upp ”${what}”:`, `Documents that mention “${what}”:`),
  );
  return { intent: "documents", answered: true, text: lines.join("\n"), figures: [] };
}
