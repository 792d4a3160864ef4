import type { LedgerEntry } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import type { Query } from "../query.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft, entryFigure, withLead } from "./context.js";

// The words of the comparison: the decided money is asked without them.
const ASKS_ESTIMATE = ["estimate", "versus", "more", "less", "than"];

/**
 * "Hur mycket fick GMS för 2028, och hur står det sig mot budgetpropositionens beräkning?", "is the 2028
 * money more than the estimate?".
 */
export function asksAgainstEstimate(query: Query): boolean {
  const { cues } = query;
  // "the estimate for 2028 and what was actually decided": both asked, side by side.
  // "wasnt the 2028 budget supposed to be 90 million?": an estimate claimed for a year asks what was decided.
  const claimed = query.amounts.length > 0 && query.years.length > 0;
  const compares =
    cues.has("versus") ||
    ((cues.has("more") || cues.has("less")) && cues.has("than")) ||
    cues.has("decision") ||
    claimed;
  return (
    cues.has("estimate") &&
    compares &&
    (claimed || ["howMuch", "receives", "more", "less", "decision"].some((c) => cues.has(c)))
  );
}

/**
 * The money decided first, as a question without the estimate would get it; then the estimate for the same
 * years, said to be one. No difference is computed: an estimate and a decision are not the same kind.
 */
export function answerAgainstEstimate(
  ctx: AnswerContext,
  answerDecided: (ctx: AnswerContext) => Draft,
): Draft {
  const cues = new Set([...ctx.query.cues].filter((c) => !ASKS_ESTIMATE.includes(c)));
  const decided = answerDecided({ ...ctx, query: { ...ctx.query, cues } });
  // An estimate the decided answer already shows (nothing decided that year) is not said twice.
  const shown = (e: LedgerEntry) =>
    decided.figures.some((f) => f.amountSek === e.amountSek && f.year === e.year);
  // With no year asked, the years of the money decided ("the 84m" is 2028's).
  const years =
    ctx.query.years.length > 0
      ? ctx.query.years
      : [...new Set(decided.figures.flatMap((f) => (f.year === null ? [] : [f.year])))];
  const all = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.role === "estimate" && inYears(e, years));
  const estimates = all.filter((e) => !shown(e));
  if (estimates.length === 0 && all.length > 0) return decided;
  if (estimates.length === 0) {
    const none = say(
      ctx.language,
      "Dokumenten anger ingen beräkning för det året.",
      "The documents state no estimate for that year.",
    );
    return { ...decided, text: `${decided.text}\n${none}` };
  }
  const lines = estimates.map((e) => {
    const { figure, markers } = entryFigure(ctx, e);
    const year = e.year ?? "";
    const text = say(
      ctx.language,
      `Beräknat, inget beslut: ${amountText(ctx, e.amountSek)} för ${year} ${markers}.`,
      `Estimated, not decided: ${amountText(ctx, e.amountSek)} for ${year} ${markers}.`,
    );
    return { figure, text };
  });
  // With nothing decided for those years, the estimate alone answers, said to be one.
  const figures = [...decided.figures, ...lines.map((l) => l.figure)];
  const text = [decided.text, ...lines.map((l) => l.text)].join("\n");
  const notes = lines.map((l) => ({ kind: "note" as const, text: l.text }));
  const blocks = decided.blocks ? { blocks: [...decided.blocks, ...notes] } : {};
  const draft: Draft = { ...decided, intent: "amount", answered: true, text, figures, ...blocks };
  return withVerdict(ctx, draft, decided, estimates);
}

/**
 * "was the 84m less than the budget bill estimate?": yes or no first, when one decided amount and one
 * estimate for its year are set against each other by "more"/"less … than".
 */
function withVerdict(
  ctx: AnswerContext,
  draft: Draft,
  decided: Draft,
  estimates: readonly LedgerEntry[],
): Draft {
  const { cues } = ctx.query;
  const more = cues.has("more");
  if (more === cues.has("less") || !cues.has("than")) return draft;
  const stated = decided.figures.filter((f) => !f.derived);
  const [amount] = stated;
  const [estimate] = estimates;
  if (!amount || !estimate || estimates.length !== 1) return draft;
  const yes = more ? amount.amountSek > estimate.amountSek : amount.amountSek < estimate.amountSek;
  const a = amountText(ctx, amount.amountSek);
  const b = amountText(ctx, estimate.amountSek);
  const lead = yes
    ? say(
        ctx.language,
        `Ja: ${a} är ${more ? "mer" : "mindre"} än de beräknade ${b}.`,
        `Yes: ${a} is ${more ? "more" : "less"} than the ${b} estimated.`,
      )
    : say(
        ctx.language,
        `Nej: ${a} är inte ${more ? "mer" : "mindre"} än de beräknade ${b}.`,
        `No: ${a} is not ${more ? "more" : "less"} than the ${b} estimated.`,
      );
  return withLead(draft, lead);
}
