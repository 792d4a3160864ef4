import { countsAsGrant, fundingRole, type LedgerEntry, passedOn } from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { topicInEnglish } from "../english-names.js";
import { byEntryOrder, hasTopic, inYears, matchTopic } from "../match.js";
import { asksYearWord } from "../route.js";
import { namesTopic, say } from "../say.js";
import { insideOwnShare, withoutLooseShares } from "./amount-entries.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  derivedFigure,
  entryFigure,
} from "./context.js";
import { describeEntry } from "./describe.js";
import { withoutSummedParts } from "./grant-sums.js";
import { withTable, yearTable } from "./grant-table.js";

/** One year's GMS grants and what they add up to: a stated figure when one grant, else a derived sum. */
interface YearSum {
  year: number;
  sum: number;
  entries: LedgerEntry[];
  figure: Figure;
}

/** GMS grants by year (only what `countsAsGrant` allows), in the asked years or all. */
export function yearSums(
  ctx: AnswerContext,
  entries: LedgerEntry[],
  label: (y: number) => string,
): YearSum[] {
  const byYear = new Map<number, LedgerEntry[]>();
  for (const e of entries) {
    if (e.year === null || !inYears(e, ctx.query.years)) continue;
    byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, list]) => {
      const parts = list.map((e) => entryFigure(ctx, e).figure);
      const sum = list.reduce((s, e) => s + e.amountSek, 0);
      const figure =
        list.length === 1 && parts[0] ? parts[0] : derivedFigure(sum, year, label(year), parts);
      return { year, sum, entries: list, figure };
    });
}

/** The one GMS grant every entry is (a share of a share of …) part of; null when they are not all of one. */
function oneGrantOf(ctx: AnswerContext, entries: readonly LedgerEntry[]): LedgerEntry | null {
  let found: LedgerEntry | null = null;
  for (const e of entries) {
    let top: LedgerEntry | undefined = e;
    for (let n = 0; top?.partOf && n < 5; n++) top = ctx.index.byId.get(top.partOf);
    if (!top || top === e || !countsAsGrant(top) || (found && found !== top)) return null;
    found = top;
  }
  return found;
}

/** The money a question is about: its topic's grants and shares (no whole and its own part twice), else GMS's grants. */
export function subjectEntries(ctx: AnswerContext): LedgerEntry[] {
  if (!hasTopic(ctx.query))
    return withoutSummedParts(ctx.index.entries.map((e) => e.entry).filter(countsAsGrant));
  const found = matchTopic(
    ctx.query,
    ctx.index,
    // A year's sum for an area is GMS's money: another giver's ("6 miljoner … ingår inte i statens stöd till GMS")
    // is never added into it.
    // A node's own slice of the area (`recipientShare`) is inside the area's national money: never beside it.
    (e) =>
      (fundingRole(e.entry) === "grant" || e.entry.role === "part") &&
      e.entry.gms &&
      e.entry.recipientShare !== true &&
      !insideOwnShare(ctx, e.entry),
  ).map((e) => e.entry);
  const byId = new Map(found.map((e) => [e.id, e]));
  // A share and its whole both name the area: the share is what went to it; but a share of the area's own
  // money (a region's 4,8 of the 16 miljoner for sällsynta) is a slice, and the area's money is the whole.
  // A whole split by area ("8,5 till barncancer, 8 till bröstcancer" of 16,5) has shares, never slices.
  const byArea = (w: LedgerEntry) =>
    new Set(w.parts.map((p) => ctx.index.byId.get(p)?.area)).size > 1;
  const slice = (e: LedgerEntry) => {
    const whole = e.partOf ? byId.get(e.partOf) : undefined;
    return whole !== undefined && whole.area === e.area && !byArea(whole);
  };
  return withoutLooseShares(
    found.filter(
      (e) => !slice(e) && !e.parts.some((p) => byId.has(p) && !slice(byId.get(p) as LedgerEntry)),
    ),
    (id) => ctx.index.byId.get(id),
  );
}

