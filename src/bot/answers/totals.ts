import { countsAsGrant, type LedgerEntry } from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { amountInYears, byEntryOrder, type EntryIndex, entriesOfYears } from "../match.js";
import { KIND_CUES } from "../route.js";
import { listText, say } from "../say.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  derivedFigure,
  entryFigure,
  qualifiedText,
  sumQualifier,
} from "./context.js";
import { describeEntry } from "./describe.js";
import { excludedEntries, excludesSubject } from "./excluded.js";
import { checkGrants } from "./grant-sums.js";
import { grantTable, TABLE_MIN_ROWS, withTable } from "./grant-table.js";

/** "2021–2024" for consecutive years, "2021, 2022 och 2024" otherwise. */
function spanText(years: readonly number[], language: AnswerContext["language"]): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return "";
  if (first === last) return String(first);
  if (last - first + 1 === years.length) return `${first}–${last}`;
  return listText(years.map(String), language);
}

function itemisedIn(ctx: AnswerContext, years: readonly number[]): number {
  return gmsGrants(ctx, years).reduce((s, g) => s + amountInYears(g, years), 0);
}

/**
 * A stated total of GMS's money over years ("54,75 miljoner 2021–2023"); a two-year grant told with its
 * yearly shares is one grant's total, never the sum of everything in those years.
 */
function isYearsTotal(e: LedgerEntry): boolean {
  return e.role === "multi-year-total" && e.gms && e.parts.length === 0;
}

const yearsTotalsOf = new WeakMap<EntryIndex, LedgerEntry[]>();

/** The stated multi-year GMS totals, in ledger order: found once per index, not per question. */
function yearsTotals(ctx: AnswerContext): LedgerEntry[] {
  let out = yearsTotalsOf.get(ctx.index);
  if (!out) {
    out = ctx.index.entries.map((e) => e.entry).filter(isYearsTotal);
    yearsTotalsOf.set(ctx.index, out);
  }
  return out;
}

/** Stated multi-year GMS totals lying wholly inside the asked years, largest span first, not overlapping. */
function statedInside(ctx: AnswerContext, years: readonly number[]): LedgerEntry[] {
  const asked = new Set(years);
  const totals = yearsTotals(ctx)
    .filter(
      (e) =>
        e.years.length > 0 &&
        e.years.every((y) => asked.has(y)) &&
        // A stated total below its years' itemised grants covers only part of the money: count the grants.
        e.amountSek >= itemisedIn(ctx, e.years),
    )
    .sort((a, b) => b.years.length - a.years.length);
  const covered = new Set<number>();
  return totals.filter((t) => {
    if (t.years.some((y) => covered.has(y))) return false;
    for (const y of t.years) covered.add(y);
    return true;
  });
}

/** GMS's own grants (not parts, caps or frames) in the asked years. */
function gmsGrants(ctx: AnswerContext, years: readonly number[]): LedgerEntry[] {
  return checkedGrants(ctx, years).kept;
}

/** The asked years' grants checked once: those summed (in entry order), and those left out, by reason. */
function checkedGrants(
  ctx: AnswerContext,
  years: readonly number[],
): ReturnType<typeof checkGrants> {
  const checked = checkGrants(candidateGrants(ctx, years));
  return { ...checked, kept: checked.kept.sort(byEntryOrder) };
}

function candidateGrants(ctx: AnswerContext, years: readonly number[]): LedgerEntry[] {
  const excluded = excludedEntries(ctx);
  return entriesOfYears(ctx.index, [...new Set(years)]).filter(
    (e) => countsAsGrant(e) && !excluded.has(e),
  );
}

/** "Not added": what the arithmetic check left out of the sum, each said with its reason and quotes. */
function leftOutLines(
  ctx: AnswerContext,
  { rough, summed, loose }: ReturnType<typeof checkGrants>,
): string[] {
  const items = (list: LedgerEntry[], language: "sv" | "en") =>
    listText(
      list.map((e) => `${amountText(ctx, e.amountSek)} ${entryFigure(ctx, e).markers}`),
      language,
    );
  const lines: string[] = [];
  if (rough.length > 0)
    lines.push(
      say(
        ctx.language,
        `(Inte medräknat: ${items(rough, "sv")}, ett ungefärligt belopp nära ett exakt samma år – samma pengar avrundade.)`,
        `(Not added: ${items(rough, "en")}, an approximate amount close to an exact one that year – the same money rounded.)`,
      ),
    );
  if (summed.length > 0)
    lines.push(
      say(
        ctx.language,
        `(Inte medräknat bredvid sin summa: ${items(summed, "sv")}, som tillsammans är ett annat belopp samma år.)`,
        `(Not added beside their sum: ${items(summed, "en")}, which together make another amount of that year.)`,
      ),
    );
  if (loose.length > 0)
    lines.push(
      say(
        ctx.language,
        `(Inte medräknat: ${items(loose, "sv")} – meningen nämner varken givare eller GMS, så det kan vara en del av eller en återgivning av årets anslag.)`,
        `(Not added: ${items(loose, "en")} – the sentence names neither giver nor GMS, so it may be a part or a retelling of the year's grant.)`,
      ),
    );
  return lines;
}

