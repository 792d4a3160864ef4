// "hur mycket fick Socialstyrelsen?", "vad gav Barncancerfonden?": amounts asked by an organisation.
import {
  type FactRole,
  fundingRole,
  type LedgerEntry,
  stem,
  words,
} from "../../knowledge/index.js";
import { organisationName } from "../english-names.js";
import { aliasesOf } from "../lexicon.js";
import { hasTopic, type IndexedEntry, inYears, matchTopic } from "../match.js";
import { listText, say } from "../say.js";
import { ofYearsOnly } from "./amount.js";
import { answerEntries, askedAbout } from "./amount-entries.js";
import { shareText } from "./computed.js";
import {
  type AnswerContext,
  amountText,
  type Draft,
  decline,
  entryFigure,
  withLead,
} from "./context.js";
import { answerOwnOfDistributor, splitDistributed } from "./distributed.js";
import { documentSays } from "./document-says.js";
import { nodeSharesFirst } from "./node-shares.js";
import { forGmsWork, givenBy, ledgerName, receivedBy } from "./organisation.js";
import { paidOutBy } from "./paid-by.js";
import { paidTo } from "./paid-to.js";
import { HOST_WORDS, namesWord, quotesName, quotesParty } from "./quoted-names.js";
import { documentsOf, payerOf } from "./scope.js";

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

/**
 * "What share of the 2028 pharmacogenomics money goes to Region Uppsala?": the organisation's one share of
 * a whole, and what part of that whole it is (computed, citing both).
 */
function withShareOfWhole(ctx: AnswerContext, draft: Draft, found: LedgerEntry[]): Draft {
  // Its one share, beside that share's own split ("2,4 miljoner, varav 1,2 till tumörer"): the share.
  const tops = found.filter((e) => !found.some((o) => o.id === e.partOf));
  const part = tops.length === 1 ? tops[0] : undefined;
  const whole = part?.partOf ? ctx.index.byId.get(part.partOf) : undefined;
  if (!ctx.query.cues.has("share") || !part || !whole || whole.amountSek <= 0) return draft;
  const { figure, markers } = entryFigure(ctx, whole);
  const pct = shareText(ctx, part.amountSek, whole.amountSek);
  const line = say(
    ctx.language,
    `Det är ${pct} av ${amountText(ctx, whole.amountSek)} ${markers} (uträknat av boten).`,
    `That is ${pct} of ${amountText(ctx, whole.amountSek)} ${markers} (computed by the bot).`,
  );
  return { ...draft, text: `${draft.text}\n${line}`, figures: [...draft.figures, figure] };
}

/**
 * "how much did norrbotten get in 2026": the money told for the asked years themselves ("2026: 1,9 miljoner"),
 * not a total over a span that holds them ("Totalt sedan 2024: 6,1 miljoner"), when both are told.
 */
function exactYears(found: LedgerEntry[], years: readonly number[]): LedgerEntry[] {
  if (years.length === 0) return found;
  const within = (e: LedgerEntry) => e.years.length > 0 && e.years.every((y) => years.includes(y));
  const spanning = (e: LedgerEntry) =>
    (e.role === "multi-year-total" || e.role === "total") && !within(e);
  return found.some((e) => within(e) && !spanning(e)) ? found.filter((e) => !spanning(e)) : found;
}

/** Each whole whose yearly shares are listed moved to just before the first of them. */
function yearSplitWholesFirst(found: LedgerEntry[]): LedgerEntry[] {
  const byId = new Map(found.map((e) => [e.id, e]));
  const wholeOf = (e: LedgerEntry) => (e.yearShare === true ? byId.get(e.partOf ?? "") : undefined);
  if (!found.some((e) => wholeOf(e) !== undefined)) return found;
  const out: LedgerEntry[] = [];
  const placed = new Set<LedgerEntry>();
  for (const e of found) {
    const whole = wholeOf(e);
    for (const x of whole ? [whole, e] : [e]) {
      if (placed.has(x)) continue;
      placed.add(x);
      out.push(x);
    }
  }
  return out;
}

