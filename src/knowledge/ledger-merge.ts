// Which tellings are one grant: the merge decisions of the ledger build, over groups of equal amounts.

import { findCues } from "./cues.js";
import { documentLanguage } from "./document-language.js";
import type { RawFact } from "./facts.js";
import { type Group, hasDocument, hasList, hasSegment, repsOf, termsOf } from "./ledger-group.js";
import { topicsAgree, topicsConflict } from "./merge-rules.js";
import { mentionsGms, namesRegion } from "./organisations.js";
import { OF_STATE_MONEY, PER_YEAR } from "./role-cues.js";
import { dividesYearsMoney, opensWithYearsMoney } from "./roles.js";
import type { SourceDocument } from "./types.js";
import { words } from "./words.js";

/** "9 miljoner kronor per år under 2026 och 2027" tells the shares of a two-year 18 miljoner told elsewhere. */
export function perYearWhole(byAmount: ReadonlyMap<number, Group[]>, fact: RawFact): Group | null {
  const years = fact.years.years;
  if (years.length < 2 || !["grant", "part", "comparison"].includes(fact.role.role)) return null;
  const after = fact.doc.text.slice(
    fact.amount.end,
    Math.min(fact.segment.end, fact.amount.end + 40),
  );
  if (!findCues(after, PER_YEAR).some((h) => h.start < 12)) return null;
  const wholes = byAmount.get(fact.amount.valueSek * years.length) ?? [];
  return (
    wholes.find(
      (g) => g.entry.role === "multi-year-total" && repsOf(g).some((f) => sameYears(f, years)),
    ) ?? null
  );
}

/**
 * "9 miljoner kronor per år under 2026 och 2027" where each year's share of the 18 miljoner is already told: the
 * telling retells them all, so it joins none of them (a comparison of its own, part of the same whole).
 */
export function retellsEveryShare(
  same: readonly Group[],
  fact: RawFact,
  parentGroup: Group | null,
): boolean {
  const years = fact.years.years;
  if (!parentGroup || fact.parent !== null || years.length < 2 || !isStated(fact)) return false;
  return years.every((y) =>
    same.some(
      (g) =>
        g.entry.partOf === parentGroup.entry.id &&
        repsOf(g).some((f) => isStated(f) && f.years.years.length === 1 && f.years.years[0] === y),
    ),
  );
}

/**
 * A share told in another document ("i år 9 miljoner kronor, som en del av … 18 miljoner") is the whole's
 * share for the same year: the only one for that year, or the one naming the same area.
 */
export function yearShareOf(
  same: readonly Group[],
  fact: RawFact,
  topics: ReadonlySet<string>,
  parentGroup: Group | null,
): Group | null {
  if (!parentGroup) return null;
  const years = fact.years.years;
  // A group's whole is set with its `parent` (while the ledger is built): compared as objects, not ids.
  const shares = same.filter(
    (g) =>
      g.parent === parentGroup &&
      !hasDocument(g, fact.doc.id) &&
      g.entry.qualifier === fact.amount.qualifier &&
      !topicsConflict(g.topics, topics) &&
      !yearsContradict(repsOf(g), fact),
  );
  const forYear = shares.filter(
    (g) =>
      isStated(fact) &&
      years.length > 0 &&
      repsOf(g).some((f) => isStated(f) && f.years.years.every((y) => years.includes(y))),
  );
  if (forYear.length === 1) return forYear[0] ?? null;
  // A telling of every year's share joins the one for the year it was written in, else the first.
  if (years.length > 1 && forYear.length > 0) {
    const written = Number(fact.doc.published?.slice(0, 4));
    return (
      forYear.find(
        (g) => g.entry.years.includes(written) || g.facts[0]?.years.years.includes(written),
      ) ??
      forYear[0] ??
      null
    );
  }
  // Twin shares of one whole ("sex miljoner" each) are told apart by their area, in either language.
  const named = shares.filter((g) => topicsAgree(g.topics, topics));
  return named.length === 1 ? (named[0] ?? null) : null;
}

function sameYears(f: RawFact, years: readonly number[]): boolean {
  return sameList(f.years.years, years);
}

