import { countsAsGrant, fundingRole, type LedgerEntry } from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { hasTopic, inYears } from "../match.js";
import type { Query } from "../query.js";
import { say } from "../say.js";
import { budgetLinesOf } from "./budget-lines.js";
import { subjectEntries, subjectName } from "./computed.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  derivedFigure,
  entryFigure,
} from "./context.js";
import { describeEntry } from "./describe.js";
import { answerFrameDifference } from "./frame-difference.js";
import { withoutSummedParts } from "./grant-sums.js";
import { answerLargestChange } from "./largest-change.js";
import { forGmsWork, ledgerName, receivedBy } from "./organisation.js";

function yearBefore(ctx: AnswerContext, year: number | undefined): number | undefined {
  if (year === undefined) return undefined;
  const years = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => countsAsGrant(e) && e.year !== null && e.year < year)
    .map((e) => e.year ?? 0);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** "+395 %": the change over the first year's sum, one decimal at most. */
export function percent(ctx: AnswerContext, from: number, diff: number): string {
  if (from === 0) return "";
  const value = ((100 * diff) / from).toLocaleString(ctx.language === "sv" ? "sv-SE" : "en-GB", {
    maximumFractionDigits: 1,
    signDisplay: "always",
  });
  return ctx.language === "sv" ? `, ${value} %` : `, ${value}%`;
}

/**
 * "how many times larger": the later year's money as a multiple of the earlier's, two decimals at most, so a
 * multiple is never rounded into a whole one it is not (4,95, not 5).
 */
function ratioText(ctx: AnswerContext, from: number, to: number): string {
  if (from === 0) return "";
  const value = (to / from).toLocaleString(ctx.language === "sv" ? "sv-SE" : "en-GB", {
    maximumFractionDigits: 2,
  });
  return say(ctx.language, `, ${value} gånger så mycket`, `, ${value} times as much`);
}

/** GMS's grants in one year, with their sum as a derived figure citing each. */
export function yearTotal(ctx: AnswerContext, year: number): YearSum {
  const grants: LedgerEntry[] = withoutSummedParts(
    ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && e.year === year),
  );
  if (grants.length === 0) return { sum: 0, figure: null };
  const parts = grants.map((g) => entryFigure(ctx, g).figure);
  const sum = grants.reduce((s, g) => s + g.amountSek, 0);
  const label = say(ctx.language, `GMS ${year}`, `GMS ${year}`);
  const figure = grants.length === 1 ? (parts[0] ?? null) : derivedFigure(sum, year, label, parts);
  return { sum, figure };
}

/**
 * What the one organisation asked about received in a year: its single stated share (a grant or a part,
 * also one told only in retrospect), never a sum of several.
 */
function organisationYears(
  ctx: AnswerContext,
  name: string,
  first: number,
  last: number,
): [YearSum, YearSum] {
  // "the GMS money passed to the University of Gothenburg": of its many givers' money, GMS's.
  const received = forGmsWork(ctx, name, receivedBy(ctx, name));
  // A year told only in a retelling (a region's report's column "Statliga medel via GMS") is still what the
  // organisation received that year.
  const inYear = (year: number) => {
    const told = received.filter(
      (e) => e.year === year && ["grant", "part"].includes(fundingRole(e)),
    );
    return told.length > 0
      ? told
      : received.filter((e) => e.year === year && e.years.length === 1 && e.role === "comparison");
  };
  let a = inYear(first);
  let b = inYear(last);
  // "I fjol fick regionen 3,1 miljoner … för samma arbete" beside this year's 4,8 M, where another document
  // tells the region's whole node share too: the one share told in the same document as the other year's is
  // the like one to compare.
  const docsOf = (e: LedgerEntry) => new Set(e.sources.map((s) => s.docId));
  const sameDoc = (one: LedgerEntry, many: LedgerEntry[]) => {
    const docs = docsOf(one);
    const told = many.filter((e) => e.sources.some((s) => docs.has(s.docId)));
    return told.length === 1 ? told : many;
  };
  if (a.length === 1 && b.length > 1) b = sameDoc(a[0] as LedgerEntry, b);
  else if (b.length === 1 && a.length > 1) a = sameDoc(b[0] as LedgerEntry, a);
  const sum = (found: LedgerEntry[]): YearSum => {
    const only = found.length === 1 ? found[0] : undefined;
    if (!only) return { sum: 0, figure: null };
    return { sum: only.amountSek, figure: entryFigure(ctx, only).figure };
  };
  return [sum(a), sum(b)];
}

