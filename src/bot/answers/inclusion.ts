import { fundingRole, type LedgerEntry } from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { say } from "../say.js";
import { withoutNested } from "./amount-entries.js";
import { type AnswerContext, amountText, type Draft, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { ledgerName } from "./organisation.js";
import { toldIn, yearGrants } from "./scope.js";
import { answerStateMoney } from "./state-money.js";

/** The ledger's entries of one amount. */
function ofAmount(ctx: AnswerContext, sek: number): LedgerEntry[] {
  return ctx.index.entries.map((e) => e.entry).filter((e) => e.amountSek === sek);
}

function within(part: LedgerEntry, whole: LedgerEntry, byId: Map<string, LedgerEntry>): boolean {
  for (let p: LedgerEntry | undefined = part; p?.partOf; p = byId.get(p.partOf))
    if (p.partOf === whole.id) return true;
  return false;
}

const sharesDoc = (a: LedgerEntry, b: LedgerEntry) =>
  a.sources.some((s) => b.sources.some((t) => t.docId === s.docId));

/** How the part relates to the whole, as the documents tell it. */
type Relation = "part" | "beside" | "separate" | "untold";

function relation(part: LedgerEntry, whole: LedgerEntry, ctx: AnswerContext): Relation {
  if (within(part, whole, ctx.index.byId)) return "part";
  // "is the 95m on top of the 90m?": a stated total holds the grants of its years that add up to it.
  if (STATED_SUMS.has(whole.role)) return sumsTo(part, whole, ctx) ? "part" : "untold";
  // Co-funding is money others put in beside the grant, never a share of it.
  if (part.role === "co-funding" && whole.role !== "co-funding") return "beside";
  return sharesDoc(part, whole) ? "separate" : "untold";
}

const STATED_SUMS = new Set<LedgerEntry["role"]>(["total", "multi-year-total"]);

/** The grants of the total's years add up to it exactly, the part among them. */
function sumsTo(part: LedgerEntry, whole: LedgerEntry, ctx: AnswerContext): boolean {
  const grants = yearGrants(ctx, whole.years, true);
  const sum = grants.reduce((s, g) => s + g.amountSek, 0);
  return grants.includes(part) && sum === whole.amountSek;
}

/** Of the entries of the whole's amount: one the part lies within, then one told beside it, then grants. */
function rankWholes(wholes: LedgerEntry[], parts: LedgerEntry[], ctx: AnswerContext) {
  const score = (w: LedgerEntry) =>
    (parts.some((p) => within(p, w, ctx.index.byId)) ? 4 : 0) +
    (parts.some((p) => sharesDoc(p, w)) ? 2 : 0) +
    (w.role === "grant" ? 1 : 0);
  return [...wholes].sort((a, b) => score(b) - score(a));
}

/** "the regions' 20 million": of the entries of an amount, those the named organisation gave or got. */
function ofAskedOrgs(ctx: AnswerContext, entries: LedgerEntry[]): LedgerEntry[] {
  const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  const theirs = entries.filter((e) =>
    [e.funder, e.recipient, e.payer].some((n) => names.includes(n?.toLowerCase() ?? "")),
  );
  return theirs.length > 0 ? theirs : entries;
}

// Each relation's verdict for "ingår X i Y?" and for "kommer X utöver Y?" (null: no yes or no).
const VERDICTS: Record<Relation, { included: "yes" | "no" | null; onTop: "yes" | "no" | null }> = {
  part: { included: "yes", onTop: "no" },
  beside: { included: "no", onTop: "yes" },
  separate: { included: "no", onTop: "yes" },
  untold: { included: "no", onTop: null },
};

function reasonText(ctx: AnswerContext, rel: Relation): string {
  switch (rel) {
    case "part":
      return say(
        ctx.language,
        "Det ingår i det andra beloppet.",
        "It is part of the other amount.",
      );
    case "beside":
      return say(
        ctx.language,
        "Det är medfinansiering vid sidan av, inte en del av det andra beloppet.",
        "It is co-funding beside it, not part of the other amount.",
      );
    case "separate":
      return say(
        ctx.language,
        "Dokumenten anger det som ett eget belopp, inte som en del av det andra.",
        "The documents state it as a separate amount, not as part of the other.",
      );
    case "untold":
      return say(
        ctx.language,
        "Inget av dokumenten anger det som en del av det andra.",
        "None of the documents states it as part of the other.",
      );
  }
}

/**
 * "Ingår 400 000 i 66,4 miljoner?", "is the 6 million on top of the 15,75 million?": yes or no first, then
 * the evidence. A verdict only where both amounts are stated and the documents tell how they relate.
 */
export function answerInclusion(ctx: AnswerContext): Draft {
  const { query } = ctx;
  if (query.cues.has("fresh") && query.amounts.length === 1) return answerFresh(ctx);
  const asked = [...query.amounts].sort((a, b) => a.valueSek - b.valueSek).map((a) => a.valueSek);
  const wholeSek = asked.at(-1) ?? 0;
  // "Is the 6 million for lung cancer …": of the entries of that amount, those about the topic.
  const topical = hasTopic(query)
    ? new Set(matchTopic(query, ctx.index).map((e) => e.entry))
    : null;
  const ofPart = ofAskedOrgs(ctx, ofAmount(ctx, asked[0] ?? 0));
  const onTopic = topical ? ofPart.filter((e) => topical.has(e)) : ofPart;
  // "is the 250 million health data thing part of gms": a topic the asked amount's own money is about
  // describes that amount; it names no part of it.
  const describesAsked =
    asked.length === 1 && [...(topical ?? [])].some((e) => e.amountSek === wholeSek);
  const candidates =
    asked.length >= 2
      ? onTopic.length > 0
        ? onTopic
        : ofPart
      : hasTopic(query) && !describesAsked
        ? matchTopic(query, ctx.index)
            .map((e) => e.entry)
            .filter((e) => e.amountSek !== wholeSek)
        : [];
  // "the 9 million for AMR in 2027": of a per-year amount's entries, the asked year's.
  const ofYears = candidates.filter((e) => inYears(e, query.years));
  const parts = query.years.length > 0 && ofYears.length > 0 ? ofYears : candidates;
  if (asked.length === 0 && query.months.length > 0 && hasTopic(query))
    return againstDecision(ctx, parts);
  // "vad fick gms 2026 utöver de 66 miljonerna": the year's other grants, beside the one named.
  if (
    asked.length === 1 &&
    parts.length === 0 &&
    query.years.length > 0 &&
    query.cues.has("onTopOf")
  )
    return besides(ctx, wholeSek);
  // "är medfinansieringen en del av de 75 miljonerna": co-funding is never in GMS's grants.
  if (asked.length === 1 && parts.length === 0 && query.cues.has("cofund"))
    return notOfKind(ctx, wholeSek);
  const wholes = rankWholes(ofAmount(ctx, wholeSek), parts, ctx);
  const whole = wholes[0];
  const converted =
    whole && query.foreign.length > 0 ? conversionOf(ctx, whole, query.foreign) : null;
  if (whole && converted) return answerConversion(ctx, whole, converted);
  // "is the 250 million health data thing part of gms": one amount set against GMS itself asks whether that
  // money is GMS's, answered by its kind.
  // "BCF:s pengar till LU, ingår de i GMS-stödet?": an organisation's money set against GMS's, no amount named.
  const ofGms =
    asked.length <= 1 && query.mentionsGms && (!whole || parts.length === 0)
      ? answerStateMoney(ctx)
      : null;
  if (ofGms) return ofGms;
  if (!whole || parts.length === 0)
    return decline(
      "inclusion",
      say(
        ctx.language,
        `Dokumenten anger inte hur ${asked.map((a) => amountText(ctx, a)).join(" och ") || "det"} hänger ihop.`,
        `The documents don't say how ${asked.map((a) => amountText(ctx, a)).join(" and ") || "they"} relate.`,
      ),
    );
  return judge(ctx, parts, whole);
}

/** Co-funding asked as part of GMS's money: no, it is the giver's own money beside the grants, listed. */
function notOfKind(ctx: AnswerContext, whole: number): Draft {
  // "de 75 miljonerna" with no year: the years whose GMS grants add up to it.
  // Else the years of the grant of that amount ("80 miljoner" of 2027, whose year also has other grants).
  const summed = fundedYears(ctx).filter((y) => yearSum(ctx, y) === whole);
  const granted = [
    ...new Set(
      ofAmount(ctx, whole)
        .filter((e) => e.gms && fundingRole(e) === "grant")
        .flatMap((e) => e.years),
    ),
  ];
  const years = ctx.query.years.length > 0 ? ctx.query.years : summed.length > 0 ? summed : granted;
  const givers = new Set(ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase()));
  const ofYears = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.role === "co-funding" && inYears(e, years));
  const fromGivers = ofYears.filter((e) => !!e.funder && givers.has(e.funder.toLowerCase()));
  // "regionerna" where the ledger names no giver for the regions' co-funding: the years' co-funding, all of it.
  const cofunding = givers.size > 0 && fromGivers.length > 0 ? fromGivers : ofYears;
  const reason = say(
    ctx.language,
    "medfinansiering är givarens egna pengar bredvid statens medel till GMS, aldrig en del av dem.",
    "co-funding is the giver's own money beside the state's grants to GMS, never part of them.",
  );
  return verdictDraft(
    ctx,
    "no",
    reason,
    cofunding.map((e) => describeEntry(ctx, e)),
    cofunding.map((e) => entryFigure(ctx, e).figure),
  );
}

