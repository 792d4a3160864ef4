import { areaTerms } from "./area.js";
import { compareText } from "./compare.js";
import { extractFacts, type RawFact } from "./facts.js";
import { DocumentCandidates } from "./ledger-candidates.js";
import { checkTotals, kr } from "./ledger-checks.js";
import { finishEntry, preferredRecipient } from "./ledger-entry.js";
import {
  addWords,
  documentCount,
  type Group,
  hasDocument,
  hasSegment,
  newGroup,
  remember,
  toldInList,
} from "./ledger-group.js";
import {
  perYearWhole,
  retellsEveryShare,
  sameGrant,
  sharedTerms,
  yearShareOf,
  yearsGrantOf,
} from "./ledger-merge.js";
import { ShareIndex } from "./ledger-share-index.js";
import { areaOf, TellingTerms, tellingTopics } from "./ledger-terms.js";
import { mentionsGms } from "./organisations.js";
import { markRecipientShares, nodeGrantsAsShares } from "./recipient-shares.js";
import { toldBeside } from "./roles.js";
import { linkSameWorkRetellings } from "./same-work.js";
import type { FactSource, Ledger, LedgerEntry, SourceDocument } from "./types.js";
import { markUndatedBesideDated } from "./undated-beside.js";
import { countWords } from "./word-counts.js";

/** Builds the ledger: one entry per grant, however many documents tell it. */
export function buildLedger(
  documents: readonly SourceDocument[],
  wordCounts: ReadonlyMap<string, number> = countWords(documents),
  factsOf: (doc: SourceDocument) => RawFact[] = extractFacts,
): Ledger {
  // The corpus's words let "bröst- och äggstockscancer" expand to both cancers.
  const merge = new Merge(new TellingTerms((w) => wordCounts.has(w)));
  for (const doc of [...documents].sort(byPublication)) merge.addDocument(doc, factsOf(doc));
  const groups = merge.groups;
  const entries = groups.map((g) => finishEntry(g, areaOf)).filter((e) => e.role !== "not-funding");
  for (const g of groups) if (g.cofunds) takeCoFundedYears(g.entry, g.cofunds.entry);
  const byId = new Map(entries.map((e) => [e.id, e]));
  // A share's own recipient, named by any telling ("Region Östergötland   11 000"), before its whole's.
  // ("9 miljoner till GMS" of a region's two-year grant names no recipient of the share's own.)
  for (const g of groups) if (g.entry.partOf !== null) g.entry.recipient ??= ownRecipient(g);
  linkParts(entries, byId);
  splitByYear(entries, byId);
  markSpanGrants(entries);
  linkSameWorkRetellings(entries);
  // A retelling names the recipient only where neither the first telling nor the whole did.
  for (const g of groups) g.entry.recipient ??= preferredRecipient(g.facts, false);
  markUndatedBesideDated(entries, noteWeak);
  markLoneRetellings(
    entries,
    new Set(groups.filter((g) => g.facts.every((f) => f.retoldShare)).map((g) => g.entry)),
  );
  markRevised(groups);
  nodeGrantsAsShares(entries, byId);
  markRecipientShares(entries, byId);
  for (const e of entries) {
    const why = weakYears(e);
    if (why) noteWeak(e, why);
  }
  resolveAgencyReferences(entries);
  checkTotals(entries, new Set(groups.filter(toldInList).map((g) => g.entry.id)), byId);
  return { entries };
}

/** The groups of the documents merged so far, and what finds a fact's group among them. */
class Merge {
  readonly groups: Group[] = [];
  // Only equal amounts can be one grant: looking them up by amount keeps the build linear.
  private readonly byAmount = new Map<number, Group[]>();
  private readonly shares = new ShareIndex();

  constructor(private readonly tellingTerms: TellingTerms) {}

  /** Places each fact of the document (a whole before its shares) in its group. */
  addDocument(doc: SourceDocument, facts: RawFact[]): void {
    this.tellingTerms.nextDocument();
    const at: DocumentPlaces = {
      facts,
      placed: [],
      candidates: new DocumentCandidates(doc.id),
      roundedHeadings: roundedHeadingsOf(facts),
    };
    for (const i of parentsFirst(facts)) at.placed[i] = this.place(at, i);
    facts.forEach((f, i) => {
      const group = at.placed[i];
      if (f.revises != null && group) group.revises = at.placed[f.revises] ?? null;
    });
  }

