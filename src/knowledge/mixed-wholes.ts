import { compileCues, hasCue } from "./cues.js";
import type { RawFact } from "./facts.js";
import { namesRegion } from "./organisations.js";
import {
  CO_FUNDING,
  FROM_THE_STATE,
  OWN_MEANS,
  REST_FROM_OTHERS,
  THE_REGIONS,
} from "./role-cues.js";
import type { Segment } from "./segments.js";
import { words } from "./words.js";

/**
 * "GMS budget för 2029 är drygt 95 miljoner kronor, varav 82 miljoner kommer från staten och resten från
 * regionerna": a whole whose share is the state's and whose rest is others' mixes funders. The whole is a
 * stated total, and the state's share is the grant itself (not a share of one), so sums count it once.
 */
export function markMixedWholes(facts: RawFact[]): void {
  markOwnMeansShares(facts);
  for (const f of facts) {
    const whole = f.parent === null ? undefined : facts[f.parent];
    if (!whole || whole.segment !== f.segment || f.role.role !== "part") continue;
    const after = f.segment.text.slice(f.amount.end - f.segment.start);
    if (!hasCue(ownClause(after), FROM_THE_STATE) || !hasCue(after, REST_FROM_OTHERS)) continue;
    if (whole.role.role !== "grant" && whole.role.role !== "total") continue;
    whole.role = { ...whole.role, role: "total" };
    f.role = { role: "grant", isPart: false, nearestParent: false };
    f.parent = null;
    // A share's purpose ("varav") named only its place in the whole: the grant is told by the sentence.
    f.purpose = whole.purpose;
    f.purposeIsSentence = whole.purposeIsSentence;
  }
}

// The share's own words end where the rest is told ("… från staten och resten från regionerna").
const CLAUSE_END =
  /\s(?:och|and)\s+(?:resten|återstoden|övrig\p{L}*|the rest|the remainder)\b|[,;]/u;

function ownClause(after: string): string {
  const end = after.search(CLAUSE_END);
  return end < 0 ? after : after.slice(0, end);
}

/**
 * "The regions contributed SEK 35 million": money the regions give of their own is co-funding beside the
 * state's grant, whatever verb tells it (the co-funding words name most of it).
 */
// A retelling of what the regions gave ("som de fått 2029, alltså omkring 25 miljoner") is theirs too: never
// counted alone as a year's grant.
const REGIONS_GIVING_ROLES = new Set(["grant", "comparison"]);

// A region named as the one who gives ("Region Stockholm anslår 2,5 miljoner kronor till GMS Stockholm") gives its
// own money; a region that passes the state's money on is its payer ("Region Skåne betalar ut …"), never its funder.
export function markRegionsMoney(facts: RawFact[]): void {
  for (const f of facts)
    if (REGIONS_GIVING_ROLES.has(f.role.role) && f.funder !== null && regionGives(f.funder))
      f.role = { ...f.role, role: "co-funding" };
}

// A pronoun standing for the subject of the sentence before ("The regions … contribute their own resources. For 2027
// they have committed …").
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(["they", "de", "dessa"]);

/**
 * "The regions with university hospitals contribute their own resources. For 2027 they have committed around SEK 25
 * million …": money a pronoun gives, right after a sentence (of its paragraph, with no amount) that tells the regions
 * giving their own money, is the regions' co-funding.
 */
export function markRegionsPronoun(facts: RawFact[], segments: readonly Segment[]): void {
  for (const f of facts) {
    if (!REGIONS_GIVING_ROLES.has(f.role.role)) continue;
    const previous = segments[f.segment.index - 1];
    if (!previous || previous.paragraph !== f.segment.paragraph) continue;
    if (facts.some((p) => p.segment === previous)) continue;
    if (!hasCue(previous.text, THE_REGIONS)) continue;
    if (!hasCue(previous.text, OWN_MEANS) && !hasCue(previous.text, CO_FUNDING)) continue;
    const before = words(f.segment.text.slice(0, f.amount.start - f.segment.start));
    // The pronoun is the subject, followed by its verb: "de 80 miljoner" is an article, never "they".
    const pronoun = before.findIndex(
      (t, i) =>
        PLURAL_SUBJECTS.has(t.word) &&
        i + 1 < before.length &&
        !/\d/.test(before[i + 1]?.word ?? ""),
    );
    if (pronoun < 0) continue;
    f.role = { ...f.role, role: "co-funding" };
    f.funder = "regionerna";
  }
}

