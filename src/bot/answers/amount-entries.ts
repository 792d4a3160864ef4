// The listed amounts of an answer: the order they are shown in, and the sum when one is asked.
import {
  CONDITION_HEADS,
  countsAsGrant,
  type LedgerEntry,
  phraseStems,
} from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { hasTopic } from "../match.js";
import { listText, say, topicName, topicsOf } from "../say.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  derivedFigure,
  entryFigure,
} from "./context.js";
import { describeEntry } from "./describe.js";
import { fundedAreas } from "./examples.js";
import { grantTable, withTable } from "./grant-table.js";
import { ledgerName } from "./organisation.js";

const MAX_FIGURES = 8;

/**
 * A computed sum is only ever a sum of GMS grants and their shares: never co-funding, totals, caps,
 * estimates or a call's budget, next to grants or among themselves.
 */
function sameKind(ctx: AnswerContext, entries: LedgerEntry[]): LedgerEntry[] {
  // A node's or region's own slice of an area ("Av dem går 3 miljoner till sällsynta diagnoser") is inside the
  // area's national money: never added beside it.
  return withoutLooseShares(
    entries.filter(
      (e) =>
        (countsAsGrant(e) || (e.role === "part" && e.gms)) &&
        e.recipientShare !== true &&
        !insideOwnShare(ctx, e),
    ),
  );
}

/** A share no document links to a whole (a year's share of a multi-year whole is linked by its years). */
function isLooseShare(e: LedgerEntry): boolean {
  return e.role === "part" && e.partOf === null && e.yearShare !== true;
}

/**
 * A share no document links to its whole ("4,2 miljoner till sällsynta diagnoser" of a region's cut) may be a
 * slice of another amount of its year: it is never added beside one, only summed when alone in its year.
 */
export function withoutLooseShares(
  entries: LedgerEntry[],
  wholeOf: (id: string) => LedgerEntry | undefined = () => undefined,
): LedgerEntry[] {
  // How many entries each year has, counted once: a loose share shares its year when the count is above one.
  const perYear = new Map<number, number>();
  for (const e of entries) if (e.year !== null) perYear.set(e.year, (perYear.get(e.year) ?? 0) + 1);
  const byId = new Map(entries.map((e) => [e.id, e]));
  // A slice of a loose share ("Av de 4,2 miljonerna går 2,7 …") is as loose as the share it is cut from.
  const loose = (e: LedgerEntry, depth = 0): boolean => {
    if (isLooseShare(e)) return true;
    const whole =
      e.role === "part" && e.partOf !== null
        ? (byId.get(e.partOf) ?? wholeOf(e.partOf))
        : undefined;
    return whole !== undefined && depth < MAX_NESTING && loose(whole, depth + 1);
  };
  return entries.filter((e) => !loose(e) || e.year === null || (perYear.get(e.year) ?? 0) < 2);
}

// Parts of parts of parts: deeper than any document nests its money (and no cycle runs forever).
const MAX_NESTING = 5;

/**
 * "Region Dalarna tilldelas 3 miljoner … Av de 3 miljonerna går 2 miljoner till …": a recipient's own share of
 * larger money (its whole goes to another recipient), or a slice of one, is inside that money, never beside the area's.
 */
/** The share names a recipient other than its own area ("Datadelning får 12 miljoner" names an area, not who). */
function namesOwnRecipient(share: LedgerEntry): boolean {
  const who = share.recipient?.toLowerCase();
  return (
    who !== undefined &&
    who !== share.area.toLowerCase() &&
    !share.purpose.toLowerCase().startsWith(who)
  );
}

export function insideOwnShare(ctx: AnswerContext, entry: LedgerEntry): boolean {
  let share: LedgerEntry | undefined = entry;
  for (let depth = 0; share && depth < MAX_NESTING; depth++) {
    const whole: LedgerEntry | undefined = share.partOf
      ? ctx.index.byId.get(share.partOf)
      : undefined;
    // A year's slice of money over several years is that money's, whoever the sentence names.
    const yearly = share.yearShare === true || whole?.role === "multi-year-total";
    if (whole && !yearly && namesOwnRecipient(share) && whole.recipient !== share.recipient)
      return true;
    share = whole;
  }
  return false;
}

