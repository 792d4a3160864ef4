// A group's tellings made into its ledger entry: the years, purpose, recipient and sources it keeps.
import { areaTerms } from "./area.js";
import type { RawFact } from "./facts.js";
import { byGmsAfter, givenByGmsAt } from "./given-by-gms.js";
import { cacheByKey } from "./key-cache.js";
import type { Group } from "./ledger-group.js";
import { mentionsGms, namesRegion } from "./organisations.js";
import type { FactSource, LedgerEntry } from "./types.js";
import { CLUE_STRENGTH } from "./years.js";

/** GMS under any of its names is one recipient. */
const GMS_NAME = "Genomic Medicine Sweden (GMS)";
// A grant told in thousands of documents asks the same few names again for every telling.
const namesGms = cacheByKey(mentionsGms, 10_000);

export function finishEntry(group: Group, areaOf: (purpose: string) => string): LedgerEntry {
  const e = group.entry;
  const facts = group.facts;
  const best = chooseYears(facts);
  e.years = best.years.years;
  e.yearClue = best.years.clue;
  e.year = e.role === "multi-year-total" || e.years.length === 0 ? null : (e.years[0] ?? null);
  const named = facts.find((f) => !f.purposeIsSentence) ?? facts[0];
  if (named) e.purpose = named.purpose;
  e.recipient = preferredRecipient(facts, true);
  e.payer = firstNamed(facts, "payer");
  e.funder = firstNamed(facts, "funder");
  e.decided = firstNamed(facts, "decided");
  e.sources = facts.map(toSource);
  e.area = areaOf(e.purpose);
  e.terms = sortedTerms(group.termLists, termsOfArea(e.area));
  e.gms = isGmsMoney(e, e.recipient ?? preferredRecipient(facts, false), facts);
  if (facts.some((f) => f.role.perYear)) e.perYear = true;
  if (e.role === "part" && facts.every((f) => f.role.instalment)) e.instalment = true;
  e.notes = yearNotes(facts, best);
  // The group's list is the entry's from now on: the group is not read again.
  e.weak = group.weak;
  if (unlinkedList(facts, e)) e.weak.push("A list item whose list adds up to no stated total.");
  e.datesDisagree = e.notes.length > 0;
  return e;
}

/** The first telling's value of `key` that is named at all, or null. */
function firstNamed(facts: readonly RawFact[], key: "payer" | "funder" | "decided"): string | null {
  for (const f of facts) if (f[key] !== null) return f[key];
  return null;
}

// The known areas are few (only they have terms): each one's stems are read once, not once per entry.
const areaStems = new Map<string, readonly string[]>();

function termsOfArea(area: string): readonly string[] {
  let stems = areaStems.get(area);
  if (!stems) {
    stems = areaTerms(area);
    if (stems.length > 0) areaStems.set(area, stems);
  }
  return stems;
}

/** The group's stems and its area's, each once, sorted (one telling's list holds each once already). */
function sortedTerms(lists: readonly (readonly string[])[], ofArea: readonly string[]): string[] {
  if (ofArea.length === 0 && lists.length <= 1) return lists[0] ? [...lists[0]].sort() : [];
  const all = new Set(ofArea.length === 0 ? lists[0] : ofArea);
  for (const list of lists) for (const t of list) all.add(t);
  return [...all].sort();
}

/** A share of a list that adds up to no amount the document states. */
function unlinkedList(facts: RawFact[], e: LedgerEntry): boolean {
  return (
    e.partOf === null &&
    facts.some((f) => f.list !== null && f.parent === null && f.role.role !== "comparison")
  );
}

/** The strongest clue wins; between equals, the document that told it first (the original announcement). */
function chooseYears(facts: RawFact[]): RawFact {
  let best = facts[0] as RawFact;
  for (const f of facts) if (CLUE_STRENGTH[f.years.clue] > CLUE_STRENGTH[best.years.clue]) best = f;
  const weakest = CLUE_STRENGTH["decision-date"];
  if (CLUE_STRENGTH[best.years.clue] <= weakest) {
    const first = facts.find((f) => f.years.years.length > 0 && f.doc.id === facts[0]?.doc.id);
    if (first) return first;
  }
  return best;
}