export function subjectName(ctx: AnswerContext): string {
  const words = ctx.query.topicWords.join(" ");
  if (!hasTopic(ctx.query) || !words) return "GMS";
  return ctx.language === "en" ? `“${topicInEnglish(words)}”` : `”${words}”`;
}

function markers(f: Figure): string {
  return f.citations.map((c) => `[${c}]`).join("");
}

const computed = (ctx: AnswerContext) =>
  say(ctx.language, "(uträknat av boten)", "(computed by the bot)");

function nothing(ctx: AnswerContext, intent: string): Draft {
  return decline(
    intent,
    say(
      ctx.language,
      `Dokumenten anger inga belopp för ${subjectName(ctx)}${ctx.query.years.length ? ` ${ctx.query.years.join(", ")}` : ""}.`,
      `The documents state no amounts for ${subjectName(ctx)}${ctx.query.years.length ? ` in ${ctx.query.years.join(", ")}` : ""}.`,
    ),
  );
}

/** "Per-year overview": each year's GMS grants, summed where there are several, each cited. */
export function answerOverview(ctx: AnswerContext): Draft {
  const sums = yearSums(ctx, subjectEntries(ctx), (y) =>
    say(ctx.language, `summa ${y}`, `sum ${y}`),
  );
  if (sums.length === 0) return nothing(ctx, "overview");
  const lines = sums.map(
    (s) =>
      `• ${s.year}: ${amountText(ctx, s.sum)} ${markers(s.figure)}${s.figure.derived ? ` ${computed(ctx)}` : ""}`,
  );
  lines.unshift(say(ctx.language, `${subjectName(ctx)} per år:`, `${subjectName(ctx)} per year:`));
  // "when did the funding start?": the first year with money, then every year.
  const first = sums[0];
  if (ctx.query.cues.has("firstYear") && first)
    lines.unshift(
      say(
        ctx.language,
        `Första året med medel till ${subjectName(ctx)} i dokumenten är ${first.year}: ${amountText(ctx, first.sum)} ${markers(first.figure)}.`,
        `The first year with funding for ${subjectName(ctx)} in the documents is ${first.year}: ${amountText(ctx, first.sum)} ${markers(first.figure)}.`,
      ),
    );
  const draft: Draft = {
    intent: "overview",
    answered: true,
    text: lines.join("\n"),
    figures: sums.map((s) => s.figure),
  };
  const rows = sums.map((s) => ({
    year: s.year,
    sum: s.sum,
    count: s.entries.length,
    citations: s.figure.citations,
  }));
  return withTable(draft, yearTable(ctx, rows));
}

/** "Average per year": the years' sum over the number of funded years, derived and citing every grant. */
export function answerAverage(ctx: AnswerContext): Draft {
  const sums = yearSums(ctx, subjectEntries(ctx), (y) =>
    say(ctx.language, `summa ${y}`, `sum ${y}`),
  );
  if (sums.length === 0) return nothing(ctx, "average");
  const total = sums.reduce((s, y) => s + y.sum, 0);
  // Rounded to ten thousand kronor: the sum's precision is the documents', not the division's.
  const average = Math.round(total / sums.length / 10_000) * 10_000;
  const years = sums.map((s) => s.year);
  const label = say(
    ctx.language,
    `genomsnitt per år ${years[0]}–${years.at(-1)}`,
    `average per year ${years[0]}–${years.at(-1)}`,
  );
  const figure = derivedFigure(
    average,
    null,
    label,
    sums.map((s) => s.figure),
  );
  const text = say(
    ctx.language,
    `I genomsnitt ${amountText(ctx, average)} per år för ${subjectName(ctx)} (${sums.length} år med belopp, ${years[0]}–${years.at(-1)}) ${computed(ctx)}:`,
    `On average ${amountText(ctx, average)} a year for ${subjectName(ctx)} (${sums.length} years with amounts, ${years[0]}–${years.at(-1)}) ${computed(ctx)}:`,
  );
  const lines = sums.map((s) => `• ${s.year}: ${amountText(ctx, s.sum)} ${markers(s.figure)}`);
  return {
    intent: "average",
    answered: true,
    text: [text, ...lines].join("\n"),
    figures: [figure, ...sums.map((s) => s.figure)],
  };
}