/** The asked years' GMS grants other than the named amount (and its own parts), each with its sources. */
function besides(ctx: AnswerContext, named: number): Draft {
  const grants = yearGrants(ctx, ctx.query.years);
  const own = grants.filter((e) => e.amountSek === named);
  const ownIds = new Set(own.map((e) => e.id));
  // A share of a year's grant counts ("9 miljoner … under 2026" of a two-year 18); the named one's own don't.
  const others = grants.filter((e) => e.amountSek !== named && !(e.partOf && ownIds.has(e.partOf)));
  // "is the 24 million on top of that?" where the 24 million is the years' co-funding: yes, beside the
  // grants, never part of them.
  const cofunding = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.role === "co-funding" && e.amountSek === named && inYears(e, ctx.query.years));
  if (own.length === 0 && cofunding.length > 0)
    return verdictDraft(
      ctx,
      "yes",
      say(
        ctx.language,
        "det är medfinansiering, givarens egna pengar utöver statens medel till GMS, aldrig en del av dem.",
        "it is co-funding, the giver's own money on top of the state's grants to GMS, never part of them.",
      ),
      cofunding.map((e) => describeEntry(ctx, e)),
      cofunding.map((e) => entryFigure(ctx, e).figure),
    );
  if (own.length === 0)
    return decline(
      "inclusion",
      say(
        ctx.language,
        `Dokumenten anger inga ${amountText(ctx, named)} till GMS det året.`,
        `The documents state no ${amountText(ctx, named)} for GMS that year.`,
      ),
    );
  const lead =
    others.length === 0
      ? say(
          ctx.language,
          `Dokumenten anger inga andra medel till GMS det året än ${amountText(ctx, named)}.`,
          `The documents state no other GMS funding that year than ${amountText(ctx, named)}.`,
        )
      : say(
          ctx.language,
          `Utöver ${amountText(ctx, named)} anger dokumenten:`,
          `Besides ${amountText(ctx, named)}, the documents state:`,
        );
  const shown = others.length > 0 ? others : own;
  return {
    intent: "inclusion",
    answered: true,
    text: [lead, ...shown.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n"),
    figures: shown.map((e) => entryFigure(ctx, e).figure),
  };
}

