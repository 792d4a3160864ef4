import {
  documentKind,
  documentPublisher,
  type LedgerEntry,
  PUBLISHER_KEYS,
  type SourceDocument,
} from "../../knowledge/index.js";
import { hasTopic, inYears, matchTopic } from "../match.js";
import { capital, say } from "../say.js";
import { wantedRoles } from "./amount.js";
import { numberedDocuments } from "./asked.js";
import { type AnswerContext, type Draft, decline, entryFigure } from "./context.js";
import { describeEntry } from "./describe.js";
import { memo } from "./memo.js";
import { answerProposals, answerRequests, answerWhoProposed } from "./proposals.js";

const MAX_FIGURES = 8;

// How an answer names a kind of document: Swedish (definite), English.
const KIND_NAMES: Record<string, [sv: string, en: string]> = {
  pressmeddelande: ["pressmeddelandet", "the press release"],
  regeringsbeslut: ["regeringsbeslutet", "the government decision"],
  riksdagssvar: ["riksdagssvaret", "the answer to parliament"],
  debattartikel: ["debattartikeln", "the opinion piece"],
  verksamhetsberättelse: ["verksamhetsberättelsen", "the annual report"],
  årsrapport: ["årsrapporten", "the annual report"],
  utlysning: ["utlysningen", "the call for proposals"],
  budgetproposition: ["budgetpropositionen", "the budget bill"],
  nyhet: ["artikeln", "the article"],
  protokoll: ["protokollet", "the minutes"],
  regleringsbrev: ["regleringsbrevet", "the appropriation directions (regleringsbrev)"],
  uppslagsverk: ["uppslagsverksartikeln", "the encyclopedia article"],
  intervju: ["intervjun", "the interview"],
  podcast: ["podden", "the podcast"],
  vetenskapsrådet: ["Vetenskapsrådets lista", "the Swedish Research Council's list"],
  thelocal: ["The Locals artikel", "The Local's article"],
  dagensmedicin: ["Dagens Medicins artikel", "Dagens Medicin's article"],
  sverigesradio: ["Sveriges Radios inslag", "Swedish Radio's report"],
  telegram: ["nyhetstelegrammet", "the wire story"],
  verksamhetsplan: ["verksamhetsplanen", "the operational plan"],
  motion: ["motionen", "the motion"],
  utredning: ["utredningen", "the inquiry"],
  faq: ["sidan med vanliga frågor", "the FAQ"],
};

function kindName(ctx: AnswerContext, kind: string): string {
  const [sv, en] = KIND_NAMES[kind] ?? [kind, kind];
  return say(ctx.language, sv, en);
}

/** Every document's kind, read once per load. */
/** "vinnovas utlysning", "regionstyrelsens protokoll": the ids of the documents of the kinds the question names. */
export function documentsOfAskedKinds(ctx: AnswerContext): Set<string> {
  return new Set(ofKinds(ctx, ctx.query.docKinds).map((d) => d.id));
}

function documentsByKind(ctx: AnswerContext): Map<string, SourceDocument[]> {
  return memo(ctx.knowledge, "documents-by-kind", () => {
    const out = new Map<string, SourceDocument[]>();
    for (const d of ctx.knowledge.documents) {
      // A document is listed under its kind and under its publisher ("the local", "vetenskapsrådet").
      for (const key of [documentKind(d), documentPublisher(d)])
        if (key) out.set(key, [...(out.get(key) ?? []), d]);
    }
    return out;
  });
}

/**
 * The documents of the kinds and publishers asked: "Dagens Medicins intervju" is a document of both (a kind and
 * a publisher narrow each other); several kinds, or several publishers, are any of them.
 */
function ofKinds(ctx: AnswerContext, keys: readonly string[]): SourceDocument[] {
  const byKey = documentsByKind(ctx);
  const union = (ks: readonly string[]) => [...new Set(ks.flatMap((k) => byKey.get(k) ?? []))];
  const publishers = keys.filter((k) => PUBLISHER_KEYS.has(k));
  const kindKeys = keys.filter((k) => !PUBLISHER_KEYS.has(k));
  if (publishers.length === 0) return union(kindKeys);
  const published = union(publishers);
  if (kindKeys.length === 0) return published;
  // "The Local's article": the publisher's documents of that kind, else all of the publisher's.
  const both = union(kindKeys).filter((d) => published.includes(d));
  return both.length > 0 ? both : published;
}

/**
 * The documents the question points to; "the June press release": only those published that month, and
 * "the June 2025 press release" only that month of that year.
 */
export function referenced(ctx: AnswerContext): SourceDocument[] {
  const { docKinds, months, dates } = ctx.query;
  // "beslutet S2026/01867": the number names the one document.
  const numbered = numberedDocuments(ctx);
  if (numbered.size > 0) return ctx.knowledge.documents.filter((d) => numbered.has(d.id));
  const docs = ofKinds(ctx, docKinds);
  if (months.length === 0) return docs;
  const monthYears = dates.filter((d) => d.kind === "month").map((d) => d.year);
  return docs.filter(
    (d) =>
      months.includes(Number(d.published?.slice(5, 7))) &&
      (monthYears.length === 0 || monthYears.includes(Number(d.published?.slice(0, 4)))),
  );
}

