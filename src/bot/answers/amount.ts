import {
  CONDITION_HEADS,
  countsAsGrant,
  type FactRole,
  fundingRole,
  type LedgerEntry,
  phraseStems,
  projectNamesOf,
  stem,
  words,
} from "../../knowledge/index.js";
import type { Figure } from "../answer.js";
import { organisationName } from "../english-names.js";
import { aliasesOf } from "../lexicon.js";
import { entriesOfYears, hasTopic, type IndexedEntry, inYears, matchTopic } from "../match.js";
import { asksAnnouncedMonth, asksDecidedMonth, money } from "../route.js";
import { listText, say, topicName, topicsOf } from "../say.js";
import { answerAgainstEstimate, asksAgainstEstimate } from "./against-estimate.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  derivedFigure,
  entryFigure,
} from "./context.js";
import { describeEntry } from "./describe.js";
import { documentSays } from "./document-says.js";
import { fundedAreas } from "./examples.js";
import { answerForeign } from "./foreign.js";
import { answerGenericArea, onlyGenericArea } from "./generic-area.js";
import { grantTable, withTable } from "./grant-table.js";
import { hint } from "./meta.js";
import { askedFunder, askedRecipient, givenBy, ledgerName, receivedBy } from "./organisation.js";
import { paidOutBy } from "./paid-by.js";
import { paidTo } from "./paid-to.js";
import { answerPassages } from "./passages.js";
import { answerDecisions } from "./people.js";
import { quotesName } from "./quoted-names.js";
import { answerRequisitioned } from "./requisitioned.js";
import { documentsOf, owningDocument } from "./scope.js";
import { dateText } from "./stated-dates.js";
import { answerYearTotal } from "./totals.js";

const MAX_FIGURES = 8;

/** "anslagsposten 33": only the frame booked against that numbered line, when one is named. */
function onBudgetLine(ctx: AnswerContext, e: LedgerEntry): boolean {
  const line = ctx.query.budgetLine;
  return (
    !line || e.sources.some((s) => new RegExp(`anslagspost\\w*\\s+${line}\\b`, "i").test(s.text))
  );
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
  if (cues.has("ownWork")) return new Set(["agency-cap"]);
  // "får Socialstyrelsen använda för uppdraget", "anslagsposten 33": the frame an agency may spend.
  if (cues.has("frame")) return new Set(["budget-frame"]);
  // "medfinansiering 2027?": money others put in beside the grant, never a grant itself.
  if (cues.has("cofund")) return new Set(["co-funding"]);
  if (cues.has("estimate")) return new Set(["estimate"]);
  return new Set(["grant", "part"]);
}