/** A share told again in the same document: another sentence, outside the group's lists, naming its area. */
function sameAreaAgain(group: Group, fact: RawFact, topics: ReadonlySet<string>): boolean {
  if (hasSegment(group, fact.segment) || (fact.list !== null && hasList(group, fact.list)))
    return false;
  return topicsAgree(group.topics, topics);
}

function sameSpanSum(group: Group, reps: readonly RawFact[], fact: RawFact): boolean {
  const years = fact.years.years;
  if (fact.role.role !== "multi-year-total" || group.entry.role !== "multi-year-total")
    return false;
  if (years.length < 2 || !isStated(fact) || !docMentionsGms(fact.doc)) return false;
  if (
    fact.recipient !== null &&
    !mentionsGms(fact.recipient) &&
    !sameName(fact.recipient, group.entry.recipient)
  )
    return false;
  return reps.some((f) => isStated(f) && sameYears(f, years) && docMentionsGms(f.doc));
}

/** The group already holds a sentence of the fact's own bullet item: the item tells its money twice. */
function sameItem(group: Group, fact: RawFact): boolean {
  return (
    fact.item !== undefined && group.facts.some((f) => f.item === fact.item && f.doc === fact.doc)
  );
}

/** Two lists of years alike, element by element (what comparing their `join()` tells, without the strings). */
function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Same money told twice: same amount, compatible kinds, years, payers and recipients, not two shares of one whole. */
export function sameGrant(
  group: Group,
  fact: RawFact,
  words: { terms: readonly string[]; topics: ReadonlySet<string> },
  parentGroup: Group | null,
): boolean {
  const { terms } = words;
  const first = group.facts[0];
  if (!first || group.entry.amountSek !== fact.amount.valueSek) return false;
  const reps = repsOf(group);
  const sameDocument = hasDocument(group, fact.doc.id);
  if (!compatibleRoles(group.entry.role, fact.role.role, sameDocument)) return false;
  if (group.entry.qualifier !== fact.amount.qualifier && !sameDocument) return false;
  if (parentGroup && group.entry.partOf !== null) {
    // Shares of different wholes are different money; two shares of one whole in one document are siblings,
    // unless another passage names the same area again ("Största delen, 34 miljoner, går till solida tumörer" and
    // the facts box's "Varav solida tumörer: 34 miljoner kronor").
    if (group.entry.partOf !== parentGroup.entry.id) return false;
    if (sameDocument && !sameAreaAgain(group, fact, words.topics)) return false;
  }
  if (hasSegment(group, fact.segment)) return false;
  // The writer's "About X" box tells a standing rate, never a year's grant: it merges only with its like.
  if (Boolean(fact.aboutWriter) !== Boolean(first.aboutWriter)) return false;
  if (sameDocument && fact.list !== null && hasList(group, fact.list) && !sameItem(group, fact))
    return false;
  if (yearsContradict(reps, fact)) return false;
  if (
    firmYearsDiffer(firmYears(reps, group.parent), firmYears([fact], parentGroup)) ||
    wholeDatesOtherYears(reps, fact, parentGroup) ||
    (reps.every((f) => f.years.years.length === 0) &&
      wholeDatesOtherYears([fact], reps[0], group.parent))
  )
    return false;
  if (!sameFunder(reps, fact)) return false;
  if (sameDocument) return true;
  // "För 2026–2027 fick GMS dessutom 18 miljoner kronor för arbetet mot antibiotikaresistens": the same sum for
  // the same stated span of years, in pages about GMS, is that span's grant told again, whatever area word each
  // telling's reader picked ("helgenomsekvensering", "antibiotikaresistens").
  if (sameSpanSum(group, reps, fact)) return true;
  if (topicsConflict(group.topics, words.topics)) return false;
  // "varav 2 miljoner kronor till sällsynta diagnoser" of one region's own money is no other page's "2 miljoner
  // ur den egna budgeten": a slice of co-funding for an area is told again only with its whole, or naming it.
  if (
    !parentGroup &&
    group.entry.partOf !== null &&
    group.entry.role === "co-funding" &&
    group.topics.size > 0 &&
    !topicsAgree(group.topics, words.topics)
  )
    return false;
  // One whole's only share of this amount, told in another document (or language), is the same share.
  const onlyShare = fact.twins <= 1 && reps.every((f) => f.twins <= 1);
  // "9 miljoner kronor i år" in a page that also tells the two-year 18 miljoner is that whole's share for the year.
  const tellsWhole = !parentGroup && group.parent?.facts.some((f) => f.doc.id === fact.doc.id);
  // A yearly rate dated by nothing but the page ("När den förra regeringen lämnade över var stödet 10 miljoner
  // kronor om året") is a standing rate, no share of the year's whole because the amounts agree.
  const pageDatedRate = fact.role.perYear === true && !isStated(fact);
  if (tellsWhole && !pageDatedRate && yearsMatch(group.facts, fact)) return true;
  if (parentGroup && group.entry.partOf === parentGroup.entry.id && onlyShare) return true;
  // Equal shares of one whole ("sex miljoner" twice), told in another language, are told apart by their area.
  if (
    parentGroup &&
    group.entry.partOf === parentGroup.entry.id &&
    topicsAgree(group.topics, words.topics)
  )
    return true;
  // A retold figure names little of what it funds; the same amount for the same year to GMS is enough.
  const yearsAgree = reps.some((f) => sameYears(f, fact.years.years));
  // "SEK 6 million to GMS for pharmacogenomics in 2027", told where no whole is: that area's share of the
  // year's grant, when it names the same area for the same stated year.
  // Paid through the same agency, told with no purpose ("9 miljoner via Folkhälsomyndigheten") or in the other
  // language, whose words cannot be compared ("SEK 9 million through the Public Health Agency for …"), says so too.
  if (
    !parentGroup &&
    group.entry.partOf !== null &&
    fact.role.role === "grant" &&
    isStated(fact) &&
    yearsAgree &&
    (topicsAgree(group.topics, words.topics) ||
      (fact.payer !== null &&
        paidBy(group, fact.payer) &&
        (fact.purposeIsSentence || otherLanguage(group, fact))))
  )
    return true;
  const aboutGms = docMentionsGms(fact.doc) && reps.some((f) => docMentionsGms(f.doc));
  // "I år får GMS 80 miljoner kronor" in an answer to parliament is the year's grant the press release told.
  if (!parentGroup && group.entry.partOf === null && sameYearForGms(reps, fact)) return true;
  // "ett tvåårigt uppdrag på sammanlagt 18 miljoner kronor" retells the two-year total whose span holds its year.
  if (fact.role.role === "total" && group.entry.role === "multi-year-total")
    return aboutGms && withinSpan(reps, fact) && sharedTerms(group, terms) >= 2;
  // A table row's label is all it says of the money: it retells only a grant whose words or area it names.
  if (fact.tableLabel && !topicsAgree(group.topics, words.topics) && sharedTerms(group, terms) < 1)
    return false;
  if (fact.role.role === "comparison" || group.entry.role === "comparison") {
    return (
      yearsAgree && fact.years.years.length > 0 && (aboutGms || sharedTerms(group, terms) >= 1)
    );
  }
  // An undated retelling ("de 66 miljoner kronor som regeringen beslutade om") takes its year from the grant.
  if (fact.years.years.length === 0 && aboutGms && fact.role.role !== "co-funding")
    return sharedTerms(group, terms) >= 1;
  return sharedTerms(group, terms) >= (yearsAgree ? 2 : 3);
}