/** "Hur mycket fick GMS 2024?", "total 2021–2023": a stated total when one matches, else the sum of grants, each cited. */
export function answerYearTotal(ctx: AnswerContext): Draft {
  const asked = ctx.query.years;
  if (asked.length === 0) return allYears(ctx);
  const exact = yearsTotals(ctx).find((e) => e.years.join() === asked.join());
  // A stated total holds what the question leaves out: then only the grants can be summed.
  const stated = excludesSubject(ctx) ? [] : exact ? [exact] : statedInside(ctx, asked);
  const covered = new Set(stated.flatMap((t) => t.years));
  const checked = checkedGrants(ctx, asked);
  const allGrants = checked.kept;
  if (stated.length === 0 && allGrants.length === 0) return noGrants(ctx, asked);
  const grantYears = allGrants.flatMap((g) =>
    g.perYear ? g.years.filter((y) => asked.includes(y)) : [g.year ?? 0],
  );
  const funded = [...new Set([...covered, ...grantYears])].sort((a, b) => a - b);
  const years = asked.length > 1 ? funded : asked;
  const lines: string[] = [];
  const figures: Figure[] = [];
  if (stated.length > 0) statedLines(ctx, stated, allGrants, asked, lines, figures);
  else grantsTotal(ctx, allGrants, years, lines, figures);
  const missing =
    asked.length > 1 && asked.length <= 12 ? asked.filter((y) => !funded.includes(y)) : [];
  if (missing.length > 0) {
    const list = spanText(missing, ctx.language);
    lines.push(
      say(
        ctx.language,
        `Dokumenten anger inga medel till GMS för ${list}.`,
        `The documents state no GMS funding for ${list}.`,
      ),
    );
  }
  const apart = keptApart(ctx);
  if (apart) lines.push(apart);
  lines.push(...leftOutLines(ctx, checked));
  const draft: Draft = { intent: "total", answered: true, text: lines.join("\n"), figures };
  const rows = [...stated, ...allGrants.filter((g) => !covered.has(g.year ?? 0))];
  const itemised = stated.length > 0 ? [...stated, ...allGrants] : allGrants;
  if (itemised.length < TABLE_MIN_ROWS || rows.length === 0) return draft;
  // A sum row only where no stated total is involved: then the rows are exactly what is summed.
  const sum = stated.length === 0 ? figures.find((f) => f.derived) : undefined;
  const tableRows = stated.length > 0 ? itemised : rows;
  // As many grants as the text shows, after the stated totals (which lead the rows).
  const shownRows = MAX_GRANT_LINES + stated.length;
  const summed = sum ? { ...sum, qualifier: sumQualifier(rows) } : null;
  const table = grantTable(ctx, tableRows.slice(0, shownRows), summed);
  const shown = withTable(draft, table);
  const rest = tableRows.length - shownRows;
  if (rest <= 0 || !shown.blocks) return shown;
  return { ...shown, blocks: [...shown.blocks, { kind: "note", text: moreGrants(ctx, rest) }] };
}

/** No stated total: the grants of the years, summed when there are several. */
function grantsTotal(
  ctx: AnswerContext,
  grants: LedgerEntry[],
  years: readonly number[],
  lines: string[],
  figures: Figure[],
): void {
  const grantFigures = grants.map((g) => entryFigure(ctx, g).figure);
  if (grants.length > 1) {
    const sum = grants.reduce((s, g) => s + amountInYears(g, years), 0);
    const year = years.length === 1 ? (years[0] ?? null) : null;
    const label = say(
      ctx.language,
      `summa av beviljade medel ${spanText(years, "sv")}`,
      `sum of grants ${spanText(years, "en")}`,
    );
    const qualifier = sumQualifier(grants);
    figures.push(derivedFigure(sum, year, label, grantFigures, { ctx, of: qualifier }));
    lines.push(sumLine(ctx, undefined, sum, years, qualifier));
  }
  // The sum cites every grant, and every grant it adds up is a figure of its own.
  figures.push(...grantFigures);
  const single = grants.length === 1;
  lines.push(...grantLines(ctx, grants, single));
  if (single && grants[0]) lines.push(...partsLines(ctx, grants[0], figures));
}