/** "hur mycket får Region Skåne 2027": its own share before the whole paid to it to pass on. */
function ownSharesFirst(found: LedgerEntry[]): LedgerEntry[] {
  const byId = new Map(found.map((e) => [e.id, e]));
  // A whole the organisation received and split itself ("4,2 miljoner", of which 2,7 and 1,5 to its own
  // work) is told whole first, as a whole split into its years is ("18 miljoner under 2026–2027", then 9 a year).
  const splitsOwn = (e: LedgerEntry) =>
    e.yearShare === true ||
    (e.recipient !== null && byId.get(e.partOf ?? "")?.recipient === e.recipient);
  const own = new Set(found.filter(splitsOwn).map((e) => e.partOf));
  const wholes = new Set(found.filter((e) => !splitsOwn(e)).map((e) => e.partOf));
  const first = found.filter((e) => own.has(e.id) && !wholes.has(e.id));
  const rest = found.filter((e) => !first.includes(e));
  return [
    ...first,
    ...rest.filter((e) => !wholes.has(e.id)),
    ...rest.filter((e) => wholes.has(e.id)),
  ];
}

/** "örebro sällsynta '27": of the topic's entries, those the named organisation received, when it received any. */
export function theirsOnly(ctx: AnswerContext, matched: IndexedEntry[]): LedgerEntry[] {
  const entries = matched.map((e) => e.entry);
  const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  if (names.length === 0) return entries;
  const own = entries.filter((e) => receivedByAsked(ctx, e));
  if (own.length > 0) return own;
  // "vad är EU-projektets budget": a topic's money whose documents never name the organisation is not the answer.
  return entries.filter((e) => namesOrganisation(ctx, e, names));
}

/** The entry goes to an organisation the question names; a region's name reaches what lies in it ("Skånes …"). */
export function receivedByAsked(ctx: AnswerContext, e: LedgerEntry): boolean {
  const names = ctx.query.orgs.map((o) => ledgerName(ctx, o.name).toLowerCase());
  const places = ctx.query.orgs
    .filter((o) => o.name.startsWith("Region "))
    .map((o) => stem(o.name.slice("Region ".length).toLowerCase()));
  const to = e.recipient?.toLowerCase() ?? "";
  return names.includes(to) || places.some((p) => words(to).some((w) => stem(w.word) === p));
}

// Each organisation's names as word sequences: its ledger name and the lexicon's aliases for it.
const ORG_NAMES = new Map<string, string[][]>();
for (const [alias, name] of aliasesOf("org")) {
  const key = name.toLowerCase();
  ORG_NAMES.set(key, [...(ORG_NAMES.get(key) ?? [[key]]), alias.split(" ")]);
}

// An organisation named only as another's host is not named as giving or getting (HOST_WORDS).
/** The entry gives, pays or gets through the organisation, or a document telling it names it as a party. */
function namesOrganisation(ctx: AnswerContext, e: LedgerEntry, names: readonly string[]): boolean {
  return names.some((name) => {
    if ([e.funder, e.payer, e.recipient].some((n) => n?.toLowerCase() === name)) return true;
    const forms = ORG_NAMES.get(name) ?? [name.split(" ")];
    return e.sources.some((s) => forms.some((f) => documentSays(ctx, s.docId, f, HOST_WORDS)));
  });
}

/** "hur mkt får Folkhälsomyndigheten använda själv", "KI medfin": money of the organisation named, if one is. */
export function ofAskedOrganisation(ctx: AnswerContext, e: LedgerEntry): boolean {
  const org = ctx.query.orgs[0];
  if (!org) return true;
  const name = ledgerName(ctx, org.name).toLowerCase();
  return (
    e.recipient?.toLowerCase() === name ||
    e.payer?.toLowerCase() === name ||
    // Co-funding is the giver's own money ("KI medfin", "Regionen skjuter till … av egna medel").
    e.funder?.toLowerCase() === name ||
    quotesParty(e, name)
  );
}

/** A cap in the asked years whose sentence names the organisation ("Kammarkollegiet may use at most …"). */
export function capNaming(ctx: AnswerContext, name: string): boolean {
  const lower = name.toLowerCase();
  return ctx.index.entries.some(
    ({ entry: e }) =>
      e.role === "agency-cap" && inYears(e, ctx.query.years) && quotesName(e, lower),
  );
}