  private place(at: DocumentPlaces, i: number): Group {
    const { facts, placed } = at;
    const fact = facts[i] as RawFact;
    const terms = this.tellingTerms.of(fact);
    const topics = tellingTopics(fact);
    const parentGroup =
      fact.parent !== null
        ? (placed[fact.parent] ?? null)
        : fact.restOf != null
          ? (placed[fact.restOf]?.parent ?? null)
          : (perYearWhole(this.byAmount, fact) ?? yearsGrantOf(this.groups, fact, topics));
    const same = listedAt(this.byAmount, fact.amount.valueSek);
    const retold = retellsEveryShare(same, fact, parentGroup);
    if (retold) fact.role = { ...fact.role, role: "comparison" };
    const group =
      (retold ? newGroup(this.groups, fact) : null) ??
      roundedRepeat(facts, i, placed, at.roundedHeadings) ??
      firstSame(at.candidates, this.shares, same, fact, parentGroup, (g) =>
        sameGrant(g, fact, { terms, topics }, parentGroup),
      ) ??
      yearShareOf(same, fact, topics, parentGroup) ??
      newGroup(this.groups, fact);
    noteWeakMerge(group, fact, terms);
    absorbRole(group, fact);
    // The body's exact figure lists its group once more under that amount (as it always has).
    const listing = preferExact(group, fact) || !group.listed.includes(fact.amount.valueSek);
    if (listing) {
      same.push(group);
      group.listed.push(fact.amount.valueSek);
    }
    if (!hasSegment(group, fact.segment) || !group.facts.includes(fact)) {
      group.facts.push(fact);
      remember(group, fact);
    }
    addWords(group, terms, topics);
    if (fact.cofunds != null) group.cofunds = placed[fact.cofunds] ?? null;
    if (parentGroup && group.entry.partOf === null) {
      group.entry.partOf = parentGroup.entry.id;
      group.parent = parentGroup;
    }
    // Indexed once it knows its whole, at its place in the amount's listing.
    if (listing) this.shares.add(fact.amount.valueSek, group, same.length - 1);
    return group;
  }
}

/** One document's facts while they are placed: the groups they went to so far, by fact. */
interface DocumentPlaces {
  facts: RawFact[];
  placed: Group[];
  candidates: DocumentCandidates;
  roundedHeadings: readonly number[];
}

/** The first group of the fact's amount that is the same grant; a share looks only among its own whole's. */
function firstSame(
  candidates: DocumentCandidates,
  shares: ShareIndex,
  same: readonly Group[],
  fact: RawFact,
  parentGroup: Group | null,
  test: (g: Group) => boolean,
): Group | undefined {
  if (parentGroup === null) return candidates.first(same, fact, false, test);
  return candidates.firstShare(shares, fact, parentGroup.entry.id, test);
}

/** The groups listed under `amount`, in order: one growing array, so candidates can follow it. */
function listedAt(byAmount: Map<number, Group[]>, amount: number): Group[] {
  let listed = byAmount.get(amount);
  if (!listed) {
    listed = [];
    byAmount.set(amount, listed);
  }
  return listed;
}

/** The places of the facts whose rounded amount stands in a heading ("nästan 8 miljoner"). */
function roundedHeadingsOf(facts: readonly RawFact[]): number[] {
  const at: number[] = [];
  for (let j = 0; j < facts.length; j++) {
    const f = facts[j] as RawFact;
    if (f.amount.qualifier === "approx" && f.segment.heading) at.push(j);
  }
  return at;
}

/** Document order, except that a whole told after its share ("…, som en del av … 18 miljoner") comes first. */
function parentsFirst(facts: readonly RawFact[]): number[] {
  // Most documents tell each whole before its shares: then the order is theirs.
  if (facts.every((f, i) => f.parent === null || f.parent <= i)) return [...facts.keys()];
  const order: number[] = [];
  const done = new Set<number>();
  const visit = (i: number) => {
    if (done.has(i)) return;
    done.add(i);
    const parent = facts[i]?.parent;
    if (parent !== null && parent !== undefined && parent > i) visit(parent);
    order.push(i);
  };
  for (let i = 0; i < facts.length; i++) visit(i);
  return order;
}

