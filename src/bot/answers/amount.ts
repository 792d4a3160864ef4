// "How much went to barncancer 2022?": which money a question asks for, then the answer that lists it.

import {
  countsAsGrant,
  type FactRole,
  fundingRole,
  type LedgerEntry,
  projectNamesOf,
} from "../../knowledge/index.js";
import { organisationName } from "../english-names.js";
import { entriesOfYears, hasTopic, type IndexedEntry, inYears, matchTopic } from "../match.js";
import type { Query } from "../query.js";
import { asksAnnouncedMonth, asksDecidedMonth, money } from "../route.js";
import { entryLabel, listText, say } from "../say.js";
import { answerAgainstEstimate, asksAgainstEstimate } from "./against-estimate.js";
import { againstGms, answerAgainstGms } from "./against-gms.js";
import {
  answerFunderAmounts,
  answerRecipientAmounts,
  capNaming,
  ceilingsOfAskedOrg,
  noOwnWorkCap,
  ofAskedOrganisation,
  receivedByAsked,
  theirsOnly,
} from "./amount-by-org.js";
import { answerEntries, askedAbout, noTopic } from "./amount-entries.js";
import { budgetLinesOf } from "./budget-lines.js";
import { type AnswerContext, amountText, type Draft, decline, withLead } from "./context.js";
import { answerEachRecipient, namedRecipients } from "./each-recipient.js";
import { answerForeign } from "./foreign.js";
import { answerGenericArea, onlyGenericArea } from "./generic-area.js";
import { answerInstalments } from "./instalments.js";
import { hint } from "./meta.js";
import { answerNotGms, asksNotGms } from "./not-gms.js";
import { askedFunder, askedRecipient, givenBy, ledgerName, receivedBy } from "./organisation.js";
import { answerPassages } from "./passages.js";
import { answerKept, answerPassedOn } from "./passed-on.js";
import { answerDecisions } from "./people.js";
import { answerPerKind, asksPerKind } from "./per-kind.js";
import { answerPerPayer, asksPerPayer } from "./per-payer.js";
import { answerPurpose } from "./purpose.js";
import { quotesName, titledDocuments } from "./quoted-names.js";
import { answerRepaid } from "./repaid.js";
import { answerRequisitioned } from "./requisitioned.js";
import { owningDocument } from "./scope.js";
import { asksStateMoney } from "./state-money.js";
import { dateText } from "./stated-dates.js";
import { answerYearTotal } from "./totals.js";

/**
 * "is gms funded by the eu": a giver none of whose money the documents tell as GMS's is said so first, before
 * what it does give.
 */
function withNoneToGms(ctx: AnswerContext, funder: string, draft: Draft): Draft {
  // A yes or no asked ("is the EU paying for gms?") is answered first by the giver's own amounts.
  if (!draft.answered || !ctx.query.mentionsGms || funder === "GMS" || ctx.query.cues.has("yesNo"))
    return draft;
  if (givenBy(ctx, ledgerName(ctx, funder)).some((e) => e.gms)) return draft;
  const none = say(
    ctx.language,
    `Nej, dokumenten anger inga medel från ${funder} till GMS. Det ${funder} ger enligt dokumenten:`,
    `No, the documents state no money from ${funder} to GMS. What ${funder} gives, according to the documents:`,
  );
  return withLead(draft, none);
}

/** "anslagsposten 33": only the frame booked against that numbered line, when one is named. */
function onBudgetLine(ctx: AnswerContext, e: LedgerEntry): boolean {
  const line = ctx.query.budgetLine;
  return !line || budgetLinesOf(ctx, e).some((b) => b.post === line);
}

/** "16 miljoner till …": when the question names an amount, only entries of that amount. */
function amountAsked(ctx: AnswerContext, e: IndexedEntry): boolean {
  return (
    ctx.query.amounts.length === 0 ||
    ctx.query.amounts.some((a) => a.valueSek === e.entry.amountSek)
  );
}

/**
 * "totalen 2019 inklusive regionerna": a total the documents state for the asked years, with the grants
 * and co-funding its documents tell beside it; the bot adds nothing up itself.
 */
function statedTotalIncluding(ctx: AnswerContext): LedgerEntry[] {
  const { cues, years } = ctx.query;
  const whole = cues.has("total") || cues.has("cofund");
  if (!whole || !cues.has("including") || years.length === 0) return [];
  const inYear = entriesOfYears(ctx.index, years);
  const totals = inYear.filter((e) => e.role === "total" && e.gms);
  const docs = new Set(totals.flatMap((t) => t.sources.map((s) => s.docId)));
  const beside = inYear.filter(
    (e) =>
      (e.role === "co-funding" || (fundingRole(e) === "grant" && e.gms)) &&
      e.sources.some((s) => docs.has(s.docId)),
  );
  return totals.length > 0 ? [...totals, ...beside] : [];
}