export type YearSum = { sum: number; figure: Figure | null };

/** "did childhood cancer funding go up from 2025 to 2026?": the topic's one amount in each year, never a sum. */
function compareTopic(ctx: AnswerContext, first: number, last: number): Draft {
  const entries = subjectEntries(ctx);
  const of = (year: number): YearSum => {
    const all = entries.filter((e) => e.year === year);
    // "ärftlig hjärtsjukdom 26 vs 27": GMS's own share of the area, when a region's own money for it is beside.
    const gms = all.filter((e) => e.gms);
    const found = all.length > 1 && gms.length === 1 ? gms : all;
    const only = found.length === 1 ? found[0] : undefined;
    return only
      ? { sum: only.amountSek, figure: entryFigure(ctx, only).figure }
      : { sum: 0, figure: null };
  };
  const name = subjectName(ctx);
  const lead = { sv: `Till ${name}:`, en: `For ${name}:` };
  return compare(ctx, { name, lead, first, last, a: of(first), b: of(last) }, (missing) =>
    say(
      ctx.language,
      `Dokumenten anger inte ett enskilt belopp till ${name} ${missing}, så ingen jämförelse kan göras.`,
      `The documents state no single amount for ${name} in ${missing}, so there is nothing to compare.`,
    ),
  );
}

/** "How much did the funding increase from 2023 to 2024?": both years' totals and the difference, computed. */
export function answerChange(ctx: AnswerContext): Draft {
  if (ctx.query.cues.has("mayUse")) return answerFrameDifference(ctx);
  if (asksLargestChange(ctx.query)) return answerLargestChange(ctx);
  // "hur mkt ökas anslag 1:6 2027": what the documents state of that appropriation, never GMS's change.
  if (ctx.query.appropriation) return answerAppropriation(ctx, ctx.query.appropriation);
  const last = ctx.query.years.at(-1);
  // "did funding go up in 2024?": against the last year before it with grants.
  const first = ctx.query.years.length > 1 ? ctx.query.years[0] : yearBefore(ctx, last);
  if (first === undefined || last === undefined) return decline("change", "");
  // "How much more did the regions co-fund in 2032 than in 2030?": co-funding against co-funding, never grants.
  if (ctx.query.cues.has("cofund")) return compareCofunding(ctx, first, last);
  // "… via GMS till Region X": the one the money went to, not the channel it came through.
  const org = ctx.query.orgs.find((o) => o.role !== "payer") ?? ctx.query.orgs[0];
  if (org) {
    // "Hur mycket ökade Örebros andel från 2026 till 2027?": the organisation's share in each year.
    const name = ledgerName(ctx, org.name);
    const [a, b] = organisationYears(ctx, name, first, last);
    return compare(ctx, { name, first, last, a, b }, (missing) =>
      say(
        ctx.language,
        `Dokumenten anger inte ett enskilt belopp som ${name} fick ${missing}, så ingen jämförelse kan göras.`,
        `The documents state no single amount ${name} received in ${missing}, so there is nothing to compare.`,
      ),
    );
  }
  if (hasTopic(ctx.query)) return compareTopic(ctx, first, last);
  const years = { name: "GMS", first, last, a: yearTotal(ctx, first), b: yearTotal(ctx, last) };
  return compare(ctx, years, (missing) =>
    say(
      ctx.language,
      `Dokumenten anger inga medel till GMS för ${missing}, så ingen jämförelse kan göras.`,
      `The documents state no GMS funding for ${missing}, so there is nothing to compare.`,
    ),
  );
}

/** The co-funding stated for each year (of the organisation named as giving it, when one is): one amount each. */
function compareCofunding(ctx: AnswerContext, first: number, last: number): Draft {
  const giver = ctx.query.orgs.find((o) => o.role !== "payer");
  const giverName = giver ? ledgerName(ctx, giver.name).toLowerCase() : null;
  const of = (year: number): YearSum => {
    const all = ctx.index.entries
      .map((e) => e.entry)
      .filter((e) => e.role === "co-funding" && e.year === year);
    const named = giverName ? all.filter((e) => e.funder?.toLowerCase() === giverName) : [];
    const found = named.length > 0 ? named : all;
    const only = found.length === 1 ? found[0] : undefined;
    return only
      ? { sum: only.amountSek, figure: entryFigure(ctx, only).figure }
      : { sum: 0, figure: null };
  };
  const name = say(ctx.language, "medfinansieringen", "co-funding");
  const lead = { sv: "Medfinansieringen var", en: "Co-funding was" };
  return compare(ctx, { name, lead, first, last, a: of(first), b: of(last) }, (missing) =>
    say(
      ctx.language,
      `Dokumenten anger inte ett enskilt belopp i medfinansiering ${missing}, så ingen jämförelse kan göras.`,
      `The documents state no single co-funding amount in ${missing}, so there is nothing to compare.`,
    ),
  );
}