function yearNotes(facts: RawFact[], chosen: RawFact): string[] {
  const notes: string[] = [];
  for (const f of facts) {
    if (f === chosen || f.years.years.length === 0 || sameYears(f, chosen)) continue;
    notes.push(
      `${f.doc.id} points to ${f.years.years.join("–")} (${f.years.clue}); ${chosen.doc.id} points to ${chosen.years.years.join("–")} (${chosen.years.clue}), which was kept.`,
    );
  }
  return notes.length < 2 ? notes : [...new Set(notes)];
}

/** The same years, one by one (what comparing their `join()` tells, without the strings). */
function sameYears(a: RawFact, b: RawFact): boolean {
  const [x, y] = [a.years.years, b.years.years];
  return x.length === y.length && x.every((year, i) => year === y[i]);
}

// "GMS Stockholm", "GMS Örebro": GMS's node in a place, the region's part of GMS, is named as told (a recipient of
// its own: a share of GMS's money, never GMS itself). Its words after "GMS": capitalised place names, none of
// GMS's own ("GMS Sweden", "GMS styrgrupp", "GMS kansli").
const NODE = /^(?:GMS|Genomic Medicine Sweden)(?:[ \u00a0]+\p{Lu}[\p{L}-]{1,30}){1,2}$/u;
const NOT_A_PLACE: ReadonlySet<string> = new Set([
  "sweden",
  "styrgrupp",
  "styrgruppen",
  "kansli",
  "kansliet",
]);

/** The recipient names one of GMS's nodes by its place ("GMS Stockholm"). */
export function namesNode(name: string): boolean {
  const trimmed = name.trim();
  if (!NODE.test(trimmed)) return false;
  const after = trimmed
    .replace(/^(?:GMS|Genomic Medicine Sweden)/u, "")
    .trim()
    .split(/\s+/);
  return !after.some((w) => NOT_A_PLACE.has(w.toLowerCase()));
}

/** The recipient as the document that told the grant first names it (`firstOnly`), else as any telling does. */
export function preferredRecipient(facts: RawFact[], firstOnly: boolean): string | null {
  const firstDoc = facts[0]?.doc;
  let first: string | null = null;
  for (const f of facts) {
    if ((firstOnly && f.doc !== firstDoc) || f.recipient === null) continue;
    if (namesGms(f.recipient) && !namesNode(f.recipient)) return GMS_NAME;
    first ??= f.recipient;
  }
  // "GMS Väst får 13 miljoner" and a node table's "Region Västra Götaland   13 000": a node is its region's part
  // of GMS, and the region is the name the recipient is asked by.
  if (first !== null && namesNode(first)) {
    const region = facts.find((f) => f.recipient !== null && namesRegion(f.recipient))?.recipient;
    if (region) return region;
  }
  // "Uppsala får 4,2 mnkr" in the headline, "Region Uppsala tilldelas 4,2 miljoner" in the text: the name
  // another telling gives in full is the recipient's.
  const short = first;
  const full =
    short === null
      ? undefined
      : facts.find(
          (f) =>
            (!firstOnly || f.doc === firstDoc) &&
            f.recipient !== null &&
            f.recipient.length > short.length &&
            f.recipient.endsWith(` ${short}`),
        )?.recipient;
  // "Uppsala får 4,2 mnkr" where the document says "Region Uppsala tilldelas …": a bare place its own document
  // names as a region is that region.
  const region =
    short !== null &&
    !short.includes(" ") &&
    facts.some((f) => f.doc.text.includes(`Region ${short}`))
      ? `Region ${short}`
      : undefined;
  return full ?? region ?? first;
}