// Kinds that name the same money when GMS gets the same amount for the same stated year.
const YEAR_KIND: Record<string, string> = {
  grant: "grant",
  comparison: "grant",
  estimate: "estimate",
  "budget-frame": "estimate",
  "co-funding": "co-funding",
};

/** Same amount, same stated years, the same kind, to GMS (no other recipient named) in documents about GMS. */
function sameYearForGms(reps: readonly RawFact[], fact: RawFact): boolean {
  const kind = YEAR_KIND[fact.role.role];
  // Co-funding is never summed: a title or the page's date may name its year ("add MSEK 20 in co-funding").
  // An estimate is never summed either: "hade regeringen räknat med åttiofem miljoner" dated by its lede's "nästa
  // år" is the budget bill's estimate for that year that other documents date in words.
  const neverSummed = kind === "co-funding" || kind === "estimate";
  const dated = (f: RawFact) => isStated(f) || (neverSummed && f.years.years.length > 0);
  // A grant must be told where GMS is spoken of; money never summed needs only a document about GMS.
  const aboutGms = (f: RawFact) => forGms(f) && (f.gmsContext || kind !== "grant");
  if (!kind || !dated(fact) || !aboutGms(fact)) return false;
  const years = fact.years.years;
  // Every telling is for GMS; one telling's paragraph not naming GMS (a wire story's lede) does not split it.
  return (
    reps.every(forGms) &&
    reps.some(aboutGms) &&
    reps.some((f) => dated(f) && sameYears(f, years) && YEAR_KIND[f.role.role] === kind)
  );
}