export function answerEntries(ctx: AnswerContext, listed: LedgerEntry[], wantsSum: boolean): Draft {
  if (listed.length === 0) return noTopic(ctx);
  // An amount stated per year ("3,9 miljoner kronor per år"): what "per year?" asks for.
  const yearly = (e: LedgerEntry) => e.perYear === true;
  const found = ctx.query.cues.has("perYear")
    ? [...listed.filter(yearly), ...listed.filter((e) => !yearly(e))]
    : listed;
  const named = ctx.query.topics.length > 0;
  // For a named area, the share that names it is the answer; its whole is said in the share's line.
  // A whole about the area alone ("16 miljoner till sällsynta") is the area's money: it goes first.
  // A question with more than the area in it ("uppsala pharmacogenomics") asks for a slice of the area's money.
  const byArea = (e: LedgerEntry) => {
    const area = phraseStems(e.area);
    return ctx.query.orgs.length === 0 && ctx.query.stems.every((s) => area.includes(s));
  };
  // A share no document links to a whole (a region's cut of the area's money) comes after the area's own.
  const looseLast = (e: LedgerEntry) => Number(isLooseShare(e));
  const areaWholes = named
    ? found
        .filter((e) => isAreaWhole(e, found, byArea(e)))
        .sort((a, b) => looseLast(a) - looseLast(b))
    : [];
  // "prostatacancer 2027": a word naming a share's own area puts that share before its whole too.
  const ordered = named
    ? [
        ...areaWholes,
        ...withoutWholes(specificFirst(found), false).filter((e) => !areaWholes.includes(e)),
      ]
    : hasTopic(ctx.query) && found.length <= MAX_FIGURES
      ? ownAreaFirst(ctx, found)
      : wholesFirstWhenCut(found);
  // Money for GMS is told before money the documents say does not go to GMS (another giver's project).
  const own = named ? ordered : withoutOthersPots(ordered, askedRecipients(ctx));
  const entries = [...own.filter((e) => e.gms), ...own.filter((e) => !e.gms)].slice(0, MAX_FIGURES);
  const figures: Figure[] = entries.map((e) => entryFigure(ctx, e).figure);
  const lines = entries.map((e) => describeEntry(ctx, e));
  const condition = asksCondition(ctx);
  // Money over more years than asked ("7,8 miljoner 2026–2027" asked for 2026) is no part of the asked sum.
  const asked = ctx.query.years;
  const beyond = (e: LedgerEntry) => asked.length > 0 && e.years.some((y) => !asked.includes(y));
  const summable = sameKind(
    ctx,
    (named
      ? withoutWholes(entries.filter((e) => !areaWholes.some((w) => w.id === e.partOf)))
      : withoutNested(entries)
    ).filter((e) => !sharedWithOtherArea(e, ctx.query.topics, condition) && !beyond(e)),
  );
  if (wantsSum && summable.length > 1) {
    const sum = summable.reduce((s, e) => s + e.amountSek, 0);
    const years = new Set(summable.map((e) => e.year));
    const year = years.size === 1 ? (summable[0]?.year ?? null) : null;
    const parts = summable.map((e) => entryFigure(ctx, e).figure);
    figures.unshift(derivedFigure(sum, year, say(ctx.language, "summa", "sum"), parts));
    lines.unshift(
      say(
        ctx.language,
        `Sammanlagt ${amountText(ctx, sum)} (uträknat av boten):`,
        `In total ${amountText(ctx, sum)} (computed by the bot):`,
      ),
    );
  }
  const shared = entries.filter((e) => sharedWithOtherArea(e, ctx.query.topics, condition));
  const sharedList = shared.map((e) => amountText(ctx, e.amountSek)).join(", ");
  const note =
    wantsSum && shared.length > 0
      ? say(
          ctx.language,
          `(Medel som också gäller ett annat område räknas inte in i någon summa: ${sharedList}.)`,
          `(Money shared with another area is never added into a sum: ${sharedList}.)`,
        )
      : "";
  const wider = wantsSum && summable.length > 1 ? withoutNested(entries).filter(beyond) : [];
  // "medfinansiering totalt": another kind of money is listed, never added up.
  const unsummed = wantsSum && summable.length === 0 && entries.length > 1;
  const widerList = wider.map((e) => amountText(ctx, e.amountSek)).join(", ");
  // "16 miljoner till sällsynta" and a region's 4,8 of them: the slice is listed, its money counted once.
  const ids = new Set(entries.map((e) => e.id));
  const inside =
    wantsSum && summable.length > 1
      ? entries.filter((e) => !summable.includes(e) && e.partOf !== null && ids.has(e.partOf))
      : [];
  const insideList = listText(
    inside.map((e) => amountText(ctx, e.amountSek)),
    ctx.language,
  );
  const slices = wantsSum ? entries.filter((e) => e.recipientShare === true) : [];
  const notes = [
    ...(note ? [note] : []),
    ...(slices.length > 0
      ? [
          say(
            ctx.language,
            `(${listText(
              slices.map((e) => amountText(ctx, e.amountSek)),
              ctx.language,
            )} är en regions eller nods egen andel och ingår redan i de nationella medlen; räknas inte in i summan.)`,
            `(${listText(
              slices.map((e) => amountText(ctx, e.amountSek)),
              ctx.language,
            )} ${slices.length === 1 ? "is" : "are"} a region's or node's own share, already inside the national money: not added into the sum.)`,
          ),
        ]
      : []),
    ...(inside.length > 0
      ? [
          say(
            ctx.language,
            `(${insideList} ingår i andra belopp i listan och räknas bara en gång.)`,
            `(${insideList} ${inside.length === 1 ? "is" : "are"} part of other amounts listed and counted once.)`,
          ),
        ]
      : []),
    ...(unsummed
      ? [
          say(
            ctx.language,
            "(Boten lägger bara ihop anslag till GMS; medfinansiering, beräkningar, tak och ramar summeras aldrig.)",
            "(The bot only adds up grants to GMS; co-funding, estimates, caps and frames are never summed.)",
          ),
        ]
      : []),
    ...(wider.length > 0
      ? [
          say(
            ctx.language,
            `(Belopp för fler år än de du frågar om räknas inte in i summan: ${widerList}.)`,
            `(Amounts over more years than you asked about are not added into the sum: ${widerList}.)`,
          ),
        ]
      : []),
  ];
  lines.push(...notes);
  const draft: Draft = { intent: "amount", answered: true, text: lines.join("\n"), figures };
  // Three or more amounts, or amounts over several years, are a list: shown as a table.
  const years = new Set(entries.map((e) => e.year));
  if (entries.length < 3 && !(entries.length > 1 && years.size > 1)) return draft;
  const sum = figures[0]?.derived ? figures[0] : null;
  const table = grantTable(ctx, entries, null);
  // The table lists the amounts the sentences below the sum would repeat.
  if (sum) return withTable(draft, table, (lines[0] ?? "").replace(/:\s*$/, "."), notes);
  const cut = ordered.length > entries.length;
  const lead = cut
    ? say(
        ctx.language,
        `Dokumenten anger ${ordered.length} belopp; här är ${entries.length} av dem (fråga om ett år eller område för resten).`,
        `The documents state ${ordered.length} amounts; here are ${entries.length} of them (ask about a year or an area for the rest).`,
      )
    : say(
        ctx.language,
        `Dokumenten anger ${entries.length} belopp.`,
        `The documents state ${entries.length} amounts.`,
      );
  return withTable(
    draft,
    table,
    note ? `${lead}\n${note}` : lead,
    notes.filter((n) => n !== note),
  );
}

