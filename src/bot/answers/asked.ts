import {
  type LedgerEntry,
  MONTH_NAMES_EN,
  MONTH_NAMES_SV,
  type Span,
} from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import type { AnswerContext } from "./context.js";
import { documentsOf } from "./scope.js";

/**
 * "vem betalar ut pengarna till lungcancer?", "who pays the 14,5 million?": the entries asked about, or
 * null when the question names no topic or amount.
 */
export function askedEntries(ctx: AnswerContext): LedgerEntry[] | null {
  const amounts = new Set(ctx.query.amounts.map((a) => a.valueSek));
  if (!hasTopic(ctx.query) && amounts.size === 0) return null;
  const pool = hasTopic(ctx.query) ? matchTopic(ctx.query, ctx.index) : ctx.index.entries;
  return pool
    .map((e) => e.entry)
    .filter((e) => inYears(e, ctx.query.years) && (amounts.size === 0 || amounts.has(e.amountSek)));
}

/**
 * The documents a who/when question is about: those stating the asked money, else those funding the
 * asked year (a multi-year total spans too much to tie it to one); null when the question names neither.
 */
export function askedDocuments(ctx: AnswerContext): Set<string> | null {
  const entries = askedEntries(ctx);
  if (entries) return documentsOf(entries);
  if (ctx.query.years.length === 0) return null;
  return documentsOf(
    ctx.index.entries.filter(
      (e) => e.entry.role !== "multi-year-total" && inYears(e.entry, ctx.query.years),
    ),
  );
}

const MONTHS = new Map(
  [...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m, i) => [m.toLowerCase(), (i % 12) + 1] as const),
);

/** "the april 2026 decision": the month the question names, if any. */
export function askedMonth(ctx: AnswerContext): number | null {
  for (const w of ctx.query.text.toLowerCase().split(/[^\p{L}]+/u)) {
    const month = MONTHS.get(w);
    if (month !== undefined) return month;
  }
  return null;
}

/** A filter on spans: only those in `docs`, or all when `docs` is null. */
export function inDocuments(docs: ReadonlySet<string> | null): (s: Span) => boolean {
  return (s) => docs === null || docs.has(s.docId);
}