/**
 * Stated totals cover their years ("54,75 miljoner 2021–2023"); grants outside them are added; where the
 * itemised grants don't reach a stated total, the answer says how much is not itemised.
 */
function statedLines(
  ctx: AnswerContext,
  stated: LedgerEntry[],
  grants: LedgerEntry[],
  asked: readonly number[],
  lines: string[],
  figures: Figure[],
): void {
  const covered = new Set(stated.flatMap((t) => t.years));
  const outside = grants.filter((g) => g.year !== null && !covered.has(g.year));
  const parts = [...stated, ...outside];
  const partFigures = parts.map((p) => entryFigure(ctx, p).figure);
  if (parts.length > 1) {
    const sum = parts.reduce((s, p) => s + p.amountSek, 0);
    const label = say(
      ctx.language,
      `totalt ${spanText(asked, "sv")}`,
      `total ${spanText(asked, "en")}`,
    );
    const qualifier = sumQualifier(parts);
    const total = qualifiedText(ctx, sum, qualifier);
    figures.push(derivedFigure(sum, null, label, partFigures, { ctx, of: qualifier }));
    lines.push(
      say(
        ctx.language,
        `GMS fick sammanlagt ${total} (uträknat av boten av beloppen nedan):`,
        `GMS received ${total} in total (computed by the bot from the amounts below):`,
      ),
    );
  }
  const gapFigures: Figure[] = [];
  // The itemised grants shown under a stated total are figures of the answer too, each with its sources.
  const shownFigures: Figure[] = [];
  const bullet = parts.length > 1 ? "• " : "";
  lines.push(...grantLines(ctx, outside, false));
  for (const t of stated) {
    const { markers } = entryFigure(ctx, t);
    const span = spanText(t.years, ctx.language);
    lines.push(
      say(
        ctx.language,
        `${bullet}GMS fick ${qualifiedText(ctx, t.amountSek, t.qualifier)} totalt under ${span} ${markers}.`,
        `${bullet}GMS received ${qualifiedText(ctx, t.amountSek, t.qualifier)} in total over ${span} ${markers}.`,
      ),
    );
    const itemised = grants.filter((g) => g.years.some((y) => t.years.includes(y)));
    const itemisedSum = itemised.reduce((s, g) => s + amountInYears(g, t.years), 0);
    if (itemisedSum === t.amountSek) continue;
    const label = say(
      ctx.language,
      `summa av enskilda beslut ${span}`,
      `sum of itemised grants ${span}`,
    );
    gapFigures.push(
      derivedFigure(
        itemisedSum,
        null,
        label,
        itemised.map((g) => entryFigure(ctx, g).figure),
      ),
    );
    lines.push(
      sumLine(ctx, t, itemisedSum, t.years, sumQualifier(itemised)),
      ...grantLines(ctx, itemised, false),
    );
    shownFigures.push(...itemised.map((g) => entryFigure(ctx, g).figure));
  }
  figures.push(...partFigures, ...gapFigures, ...shownFigures);
}

// A chat answer shows this many grants, in text and table; the rest are counted and, as figures of the
// sum, still cited in the structured answer, so the sum stays checkable without writing out every grant.
const MAX_GRANT_LINES = 15;

function moreGrants(ctx: AnswerContext, rest: number): string {
  return say(
    ctx.language,
    `… och ${rest} beslut till (se \`gms-bot ledger\`)`,
    `… and ${rest} more grants (see \`gms-bot ledger\`)`,
  );
}

function grantLines(ctx: AnswerContext, grants: LedgerEntry[], single: boolean): string[] {
  if (single) return grants.map((g) => describeEntry(ctx, g));
  const lines = grants.slice(0, MAX_GRANT_LINES).map((g) => `• ${describeEntry(ctx, g)}`);
  const rest = grants.length - MAX_GRANT_LINES;
  if (rest > 0) lines.push(`• ${moreGrants(ctx, rest)}`);
  return lines;
}