// Kinds of money that are never GMS's, whoever receives them.
const NEVER_GMS = new Set(["agency-cap", "budget-frame", "not-funding", "estimate"]);

/** GMS money unless a named recipient other than GMS (or a region acting for it) takes it. */
// "Regionfullmäktige har beslutat att avsätta …": a region's own money, not the government's grant to GMS.
const REGIONAL_FUNDER =
  /^(?:region(?:en|erna)?\b|regionfullmäktige|regionstyrelsen|landstinget|kommun|hälso- och sjukvårdsnämnden)/i;

// An international giver ("EU", "the EU's Digital Europe Programme", "NordForsk"): never the Swedish state's funding.
const INTERNATIONAL_GIVER =
  /^(?:the\s+)?(?:EU|EU:s|European\s+Union|Europeiska\s+unionen|EU4Health|Horizon\s+Europe|NordForsk|Nordiska\s+ministerrådet|Nordic\s+Council)(?![\p{L}])/iu;

// A private giver's own name ("Barncancerfonden", "Knut och Alice Wallenbergs Stiftelse", "the Swedish Childhood
// Cancer Fund"): its grant to a GMS project is that giver's money, never the state's funding of GMS.
const PRIVATE_GIVER = /(?:fonden|stiftelsen|stiftelse|foundation|fund|trust)$/iu;

// "avsätter styrgruppen 2 miljoner ur samordningsmedlen": GMS's own body hands on a slice of GMS's money.
const GMS_BODY = /^styrgrupp(?:en)?$/iu;

// A university or institute giving from its own budget ("finansierar universitetet … ur statsanslaget"): its money.
const INSTITUTION_GIVER =
  /(?:universitet|universitetet|högskola|högskolan|fakulteten|institutionen|institutet|university|institute)$/iu;

function isGmsMoney(e: LedgerEntry, recipient: string | null, facts: RawFact[]): boolean {
  if (NEVER_GMS.has(e.role)) return false;
  if (e.funder && e.role === "grant" && INSTITUTION_GIVER.test(e.funder.trim())) return false;
  if (e.funder && e.role !== "co-funding" && PRIVATE_GIVER.test(e.funder.trim())) return false;
  if (e.funder && INTERNATIONAL_GIVER.test(e.funder.trim())) return false;
  // A retelling's neighbourhood speaks of other money: only the grant's own tellings can say it is not GMS's.
  if (
    facts.some(
      (f) =>
        (f.role.role !== "comparison" && (f.notGms || givenAway(f))) ||
        // A table row's own label ("| Vetenskapsrådet | 214 300 |" among givers) says whose money it is.
        (f.tableLabel === true && f.notGms),
    ) ||
    (e.funder &&
      (namesGms(e.funder) ||
        GMS_BODY.test(e.funder.trim()) ||
        (e.role === "grant" && REGIONAL_FUNDER.test(e.funder))))
  )
    return false;
  if (recipient && namesGms(recipient)) return true;
  const regionForGms =
    recipient !== null && namesRegion(recipient) && facts.some((f) => f.gmsContext);
  if (recipient !== null && !regionForGms) return false;
  return facts.some((f) => f.gmsContext) || regionForGms;
}

/**
 * Where in the sentence GMS first gives money away (past its end when it does not). Not cached: 93 % of the
 * wordings asked are asked once, and a sentence without "GMS … ger" is ruled out by one regex.
 */
export function givingAt(segment: RawFact["segment"]): number {
  return givenByGmsAt(segment.text) ?? Number.POSITIVE_INFINITY;
}

function givenAway(f: RawFact): boolean {
  const at = f.amount.start - f.segment.start;
  return at > givingAt(f.segment) || byGmsAfter(f.segment.text, at);
}

function toSource(f: RawFact): FactSource {
  const { doc, segment: s, amount } = f;
  return {
    docId: doc.id,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
    amountText: amount.text,
    amountStart: amount.start,
    amountEnd: amount.end,
  };
}
