// "Hur mycket betalade Region Skåne tillbaka?", "how much was paid back": money a document says was left
// unspent or paid back, quoted as written. Never a grant, never part of a sum.
import type { RepaymentStatement } from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft } from "./context.js";
import { documentsByIdOf } from "./memo.js";

/** The amounts paid back, of the asked years and organisations where the documents say; null when none is told. */
export function answerRepaid(ctx: AnswerContext): Draft | null {
  const { query } = ctx;
  if (!query.cues.has("repay") || !(query.cues.has("howMuch") || query.cues.has("amount")))
    return null;
  // "när ska oanvända medel återbetalas?", "återbetalning, deadline?" ask by when, not how much was paid back.
  if ((query.cues.has("when") || query.cues.has("deadline")) && !query.cues.has("howMuch"))
    return null;
  // "hur mycket ska återbetalas om pengarna inte används" asks the rule: only money someone paid back, asked
  // by whom or for which year, is an amount.
  if (query.orgs.length === 0 && query.years.length === 0) return null;
  const names = query.orgs.map((o) => o.name.toLowerCase());
  const years = query.years.map(String);
  const told = (r: RepaymentStatement) => `${r.span.text} ${r.said?.text ?? ""}`.toLowerCase();
  // The one paying back is named in its sentences, or at the head of its document (a region's annual report).
  const byId = documentsByIdOf(ctx.knowledge);
  const docHead = (r: RepaymentStatement) => {
    return `${byId.get(r.span.docId)?.title ?? ""} ${r.opening.text}`.toLowerCase();
  };
  const found = ctx.knowledge.statements.repayments.filter(
    (r) =>
      (years.length === 0 || years.some((y) => told(r).includes(y))) &&
      (names.length === 0 || names.some((n) => told(r).includes(n) || docHead(r).includes(n))),
  );
  if (found.length === 0) return null;
  const figures: Figure[] = [];
  const items = found.map((r) => {
    const { ids, text: marks } = ctx.citations.markers([r.span, ...(r.said ? [r.said] : [])]);
    for (const a of r.amounts)
      figures.push({
        amountSek: a.valueSek,
        year: null,
        label: say(ctx.language, "betalades tillbaka", "paid back"),
        derived: false,
        citations: ids,
      });
    const amounts = r.amounts.map((a) => amountText(ctx, a.valueSek)).join(", ");
    return `${amounts} ${marks}`;
  });
  const lead = say(
    ctx.language,
    "Pengar som inte förbrukades och betalades tillbaka (inget anslag, ingår i ingen summa):",
    "Money left unspent and paid back (no grant, in no sum):",
  );
  return {
    intent: "amount",
    answered: true,
    text: [lead, ...items.map((i) => `• ${i}`)].join("\n"),
    figures,
  };
}