interface Compared {
  /** Who received the money: "GMS", "Region Örebro län". */
  name: string;
  /** What the sentence starts with, when not "X fick" / "X received". */
  lead?: { sv: string; en: string };
  first: number;
  last: number;
  a: YearSum;
  b: YearSum;
}

/** Both years' money and the difference, computed; or why there is nothing to compare. */
function compare(ctx: AnswerContext, c: Compared, none: (missing: number) => string): Draft {
  const { name, first, last, a, b } = c;
  if (!a.figure || !b.figure) return decline("change", none(!a.figure ? first : last));
  const diff = b.sum - a.sum;
  const cites = [...new Set([...a.figure.citations, ...b.figure.citations])].sort((x, y) => x - y);
  const label = say(ctx.language, `förändring ${first}–${last}`, `change ${first}–${last}`);
  const change: Figure = { amountSek: diff, year: null, label, derived: true, citations: cites };
  const markers = (f: Figure) => f.citations.map((n) => `[${n}]`).join("");
  // The same amount both years is no increase of nothing: it is unchanged.
  const svChange =
    diff === 0
      ? "oförändrat"
      : `${diff > 0 ? "en ökning" : "en minskning"} med ${amountText(ctx, Math.abs(diff))}${percent(ctx, a.sum, diff)}`;
  const enChange =
    diff === 0
      ? "unchanged"
      : `${diff > 0 ? "an increase" : "a decrease"} of ${amountText(ctx, Math.abs(diff))}${percent(ctx, a.sum, diff)}`;
  const times = ctx.query.cues.has("times") ? ratioText(ctx, a.sum, b.sum) : "";
  const text = say(
    ctx.language,
    `${c.lead?.sv ?? `${name} fick`} ${amountText(ctx, a.sum)} ${first} ${markers(a.figure)} och ${amountText(ctx, b.sum)} ${last} ${markers(b.figure)}: ${svChange}${times} (uträknat av boten).`,
    `${c.lead?.en ?? `${name} received`} ${amountText(ctx, a.sum)} in ${first} ${markers(a.figure)} and ${amountText(ctx, b.sum)} in ${last} ${markers(b.figure)}: ${enChange}${times} (computed by the bot).`,
  );
  return { intent: "change", answered: true, text, figures: [change, a.figure, b.figure] };
}

/** "vilket år ökade stödet mest?": the largest step between years, not one pair of years. */
export function asksLargestChange(q: Query): boolean {
  return (
    (q.cues.has("largest") || q.cues.has("smallest")) &&
    q.years.length !== 1 &&
    q.years.length !== 2 &&
    q.orgs.length === 0 &&
    !hasTopic(q)
  );
}

/** The budget frames the documents book against the asked appropriation in the asked years, each quoted. */
function answerAppropriation(ctx: AnswerContext, asked: string): Draft {
  const names = (e: LedgerEntry) =>
    budgetLinesOf(ctx, e).some((b) => b.appropriation?.split(/\s/)[0] === asked);
  const found = ctx.index.entries
    .map((x) => x.entry)
    .filter((e) => e.role === "budget-frame" && inYears(e, ctx.query.years) && names(e));
  const when = ctx.query.years.join(", ");
  if (found.length === 0)
    return decline(
      "change",
      say(
        ctx.language,
        `Dokumenten anger inget belopp för anslaget ${asked}${when ? ` ${when}` : ""}.`,
        `The documents state no amount for appropriation ${asked}${when ? ` in ${when}` : ""}.`,
      ),
    );
  const lead = say(
    ctx.language,
    `Om anslaget ${asked}${when ? ` ${when}` : ""} anger dokumenten:`,
    `On appropriation ${asked}${when ? ` in ${when}` : ""} the documents state:`,
  );
  const figures = found.map((e) => entryFigure(ctx, e));
  return {
    intent: "change",
    answered: true,
    text: [lead, ...found.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n"),
    figures: figures.map((f) => f.figure),
  };
}
