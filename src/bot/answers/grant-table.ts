import type { LedgerEntry } from "../../knowledge/index.js";
import type { TableRow } from "../blocks.js";
import type { DraftBlock } from "../build-blocks.js";
import {
  organisationName,
  ROLE_NAMES,
  SWEDISH_ROLE_NAMES,
  swedishPurpose,
} from "../english-names.js";
import { givenPerYear } from "../match.js";
import { entryLabel, namesTopic, say, yearsText } from "../say.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  entryFigure,
  qualifiedText,
} from "./context.js";

// A list of like amounts reads best as a table: year, amount, what for, source.
export const TABLE_MIN_ROWS = 2;

function shortLabel(ctx: AnswerContext, entry: LedgerEntry): string {
  // Co-funding is told by who puts it in; the sentence around it ("som tillsammans går in med") says less.
  if (entry.role === "co-funding" && !namesTopic(entry)) return coFundingLabel(entry, ctx.language);
  const label = entryLabel(entry, ctx.language);
  return label.length <= 50 ? label : swedishPurpose(entry, 50);
}

function coFundingLabel(entry: LedgerEntry, language: AnswerContext["language"]): string {
  const role = language === "sv" ? SWEDISH_ROLE_NAMES["co-funding"] : ROLE_NAMES["co-funding"];
  if (!entry.funder) return role;
  return `${role} ${language === "sv" ? "från" : "from"} ${organisationName(entry.funder, language)}`;
}

function row(ctx: AnswerContext, entry: LedgerEntry): TableRow {
  const { figure, markers } = entryFigure(ctx, entry);
  const label =
    entry.role === "multi-year-total" || entry.role === "total"
      ? say(ctx.language, "totalt (angivet)", "stated total")
      : shortLabel(ctx, entry) + notGms(ctx, entry);
  const perYear = givenPerYear(entry) ? say(ctx.language, " per år", " a year") : "";
  const amount = qualifiedText(ctx, entry.amountSek, entry.qualifier) + perYear;
  const cells = [yearsText(entry) || "–", amount, label, markers];
  return { cells, citations: figure.citations, sources: [] };
}

/** "Testbäddarna ingår inte i GMS": a grant listed beside GMS's money says it is not GMS's. */
function notGms(ctx: AnswerContext, entry: LedgerEntry): string {
  const granted = entry.role === "grant" || entry.role === "part";
  return granted && !entry.gms ? say(ctx.language, " (inte GMS)", " (not GMS)") : "";
}

/** The grants as a table; the total row only when the caller knows the documents support it. */
export function grantTable(
  ctx: AnswerContext,
  entries: readonly LedgerEntry[],
  total: { amountSek: number; citations: number[]; qualifier?: LedgerEntry["qualifier"] } | null,
): DraftBlock {
  const l = ctx.language;
  const columns = [
    { label: say(l, "År", "Year"), align: "left" as const },
    { label: say(l, "Belopp", "Amount"), align: "right" as const },
    { label: say(l, "Till", "For"), align: "left" as const },
    { label: say(l, "Källa", "Source"), align: "left" as const },
  ];
  const totalRow: TableRow | null = total
    ? {
        cells: [
          say(l, "Summa", "Total"),
          qualifiedText(ctx, total.amountSek, total.qualifier ?? null),
          say(l, "uträknat av boten", "computed by the bot"),
          total.citations.map((n) => `[${n}]`).join(""),
        ],
        citations: total.citations,
        sources: [],
      }
    : null;
  const rows = [...entries].sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
  return { kind: "table", columns, rows: rows.map((e) => row(ctx, e)), total: totalRow };
}

/**
 * The draft with its list shown as a table: the first line leads, the table replaces the "• " lines,
 * and other lines stay as notes ("…:" ends as a sentence once its list is a table).
 */
export function withTable(
  draft: Draft,
  table: DraftBlock,
  lead?: string,
  extra: readonly string[] = [],
): Draft {
  const after: DraftBlock[] = extra.map((text) => ({ kind: "note", text }));
  if (lead !== undefined)
    return { ...draft, blocks: [{ kind: "lead", text: lead }, table, ...after] };
  const lines = draft.text.split("\n").filter((line) => line.trim() !== "");
  const sentence = (line: string) => line.replace(/:\s*$/, ".");
  const [first = "", ...rest] = lines;
  const notes: DraftBlock[] = rest
    .filter((line) => !line.startsWith("• "))
    .map((line) => ({ kind: "note", text: sentence(line) }));
  return { ...draft, blocks: [{ kind: "lead", text: sentence(first) }, table, ...notes] };
}

/** One row per year: its amount (a sum when several grants, marked computed) and its sources. */
export function yearTable(
  ctx: AnswerContext,
  years: readonly { year: number; sum: number; count: number; citations: number[] }[],
): DraftBlock {
  const l = ctx.language;
  const columns = [
    { label: say(l, "År", "Year"), align: "left" as const },
    { label: say(l, "Belopp", "Amount"), align: "right" as const },
    { label: say(l, "Beslut", "Grants"), align: "right" as const },
    { label: say(l, "Källa", "Source"), align: "left" as const },
  ];
  const rows = years.map((y) => ({
    cells: [
      String(y.year),
      amountText(ctx, y.sum),
      y.count > 1 ? say(l, `${y.count} (summerat)`, `${y.count} (summed)`) : "1",
      y.citations.map((n) => `[${n}]`).join(""),
    ],
    citations: y.citations,
    sources: [],
  }));
  return { kind: "table", columns, rows, total: null };
}
