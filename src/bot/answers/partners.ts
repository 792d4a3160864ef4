// "amr-uppdraget, i samverkan med vilka?", "solida 26 ska utvecklas ihop med vilka?": who the work is done with,
// as the documents about the asked money say it ("Uppdraget ska genomföras i samverkan med …"), quoted.
import { partnerSentences, stem, words } from "../../knowledge/index.js";
import { say } from "../say.js";
import { askedDocuments } from "./asked.js";
import type { AnswerContext, Draft } from "./context.js";

const MAX_QUOTED = 3;
/** The sentences of the asked money's documents that name its partners; null when none does. */
export function answerPartners(ctx: AnswerContext): Draft | null {
  const docs = askedDocuments(ctx);
  if (!docs || docs.size === 0) return null;
  // The question's own words (the area, "uppdraget") rank a document's partner sentences.
  const asked = new Set(ctx.query.topicWords.flatMap((w) => words(w).map((t) => stem(t.word))));
  const shares = (text: string) =>
    words(text).filter((t) => asked.has(stem(t.word.toLowerCase()))).length;
  const found = partnerSentences(ctx.knowledge.passages)
    .filter((p) => docs.has(p.docId))
    .map((p, i) => ({ p, i, score: shares(p.text) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, MAX_QUOTED)
    .map((x) => x.p);
  if (found.length === 0) return null;
  const quotes = found.map((p) => `• ”${p.text.trim()}” ${ctx.citations.markers([p]).text}`);
  return {
    intent: "passage",
    answered: true,
    text: [
      say(
        ctx.language,
        "Så här säger dokumenten om vilka arbetet görs i samverkan med:",
        "This is what the documents say about whom the work is done with:",
      ),
      ...quotes,
    ].join("\n"),
    figures: [],
  };
}