/** "How much went to barncancer 2022?": the figures for a topic (and year), or a plain "not in the documents". */
export function answerAmount(ctx: AnswerContext): Draft {
  const { query } = ctx;
  if (asksDecidedMonth(query)) return answerDecidedIn(ctx);
  if (asksAnnouncedMonth(query)) return answerAnnouncedIn(ctx);
  const foreign = answerForeign(ctx);
  if (foreign) return foreign;
  const requisitioned = answerRequisitioned(ctx);
  if (requisitioned) return requisitioned;
  if (query.names.length > 0) return answerNamed(ctx);
  if (onlyGenericArea(ctx)) return answerGenericArea(ctx);
  const statedWhole = statedTotalIncluding(ctx);
  if (statedWhole.length > 0) return answerEntries(ctx, statedWhole, false);
  const withOwn = receivedWithOwn(ctx);
  if (withOwn.length > 0) return answerEntries(ctx, withOwn, false);
  if (asksAgainstEstimate(query)) return answerAgainstEstimate(ctx, answerAmount);
  const roles = wantedRoles(ctx);
  // "prostate cancer money 2027 skane": a topic with a place named beside it asks about the topic.
  const byOrg = !hasTopic(query) || query.orgs.some((o) => o.role === "recipient");
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
  if (funder && !hasTopic(query)) return answerFunderAmounts(ctx, funder, roles);
  if (!hasTopic(query) || !roles.has("grant")) {
    if (roles.has("grant") && (query.years.length > 0 || query.mentionsGms))
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
  const wanted = (e: IndexedEntry) => roles.has(fundingRole(e.entry)) && amountAsked(ctx, e);
  const inAskedYears = (accept: (e: IndexedEntry) => boolean) => (e: IndexedEntry) =>
    accept(e) && inYears(e.entry, query.years);
  const known = query.unknown.length === 0;
  // Ranked within the asked years, so a weaker match in the right year beats a strong one in another.
  let inYear = known ? matchTopic(query, ctx.index, inAskedYears(wanted)) : [];
  let correction = "";
  if (inYear.length === 0 && known && query.amounts.length > 0) {
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
  const giver = query.orgs.find((o) => o.role === "funder");
  if (giver && inYear.length > 0) {
    // "What did GMS pay into the EU project?": what the giver put in, not the topic's other money.
    const name = ledgerName(ctx, giver.name);
    const given = new Set(givenBy(ctx, name));
    const theirs = inYear.filter((e) => given.has(e.entry));
    if (theirs.length > 0) inYear = theirs;
    else if (given.size > 0) return answerFunderAmounts(ctx, name, roles);
  }
  if (inYear.length === 0)
    return nothingInYears(ctx, known ? matchTopic(query, ctx.index, wanted) : []);
  const draft = answerEntries(ctx, theirsOnly(ctx, inYear), query.cues.has("total"));
  return correction ? { ...draft, text: `${correction}\n${draft.text}` } : draft;
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
  const found = ofYears(query.years);
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

/** "total EU grant for SHARE-GEN?": money whose sentences name the project, else what the documents say of it. */
function answerNamed(ctx: AnswerContext): Draft {
  const names = ctx.query.names.map((n) => n.toLowerCase());
  const named = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => inYears(e, ctx.query.years) && quotesName(e, ...names));
  if (named.length > 0) return answerEntries(ctx, named, false);
  const byWho = namedProjectMoney(ctx, names);
  if (byWho.length > 0) return answerEntries(ctx, byWho, false);
  // "the EU budget for SHARE-GEN": told only in euros, it is quoted as written.
  return answerForeign(ctx, false) ?? answerPassages(ctx);
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
  const { months, years } = ctx.query;
  const keys = years.flatMap((y) => months.map((m) => `${y}-${String(m).padStart(2, "0")}`));
  const docs = new Set(
    ctx.knowledge.documents
      .filter((d) => keys.some((k) => d.published?.startsWith(k)))
      .map((d) => d.id),
  );
  const announced = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => countsAsGrant(e) && docs.has(owningDocument(e)));
  if (announced.length > 0) return answerEntries(ctx, announced, false);
  const month = listText(
    years.flatMap((year) =>
      months.map((month) => dateText({ year, month, day: null }, ctx.language)),
    ),
    ctx.language,
  );
  return decline(
    "amount",
    say(
      ctx.language,
      `Inget dokument publicerat ${month} tillkännager nya medel till GMS.`,
      `No document published in ${month} announces new GMS funding.`,
    ),
  );
}

/** "Vad beslutade regeringen i februari 2022?": the grants decided that month, else the decisions told. */
function answerDecidedIn(ctx: AnswerContext): Draft {
  const { months, years } = ctx.query;
  const keys = years.flatMap((y) => months.map((m) => `${y}-${String(m).padStart(2, "0")}`));
  const decided = ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.role === "grant" && keys.some((k) => e.decided?.startsWith(k)));
  return decided.length > 0 ? answerEntries(ctx, decided, false) : answerDecisions(ctx);
}

/**
 * "vad får Region X 2027": the share for exactly the asked year stands for its multi-year whole, which
 * its answer names ("a part of 18 million for 2026–2027"); the whole is not a second figure for that year.
 */
function yearsOwnShares(found: LedgerEntry[], years: readonly number[]): LedgerEntry[] {
  if (years.length === 0) return found;
  const wholes = new Set(
    found.filter((e) => e.partOf !== null && ofYearsOnly(e, years)).map((e) => e.partOf),
  );
  const kept = found.filter((e) => !wholes.has(e.id) || ofYearsOnly(e, years));
  return kept.length > 0 ? kept : found;
}