/** "Which year got the most?", "the smallest grant": a year when years are asked about, else one grant. */
export function answerExtreme(ctx: AnswerContext): Draft {
  const largest = !ctx.query.cues.has("smallest");
  const aboutYears = asksYearWord(ctx.query);
  const entries = subjectEntries(ctx);
  if (aboutYears) {
    const sums = yearSums(ctx, entries, (y) => say(ctx.language, `summa ${y}`, `sum ${y}`));
    const pick = [...sums].sort((a, b) => (largest ? b.sum - a.sum : a.sum - b.sum))[0];
    if (!pick) return nothing(ctx, "extreme");
    const text = say(
      ctx.language,
      `${largest ? "Mest" : "Minst"} fick ${subjectName(ctx)} ${pick.year}: ${amountText(ctx, pick.sum)} ${markers(pick.figure)}${pick.figure.derived ? ` ${computed(ctx)}` : ""}. Alla år:`,
      `${subjectName(ctx)} got the ${largest ? "most" : "least"} in ${pick.year}: ${amountText(ctx, pick.sum)} ${markers(pick.figure)}${pick.figure.derived ? ` ${computed(ctx)}` : ""}. All years:`,
    );
    const lines = sums.map((s) => `• ${s.year}: ${amountText(ctx, s.sum)} ${markers(s.figure)}`);
    const figures = [pick.figure, ...sums.filter((s) => s !== pick).map((s) => s.figure)];
    return { intent: "extreme", answered: true, text: [text, ...lines].join("\n"), figures };
  }
  // "Smallest area in the 2025 split?": the shares of the year's wholes.
  const areas = ctx.query.cues.has("breakdown") || ctx.query.cues.has("area");
  // "de resterande 50 miljonerna", itself split into areas and naming none, is no area.
  const split = new Set(ctx.index.entries.map((e) => e.entry.partOf).filter((id) => id !== null));
  // "Resterande 69 500 tkr fördes vidare till de övriga regionerna": a slice handed on is whose it is, no area.
  // A region's share of the year's grant ("Region Stockholm 15 500") or of an area's money ("4,8 miljoner
  // kronor av de 16 miljonerna för sällsynta diagnoser") is whose it is, no area of its own.
  const byId = ctx.index.byId;
  const regionShare = (e: LedgerEntry) => {
    const whole = e.partOf ? byId.get(e.partOf) : undefined;
    if (e.recipientShare === true || e.instalment === true) return true;
    if (whole === undefined || e.recipient === null) return false;
    // "Resterande 3,4 miljoner kronor stannar …": a slice its recipient keeps of a share, naming no area.
    if (e.recipient === whole.recipient) return whole.partOf !== null && !namesTopic(e);
    // Another recipient's slice of an area's money is a share of the area, not an area.
    return !namesTopic(e) || namesTopic(whole);
  };
  const isArea = (e: LedgerEntry) =>
    (!split.has(e.id) || namesTopic(e)) && !e.sources.some(passedOn) && !regionShare(e);
  // "which part is the biggest?" of an amount just shown: that whole's parts.
  const wholes = new Set(
    ctx.index.entries
      .filter((e) => ctx.query.amounts.some((a) => a.valueSek === e.entry.amountSek))
      .map((e) => e.entry.id),
  );
  // A share of the whole that is itself split and names no area ("de resterande 50 miljonerna fördelas på
  // fem områden") stands for its own parts: they are the whole's areas too, ranked beside the others.
  const ofWhole = (e: LedgerEntry): boolean => {
    if (wholes.size === 0) return true;
    if (e.partOf === null) return false;
    if (wholes.has(e.partOf)) return true;
    const parent = byId.get(e.partOf);
    return (
      parent !== undefined && parent.partOf !== null && wholes.has(parent.partOf) && !isArea(parent)
    );
  };
  const pool = areas
    ? ctx.index.entries
        .map((e) => e.entry)
        // The year's split is GMS's unless an amount is asked: another funder's share is no area of it.
        .filter((e) => e.role === "part" && isArea(e) && ofWhole(e) && (e.gms || wholes.size > 0))
    : entries;
  const inYear = pool.filter((e) => inYears(e, ctx.query.years)).sort(byEntryOrder);
  const ranked = [...inYear].sort((a, b) =>
    largest ? b.amountSek - a.amountSek : a.amountSek - b.amountSek,
  );
  const pick = ranked[0];
  if (!pick) return nothing(ctx, "extreme");
  // "top 3 areas 2025": the asked number of them, in order, each with its quote (ties at the cut kept).
  const rank = ctx.query.rank ?? 1;
  if (rank > 1) return rankedEntries(ctx, ranked, rank, largest);
  const intro = say(
    ctx.language,
    `${largest ? "Största" : "Minsta"} beloppet${hasTopic(ctx.query) ? ` för ${subjectName(ctx)}` : ""}:`,
    `The ${largest ? "largest" : "smallest"} amount${hasTopic(ctx.query) ? ` for ${subjectName(ctx)}` : ""}:`,
  );
  // Two areas of 10 miljoner each: both are the smallest, neither alone.
  const tied = inYear.filter((e) => e.amountSek === pick.amountSek);
  const text =
    tied.length === 1
      ? `${intro} ${describeEntry(ctx, pick)}`
      : [intro, ...tied.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n");
  return {
    intent: "extreme",
    answered: true,
    text,
    figures: tied.map((e) => entryFigure(ctx, e).figure),
  };
}

/** The `rank` largest (smallest) of `ranked`, and any tied with the last of them. */
function rankedEntries(
  ctx: AnswerContext,
  ranked: readonly LedgerEntry[],
  rank: number,
  largest: boolean,
): Draft {
  const cut = ranked[Math.min(rank, ranked.length) - 1]?.amountSek ?? 0;
  const shown = ranked.filter((e, i) => i < rank || e.amountSek === cut);
  const intro = say(
    ctx.language,
    `De ${shown.length} ${largest ? "största" : "minsta"} beloppen${hasTopic(ctx.query) ? ` för ${subjectName(ctx)}` : ""}${ranked.length < rank ? ` (dokumenten anger bara ${ranked.length})` : ""}:`,
    `The ${shown.length} ${largest ? "largest" : "smallest"} amounts${hasTopic(ctx.query) ? ` for ${subjectName(ctx)}` : ""}${ranked.length < rank ? ` (the documents state only ${ranked.length})` : ""}:`,
  );
  return {
    intent: "extreme",
    answered: true,
    text: [intro, ...shown.map((e, i) => `${i + 1}. ${describeEntry(ctx, e)}`)].join("\n"),
    figures: shown.map((e) => entryFigure(ctx, e).figure),
  };
}

/** "Hur stor andel gick till barncancer 2024?": the area's money over GMS's grants that year, in percent. */
export function answerShare(ctx: AnswerContext): Draft {
  const ofState = hasTopic(ctx.query) ? null : stateShare(ctx);
  if (ofState) return ofState;
  if (!hasTopic(ctx.query))
    return decline(
      "share",
      say(
        ctx.language,
        "Andel av vad? Ange ett område, till exempel barncancer.",
        "A share of what? Name an area, for example childhood cancer.",
      ),
    );
  const label = (y: number) => say(ctx.language, `summa ${y}`, `sum ${y}`);
  // "What share of the 15.75 million …": the named amount is the whole, else the year's GMS grants.
  const asked = ctx.query.amounts[0]?.valueSek;
  // "hur stor andel av 80 mkr gick till solida?": a whole the ledger tells only for some years measures the
  // area's money of those years alone (summing the others would cite lines never shown).
  const subject = subjectEntries(ctx);
  const wholeYears = new Set(
    ctx.index.entries
      .filter((e) => asked !== undefined && e.entry.amountSek === asked)
      .flatMap((e) => [e.entry.year, ...e.entry.years]),
  );
  const ofWholeYears = subject.filter((e) => [e.year, ...e.years].some((y) => wholeYears.has(y)));
  const part = yearSums(ctx, ofWholeYears.length > 0 ? ofWholeYears : subject, label);
  // Only the years the area has money in (over a span, every year: the share of them all): a whole summed
  // for another year would cite what no line shows.
  const partYears = new Set(part.map((p) => p.year));
  const shownYear = (e: LedgerEntry) =>
    ctx.query.span || [e.year, ...e.years].some((y) => y !== null && partYears.has(y));
  // "Hur stor andel av 2022 års 21,75 miljoner …": a whole no document tells as one amount but that is the
  // year's GMS grants added up is those grants.
  // Summed without citing: only a whole shown cites its grants. Only for an amount no entry has (read lazily:
  // every other share question would sum the whole ledger for nothing).
  const isYearsGrants = (sek: number) => {
    const sums = new Map<number, number>();
    for (const e of ctx.index.entries.map((x) => x.entry))
      if (e.year !== null && countsAsGrant(e) && shownYear(e))
        sums.set(e.year, (sums.get(e.year) ?? 0) + e.amountSek);
    return sums.size > 0 && [...sums.values()].every((sum) => sum === sek);
  };
  const named =
    asked !== undefined && !ctx.index.byAmount.has(asked) && isYearsGrants(asked)
      ? undefined
      : asked;
  const wholeEntries = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => (named === undefined ? countsAsGrant(e) : e.amountSek === named))
    .filter(shownYear)
    // A named whole is one amount: several tellings of it in a year are not added up.
    .filter((e, i, all) => named === undefined || all.findIndex((o) => o.year === e.year) === i);
  const whole = new Map(yearSums(ctx, wholeEntries, label).map((s) => [s.year, s]));
  const lines: string[] = [];
  const figures: Figure[] = [];
  for (const p of part) {
    const w = whole.get(p.year);
    if (!w || w.sum === 0) continue;
    const percent = shareText(ctx, p.sum, w.sum);
    lines.push(
      say(
        ctx.language,
        `${p.year}: ${amountText(ctx, p.sum)} ${markers(p.figure)} av ${named === undefined ? "GMS-medlen " : ""}${amountText(ctx, w.sum)} ${markers(w.figure)} = ${percent} ${computed(ctx)}.`,
        `${p.year}: ${amountText(ctx, p.sum)} ${markers(p.figure)} of ${named === undefined ? "GMS's " : ""}${amountText(ctx, w.sum)} ${markers(w.figure)} = ${percent} ${computed(ctx)}.`,
      ),
    );
    figures.push(p.figure, w.figure);
    // "What share of the 2027 grant …": the one grant the area's money is part of, when the year has more.
    const grant = named === undefined ? oneGrantOf(ctx, p.entries) : null;
    if (grant && grant.amountSek !== w.sum && grant.amountSek > p.sum) {
      const g = entryFigure(ctx, grant).figure;
      const ofGrant = shareText(ctx, p.sum, grant.amountSek);
      lines.push(
        say(
          ctx.language,
          `${p.year}: av anslaget det ingår i, ${amountText(ctx, grant.amountSek)} ${markers(g)}, är det ${ofGrant} ${computed(ctx)}.`,
          `${p.year}: of the grant it is part of, ${amountText(ctx, grant.amountSek)} ${markers(g)}, it is ${ofGrant} ${computed(ctx)}.`,
        ),
      );
      figures.push(g);
    }
  }
  if (lines.length === 0) return nothing(ctx, "share");
  lines.unshift(
    say(ctx.language, `Andelen för ${subjectName(ctx)}:`, `The share for ${subjectName(ctx)}:`),
  );
  // "What share of all GMS funding since 2021 …": over several years, also the share of them all.
  const all =
    ctx.query.span && part.length > 1 ? overallShare(ctx, part, [...whole.values()]) : null;
  if (all) {
    lines.push(all.line);
    figures.push(...all.figures);
  }
  return { intent: "share", answered: true, text: lines.join("\n"), figures };
}