/** Yes or no on how one of the parts relates to the whole, with both as evidence. */
function judge(ctx: AnswerContext, asked: LedgerEntry[], whole: LedgerEntry): Draft {
  const { query } = ctx;
  // "is the 6 million part of …": of several entries of that amount, money granted before a budget frame.
  const granted = (e: LedgerEntry) => (["grant", "part"].includes(fundingRole(e)) ? 1 : 0);
  const parts = [...asked].sort((a, b) => granted(b) - granted(a));
  const part =
    parts.find((p) => within(p, whole, ctx.index.byId)) ??
    // "is 9 million on top of 66": of several 9 millions, the one of the whole's own year.
    parts.find((p) => p.year === whole.year && sharesDoc(p, whole)) ??
    parts.find((p) => sharesDoc(p, whole)) ??
    (parts[0] as LedgerEntry);
  const rel = relation(part, whole, ctx);
  const onTop = query.cues.has("onTopOf") && !query.cues.has("included");
  const verdict = onTop ? VERDICTS[rel].onTop : VERDICTS[rel].included;
  const reason = reasonText(ctx, rel);
  const items = [describeEntry(ctx, part), describeEntry(ctx, whole)];
  const figures = [entryFigure(ctx, part).figure, entryFigure(ctx, whole).figure];
  if (verdict === null) {
    const text = [reason, ...items.map((i) => `• ${i}`)].join("\n");
    return { intent: "inclusion", answered: true, text, figures };
  }
  return verdictDraft(
    ctx,
    verdict,
    `${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
    items,
    figures,
  );
}

/** "the February decision": the GMS grants decided in the month asked (and in its year, when one is asked). */
function decidedInAskedMonth(ctx: AnswerContext): LedgerEntry[] {
  const { months, years } = ctx.query;
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => {
      const decided = e.decided ?? "";
      if (!e.gms || e.role !== "grant" || decided.length < 7) return false;
      const year = Number(decided.slice(0, 4));
      return (
        months.includes(Number(decided.slice(5, 7))) && (years.length === 0 || years.includes(year))
      );
    });
}

/**
 * "Was the lung cancer money on top of the February decision?": the subject's money against the one grant
 * decided that month. Two decisions in that month (different years, or several grants) get no verdict.
 */
function againstDecision(ctx: AnswerContext, parts: LedgerEntry[]): Draft {
  const wholes = decidedInAskedMonth(ctx);
  const whole = wholes.length === 1 ? wholes[0] : undefined;
  // The decision's own grant may be told in the subject's document too: it is the whole, not a part.
  const rest = parts.filter((p) => p !== whole);
  if (!whole || rest.length === 0)
    return decline(
      "inclusion",
      say(
        ctx.language,
        wholes.length > 1
          ? "Flera beslut fattades den månaden; ange året eller beloppet."
          : "Dokumenten anger inget beslut den månaden som jag kan jämföra med.",
        wholes.length > 1
          ? "Several decisions were made that month; please give the year or the amount."
          : "The documents state no decision that month that I can compare with.",
      ),
    );
  return judge(ctx, rest, whole);
}

/** "Is the 12,5 million new money?": no when the documents tell it as a share of a larger grant. */
function answerFresh(ctx: AnswerContext): Draft {
  const sek = ctx.query.amounts[0]?.valueSek ?? 0;
  const entries = ofAskedOrgs(ctx, ofAmount(ctx, sek));
  const part = entries.find((e) => e.partOf !== null) ?? entries[0];
  const whole = part?.partOf ? ctx.index.byId.get(part.partOf) : undefined;
  if (!part)
    return decline(
      "inclusion",
      say(
        ctx.language,
        `Dokumenten nämner inte ${amountText(ctx, sek)}.`,
        `The documents don't mention ${amountText(ctx, sek)}.`,
      ),
    );
  const items = [describeEntry(ctx, part), ...(whole ? [describeEntry(ctx, whole)] : [])];
  const reason = whole
    ? say(
        ctx.language,
        `det är en del av ${amountText(ctx, whole.amountSek)}, inte pengar utöver dem.`,
        `it is part of ${amountText(ctx, whole.amountSek)}, not money on top of it.`,
      )
    : "";
  const figures = [part, ...(whole ? [whole] : [])].map((e) => entryFigure(ctx, e).figure);
  if (!whole) return { intent: "inclusion", answered: true, text: items.join("\n"), figures };
  return verdictDraft(ctx, "no", reason, items, figures);
}