/** A merge across documents that shares fewer than two words is worth a second look. */
function noteWeakMerge(group: Group, fact: RawFact, terms: readonly string[]): void {
  // A fact is in its group only when the group was just made for it; the document ids are kept as a set.
  if (group.facts[0] === fact || (documentCount(group) === 1 && hasDocument(group, fact.doc.id)))
    return;
  if (sharedTerms(group, terms) >= 2) return;
  const other = group.facts[0]?.doc.id ?? "";
  group.weak.push(
    `${fact.doc.id} is taken as the same grant as ${other} on amount and year alone.`,
  );
}

function byPublication(a: SourceDocument, b: SourceDocument): number {
  return compareText(a.published ?? "9999", b.published ?? "9999") || compareText(a.id, b.id);
}

// The more a kind says, the more it wins when one grant is told as several: a retold figure says least.
const ROLE_RANK: Record<string, number> = {
  comparison: 0,
  total: 1,
  grant: 2,
  part: 3,
  "multi-year-total": 4,
  "co-funding": 5,
};

function absorbRole(group: Group, fact: RawFact): void {
  const now = group.entry.role;
  const incoming = fact.role.role;
  if ((ROLE_RANK[incoming] ?? -1) > (ROLE_RANK[now] ?? 99)) group.entry.role = incoming;
}

// How far a headline's rounding ("drygt 7 miljoner" for 7,2) may stand from the exact figure.
const ROUNDING = 0.06;

/** The body's exact "7,8 miljoner kronor" is the entry's amount, not the headline's "nästan 8 miljoner". */
function preferExact(group: Group, fact: RawFact): boolean {
  if (group.entry.qualifier !== "approx" || fact.amount.qualifier === "approx") return false;
  if (group.entry.amountSek === fact.amount.valueSek) return false;
  group.entry.amountSek = fact.amount.valueSek;
  group.entry.qualifier = fact.amount.qualifier;
  return true;
}

/** "nästan 8 miljoner" in a headline restates the exact "7,8 miljoner kronor" of the same document. */
function roundedRepeat(
  facts: RawFact[],
  i: number,
  placed: Group[],
  roundedHeadings: readonly number[],
): Group | null {
  const fact = facts[i] as RawFact;
  const approx = fact.amount.qualifier === "approx";
  // The rounded one stands in a heading: an exact figure only looks at those, not at every fact.
  if (approx && !fact.segment.heading) return null;
  for (const j of approx ? facts.keys() : roundedHeadings) {
    if (j >= i) break;
    const other = facts[j] as RawFact;
    if (other.segment === fact.segment) continue;
    const otherApprox = other.amount.qualifier === "approx";
    if (approx === otherApprox) continue;
    const [rounded, exact] = approx ? [fact, other] : [other, fact];
    const close =
      Math.abs(rounded.amount.valueSek - exact.amount.valueSek) <= exact.amount.valueSek * ROUNDING;
    if (!close || !rounded.segment.heading) continue;
    if (j < i) return placed[j] ?? null;
  }
  return null;
}

/**
 * A figure only ever retold ("förstudien som Vinnova finansierade i fjol med 3,5 miljoner") stays a comparison
 * but is the one source of that earlier grant: it counts as the grant, unless that year already has GMS grants.
 * A retold share of a known whole ("I fjol fick regionen 3,1 miljoner … för samma arbete") is that share,
 * unless the whole's shares of that amount are told as such.
 */
function markLoneRetellings(entries: LedgerEntry[], retoldShares: ReadonlySet<LedgerEntry>): void {
  const retold = entries.filter((e) => e.role === "comparison" && e.years.length > 0);
  if (retold.length === 0) return;
  const funded = new Set(
    entries.filter((e) => e.role === "grant" && e.gms).flatMap((e) => e.years),
  );
  // Only the wholes a retelling is a share of need their shares' amounts.
  const wholes = new Set(retold.map((e) => e.partOf));
  const shares = new Set(
    entries
      .filter((e) => e.role !== "comparison" && e.partOf && wholes.has(e.partOf))
      .map((e) => shareKey(e)),
  );
  for (const e of retold) {
    const kept =
      e.partOf !== null
        ? shares.has(shareKey(e))
        : besideOtherMoney(e)
          ? retellsYearMoney(e, entries)
          : e.years.some((y) => funded.has(y));
    if (kept) continue;
    e.loneRetelling = true;
    // A retold slice linked to no whole is a share for answers, never its year's grant in sums.
    if (e.partOf === null && retoldShares.has(e)) e.loneSlice = true;
    noteWeak(e, "Only told as an earlier year's figure in a later document.");
  }
}