/**
 * "akuta leukemier totalt": money for the asked area and another together ("barncancer och akuta
 * leukemier") is not the asked area's alone, so it is listed but never added into its total.
 */
function sharedWithOtherArea(
  e: LedgerEntry,
  asked: readonly string[],
  condition: boolean,
): boolean {
  if (asked.length === 0 && !condition) return false;
  return topicsOf(e).some((t) => t.kind === "condition" && !asked.includes(t.key));
}

/** The question names a condition, by a known area or a word headed by one ("akuta leukemier"). */
function asksCondition(ctx: AnswerContext): boolean {
  return ctx.query.topicWords.some((w) => CONDITION_HEADS.some((h) => w.toLowerCase().endsWith(h)));
}

/** More amounts than are shown: whole grants first, their shares only where room is left. */
function wholesFirstWhenCut(found: LedgerEntry[]): LedgerEntry[] {
  if (found.length <= MAX_FIGURES) return found;
  const ids = new Set(found.map((e) => e.id));
  const inside = (e: LedgerEntry) => e.partOf !== null && ids.has(e.partOf);
  return [...found.filter((e) => !inside(e)), ...found.filter(inside)];
}

/**
 * For a named area, a share that names it ("8,5 miljoner … barncancer") answers better than the
 * whole it belongs to (16,5 miljoner for two areas): shares go first, right before their whole.
 */
