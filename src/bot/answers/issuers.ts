// "Which ministry issued the 2022 decision?": the ministry each asked document's opening names, cited there.
import { listText, say } from "../say.js";
import { askedDocuments } from "./asked.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { referenced } from "./document-states.js";

export function answerIssuers(ctx: AnswerContext): Draft {
  const kinds = ctx.query.docKinds.length > 0 ? new Set(referenced(ctx).map((d) => d.id)) : null;
  const asked = askedDocuments(ctx);
  const inAsked = (docId: string) => (asked?.has(docId) ?? true) && (kinds?.has(docId) ?? true);
  const issuers = ctx.knowledge.statements.issuers.filter((i) => inAsked(i.span.docId));
  if (issuers.length === 0)
    return decline(
      "documents",
      say(
        ctx.language,
        "Dokumenten du frågar om namnger inget departement som avsändare.",
        "The documents you ask about name no ministry as their sender.",
      ),
    );
  const byName = new Map<string, typeof issuers>();
  for (const i of issuers) byName.set(i.name, [...(byName.get(i.name) ?? []), i]);
  const named = [...byName].map(
    ([name, group]) => `${name} ${ctx.citations.markers(group.map((i) => i.span)).text}`,
  );
  const text = say(
    ctx.language,
    `Enligt dokumenten kommer de från ${listText(named, "sv")}.`,
    `According to the documents, they come from ${listText(named, "en")}.`,
  );
  return { intent: "documents", answered: true, text, figures: [] };
}