/**
 * "hur mycket får örebro inkl egna pengar 2027": what the organisation received and what it puts in
 * itself, side by side; its own money is co-funding, never added to what it got.
 */
function receivedWithOwn(ctx: AnswerContext): LedgerEntry[] {
  const { cues } = ctx.query;
  if (!cues.has("including") || !(cues.has("cofund") || cues.has("ownMoney"))) return [];
  const org = ctx.query.orgs.find((o) => o.role !== "payer");
  if (!org) return [];
  const name = ledgerName(ctx, org.name);
  const got = receivedBy(ctx, name);
  const own = givenBy(ctx, name).filter((e) => e.role === "co-funding");
  return got.length > 0 && own.length > 0 ? [...got, ...own] : [];
}

/** The shares, on the question's topic, of a whole whose amount the question names. */
function sharesOfAskedWhole(ctx: AnswerContext): LedgerEntry[] {
  const asked = new Set(ctx.query.amounts.map((a) => a.valueSek));
  if (asked.size === 0) return [];
  const wholes = new Set(
    ctx.index.entries.filter((e) => asked.has(e.entry.amountSek)).map((e) => e.entry.id),
  );
  const isShare = (e: IndexedEntry) =>
    e.entry.partOf !== null && wholes.has(e.entry.partOf) && !asked.has(e.entry.amountSek);
  return matchTopic(ctx.query, ctx.index, isShare).map((e) => e.entry);
}

/** Which kinds of money a question is about: the agency's own cap, budget lines, or grants and their parts. */
export function wantedRoles(ctx: AnswerContext): Set<FactRole> {
  const { cues } = ctx.query;
  // "medfinansiering 2027?": money others put in beside the grant, never a grant itself; "hur mycket
  // medfinansierar västerbotten själv": what it puts in of its own, not an agency's cap for its own work.
  // "did västerbotten chip in any of its own money", "hur mycket lägger de själva?": what an organisation
  // gives of its own is co-funding; an agency's own-work cap is money it uses, never gives.
  // "RS egna medel till gms 2027": an organisation's own money for GMS is co-funding, with or without a verb
  // (its own money for other work, "västerbotten hjärtmottagning egna pengar", is that work's); "vgr egna medel
  // 2027?", naming no other work, asks of the region's own money beside GMS's grant.
  const ownForGms =
    cues.has("ownMoney") &&
    (ctx.query.mentionsGms || !hasTopic(ctx.query)) &&
    ctx.query.orgs.some((o) => o.name !== "GMS" && o.name !== "regeringen");
  const givesOwn =
    (cues.has("gives") && (cues.has("ownMoney") || cues.has("ownWork"))) || ownForGms;
  if (cues.has("cofund") || givesOwn) return new Set(["co-funding"]);
  if (cues.has("ownWork")) return new Set(["agency-cap"]);
  // "får Socialstyrelsen använda för uppdraget", "anslagsposten 33": the frame an agency may spend.
  if (cues.has("frame")) return new Set(["budget-frame"]);
  if (cues.has("estimate")) return new Set(["estimate"]);
  return new Set(["grant", "part"]);
}

/**
 * A whole that matched only through its part's words (its own purpose names none of the question's topic),
 * moved right after that part: "norrbotten tumörsekvensering -27" is the 1,2 M for tumours, then its 2,4 M.
 */
// A word's first letters this long inside another word are one subject ("tumör" in "tumörsekvensering").
const SHARED = 5;

function partsFirst(query: Query, matched: IndexedEntry[]): IndexedEntry[] {
  // Told by the entry's own area ("sekvensering tumörer"), not by the sentence it shares with its whole.
  const names = (e: IndexedEntry) => {
    const area = e.entry.area.split(" ").filter((a) => a.length >= SHARED);
    return query.stems.some(
      (q) =>
        q.length >= SHARED &&
        area.some((a) => q.includes(a.slice(0, SHARED)) || a.includes(q.slice(0, SHARED))),
    );
  };
  const ids = new Set(matched.map((e) => e.entry.id));
  const wholes = new Set(
    matched
      .filter((e) => e.entry.partOf !== null && ids.has(e.entry.partOf) && names(e))
      .map((e) => e.entry.partOf as string),
  );
  for (const e of matched) if (wholes.has(e.entry.id) && names(e)) wholes.delete(e.entry.id);
  if (wholes.size === 0) return matched;
  const out: IndexedEntry[] = [];
  for (const e of matched) {
    if (wholes.has(e.entry.id)) continue;
    out.push(e);
    const whole = e.entry.partOf ? matched.find((w) => w.entry.id === e.entry.partOf) : undefined;
    if (whole && wholes.has(whole.entry.id) && !out.includes(whole)) out.push(whole);
  }
  return out;
}

/** An amount asked with no subject and no year ("the 84m"). */
function amountAlone(query: Query): boolean {
  return query.amounts.length > 0 && !hasTopic(query) && query.years.length === 0;
}