/** "medfinansiering 2027?": money of exactly the asked years before money spread over others too. */
function ofYearsOnly(e: LedgerEntry, years: readonly number[]): boolean {
  return years.length > 0 && e.years.every((y) => years.includes(y));
}

/** "örebro sällsynta '27": of the topic's entries, those the named organisation received, when it received any. */
function theirsOnly(ctx: AnswerContext, matched: IndexedEntry[]): LedgerEntry[] {
  const entries = matched.map((e) => e.entry);
  const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  if (names.length === 0) return entries;
  // "skane": a region's name also reaches what lies in it ("Skånes universitetssjukhus").
  const places = ctx.query.orgs
    .filter((o) => o.name.startsWith("Region "))
    .map((o) => stem(o.name.slice("Region ".length).toLowerCase()));
  const theirs = (e: LedgerEntry) => {
    const to = e.recipient?.toLowerCase() ?? "";
    return names.includes(to) || places.some((p) => words(to).some((w) => stem(w.word) === p));
  };
  const own = entries.filter(theirs);
  if (own.length > 0) return own;
  // "vad är EU-projektets budget": a topic's money whose documents never name the organisation is not the answer.
  return entries.filter((e) => namesOrganisation(ctx, e, names));
}

// Each organisation's names as word sequences: its ledger name and the lexicon's aliases for it.
const ORG_NAMES = new Map<string, string[][]>();
for (const [alias, name] of aliasesOf("org")) {
  const key = name.toLowerCase();
  ORG_NAMES.set(key, [...(ORG_NAMES.get(key) ?? [[key]]), alias.split(" ")]);
}

/** The entry gives, pays or gets through the organisation, or a document telling it names it. */
function namesOrganisation(ctx: AnswerContext, e: LedgerEntry, names: readonly string[]): boolean {
  return names.some((name) => {
    if ([e.funder, e.payer, e.recipient].some((n) => n?.toLowerCase() === name)) return true;
    const forms = ORG_NAMES.get(name) ?? [name.split(" ")];
    return e.sources.some((s) => forms.some((f) => documentSays(ctx, s.docId, f)));
  });
}

