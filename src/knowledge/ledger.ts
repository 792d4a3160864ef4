import { describeArea } from "./area.js";
import { compareText } from "./compare.js";
import { extractFacts, type RawFact } from "./facts.js";
import { checkTotals } from "./ledger-checks.js";
import { mentionsGms } from "./organisations.js";
import type { FactSource, Ledger, LedgerEntry, SourceDocument, YearClue } from "./types.js";
import { countWords } from "./word-counts.js";
import { contentStems } from "./words.js";
import { CLUE_STRENGTH } from "./years.js";

/** Raw facts that are one grant; the first is the one told first. */
interface Group {
  facts: RawFact[];
  entry: LedgerEntry;
  /** Every content stem of the group's sentences (and recipients): what "about the same thing" compares. */
  terms: Set<string>;
  /** Indexes over `facts`, so a large group is asked in constant time, not scanned per fact. */
  docIds: Set<string>;
  segments: Set<RawFact["segment"]>;
  /** Each stated set of years (joined) with the clues that stated it. */
  yearClues: Map<string, Set<YearClue>>;
}

/** Builds the ledger: one entry per grant, however many documents tell it. */
export function buildLedger(
  documents: readonly SourceDocument[],
  wordCounts: ReadonlyMap<string, number> = countWords(documents),
): Ledger {
  // The corpus's words let "bröst- och äggstockscancer" expand to both cancers.
  const isWord = (w: string) => wordCounts.has(w);
  // Read once per sentence and recipient: a sentence of many amounts is not re-read for each.
  const termCache = new Map<string, Set<string>>();
  const termsOf = (f: RawFact) => {
    const key = `${f.doc.id}@${f.segment.start}\u0000${f.recipient ?? ""}`;
    let terms = termCache.get(key);
    if (!terms) {
      terms = new Set(contentStems(`${f.segment.text} ${f.recipient ?? ""}`, isWord));
      termCache.set(key, terms);
    }
    return terms;
  };
  const ordered = [...documents].sort(byPublication);
  const groups: Group[] = [];
  // Only equal amounts can be one grant: looking them up by amount keeps the build linear.
  const byAmount = new Map<number, Group[]>();
  for (const doc of ordered) {
    const facts = extractFacts(doc);
    const placed: Group[] = [];
    for (const fact of facts) {
      const terms = termsOf(fact);
      const parentGroup = fact.parent === null ? null : (placed[fact.parent] ?? null);
      const same = byAmount.get(fact.amount.valueSek) ?? [];
      const found = same.find((g) => sameGrant(g, fact, terms, parentGroup));
      const group = found ?? newGroup(groups, fact);
      if (found) addFact(group, fact);
      else if (same.length > 0) same.push(group);
      else byAmount.set(fact.amount.valueSek, [group]);
      for (const t of terms) group.terms.add(t);
      if (parentGroup && group.entry.partOf === null) group.entry.partOf = parentGroup.entry.id;
      placed.push(group);
    }
  }
  // Many amounts of one sentence share it as their purpose: its area is read once.
  const areas = new Map<string, string>();
  const areaOf = (purpose: string) => {
    let area = areas.get(purpose);
    if (area === undefined) {
      area = describeArea(purpose);
      areas.set(purpose, area);
    }
    return area;
  };
  const entries = groups.map((g) => finishEntry(g, areaOf));
  linkParts(entries);
  resolveAgencyReferences(entries);
  checkTotals(entries);
  return { entries };
}

function byPublication(a: SourceDocument, b: SourceDocument): number {
  return compareText(a.published ?? "9999", b.published ?? "9999") || compareText(a.id, b.id);
}

function newGroup(groups: Group[], fact: RawFact): Group {
  const group: Group = {
    facts: [],
    entry: emptyEntry(fact),
    terms: new Set(),
    docIds: new Set(),
    segments: new Set(),
    yearClues: new Map(),
  };
  addFact(group, fact);
  groups.push(group);
  return group;
}

function addFact(group: Group, fact: RawFact): void {
  group.facts.push(fact);
  group.docIds.add(fact.doc.id);
  group.segments.add(fact.segment);
  const key = fact.years.years.join();
  const clues = group.yearClues.get(key) ?? new Set<YearClue>();
  clues.add(fact.years.clue);
  group.yearClues.set(key, clues);
}

function emptyEntry(fact: RawFact): LedgerEntry {
  return {
    id: `${fact.doc.id}@${fact.amount.start}`,
    amountSek: fact.amount.valueSek,
    qualifier: fact.amount.qualifier,
    year: null,
    years: [],
    yearClue: "none",
    purpose: fact.purpose,
    area: "",
    terms: [],
    recipient: null,
    payer: null,
    role: fact.role.role,
    partOf: null,
    parts: [],
    gms: false,
    sources: [],
    notes: [],
    datesDisagree: false,
  };
}