/** "How much went to barncancer 2022?": the figures for a topic (and year), or a plain "not in the documents". */
export function answerAmount(ctx: AnswerContext): Draft {
  const { query } = ctx;
  if (asksNotGms(ctx)) return answerNotGms(ctx);
  if (asksPerKind(ctx)) return answerPerKind(ctx);
  const perPayer = asksPerPayer(query) ? answerPerPayer(ctx) : null;
  if (perPayer) return perPayer;
  if (asksDecidedMonth(query)) return answerDecidedIn(ctx);
  // "how much pharmacogenomics money was announced in dec 2027": the subject's money told that month.
  if (asksTopicInMonth(query)) return answerTopicInMonth(ctx);
  if (asksAnnouncedMonth(query)) return answerAnnouncedIn(ctx);
  const foreign = answerForeign(ctx);
  if (foreign) return foreign;
  const requisitioned = answerRequisitioned(ctx);
  if (requisitioned) return requisitioned;
  const handedOn = answerPassedOn(ctx) ?? answerKept(ctx);
  if (handedOn) return handedOn;
  const repaid = answerRepaid(ctx);
  if (repaid) return repaid;
  const instalments = answerInstalments(ctx);
  if (instalments) return instalments;
  if (query.names.length > 0) return answerNamed(ctx);
  if (onlyGenericArea(ctx)) return answerGenericArea(ctx);
  const statedWhole = statedTotalIncluding(ctx);
  if (statedWhole.length > 0) return answerEntries(ctx, statedWhole, false);
  const withOwn = receivedWithOwn(ctx);
  if (withOwn.length > 0) return answerEntries(ctx, withOwn, false);
  // "was the 84m less than the estimate?": the amount named alone is told as "what is the 84m" tells it.
  if (asksAgainstEstimate(query))
    return answerAgainstEstimate(ctx, amountAlone(query) ? answerPurpose : answerAmount);
  const roles = wantedRoles(ctx);
  // "prostate cancer money 2027 skane": a topic with a place named beside it asks about the topic.
  const byOrg = !hasTopic(query) || query.orgs.some((o) => o.role === "recipient");
  // "did GMS get more money than SciLifeLab?": no comparison the documents make; the other side said as it is.
  const against = roles.has("grant") ? againstGms(ctx) : null;
  if (against) return answerAgainstGms(ctx, against, roles);
  // "skåne vs uppsala 2027": each named receiver, never only the first.
  const each = roles.has("grant") && !hasTopic(query) ? namedRecipients(ctx) : null;
  if (each) return answerEachRecipient(ctx, each, roles);
  // "What is the most a Cancerfonden project grant can be per year?": the ceiling set beside the named one's money.
  // Quoted, not labelled: such a ceiling is read as an agency's own cap, which it is not.
  const ceilings = ceilingsOfAskedOrg(ctx);
  if (ceilings.length > 0) return answerCeilings(ctx, ceilings);
  const recipient = roles.has("grant") && byOrg ? askedRecipient(ctx) : null;
  const funder = askedFunder(ctx);
  if (recipient) return answerRecipientAmounts(ctx, recipient, funder, roles);
  // "SoS admin 2028": the organisation's own-work cap, which it receives; none that year is said so.
  if (
    funder &&
    roles.has("agency-cap") &&
    query.orgs.some((o) => o.role === "any") &&
    !capNaming(ctx, funder)
  )
    return noOwnWorkCap(ctx, funder);
  if (funder && !hasTopic(query))
    return withNoneToGms(ctx, funder, answerFunderAmounts(ctx, funder, roles));
  if (!hasTopic(query) || !roles.has("grant")) {
    // "is the EUR 2.4 million gms money": an amount in another currency is never broadened to a total.
    if (
      roles.has("grant") &&
      (query.years.length > 0 || query.mentionsGms) &&
      query.foreign.length === 0
    )
      return answerYearTotal(ctx);
    if (!roles.has("grant")) return answerKind(ctx, roles);
    return decline(
      "amount",
      say(
        ctx.language,
        `Vilket område eller år undrar du över? ${hint(ctx)}`,
        `Which area or year do you mean? ${hint(ctx)}`,
      ),
    );
  }
  // "How much of the 15.75 million went to childhood cancer?": the asked whole's share for the topic.
  const share = sharesOfAskedWhole(ctx);
  if (share.length > 0) return answerEntries(ctx, share, false);
  // A grant told only over several years ("4,2 miljoner under 2026–2028"): with no year asked, one like the others.
  // One split into its years is told by its parts.
  const overYears = (e: IndexedEntry) =>
    roles.has("grant") &&
    e.entry.role === "multi-year-total" &&
    e.entry.parts.length === 0 &&
    amountAsked(ctx, e);
  const wanted = (e: IndexedEntry) =>
    (roles.has(fundingRole(e.entry)) && amountAsked(ctx, e)) ||
    (query.years.length === 0 && overYears(e));
  const inAskedYears = (accept: (e: IndexedEntry) => boolean) => (e: IndexedEntry) =>
    accept(e) && inYears(e.entry, query.years);
  const known = query.unknown.length === 0;
  // Ranked within the asked years, so a weaker match in the right year beats a strong one in another.
  let inYear = known ? matchTopic(query, ctx.index, inAskedYears(wanted)) : [];
  let correction = "";
  // "what are the 2 billion for the care queues": an amount no funding has, asked of words the documents can't
  // place, is no subject the documents fund; only a subject they know is corrected with its own money.
  const placedSubject = query.coverage.unplaced.length === 0 || query.topics.length > 0;
  if (inYear.length === 0 && known && placedSubject && query.amounts.length > 0) {
    // "did childhood cancer get 7 million in 2022?": not that amount; say so, then give what the documents state.
    inYear = matchTopic(
      query,
      ctx.index,
      inAskedYears((e) => roles.has(fundingRole(e.entry))),
    );
    if (inYear.length > 0) correction = notThatAmount(ctx);
  }
  const ownStems = inYear.length === 0 && known ? query.ownStems() : [];
  if (ownStems.length > 0) {
    // An English document is found by the asker's English words ("sharing", "genomic").
    const own = { ...query, stems: ownStems, topics: [] };
    inYear = matchTopic(own, ctx.index, inAskedYears(wanted));
  }
  // "norrbotten tumörsekvensering -27": a part the topic names comes before the whole it is part of, which
  // matched only through the part's sentence.
  inYear = partsFirst(query, inYear);
  const giver = query.orgs.find((o) => o.role === "funder");
  if (giver && inYear.length > 0) {
    // "What did GMS pay into the EU project?": what the giver put in, not the topic's other money.
    const name = ledgerName(ctx, giver.name);
    const given = new Set(givenBy(ctx, name));
    const theirs = inYear.filter((e) => given.has(e.entry));
    if (theirs.length > 0) inYear = theirs;
    // "how much did gms put into data sharing": GMS puts its own grant into its areas, which is the topic's money.
    else if (name === "GMS" && inYear.some((e) => e.entry.gms))
      inYear = inYear.filter((e) => e.entry.gms);
    // Nothing from the giver on the topic: said so, then what it gives; never its other money as the answer.
    else if (given.size > 0) return noneOnTopicFrom(ctx, name, roles);
  }
  // "how much did norrbotten get in 2026": a figure told again for the asked year itself ("2026: 1,9 miljoner"
  // in a facts box) answers before a total over a span that holds the year.
  const retoldForYear = (e: IndexedEntry) =>
    query.years.length > 0 &&
    e.entry.role === "comparison" &&
    e.entry.gms &&
    e.entry.years.length > 0 &&
    e.entry.years.every((y) => query.years.includes(y)) &&
    amountAsked(ctx, e);
  if (inYear.length === 0 && known && roles.has("grant"))
    inYear = matchTopic(query, ctx.index, inAskedYears(retoldForYear));
  // With a year asked, a grant over several years answers only when no year's grant does.
  if (inYear.length === 0 && known) inYear = matchTopic(query, ctx.index, inAskedYears(overYears));
  // "How much has the regional council set aside for bioinformatics in 2027?": no grant for the subject that
  // year, but the documents tell co-funding for it: that, labelled as co-funding, before saying there is none.
  if (inYear.length === 0 && known && roles.has("grant") && query.years.length > 0) {
    const own = matchTopic(
      query,
      ctx.index,
      inAskedYears((e) => e.entry.role === "co-funding" && amountAsked(ctx, e)),
    );
    if (own.length > 0) return answerEntries(ctx, theirsOnly(ctx, own), false);
  }
  if (inYear.length === 0) {
    const matched = known ? matchTopic(query, ctx.index, wanted) : [];
    return (matched.length === 0 ? inCognates(ctx) : null) ?? nothingInYears(ctx, matched);
  }
  // "cancerfonden sedan 2021 till gms-projekt": when other money outranked the named organisation's on the
  // topic, its own is ranked among its own (a total over years like a grant).
  const own = (e: IndexedEntry) => (wanted(e) || overYears(e)) && ofAskedOrganisation(ctx, e.entry);
  const theirs = theirsOnly(ctx, inYear);
  const area =
    theirs.length > 0 || query.orgs.length === 0
      ? theirs
      : matchTopic(query, ctx.index, inAskedYears(own)).map((e) => e.entry);
  // "solida 27 sus?": the area's money none of which goes to the organisation itself, but a share of it does
  // ("Skånes universitetssjukhus får 7,2 miljoner kronor av den delen"): that share.
  const shares = sharesToAsked(ctx, area);
  const shown = shares.length > 0 ? shares : area;
  // None of it the asked organisation's: its money may be told by the word's Swedish twin.
  const twin = shown.length === 0 ? inCognates(ctx) : null;
  if (twin) return twin;
  const draft = answerEntries(ctx, shown, query.cues.has("total"));
  const lead = [correction, notTheirs(ctx, shown)].filter(Boolean).join("\n");
  return lead ? { ...draft, text: `${lead}\n${draft.text}` } : draft;
}