/** Nothing in the asked years: other years when the topic has some, the documents' words, or a plain no. */
function nothingInYears(ctx: AnswerContext, matched: IndexedEntry[]): Draft {
  if (matched.length > 0) return noFigureForYears(ctx, matched);
  // "KI:s medfinansiering i hälsoekonomistudien": no entry names the study, but one names its funder.
  const funder = askedFunder(ctx);
  if (funder) {
    const given = answerFunderAmounts(ctx, funder, wantedRoles(ctx));
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

/** "hur mkt får Folkhälsomyndigheten använda själv", "KI medfin": money of the organisation named, if one is. */
function ofAskedOrganisation(ctx: AnswerContext, e: LedgerEntry): boolean {
  const org = ctx.query.orgs[0];
  if (!org) return true;
  const name = ledgerName(ctx, org.name).toLowerCase();
  return (
    e.recipient?.toLowerCase() === name ||
    e.payer?.toLowerCase() === name ||
    // Co-funding is the giver's own money ("KI medfin", "Regionen skjuter till … av egna medel").
    e.funder?.toLowerCase() === name ||
    quotesName(e, name)
  );
}

/** A cap in the asked years whose sentence names the organisation ("Kammarkollegiet may use at most …"). */
function capNaming(ctx: AnswerContext, name: string): boolean {
  const lower = name.toLowerCase();
  return ctx.index.entries.some(
    ({ entry: e }) =>
      e.role === "agency-cap" && inYears(e, ctx.query.years) && quotesName(e, lower),
  );
}

/** No cap on the organisation's own work in the asked years: said so, with the years the documents give one. */
function noOwnWorkCap(ctx: AnswerContext, name: string): Draft {
  const anyYear = { ...ctx, query: { ...ctx.query, years: [] } };
  const years = [
    ...new Set(
      receivedBy(anyYear, name)
        .filter((e) => e.role === "agency-cap" && e.year !== null)
        .map((e) => e.year as number),
    ),
  ].sort((a, b) => a - b);
  const asked = ctx.query.years.join(", ");
  const known = years.map(String);
  const other =
    known.length === 0
      ? ""
      : say(
          ctx.language,
          ` De anger ett sådant tak för ${listText(known, "sv")}.`,
          ` They state one for ${listText(known, "en")}.`,
        );
  return decline(
    "amount",
    say(
      ctx.language,
      `Dokumenten anger inget tak för vad ${name} får använda till eget arbete${asked ? ` ${asked}` : ""}.${other}`,
      `The documents state no cap on what ${name} may use for its own work${asked ? ` in ${asked}` : ""}.${other}`,
    ),
  );
}

/** The at-most amounts in the documents telling what an organisation gives. */
function ceilingsBeside(ctx: AnswerContext, given: readonly LedgerEntry[]): LedgerEntry[] {
  const docs = documentsOf(given);
  return ctx.index.entries
    .map((e) => e.entry)
    .filter((e) => e.qualifier === "at-most" && e.sources.some((s) => docs.has(s.docId)));
}

/** "vad gav Barncancerfonden?", "medfinansiering från regionerna": what the organisation put in. */
function answerFunderAmounts(ctx: AnswerContext, name: string, roles: Set<FactRole>): Draft {
  // What a funder puts in may be a grant or co-funding; costs, comparisons and estimates are not given money.
  // "vad har KI bidragit med": the government's money is not what another organisation put in,
  // whatever its sentence names; as the payer ("vad betalar KamK ut") it is.
  // "via Socialstyrelsen": named as the channel, it is asked what it paid out.
  const viaIt = ctx.query.orgs.some((o) => o.role === "payer" && o.name === name);
  const paying = ctx.query.cues.has("payer") || ctx.query.cues.has("pays") || viaIt;
  const lower = name.toLowerCase();
  const theirs = (e: LedgerEntry) =>
    paying
      ? // Co-funding is its giver's own money: no agency pays it out.
        e.role !== "co-funding" || e.funder?.toLowerCase() === lower
      : e.funder?.toLowerCase() !== "regeringen" ||
        e.payer?.toLowerCase() === lower ||
        name === "regeringen";
  const put = givenBy(ctx, name).filter(
    (e) =>
      theirs(e) &&
      // "Vinnova finansierade redan i fjol med 3,5 miljoner": a lone retelling is that year's money.
      (roles.has(e.role) || !["not-funding", "comparison", "estimate"].includes(fundingRole(e))),
  );
  // "vad betalar KamK ut 2027": told by a sentence about the document's money, not recorded per entry.
  if (paying && (put.length === 0 || viaIt))
    for (const e of paidOutBy(ctx, name)) if (!put.includes(e)) put.push(e);
  // "how much co-funding do the regions give": only that kind, when the giver put some in.
  const ofKind = put.filter((e) => roles.has(e.role));
  const given = !roles.has("grant") && ofKind.length > 0 ? ofKind : put;
  // "vinnova 2019 gms": of what the organisation gave, the money for GMS when it gave GMS any.
  const forGms = ctx.query.mentionsGms && name !== "GMS" ? given.filter((e) => e.gms) : [];
  // "regionernas medfin": the kind of money asked first, money for GMS before money beside it.
  const all = forGms.length > 0 ? forGms : given;
  // "What did GMS pay into the EU project?": of what it gave, the money about the topic, when some is.
  const pool = new Set(all);
  const onTopic = hasTopic(ctx.query)
    ? matchTopic(ctx.query, ctx.index, (e) => pool.has(e.entry)).map((e) => e.entry)
    : [];
  // "how much can one project get from Vinnova": the ceiling it sets, when it sets one.
  // The ceiling's own sentence ("Ett projekt kan beviljas högst 3,6 miljoner") may not name the giver.
  const ceilings = ctx.query.cues.has("atMost") ? ceilingsBeside(ctx, all) : [];
  const pick = ceilings.length > 0 ? ceilings : onTopic.length > 0 ? onTopic : all;
  const found = pick.sort((a, b) => rank(b) - rank(a));
  function rank(e: LedgerEntry): number {
    return (roles.has(e.role) ? 2 : 0) + (e.gms ? 1 : 0);
  }
  if (found.length > 0) return answerEntries(ctx, found, ctx.query.cues.has("total"));
  // Named with nothing to say which way the money went ("region gotlands andel"): neither way.
  const either = !ctx.query.orgs.some((o) => o.role === "funder" || o.role === "payer");
  // "the EU", "the regions": an organisation named by a common noun or initials reads with "the".
  const english = /^(?:EU|regionerna)$/.test(name)
    ? `the ${organisationName(name, "en").replace(/^the /, "")}`
    : name;
  return decline(
    "amount",
    say(
      ctx.language,
      `Dokumenten anger inga medel ${either ? "till eller " : ""}från ${name}${ctx.query.years.length ? ` ${ctx.query.years.join(", ")}` : ""}.`,
      `The documents state no money ${either ? "to or " : ""}from ${english}${ctx.query.years.length ? ` in ${ctx.query.years.join(", ")}` : ""}.`,
    ),
  );
}

/** "hur mycket fick Socialstyrelsen?": what it received, or that the documents name it only as a payer. */
function answerRecipientAmounts(
  ctx: AnswerContext,
  name: string,
  funder: string | null,
  roles: Set<FactRole>,
): Draft {
  const from = funder?.toLowerCase() ?? "";
  // "vad fick KI från Forte": only money that organisation gave or paid.
  const found = receivedBy(ctx, name).filter(
    (e) =>
      !funder ||
      e.funder?.toLowerCase() === from ||
      e.payer?.toLowerCase() === from ||
      quotesName(e, from),
  );
  const wantsSum = ctx.query.cues.has("total");
  const topical = hasTopic(ctx.query) ? onAskedTopic(ctx, name, found) : null;
  if (topical) return answerEntries(ctx, yearsOwnShares(topical, ctx.query.years), wantsSum);
  if (found.length > 0) {
    return answerEntries(ctx, yearsOwnShares(found, ctx.query.years), wantsSum);
  }
  // "vad fick KI från Forte" where the documents name only the giver: what that giver paid.
  if (funder) return answerFunderAmounts(ctx, funder, roles);
  // "how much goes to Region Skåne in 2027": the grant a paying sentence says is paid to it.
  const paid = paidTo(ctx, name);
  if (paid.entries.length > 0) {
    const draft = answerEntries(ctx, paid.entries, ctx.query.cues.has("total"));
    const { text } = ctx.citations.markers(paid.passages);
    const note = say(
      ctx.language,
      `Betalas ut till ${name} ${text}.`,
      `Paid out to ${name} ${text}.`,
    );
    return { ...draft, text: `${draft.text}\n${note}` };
  }
  return decline(
    "amount",
    say(
      ctx.language,
      `Dokumenten anger inga medel som ${name} fick${ctx.query.years.length ? ` ${ctx.query.years.join(", ")}` : ""}; fråga gärna vem som betalar ut eller fördelar medlen.`,
      `The documents state no money that ${name} received${ctx.query.years.length ? ` in ${ctx.query.years.join(", ")}` : ""}; you can ask who pays out or distributes the money.`,
    ),
  );
}

const granted = (e: LedgerEntry) => ["grant", "part"].includes(fundingRole(e));

// A place's own word this long ("skåne", "örebro") names it in other names ("Skånes universitetssjukhus").
const PLACE_WORD_MIN = 5;

/**
 * "hur mycket får skåne för prostatacancer": of the organisation's money, that about the asked topic; else
 * the topic's money whose sentence names the organisation's place ("Skånes universitetssjukhus får 7,2
 * miljoner … för prostatacancer"). Null when neither is, so the organisation's money is answered as before.
 */
function onAskedTopic(
  ctx: AnswerContext,
  name: string,
  found: LedgerEntry[],
): LedgerEntry[] | null {
  const pool = new Set(found);
  const place = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= PLACE_WORD_MIN && w !== "region");
  // The topic's money, best match first, that the organisation got or whose sentence names its place.
  const matched = matchTopic(ctx.query, ctx.index, (e) => inYears(e.entry, ctx.query.years))
    .map((e) => e.entry)
    .filter((e) => pool.has(e) || (place.length > 0 && granted(e) && quotesName(e, ...place)));
  if (matched.length === 0) return null;
  // A whole whose share is listed is told in the share's line.
  return matched.filter((e) => !matched.some((p) => p.partOf === e.id));
}

/**
 * A computed sum is only ever a sum of GMS grants and their shares: never co-funding, totals, caps,
 * estimates or a call's budget, next to grants or among themselves.
 */
function sameKind(entries: LedgerEntry[]): LedgerEntry[] {
  return entries.filter((e) => countsAsGrant(e) || (e.role === "part" && e.gms));
}

function notThatAmount(ctx: AnswerContext): string {
  const asked = ctx.query.amounts.map((a) => amountText(ctx, a.valueSek)).join(", ");
  return say(
    ctx.language,
    `Dokumenten anger inte ${asked} för detta. De anger:`,
    `The documents don't state ${asked} for this. They state:`,
  );
}

function answerEntries(ctx: AnswerContext, listed: LedgerEntry[], wantsSum: boolean): Draft {
  if (listed.length === 0) return noTopic(ctx);
  // An amount stated per year ("3,9 miljoner kronor per år"): what "per year?" asks for.
  const yearly = (e: LedgerEntry) => e.perYear === true;
  const found = ctx.query.cues.has("perYear")
    ? [...listed.filter(yearly), ...listed.filter((e) => !yearly(e))]
    : listed;
  const named = ctx.query.topics.length > 0;
  // For a named area, the share that names it is the answer; its whole is said in the share's line.
  // A whole about the area alone ("16 miljoner till sällsynta") is the area's money: it goes first.
  const areaWholes = named ? found.filter((e) => isAreaWhole(e, found)) : [];
  // "prostatacancer 2027": a word naming a share's own area puts that share before its whole too.
  const ordered = named
    ? [
        ...areaWholes,
        ...withoutWholes(specificFirst(found), false).filter((e) => !areaWholes.includes(e)),
      ]
    : hasTopic(ctx.query) && found.length <= MAX_FIGURES
      ? ownAreaFirst(ctx, found)
      : wholesFirstWhenCut(found);
  const entries = ordered.slice(0, MAX_FIGURES);
  const figures: Figure[] = entries.map((e) => entryFigure(ctx, e).figure);
  const lines = entries.map((e) => describeEntry(ctx, e));
  const condition = asksCondition(ctx);
  // Money over more years than asked ("7,8 miljoner 2026–2027" asked for 2026) is no part of the asked sum.
  const asked = ctx.query.years;
  const beyond = (e: LedgerEntry) => asked.length > 0 && e.years.some((y) => !asked.includes(y));
  const summable = sameKind(
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
  const notes = [
    ...(note ? [note] : []),
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
function isAreaWhole(e: LedgerEntry, listed: readonly LedgerEntry[]): boolean {
  return listed.some((p) => p.partOf === e.id) && topicsOf(e).length === 1;
}

/** Drops wholes whose shares for the area are listed: the sum counts what went to the area. */
function withoutWholes(entries: LedgerEntry[], dropCaps = true): LedgerEntry[] {
  const parents = new Set(entries.map((e) => e.partOf));
  return entries.filter((e) => !parents.has(e.id) && !(dropCaps && e.role === "agency-cap"));
}

/** Drops entries whose whole is also listed, so a sum never counts the same money twice. */
function withoutNested(entries: LedgerEntry[]): LedgerEntry[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries.filter((e) => !(e.partOf && ids.has(e.partOf)) && e.role !== "agency-cap");
}

function askedAbout(ctx: AnswerContext): string {
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

function quoted(ctx: AnswerContext, text: string): string {
  return say(ctx.language, `”${text}”`, `“${text}”`);
}

function covered(ctx: AnswerContext): string {
  const areas = fundedAreas(ctx);
  return areas
    ? say(ctx.language, ` De tar upp bl.a. ${areas}.`, ` They cover areas such as ${areas}.`)
    : "";
}

function noTopic(ctx: AnswerContext): Draft {
  return decline(
    "amount",
    say(
      ctx.language,
      `Dokumenten nämner ingen finansiering för ${askedAbout(ctx)}.${covered(ctx)}`,
      `The documents mention no funding for ${askedAbout(ctx)}.${covered(ctx)}`,
    ),
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
