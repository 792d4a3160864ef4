import type { ReferenceStatement } from "../../knowledge/index.js";
import { say } from "../say.js";
import { askedDocuments, askedEntries, decisionDocuments, numberedDocuments } from "./asked.js";
import { answerBudgetLines } from "./budget-line-answer.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { referenced } from "./document-states.js";
import { orgDocuments } from "./people.js";

/**
 * "diarienr för beslutet om 66 mkr?", "what's the case number of the April decision": the numbers the asked
 * documents are filed under (every document's, when none is asked), each with its document and date.
 */
export function answerReferences(ctx: AnswerContext): Draft {
  if (
    (ctx.query.cues.has("whichLine") || ctx.query.budgetLine !== null) &&
    !ctx.query.cues.has("caseNumber")
  )
    return answerBudgetLines(ctx);
  // "Which decision had the case number S2025/02388?": the number asked names its own document.
  const numbered = numberedDocuments(ctx);
  const asked = new Set(ctx.query.references.map((r) => r.toLowerCase()));
  const docs = numbered.size > 0 ? numbered : askedReferenceDocuments(ctx);
  const found = ctx.knowledge.statements.references.filter(
    (r) =>
      (docs === null || docs.has(r.span.docId)) &&
      (asked.size === 0 || asked.has(r.number.text.toLowerCase())),
  );
  if (found.length === 0)
    return decline(
      "reference",
      say(
        ctx.language,
        "Dokumenten anger inget diarienummer för det.",
        "The documents give no reference number for that.",
      ),
    );
  const titles = new Map(ctx.knowledge.documents.map((d) => [d.id, d]));
  const lines = found.map((r) => {
    const doc = titles.get(r.span.docId);
    const dated = doc?.published ? ` (${doc.published})` : "";
    return `• ${r.number.text}: ${doc?.title ?? r.span.docId}${dated} ${ctx.citations.markers([r.number]).text}`;
  });
  return {
    intent: "reference",
    answered: true,
    text: [lead(ctx, found), ...lines].join("\n"),
    figures: [],
  };
}

function lead(ctx: AnswerContext, found: readonly ReferenceStatement[]): string {
  return found.length === 1
    ? say(ctx.language, "Diarienummer:", "Reference number:")
    : say(ctx.language, "Diarienummer i dokumenten:", "Reference numbers in the documents:");
}

/** The documents asked about: by kind ("beslutet"), month, year, amount, subject or organisation; null when none is. */
function askedReferenceDocuments(ctx: AnswerContext): Set<string> | null {
  const q = ctx.query;
  // "diarienummer 2025" with nothing else asked: the documents of that year, else those of its money.
  const published = new Set(
    ctx.knowledge.documents
      .filter((d) => q.years.includes(Number(d.published?.slice(0, 4))))
      .map((d) => d.id),
  );
  let docs: Set<string> | null =
    askedEntries(ctx) === null && published.size > 0 ? published : askedDocuments(ctx);
  const month = q.months[0];
  if (month !== undefined) {
    const dated = ctx.knowledge.documents.filter((d) => Number(d.published?.slice(5, 7)) === month);
    docs = intersect(docs, new Set(dated.map((d) => d.id)));
  }
  if (q.docKinds.length > 0) docs = intersect(docs, new Set(referenced(ctx).map((d) => d.id)));
  // "the case number of the decision on …": of the documents asked, the decisions themselves, when one is.
  if (q.cues.has("decision")) {
    const narrowed = intersect(docs, new Set(decisionDocuments(ctx)));
    if (narrowed.size > 0) docs = narrowed;
  }
  // "uppdraget till FoHM": the documents stating money to, from or via the organisation.
  const byOrg = orgDocuments(ctx);
  if (byOrg) docs = intersect(docs, byOrg);
  return docs;
}

function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  return a === null ? b : new Set([...a].filter((x) => b.has(x)));
}