/**
 * "granted to projects linked to GMS": no money in any year for the asker's English word, so its Swedish twin
 * ("projekt") is asked; English pages are searched by the English word first. Null when the twin finds none.
 */
function inCognates(ctx: AnswerContext): Draft | null {
  const stems = ctx.query.cognateStems?.() ?? [];
  if (stems.length === 0) return null;
  const twin = answerAmount({ ...ctx, query: { ...ctx.query, stems, cognateStems: () => [] } });
  return twin.answered ? twin : null;
}

/** The shares of the shown money paid to the organisation asked beside it, when none of the shown money is. */
function sharesToAsked(ctx: AnswerContext, shown: readonly LedgerEntry[]): LedgerEntry[] {
  const asked = ctx.query.orgs.some(
    (o) => (o.role === "any" || o.role === "recipient") && o.name !== "GMS",
  );
  if (!asked || shown.length === 0 || shown.some((e) => receivedByAsked(ctx, e))) return [];
  const ids = new Set(shown.map((e) => e.id));
  return ctx.index.entries
    .map((x) => x.entry)
    .filter((e) => e.partOf !== null && ids.has(e.partOf) && receivedByAsked(ctx, e));
}

/**
 * "vgr barncancer": the area's money, none of it said to go to the organisation named beside it (it is only named
 * in the same documents): said first, never passed off as the organisation's money.
 */
