import type { BudgetLineStatement } from "../../knowledge/index.js";
import { say } from "../say.js";
import { askedDocuments } from "./asked.js";
import { type AnswerContext, type Draft, decline } from "./context.js";
import { swedishQuoteNote } from "./quoted-language.js";
import { quotedLine } from "./quoted-line.js";
import { yearOwners } from "./scope.js";

const MAX_LINES = 4;

/**
 * "Vilket anslag belastas 2030 års medel?", "which appropriation is the money charged to": the budget lines
 * the documents granting the asked money book it against, each quoted; never an amount in its stead.
 */
export function answerBudgetLines(ctx: AnswerContext): Draft {
  const years = ctx.query.years;
  const docs =
    ctx.query.amounts.length > 0
      ? tellersOf(ctx)
      : years.length > 0
        ? yearOwners(ctx, years)
        : askedDocuments(ctx);
  const seen = new Set<string>();
  const found: BudgetLineStatement[] = [];
  // "ap.14": only that numbered line, wherever it is told.
  const post = ctx.query.budgetLine;
  for (const b of ctx.knowledge.statements.budgetLines) {
    if (post !== null ? b.post !== post : docs && !docs.has(b.span.docId)) continue;
    // A post named without its appropriation is told by another sentence of the same document.
    if (b.appropriation === null) continue;
    const key = `${b.span.docId}|${b.appropriation}|${b.post ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(b);
  }
  if (found.length === 0)
    return decline(
      "reference",
      say(
        ctx.language,
        "Dokumenten anger inget anslag för det.",
        "The documents name no appropriation for that.",
      ),
    );
  const chosen = found.slice(0, MAX_LINES);
  const lines = chosen.map((b) => `• ${line(ctx, b)} – ${quotedLine(ctx, b.span)}`);
  lines.unshift(
    say(
      ctx.language,
      "Medlen belastar enligt dokumenten:",
      `The money is charged to, according to the documents${swedishQuoteNote(
        ctx,
        chosen.map((b) => b.span),
      )}:`,
    ),
  );
  return { intent: "reference", answered: true, text: lines.join("\n"), figures: [] };
}

/** "vilket anslag belastas de 40 miljonerna?": the documents that tell money of the asked amounts. */
function tellersOf(ctx: AnswerContext): Set<string> {
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const docs = new Set<string>();
  for (const { entry } of ctx.index.entries)
    if (asked.has(entry.amountSek)) for (const s of entry.sources) docs.add(s.docId);
  return docs;
}

function line(ctx: AnswerContext, b: BudgetLineStatement): string {
  const post = b.post
    ? say(ctx.language, `, anslagsposten ${b.post}`, `, post ${b.post}`) +
      (b.postName ? ` ${b.postName}` : "")
    : "";
  return `${say(ctx.language, "anslaget", "appropriation")} ${b.appropriation}${post}`;
}