/** No cap on the organisation's own work in the asked years: said so, with the years the documents give one. */
export function noOwnWorkCap(ctx: AnswerContext, name: string): Draft {
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

/**
 * "What is the most a Cancerfonden project grant can be per year?": the ceilings set in the documents where the
 * named organisation gives money (their sentences may not name it), of the asked years.
 */
export function ceilingsOfAskedOrg(ctx: AnswerContext): LedgerEntry[] {
  if (!ctx.query.cues.has("atMost")) return [];
  // A giver asked as such ("from Vinnova") is answered by `answerFunderAmounts`, ceilings first.
  const org = ctx.query.orgs.find((o) => o.role === "any");
  if (!org) return [];
  return ceilingsBeside(ctx, givenBy(ctx, ledgerName(ctx, org.name))).filter((e) =>
    inYears(e, ctx.query.years),
  );
}

/** "vad gav Barncancerfonden?", "medfinansiering från regionerna": what the organisation put in. */
/** "the EU", "the regions": an organisation named by a common noun or initials reads with "the". */
function theName(name: string): string {
  return /^(?:EU|regionerna)$/.test(name)
    ? `the ${organisationName(name, "en").replace(/^the /, "")}`
    : name;
}

export function answerFunderAmounts(ctx: AnswerContext, name: string, roles: Set<FactRole>): Draft {
  // What a funder puts in may be a grant or co-funding; costs, comparisons and estimates are not given money.
  // "vad har KI bidragit med": the government's money is not what another organisation put in,
  // whatever its sentence names; as the payer ("vad betalar KamK ut") it is.
  // "via Socialstyrelsen": named as the channel, it is asked what it paid out.
  const viaIt = ctx.query.orgs.some((o) => o.role === "payer" && o.name === name);
  const paying = ctx.query.cues.has("payer") || ctx.query.cues.has("pays") || viaIt;
  const lower = name.toLowerCase();
  // "via Kammarkollegiet": money whose own (or whole's) payer is another agency is not paid through it.
  const otherPayer = (e: LedgerEntry) => {
    const payer = payerOf(ctx, e);
    return payer !== null && payer.toLowerCase() !== lower;
  };
  const theirs = (e: LedgerEntry) =>
    paying
      ? // Co-funding is its giver's own money: no agency pays it out.
        (e.role !== "co-funding" || e.funder?.toLowerCase() === lower) && !otherPayer(e)
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
  // "fohm 2027": an agency named alone is asked what passes through it too, not only its own cap.
  const alone = ctx.query.orgs.some((o) => o.name === name && o.role === "any");
  if ((paying && (put.length === 0 || viaIt)) || alone)
    for (const e of paidOutBy(ctx, name)) if (!put.includes(e)) put.push(e);
  // "how much co-funding do the regions give": only that kind, when the giver put some in.
  const ofKind = put.filter((e) => roles.has(e.role));
  // A kind asked that the giver never put in ("did Region X co-fund") is none: never another kind instead.
  const given = !roles.has("grant") ? ofKind : put;
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
  const ranked = pick.sort((a, b) => rank(b) - rank(a));
  // "vad gav Barncancerfonden": a whole split into its years is told whole first, then a year at a time, unless
  // the question asks per year ("barncancerfonden per year?").
  const found = ctx.query.cues.has("perYear") ? ranked : yearSplitWholesFirst(ranked);
  function rank(e: LedgerEntry): number {
    return (roles.has(e.role) ? 2 : 0) + (e.gms ? 1 : 0);
  }
  // "is gms funded by the eu", "does vinnova fund gms": yes or no first, then what it gave.
  const asksGms = ctx.query.cues.has("yesNo") && ctx.query.mentionsGms && name !== "GMS";
  if (asksGms && found.length > 0) {
    const draft = answerEntries(ctx, found, false);
    const from = theName(name);
    const lead =
      forGms.length > 0
        ? say(
            ctx.language,
            `Ja, dokumenten anger medel från ${name} till GMS:`,
            `Yes, the documents state money from ${from} to GMS:`,
          )
        : say(
            ctx.language,
            `Nej: dokumenten anger inga medel från ${name} till GMS. De anger:`,
            `No: the documents state no money from ${from} to GMS. They state:`,
          );
    return { ...draft, text: `${lead}\n${draft.text}` };
  }
  if (found.length > 0) return answerEntries(ctx, found, ctx.query.cues.has("total"));
  // Named with nothing to say which way the money went ("region gotlands andel"): neither way.
  const either = !ctx.query.orgs.some((o) => o.role === "funder" || o.role === "payer");
  const cofund = roles.has("co-funding") && !roles.has("grant");
  const english = theName(name);
  return decline(
    "amount",
    say(
      ctx.language,
      `Dokumenten anger ${cofund ? "ingen medfinansiering" : "inga medel"} ${either ? "till eller " : ""}från ${name}${ctx.query.years.length ? ` ${ctx.query.years.join(", ")}` : ""}.`,
      `The documents state no ${cofund ? "co-funding" : "money"} ${either ? "to or " : ""}from ${english}${ctx.query.years.length ? ` in ${ctx.query.years.join(", ")}` : ""}.`,
    ),
  );
}

// A row labelled "Genomic Medicine Sweden, statliga medel via …" among a recipient's givers is GMS's money.

/** "hur mycket fick Socialstyrelsen?": what it received, or that the documents name it only as a payer. */
export function answerRecipientAmounts(
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
      quotesName(e, from) ||
      // A table's column "Statliga medel via GMS": the money came through the one its label names.
      namesWord(e.purpose.toLowerCase(), `via ${from}`),
  );
  // "gu gms-medel 2026?": of what the organisation received from many givers, the money for GMS's work.
  const forGms = forGmsWork(ctx, name, found);
  if (forGms.length < found.length) found.splice(0, found.length, ...forGms);
  const wantsSum = ctx.query.cues.has("total");
  // "SoS 2024", "fohm 2027": an agency named alone is asked what it pays out too, before its own cap.
  const alone = ctx.query.orgs.some((o) => o.name === name && o.role === "any");
  if (alone && found.length > 0 && found.every((e) => e.role === "agency-cap")) {
    const years = ctx.query.years;
    const paid = paidOutBy(ctx, name).filter(
      (e) => !found.includes(e) && (years.length === 0 || inYears(e, years)),
    );
    found.unshift(...paid);
  }
  const topical = hasTopic(ctx.query) ? onAskedTopic(ctx, name, found) : null;
  if (topical)
    return withShareOfWhole(
      ctx,
      answerEntries(ctx, yearsOwnShares(topical, ctx.query.years), wantsSum),
      topical,
    );
  // "how much did Region Skåne get in total?": a sum counts its own shares, never GMS's grants it distributes.
  const distributed = wantsSum && found.length > 0 ? splitDistributed(ctx, name, found) : null;
  if (distributed)
    return answerOwnOfDistributor(ctx, name, distributed, (own) =>
      answerEntries(ctx, ownSharesFirst(own), wantsSum),
    );
  if (found.length > 0) {
    const shown = ownSharesFirst(
      yearsOwnShares(nodeSharesFirst(ctx, exactYears(found, ctx.query.years)), ctx.query.years),
    );
    // "What percentage of the 2027 grant went to Region Stockholm?": its one share, and what part it is.
    const draft = withShareOfWhole(ctx, answerEntries(ctx, shown, wantsSum), shown);
    // "region skåne sällsynta 2027": none of its money is for the asked area; said first, never silently.
    return hasTopic(ctx.query) ? withLead(draft, notForTopic(ctx, name)) : draft;
  }
  // "vad fick KI från Forte" where the documents name only the giver: what that giver paid, after saying that
  // none of it is told as the asked receiver's ("is gms funded by the eu").
  if (funder) {
    const given = answerFunderAmounts(ctx, funder, roles);
    if (!given.answered) return given;
    const none = say(
      ctx.language,
      `Dokumenten anger inga medel från ${funder} till ${name}. Det ${funder} ger enligt dokumenten:`,
      `The documents state no money from ${organisationName(funder, "en")} to ${organisationName(name, "en")}. What ${organisationName(funder, "en")} gives, according to the documents:`,
    );
    return withLead(given, none);
  }
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

/** "Dokumenten anger inga medel till Region Skåne för sällsynta diagnoser": the asked area is none of it. */
function notForTopic(ctx: AnswerContext, name: string): string {
  const about = askedAbout(ctx);
  return say(
    ctx.language,
    `Dokumenten anger inga medel till ${name} för ${about}. Det de anger för ${name}:`,
    `The documents state no money for ${about} to ${organisationName(name, "en")}. What they state for ${organisationName(name, "en")}:`,
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
  // "… 2026 och 2027 sammanlagt?", "vad får X": what the organisation received is the whole paid to it, not the slice
  // of it that it keeps ("Resterande 3,4 miljoner kronor stannar …"), which is never summed in its stead.
  // "hur mkt får västerbotten för amr": what it got is the whole paid to it too; only "behöll", "själv" asks
  // for the slice it keeps.
  const kept =
    ctx.query.cues.has("total") || !ctx.query.cues.has("ownWork")
      ? matched.filter((p) => !matched.some((w) => keptSliceOf(p, w)))
      : matched;
  // A whole whose share is listed is told in the share's line.
  return kept.filter((e) => !kept.some((p) => p.partOf === e.id));
}

/** `part` is the slice a recipient keeps of `whole`, which was paid to the same recipient. */
function keptSliceOf(part: LedgerEntry, whole: LedgerEntry): boolean {
  return (
    part.partOf === whole.id &&
    part.yearShare !== true &&
    part.recipient !== null &&
    part.recipient === whole.recipient
  );
}