export function forGms(f: RawFact): boolean {
  return (
    !f.notGms &&
    docMentionsGms(f.doc) &&
    (f.recipient === null || mentionsGms(f.recipient) || regionForGms(f, f.recipient))
  );
}

// "betala ut 40 000 000 kronor till Region Halland för arbete inom GMS": a region paid for GMS's work holds GMS's grant.
function regionForGms(f: RawFact, recipient: string): boolean {
  return namesRegion(recipient) && mentionsGms(f.segment.text);
}

// Which kinds of figure may be one grant told twice; anything else only meets its own kind.
const RETOLD = new Set(["grant", "part", "total", "comparison", "multi-year-total"]);

function compatibleRoles(a: string, b: string, sameDocument: boolean): boolean {
  if (a === b) return true;
  if (!RETOLD.has(a) || !RETOLD.has(b)) return false;
  // A stated total retold elsewhere is only ever the same total, or the multi-year total it names.
  const total = a === "total" || b === "total";
  const multiYear = a === "multi-year-total" || b === "multi-year-total";
  return !total || sameDocument || multiYear;
}

/** "Forskningsrådet Forte" and "Forte" are one funder: one name ends the other. */
function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** Two funders named for one grant must be the same one (or one is the agency the other's money passes through). */
function sameFunder(facts: readonly RawFact[], fact: RawFact): boolean {
  const same = sameName;
  if (!fact.funder) return true;
  return facts.every(
    (f) =>
      !f.funder ||
      same(f.funder, fact.funder) ||
      same(f.payer, fact.funder) ||
      same(f.funder, fact.payer),
  );
}

/**
 * "Of the GMS money, SEK 20m goes to rare diseases": a share its own words leave undated is of its whole's years;
 * money another page dates to other years ("awarded SEK 20 million … in 2028") is other money.
 */
function wholeDatesOtherYears(
  reps: readonly RawFact[],
  fact: RawFact | undefined,
  parentGroup: Group | null,
): boolean {
  if (!fact || fact.years.years.length > 0 || !parentGroup) return false;
  // The whole's years as its tellings read them (its entry's years are filled only when the ledger is done).
  const years = repsOf(parentGroup).flatMap((f) =>
    GUESSED_YEARS.has(f.years.clue) ? [] : f.years.years,
  );
  if (years.length === 0) return false;
  return reps.some(
    (f) =>
      !GUESSED_YEARS.has(f.years.clue) &&
      f.years.years.length > 0 &&
      !f.years.years.some((y) => years.includes(y)),
  );
}

/**
 * The years a telling states for sure: a share's are those its whole's tellings state ("SEK 85 million … for 2027.
 * … SEK 8 million to continue the pilot in pharmacogenomics", read under a title), else its own stated years.
 */
function firmYears(facts: readonly RawFact[], whole: Group | null): number[] | null {
  const from = whole ? repsOf(whole) : facts;
  const stated = from.filter((f) => isStated(f) && f.years.years.length > 0);
  return stated.length > 0 ? stated.flatMap((f) => f.years.years) : null;
}

/** Both tellings state their years for sure, and none is shared: a share of 2027's grant is no 2026 grant. */
function firmYearsDiffer(a: number[] | null, b: number[] | null): boolean {
  return a !== null && b !== null && !a.some((y) => b.includes(y));
}

// Years a page's date or nothing gave: a guess, no evidence of other years.
const GUESSED_YEARS: ReadonlySet<string> = new Set(["publication-date", "decision-date", "none"]);

/**
 * Different years read the same way (both stated, or both publication dates) mean different money;
 * only a disagreement between different kinds of clue can be one grant retold.
 */
function yearsContradict(facts: readonly RawFact[], fact: RawFact): boolean {
  if (fact.years.years.length === 0) return false;
  return facts.some(
    (f) =>
      f.years.years.length > 0 &&
      !sameYears(f, fact.years.years) &&
      !contains(f.years.years, fact.years.years) &&
      (f.doc === fact.doc || f.years.clue === fact.years.clue || (isStated(f) && isStated(fact))),
  );
}

const gmsDocuments = new WeakMap<SourceDocument, boolean>();

/** Whether a document speaks of GMS at all (read once per document). */
export function docMentionsGms(doc: SourceDocument): boolean {
  let known = gmsDocuments.get(doc);
  if (known === undefined) {
    known = mentionsGms(doc.text);
    gmsDocuments.set(doc, known);
  }
  return known;
}

function withinSpan(reps: readonly RawFact[], fact: RawFact): boolean {
  const years = fact.years.years;
  return reps.some(
    (f) =>
      f.years.years.length > 1 && years.length > 0 && years.every((y) => f.years.years.includes(y)),
  );
}

function yearsMatch(facts: RawFact[], fact: RawFact): boolean {
  const years = fact.years.years;
  return years.length > 0 && facts.some((f) => sameYears(f, years));
}

/** A multi-year total's years hold the year of a grant told from it (or the other way round). */
function contains(a: number[], b: number[]): boolean {
  return (
    (a.length > 1 && b.every((y) => a.includes(y))) ||
    (b.length > 1 && a.every((y) => b.includes(y)))
  );
}

export function isStated(f: RawFact): boolean {
  return f.years.clue === "stated-in-sentence" || f.years.clue === "stated-in-paragraph";
}

/** How many of a telling's stems (each once) the group's tellings name. */
export function sharedTerms(group: Group, terms: readonly string[]): number {
  const have = termsOf(group);
  let n = 0;
  for (const t of terms) if (have.has(t)) n += 1;
  return n;
}

/** A telling of the share or of its whole names this payer. */
function paidBy(group: Group, payer: string): boolean {
  return [...group.facts, ...(group.parent?.facts ?? [])].some((f) => f.payer === payer);
}

/** The fact is told in another language than every telling of the group. */
function otherLanguage(group: Group, fact: RawFact): boolean {
  const own = documentLanguage(fact.doc);
  return group.facts.every((f) => documentLanguage(f.doc) !== own);
}

/**
 * "Av 2027 års medel behöll Region Skåne 10 500 tkr": a share of a year's money whose whole its document never
 * states is a share of that year's one GMS grant, when the documents placed so far tell exactly one.
 */
export function yearsGrantOf(
  groups: readonly Group[],
  fact: RawFact,
  topics: ReadonlySet<string>,
): Group | null {
  const years = fact.years.years;
  if (!fact.role.isPart || fact.years.clue !== "stated-in-sentence" || years.length !== 1)
    return null;
  // A region's share ("behöll Region Skåne 10 500 tkr") of the year's money is a share of GMS's grant too.
  if (
    fact.notGms ||
    !fact.gmsContext ||
    !(
      fact.yearsShare ||
      opensWithYearsMoney(words(fact.segment.text)) ||
      dividesYearsMoney(fact.segment.text.slice(0, fact.amount.start - fact.segment.start)) ||
      (topics.size === 0 && ofStateMoney(fact))
    )
  )
    return null;
  const stated = (f: RawFact) => f.years.clue === "stated-in-sentence" && sameYears(f, years);
  const wholes = groups.filter(
    (g) =>
      g.entry.role === "grant" &&
      g.entry.partOf === null &&
      g.entry.amountSek > fact.amount.valueSek &&
      g.facts.some((f) => stated(f) && forGms(f)),
  );
  return wholes.length === 1 ? (wholes[0] ?? null) : null;
}

/**
 * The words right after the share name the state's money as its whole ("… av det statliga stödet till GMS"): a
 * share naming no area of its own (one naming an area is that area's share, found by the area).
 */
function ofStateMoney(fact: RawFact): boolean {
  const from = fact.amount.end - fact.segment.start;
  const after = fact.segment.text.slice(from, from + 48);
  return findCues(after, OF_STATE_MONEY).some((h) => h.start < 12);
}