function sumLine(
  ctx: AnswerContext,
  stated: LedgerEntry | undefined,
  sum: number,
  years: readonly number[],
  qualifier: LedgerEntry["qualifier"],
): string {
  const s = qualifiedText(ctx, sum, qualifier);
  // "hur mycket får GMS nästa år": years still to come are told as coming, not as received.
  const asked = Number(ctx.today?.slice(0, 4));
  const coming = Number.isFinite(asked) && years.length > 0 && years.every((y) => y > asked);
  if (!stated)
    return say(
      ctx.language,
      `GMS ${coming ? "får" : "fick"} sammanlagt ${s} ${spanText(years, "sv")} (summan är uträknad av boten):`,
      `GMS ${coming ? "is to receive" : "received"} ${s} in ${spanText(years, "en")} in total (the sum is computed by the bot):`,
    );
  const gap = amountText(ctx, Math.abs(stated.amountSek - sum));
  if (sum > stated.amountSek) {
    return say(
      ctx.language,
      `De enskilda beslut som dokumenten beskriver summerar till ${s}, ${gap} mer än den angivna totalen:`,
      `The individual grants the documents describe add up to ${s}, ${gap} more than the stated total:`,
    );
  }
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
    if (countsAsGrant(entry) && entry.year !== null) years.add(entry.year);
  }
  return listText([...years].sort().map(String), ctx.language);
}

/** No year asked: every GMS grant the documents state, summed, plus any total they state themselves. */
function allYears(ctx: AnswerContext): Draft {
  const years = new Set<number>();
  for (const { entry } of ctx.index.entries) {
    if (countsAsGrant(entry) && entry.year !== null) years.add(entry.year);
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
  const totals = yearsTotals(ctx);
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
  const none = decline(
    "total",
    say(
      ctx.language,
      `Dokumenten anger inga medel till GMS för ${spanText(years, "sv")}.${known ? ` De anger GMS-medel för ${known}.` : ""}`,
      `The documents state no GMS funding for ${spanText(years, "en")}.${known ? ` They give GMS funding for ${known}.` : ""}`,
    ),
  );
  // "hur mycket får GMS 2028": no grant yet, but a budget bill's estimate for that year is worth telling.
  const planned = estimatesFor(ctx, years);
  if (planned.length === 0) return none;
  const lines = planned.map((e) => describeEntry(ctx, e));
  // The estimate answers it, as a plan and not a decision.
  return {
    ...none,
    answered: true,
    text: `${none.text}\n${lines.join("\n")}`,
    figures: planned.map((e) => entryFigure(ctx, e).figure),
  };
}

/** Estimates for the asked years that name no other recipient (a budget bill's "stödet beräknas till …"). */
function estimatesFor(ctx: AnswerContext, years: readonly number[]): LedgerEntry[] {
  const gms = (name: string | null) => name === null || /\bGMS\b/.test(name);
  return entriesOfYears(ctx.index, years).filter((e) => e.role === "estimate" && gms(e.recipient));
}

/** "summa 2026 inkl medfinansiering": another kind of money asked to be included is said to be kept apart. */
function keptApart(ctx: AnswerContext): string | null {
  const { cues } = ctx.query;
  if (!cues.has("including") || !KIND_CUES.some((c) => cues.has(c))) return null;
  return say(
    ctx.language,
    "(Medfinansiering, beräkningar och ramar läggs aldrig ihop med statens bidrag; fråga om dem för sig.)",
    "(Co-funding, estimates and frames are never added to the government's grants; ask about them on their own.)",
  );
}

/**
 * "how many grants are there", "hur många anslag fick gms 2026": grants are funding, so they are counted (GMS's
 * own grants, never stated totals, parts or co-funding) and then listed as the total lists them.
 */
export function answerGrantCount(ctx: AnswerContext): Draft {
  const draft = answerYearTotal(ctx);
  if (!draft.answered) return draft;
  const asked = ctx.query.years;
  const years =
    asked.length > 0
      ? asked
      : [
          ...new Set(
            ctx.index.entries.flatMap(({ entry }) =>
              countsAsGrant(entry) && entry.year !== null ? [entry.year] : [],
            ),
          ),
        ];
  const n = gmsGrants(ctx, years).length;
  const of = asked.length > 0 ? ` ${spanText(asked, ctx.language)}` : "";
  const line = say(
    ctx.language,
    `Dokumenten anger ${n} anslag till GMS${of === "" ? "" : ` för${of}`}.`,
    `The documents tell of ${n} ${n === 1 ? "grant" : "grants"} to GMS${of === "" ? "" : ` for${of}`}.`,
  );
  const blocks = draft.blocks?.map((b, i) =>
    i === 0 && b.kind === "lead" ? { ...b, text: `${line} ${b.text}` } : b,
  );
  return { ...draft, text: `${line}\n${draft.text}`, ...(blocks ? { blocks } : {}) };
}
