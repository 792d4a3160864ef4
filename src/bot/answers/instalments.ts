// "första delbetalningen '27, hur stor och när?", "hur mycket betalade KamK ut i feb '27?": a grant paid in
// instalments, each with the month its own sentence names, in the order they are paid.
import { type LedgerEntry, MONTH_NAMES_EN, MONTH_NAMES_SV } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import { say } from "../say.js";
import { type AnswerContext, amountText, type Draft, entryFigure } from "./context.js";
import { dateText } from "./stated-dates.js";

// "första", "andra", "sista": which instalment is asked (1-based; -1 the last).
const ORDINALS = new Map<string, number>([
  ["första", 1],
  ["first", 1],
  ["andra", 2],
  ["second", 2],
  ["tredje", 3],
  ["third", 3],
  ["sista", -1],
  ["last", -1],
  ["final", -1],
]);

interface Instalment {
  entry: LedgerEntry;
  month: number | null;
}

/** The asked year's instalments, by month; null when the question asks none or the documents tell none. */
export function answerInstalments(ctx: AnswerContext): Draft | null {
  const { query } = ctx;
  const byMonth = query.months.length > 0 && (query.cues.has("pays") || query.cues.has("payer"));
  if (!query.cues.has("instalment") && !byMonth) return null;
  const all = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.instalment === true && inYears(e, query.years))
    .map((entry) => ({ entry, month: monthOf(entry) }))
    .sort((a, b) => (a.month ?? 13) - (b.month ?? 13));
  const chosen = pick(ctx, all);
  if (chosen.length === 0) return null;
  const lines = chosen.map(({ entry, month }) => {
    const { markers } = entryFigure(ctx, entry);
    const when =
      month === null || entry.year === null
        ? ""
        : say(ctx.language, " betalas ut i ", " paid out in ") +
          dateText({ year: entry.year, month, day: null }, ctx.language);
    return `• ${amountText(ctx, entry.amountSek)}${when} ${markers}`;
  });
  const lead = say(ctx.language, "Delbetalningar:", "Instalments:");
  return {
    intent: "amount",
    answered: true,
    text: [lead, ...lines].join("\n"),
    figures: chosen.map(({ entry }) => entryFigure(ctx, entry).figure),
  };
}

/** The instalments the question points at: by its month, by its ordinal word, else all of them. */
function pick(ctx: AnswerContext, all: readonly Instalment[]): Instalment[] {
  const { query } = ctx;
  if (query.months.length > 0)
    return all.filter((i) => i.month !== null && query.months.includes(i.month));
  const words = [...query.coverage.used, ...query.coverage.noise].map((w) => w.toLowerCase());
  const ordinal = words.map((w) => ORDINALS.get(w)).find((n) => n !== undefined);
  if (ordinal === undefined) return [...all];
  const one = ordinal === -1 ? all.at(-1) : all[ordinal - 1];
  return one ? [one] : [];
}

const MONTHS = [MONTH_NAMES_SV, MONTH_NAMES_EN].map((names) => names.map((m) => m.toLowerCase()));

/** The month the instalment's own sentence names ("betalas ut i februari 2027"), else null. */
function monthOf(entry: LedgerEntry): number | null {
  for (const s of entry.sources) {
    const words = s.text.toLowerCase().split(/[^\p{L}]+/u);
    for (const names of MONTHS) {
      const at = names.findIndex((m) => words.includes(m));
      if (at >= 0) return at + 1;
    }
  }
  return null;
}