function notTheirs(ctx: AnswerContext, shown: readonly LedgerEntry[]): string {
  const asked = ctx.query.orgs.filter((o) => o.role === "any" && o.name !== "GMS");
  if (asked.length === 0 || shown.length === 0 || shown.some((e) => receivedByAsked(ctx, e)))
    return "";
  if (
    shown.some((e) =>
      [e.payer, e.funder].some((n) => asked.some((o) => ledgerName(ctx, o.name) === n)),
    )
  )
    return "";
  const name = listText(
    asked.map((o) => organisationName(ledgerName(ctx, o.name), ctx.language)),
    ctx.language,
  );
  return say(
    ctx.language,
    `Dokumenten anger inte att något av detta går till ${name}; de nämner bara ${name} i samma dokument:`,
    `The documents don't say any of this goes to ${name}; they only name ${name} in the same documents:`,
  );
}

function noneOnTopicFrom(ctx: AnswerContext, giver: string, roles: Set<FactRole>): Draft {
  const topic = askedAbout(ctx);
  // "eu-pengarna till dataplattformen, ingår de i gms-anslaget?": none of the giver's money is GMS's, so no.
  const noneGms = asksStateMoney(ctx) && givenBy(ctx, giver).every((e) => !e.gms);
  const lead = noneGms
    ? say(
        ctx.language,
        `Nej. Inget av det ${giver} ger enligt dokumenten räknas som statens stöd till GMS, och inget knyts till ${topic}:`,
        `No. Nothing ${organisationName(giver, "en")} gives, according to the documents, counts as the state's funding of GMS, and none of it is tied to ${topic}:`,
      )
    : say(
        ctx.language,
        `Jag hittar inga medel från ${giver} som dokumenten knyter till ${topic}. Det ${giver} ger enligt dokumenten:`,
        `I find no money from ${organisationName(giver, "en")} that the documents tie to ${topic}. What ${organisationName(giver, "en")} gives, according to the documents:`,
      );
  return withLead(answerFunderAmounts(ctx, giver, roles), lead);
}

/**
 * "hur mycket medfinansierar västerbotten själv": of co-funding, what the asked organisation gives itself
 * when it gives any, before co-funding others put into its work.
 */
function ownCoFunding(
  ctx: AnswerContext,
  roles: Set<FactRole>,
  entries: LedgerEntry[],
): LedgerEntry[] {
  const org = ctx.query.orgs[0];
  if (!org || !roles.has("co-funding")) return entries;
  const name = ledgerName(ctx, org.name).toLowerCase();
  const own = entries.filter((e) => e.funder?.toLowerCase() === name);
  return own.length > 0 ? own : entries;
}