/** A yes or a no first (a verdict block, so each platform shows it plainly), then the evidence. */
export function verdictDraft(
  ctx: AnswerContext,
  verdict: "yes" | "no",
  reason: string,
  items: string[],
  figures: Draft["figures"],
): Draft {
  const word = say(
    ctx.language,
    verdict === "yes" ? "Ja" : "Nej",
    verdict === "yes" ? "Yes" : "No",
  );
  return {
    blocks: [
      { kind: "yesno", verdict, text: reason.charAt(0).toUpperCase() + reason.slice(1) },
      { kind: "items", items },
    ],
    intent: "inclusion",
    answered: true,
    text: [`${word}: ${reason}`, ...items.map((i) => `• ${i}`)].join("\n"),
    figures,
  };
}

/**
 * "SEK 84 million (approximately EUR 7.5 million)": the whole's own sentence restates it in another currency,
 * in parentheses, with the amount asked (read at load as a foreign statement): that restatement.
 */
function conversionOf(
  ctx: AnswerContext,
  whole: LedgerEntry,
  asked: readonly string[],
): string | null {
  for (const f of ctx.knowledge.statements.foreign) {
    if (!f.inParentheses || !toldIn(whole, f.span)) continue;
    const digits = f.written.text.replace(/[\s\u00a0]/g, "").replace(",", ".");
    if (asked.some((a) => digits.includes(a))) return f.written.text;
  }
  return null;
}

function answerConversion(ctx: AnswerContext, whole: LedgerEntry, restated: string): Draft {
  const reason = say(
    ctx.language,
    `det är samma pengar omräknade (”${restated}”), inte ett belopp utöver ${amountText(ctx, whole.amountSek)}.`,
    `it is the same money converted (“${restated}”), not an amount on top of ${amountText(ctx, whole.amountSek)}.`,
  );
  return verdictDraft(
    ctx,
    "no",
    reason,
    [describeEntry(ctx, whole)],
    [entryFigure(ctx, whole).figure],
  );
}

/** Every year some GMS grant is for, in order. */
function fundedYears(ctx: AnswerContext): number[] {
  return [...ctx.index.byYear.keys()].sort((a, b) => a - b);
}

/** A year's GMS grants added up, a share never beside its own whole. */
function yearSum(ctx: AnswerContext, year: number): number {
  return withoutNested(yearGrants(ctx, [year])).reduce((s, e) => s + e.amountSek, 0);
}
