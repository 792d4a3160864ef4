import type { LedgerEntry } from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { byEntryOrder } from "../match.js";
import { listText, say } from "../say.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  derivedFigure,
  entryFigure,
} from "./context.js";
import { describeEntry } from "./describe.js";

function spanText(years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? "");
}

/** GMS's own grants (not parts, caps or frames) in the asked years. */
function gmsGrants(ctx: AnswerContext, years: readonly number[]): LedgerEntry[] {
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.role === "grant" && e.gms && e.year !== null && years.includes(e.year))
    .sort(byEntryOrder);
}

/** "Hur mycket fick GMS 2024?", "total 2021–2023": a stated total when one matches, else the sum of grants, each cited. */
export function answerYearTotal(ctx: AnswerContext): Draft {
  const years = ctx.query.years;
  if (years.length === 0) return allYears(ctx);
  const stated = ctx.index.entries
    .map((e) => e.entry)
    .find((e) => e.role === "multi-year-total" && e.gms && e.years.join() === years.join());
  const grants = gmsGrants(ctx, years);
  if (!stated && grants.length === 0) return noGrants(ctx, years);
  const figures: Figure[] = [];
  const lines: string[] = [];
  if (stated) {
    figures.push(entryFigure(ctx, stated).figure);
    lines.push(
      say(
        ctx.language,
        `GMS fick totalt ${amountText(ctx, stated.amountSek)} under ${spanText(years)} ${entryFigure(ctx, stated).markers}.`,
        `GMS received ${amountText(ctx, stated.amountSek)} in total over ${spanText(years)} ${entryFigure(ctx, stated).markers}.`,
      ),
    );
  }
  const sum = grants.reduce((s, g) => s + g.amountSek, 0);
  const grantFigures = grants.map((g) => entryFigure(ctx, g).figure);
  if (grants.length > 1 || (stated && sum !== stated.amountSek)) {
    const year = years.length === 1 ? (years[0] ?? null) : null;
    figures.push(
      derivedFigure(
        sum,
        year,
        say(
          ctx.language,
          `summa av beviljade medel ${spanText(years)}`,
          `sum of grants ${spanText(years)}`,
        ),
        grantFigures,
      ),
    );
    lines.push(sumLine(ctx, stated, sum, years));
  }
  // The sum cites every grant; the figures list the ones the text shows.
  figures.push(...grantFigures.slice(0, MAX_GRANT_LINES));
  const single = !stated && grants.length === 1;
  lines.push(...grantLines(ctx, grants, single));
  if (!stated && grants.length === 1 && grants[0])
    lines.push(...partsLines(ctx, grants[0], figures));
  return { intent: "total", answered: true, text: lines.join("\n"), figures };
}

// A chat answer shows this many grants; the rest are still cited, so the sum stays checkable.
const MAX_GRANT_LINES = 15;

function grantLines(ctx: AnswerContext, grants: LedgerEntry[], single: boolean): string[] {
  if (single) return grants.map((g) => describeEntry(ctx, g));
  const lines = grants.slice(0, MAX_GRANT_LINES).map((g) => `• ${describeEntry(ctx, g)}`);
  const rest = grants.slice(MAX_GRANT_LINES);
  if (rest.length > 0) {
    const markers = ctx.citations.markers(rest.flatMap((g) => g.sources)).text;
    lines.push(
      say(
        ctx.language,
        `• … och ${rest.length} beslut till ${markers}`,
        `• … and ${rest.length} more grants ${markers}`,
      ),
    );
  }
  return lines;
}

function sumLine(
  ctx: AnswerContext,
  stated: LedgerEntry | undefined,
  sum: number,
  years: readonly number[],
): string {
  const s = amountText(ctx, sum);
  if (!stated)
    return say(
      ctx.language,
      `GMS fick sammanlagt ${s} ${spanText(years)} (summan är uträknad av boten):`,
      `GMS received ${s} in ${spanText(years)} in total (the sum is computed by the bot):`,
    );
  const gap = amountText(ctx, Math.abs(stated.amountSek - sum));
  return say(
    ctx.language,
    `De enskilda beslut som dokumenten beskriver summerar till ${s}; ${gap} av totalen redovisas inte i något av dokumenten:`,
    `The individual grants the documents describe add up to ${s}; ${gap} of the total is not itemised in any of the documents:`,
  );
}

function partsLines(ctx: AnswerContext, grant: LedgerEntry, figures: Figure[]): string[] {
  const parts = grant.parts
    .map((id) => ctx.index.byId.get(id))
    .filter((p): p is LedgerEntry => !!p && p.role === "part");
  if (parts.length === 0) return [];
  figures.push(...parts.map((p) => entryFigure(ctx, p).figure));
  return [
    say(ctx.language, "Fördelat så här:", "Split as follows:"),
    ...parts.map((p) => `• ${describeEntry(ctx, p, { underWhole: true })}`),
  ];
}

/** The years the documents give GMS grants for, as "2021, 2022 och 2024". */
function grantYears(ctx: AnswerContext): string {
  const years = new Set<number>();
  for (const { entry } of ctx.index.entries) {
    if (entry.gms && entry.role === "grant" && entry.year !== null) years.add(entry.year);
  }
  return listText([...years].sort().map(String), ctx.language);
}

/** No year asked: every GMS grant the documents state, summed, plus any total they state themselves. */
function allYears(ctx: AnswerContext): Draft {
  const years = new Set<number>();
  for (const { entry } of ctx.index.entries) {
    if (entry.gms && entry.role === "grant" && entry.year !== null) years.add(entry.year);
  }
  if (years.size === 0) {
    return decline(
      "total",
      say(
        ctx.language,
        "Dokumenten anger inga medel till GMS.",
        "The documents state no GMS funding.",
      ),
    );
  }
  const span = [...years].sort((a, b) => a - b);
  const draft = answerYearTotal({
    ...ctx,
    query: { ...ctx.query, years: span, span: span.length > 1 },
  });
  const totals = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.role === "multi-year-total" && e.gms);
  if (totals.length === 0 || draft.text.includes(amountText(ctx, totals[0]?.amountSek ?? 0)))
    return draft;
  const told = totals.map(
    (t) =>
      `${amountText(ctx, t.amountSek)} (${t.years[0]}–${t.years.at(-1)}) ${entryFigure(ctx, t).markers}`,
  );
  draft.figures.push(...totals.map((t) => entryFigure(ctx, t).figure));
  const note = say(
    ctx.language,
    `Dokumenten anger också totalbelopp: ${listText(told, "sv")}.`,
    `The documents also state totals: ${listText(told, "en")}.`,
  );
  return { ...draft, text: `${draft.text}\n${note}` };
}

function noGrants(ctx: AnswerContext, years: readonly number[]): Draft {
  const known = grantYears(ctx);
  return decline(
    "total",
    say(
      ctx.language,
      `Dokumenten anger inga medel till GMS för ${spanText(years)}. De anger GMS-medel för ${known}.`,
      `The documents state no GMS funding for ${spanText(years)}. They give GMS funding for ${known}.`,
    ),
  );
}