/** "medfinansiering 2027?", "vad får Socialstyrelsen använda?": money of one kind other than grants. */
function answerKind(ctx: AnswerContext, roles: Set<FactRole>): Draft {
  const { query } = ctx;
  const ofYears = (years: readonly number[]) =>
    ctx.index.entries
      .filter((e) => roles.has(e.entry.role) && inYears(e.entry, years))
      .map((e) => e.entry)
      .filter((e) => onBudgetLine(ctx, e) && ofAskedOrganisation(ctx, e))
      .sort((a, b) => Number(ofYearsOnly(b, years)) - Number(ofYearsOnly(a, years)));
  // "Which budget post is the rare disease money booked against?": of that kind, the topic's when it has any.
  const onTopic = hasTopic(query)
    ? new Set(matchTopic(query, ctx.index, (e) => roles.has(e.entry.role)).map((e) => e.entry))
    : new Set<LedgerEntry>();
  const all = ownCoFunding(ctx, roles, ofYears(query.years));
  const found = all.some((e) => onTopic.has(e)) ? all.filter((e) => onTopic.has(e)) : all;
  const wantsSum = query.cues.has("total");
  // "egen medfin?" after "och i fjol?": the conversation's year was never asked for this organisation's
  // own money; when that year has none, what the documents state for it is shown, each with its year.
  if (found.length === 0 && query.yearsFromConversation && query.orgs.length > 0) {
    const other = ofYears([]);
    if (other.length > 0) {
      const draft = answerEntries(ctx, other, wantsSum);
      const years = listText(query.years.map(String), ctx.language);
      const lead = say(
        ctx.language,
        `Dokumenten anger inget sådant för ${years}. De anger:`,
        `The documents state none for ${years}. They state:`,
      );
      return { ...draft, text: `${lead}\n${draft.text}` };
    }
  }
  return answerEntries(ctx, found, wantsSum);
}

/** The ceilings' own sentences, quoted: "Ett projektanslag kan uppgå till högst 3 miljoner kronor per år." */
function answerCeilings(ctx: AnswerContext, ceilings: readonly LedgerEntry[]): Draft {
  const spans = [...new Set(ceilings.flatMap((e) => e.sources.slice(0, 1)))];
  const lines = spans.map((s) => `• “${s.text}” ${ctx.citations.markers([s]).text}`);
  const lead = say(
    ctx.language,
    "Det här anger dokumenten som högsta belopp:",
    "What the documents set as the most it can be:",
  );
  return { intent: "amount", answered: true, text: [lead, ...lines].join("\n"), figures: [] };
}

/** "total EU grant for SHARE-GEN?": money whose sentences name the project, else what the documents say of it. */
function answerNamed(ctx: AnswerContext): Draft {
  const names = ctx.query.names.map((n) => n.toLowerCase());
  const inAskedYears = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => inYears(e, ctx.query.years));
  const quoted = inAskedYears.filter((e) => quotesName(e, ...names));
  // "how much did Vinnova give Nordigen": a document named for the name tells its money in other words
  // ("Vinnova granted the company …"); the asked giver's money there is the name's.
  const titled = titledDocuments(ctx.knowledge.documents, names);
  const pool = [...new Set([...quoted, ...inAskedYears.filter((e) => inDocuments(e, titled))])];
  const funder = askedFunder(ctx);
  const given = funder ? givenBy(ctx, funder).filter((e) => pool.includes(e)) : [];
  const named = given.length > 0 ? given : quoted;
  // "nordigens ceo paid": the question's other words must be the money's too; none is, nothing is said.
  const onTopic = hasTopic(ctx.query)
    ? matchTopic(ctx.query, ctx.index, (e) => named.includes(e.entry)).map((e) => e.entry)
    : named;
  if (onTopic.length > 0) return answerEntries(ctx, onTopic, false);
  const words = ctx.query.topicWords.join(" ");
  // "What does Nordigen's framework agreement cover?": no money asked, so the name's sentences say it.
  if (named.length > 0 && words !== "" && !money(ctx.query)) return answerPassages(ctx);
  if (named.length > 0 && words !== "" && !ctx.query.names.some((n) => n.includes("-")))
    return decline(
      "amount",
      say(
        ctx.language,
        `Dokumenten anger inga medel för ${listText(ctx.query.names, "sv")} om ”${words}”.`,
        `The documents state no money of ${listText(ctx.query.names, "en")} for “${words}”.`,
      ),
    );
  const byWho = namedProjectMoney(ctx, names);
  if (byWho.length > 0) return answerEntries(ctx, byWho, false);
  // "the EU budget for SHARE-GEN": told only in euros, it is quoted as written.
  return answerForeign(ctx, false) ?? answerPassages(ctx);
}

function inDocuments(e: LedgerEntry, docs: ReadonlySet<string>): boolean {
  return e.sources.some((s) => docs.has(s.docId));
}

/**
 * "how much does GMS put into SHARE-GEN": in the documents that name the project, what the asked giver
 * put in or the asked receiver got; nothing when the question names neither.
 */
