// "kan du läsa https://…?": the bot reads only its documents; an address none of them has is said so.
import { linkedDocuments } from "../links.js";
import { hasTopic } from "../match.js";
import { say } from "../say.js";
import type { AnswerContext, Draft } from "./context.js";
import { decline } from "./context.js";

/** The question's addresses when none names a loaded document (else empty). */
export function unknownLinks(ctx: AnswerContext): string[] {
  const links = ctx.query.links ?? [];
  if (links.length === 0) return [];
  return linkedDocuments(ctx.knowledge.documents, links).size > 0 ? [] : links;
}

/** The question asks nothing of its own beside the address ("what does this article say <link>"). */
export function onlyTheLink(ctx: AnswerContext): boolean {
  const q = ctx.query;
  return (
    !hasTopic(q) &&
    q.years.length === 0 &&
    q.orgs.length === 0 &&
    q.amounts.length === 0 &&
    q.references.length === 0 &&
    q.people.length === 0
  );
}

const CANNOT_OPEN = {
  sv: "Jag öppnar inga länkar: jag svarar bara ur dokumenten jag har, och inget av dem är publicerat på",
  en: "I don't open links: I answer only from the documents I have, and none of them is published at",
};

/** The decline for a question about a page the bot does not have. */
export function answerUnknownLink(ctx: AnswerContext, links: readonly string[]): Draft {
  const where = links.join(", ");
  return decline(
    "documents",
    say(
      ctx.language,
      `${CANNOT_OPEN.sv} ${where}. Den som driver boten kan lägga sidan i dokumentmappen (som text eller sparad .html); skriv ”källor” för att se vilka dokument jag har.`,
      `${CANNOT_OPEN.en} ${where}. Whoever runs the bot can add the page to its documents folder (as text or a saved .html); type “sources” to see the documents I have.`,
    ),
  );
}

/** Beside an answer to the rest of the question: the address was not opened. */
export function unknownLinkNote(ctx: AnswerContext, links: readonly string[]): string {
  return say(
    ctx.language,
    `(${CANNOT_OPEN.sv} ${links.join(", ")}; svaret bygger på dokumenten.)`,
    `(${CANNOT_OPEN.en} ${links.join(", ")}; the answer rests on the documents.)`,
  );
}