/** Told beside the new money ("on top of the SEK 92 million"): other money of its year, not a total of it. */
function besideOtherMoney(e: LedgerEntry): boolean {
  return e.sources.some(
    (s) => s.amountStart !== undefined && toldBeside(s.text, s.amountStart - s.start),
  );
}

/** A GMS grant of the retelling's years has its amount, or that year's other grants add up to it. */
function retellsYearMoney(e: LedgerEntry, entries: readonly LedgerEntry[]): boolean {
  const ofYears = entries.filter(
    (g) => g !== e && g.role === "grant" && g.gms && g.years.some((y) => e.years.includes(y)),
  );
  const sum = ofYears.reduce((s, g) => s + g.amountSek, 0);
  return ofYears.some((g) => g.amountSek === e.amountSek) || sum === e.amountSek;
}

/** A grant an amending decision changed is no longer summed: the amended amount stands for it. */
function markRevised(groups: readonly Group[]): void {
  for (const g of groups) {
    const old = g.revises?.entry;
    if (!old || old === g.entry) continue;
    old.revisedBy = g.entry.id;
    old.notes.push(`Changed to ${kr(g.entry.amountSek)} by ${g.entry.id}.`);
  }
}

function noteWeak(e: LedgerEntry, why: string): void {
  e.weak = e.weak ?? [];
  e.weak.push(why);
}

function shareKey(e: LedgerEntry): string {
  return `${e.partOf}|${e.amountSek}`;
}

function weakYears(e: LedgerEntry): string | null {
  if (e.yearClue === "publication-date") return "The year comes from the publication date only.";
  if (e.years.length === 0) return "No document says which year this money is for.";
  return null;
}

/** Undated co-funding funds the years of the grant it is told beside, as the ledger dates that grant. */
function takeCoFundedYears(e: LedgerEntry, funded: LedgerEntry): void {
  if (e.yearClue !== "none" || funded.years.length === 0) return;
  e.years = [...funded.years];
  e.year = funded.year ?? funded.years[0] ?? null;
  e.yearClue = "other-document";
}

function linkParts(entries: LedgerEntry[], byId: ReadonlyMap<string, LedgerEntry>): void {
  for (const e of entries) {
    const parent = e.partOf ? byId.get(e.partOf) : undefined;
    if (!parent) continue;
    parent.parts.push(e.id);
    if (e.years.length === 0 || e.yearClue === "publication-date") {
      e.years = [...parent.years];
      e.year = parent.year;
      e.yearClue = "parent";
    }
    if (e.role === "part" || e.role === "co-funding") e.gms = parent.gms && !isOwnMoneyOfGms(e);
    // "Barncancerfondens 7,8 miljoner fördelas över två år: 3,9 miljoner 2026 och …": a year's slice of another
    // giver's money is that giver's, never GMS's grant.
    else if (e.role === "grant" && !parent.gms && (e.funder === null || e.funder === parent.funder))
      e.gms = false;
    // "9 000 000 kronor under 2026" of a two-year decision is that year's grant; the total is never summed.
    if (e.role === "part" && parent.role === "multi-year-total" && e.years.length === 1)
      e.yearShare = true;
    // "fördelar regionen 5,6 miljoner kronor vidare till …": a share passed on is no longer the whole's recipient's.
    if (!e.sources.every(passedOn)) e.recipient ??= parent.recipient;
    e.payer ??= parent.payer;
    // A yearly share ("Av beloppet ska 9 000 000 kronor betalas ut under 2026") is for the whole's purpose,
    // however a retelling names it: each year's share then reads alike. A sentence naming a known area of its
    // own ("Sällsynta diagnoser blir den största posten med 16 mnkr") keeps it.
    if (
      e.yearShare ||
      (e.sources.every((s) => s.text === e.purpose) && areaTerms(e.area).length === 0)
    ) {
      e.purpose = parent.purpose;
      e.area = parent.area;
    }
  }
}

/**
 * "Bidrag från Vinnova: 3 800 000 kronor … Projektperiod: 2031–2033": GMS money over several years, not said to
 * be per year, is their multi-year total: never summed whole into one of its years.
 */
function markSpanGrants(entries: readonly LedgerEntry[]): void {
  for (const e of entries)
    if (e.role === "grant" && e.gms && e.years.length > 1 && !e.perYear)
      e.role = "multi-year-total";
}