function namedProjectMoney(ctx: AnswerContext, names: readonly string[]): LedgerEntry[] {
  const writers = projectNamesOf(ctx.knowledge.documents);
  const docs = new Set(names.flatMap((n) => [...(writers.get(n) ?? [])]));
  if (docs.size === 0) return [];
  const inDocs = (e: LedgerEntry) => e.sources.some((s) => docs.has(s.docId));
  const funder = askedFunder(ctx);
  if (funder) return givenBy(ctx, funder).filter(inDocs);
  const recipient = ctx.query.orgs.length > 0 ? askedRecipient(ctx) : null;
  return recipient ? receivedBy(ctx, recipient).filter(inDocs) : [];
}

/**
 * "How much was announced in December 2026?": the GMS money whose first document was published that
 * month; a later document retelling older money announces nothing new.
 */
function answerAnnouncedIn(ctx: AnswerContext): Draft {
  const announced = announcedIn(ctx);
  if (announced.length > 0) return answerEntries(ctx, announced, false);
  return decline(
    "amount",
    say(
      ctx.language,
      `Inget dokument publicerat i ${askedMonthText(ctx)} tillkännager nya medel till GMS.`,
      `No document published in ${askedMonthText(ctx)} announces new GMS funding.`,
    ),
  );
}

/** "2027-12": each asked month of each asked year, as the documents' dates begin. */
function monthKeys(query: Query): string[] {
  return query.years.flatMap((y) => query.months.map((m) => `${y}-${String(m).padStart(2, "0")}`));
}

/** The GMS grant is told in an asked month: first told by a document published then, or decided then. */
function toldInMonths(ctx: AnswerContext): (e: LedgerEntry) => boolean {
  const keys = monthKeys(ctx.query);
  const docs = new Set(
    ctx.knowledge.documents
      .filter((d) => keys.some((k) => d.published?.startsWith(k)))
      .map((d) => d.id),
  );
  const own = (e: LedgerEntry) =>
    docs.has(owningDocument(e)) || keys.some((k) => e.decided?.startsWith(k) === true);
  // A share is told when its whole is ("Av medlen ska 7 875 000 kronor …" in the February decision),
  // unless it is first told by a document published after the asked months (a region's share, later).
  const last = [...keys].sort().at(-1) ?? "";
  const dated = new Map(ctx.knowledge.documents.map((d) => [d.id, d.published ?? ""]));
  const later = (e: LedgerEntry) => (dated.get(owningDocument(e)) ?? "").slice(0, 7) > last;
  const told = (e: LedgerEntry, depth: number): boolean => {
    if (own(e)) return true;
    const whole = e.partOf ? ctx.index.byId.get(e.partOf) : undefined;
    return whole !== undefined && depth < MAX_WHOLE_DEPTH && !later(e) && told(whole, depth + 1);
  };
  return (e) => told(e, 0);
}

// How far up a chain of wholes a share's telling is looked for.
const MAX_WHOLE_DEPTH = 3;

/** The shares the ledger lists under a whole. */
function childrenOf(ctx: AnswerContext, whole: LedgerEntry): LedgerEntry[] {
  return ctx.index.entries.map((e) => e.entry).filter((e) => e.partOf === whole.id);
}

/** The GMS grants (no shares) told in the asked months. */
function wholesOf(ctx: AnswerContext, told: (e: LedgerEntry) => boolean): LedgerEntry[] {
  return ctx.index.entries.map((e) => e.entry).filter((e) => countsAsGrant(e) && told(e));
}

/** The GMS grants first told by documents published in the asked months. */
function announcedIn(ctx: AnswerContext): LedgerEntry[] {
  const keys = monthKeys(ctx.query);
  const docs = new Set(
    ctx.knowledge.documents
      .filter((d) => keys.some((k) => d.published?.startsWith(k)))
      .map((d) => d.id),
  );
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => countsAsGrant(e) && docs.has(owningDocument(e)));
}

/**
 * "vad fick sällsynta diagnoser i december 2027?": a topic's money asked in a month (of no named document)
 * is the topic's money told that month, whatever years it is for; never the topic's whole year.
 */
function asksTopicInMonth(query: Query): boolean {
  return (
    hasTopic(query) &&
    // "farmakogenomik dec 2027?": terse, every word placed; "cheap flights to stockholm april 2026" is not.
    (money(query) ||
      query.cues.has("receives") ||
      query.cues.has("gives") ||
      query.coverage.unplaced.length === 0) &&
    query.months.length > 0 &&
    query.years.length > 0 &&
    query.amounts.length === 0 &&
    query.docKinds.length === 0 &&
    query.unknown.length === 0
  );
}

