// "Hur mycket av Barncancerfondens 7,8 miljoner betalas ut under 2027?": of a whole told over several years,
// the share the documents give for the asked year (never the whole again).
import type { LedgerEntry } from "../../knowledge/index.js";
import { inYears } from "../match.js";
import type { AnswerContext } from "./context.js";

/** The asked years' shares of the one asked whole, when it spans more years than asked; else none. */
export function yearSharesOfWhole(
  ctx: AnswerContext,
  found: readonly LedgerEntry[],
): LedgerEntry[] {
  const { years } = ctx.query;
  const [whole] = found;
  if (!ctx.query.cues.has("howMuch") || years.length === 0 || found.length !== 1 || !whole)
    return [];
  if (!whole.years.some((y) => !years.includes(y))) return [];
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.partOf === whole.id && e.amountSek < whole.amountSek && inYears(e, years));
}