/**
 * "2 400 000 kronor … Projekttiden är 2030–2031. Av bidraget avser 1 400 000 kronor år 2030 och 1 000 000
 * kronor år 2031": a grant over years whose shares are one per year and add up to it exactly is told year
 * by year. The shares are each year's grant; the whole is their multi-year total, never summed beside them.
 */
// Years a whole takes from the page it is told on, not from its own words.
const PAGE_CLUES: ReadonlySet<string> = new Set(["publication-date", "decision-date", "none"]);

/** A share told in the same sentence as its whole. */
function toldWith(part: LedgerEntry, whole: LedgerEntry): boolean {
  return part.sources.some((p) =>
    whole.sources.some((w) => w.docId === p.docId && w.start === p.start),
  );
}

function splitByYear(entries: LedgerEntry[], byId: ReadonlyMap<string, LedgerEntry>): void {
  for (const e of entries) {
    if (e.role !== "grant" || e.parts.length < 2) continue;
    const parts = e.parts.map((id) => byId.get(id)).filter((p): p is LedgerEntry => !!p);
    const years = parts.map((p) => (p.years.length === 1 && p.role === "part" ? p.years[0] : null));
    const sum = parts.reduce((s, p) => s + p.amountSek, 0);
    const covered = new Set(years);
    if (sum !== e.amountSek || covered.size !== parts.length || covered.has(null)) continue;
    if (!e.years.every((y) => covered.has(y))) continue;
    // "Barncancerfondens 7,8 miljoner fördelas över två år: 3,9 miljoner 2026 och 3,9 miljoner 2027": a whole dated
    // only by the page, whose shares name one year each, is over the years they name.
    // "… fördelas över två år: 3,9 miljoner 2026 och 3,9 miljoner 2027": or one sentence splits it by year.
    const onlyPaged =
      e.years.length < 2 && (PAGE_CLUES.has(e.yearClue) || parts.every((p) => toldWith(p, e)));
    if (covered.size !== e.years.length && !onlyPaged) continue;
    if (onlyPaged) {
      if (covered.size < 2) continue;
      e.years = [...covered].filter((y): y is number => y !== null).sort((a, b) => a - b);
      e.year = null;
    }
    e.role = "multi-year-total";
    for (const p of parts) {
      p.yearShare = true;
      p.purpose = e.purpose;
      p.area = e.area;
    }
  }
}

// The words right after a share's amount that say it is handed on to others ("vidare till", "on to",
// "fördes vidare till", "was passed on to").
const PASSED_ON = new Set([
  "vidare",
  "on to",
  "onwards to",
  "fördes vidare",
  "förs vidare",
  "skickades vidare",
  "skickas vidare",
  "gick vidare",
  "går vidare",
  "fördelades vidare",
  "fördelas vidare",
  "passed on",
  "handed on",
  "was passed on",
  "were passed on",
  "is passed on",
]);

/** The source tells its amount as handed on: "5,6 miljoner kronor vidare till …", "SEK 2m on to …". */
export function passedOn(s: FactSource): boolean {
  const at = s.amountStart !== undefined ? s.amountStart - s.start : s.text.indexOf(s.amountText);
  if (at < 0) return false;
  const after = s.text
    .slice(at + s.amountText.length, at + s.amountText.length + 24)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  return [1, 2, 3].some((n) => PASSED_ON.has(after.slice(0, n).join(" ")));
}

// "Myndigheten får använda …" refers back to the agency the document named as paying out.
const AGENCY_REFERENCE = /^(?:myndigheten|verket|the agency)$/i;

function resolveAgencyReferences(entries: LedgerEntry[]): void {
  for (const e of entries) {
    if (!e.recipient || !AGENCY_REFERENCE.test(e.recipient)) continue;
    const docId = e.sources[0]?.docId;
    const named = entries.find((o) => o.payer && o.sources.some((s) => s.docId === docId));
    e.recipient = named?.payer ?? e.recipient;
  }
}

function isOwnMoneyOfGms(e: LedgerEntry): boolean {
  return e.funder !== null && e.funder !== undefined && mentionsGms(e.funder);
}

/** A share's recipient as some telling names it, when that is not GMS itself (every share is GMS's money). */
function ownRecipient(g: Group): string | null {
  const named = preferredRecipient(g.facts, false);
  return named !== null && !mentionsGms(named) ? named : null;
}