function answerTopicInMonth(ctx: AnswerContext): Draft {
  const month = askedMonthText(ctx);
  const toldThen = toldInMonths(ctx);
  const roles = wantedRoles(ctx);
  const told = (e: LedgerEntry) => e.gms && roles.has(fundingRole(e)) && toldThen(e);
  const anyYear = { ...ctx, query: { ...ctx.query, years: [], months: [] } };
  const matched = matchTopic(anyYear.query, ctx.index, (e) => told(e.entry)).map((e) => e.entry);
  if (matched.length > 0) {
    const draft = answerEntries(anyYear, matched, false);
    return withLead(draft, say(ctx.language, `Tillkännagivet i ${month}:`, `Told in ${month}:`));
  }
  const none = say(
    ctx.language,
    `Inget dokument tillkännager eller beslutar medel till ${askedAbout(ctx)} i ${month}.`,
    `No document announces or decides money for ${askedAbout(ctx)} in ${month}.`,
  );
  // What is told then, named by area (no amounts: this answer declines, it gives no figure).
  const then = [...new Set([...announcedIn(ctx), ...wholesOf(ctx, toldThen)])];
  const areas = [
    ...new Set(
      then.flatMap((e) => [e, ...childrenOf(ctx, e)]).map((e) => entryLabel(e, ctx.language)),
    ),
  ];
  const thenText =
    areas.length === 0
      ? ""
      : say(
          ctx.language,
          ` Det som tillkännages då gäller ${listText(areas, "sv")}.`,
          ` What is told then is for ${listText(areas, "en")}.`,
        );
  return decline("amount", `${none}${thenText}`);
}

function askedMonthText(ctx: AnswerContext): string {
  const { months, years } = ctx.query;
  return listText(
    years.flatMap((year) =>
      months.map((month) => dateText({ year, month, day: null }, ctx.language)),
    ),
    ctx.language,
  );
}

/** "Vad beslutade regeringen i februari 2022?": the grants decided that month, else the decisions told. */
function answerDecidedIn(ctx: AnswerContext): Draft {
  const { months, years } = ctx.query;
  const keys = years.flatMap((y) => months.map((m) => `${y}-${String(m).padStart(2, "0")}`));
  const decided = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.role === "grant" && keys.some((k) => e.decided?.startsWith(k)));
  if (decided.length > 0) return answerEntries(ctx, decided, false);
  const decisions = answerDecisions(ctx);
  const announced = decisions.answered ? [] : announcedIn(ctx);
  if (announced.length === 0) return decisions;
  // "Vad beslutade regeringen i december 2020?": no decision is dated so, but a press release of that month tells grants.
  const draft = answerEntries(ctx, announced, false);
  const month = askedMonthText(ctx);
  const lead = say(
    ctx.language,
    `Inget dokument daterar ett beslut till ${month}, men dokument publicerade i ${month} tillkännager detta:`,
    `No document dates a decision to ${month}, but documents published in ${month} announce this:`,
  );
  return { ...draft, text: `${lead}\n${draft.text}` };
}

/** "medfinansiering 2027?": money of exactly the asked years before money spread over others too. */
export function ofYearsOnly(e: LedgerEntry, years: readonly number[]): boolean {
  return years.length > 0 && e.years.every((y) => years.includes(y));
}

/** Nothing in the asked years: other years when the topic has some, the documents' words, or a plain no. */
function nothingInYears(ctx: AnswerContext, matched: IndexedEntry[]): Draft {
  if (matched.length > 0) return noFigureForYears(ctx, matched);
  // "KI:s medfinansiering i hälsoekonomistudien": no entry names the study, but one names its funder.
  const funder = askedFunder(ctx);
  if (funder) {
    const given = noneOnTopicFrom(ctx, funder, wantedRoles(ctx));
    if (given.answered) return given;
  }
  const { query } = ctx;
  // "vem finansierade etableringsfasen?": no figure matches, but the documents may still say.
  if (!money(query) && query.amounts.length === 0 && query.unknown.length === 0) {
    const passages = answerPassages(ctx);
    if (passages.answered) return passages;
  }
  return noTopic(ctx);
}

function notThatAmount(ctx: AnswerContext): string {
  const asked = ctx.query.amounts.map((a) => amountText(ctx, a.valueSek)).join(", ");
  return say(
    ctx.language,
    `Dokumenten anger inte ${asked} för detta. De anger:`,
    `The documents don't state ${asked} for this. They state:`,
  );
}

function noFigureForYears(ctx: AnswerContext, matched: IndexedEntry[]): Draft {
  const years = [...new Set(matched.flatMap((e) => e.entry.years))].sort();
  const asked =
    ctx.query.years.length > 1
      ? `${ctx.query.years[0]}–${ctx.query.years.at(-1)}`
      : String(ctx.query.years[0]);
  return decline(
    "amount",
    say(
      ctx.language,
      `Dokumenten anger inget belopp för ${askedAbout(ctx)} ${asked}. De anger belopp för ${askedAbout(ctx)} endast för ${listText(years.map(String), "sv")}.`,
      `The documents state no figure for ${askedAbout(ctx)} in ${asked}. They give figures for ${askedAbout(ctx)} only for ${listText(years.map(String), "en")}.`,
    ),
  );
}