/** Where an entry is first told in the documents: for listing it in the document's own order. */
function firstTold(entry: LedgerEntry, ids: ReadonlySet<string>): [number, number] {
  const own = entry.sources.filter((s) => ids.has(s.docId));
  const order = [...ids];
  const best = own.sort(
    (a, b) => order.indexOf(a.docId) - order.indexOf(b.docId) || a.start - b.start,
  )[0];
  return [order.indexOf(best?.docId ?? ""), best?.start ?? 0];
}

/** "vem yrkade på …" where the documents propose nothing. */
function noProposal(ctx: AnswerContext): Draft {
  return decline(
    "stated",
    say(ctx.language, "Dokumenten innehåller inga förslag.", "The documents hold no proposals."),
  );
}

/**
 * "gms i år enl riksdagssvaret", "what did the minister tell parliament GMS gets in 2027?": the amounts
 * that kind of document states for the years (and topic) asked, in its own order, never summed.
 */
export function answerDocumentStates(ctx: AnswerContext): Draft {
  const { query } = ctx;
  // "hur mkt bad gms om?": money asked for, quoted as a request, never as a grant.
  if (query.cues.has("askedFor") || query.cues.has("demand"))
    return (
      answerRequests(ctx) ??
      decline(
        "stated",
        say(
          ctx.language,
          "Dokumenten berättar inte om någon begäran om pengar.",
          "The documents tell of no request for money.",
        ),
      )
    );
  // "vem yrkade …", "what does the motion propose?": the proposals, quoted with who made them.
  if (
    query.docKinds.length === 0 &&
    query.cues.has("proposal") &&
    (query.cues.has("who") || query.cues.has("what"))
  )
    return answerWhoProposed(ctx) ?? noProposal(ctx);
  const docs = referenced(ctx);
  const named =
    [...new Set(query.docKinds.map((k) => kindName(ctx, k)))].join(", ") ||
    say(ctx.language, "det dokument du frågar om", "the document you ask about");
  if (docs.length === 0)
    return (
      // "what does the motion propose?" where no document is a motion (board minutes tell one): the proposals.
      (query.cues.has("proposal") ? answerWhoProposed(ctx) : null) ??
      retoldDraft(ctx, named, retoldEstimates(ctx)) ??
      decline(
        "stated",
        say(
          ctx.language,
          `Jag hittar inte ${named} bland dokumenten.`,
          `I can't find ${named} among the documents.`,
        ),
      )
    );
  const all = new Set(docs.map((d) => d.id));
  // "Hur mycket beräknade regeringen … enligt Vänsterpartiets motion?": the estimate a motion retells, not its own
  // proposal.
  if (query.cues.has("proposal") && !query.cues.has("estimate")) {
    const proposed = answerProposals(ctx, all, named);
    if (proposed) return proposed;
  }
  // "the press release from December 2020": a month's year dates the document, not its money.
  const dated = query.months.length > 0 && query.years.every((y) => publicationYears(ctx).has(y));
  const told = statedEntries(ctx, all, dated ? [] : query.years);
  // "the 2020 press release": a year no money of the kind's documents is for may be when one was published.
  const published = docs.filter((d) => query.years.includes(Number(d.published?.slice(0, 4))));
  const byDate =
    told.length === 0 && !dated && published.length > 0
      ? { ids: new Set(published.map((d) => d.id)), matched: [] as LedgerEntry[] }
      : null;
  if (byDate) byDate.matched = statedEntries(ctx, byDate.ids, []);
  const ids = byDate?.ids ?? all;
  const matched = byDate?.matched ?? told;
  // A budget frame (an appropriation, a call's whole budget) is told when asked for, as a kind or a total.
  const funding = matched.filter((e) => e.role !== "budget-frame");
  const framesAsked =
    !wantedRoles(ctx).has("grant") || query.cues.has("total") || funding.length === 0;
  const candidates = framesAsked ? matched : funding;
  const entries = candidates
    .map((e) => ({ e, at: firstTold(e, ids), first: askedFirst(ctx, e) }))
    .sort((a, b) => b.first - a.first || a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map((x) => x.e)
    .slice(0, MAX_FIGURES);
  // "What planning figures did the budget bill give for 2031?": a budget bill none of the documents is may still
  // be retold ("The budget bill for 2030 includes planning figures of SEK 96 million for 2031"): its estimates for
  // the asked years, wherever told, said to be retold.
  if (entries.length === 0)
    return (
      retoldDraft(ctx, named, retoldEstimates(ctx)) ??
      decline(
        "stated",
        say(
          ctx.language,
          `${capital(named)} anger inget belopp för det du frågar om.`,
          `${capital(named)} states no amount for what you ask.`,
        ),
      )
    );
  const lead = say(ctx.language, `Enligt ${named}:`, `According to ${named}:`);
  return {
    intent: "stated",
    answered: true,
    text: [lead, ...entries.map((e) => `• ${describeEntry(ctx, e)}`)].join("\n"),
    figures: entries.map((e) => entryFigure(ctx, e).figure),
  };
}

/** The entries the documents tell for the asked years (and topic, amount and kind of money). */
function statedEntries(
  ctx: AnswerContext,
  ids: ReadonlySet<string>,
  years: readonly number[],
): LedgerEntry[] {
  const { query } = ctx;
  const roles = wantedRoles(ctx);
  const kindAsked = !roles.has("grant");
  // "is the 60 million in the regleringsbrev …": an amount the question names narrows to that amount.
  const asked = new Set(query.amounts.map((a) => a.valueSek));
  const accept = (e: LedgerEntry) =>
    e.sources.some((s) => ids.has(s.docId)) &&
    inYears(e, years) &&
    (asked.size === 0 || asked.has(e.amountSek)) &&
    (!kindAsked || roles.has(e.role));
  return hasTopic(query)
    ? matchTopic(query, ctx.index, (e) => accept(e.entry)).map((e) => e.entry)
    : ctx.index.entries.map((e) => e.entry).filter(accept);
}

/** The years of the months the question names ("december 2020"). */
function publicationYears(ctx: AnswerContext): Set<number> {
  return new Set(ctx.query.dates.filter((d) => d.kind === "month").map((d) => d.year));
}

/** "totalt", "max per projekt", "förra omgången": a total, a ceiling or an earlier figure answers first. */
function askedFirst(ctx: AnswerContext, e: LedgerEntry): number {
  const { cues } = ctx.query;
  // "hur mycket har gms fått sedan 2018 enligt …": a sum since a year asks for the document's total too.
  const sum = cues.has("total") || ctx.query.since !== null;
  // "SOU:ns totalsumma för 2021–2026": a total over every asked year before one over a single year of them.
  const asked = ctx.query.years;
  const spans = asked.length > 1 && asked.every((y) => e.years.includes(y));
  if (sum && (e.role === "total" || e.role === "multi-year-total")) return spans ? 2 : 1;
  if (cues.has("atMost") && (e.qualifier === "at-most" || e.role === "agency-cap")) return 1;
  // "the previous round": an earlier figure the document retells, or one for a year before its own.
  if (cues.has("earlier") && (e.role === "comparison" || beforeItsDocument(ctx, e))) return 1;
  // "what does the interview say GMS got for 2028": money over more years ("sedan starten") after the year's own.
  if (asked.length > 0 && (e.years.length === 0 || e.years.some((y) => !asked.includes(y))))
    return -1;
  // "statens stöd till gms 2028 enl vr-listan": in another giver's list, GMS's money before the giver's own.
  if (!e.gms && ctx.query.docKinds.some((k) => PUBLISHER_KEYS.has(k))) return -2;
  // "how much did gms get in 2027 according to the podcast": with no area asked, a whole comes before a part.
  if (!hasTopic(ctx.query) && e.partOf) return -1;
  return 0;
}

function beforeItsDocument(ctx: AnswerContext, e: LedgerEntry): boolean {
  const published = Number(
    ctx.knowledge.documents.find((d) => d.id === e.sources[0]?.docId)?.published?.slice(0, 4),
  );
  return published > 0 && e.years.length > 0 && e.years.every((y) => y < published);
}

// The kind of document whose figures for later years are estimates.
const BUDGET_BILL = "budgetproposition";

// A sentence that tells the budget bill's figures ("The budget bill for 2030 includes planning figures …").
const NAMES_BUDGET_BILL = /budgetprop|budget ?bill/iu;
// "the 2030 budget bill": the year right before the kind dates the bill, not its figures.
const BILL_YEAR = /\b((?:19|20)\d{2})\s+(?:budget ?bill|budgetprop)/iu;

/** The budget bill asked for years: its estimates for them, as any document's sentence naming the bill retells them. */
function retoldEstimates(ctx: AnswerContext): LedgerEntry[] {
  const { query } = ctx;
  if (!query.docKinds.includes(BUDGET_BILL)) return [];
  const billYear = Number(BILL_YEAR.exec(query.text)?.[1] ?? 0);
  const years = query.years.filter((y) => y !== billYear);
  if (years.length === 0) return [];
  return ctx.index.entries
    .map((e) => e.entry)
    .filter(
      (e) =>
        e.role === "estimate" &&
        e.year !== null &&
        years.includes(e.year) &&
        e.sources.some((s) => NAMES_BUDGET_BILL.test(s.text)),
    )
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    .slice(0, MAX_FIGURES);
}

/** The retold estimates, said to be retold; null when there are none. */
function retoldDraft(ctx: AnswerContext, named: string, retold: LedgerEntry[]): Draft | null {
  if (retold.length === 0) return null;
  return {
    intent: "stated",
    answered: true,
    text: [
      say(
        ctx.language,
        `Enligt ${named}, som dokumenten återger det (beräkningar, inga beslut):`,
        `According to ${named}, as the documents retell it (estimates, no decisions):`,
      ),
      ...retold.map((e) => `• ${describeEntry(ctx, e)}`),
    ].join("\n"),
    figures: retold.map((e) => entryFigure(ctx, e).figure),
  };
}