/**
 * "Hur stor andel av 2019 års satsning på 24 miljoner kronor stod staten för?": a named whole that is no grant
 * (the state's money and others' together): the state's grants of its years over it, in percent; null when the
 * question names no state, no such whole or no grant within it.
 */
function stateShare(ctx: AnswerContext): Draft | null {
  const { query } = ctx;
  const asked = query.amounts[0]?.valueSek;
  if (!query.namesState || asked === undefined) return null;
  const all = ctx.index.entries.map((e) => e.entry);
  const whole = all.find(
    (e) => e.amountSek === asked && !countsAsGrant(e) && inYears(e, query.years),
  );
  if (!whole) return null;
  const years = new Set([whole.year, ...whole.years].filter((y): y is number => y !== null));
  const grants = all
    .filter((e) => countsAsGrant(e) && e.year !== null && years.has(e.year))
    .filter((e) => e.amountSek < whole.amountSek)
    .sort(byEntryOrder);
  if (grants.length === 0) return null;
  const sum = grants.reduce((n, e) => n + e.amountSek, 0);
  const parts = grants.map((e) => entryFigure(ctx, e).figure);
  const part =
    parts.length === 1 && parts[0]
      ? parts[0]
      : derivedFigure(sum, whole.year, say(ctx.language, "statens del", "the state's part"), parts);
  const w = entryFigure(ctx, whole).figure;
  const percent = shareText(ctx, sum, whole.amountSek);
  return {
    intent: "share",
    answered: true,
    text: say(
      ctx.language,
      `Statens del: ${amountText(ctx, sum)} ${markers(part)} av ${amountText(ctx, whole.amountSek)} ${markers(w)} = ${percent} ${computed(ctx)}.`,
      `The state's part: ${amountText(ctx, sum)} ${markers(part)} of ${amountText(ctx, whole.amountSek)} ${markers(w)} = ${percent} ${computed(ctx)}.`,
    ),
    figures: [part, w],
  };
}