/** Same money told twice: same amount and role, not two shares of one whole, and about the same thing. */
function sameGrant(
  group: Group,
  fact: RawFact,
  terms: Set<string>,
  parentGroup: Group | null,
): boolean {
  const first = group.facts[0];
  if (!first || group.entry.amountSek !== fact.amount.valueSek) return false;
  if (group.entry.role !== fact.role.role || group.entry.qualifier !== fact.amount.qualifier) {
    return false;
  }
  if ((group.entry.partOf !== null) !== (parentGroup !== null)) return false;
  const sameDocument = group.docIds.has(fact.doc.id);
  if (parentGroup) {
    // Shares of different wholes are different money; two shares of one whole in one document are siblings.
    if (group.entry.partOf !== parentGroup.entry.id || sameDocument) return false;
  }
  if (group.segments.has(fact.segment)) return false;
  if (yearsContradict(group, fact)) return false;
  if (sameDocument) return true;
  // Retellings may date a grant differently; then ask for more shared words before calling it one grant.
  const yearsAgree = group.yearClues.has(fact.years.years.join());
  return sharedTerms(group, terms) >= (yearsAgree ? 2 : 3);
}

/**
 * Different years read the same way (both stated, or both publication dates) mean different money;
 * only a disagreement between different kinds of clue can be one grant retold.
 */
function yearsContradict(group: Group, fact: RawFact): boolean {
  if (fact.years.years.length === 0) return false;
  const own = fact.years.years.join();
  for (const [key, clues] of group.yearClues) {
    if (key === "" || key === own) continue;
    if (clues.has(fact.years.clue)) return true;
    if (
      isStated(fact.years.clue) &&
      (clues.has("stated-in-sentence") || clues.has("stated-in-paragraph"))
    )
      return true;
  }
  return false;
}

function isStated(clue: YearClue): boolean {
  return clue === "stated-in-sentence" || clue === "stated-in-paragraph";
}

function sharedTerms(group: Group, terms: Set<string>): number {
  let n = 0;
  for (const t of terms) if (group.terms.has(t)) n += 1;
  return n;
}

function finishEntry(group: Group, areaOf: (purpose: string) => string): LedgerEntry {
  const e = group.entry;
  const facts = group.facts;
  const best = chooseYears(facts);
  e.years = best.years.years;
  e.yearClue = best.years.clue;
  e.year = e.role === "multi-year-total" || e.years.length === 0 ? null : (e.years[0] ?? null);
  const named = facts.find((f) => !f.purposeIsSentence) ?? facts[0];
  if (named) e.purpose = named.purpose;
  e.recipient = preferredRecipient(facts);
  e.payer = facts.map((f) => f.payer).find((p) => p !== null) ?? null;
  e.sources = facts.map(toSource);
  e.terms = [...group.terms].sort();
  e.area = areaOf(e.purpose);
  e.gms = isGmsMoney(e, facts);
  e.notes = yearNotes(facts, best);
  e.datesDisagree = e.notes.length > 0;
  return e;
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
    if (f.years.years.length === 0 || f.years.years.join() === chosen.years.years.join()) continue;
    notes.push(
      `${f.doc.id} points to ${f.years.years.join("–")} (${f.years.clue}); ${chosen.doc.id} points to ${chosen.years.years.join("–")} (${chosen.years.clue}), which was kept.`,
    );
  }
  return [...new Set(notes)];
}

/** GMS under any of its names is one recipient. */
const GMS_NAME = "Genomic Medicine Sweden (GMS)";

function preferredRecipient(facts: RawFact[]): string | null {
  const named = facts.map((f) => f.recipient).filter((r): r is string => r !== null);
  if (named.some(mentionsGms)) return GMS_NAME;
  return named[0] ?? null;
}

/** GMS money unless a named recipient other than GMS (or a region acting for it) takes it. */
function isGmsMoney(e: LedgerEntry, facts: RawFact[]): boolean {
  if (e.role === "agency-cap" || e.role === "budget-frame") return false;
  if (e.recipient && mentionsGms(e.recipient)) return true;
  const regionForGms =
    e.recipient !== null && /^region\s/i.test(e.recipient) && facts.some((f) => f.gmsContext);
  if (e.recipient !== null && !regionForGms) return false;
  return facts.some((f) => f.gmsContext) || regionForGms;
}

function toSource(f: RawFact): FactSource {
  const { doc, segment: s, amount } = f;
  return {
    docId: doc.id,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
    amountText: amount.text,
  };
}

function linkParts(entries: LedgerEntry[]): void {
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    const parent = e.partOf ? byId.get(e.partOf) : undefined;
    if (!parent) continue;
    parent.parts.push(e.id);
    if (e.years.length === 0 || e.yearClue === "publication-date") {
      e.years = [...parent.years];
      e.year = parent.year;
      e.yearClue = "parent";
    }
    if (e.role === "part") e.gms = parent.gms;
    e.recipient ??= parent.recipient;
    e.payer ??= parent.payer;
  }
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
