import { inYears } from "../match.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";

/** "What was the 14,5 million for?": every entry of that amount, with what it funds. */
export function answerPurpose(ctx: AnswerContext): Draft {
  const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
  const found = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => amounts.has(e.amountSek) && inYears(e, ctx.query.years));
  if (found.length === 0) {
    const asked = [...amounts].map((a) => amountText(ctx, a)).join(", ");
    return decline(
      "purpose",
      say(
        ctx.language,
        `Inget av dokumenten nämner beloppet ${asked}.`,
        `None of the documents mentions ${asked}.`,
      ),
    );
  }
  const lines = found.map((e) =>
    found.length > 1 ? `• ${describeEntry(ctx, e)}` : describeEntry(ctx, e),
  );
  if (found.length > 1) {
    lines.unshift(
      say(
        ctx.language,
        `Dokumenten nämner ${found.length} belopp på ${amountText(ctx, found[0]?.amountSek ?? 0)}:`,
        `The documents mention ${found.length} amounts of ${amountText(ctx, found[0]?.amountSek ?? 0)}:`,
      ),
    );
  }
  return {
    intent: "purpose",
    answered: true,
    text: lines.join("\n"),
    figures: found.map((e) => entryFigure(ctx, e).figure),
  };
}