/** "21,3 %", "21.3%": a part over its whole, one decimal at most, in the asker's language. */
export function shareText(ctx: AnswerContext, part: number, whole: number): string {
  const sv = ctx.language === "sv";
  const value = ((100 * part) / whole).toLocaleString(sv ? "sv-SE" : "en-GB", {
    maximumFractionDigits: 1,
  });
  return sv ? `${value} %` : `${value}%`;
}

/** The part's sum over the whole's sum across every asked year (a year with no part adds to the whole only). */
function overallShare(
  ctx: AnswerContext,
  part: readonly YearSum[],
  whole: readonly YearSum[],
): { line: string; figures: Figure[] } | null {
  const years = whole.map((w) => w.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const label = say(ctx.language, `summa ${first}–${last}`, `sum ${first}–${last}`);
  const sum = (list: readonly YearSum[]) => list.reduce((s, y) => s + y.sum, 0);
  const p = derivedFigure(
    sum(part),
    null,
    label,
    part.map((y) => y.figure),
  );
  const w = derivedFigure(
    sum(whole),
    null,
    label,
    whole.map((y) => y.figure),
  );
  if (w.amountSek === 0) return null;
  const percent = shareText(ctx, p.amountSek, w.amountSek);
  const line = say(
    ctx.language,
    `${first}–${last} sammanlagt: ${amountText(ctx, p.amountSek)} ${markers(p)} av ${amountText(ctx, w.amountSek)} ${markers(w)} = ${percent} ${computed(ctx)}.`,
    `${first}–${last} in all: ${amountText(ctx, p.amountSek)} ${markers(p)} of ${amountText(ctx, w.amountSek)} ${markers(w)} = ${percent} ${computed(ctx)}.`,
  );
  return { line, figures: [p, w] };
}