function specificFirst(
  entries: LedgerEntry[],
  movesUp: (part: LedgerEntry, whole: LedgerEntry) => boolean = () => true,
): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (const e of entries) {
    if (out.includes(e)) continue;
    for (const part of entries)
      if (part.partOf === e.id && !out.includes(part) && movesUp(part, e)) out.push(part);
    out.push(e);
  }
  return out;
}

/** Shares whose own area is an asked word ("prostatacancer") go before a whole about a wider area. */
function ownAreaFirst(ctx: AnswerContext, entries: LedgerEntry[]): LedgerEntry[] {
  const stems = new Set(ctx.query.stems);
  const own = (e: LedgerEntry) => {
    const area = phraseStems(e.area);
    return area.length > 0 && area.every((s) => stems.has(s));
  };
  // A whole about the asked area itself ("8 250 000 kronor … vid prostatacancer") stays first.
  return specificFirst(entries, (part, whole) => own(part) && !own(whole));
}

/** A whole whose shares are listed too, that names one area only: it is that area's money, not a mix. */
function isAreaWhole(e: LedgerEntry, listed: readonly LedgerEntry[], byArea: boolean): boolean {
  const shares = listed.filter((p) => p.partOf === e.id);
  if (shares.length === 0) return false;
  const topics = topicsOf(e).length;
  // A purpose in English ("SEK 8 million for pharmacogenomics") names no Swedish topic: the entry's area
  // does, when every listed share is of that same area (a region's slice of it).
  return (
    topics === 1 ||
    (byArea && topics === 0 && e.area !== "" && shares.every((p) => p.area === e.area))
  );
}

/** Drops wholes whose shares for the area are listed: the sum counts what went to the area. */
function withoutWholes(entries: LedgerEntry[], dropCaps = true): LedgerEntry[] {
  const parents = new Set(entries.map((e) => e.partOf));
  return entries.filter((e) => !parents.has(e.id) && !(dropCaps && e.role === "agency-cap"));
}

/** The organisations the question asks about as getting money ("hur mkt fick uppsala"), lower case. */
function askedRecipients(ctx: AnswerContext): string[] {
  return ctx.query.orgs
    .filter((o) => o.role === "recipient")
    .map((o) => ledgerName(ctx, o.name).toLowerCase());
}

/**
 * "hur mkt fick uppsala totalt": a listed whole whose listed part goes to the organisation asked about is
 * someone else's pot (GMS's 80 miljoner, with Uppsala's 11,5 of them): the organisation's money is the part.
 */
function withoutOthersPots(entries: LedgerEntry[], asked: readonly string[]): LedgerEntry[] {
  if (asked.length === 0) return entries;
  const gets = (e: LedgerEntry) => asked.includes(e.recipient?.toLowerCase() ?? "");
  const pots = new Set(
    entries
      .filter((e) => e.partOf !== null && gets(e))
      .map((e) => e.partOf)
      .filter((id) => entries.some((w) => w.id === id && !gets(w))),
  );
  return entries.filter((e) => !pots.has(e.id));
}

/** Drops entries whose whole is also listed, so a sum never counts the same money twice. */
export function withoutNested(entries: LedgerEntry[]): LedgerEntry[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries.filter((e) => !(e.partOf && ids.has(e.partOf)) && e.role !== "agency-cap");
}

export function askedAbout(ctx: AnswerContext): string {
  const { query } = ctx;
  if (query.unknown.length > 0) return quoted(ctx, query.asked || query.unknown.join(" "));
  if (query.topics.length > 0)
    return listText(
      query.topics.map((t) => topicName(t, ctx.language)),
      ctx.language,
    );
  const named = query.topicWords;
  return named.length > 0
    ? quoted(ctx, [...new Set(named)].join(" "))
    : say(ctx.language, "det du frågar om", "what you asked about");
}

export function quoted(ctx: AnswerContext, text: string): string {
  return say(ctx.language, `”${text}”`, `“${text}”`);
}

function covered(ctx: AnswerContext): string {
  const areas = fundedAreas(ctx);
  return areas
    ? say(ctx.language, ` De tar upp bl.a. ${areas}.`, ` They cover areas such as ${areas}.`)
    : "";
}

export function noTopic(ctx: AnswerContext): Draft {
  return decline(
    "amount",
    say(
      ctx.language,
      `Dokumenten nämner ingen finansiering för ${askedAbout(ctx)}.${covered(ctx)}`,
      `The documents mention no funding for ${askedAbout(ctx)}.${covered(ctx)}`,
    ),
  );
}