function regionGives(funder: string): boolean {
  return funder.toLowerCase() === "regionerna" || namesRegion(funder);
}

// The words that name a share reach back from its amount this far at most (to the amount before it).
const LABEL_REACH = 40;

/**
 * "Nodens budget för 2027 uppgår till 15,7 mnkr, varav statsbidrag 11,5 mnkr och egna medel 4,2 mnkr": a share its
 * own words call one's own money is co-funding beside the rest, and the whole that holds it is a budget of mixed
 * money (a stated total), never one grant. The state's share stays a share of that whole: whose grant it is a part
 * of, the sentence does not say.
 */
function markOwnMeansShares(facts: RawFact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i] as RawFact;
    const previous = facts[i - 1] as RawFact;
    if (previous.segment !== f.segment || f.role.role === "co-funding") continue;
    const wholeAt = wholeOf(facts, i - 1);
    if (wholeAt === null) continue;
    const from = Math.max(previous.amount.end, f.amount.start - LABEL_REACH) - f.segment.start;
    const label = f.segment.text.slice(from, f.amount.start - f.segment.start);
    if (!hasCue(label, OWN_MEANS)) continue;
    const whole = facts[wholeAt] as RawFact;
    if (whole.role.role !== "grant" && whole.role.role !== "total") continue;
    whole.role = { ...whole.role, role: "total" };
    f.role = { role: "co-funding", isPart: false, nearestParent: false };
    f.parent = null;
    f.cofunds = wholeAt;
    f.years = whole.years;
    stateShareOfLaterWhole(facts, i - 1, i);
  }
}

// Where the next sentence names the larger money the state's share is a part of ("… är Region Uppsalas del av de 80
// miljoner kronor …"): the words before its amount.
const PART_OF_NAMED = compileCues(["del av", "andel av", "share of", "part of"]);

/**
 * "… varav statsbidrag 11,5 mnkr och egna medel 4,2 mnkr. Statsbidraget är Region Uppsalas del av de 80 miljoner
 * kronor som regeringen har beslutat om …": the budget only shows the state's share beside one's own money; the
 * next sentence of the paragraph tells the state money it is a share of, so that whole is its whole (and the
 * share is the one other documents tell of that whole: "Region Uppsala   11 500").
 */
function stateShareOfLaterWhole(facts: RawFact[], share: number, own: number): void {
  const f = facts[share] as RawFact;
  const next = facts[own + 1];
  if (!next || next.segment === f.segment || next.segment.paragraph !== f.segment.paragraph) return;
  if (next.amount.valueSek <= f.amount.valueSek || next.role.role !== "grant") return;
  const gap = f.doc.text.slice(f.segment.end, next.segment.start);
  if (gap.includes("\n")) return;
  const before = next.segment.text.slice(0, next.amount.start - next.segment.start);
  if (!hasCue(before.slice(-60), PART_OF_NAMED)) return;
  f.parent = own + 1;
  // "Region Uppsalas del av …": the owner named in the genitive is the share's recipient.
  const owner = OWNER_BEFORE.exec(before.slice(-80))?.[1];
  if (owner && f.recipient === null) f.recipient = owner;
}

// A capitalised name of one to three words in the genitive right before "del av" / "andel av" (bounded).
const OWNER_BEFORE =
  /((?:\p{Lu}[\p{L}-]{1,30}\s){0,2}\p{Lu}[\p{L}-]{1,30})s\s{1,3}(?:andel|del)\s{1,3}av\s{0,3}(?:de|den|det)?\s{0,3}$/u;

/** The whole the share at `i` belongs to in its own sentence, told before it. */
function wholeOf(facts: RawFact[], i: number): number | null {
  const share = facts[i] as RawFact;
  if (share.role.role !== "part" || share.parent === null || share.parent >= i) return null;
  return (facts[share.parent] as RawFact).segment === share.segment ? share.parent : null;
}
